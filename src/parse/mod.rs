//! The parser: private, the only place that names nom.
//!
//! Layer 1 ([`lines`]) turns the caller's text into clean logical lines with a map back to the
//! input; layer 2 is the grammar, one module per model area: [`header`] (the Kopf),
//! [`anfrage`] (question papers and askers), [`frage`] (questions), [`antwort`] (answers),
//! [`ressort`] (who answers), [`schriftliche_fragen`] (the Bundestag's weekly written
//! questions), [`verweis`] (references), with small shared productions in
//! [`text`] and each parliament's conventions in [`crate::profil`] (shared with the renderer).

mod anfrage;
mod antwort;
mod encoding;
mod error;
mod frage;
mod header;
mod lines;
mod ressort;
mod schriftliche_fragen;
mod text;
mod verweis;

use crate::profil::Profil;
use crate::{
    Abschnitt, Antwort, Datumsrolle, Diagnostic, Drucksache, Drucksachetyp, Error, ErrorKind,
    Fussnote, Inhalt, Options, Span, Text,
};
use encoding::Herkunft;
use header::Typ;
use lines::Lines;

// How the parser reads a question's line: the renderer asks the same questions of its output.
pub(crate) use anfrage::laufende_nummer;
pub(crate) use frage::{endet_frage, folgt_auf, frage_anfang};
pub(crate) use ressort::ist_behoerde;

/// The state the grammar shares: the lines, the parliament's profile, the diagnostics.
pub(crate) struct Ctx<'a> {
    pub(crate) lines: &'a Lines<'a>,
    pub(crate) profil: &'static Profil,
    pub(crate) diagnosen: Vec<Diagnostic>,
}

impl<'a> Ctx<'a> {
    /// The context over `lines` with its header read: the header is read under the caller's
    /// parliament (if any), the rest under the parliament the header names.
    fn mit_kopf(lines: &'a Lines<'a>, options: &Options) -> (Self, header::KopfErgebnis) {
        let mut ctx = Ctx {
            lines,
            profil: Profil::von(options.parlament),
            diagnosen: Vec::new(),
        };
        let ergebnis = header::kopf(&mut ctx, options.parlament);
        ctx.profil = Profil::von(ergebnis.kopf.parlament);
        (ctx, ergebnis)
    }
}

impl Ctx<'_> {
    /// Records a diagnostic at logical line `i`.
    pub(crate) fn diagnose(&mut self, kind: ErrorKind, i: usize, expected: &str, found: &str) {
        let span = self.lines.span_lines(i, i);
        let d = self.lines.diagnostic(kind, span, expected, found);
        self.diagnosen.push(d);
    }

    /// Records a diagnostic at `sub`, a part of logical line `i`'s text: the place and what
    /// was found are that part, not the whole line.
    pub(crate) fn diagnose_at(&mut self, kind: ErrorKind, i: usize, sub: &str, expected: &str) {
        let span = self.lines.span_of(i, sub);
        let d = self.lines.diagnostic(kind, span, expected, sub);
        self.diagnosen.push(d);
    }

    /// The paragraphs of lines `from..to` as line ranges: a paragraph ends at a blank line, a
    /// heading, a list item or a line ending in a colon.
    pub(crate) fn absatz_bereiche(&self, from: usize, to: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = from;
        for i in from..to {
            if i == start {
                continue;
            }
            let z = self.lines.zeilen.get(i);
            let prev = self.lines.text(i - 1);
            let line = self.lines.text(i);
            // a line whose first word completed a word broken on the line before goes on
            // with its sentence, whatever it starts with
            let neu = !self.lines.setzt_fort(i)
                && (z.is_some_and(|z| z.absatz || z.ueberschrift > 0)
                    || self
                        .lines
                        .zeilen
                        .get(i - 1)
                        .is_some_and(|z| z.ueberschrift > 0)
                    || ist_aufzaehlung(line)
                    || prev.ends_with(':'));
            if neu {
                out.push((start, i));
                start = i;
            }
        }
        if to > start {
            out.push((start, to));
        }
        out
    }

    /// The text of lines `a..b` on one line.
    pub(crate) fn absatz_text(&self, a: usize, b: usize) -> String {
        let parts: Vec<&str> = (a..b).map(|i| self.lines.text(i)).collect();
        frage::join_words(&parts)
    }

    /// A section with `ueberschrift` over lines `from..to`.
    pub(crate) fn abschnitt(&self, ueberschrift: &str, from: usize, to: usize) -> Abschnitt {
        let mut a = self.abschnitt_aus(ueberschrift, &self.absatz_bereiche(from, to));
        a.span = self.lines.span_lines(from, to.saturating_sub(1).max(from));
        a
    }

    /// A section from paragraph ranges.
    pub(crate) fn abschnitt_aus(
        &self,
        ueberschrift: &str,
        bereiche: &[(usize, usize)],
    ) -> Abschnitt {
        let mut a = Abschnitt {
            ueberschrift: ueberschrift.to_owned(),
            ..Abschnitt::default()
        };
        a.absaetze = bereiche
            .iter()
            .map(|&(x, y)| self.absatz_text(x, y))
            .filter(|t| !t.is_empty())
            .collect();
        if let (Some(&(x, _)), Some(&(_, y))) = (bereiche.first(), bereiche.last()) {
            a.span = self.lines.span_lines(x, y.saturating_sub(1).max(x));
        }
        a
    }
}

