//! Printing a model back: the canonical printed layout of each parliament, as plain text or as
//! Markdown, one module per model area: [`kopf`] (header, page-1 footers, footnotes),
//! [`anfrage`] (askers, questions, closing), [`antwort`] (reference, Vorbemerkungen, answer
//! blocks, attribution), [`schriftliche_fragen`] (the Bundestag's written questions and
//! answers), [`text`] (other Drucksachen).
//!
//! The parliament's wording (its name in the header, `Wir fragen die Bundesregierung:`, the
//! government's name, how answers are labelled) comes from the same profile the parser reads
//! ([`crate::profil`]). The plain text is the form the parser reads back to the same model
//! (see [`Drucksache::to_text`]); the Markdown is for the web.

mod anfrage;
mod antwort;
mod kopf;
mod schriftliche_fragen;
mod text;

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::profil::Profil;
use crate::{Drucksache, Inhalt, Span};

/// The output form of [`Drucksache::render`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Format {
    /// Plain text in the printed layout: one line per paragraph, paragraphs separated by blank
    /// lines. [`Drucksache::parse`] reads it back to the same model.
    #[default]
    Text,
    /// Markdown for the web: the type and title as headings, the questions as numbered lists.
    Markdown,
}

impl Drucksache {
    /// Prints the document in the printed layout of its parliament, as plain text or Markdown.
    ///
    /// ```
    /// use drucksache::{Drucksache, Format};
    /// let text = "Deutscher Bundestag Drucksache 21/1\n21. Wahlperiode 02.06.2025\nKleine Anfrage\n\
    ///     der Abgeordneten Eva Muster und der Fraktion der SPD\nTitel\n\
    ///     Wir fragen die Bundesregierung:\n1. Wie viele?\n";
    /// let doc = Drucksache::parse(text)?;
    /// let md = doc.render(Format::Markdown);
    /// assert!(md.contains("# Kleine Anfrage"));
    /// assert!(md.contains("1. Wie viele?"));
    /// # Ok::<(), drucksache::Error>(())
    /// ```
    pub fn render(&self, format: Format) -> String {
        let profil = Profil::von(self.kopf.parlament);
        let mut s = Satz::new(format, profil);
        match &self.inhalt {
            Inhalt::Anfrage(a) => anfrage::drucksache(&mut s, self, a),
            Inhalt::Antwort(a) => antwort::drucksache(&mut s, self, a),
            Inhalt::SchriftlicheFragen(f) => {
                schriftliche_fragen::schriftliche_fragen(&mut s, self, f);
            }
            Inhalt::Text(t) => text::text(&mut s, self, t),
        }
        kopf::schluss(&mut s, self);
        s.out
    }

    /// The document as plain text in the printed layout of its parliament.
    ///
    /// Parsing the result gives the same model again, except for what only describes the input
    /// (spans, diagnostics) and the printed forms of names (see [`Drucksache::gleicher_inhalt`]):
    ///
    /// ```
    /// use drucksache::Drucksache;
    /// let doc = Drucksache::parse("Deutscher Bundestag Drucksache 21/1\n21. Wahlperiode 02.06.2025\n\
    ///     Kleine Anfrage\nder Abgeordneten Eva Muster und der Fraktion der SPD\nTitel\n\
    ///     Wir fragen die Bundesregierung:\n1. Wie viele?\n")?;
    /// let again = Drucksache::parse(&doc.to_text())?;
    /// assert!(doc.gleicher_inhalt(&again));
    /// # Ok::<(), drucksache::Error>(())
    /// ```
    pub fn to_text(&self) -> String {
        self.render(Format::Text)
    }

    /// The document as Markdown (headings, numbered lists) for the web.
    pub fn to_markdown(&self) -> String {
        self.render(Format::Markdown)
    }
}

impl fmt::Display for Drucksache {
    /// The plain text of [`Drucksache::to_text`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

/// The writer: blocks of lines separated by blank lines, in plain text or Markdown.
pub(crate) struct Satz {
    md: bool,
    profil: &'static Profil,
    out: String,
    /// A blank line is due before the next line.
    leer: bool,
    /// Where the paragraphs' lines end in `out` (plain text), for a footnote marker.
    absatz_enden: Vec<usize>,
}

impl Satz {
    fn new(format: Format, profil: &'static Profil) -> Self {
        Satz {
            md: format == Format::Markdown,
            profil,
            out: String::new(),
            leer: false,
            absatz_enden: Vec::new(),
        }
    }

    /// Ends the current block: a blank line before the next line.
    fn block(&mut self) {
        self.leer = true;
    }

    /// A line as given, in the current block (Markdown: after a hard line break).
    fn zeile(&mut self, line: &str) {
        self.anfang(true);
        self.out.push_str(line);
        self.out.push('\n');
    }