/// Whether a line starts a list item: `•`, `–`, `-`, `▪`, a private-use Symbol-font bullet.
fn ist_aufzaehlung(line: &str) -> bool {
    line.starts_with(['•', '▪', '◦', '●', '■'])
        || line.starts_with("– ")
        || line.starts_with("- ")
        || line.starts_with(|c: char| ('\u{f000}'..='\u{f0ff}').contains(&c))
}

/// Parses a whole document.
pub(crate) fn drucksache(input: &str, options: &Options) -> Result<Drucksache, Error> {
    parse_text(input, &Herkunft::identisch(input.len()), options, None)
}

/// Parses a document given as bytes: decodes them (UTF-8, UTF-16, Windows-1252) or refuses
/// what is no text; spans point into the bytes.
pub(crate) fn drucksache_bytes(bytes: &[u8], options: &Options) -> Result<Drucksache, Error> {
    let d = encoding::decode(bytes)?;
    parse_text(&d.text, &d.herkunft, options, d.hinweis)
}

/// How much of a document the header-only parse reads: the lines that start within this many
/// bytes. The header, the type line and the askers stand in the first twenty or so lines.
const KOPF_BYTES: usize = 3072;

/// How far the header-only parse reads where the first [`KOPF_BYTES`] show no number: some
/// prints put a table of contents or the title before the header line.
const KOPF_BYTES_WEIT: usize = 16384;

/// The lines of `input` that start within its first `bytes` bytes: up to the last line end in
/// the window, so that no line is read cut off (the window itself if it has none).
fn fenster(input: &str, bytes: usize) -> &str {
    let mut end = bytes.min(input.len());
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    let w = input.get(..end).unwrap_or(input);
    if end == input.len() {
        return w;
    }
    memchr::memrchr(b'\n', w.as_bytes())
        .and_then(|e| input.get(..e))
        .unwrap_or(w)
}

/// Reads only the header of a document, from its first lines.
pub(crate) fn kopf(input: &str, options: &Options) -> Result<crate::Kopf, Error> {
    if ist_leer(input) {
        return Err(leer(input.len()));
    }
    let erst = kopf_aus(fenster(input, KOPF_BYTES), options);
    if input.len() > KOPF_BYTES && !erst.as_ref().is_ok_and(|k| k.dokumentnummer.is_some()) {
        return kopf_aus(fenster(input, KOPF_BYTES_WEIT), options);
    }
    erst
}

/// The header read from `kopf_text`, the first lines of a document.
fn kopf_aus(kopf_text: &str, options: &Options) -> Result<crate::Kopf, Error> {
    let herkunft = Herkunft::identisch(kopf_text.len());
    let lines = Lines::decoded(kopf_text, &herkunft);
    // the question's number beside the answer's (Saarland) dates nothing the header lacks
    let (
        mut ctx,
        header::KopfErgebnis {
            mut kopf,
            typ,
            weiter,
            bezug: _,
        },
    ) = Ctx::mit_kopf(&lines, options);
    let ende = lines.len();
    kopf.urheber = match &typ {
        Some(Typ::Anfrage(art, nummer)) => {
            // the opening of the question paper, as the full parse reads it: a paper that
            // prints the answer in its head is an answer; a receipt note dates the paper
            let k = anfrage::kopfteil(&mut ctx, art.clone(), nummer.clone(), weiter, ende);
            let antwort = k.antwort_im_kopf;
            if let Some(v) = &k.vermerk {
                vermerk_datieren(&mut kopf.daten, v, |r| {
                    !antwort || r == Datumsrolle::Antwort
                });
            }
            if kopf.wahlperiode.is_none() && kopf.parlament != Some(crate::Parlament::BR) {
                // dated by the number of the question answered
                kopf.wahlperiode = k
                    .vermerk
                    .as_ref()
                    .filter(|_| antwort)
                    .and_then(|v| v.drucksache)
                    .and_then(|d| d.wahlperiode())
                    .and_then(|w| u16::try_from(w).ok());
            }
            if antwort {
                kopf.drucksachetyp = Some(Drucksachetyp::Antwort);
                vec![ctx.profil.regierung.to_owned()]
            } else {
                k.anfrage
                    .urheber
                    .fraktionen
                    .iter()
                    .map(header::fraktion_titel)
                    .collect()
            }
        }
        Some(Typ::Antwort) => vec![ctx.profil.regierung.to_owned()],
        Some(Typ::Fragen(_)) => Vec::new(),
        Some(Typ::Sonstige(_)) | None => {
            // as the full parse reads a paper modelled as text: place and date under the type
            let mut i = weiter;
            if anfrage::ist_schluss(lines.text(i)) {
                if kopf.datum.is_none() {
                    kopf.datum = text::finde(lines.text(i), text::datum).map(|(_, d)| d);
                }
                i += 1;
            }
            header::urheber_nach_typ(&ctx, i).0
        }
    };
    datum_aus_rollen(&mut kopf);
    if kopf.parlament.is_none() && kopf.dokumentnummer.is_none() && typ.is_none() {
        let span = lines.span_lines(0, 0);
        let (line, column) = lines.position(span.start);
        return Err(Diagnostic::new(
            ErrorKind::NotADrucksache,
            span,
            line,
            column,
            "a parliamentary document (a Drucksache header or a type line such as \"Kleine Anfrage\")",
            lines.text(0),
        )
        .into());
    }
    Ok(kopf)
}

/// A header without a date (Niedersachsen, Brandenburg): the paper is dated by its receipt or,
/// for an answer, by the answer's date. The full parse and the header-only parse both end so.
fn datum_aus_rollen(kopf: &mut crate::Kopf) {
    if kopf.datum.is_none() {
        kopf.datum = kopf
            .datum_als(Datumsrolle::Eingang)
            .or_else(|| kopf.datum_als(Datumsrolle::Antwort));
    }
}

/// Whether a text is empty or blank.
fn ist_leer(input: &str) -> bool {
    input
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
}

/// The error for an empty text of `len` bytes.
fn leer(len: usize) -> Error {
    Diagnostic::new(
        ErrorKind::Empty,
        Span::new(0, len),
        1,
        1,
        "a parliamentary document",
        "",
    )
    .into()
}