    /// A list line, in the current block (no hard break in Markdown).
    fn listenzeile(&mut self, line: &str) {
        self.anfang(false);
        self.out.push_str(line);
        self.out.push('\n');
    }

    fn anfang(&mut self, umbruch: bool) {
        if self.out.is_empty() {
            self.leer = false;
            return;
        }
        if self.leer {
            self.out.push('\n');
            self.leer = false;
        } else if self.md && umbruch {
            self.out.pop();
            self.out.push_str("  \n");
        }
    }

    /// A paragraph of running text, a block of its own.
    fn absatz(&mut self, text: &str) {
        self.block();
        self.fliesstext(text);
        self.absatz_enden.push(self.out.len() - 1);
        self.block();
    }

    /// Running text in the current block: one line, broken only where three single letters
    /// would stand in a row, which reads as letter spacing (`V o r b e m e r k u n g`). Such
    /// runs come from rotated tables, whose letters the model keeps as printed.
    fn fliesstext(&mut self, text: &str) {
        if self.md {
            let t = markdown(text);
            self.listenzeile(&t);
            return;
        }
        for line in gegen_sperrung(text) {
            self.listenzeile(&line);
        }
    }

    /// A heading: a line of its own in plain text, `#`… in Markdown.
    fn ueberschrift(&mut self, ebene: usize, text: &str) {
        self.block();
        if self.md {
            let t = format!("{} {}", "#".repeat(ebene.clamp(1, 6)), inline(text));
            self.zeile(&t);
        } else {
            self.zeile(text);
        }
        self.block();
    }