/// The error for a text longer than the line layer maps ([`lines::MAX_TEXT`], 2 GiB: the
/// longest Drucksache in the corpus has 3 MB), or read from an input of more than 4 GiB
/// ([`lines::MAX_EINGABE`]): `len` bytes of text read from an input of `eingabe` bytes.
fn zu_lang(len: usize, eingabe: usize) -> Option<Error> {
    (len > lines::MAX_TEXT || eingabe > lines::MAX_EINGABE).then(|| {
        Diagnostic::new(
            ErrorKind::NotADrucksache,
            Span::new(0, eingabe),
            1,
            1,
            "a text of at most 2 GiB",
            &format!("{len} bytes"),
        )
        .into()
    })
}

/// Parses `input`, whose offsets stand in the caller's input as `herkunft` says; `hinweis` is a
/// note from decoding that leads the diagnostics.
fn parse_text(
    input: &str,
    herkunft: &Herkunft,
    options: &Options,
    hinweis: Option<Diagnostic>,
) -> Result<Drucksache, Error> {
    if ist_leer(input) {
        return Err(leer(herkunft.eingabe(input.len())));
    }
    if let Some(e) = zu_lang(input.len(), herkunft.eingabe(input.len())) {
        return Err(e);
    }
    let lines = Lines::decoded(input, herkunft);
    let (
        mut ctx,
        header::KopfErgebnis {
            mut kopf,
            typ,
            weiter,
            bezug,
        },
    ) = Ctx::mit_kopf(&lines, options);

    let (titel, mut inhalt) = koerper(&mut ctx, &mut kopf, typ.as_ref(), weiter);
    if let Inhalt::Antwort(a) = &mut inhalt {
        // the header's bracketed number names the question where the body does not
        if a.anfrage.drucksache.is_none() && bezug != kopf.dokumentnummer {
            a.anfrage.drucksache = bezug;
        }
    }
    kopf.urheber = match &inhalt {
        Inhalt::Anfrage(a) => a
            .urheber
            .fraktionen
            .iter()
            .map(header::fraktion_titel)
            .collect(),
        Inhalt::Antwort(_) => vec![ctx.profil.regierung.to_owned()],
        Inhalt::SchriftlicheFragen(_) => Vec::new(),
        Inhalt::Text(_) => std::mem::take(&mut kopf.urheber),
    };

    header::datum_pruefen(&mut ctx, &mut kopf, weiter);
    datum_aus_rollen(&mut kopf);
    if kopf.wahlperiode.is_none() && kopf.parlament != Some(crate::Parlament::BR) {
        let bezug = match &inhalt {
            Inhalt::Antwort(a) => a.anfrage.drucksache,
            Inhalt::Anfrage(a) => a.drucksache,
            _ => None,
        };
        kopf.wahlperiode = bezug
            .and_then(|d| d.wahlperiode())
            .and_then(|w| u16::try_from(w).ok());
    }
    let verweise = verweis::verweise(&lines, kopf.dokumentnummer, kopf.wahlperiode);
    let fussnoten = fussnoten(&lines);

    let fragen = match &inhalt {
        Inhalt::Anfrage(a) => a.fragen.len(),
        Inhalt::Antwort(a) => a.anfrage.fragen.len() + a.antworten.len(),
        _ => 0,
    };
    if kopf.parlament.is_none() && kopf.dokumentnummer.is_none() && typ.is_none() && fragen == 0 {
        let first = lines.text(0);
        let span = lines.span_lines(0, 0);
        let (line, column) = lines.position(span.start);
        return Err(Diagnostic::new(
            ErrorKind::NotADrucksache,
            span,
            line,
            column,
            "a parliamentary document (a Drucksache header, a type line such as \"Kleine Anfrage\", or numbered questions)",
            first,
        )
        .into());
    }
    let mut diagnosen = ctx.diagnosen;
    diagnosen.extend(hinweis);
    diagnosen.sort_by_key(|d| d.span.start);
    if options.strict {
        if let Some(d) = diagnosen.into_iter().next() {
            return Err(d.into());
        }
        diagnosen = Vec::new();
    }
    Ok(Drucksache {
        kopf,
        titel,
        inhalt,
        verweise,
        fussnoten,
        diagnosen,
    })
}

/// The title and the typed body, read from line `weiter` (after the type line) on.
fn koerper(
    ctx: &mut Ctx<'_>,
    kopf: &mut crate::Kopf,
    typ: Option<&Typ>,
    weiter: usize,
) -> (Option<String>, Inhalt) {
    let ende = ctx.lines.len();
    match typ {
        Some(Typ::Antwort) => {
            let a = antwort::antwort(ctx, weiter, ende);
            (a.titel, Inhalt::Antwort(a.antwort))
        }
        Some(Typ::Anfrage(art, nummer)) => {
            let k = anfrage::kopfteil(ctx, art.clone(), nummer.clone(), weiter, ende);
            if k.kopf_datum.is_some() {
                kopf.datum = k.kopf_datum;
            }
            if let Some(datum) = k.antwort_datum {
                kopf.daten.push(crate::Datumsangabe {
                    rolle: Datumsrolle::Antwort,
                    datum,
                    span: ctx.lines.span_lines(weiter, weiter),
                });
            }
            let mut a = k.anfrage;
            let spaet = antwort_teil(ctx, k.fragen_start, ende).filter(|_| ctx.profil.kombiniert);
            if spaet.is_none() && !k.antwort_im_kopf {
                if let Some(v) = &k.vermerk {
                    // a question paper's receipt note dates the paper itself
                    vermerk_datieren(&mut kopf.daten, v, |_| true);
                    a.datum = kopf.datum_als(Datumsrolle::Eingang);
                }
                anfrage::fragen_und_schluss(ctx, &mut a, k.fragen_start, ende);
                return (k.titel, Inhalt::Anfrage(a));
            }
            // a combined print: the answer after the questions (Bayern), each answer after its
            // question (Mecklenburg-Vorpommern), or a separate answer paper that reprints the
            // question with its head (Niedersachsen, Thüringen)
            let mut teil_kopf = antwort::Antwortkopf::default();
            let antwort_start = match spaet {
                Some(beginn) => {
                    anfrage::fragen_und_schluss(ctx, &mut a, k.fragen_start, beginn);
                    teil_kopf = antwort::antwortkopf(ctx, beginn, ende);
                    teil_kopf.weiter
                }
                None => k.vorspann_start.unwrap_or(k.fragen_start),
            };
            let mut antwort = Antwort::new(a);
            antwort.ressort = teil_kopf.ressort.or(k.ressort_im_kopf);
            antwort.schreiben_vom = teil_kopf.datum.or(k.antwort_datum);
            antwort.anfrage.drucksache = teil_kopf.bezug;
            if let Some(v) = k.vermerk {
                // the note dates the question (received, passed on) and the answer
                let eigene = |r: Datumsrolle| r == Datumsrolle::Antwort;
                vermerk_datieren(&mut kopf.daten, &v, eigene);
                vermerk_datieren(&mut antwort.anfrage.daten, &v, |r| !eigene(r));
                antwort.anfrage.datum = v
                    .daten
                    .iter()
                    .find(|(r, _)| *r == Datumsrolle::Eingang)
                    .map(|&(_, d)| d);
                antwort.schreiben_vom = kopf.datum_als(Datumsrolle::Antwort);
                antwort.anfrage.drucksache = v.drucksache;
                if antwort.ressort.is_none() {
                    antwort.ressort = v.ressort;
                }
            }
            antwort::fragen_und_antworten(ctx, &mut antwort, antwort_start, ende);
            kopf.drucksachetyp = Some(Drucksachetyp::Antwort);
            (k.titel, Inhalt::Antwort(antwort))
        }
        Some(Typ::Fragen(_)) if weiter > 0 => {
            // the type line `Schriftliche Fragen` / `Fragen` takes one line
            match schriftliche_fragen::schriftliche_fragen(ctx, weiter - 1, weiter, ende) {
                Some(e) => (e.titel, Inhalt::SchriftlicheFragen(e.fragen)),
                None => text_koerper(ctx, kopf, weiter, ende),
            }
        }
        Some(Typ::Fragen(_) | Typ::Sonstige(_)) | None => text_koerper(ctx, kopf, weiter, ende),
    }
}