    /// Running text as printed: escaped for Markdown.
    fn text(&self, text: &str) -> String {
        if self.md {
            markdown(text)
        } else {
            text.to_owned()
        }
    }
}

impl Satz {
    /// A numbered line, `1. Wie viele …?` or `a) …`, in the current block.
    fn nummeriert(&mut self, nummer: &str, text: &str) {
        if self.md {
            let t = format!("{nummer} {}", inline(text));
            self.listenzeile(t.trim_end());
            return;
        }
        for (i, line) in gegen_sperrung(text).into_iter().enumerate() {
            if i == 0 {
                let t = format!("{nummer} {line}");
                self.listenzeile(t.trim_end());
            } else {
                self.listenzeile(&line);
            }
        }
    }
}

/// Splits `text` into lines so that no line holds three one-letter words in a row.
fn gegen_sperrung(text: &str) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut einzeln = 0;
    for word in text.split(' ') {
        let single = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
        einzeln = if single { einzeln + 1 } else { 0 };
        if einzeln == 3 {
            lines.push(String::new());
            einzeln = 1;
        }
        if let Some(line) = lines.last_mut() {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// Escapes Markdown's inline markup and a line start that would open a block.
fn markdown(text: &str) -> String {
    let mut out = inline(text);
    let start_digits = out.bytes().take_while(u8::is_ascii_digit).count();
    let opens_list = start_digits > 0
        && out
            .as_bytes()
            .get(start_digits)
            .is_some_and(|b| matches!(b, b'.' | b')'));
    if opens_list {
        out.insert(start_digits, '\\');
    } else if out.starts_with(['#', '>', '+', '=', '|'])
        || out.starts_with('-') && !out.starts_with("- ")
    {
        out.insert(0, '\\');
    }
    out
}

/// Escapes the characters of Markdown's inline markup.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A date as the header prints it: `02.06.2025`.
fn datum_kurz(d: NaiveDate) -> String {
    format!("{:02}.{:02}.{}", d.day(), d.month(), d.year())
}

/// A date as running text prints it: `2. Juni 2025`.
fn datum_lang(d: NaiveDate) -> String {
    const MONATE: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    let monat = usize::try_from(d.month0())
        .ok()
        .and_then(|m| MONATE.get(m))
        .copied()
        .unwrap_or("");
    format!("{}. {monat} {}", d.day(), d.year())
}

/// A list in running text: `a`, `a und b`, `a, b und c`.
fn aufzaehlung(teile: &[String]) -> String {
    match teile {
        [] => String::new(),
        [eins] => eins.clone(),
        [vorne @ .., letztes] => format!("{} und {letztes}", vorne.join(", ")),
    }
}

impl Drucksache {
    /// Whether two documents hold the same content: equal after [`Drucksache::ohne_druckform`].
    ///
    /// This is the round-trip property of the renderer: for a model `x` the parser produced (or
    /// the builder composed), `Drucksache::parse(&x.to_text())` has the same content as `x`.
    pub fn gleicher_inhalt(&self, other: &Drucksache) -> bool {
        self.ohne_druckform() == other.ohne_druckform()
    }

    /// The model without what only describes one printed form of it, the fields a reprint may
    /// change without changing the document:
    ///
    /// - every [`Span`](crate::Span) (positions in one input text), set to `0..0`;
    /// - [`Drucksache::diagnosen`] (what the parser could not read in one input), emptied;
    /// - the `gedruckt` fields, which keep a name or a reference in the words and case of the
    ///   sentence it stood in: [`Ressort::gedruckt`](crate::Ressort::gedruckt) (`des
    ///   Bundesministeriums …` or `Der Minister …`; the nominative
    ///   [`Ressort::name`](crate::Ressort::name) stays), [`Verweis::gedruckt`](crate::Verweis)
    ///   (`LT-Drs. 17/9170`; the number stays) and
    ///   [`Einzelantwort::gedruckt`](crate::Einzelantwort) (the answering office holder and date
    ///   stay), emptied;
    /// - the order of [`Drucksache::verweise`], which follows their positions in the input:
    ///   sorted by the number cited (how often each is cited stays).
    ///
    /// Everything else (header, dates and their roles, title, askers, Vorbemerkungen, questions,
    /// answer blocks and their grouping, cross-references, references, footnotes) is content.
    #[must_use]
    pub fn ohne_druckform(&self) -> Drucksache {
        let mut d = self.clone();
        d.diagnosen.clear();
        for x in &mut d.kopf.daten {
            x.span = Span::default();
        }
        for v in &mut d.verweise {
            v.span = Span::default();
            v.gedruckt.clear();
        }
        // their order is their position in one input (a page-1 footnote stands mid-text in
        // DIP's text, at the end of a reprint): in order of the numbers cited
        d.verweise
            .sort_by(|a, b| a.dokumentnummer.teile().cmp(b.dokumentnummer.teile()));
        for f in &mut d.fussnoten {
            f.span = Span::default();
        }
        match &mut d.inhalt {
            Inhalt::Anfrage(a) => anfrage_ohne_druckform(a),
            Inhalt::Antwort(a) => {
                anfrage_ohne_druckform(&mut a.anfrage);
                for r in a.ressort.iter_mut().chain(a.mitbeteiligt.iter_mut()) {
                    r.gedruckt.clear();
                }
                if let Some(v) = &mut a.vorbemerkung {
                    v.span = Span::default();
                }
                for b in &mut a.antworten {
                    b.span = Span::default();
                    for q in &mut b.querverweise {
                        q.span = Span::default();
                    }
                }
            }
            Inhalt::SchriftlicheFragen(s) => {
                for f in &mut s.fragende {
                    f.span = Span::default();
                    f.gedruckt.clear();
                }
                for g in &mut s.geschaeftsbereiche {
                    g.span = Span::default();
                    g.ressort.gedruckt.clear();
                }
                for f in &mut s.fragen {
                    f.span = Span::default();
                    if let Some(r) = &mut f.geschaeftsbereich {
                        r.gedruckt.clear();
                    }
                    if let Some(a) = &mut f.antwort {
                        a.gedruckt.clear();
                        a.span = Span::default();
                    }
                }
                for a in &mut s.anlagen {
                    a.span = Span::default();
                }
            }
            Inhalt::Text(t) => {
                for a in &mut t.abschnitte {
                    a.span = Span::default();
                }
            }
        }
        d
    }
}

fn anfrage_ohne_druckform(a: &mut crate::KleineAnfrage) {
    for x in &mut a.daten {
        x.span = Span::default();
    }
    if let Some(v) = &mut a.vorbemerkung {
        v.span = Span::default();
    }
    for f in &mut a.fragen {
        f.span = Span::default();
        for u in &mut f.unterfragen {
            u.span = Span::default();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_lists() {
        let d = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
        assert_eq!(datum_kurz(d), "02.06.2025");
        assert_eq!(datum_lang(d), "2. Juni 2025");
        let l = |v: &[&str]| aufzaehlung(&v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
        assert_eq!(l(&["A"]), "A");
        assert_eq!(l(&["A", "B", "C"]), "A, B und C");
    }

    #[test]
    fn letter_runs_are_broken() {
        assert_eq!(gegen_sperrung("Su m m e 20"), ["Su m m", "e 20"]);
        assert_eq!(gegen_sperrung("a b c d e f g"), ["a b", "c d", "e f", "g"]);
        assert_eq!(gegen_sperrung("Wie viele?"), ["Wie viele?"]);
    }

    #[test]
    fn markdown_is_escaped() {
        assert_eq!(markdown("3. Quartal *x*"), "3\\. Quartal \\*x\\*");
        assert_eq!(markdown("- Punkt"), "- Punkt");
        assert_eq!(markdown("-5 Grad"), "\\-5 Grad");
        assert_eq!(markdown("a_b [c]"), "a\\_b \\[c\\]");
    }
}