/// The title and the body of a paper modelled as plain text, from line `weiter` on: the
/// originators after the type line, the title, the running text.
fn text_koerper(
    ctx: &mut Ctx<'_>,
    kopf: &mut crate::Kopf,
    weiter: usize,
    ende: usize,
) -> (Option<String>, Inhalt) {
    // "Unterrichtung" / "Hannover, den 20.07.2026": place and date under the type
    let mut weiter = weiter;
    if anfrage::ist_schluss(ctx.lines.text(weiter)) {
        let ort_datum = ctx.lines.text(weiter);
        if kopf.datum.is_none() {
            kopf.datum = text::finde(ort_datum, text::datum).map(|(_, d)| d);
        }
        weiter += 1;
    }
    let (urheber, nach_urheber) = header::urheber_nach_typ(ctx, weiter);
    kopf.urheber = urheber;
    let (titel, next) = anfrage::titel(ctx, header::titel_beginn(ctx, nach_urheber), ende);
    let mut text = Text::default();
    if ende > next {
        text.abschnitte.push(ctx.abschnitt("", next, ende));
    }
    (titel, Inhalt::Text(text))
}

/// Files the dates of a receipt note whose role `passt` into `daten`.
fn vermerk_datieren(
    daten: &mut Vec<crate::Datumsangabe>,
    v: &anfrage::Vermerk,
    passt: impl Fn(Datumsrolle) -> bool,
) {
    for &(rolle, datum) in &v.daten {
        if passt(rolle) {
            daten.push(crate::Datumsangabe {
                rolle,
                datum,
                span: v.span,
            });
        }
    }
}

/// The footnotes set aside by the line layer, numbers split off.
fn fussnoten(lines: &Lines<'_>) -> Vec<Fussnote> {
    lines
        .fussnoten
        .iter()
        .map(|f| {
            let text = lines.fussnote_text(f);
            let text = text.split_once(' ').map_or(text, |(_, t)| t);
            Fussnote {
                nummer: f.nummer,
                text: text.to_owned(),
                span: f.span,
            }
        })
        .collect()
}

/// In a question paper, the line after the questions where a printed answer begins (combined
/// prints such as Bayern's), if any.
fn antwort_teil(ctx: &Ctx<'_>, start: usize, ende: usize) -> Option<usize> {
    (start..ende)
        .find(|&i| header::antwort_beginnt(ctx.lines.text(i)))
        // an answer letter appended without an `Antwort` line opens with its salutation (Sachsen)
        .or_else(|| (start..ende).find(|&i| antwort::ist_anrede(ctx.lines.text(i))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_beyond_two_gib_are_refused_with_their_length() {
        assert!(zu_lang(lines::MAX_TEXT, lines::MAX_TEXT).is_none());
        let e = zu_lang(lines::MAX_TEXT + 1, 3 << 30).expect("an error");
        assert_eq!(e.kind(), ErrorKind::NotADrucksache);
        assert_eq!((e.line(), e.column()), (1, 1));
        let text = e.to_string();
        assert!(text.contains("a text of at most 2 GiB"), "{text}");
        assert!(text.contains("2147483648 bytes"), "{text}");
        // a text within 2 GiB from more than 4 GiB of input (spans hold 32-bit offsets)
        assert!(zu_lang(1 << 20, lines::MAX_EINGABE).is_none());
        assert!(zu_lang(1 << 20, lines::MAX_EINGABE + 1).is_some());
    }
}
