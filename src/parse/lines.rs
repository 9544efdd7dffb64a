//! Layer 1: from the caller's text to clean logical lines.
//!
//! One pass over the input splits it into physical lines and normalises each (special spaces,
//! soft hyphens, ligatures, letter spacing, Markdown markup); a second pass classifies the lines
//! (page furniture, page-1 footers, the Bundestag's transmission note, footnote blocks); a third
//! joins hyphenated line ends and writes the logical lines the grammar reads into one buffer.
//! Every byte of that buffer maps back to a byte offset in the caller's input.

use std::ops::Range;

use super::encoding::Herkunft;
use crate::{Diagnostic, ErrorKind, Span};
use karte::{Bereich, Karte};
pub(crate) use karte::{MAX_EINGABE, MAX_TEXT};
use woerter::{Beleg, Join, Vokabular, Wortende, ends_hyphenated, hyphen_join};

#[cfg(test)]
mod hygiene;
mod karte;
mod woerter;

/// The text form the input arrived in; it decides only which markup is stripped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// DIP text or a PDF text layer: plain lines.
    Plain,
    /// A Markdown conversion: headings, emphasis, escapes; its paragraphs re-flowed into long
    /// lines, so that a printed line-end hyphen stands inside a line (`Bille- Bad`).
    Markdown,
    /// A Markdown conversion that kept the printed lines: most lines end in a hard break (two
    /// spaces) and none is longer than [`GEDRUCKTE_ZEILE`]. A `Lehr- Lehrbefähigung` inside
    /// one of its lines is printed so (table cells side by side), as in the plain text.
    MarkdownZeilen,
}

impl Form {
    fn markdown(self) -> bool {
        matches!(self, Form::Markdown | Form::MarkdownZeilen)
    }
}

/// More characters than a printed line holds (DIP text lines reach about 150): a line as long
/// is a paragraph a converter re-flowed.
const GEDRUCKTE_ZEILE: usize = 300;

/// What a line that is not running text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Beiwerk {
    /// A running head or a page number.
    Seitenkopf,
    /// A dated page-1 footer: `Datum des Originals: …`, `Eingegangen: … / Ausgegeben: …`.
    Fusszeile,
    /// The Bundestag's imprint and preliminary-print note.
    Impressum,
    /// The Bundestag's transmission note of an Antwort (`Die Antwort wurde namens …`).
    Uebermittlung,
    /// Markdown front matter.
    Vorspann,
}

/// A logical line: one or more physical lines joined where a word was hyphenated.
#[derive(Debug, Clone)]
pub(crate) struct Zeile {
    /// The range in [`Lines::buf`].
    bereich: Bereich,
    /// Where the line stands in the input (inputs are at most [`MAX_EINGABE`] long).
    eingabe: Bereich,
    /// The line begins a paragraph (blank line, heading or list item before it).
    pub(crate) absatz: bool,
    /// The Markdown heading level, 0 for none.
    pub(crate) ueberschrift: u8,
    /// The line goes on from the line before: a word broken at that line's end was completed
    /// with this line's first word (the sentence runs on).
    pub(crate) fortsetzung: bool,
}

impl Zeile {
    /// The range in [`Lines::buf`].
    fn range(&self) -> Range<usize> {
        self.bereich.r()
    }

    /// Where the line stands in the input.
    pub(crate) fn span(&self) -> Span {
        self.eingabe.span()
    }
}

impl Beiseite {
    fn range(&self) -> Range<usize> {
        self.bereich.r()
    }
}

impl Fussnotenzeile {
    fn range(&self) -> Range<usize> {
        self.bereich.r()
    }
}

/// A line (or block) set aside from the running text.
#[derive(Debug, Clone)]
pub(crate) struct Beiseite {
    pub(crate) art: Beiwerk,
    bereich: Bereich,
    pub(crate) span: Span,
}

/// A footnote block line set, already joined.
#[derive(Debug, Clone)]
pub(crate) struct Fussnotenzeile {
    pub(crate) nummer: u32,
    bereich: Bereich,
    pub(crate) span: Span,
}

/// The input as clean logical lines, with everything set aside and a map back to the input.
#[derive(Debug)]
pub(crate) struct Lines<'a> {
    /// The text read: the caller's input, or the text decoded from the caller's bytes.
    input: &'a str,
    /// Where the text's offsets stand in the caller's input (bytes that were decoded); every
    /// span handed out is an input span.
    herkunft: Option<&'a Herkunft>,
    /// Byte offsets of the starts of the input's physical lines (texts are at most
    /// [`karte::MAX_TEXT`] long).
    line_starts: Vec<u32>,
    buf: String,
    /// From `buf` to the text read.
    map: Karte,
    pub(crate) zeilen: Vec<Zeile>,
    pub(crate) beiseite: Vec<Beiseite>,
    pub(crate) fussnoten: Vec<Fussnotenzeile>,
    /// The last word of `buf` while it is written, for joining hyphenated lines.
    wortende: Wortende,
    /// While `buf` is written: the segment of the normalised buffer's map the last copy
    /// ended in, where the next copy (mostly of the next line) starts looking.
    kopiert_bis: usize,
}

/// How many segments [`segment_ab`] walks forward before it searches instead.
const SEGMENT_SCHRITTE: usize = 8;

/// The index of the last segment of `map` starting at or before `pos`, walking forward from
/// `hint` where `pos` lies just after it (copies go forward line by line, so the whole walk
/// is linear) and searching where it does not.
fn segment_ab(map: &Karte, hint: usize, pos: usize) -> usize {
    let beginnt_bis = |i: usize| map.get(i).is_some_and(|(b, _, _)| b <= pos);
    if beginnt_bis(hint) {
        if let Some(i) = (hint..hint + SEGMENT_SCHRITTE).find(|&i| !beginnt_bis(i + 1)) {
            return i;
        }
    }
    map.bis(pos).saturating_sub(1)
}

impl<'a> Lines<'a> {
    /// Runs the three passes over `input`.
    #[cfg(test)]
    pub(crate) fn new(input: &'a str) -> Self {
        Lines::build(input, None)
    }

    /// Runs the three passes over `text`, decoded from the caller's bytes as `herkunft` says:
    /// spans and positions refer to those bytes.
    pub(crate) fn decoded(text: &'a str, herkunft: &'a Herkunft) -> Self {
        Lines::build(text, Some(herkunft).filter(|h| !h.ist_identisch()))
    }

    fn build(input: &'a str, herkunft: Option<&'a Herkunft>) -> Self {
        let form = detect_form(input);
        let line_starts = line_starts(input);
        // every buffer sized for what it will hold: grown by doubling, each would hold up to
        // twice that at the peak
        let mut norm = Builder {
            buf: String::with_capacity(input.len()),
            map: Karte::with_capacity(line_starts.len()),
            next: None,
        };
        let seiten = memchr::memchr_iter(b'\x0c', input.as_bytes()).count();
        let physical = split_physical(input, form, &mut norm, line_starts.len() + seiten);
        let kinds = classify(&physical, &norm.buf, form);
        let belege = wortbelege(&physical, &norm.buf, &kinds);
        let text = kinds
            .iter()
            .filter(|k| matches!(k, Art::Text | Art::Fortsetzung))
            .count();
        let mut lines = Lines {
            input,
            herkunft,
            line_starts,
            // the text and a line end (or a joining space) per line
            buf: String::with_capacity(physical.iter().map(|p| p.norm().len() + 1).sum::<usize>()),
            map: Karte::with_capacity(norm.map.len() + text),
            zeilen: Vec::with_capacity(text),
            beiseite: Vec::new(),
            fussnoten: Vec::new(),
            wortende: Wortende::default(),
            kopiert_bis: 0,
        };
        lines.emit(&physical, &kinds, &norm, &belege);
        if let Some(h) = herkunft {
            for z in &mut lines.zeilen {
                let span = h.span(z.span());
                z.eingabe = Bereich::von(span.start..span.end);
            }
            for b in &mut lines.beiseite {
                b.span = h.span(b.span);
            }
            for f in &mut lines.fussnoten {
                f.span = h.span(f.span);
            }
        }
        lines
    }

    /// The text read (for byte input: the decoded text, which spans do not index).
    pub(crate) fn input(&self) -> &'a str {
        self.input
    }

    /// The text an input span covers.
    pub(crate) fn slice(&self, span: Span) -> Option<&'a str> {
        let (a, b) = match self.herkunft {
            Some(h) => (h.dekodiert(span.start), h.dekodiert(span.end)),
            None => (span.start, span.end),
        };
        self.input.get(a..b)
    }

    /// The input offset of an offset of the text read.
    fn aussen(&self, at: usize) -> usize {
        self.herkunft.map_or(at, |h| h.eingabe(at))
    }

    /// The clean text of logical line `i` (empty past the end).
    pub(crate) fn text(&self, i: usize) -> &str {
        self.zeilen
            .get(i)
            .and_then(|z| self.buf.get(z.range()))
            .unwrap_or("")
    }

    /// The clean text of a set-aside block.
    pub(crate) fn beiseite_text(&self, b: &Beiseite) -> &str {
        self.buf.get(b.range()).unwrap_or("")
    }

    /// The clean text of a footnote.
    pub(crate) fn fussnote_text(&self, f: &Fussnotenzeile) -> &str {
        self.buf.get(f.range()).unwrap_or("")
    }

    /// Whether logical line `i` goes on from the line before (a word broken there was
    /// completed with this line's first word): the two belong to one sentence.
    pub(crate) fn setzt_fort(&self, i: usize) -> bool {
        self.zeilen.get(i).is_some_and(|z| z.fortsetzung)
    }

    /// The number of logical lines.
    pub(crate) fn len(&self) -> usize {
        self.zeilen.len()
    }

    /// The input offset of byte `off` of logical line `i`'s clean text.
    #[cfg(test)]
    pub(crate) fn offset_in(&self, i: usize, off: usize) -> usize {
        self.aussen(self.offset_read(i, off))
    }

    /// Like [`Lines::offset_in`], as an offset of the text read.
    fn offset_read(&self, i: usize, off: usize) -> usize {
        match self.zeilen.get(i) {
            Some(z) => self.to_input(z.range().start + off.min(z.range().len())),
            None => self.input.len(),
        }
    }

    /// The offset (in the text read) just after the character ending at byte `off` of line
    /// `i`'s clean text: where a span ending there ends.
    fn end_in(&self, i: usize, off: usize) -> usize {
        let Some(z) = self.zeilen.get(i) else {
            return self.input.len();
        };
        let off = off.min(z.range().len());
        let before = self
            .buf
            .get(z.range().start..z.range().start + off)
            .and_then(|s| s.chars().next_back());
        match before {
            Some(c) => {
                let at = self.to_input(z.range().start + off - c.len_utf8());
                at + self
                    .input
                    .get(at..)
                    .and_then(|s| s.chars().next())
                    .map_or(0, char::len_utf8)
            }
            None => self.to_input(z.range().start),
        }
    }

    /// The input span of `sub`, a sub-slice of logical line `i`'s text; the whole line's span
    /// if `sub` is not part of it.
    pub(crate) fn span_of(&self, i: usize, sub: &str) -> Span {
        let line = self.text(i);
        let base = line.as_ptr() as usize;
        let p = sub.as_ptr() as usize;
        match self.zeilen.get(i) {
            Some(_) if p >= base && p + sub.len() <= base + line.len() => {
                let start = p - base;
                let (a, b) = (
                    self.offset_read(i, start),
                    self.end_in(i, start + sub.len()),
                );
                Span::new(self.aussen(a), self.aussen(b))
            }
            Some(z) => z.span(),
            None => self.end_span(),
        }
    }

    /// The empty span at the input's end.
    fn end_span(&self) -> Span {
        let end = self.aussen(self.input.len());
        Span::new(end, end)
    }

    /// The span from the start of line `from` to the end of line `to` (inclusive).
    pub(crate) fn span_lines(&self, from: usize, to: usize) -> Span {
        match (self.zeilen.get(from), self.zeilen.get(to.max(from))) {
            (Some(a), Some(b)) => a.span().to(b.span()),
            (Some(a), None) => a.span(),
            _ => self.end_span(),
        }
    }

    /// Maps an offset of the clean buffer to the text read.
    fn to_input(&self, off: usize) -> usize {
        let i = self.map.bis(off);
        let Some((b, o, same)) = i.checked_sub(1).and_then(|i| self.map.get(i)) else {
            return 0;
        };
        let at = if same { o + (off - b) } else { o };
        let mut at = at.min(self.input.len());
        while !self.input.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    /// The 1-based line and column (in characters) of an input offset.
    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let offset = self.herkunft.map_or(offset, |h| h.dekodiert(offset));
        let offset = offset.min(self.input.len());
        let line = self
            .line_starts
            .partition_point(|&s| s as usize <= offset)
            .max(1);
        let start = self.line_starts.get(line - 1).map_or(0, |&s| s as usize);
        let column = self
            .input
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }

    /// A diagnostic at `span` of the input.
    pub(crate) fn diagnostic(
        &self,
        kind: ErrorKind,
        span: Span,
        expected: &str,
        found: &str,
    ) -> Diagnostic {
        let (line, column) = self.position(span.start);
        Diagnostic::new(kind, span, line, column, expected, found)
    }

    /// Pass 3: write the logical lines, one per physical text line. A word hyphenated at a
    /// line end is completed from the next text line (across a page break if need be), whose
    /// rest stays a line of its own: hyphenation never changes where lines break.
    fn emit(&mut self, physical: &[Physisch], kinds: &[Art], norm: &Builder, w: &Wortbelege) {
        let mut pending_absatz = false;
        let mut after_beiwerk = false;
        // the line whose first word was moved up to the line before, and where its rest starts
        let mut rest: Option<(usize, usize)> = None;
        let mut i = 0;
        while let (Some(p), Some(kind)) = (physical.get(i), kinds.get(i)) {
            match *kind {
                Art::Leer => {
                    if !after_beiwerk {
                        pending_absatz = true;
                    }
                    i += 1;
                }
                Art::Beiwerk(_) | Art::Fussnote(_) => {
                    i = self.emit_beiseite(physical, kinds, norm, i);
                    pending_absatz = false;
                    after_beiwerk = true;
                }
                Art::Fortsetzung | Art::Text => {
                    let mut range = p.norm();
                    let mut span = p.span();
                    let fortsetzung = rest.take().filter(|&(r, _)| r == i).map(|(_, at)| {
                        range.start = at.min(range.end);
                        span = Span::new(norm.input_at(range.start), span.end);
                    });
                    if range.is_empty() {
                        i += 1;
                        continue;
                    }
                    let start = self.buf.len();
                    self.copy_line(norm, range, &w.spaltungen);
                    let mut skipped = Vec::new();
                    let mut j = i + 1;
                    while let Some(next) = next_text(kinds, j) {
                        let getrennt = ends_hyphenated(self.buf.get(start..).unwrap_or(""));
                        // a capital split off at the line end: the next line's first word
                        // completes it without a space
                        let gespalten =
                            !getrennt && w.zeilenspaltungen.binary_search(&next).is_ok();
                        let (Some(n), true) = (physical.get(next), getrennt || gespalten) else {
                            break;
                        };
                        if n.ueberschrift > 0 || n.norm().is_empty() {
                            break;
                        }
                        // a header printed inside a broken word (DIP puts page 1's header
                        // where page 1 ended) does not complete it
                        let n_text = norm.buf.get(n.norm()).unwrap_or("");
                        if n_text.starts_with(char::is_uppercase) && kopfzeile(n_text) {
                            break;
                        }
                        if beginnt_eintrag(n_text) {
                            break;
                        }
                        let beleg = w.trennung.get(next).copied().unwrap_or_default();
                        let wort_ende = if gespalten {
                            Some(self.erstes_wort(norm, n.norm()))
                        } else {
                            self.complete(norm, n.norm(), beleg)
                        };
                        let Some(wort_ende) = wort_ende else {
                            break;
                        };
                        skipped.extend(j..next);
                        let bis = if wort_ende >= n.norm().end {
                            n.span().end
                        } else {
                            self.input_end(norm, wort_ende)
                        };
                        span = span.to(Span::new(n.span().start, bis));
                        // the rest of that line after the space
                        let rest_start = wort_ende + 1;
                        if rest_start < n.norm().end {
                            rest = Some((next, rest_start));
                            j = next;
                            break;
                        }
                        j = next + 1;
                    }
                    let end = self.buf.len();
                    self.buf.push('\n');
                    let absatz = pending_absatz
                        || p.ueberschrift > 0
                        || self.zeilen.last().is_some_and(|z| z.ueberschrift > 0);
                    self.zeilen.push(Zeile {
                        bereich: Bereich::von(start..end),
                        eingabe: Bereich::von(span.start..span.end),
                        absatz,
                        ueberschrift: p.ueberschrift,
                        fortsetzung: fortsetzung.is_some(),
                    });
                    let mut k = 0;
                    while let Some(&s) = skipped.get(k) {
                        let after = self.emit_beiseite(physical, kinds, norm, s);
                        k += after - s;
                    }
                    pending_absatz = false;
                    after_beiwerk = false;
                    i = j;
                }
            }
        }
        self.remove_markers();
    }

    /// The input offset just after the character that ends at `off` of the normalised buffer.
    fn input_end(&self, norm: &Builder, off: usize) -> usize {
        let Some(c) = norm.buf.get(..off).and_then(|s| s.chars().next_back()) else {
            return norm.input_at(off);
        };
        let at = norm.input_at(off - c.len_utf8());
        at + self
            .input
            .get(at..)
            .and_then(|s| s.chars().next())
            .map_or(0, char::len_utf8)
    }

    /// Completes the hyphenated word ending the line being written with the first word of
    /// `range` (the next text line), dropping or keeping the hyphen; returns where that word
    /// ends in the normalised buffer, or `None` where the hyphen ends a suspended compound
    /// (`Ausbildungs-` / `und Prüfung`) and the line stays as it is.
    fn complete(&mut self, norm: &Builder, range: Range<usize>, beleg: Beleg) -> Option<usize> {
        let next = norm.buf.get(range.clone()).unwrap_or("");
        let body = self.buf.strip_suffix('-').unwrap_or(&self.buf);
        self.wortende.lies(body);
        let join = hyphen_join(&self.wortende, body, next, beleg);
        if join == Join::Space {
            return None;
        }
        if join == Join::Drop {
            self.buf.pop();
        }
        Some(self.erstes_wort(norm, range))
    }

    /// Appends the first word of the normalised `range` and returns where it ends.
    fn erstes_wort(&mut self, norm: &Builder, range: Range<usize>) -> usize {
        let next = norm.buf.get(range.clone()).unwrap_or("");
        let ende = range.start + memchr::memchr(b' ', next.as_bytes()).unwrap_or(next.len());
        self.copy(norm, range.start..ende);
        ende
    }

    /// Writes the set-aside line `i` (with the lines that continue it) and returns the index
    /// after it. Blank lines are skipped.
    fn emit_beiseite(
        &mut self,
        physical: &[Physisch],
        kinds: &[Art],
        norm: &Builder,
        i: usize,
    ) -> usize {
        let (Some(p), Some(kind)) = (physical.get(i), kinds.get(i)) else {
            return i + 1;
        };
        let start = self.buf.len();
        let mut span = p.span();
        let mut i = i;
        match *kind {
            Art::Beiwerk(art) => {
                self.copy(norm, p.norm());
                // multi-line notes are kept as one block
                while let (Some(n), Some(Art::Beiwerk(a))) = (physical.get(i + 1), kinds.get(i + 1))
                {
                    if *a != art || art == Beiwerk::Seitenkopf || art == Beiwerk::Fusszeile {
                        break;
                    }
                    // a word hyphenated at a line end is joined as in the text
                    self.join(norm, n.norm());
                    span = span.to(n.span());
                    i += 1;
                }
                let end = self.buf.len();
                self.buf.push('\n');
                self.beiseite.push(Beiseite {
                    art,
                    bereich: Bereich::von(start..end),
                    span,
                });
            }
            Art::Fussnote(nummer) => {
                self.copy(norm, p.norm());
                while let (Some(n), Some(Art::Fortsetzung)) =
                    (physical.get(i + 1), kinds.get(i + 1))
                {
                    self.join(norm, n.norm());
                    span = span.to(n.span());
                    i += 1;
                }
                let end = self.buf.len();
                self.buf.push('\n');
                self.fussnoten.push(Fussnotenzeile {
                    nummer,
                    bereich: Bereich::von(start..end),
                    span,
                });
            }
            Art::Leer | Art::Text | Art::Fortsetzung => {}
        }
        i + 1
    }

    /// Copies `range` of the normalised buffer to the end of `buf`, with its map. A segment
    /// that goes on where the last one ends (a line copied after the line before it, the line
    /// end between them as in the input) is not added again.
    fn copy(&mut self, norm: &Builder, range: Range<usize>) {
        let Some(text) = norm.buf.get(range.clone()) else {
            return;
        };
        let base = self.buf.len();
        let first = segment_ab(&norm.map, self.kopiert_bis, range.start);
        for (k, (b, o, same)) in (first..).zip(norm.map.ab(first)) {
            if b >= range.end {
                break;
            }
            self.kopiert_bis = k;
            let (b2, o2) = if b < range.start {
                (range.start, if same { o + (range.start - b) } else { o })
            } else {
                (b, o)
            };
            let at = base + b2 - range.start;
            let weiter = self
                .map
                .last()
                .is_some_and(|(lb, lo, ls)| ls && same && lo + (at - lb) == o2);
            if !weiter {
                self.map.push(at, o2, same);
            }
        }
        self.buf.push_str(text);
    }

    /// Joins `range` to the logical line being written, which ends in a hyphen: the hyphen is
    /// dropped for syllable hyphenation, a space is kept before `und`, `oder`, … .
    fn join(&mut self, norm: &Builder, range: Range<usize>) {
        let next = norm.buf.get(range.clone()).unwrap_or("");
        if !ends_hyphenated(&self.buf) {
            self.buf.push(' ');
            self.copy(norm, range);
            return;
        }
        let body = self.buf.strip_suffix('-').unwrap_or(&self.buf);
        self.wortende.lies(body);
        match hyphen_join(&self.wortende, body, next, Beleg::default()) {
            Join::Drop => {
                self.buf.pop();
            }
            Join::Space => self.buf.push(' '),
            Join::Keep => {}
        }
        self.copy(norm, range);
    }

    /// Copies a line's `range` of the normalised buffer, leaving out the spaces at `drop`
    /// (sorted offsets of split capitals' spaces).
    fn copy_line(&mut self, norm: &Builder, range: Range<usize>, drop: &[usize]) {
        let mut from = range.start;
        let first = drop.partition_point(|&d| d < range.start);
        for &d in drop.get(first..).unwrap_or_default() {
            if d >= range.end {
                break;
            }
            self.copy(norm, from..d);
            from = d + 1;
        }
        self.copy(norm, from..range.end);
    }

    /// Removes footnote markers glued to words (`Verfassung.“1`) for the footnotes found.
    fn remove_markers(&mut self) {
        if self.fussnoten.is_empty() {
            return;
        }
        let mut nummern: Vec<u32> = self.fussnoten.iter().map(|f| f.nummer).collect();
        nummern.sort_unstable();
        let mut out = String::with_capacity(self.buf.len());
        let mut map = Karte::with_capacity(self.map.len());
        let mut zeilen = std::mem::take(&mut self.zeilen);
        let mut removed: Vec<(usize, usize)> = Vec::new(); // (old offset, bytes removed so far after it)
        let mut total = 0usize;
        let bytes = self.buf.as_bytes();
        let mut k = 0;
        let in_text = |pos: usize, zeilen: &[Zeile]| {
            let i = zeilen.partition_point(|z| z.range().end <= pos);
            zeilen.get(i).is_some_and(|z| z.range().contains(&pos))
        };
        while k < bytes.len() {
            let b = bytes.get(k).copied().unwrap_or(0);
            if b.is_ascii_digit() && k > 0 && in_text(k, &zeilen) {
                let end = k + bytes
                    .get(k..)
                    .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
                let glued = self.buf.get(..k).is_some_and(marker_davor)
                    && self.buf.get(end..).is_some_and(marker_danach);
                let number = self.buf.get(k..end).and_then(|s| s.parse::<u32>().ok());
                if glued && number.is_some_and(|n| nummern.binary_search(&n).is_ok()) {
                    total += end - k;
                    removed.push((end, total));
                    k = end;
                    continue;
                }
                out.push_str(self.buf.get(k..end).unwrap_or(""));
                k = end;
                continue;
            }
            // everything up to the next digit (an ASCII byte, so a character boundary) as it is
            let bis = bytes
                .get(k + 1..)
                .and_then(|r| r.iter().position(u8::is_ascii_digit))
                .map_or(bytes.len(), |p| k + 1 + p);
            out.push_str(self.buf.get(k..bis).unwrap_or(""));
            k = bis;
        }
        if removed.is_empty() {
            self.zeilen = zeilen;
            return;
        }
        let shift = |pos: usize| {
            let i = removed.partition_point(|&(at, _)| at <= pos);
            pos - i
                .checked_sub(1)
                .and_then(|i| removed.get(i))
                .map_or(0, |&(_, t)| t)
        };
        // each removal starts a new map segment after it
        let mut r = removed.iter().peekable();
        for (b, o, same) in self.map.iter() {
            while let Some(&&(at, _)) = r.peek() {
                if at > b {
                    break;
                }
                let i = self.map.bis(at).saturating_sub(1);
                if let Some((mb, mo, msame)) = self.map.get(i) {
                    if at > mb {
                        map.push(shift(at), if msame { mo + (at - mb) } else { mo }, msame);
                    }
                }
                r.next();
            }
            map.push(shift(b), o, same);
        }
        for &(at, _) in r {
            let i = self.map.bis(at).saturating_sub(1);
            if let Some((mb, mo, msame)) = self.map.get(i) {
                map.push(shift(at), if msame { mo + (at - mb) } else { mo }, msame);
            }
        }
        map.ordnen();
        for z in &mut zeilen {
            z.bereich = Bereich::von(shift(z.range().start)..shift(z.range().end));
        }
        for b in &mut self.beiseite {
            b.bereich = Bereich::von(shift(b.range().start)..shift(b.range().end));
        }
        for f in &mut self.fussnoten {
            f.bereich = Bereich::von(shift(f.range().start)..shift(f.range().end));
        }
        self.zeilen = zeilen;
        self.buf = out;
        self.map = map;
    }
}

/// The index of the next line at or after `j` that is running text, skipping set-aside lines
/// (a hyphenated word may continue after a page break, with the blank lines of the page gap
/// around the furniture); `None` at a blank line that separates paragraphs.
fn next_text(kinds: &[Art], mut j: usize) -> Option<usize> {
    let mut blank = false;
    let mut furniture = false;
    while let Some(k) = kinds.get(j) {
        match k {
            Art::Text if blank && !furniture => return None,
            Art::Text => return Some(j),
            Art::Beiwerk(_) | Art::Fussnote(_) | Art::Fortsetzung => furniture = true,
            Art::Leer => blank = true,
        }
        j += 1;
    }
    None
}

/// The longest header or running head a broken word is not completed from, in bytes.
const KOPF_LAENGE: usize = 90;

/// What the document's words say on the words broken at line ends (by the index of the line
/// a broken word goes on in) and the spaces of split capitals to drop.
#[derive(Debug, Default)]
struct Wortbelege {
    trennung: Vec<Beleg>,
    /// Offsets in the normalised buffer, sorted.
    spaltungen: Vec<usize>,
    /// The lines whose first word completes a capital split off it at the line end before
    /// (`… der B` / `undestierschutzbeauftragten …`), sorted.
    zeilenspaltungen: Vec<usize>,
}

/// Gathers the broken words and, where the rules leave a choice, the evidence on them.
fn wortbelege(lines: &[Physisch], norm: &str, kinds: &[Art]) -> Wortbelege {
    let mut vokabular = Vokabular::default();
    let mut trennungen = Vec::new();
    let mut spaltungen = Vec::new();
    let mut zeilenspaltungen = Vec::new();
    let text_line = |i: usize| matches!(kinds.get(i), Some(Art::Text | Art::Fortsetzung));
    for (i, line) in lines.iter().enumerate() {
        if !text_line(i) {
            continue;
        }
        let text = norm_text(lines, norm, i);
        if ends_hyphenated(text) {
            if let Some(naechste) = next_text(kinds, i + 1) {
                let last = text.rsplit(' ').next().unwrap_or("");
                let last = last.strip_suffix('-').unwrap_or(last);
                let last = last.trim_start_matches(|c: char| !c.is_alphanumeric());
                let first = norm_text(lines, norm, naechste).split(' ').next();
                let first = woerter::kern(first.unwrap_or(""));
                // the rules leave a choice only between two lower-case or two upper-case parts
                let lower = |c: Option<char>| c.is_some_and(char::is_lowercase);
                let upper = |c: Option<char>| c.is_some_and(char::is_uppercase);
                let (vorne, hinten) = (last.chars().next_back(), first.chars().next());
                if (lower(vorne) && lower(hinten)) || (upper(vorne) && upper(hinten)) {
                    let kandidat = vokabular.kandidat();
                    vokabular.trennung(kandidat, last, first);
                    trennungen.push((naechste, kandidat));
                }
            }
        }
        if let Some(naechste) = next_text(kinds, i + 1) {
            let next = norm_text(lines, norm, naechste);
            if let Some((gross, rest)) = woerter::spaltung_am_ende(text, next) {
                let kandidat = vokabular.kandidat();
                vokabular.spaltung(kandidat, gross, rest);
                zeilenspaltungen.push((naechste, kandidat, gross, rest));
            }
        }
        if text.contains(' ') {
            for (off, gross, rest) in woerter::spaltungen(text) {
                let kandidat = vokabular.kandidat();
                vokabular.spaltung(kandidat, gross, rest);
                spaltungen.push((line.norm().start + off, kandidat, gross, rest));
            }
        }
    }
    if !vokabular.fragt() {
        return Wortbelege::default();
    }
    for i in 0..lines.len() {
        if text_line(i) {
            vokabular.lies(norm_text(lines, norm, i));
        }
    }
    let belege = vokabular.belege();
    let mut out = Wortbelege {
        trennung: vec![Beleg::default(); lines.len()],
        spaltungen: Vec::new(),
        zeilenspaltungen: Vec::new(),
    };
    for (naechste, kandidat) in trennungen {
        if let (Some(slot), Some(beleg)) = (out.trennung.get_mut(naechste), belege.get(kandidat)) {
            *slot = *beleg;
        }
    }
    for (at, kandidat, gross, rest) in spaltungen {
        let beleg = belege.get(kandidat).copied().unwrap_or_default();
        if woerter::spaltung_verbinden(gross, rest, beleg) {
            out.spaltungen.push(at);
        }
    }
    for (naechste, kandidat, gross, rest) in zeilenspaltungen {
        let beleg = belege.get(kandidat).copied().unwrap_or_default();
        if woerter::spaltung_verbinden(gross, rest, beleg) {
            out.zeilenspaltungen.push(naechste);
        }
    }
    out
}

/// Byte offsets of the starts of the physical lines (`\n`, `\r\n`, `\r`, form feed).
fn line_starts(input: &str) -> Vec<u32> {
    let bytes = input.as_bytes();
    // the line ends, a `\r\n` once
    let enden = || {
        memchr::memchr2_iter(b'\n', b'\r', bytes)
            .filter(|&i| !(bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n')))
    };
    // counted first: one exact allocation, where doubling would leave up to half unused
    let mut v = Vec::with_capacity(enden().count() + 1);
    v.push(0);
    v.extend(enden().map(|i| u32::try_from(i + 1).unwrap_or(u32::MAX)));
    v
}

/// Markdown when the text has Markdown headings, front matter, emphasis runs, or a heading
/// with escapes (`\*`, `3\.`) or hard line breaks (two trailing spaces).
fn detect_form(input: &str) -> Form {
    let mut headings = 0;
    let mut strong = 0;
    let mut escapes = 0;
    let mut breaks = 0;
    let mut harte = 0;
    let mut zeilen = 0;
    let mut lang = false;
    for line in input.lines().take(400) {
        if !line.trim().is_empty() {
            zeilen += 1;
        }
        // characters are counted only where the bytes could be more, the rarer signs only
        // where a byte search finds them: a plain text costs a few byte scans a line
        lang = lang || (line.len() > GEDRUCKTE_ZEILE && line.chars().count() > GEDRUCKTE_ZEILE);
        let t = line.trim_start();
        let hashes = t.bytes().take_while(|&b| b == b'#').count();
        if (1..=6).contains(&hashes) && t.as_bytes().get(hashes) == Some(&b' ') {
            headings += 1;
        }
        if memchr::memchr(b'*', t.as_bytes()).is_some() {
            strong += betonungen(t);
        }
        if memchr::memchr(b'\\', t.as_bytes()).is_some() {
            escapes += t
                .as_bytes()
                .windows(2)
                .filter(|w| matches!(w, [b'\\', b'*' | b'_' | b'[' | b']' | b'.' | b'#']))
                .count();
        }
        let ohne = line.trim_end_matches('\r');
        if ohne.ends_with("  ") && !ohne.ends_with("   ") && ohne.trim().len() > 1 {
            breaks += 1;
        }
        // any two trailing spaces break a Markdown line, also after a space the print kept
        if ohne.ends_with("  ") && ohne.trim().len() > 1 {
            harte += 1;
        }
    }
    let front =
        input.trim_start_matches('\u{feff}').starts_with("---\n") || input.starts_with("---\r\n");
    let belegt = strong >= 2 || escapes >= 1 || breaks >= 3;
    if headings >= 2 || front || (headings >= 1 && belegt) || strong >= 4 || escapes >= 3 {
        if !lang && harte * 2 > zeilen {
            Form::MarkdownZeilen
        } else {
            Form::Markdown
        }
    } else {
        Form::Plain
    }
}

/// How many `**` (or `***`) runs of `line` open or close an emphasis, counting only pairs of an
/// opening run (a non-space after it) and a later closing one (a non-space before it). A
/// footnote marker (`Euro** 25,8 %`, `** Degression …`, a table's `* ** *`) opens nothing, so a
/// table of them does not make a text Markdown.
fn betonungen(line: &str) -> usize {
    let b = line.as_bytes();
    let mut paare = 0;
    let mut offen = false;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c != b'*' {
            i += 1;
            continue;
        }
        let lauf = b
            .get(i..)
            .map_or(0, |r| r.iter().take_while(|&&x| x == b'*').count());
        let vor = i.checked_sub(1).and_then(|k| b.get(k)).copied();
        let nach = b.get(i + lauf).copied();
        i += lauf;
        if lauf < 2 {
            continue;
        }
        let links = nach.is_some_and(|n| !n.is_ascii_whitespace());
        let rechts = vor.is_some_and(|v| !v.is_ascii_whitespace());
        let satzzeichen =
            |x: Option<u8>| x.is_none_or(|x| x.is_ascii_punctuation() || x.is_ascii_whitespace());
        if offen && rechts && (!links || satzzeichen(nach)) {
            paare += 1;
            offen = false;
        } else if links && (!rechts || satzzeichen(vor)) {
            offen = true;
        }
    }
    paare * 2
}

/// A physical line after normalisation.
#[derive(Debug)]
struct Physisch {
    /// The normalised text in the [`Builder`].
    norm_bereich: Bereich,
    /// The line in the text read, without its line end.
    roh: Bereich,
    /// The line ends a page (a form feed follows).
    seitenende: bool,
    /// The line begins a page (a form feed precedes).
    seitenanfang: bool,
    /// The page's index, counted from 0 at form feeds.
    seite: u32,
    ueberschrift: u8,
}

impl Physisch {
    /// The normalised text's range in the [`Builder`].
    fn norm(&self) -> Range<usize> {
        self.norm_bereich.r()
    }

    /// The line's span in the text read.
    fn span(&self) -> Span {
        self.roh.span()
    }
}

/// Pass 1: split into physical lines (at `\n`, `\r\n`, `\r` and form feeds) and normalise each.
fn split_physical(input: &str, form: Form, out: &mut Builder, anzahl: usize) -> Vec<Physisch> {
    let mut lines: Vec<Physisch> = Vec::with_capacity(anzahl);
    let mut start = 0;
    let bytes = input.as_bytes();
    let mut seitenanfang = false;
    let mut seite = 0u32;
    let mut chars = Vec::new();
    while start <= bytes.len() {
        let end = memchr::memchr3(b'\n', b'\r', b'\x0c', bytes.get(start..).unwrap_or(&[]))
            .map_or(bytes.len(), |i| start + i);
        let term = bytes.get(end).copied();
        let raw = input.get(start..end).unwrap_or("");
        let next = match term {
            None => bytes.len() + 1,
            Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => end + 2,
            Some(_) => end + 1,
        };
        // a form feed on a line of its own, before or after the line end, is no blank line:
        // it ends the page of the line before
        if raw.is_empty() && (term == Some(b'\x0c') || seitenanfang) {
            if term == Some(b'\x0c') {
                if let Some(last) = lines.last_mut() {
                    last.seitenende = true;
                }
                seitenanfang = true;
                seite += 1;
            }
            if term.is_none() {
                break;
            }
            out.zeilenende(input, end, next);
            start = next;
            continue;
        }
        let norm_start = out.buf.len();
        let ueberschrift = normalize(raw, start, form, &mut chars, out);
        lines.push(Physisch {
            norm_bereich: Bereich::von(norm_start..out.buf.len()),
            roh: Bereich::von(start..end),
            seitenende: term == Some(b'\x0c'),
            seitenanfang,
            seite,
            ueberschrift,
        });
        seitenanfang = term == Some(b'\x0c');
        if seitenanfang {
            seite += 1;
        }
        if term.is_none() {
            break;
        }
        out.zeilenende(input, end, next);
        start = next;
    }
    lines
}

/// The normalised buffer of pass 1, with its map to the input.
#[derive(Debug, Default)]
struct Builder {
    buf: String,
    map: Karte,
    /// The input offset the next identical byte would have.
    next: Option<usize>,
}

impl Builder {
    /// The input offset of offset `off` of the buffer.
    fn input_at(&self, off: usize) -> usize {
        let i = self.map.bis(off);
        match i.checked_sub(1).and_then(|i| self.map.get(i)) {
            Some((b, o, true)) => o + (off - b),
            Some((_, o, false)) => o,
            None => 0,
        }
    }

    fn push(&mut self, c: char, at: usize, same: bool) {
        if !(same && self.next == Some(at)) {
            self.map.push(self.buf.len(), at, same);
        }
        self.buf.push(c);
        self.next = same.then_some(at + c.len_utf8());
    }

    /// Pushes the line end `input[end..next]` after a line: it belongs to no line's text, but
    /// keeps the segment of unchanged lines going, so that a text of clean lines needs few
    /// segments rather than one or two a line.
    fn zeilenende(&mut self, input: &str, end: usize, next: usize) {
        self.push_unchanged(input.get(end..next).unwrap_or(""), end);
    }

    /// Pushes `s`, copied unchanged from input offset `at` on: what [`Builder::push`] of each
    /// of its characters does, in one copy.
    fn push_unchanged(&mut self, s: &str, at: usize) {
        if s.is_empty() {
            return;
        }
        if self.next != Some(at) {
            self.map.push(self.buf.len(), at, true);
        }
        self.buf.push_str(s);
        self.next = Some(at + s.len());
    }
}

/// Whether [`normalize`] would copy the plain line `raw` unchanged: no character it replaces
/// or drops (special spaces, zero-width characters, soft hyphens, special hyphens, ligatures,
/// control characters), no space to collapse, no letter-spaced run (three one-letter words in
/// a row). `raw` has no spaces at its ends.
fn unveraendert(raw: &str) -> bool {
    let b = raw.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    // one-letter words in a row, and where the current word starts
    let mut einzeln = 0;
    let mut wort = 0;
    let mut ende_des_worts = |start: usize, end: usize| {
        einzeln = if end - start <= 4 && ein_buchstabe(raw.get(start..end)) {
            einzeln + 1
        } else {
            0
        };
        einzeln < 3
    };
    for (i, &c) in b.iter().enumerate() {
        if !zu_pruefen(c) {
            continue;
        }
        let sauber = match c {
            b' ' => {
                let ok = i > wort && ende_des_worts(wort, i);
                wort = i + 1;
                ok
            }
            0..=0x1f | 0x7f => false,
            // U+0080–U+00A0 (C1 controls, no-break space), U+00AD (soft hyphen)
            0xc2 => at(i + 1) > 0xa0 && at(i + 1) != 0xad,
            // U+2000–U+200D, U+2010, U+2011, U+202F; U+205F, U+2060
            0xe2 => match (at(i + 1), at(i + 2)) {
                (0x80, n) => n > 0x8d && !matches!(n, 0x90 | 0x91 | 0xaf),
                (0x81, n) => !matches!(n, 0x9f | 0xa0),
                _ => true,
            },
            // U+3000
            0xe3 => !(at(i + 1) == 0x80 && at(i + 2) == 0x80),
            // U+FEFF, U+FB00–U+FB06
            0xef => !matches!((at(i + 1), at(i + 2)), (0xbb, 0xbf) | (0xac, 0x80..=0x86)),
            _ => true,
        };
        if !sauber {
            return false;
        }
    }
    b.len() > wort && ende_des_worts(wort, b.len())
}

/// The bytes [`unveraendert`] looks at: the space, controls, and the lead bytes of the
/// characters [`normalize`] replaces.
fn zu_pruefen(c: u8) -> bool {
    ZU_PRUEFEN.get(usize::from(c)).copied().unwrap_or(true)
}

/// [`zu_pruefen`] as a table, one load a byte of every line.
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time, where an index out of bounds fails the build"
)]
static ZU_PRUEFEN: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = matches!(c, 0..=0x20 | 0x7f | 0xc2 | 0xe2 | 0xe3 | 0xef);
        c += 1;
    }
    t
};

/// Whether `w` is one letter.
fn ein_buchstabe(w: Option<&str>) -> bool {
    let mut cs = w.unwrap_or("").chars();
    cs.next().is_some_and(char::is_alphabetic) && cs.next().is_none()
}

/// Normalises one physical line into `out`; returns its Markdown heading level.
///
/// `chars` is a scratch buffer of (character, input offset, copied unchanged).
fn normalize(
    raw: &str,
    base: usize,
    form: Form,
    chars: &mut Vec<(char, usize, bool)>,
    out: &mut Builder,
) -> u8 {
    // the common case: a plain line copied unchanged but for spaces at its ends
    let kern = raw.trim_matches(' ');
    if form == Form::Plain && unveraendert(kern) {
        let vorne = raw.len() - raw.trim_start_matches(' ').len();
        out.push_unchanged(kern, base + vorne);
        return 0;
    }
    chars.clear();
    let mut it = raw.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let at = base + i;
        match c {
            '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                chars.push((' ', at, false));
            }
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => {}
            '\u{ad}' => {
                let next = it.peek().map(|&(_, n)| n);
                let prev = chars.last().map(|&(p, _, _)| p);
                let between_lower =
                    prev.is_some_and(char::is_lowercase) && next.is_some_and(char::is_lowercase);
                if !between_lower || next.is_none() {
                    chars.push(('-', at, false));
                }
            }
            '\u{2010}' | '\u{2011}' => chars.push(('-', at, false)),
            '\u{fb00}'..='\u{fb06}' => {
                let s = match c {
                    '\u{fb00}' => "ff",
                    '\u{fb01}' => "fi",
                    '\u{fb02}' => "fl",
                    '\u{fb03}' => "ffi",
                    '\u{fb04}' => "ffl",
                    _ => "st",
                };
                chars.extend(s.chars().map(|d| (d, at, false)));
            }
            c if c.is_control() => {}
            c => chars.push((c, at, true)),
        }
    }
    collapse_letter_spacing(chars);
    let mut heading = 0;
    if form.markdown() {
        heading = strip_markdown(chars, form == Form::Markdown);
    }
    // collapse spaces, trim
    let mut last_space = true;
    let mut pending: Option<usize> = None;
    for &(c, at, same) in chars.iter() {
        if c == ' ' {
            if !last_space {
                pending = Some(at);
            }
            last_space = true;
            continue;
        }
        if let Some(p) = pending.take() {
            out.push(' ', p, false);
        }
        out.push(c, at, same);
        last_space = false;
    }
    heading
}

/// Joins letter-spaced words (`V o r b e m e r k u n g  d e r`): runs of at least three single
/// letters separated by single spaces lose those spaces; two spaces still separate words.
fn collapse_letter_spacing(chars: &mut Vec<(char, usize, bool)>) {
    let n = chars.len();
    let is_single = |i: usize, chars: &[(char, usize, bool)]| {
        chars.get(i).is_some_and(|&(c, _, _)| c.is_alphabetic())
            && (i == 0 || chars.get(i - 1).is_some_and(|&(c, _, _)| c == ' '))
            && chars.get(i + 1).is_none_or(|&(c, _, _)| c == ' ')
    };
    let mut drop = vec![false; n];
    let mut any = false;
    let mut i = 0;
    while i < n {
        if !is_single(i, chars) {
            i += 1;
            continue;
        }
        // extend the run: letter, single space, letter, …
        let mut j = i;
        let mut count = 1;
        while chars.get(j + 1).is_some_and(|&(c, _, _)| c == ' ') && is_single(j + 2, chars) {
            j += 2;
            count += 1;
        }
        if count >= 3 {
            let mut k = i + 1;
            while k < j {
                if let Some(d) = drop.get_mut(k) {
                    *d = true;
                }
                k += 2;
            }
            any = true;
        }
        i = j + 1;
    }
    if any {
        let mut k = 0;
        chars.retain(|_| {
            let keep = !drop.get(k).copied().unwrap_or(false);
            k += 1;
            keep
        });
    }
}

/// How far a Markdown link's text and target may reach, in characters.
const LINK_ZEICHEN: usize = 500;

/// Strips Markdown markup in place: heading marks, blockquote marks, emphasis runs, escapes,
/// link targets; in re-flowed paragraphs (`umbrochen`) joins `Bille- Bad` to `Bille-Bad`.
/// Returns the heading level.
fn strip_markdown(chars: &mut Vec<(char, usize, bool)>, umbrochen: bool) -> u8 {
    let lead = chars.iter().take_while(|&&(c, _, _)| c == ' ').count();
    let mut heading = 0u8;
    let mut start = lead;
    let hashes = chars
        .iter()
        .skip(lead)
        .take_while(|&&(c, _, _)| c == '#')
        .count();
    if (1..=6).contains(&hashes) && chars.get(lead + hashes).is_some_and(|&(c, _, _)| c == ' ') {
        heading = u8::try_from(hashes).unwrap_or(6);
        start = lead + hashes + 1;
    }
    while chars.get(start).is_some_and(|&(c, _, _)| c == '>') {
        start += 1;
        while chars.get(start).is_some_and(|&(c, _, _)| c == ' ') {
            start += 1;
        }
    }
    // a thematic break or front-matter fence is no text
    let rest: String = chars
        .iter()
        .skip(start)
        .map(|&(c, _, _)| c)
        .filter(|c| *c != ' ')
        .collect();
    if linie(&rest) {
        chars.clear();
        return 0;
    }
    let mut out: Vec<(char, usize, bool)> = Vec::with_capacity(chars.len());
    let mut i = start;
    while let Some(&(c, at, same)) = chars.get(i) {
        match c {
            '\\' if chars
                .get(i + 1)
                .is_some_and(|&(n, _, _)| n.is_ascii_punctuation()) =>
            {
                if let Some(&(n, nat, _)) = chars.get(i + 1) {
                    out.push((n, nat, true));
                }
                i += 2;
            }
            '*' => i += 1,
            '[' => {
                // [text](target) → text
                // links are short: looking at most LINK_ZEICHEN ahead keeps a line of '[' linear
                let close = (i + 1..chars.len().min(i + LINK_ZEICHEN))
                    .find(|&k| chars.get(k).is_some_and(|&(c, _, _)| c == ']'));
                match close {
                    Some(k) if chars.get(k + 1).is_some_and(|&(c, _, _)| c == '(') => {
                        let end = (k + 2..chars.len().min(k + LINK_ZEICHEN))
                            .find(|&m| chars.get(m).is_some_and(|&(c, _, _)| c == ')'));
                        if let Some(end) = end {
                            out.extend(chars.get(i + 1..k).unwrap_or(&[]).iter().copied());
                            i = end + 1;
                        } else {
                            out.push((c, at, same));
                            i += 1;
                        }
                    }
                    _ => {
                        out.push((c, at, same));
                        i += 1;
                    }
                }
            }
            ' ' if umbrochen
                && out.last().is_some_and(|&(p, _, _)| p == '-')
                && out.len() >= 2
                && out
                    .get(out.len() - 2)
                    .is_some_and(|&(p, _, _)| p.is_alphabetic())
                && chars.get(i + 1).is_some_and(|&(n, _, _)| n.is_uppercase()) =>
            {
                // "Bille- Bad": a printed line-end hyphen before a capitalised word
                i += 1;
            }
            _ => {
                out.push((c, at, same));
                i += 1;
            }
        }
    }
    *chars = out;
    heading
}

/// A rule: three or more `-`, `_` or `*` and nothing else but spaces. A printed rule (the
/// `-----` or `_____` under a Berlin letter's subject, above a page's footnotes) is no text but
/// a break between blocks, as a Markdown thematic break is: both read as a blank line.
fn linie(t: &str) -> bool {
    let mut zeichen = t.chars().filter(|&c| c != ' ');
    let Some(erstes) = zeichen.next() else {
        return false;
    };
    matches!(erstes, '-' | '_' | '*')
        && zeichen.clone().count() >= 2
        && zeichen.all(|c| c == erstes)
}

/// How pass 2 classified a physical line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Art {
    Leer,
    Text,
    Beiwerk(Beiwerk),
    /// The first line of footnote `n` at a page foot.
    Fussnote(u32),
    /// A continuation line of the footnote above.
    Fortsetzung,
}

/// The normalised text of physical line `i`.
fn norm_text<'n>(lines: &[Physisch], norm: &'n str, i: usize) -> &'n str {
    lines.get(i).and_then(|l| norm.get(l.norm())).unwrap_or("")
}

fn set(kinds: &mut [Art], i: usize, a: Art) {
    if let Some(k) = kinds.get_mut(i) {
        *k = a;
    }
}

/// Pass 2: classify the physical lines.
fn classify(lines: &[Physisch], norm: &str, form: Form) -> Vec<Art> {
    let mut kinds: Vec<Art> = (0..lines.len())
        .map(|i| {
            let t = norm_text(lines, norm, i);
            if t.is_empty() || linie(t) {
                Art::Leer
            } else {
                Art::Text
            }
        })
        .collect();
    running_heads(lines, norm, &mut kinds);
    page_numbers(lines, norm, &mut kinds);
    transmission_note(lines, norm, &mut kinds);
    if form.markdown() {
        front_matter(lines, norm, &mut kinds);
    }
    footnotes(lines, norm, &mut kinds);
    kinds
}

/// Footers, imprint lines, page marks and running heads: head-like lines at the top of a later
/// page or repeating an earlier head's shape.
fn running_heads(lines: &[Physisch], norm: &str, kinds: &mut [Art]) {
    let mut seen: Vec<String> = Vec::new();
    let mut content = 0usize;
    let kopfwoerter = Kopfwoerter::new(norm);
    for (i, l) in lines.iter().enumerate() {
        let t = norm_text(lines, norm, i);
        if t.is_empty() {
            continue;
        }
        content += 1;
        let kopfwort = kopfwoerter.in_bereich(&l.norm());
        if let Some(art) = furniture(t).or_else(|| randnotiz(lines, norm, i, t)) {
            set(kinds, i, Art::Beiwerk(art));
        } else if is_page_mark(t, kopfwort) {
            set(kinds, i, Art::Beiwerk(Beiwerk::Seitenkopf));
        } else if is_head_like(t, kopfwort) {
            let shape = shape(t);
            let top = lines.get(i).is_some_and(|l| l.seitenanfang && l.seite > 0);
            if seen.contains(&shape) || top {
                set(kinds, i, Art::Beiwerk(Beiwerk::Seitenkopf));
            } else if content <= 12 {
                seen.push(shape);
            }
        }
    }
}

/// How far a printed page number may stand from its sheet's count.
const SEITEN_VERSATZ: u32 = 2;

/// Bare page numbers: at a page's end or start, or beside a running head or footer.
///
/// A text with form feeds counts its pages: a page number is its sheet's count, give or take
/// [`SEITEN_VERSATZ`] (unnumbered covers); another number is a table cell. Only the heads and
/// footers found before decide what is beside one: a run of bare numbers after a head (a
/// rotated table) is not taken number by number.
fn page_numbers(lines: &[Physisch], norm: &str, kinds: &mut [Art]) {
    let text = |i: usize| norm_text(lines, norm, i);
    let mit_blaettern = lines.last().is_some_and(|l| l.seite > 0);
    let mut marken = Vec::new();
    for i in 0..lines.len() {
        let t = text(i);
        if t.is_empty() || t.len() > 3 || !t.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Some(l) = lines.get(i) else { continue };
        let blatt = l.seite + 1;
        if mit_blaettern
            && t.parse::<u32>()
                .is_ok_and(|n| n.abs_diff(blatt) > SEITEN_VERSATZ)
        {
            continue;
        }
        let near_head = |j: Option<usize>| {
            j.and_then(|j| kinds.get(j)).is_some_and(|k| {
                matches!(k, Art::Beiwerk(Beiwerk::Seitenkopf | Beiwerk::Fusszeile))
            })
        };
        let prev = (0..i).rev().find(|&j| !text(j).is_empty());
        let next = (i + 1..lines.len()).find(|&j| !text(j).is_empty());
        let at_end = l.seitenende
            || next.is_none()
            || next
                .and_then(|j| lines.get(j))
                .is_some_and(|n| n.seitenanfang);
        if at_end || l.seitenanfang || near_head(prev) || near_head(next) {
            marken.push(i);
        }
    }
    for i in marken {
        set(kinds, i, Art::Beiwerk(Beiwerk::Seitenkopf));
    }
}

/// The Bundestag transmission note: from `Die Antwort wurde` to `übermittelt.`, plus the
/// sentence on the small type of the question text.
fn transmission_note(lines: &[Physisch], norm: &str, kinds: &mut [Art]) {
    let text = |i: usize| norm_text(lines, norm, i);
    let mut i = 0;
    while i < lines.len() {
        if !(text(i).starts_with("Die Antwort wurde ") && kinds.get(i) == Some(&Art::Text)) {
            i += 1;
            continue;
        }
        let end = (i..lines.len().min(i + 5))
            .find(|&j| text(j).ends_with("übermittelt.") || text(j).contains(" übermittelt. "));
        let Some(end) = end else {
            i += 1;
            continue;
        };
        let mut last = end;
        if text(end + 1).starts_with("Die Drucksache enthält zusätzlich") {
            last = end + 1;
            if !text(last).ends_with("Fragetext.") && text(last + 1).ends_with("Fragetext.") {
                last += 1;
            }
        }
        for j in i..=last {
            set(kinds, j, Art::Beiwerk(Beiwerk::Uebermittlung));
        }
        i = last + 1;
    }
}

/// Marks YAML front matter (`---` … `---` at the start) as set aside. The fences were blanked
/// by the Markdown normaliser; the lines between them are `key: value`.
fn front_matter(lines: &[Physisch], norm: &str, kinds: &mut [Art]) {
    let first = (0..lines.len()).find(|&i| kinds.get(i) != Some(&Art::Leer));
    let Some(first) = first else { return };
    // the fence itself is blank after normalisation: check the raw span length instead
    if first == 0 {
        return;
    }
    let fence_open = lines.first().is_some_and(|l| l.span().len() >= 3);
    if !fence_open {
        return;
    }
    let close = (first..lines.len()).find(|&i| {
        kinds.get(i) == Some(&Art::Leer) && lines.get(i).is_some_and(|l| l.span().len() >= 3)
    });
    let Some(close) = close else { return };
    let all_keys = (first..close).all(|i| {
        let t = lines.get(i).and_then(|l| norm.get(l.norm())).unwrap_or("");
        t.is_empty() || t.contains(':') || t.starts_with('-') || t.starts_with(' ')
    });
    if all_keys {
        for k in kinds.iter_mut().take(close).skip(first) {
            if *k != Art::Leer {
                *k = Art::Beiwerk(Beiwerk::Vorspann);
            }
        }
    }
}

/// How many lines a footnote block at a page foot may take.
const FUSSNOTEN_ZEILEN: usize = 30;

/// How a page ends, for the footnotes at its foot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seitenende {
    /// Within a page.
    Nein,
    /// A form feed follows: what stands before it is the page's foot.
    Blatt,
    /// The next running head follows (past blank lines). A head may stand at the top of the
    /// next page below a line of that page (`Anlage 3` / `Seite 1 von 3`), so the foot is
    /// where the footnote block ends.
    Kopf,
}

/// Footnote blocks at page feet: a line starting with the next footnote number (whose marker
/// stands in the page above), followed by further footnotes and their continuation lines
/// (see [`fussnote_geht_weiter`]) to the page's foot. Pages end at form feeds and before
/// running heads; texts with neither have no page feet to look at.
///
/// A block is at the foot only when no running text follows it on its page: a footnote-like
/// line (`1 vgl. …`) with running text after it before a form feed stands in the page (a text
/// whose page ends were lost, as the DIP text keeps footnotes where a printed page ended) and
/// is none. Before a running head, the lines after the block are taken as the next page's top.
fn footnotes(lines: &[Physisch], norm: &str, kinds: &mut [Art]) {
    let text = |i: usize| norm_text(lines, norm, i);
    let n = lines.len();
    let mut enden: Vec<Seitenende> = lines
        .iter()
        .map(|l| {
            if l.seitenende {
                Seitenende::Blatt
            } else {
                Seitenende::Nein
            }
        })
        .collect();
    // one backward pass: a page's last line is followed, past blank lines, by a head
    let mut kopf_folgt = false;
    for j in (0..n).rev() {
        match kinds.get(j) {
            Some(Art::Leer) => {}
            // a head-like line that ends a sheet (a bare page number before the form feed)
            // ends its page there: the lines above it are that page's, not the next one's top
            Some(Art::Beiwerk(Beiwerk::Seitenkopf)) => {
                kopf_folgt = enden.get(j) != Some(&Seitenende::Blatt);
            }
            _ => {
                if let Some(e) = enden.get_mut(j) {
                    if kopf_folgt && *e == Seitenende::Nein {
                        *e = Seitenende::Kopf;
                    }
                }
                kopf_folgt = false;
            }
        }
    }
    if !enden.iter().any(|e| *e != Seitenende::Nein) {
        return;
    }
    let mut next_number = 1u32;
    let mut page_start = 0usize;
    while page_start < n {
        let page_end = (page_start..n)
            .find(|&j| enden.get(j).is_some_and(|e| *e != Seitenende::Nein))
            .unwrap_or(n - 1);
        // the text's end is the last page's foot
        let ende = match enden.get(page_end) {
            Some(Seitenende::Kopf) => Seitenende::Kopf,
            _ => Seitenende::Blatt,
        };
        // the last running-text line of the page
        let Some(last) = (page_start..=page_end)
            .rev()
            .find(|&j| kinds.get(j) == Some(&Art::Text))
        else {
            page_start = page_end + 1;
            continue;
        };
        // the longest line of the page: a line as long comes close to the right margin
        let breite = (page_start..=last)
            .filter(|&j| kinds.get(j) == Some(&Art::Text))
            .map(|j| text(j).chars().count())
            .max()
            .unwrap_or(0);
        let mut from = last.saturating_sub(FUSSNOTEN_ZEILEN).max(page_start);
        while let Some(c) = (from..=last).find(|&c| {
            kinds.get(c) == Some(&Art::Text)
                && footnote_number(text(c)) == Some(next_number)
                && (page_start..c).any(|j| has_marker(text(j), next_number))
        }) {
            // the footnotes' first lines, numbered on from c; what stands between two of
            // them continues the one above
            let mut block = vec![(c, Art::Fussnote(next_number))];
            let mut current = next_number;
            for j in c + 1..=last {
                if kinds.get(j) == Some(&Art::Text) {
                    if footnote_number(text(j)) == Some(current + 1) {
                        current += 1;
                        block.push((j, Art::Fussnote(current)));
                    } else {
                        block.push((j, Art::Fortsetzung));
                    }
                }
            }
            let letzte = block
                .iter()
                .rposition(|(_, a)| matches!(a, Art::Fussnote(_)))
                .unwrap_or(0);
            // after the last one's first line, the lines as far as they go on as footnote
            let mut weiter_im_text = None;
            let mut vorige = block.get(letzte).map_or(c, |&(j, _)| j);
            for k in letzte + 1..block.len() {
                let Some(&(j, _)) = block.get(k) else { break };
                if !fussnote_geht_weiter(text(vorige), breite) {
                    weiter_im_text = Some(j);
                    block.truncate(k);
                    break;
                }
                vorige = j;
            }
            if let (Some(j), Seitenende::Blatt) = (weiter_im_text, ende) {
                // running text goes on below the block on its page: no footnotes there
                from = j;
                continue;
            }
            for (j, art) in block {
                set(kinds, j, art);
            }
            next_number = current + 1;
            break;
        }
        page_start = page_end + 1;
    }
}

/// Whether the footnote line `t` goes on in the next line: it ends in a hyphen, stops short of
/// an end (no full stop, question or exclamation mark; a lone word or an address like
/// `page=71` or `…/fb1624.pdf` ends a footnote), or runs close to the right margin (`breite`,
/// the page's longest line), where a line breaks whatever it holds.
fn fussnote_geht_weiter(t: &str, breite: usize) -> bool {
    let t = t.trim_end();
    if t.ends_with(['-', '‐', '–']) {
        return true;
    }
    if t.chars().count() * 5 >= breite * 4 {
        return true;
    }
    // the text after the footnote number, if any
    let rest = footnote_number(t)
        .and_then(|_| t.split_once(' '))
        .map_or(t, |(_, r)| r.trim_start());
    let letztes = rest.rsplit(' ').next().unwrap_or(rest);
    let satzende = rest
        .trim_end_matches(['“', '”', '"', '\'', ')', ']'])
        .ends_with(['.', '!', '?']);
    let adresse = letztes.contains("://")
        || letztes.starts_with("www.")
        || (letztes.contains(['/', '=', '#']) && !letztes.ends_with('/'));
    !(satzende || adresse || !rest.contains(' '))
}

/// The number of a footnote line `12 VerfGH NRW …`.
fn footnote_number(t: &str) -> Option<u32> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 || t.as_bytes().get(digits) != Some(&b' ') {
        return None;
    }
    t.get(..digits)?.parse().ok()
}

/// Whether the text before a digit run lets it be a footnote marker: a letter, a closing quote,
/// bracket, `?` or `!`, or a full stop or comma after a letter (`gewählt.1`, not `09.05`).
fn marker_davor(before: &str) -> bool {
    let mut rev = before.chars().rev();
    match rev.next() {
        Some(c) if c.is_alphabetic() || matches!(c, '“' | '”' | '"' | ')' | '?' | '!') => true,
        Some('.' | ',' | ';' | ':') => rev
            .next()
            .is_some_and(|c| c.is_alphabetic() || matches!(c, '“' | '”' | '"' | ')')),
        _ => false,
    }
}

/// Whether the text after a digit run lets it be a footnote marker: nothing, a space, or
/// punctuation that is not followed by a digit (`1.` ending a sentence, not `05.2023`).
fn marker_danach(after: &str) -> bool {
    let mut it = after.chars();
    match it.next() {
        None => true,
        Some(c) if c.is_whitespace() => true,
        Some('.' | ',' | ';' | ':' | ')') => it.next().is_none_or(|c| !c.is_ascii_digit()),
        _ => false,
    }
}

/// Whether `t` holds footnote marker `n` glued to a word or floating after punctuation.
fn has_marker(t: &str, n: u32) -> bool {
    let digits = n.to_string();
    let mut from = 0;
    while let Some(p) = t.get(from..).and_then(|s| s.find(&digits)) {
        let at = from + p;
        let end = at + digits.len();
        let before = t.get(..at).unwrap_or("");
        let after = t.get(end..).unwrap_or("");
        let digit_before = before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit());
        let glued = marker_davor(before);
        let floating =
            before.ends_with(' ') && before.trim_end().ends_with(['.', ',', ';', '“', '"', ')']);
        // a marker set off from its word, before the sentence's punctuation: `Vertragspartner 4,`
        let abgesetzt = before.ends_with(' ')
            && before.trim_end().ends_with(char::is_alphabetic)
            && after.starts_with([',', ';']);
        if !digit_before && (glued || floating || abgesetzt) && marker_danach(after) {
            return true;
        }
        from = end;
    }
    false
}

/// Page marks alone or in a head: `– 2 –`, `- 2 -`, `Seite 2 / 4`, `Seite 2 von 6`.
fn is_page_mark(t: &str, kopfwort: bool) -> bool {
    let dashed = |t: &str| {
        let t = t.trim();
        let inner = t
            .strip_prefix(['–', '-'])
            .and_then(|s| s.strip_suffix(['–', '-']));
        inner.is_some_and(|s| {
            let s = s.trim();
            !s.is_empty()
                && s.len() <= 5
                && s.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X' | 'L'))
        })
    };
    if dashed(t) {
        return true;
    }
    if let Some(rest) = t.strip_prefix("Seite ") {
        let rest = rest.trim();
        let mut parts = rest
            .split([' ', '/'])
            .filter(|s| !s.is_empty() && *s != "von");
        return parts
            .next()
            .is_some_and(|a| a.bytes().all(|b| b.is_ascii_digit()))
            && parts
                .next()
                .is_some_and(|b| b.bytes().all(|c| c.is_ascii_digit()))
            && parts.next().is_none();
    }
    // `Drucksache 21/375 – 2 – Deutscher Bundestag – 21. Wahlperiode`, `Deutscher Bundestag –
    // 21. Wahlperiode – 3 – Drucksache 21/375`, the Bundesrat's `Drucksache 258/25 - 2 -`: a
    // page number between dashes in a head
    let zahl = |s: &str| {
        let s = s.trim();
        !s.is_empty()
            && s.len() <= 4
            && s.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X'))
    };
    if !kopfwort {
        // neither a head nor a Bundesrat head (`Drucksache` is a head word too): what stands
        // between the dashes does not matter
        return false;
    }
    // a number between two dashes: in a part that is neither the first nor the last
    let mut teile = t.split(['–', '-']);
    teile.next();
    let mut innen = false;
    let mut vorige: Option<&str> = None;
    for teil in teile {
        innen |= vorige.is_some_and(zahl);
        vorige = Some(teil);
    }
    innen && (is_head_like(t, kopfwort) || drucksache_nummer(t))
}

/// Whether `t` holds `Drucksache` and a number `N/N` after it: a Bundesrat head.
fn drucksache_nummer(t: &str) -> bool {
    t.len() <= KOPF_LAENGE
        && t.find("Drucksache ").is_some_and(|p| {
            let rest = t.get(p + 11..).unwrap_or("").trim_start();
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0
                && rest.as_bytes().get(digits) == Some(&b'/')
                && rest
                    .as_bytes()
                    .get(digits + 1)
                    .is_some_and(u8::is_ascii_digit)
        })
}

/// Whether a line starts an item of its own, which no broken word runs into (`… DEIG: -0-` /
/// `6. Wie bewertet …`, `… -0-` / `• Todesfälle …`): a bullet, or a number of up to three
/// digits with `.` or `)` before a capitalised word.
fn beginnt_eintrag(t: &str) -> bool {
    if t.starts_with('•') {
        return true;
    }
    let ziffern = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = t.get(ziffern..).unwrap_or("");
    (1..=3).contains(&ziffern)
        && (rest.starts_with(". ") || rest.starts_with(") "))
        && rest
            .get(2..)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Whether a line is a header or running head, not a sentence that names a Drucksache: a
/// short head-like line that starts with `Drucksache` or a parliament's name and whose only
/// lower-case words are articles and prepositions.
fn kopfzeile(t: &str) -> bool {
    const KLEIN: [&str; 6] = ["von", "der", "des", "und", "für", "zu"];
    const ANFANG: [&str; 14] = [
        "Drucksache",
        "Deutscher",
        "Bundesrat",
        "Landtag",
        "LANDTAG",
        "Niedersächsischer",
        "Bayerischer",
        "Abgeordnetenhaus",
        "Bürgerschaft",
        "Bremische",
        "Hessischer",
        "Sächsischer",
        "Thüringer",
        "Schleswig-Holsteinischer",
    ];
    t.len() <= KOPF_LAENGE
        && ANFANG.contains(&t.split(' ').next().unwrap_or(""))
        && t.split(' ')
            .all(|w| !w.starts_with(char::is_lowercase) || KLEIN.contains(&w))
        && is_head_like(t, true)
}

/// Lines that look like a running head: a Drucksache number, a Wahlperiode or a parliament's
/// name, in a short line.
///
/// `kopfwort`: whether the line holds `drucksache` or `wahlperiode` in any case
/// ([`Kopfwoerter`]); without, it is no head.
fn is_head_like(t: &str, kopfwort: bool) -> bool {
    if t.len() > 140 || !kopfwort {
        return false;
    }
    let lower = t.to_lowercase();
    let drucksache = lower.contains("drucksache") && t.contains('/');
    let wahlperiode = lower.contains("wahlperiode");
    let name = [
        "landtag",
        "bundestag",
        "bürgerschaft",
        "abgeordnetenhaus",
        "bundesrat",
    ]
    .iter()
    .any(|n| lower.contains(n));
    (drucksache && (wahlperiode || name)) || (wahlperiode && name)
}

/// Where the normalised buffer holds `drucksache` or `wahlperiode` in any case: a quick
/// necessary condition for [`is_head_like`], which lowercases, found in one pass over the
/// whole buffer (from the rarer letters `k` and `p`). Of the characters outside ASCII only the
/// Kelvin sign lowercases to an ASCII letter (`k`); its places count as hits too.
struct Kopfwoerter {
    /// Byte ranges of the hits, in order.
    treffer: Vec<Range<usize>>,
}

/// The starts of `wort` (lower-case ASCII) in `b`, in any ASCII case: a byte search for its
/// letter at `at`, a rarer one than its first (`k` of `drucksache`), then a comparison there.
pub(crate) fn fundstellen<'b>(
    b: &'b [u8],
    wort: &'b [u8],
    at: usize,
) -> impl Iterator<Item = usize> + 'b {
    let anker = wort.get(at).copied().unwrap_or(0);
    memchr::memchr2_iter(anker, anker.to_ascii_uppercase(), b).filter_map(move |p| {
        let start = p.checked_sub(at)?;
        b.get(start..start + wort.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(wort))
            .then_some(start)
    })
}

impl Kopfwoerter {
    fn new(norm: &str) -> Self {
        let b = norm.as_bytes();
        let mut treffer = Vec::new();
        for (wort, at) in [(&b"drucksache"[..], 4), (&b"wahlperiode"[..], 4)] {
            treffer.extend(fundstellen(b, wort, at).map(|start| start..start + wort.len()));
        }
        treffer.extend(memchr::memmem::find_iter(b, "\u{212a}".as_bytes()).map(|p| p..p + 3));
        treffer.sort_by_key(|r| r.start);
        Kopfwoerter { treffer }
    }

    /// Whether a hit lies within `range`.
    fn in_bereich(&self, range: &Range<usize>) -> bool {
        let i = self.treffer.partition_point(|r| r.start < range.start);
        self.treffer
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take_while(|r| r.start < range.end)
            .any(|r| r.end <= range.end)
    }
}

/// The shape of a line for spotting repeats: digits folded, spaces dropped.
fn shape(t: &str) -> String {
    t.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .collect()
}

/// The pieces of the Bundestag's preliminary-print margin note that the DIP text splits off
/// at its capitals: `V` / `orabfassung – w` / `ird durch die lektorierte V` / `ersion ersetzt.`
/// A page's end and the next page's head may stand between two pieces.
fn randnotiz(lines: &[Physisch], norm: &str, i: usize, t: &str) -> Option<Beiwerk> {
    let text = |j: usize| norm_text(lines, norm, j);
    // the next piece: past at most two lines of page furniture (a page number, a head)
    let beiwerk = |j: usize| {
        let t = text(j);
        kopfzeile(t) || (t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()))
    };
    // (looked for only beside the two pieces that need it: this runs for every line)
    let hit = match t {
        "V" => (i + 1..lines.len().min(i + 4))
            .find(|&j| !beiwerk(j))
            .is_some_and(|j| text(j).starts_with("orabfassung")),
        "ersion ersetzt." => (i.saturating_sub(3)..i)
            .rev()
            .find(|&j| !beiwerk(j))
            .is_some_and(|j| text(j).ends_with("lektorierte V")),
        _ => false,
    };
    hit.then_some(Beiwerk::Impressum)
}

/// Footers, imprints and notes recognised by their first words.
fn furniture(t: &str) -> Option<Beiwerk> {
    const FOOTERS: [&str; 10] = [
        "Datum des Originals:",
        "Eingegangen:",
        "Eingegangen am",
        "Ausgegeben:",
        "Ausgegeben am",
        "(Ausgegeben am",
        "(Verteilt am",
        "Verteilt am",
        "Druck: ",
        "Zuleitung an die Landesregierung:",
    ];
    const IMPRINT: [&str; 7] = [
        "Gesamtherstellung:",
        "Vertrieb: Bundesanzeiger",
        "ISSN 07",
        "Vorabfassung - w",
        "orabfassung - w",
        "orabfassung – w",
        "ird durch die lektorierte ",
    ];
    // a page number may stand before the footer (`4 (Verteilt am 11.08.2025)`, NI), and some
    // extractors give it in lower case (`(verteilt am 29.07.2026)`)
    let ohne_seite = t
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    let ohne_seite = if ohne_seite.starts_with('(') {
        ohne_seite
    } else {
        t
    };
    let footer = FOOTERS.iter().any(|f| {
        ohne_seite.starts_with(f)
            || f.strip_prefix("(V").is_some_and(|rest| {
                ohne_seite
                    .strip_prefix("(v")
                    .is_some_and(|o| o.starts_with(rest))
            })
    });
    if footer && t.bytes().filter(u8::is_ascii_digit).count() >= 4 && t.len() < 160 {
        return Some(Beiwerk::Fusszeile);
    }
    if IMPRINT.iter().any(|f| t.starts_with(f))
        || t == "Vorabfassung - wird durch die lektorierte Version ersetzt."
    {
        return Some(Beiwerk::Impressum);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(l: &Lines<'_>) -> Vec<String> {
        (0..l.len()).map(|i| l.text(i).to_owned()).collect()
    }

    #[test]
    fn line_records_are_small() {
        // they are most of the line layer's memory (benches/README.md, issues 6 and 7)
        assert_eq!(std::mem::size_of::<Zeile>(), 20);
        assert_eq!(std::mem::size_of::<Physisch>(), 24);
    }

    #[test]
    fn a_numbered_item_or_a_bullet_completes_no_broken_word() {
        let l = Lines::new("Einsatz des DEIG: -0-\n6. Wie bewertet die Bundesregierung\n");
        assert_eq!(
            texts(&l),
            [
                "Einsatz des DEIG: -0-",
                "6. Wie bewertet die Bundesregierung"
            ]
        );
        let l = Lines::new("Schäden: -0-\n• Todesfälle: -0-\n");
        assert_eq!(texts(&l), ["Schäden: -0-", "• Todesfälle: -0-"]);
        // a broken word is completed as before, also by a number without a full stop
        let l = Lines::new("die Bundes-\nregierung und\nin den Jahren 2015-\n2024 wurde\n");
        assert_eq!(
            texts(&l),
            [
                "die Bundesregierung",
                "und",
                "in den Jahren 2015-2024",
                "wurde"
            ]
        );
    }

    #[test]
    fn clean_lines_share_one_segment_of_the_normalised_map() {
        let input = "Erste Zeile\nzweite Zeile\r\ndritte\n\nvierte  Zeile\n";
        let mut norm = Builder::default();
        let physical = split_physical(input, Form::Plain, &mut norm, 8);
        let texte: Vec<&str> = physical
            .iter()
            .map(|p| norm.buf.get(p.norm()).unwrap_or(""))
            .collect();
        assert_eq!(
            texte,
            [
                "Erste Zeile",
                "zweite Zeile",
                "dritte",
                "",
                "vierte Zeile",
                ""
            ]
        );
        // the first four lines and their line ends: one segment; the collapsed space starts
        // a second and the rest of the line a third
        assert_eq!(norm.map.len(), 3);
        assert_eq!(norm.input_at(physical[2].norm().start), 26);
        assert_eq!(line_starts(input), [0, 12, 26, 33, 34, 48]);
    }

    #[test]
    fn a_word_grown_over_many_joins_keeps_what_it_holds() {
        // the `/` stands hundreds of bytes before the last join and is still known
        let mut input = String::from("siehe www.example.org/");
        input.push_str(&"pfad-\n".repeat(100));
        input.push_str("ende\nneue ab-\ncd");
        let l = Lines::new(&input);
        assert_eq!(
            texts(&l),
            [
                format!("siehe www.example.org/{}ende", "pfad-".repeat(100)),
                "neue abcd".to_owned()
            ]
        );
        // a run of syllables is one word, joined without rereading it
        let silben = "ab-\n".repeat(20_000);
        let l = Lines::new(&silben);
        assert_eq!(l.text(0).len(), 40_001);
    }

    #[test]
    fn joins_hyphenated_lines_across_furniture() {
        let l = Lines::new(
            "sowie gründliche und realistische Planun-\nVorabfassung - w\nird durch die lektorierte Version ersetzt.\ngen der Netzbetreiber\n",
        );
        assert_eq!(
            texts(&l),
            [
                "sowie gründliche und realistische Planungen",
                "der Netzbetreiber"
            ]
        );
        assert_eq!(l.beiseite.len(), 1);
        assert_eq!(
            l.beiseite.first().map(|b| l.beiseite_text(b)),
            Some("Vorabfassung - w ird durch die lektorierte Version ersetzt.")
        );
    }

    #[test]
    fn offsets_point_into_the_input() {
        let input = "Maß-\nnahme und\u{2007}mehr";
        let l = Lines::new(input);
        // the word is completed on its first line, the rest keeps its own
        assert_eq!(texts(&l), ["Maßnahme", "und mehr"]);
        let line = l.text(0);
        let nahme = line.get(4..).unwrap();
        let span = l.span_of(0, nahme);
        assert_eq!(&input[span.start..span.end], "nahme");
        assert_eq!(l.span_lines(0, 0).slice(input), Some("Maß-\nnahme"));
        assert_eq!(l.span_lines(1, 1).slice(input), Some("und\u{2007}mehr"));
        let mehr = l.text(1).find("mehr").unwrap();
        let at = l.offset_in(1, mehr);
        assert_eq!(&input[at..at + 4], "mehr");
    }

    #[test]
    fn letter_spacing_is_collapsed() {
        let l = Lines::new(
            "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r\nA N T W O R T\nMicha K l a p p\nW ie viele",
        );
        assert_eq!(
            texts(&l),
            [
                "Vorbemerkung der Fragesteller",
                "ANTWORT",
                "Micha Klapp",
                "Wie viele"
            ]
        );
    }

    #[test]
    fn special_characters_are_normalised() {
        let l = Lines::new(
            "\u{feff}\u{2007}1.\u{2002}Wie\u{a0}viele Ef\u{fb01}zienz Hans\u{ad}Peter Verteidigungs\u{ad} und Bun\u{ad}des\r\nzweite\tZeile",
        );
        assert_eq!(
            texts(&l),
            [
                "1. Wie viele Effizienz Hans-Peter Verteidigungs- und Bundes",
                "zweite Zeile"
            ]
        );
    }

    #[test]
    fn markdown_that_keeps_the_printed_lines_keeps_a_hyphen_inside_a_line() {
        // MV-8-6344's flattened table head, as a converter keeping the printed lines writes it
        // (a space the print kept at a line's end stands before the two of the break)
        let input = "# LANDTAG MECKLENBURG-VORPOMMERN Drucksache 8/6344\n## Antwort\nmit entsprechen- aber ohne ent- entsprechender  \nder Lehrbefähi- sprechende Lehr- Lehrbefähigung  \ngung für das befähigung für das für das   \nUnterrichtsfach Unterrichtsfach Unterrichtsfach  \nSchuljahr 2023/2024\n";
        assert_eq!(detect_form(input), Form::MarkdownZeilen);
        let l = Lines::new(input);
        assert!(
            texts(&l)
                .iter()
                .any(|t| t.contains("sprechende Lehr- Lehrbefähigung")),
            "{:?}",
            texts(&l)
        );
        // re-flowed into one long line (HH-23-1309), the hyphen stood at a printed line's end
        let reflowed = format!(
            "# Drs. 23/1309\n## Einleitung für die Fragen\nSeit dem 3. Dezember 2024 erprobt die Bäderland Hamburg GmbH im Bille- Bad in Bergedorf ein kamerabasiertes Ertrinkungserkennungssystem des Herstellers Lynxight. {}  \nZweite Zeile.  \nDritte Zeile.  \nVierte Zeile.\n",
            "Nach Angaben der Berichterstattung wurden hierfür neun Spezialkameras über zwei Schwimmbecken installiert. ".repeat(2)
        );
        assert_eq!(detect_form(&reflowed), Form::Markdown);
        let l = Lines::new(&reflowed);
        assert!(
            texts(&l).iter().any(|t| t.contains("im Bille-Bad in")),
            "{:?}",
            texts(&l)
        );
    }

    #[test]
    fn a_capital_split_off_at_a_line_end_joins_where_the_document_writes_the_word_whole() {
        // 21/1836: `… soll Amt der B` / `undestierschutzbeauftragten übernehmen | top agrar`
        let input = "Amt der unabhängigen Bundestierschutzbeauftragten. Sie informierte\nStaatssekretärin Breher soll Amt der B\nundestierschutzbeauftragten übernehmen | top agrar, letzter Zugriff\n";
        let l = Lines::new(input);
        assert_eq!(
            texts(&l),
            [
                "Amt der unabhängigen Bundestierschutzbeauftragten. Sie informierte",
                "Staatssekretärin Breher soll Amt der Bundestierschutzbeauftragten",
                "übernehmen | top agrar, letzter Zugriff"
            ]
        );
        // without the word elsewhere, and in a rotated table's letter soup, nothing joins
        for input in [
            "Staatssekretärin Breher soll Amt der B\nundestierschutzbeauftragten übernehmen\n",
            "Wohngeld und Wohnkosten\nreinen W\noh\nng\n",
        ] {
            let l = Lines::new(input);
            assert_eq!(texts(&l).len(), input.lines().count(), "{:?}", texts(&l));
        }
    }

    #[test]
    fn footnote_markers_of_a_table_are_no_emphasis() {
        // 21/456 (DIP text): a table's markers and their notes; more of them than the four
        // `**` that make a text Markdown, but none opens an emphasis
        let table = "Zeitraum Kostenerstattungssatz Prozentuale Erhöhung\n01.07.2016 bis 31.12.2020 3,90 Euro** 25,8 %\n01.01.2021 bis 31.07.2022 4,40 Euro*** 12,8 %\nseit 01.08.2022 bis heute 4,58 Euro**** 4,1 %\n** Degression ab dem 21. Teilnehmenden 2,00 Euro pro Teilnehmenden und Unterrichtseinheit\n*** Degression ab dem 21. Teilnehmenden 2,30 Euro pro Teilnehmenden und Unterrichtseinheit\nFacebook: Aufstiegs-BAföG 977 * * ** * ** * ** * **\nDie Antwort kann der Anlage 1* entnommen werden.\n";
        assert_eq!(detect_form(table), Form::Plain);
        let l = Lines::new(table);
        assert!(
            texts(&l).iter().any(|t| t.contains("Anlage 1* entnommen")),
            "{:?}",
            texts(&l)
        );
        // emphasis does: `**Titel**`, `***Vorbemerkung***`, `**5. *Wie ist das?***`
        assert_eq!(betonungen("**Der Minister** hat"), 2);
        assert_eq!(betonungen("#### ***Vorbemerkung der Landesregierung***"), 2);
        assert_eq!(betonungen("**5. *Wie ist das?***"), 2);
        assert_eq!(betonungen("4,40 Euro*** 12,8 % ** Degression"), 0);
    }

    #[test]
    fn markdown_markup_is_stripped() {
        let input = "## Antwort\n\n### **Titel**\n\n**5. *Wie ist das?***\n\nQuerdenker\\*innen im Bille- Bad, Selbst- wie [hier](http://x.de).\n";
        let l = Lines::new(input);
        assert_eq!(detect_form(input), Form::Markdown);
        assert_eq!(
            texts(&l),
            [
                "Antwort",
                "Titel",
                "5. Wie ist das?",
                "Querdenker*innen im Bille-Bad, Selbst- wie hier."
            ]
        );
        assert_eq!(l.zeilen.first().map(|z| z.ueberschrift), Some(2));
    }

    #[test]
    fn footer_between_paragraph_halves_is_lifted() {
        let input = "unter Einbindung\n\nDatum des Originals: 18.08.2020/Ausgegeben: 24.08.2020\n\nführender Köpfe.";
        let l = Lines::new(input);
        assert_eq!(texts(&l), ["unter Einbindung", "führender Köpfe."]);
        assert!(!l.zeilen.get(1).is_some_and(|z| z.absatz));
        assert_eq!(l.beiseite.first().map(|b| b.art), Some(Beiwerk::Fusszeile));
    }

    #[test]
    fn running_heads_page_numbers_and_footnotes_are_set_aside() {
        let input = "LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/13528\n18. Wahlperiode\nText mit Fußnote.1\nWeiter.2\n1 APr 18/749, S. 15.\n2 https://example.org/lange-\nadresse.pdf\n2\u{c}LANDTAG NORDRHEIN-WESTFALEN - 18. Wahlperiode Drucksache 18/13528\nNeue Seite.\n";
        let l = Lines::new(input);
        assert_eq!(
            texts(&l),
            [
                "LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/13528",
                "18. Wahlperiode",
                "Text mit Fußnote.",
                "Weiter.",
                "Neue Seite."
            ]
        );
        assert_eq!(l.fussnoten.len(), 2);
        assert_eq!(
            l.fussnoten.get(1).map(|f| l.fussnote_text(f)),
            Some("2 https://example.org/lange-adresse.pdf")
        );
        let weiter = l.text(3);
        let span = l.span_of(3, weiter);
        assert_eq!(&input[span.start..span.end], "Weiter.");
    }

    /// Lines of `corpus/bundestag/21/588` (a DIP text: its footnotes stand where a printed
    /// page ended, and the text goes on below them), paged as the `seiten` form pages it.
    const MITTEN_IM_TEXT: &str = "Kriegsflüchtlinge aus der Ukraine beschlossen1. Seitdem war es neu eingereisten\nukrainischen Staatsangehörigen möglich, anstelle von Leistungen nach dem\nAsylbewerberleistungsgesetz unmittelbar Bürgergeld (SGB II) zu beantragen und zu beziehen2.  \nKriegsflüchtlinge schleppend6. Darüber hinaus gibt es Hinweise auf eine Sekundär-\n \n1 vgl. Bundestagsdrucksachen 20/1411, 20/1768 \n2 Grundsicherung in Form des Bürgergeldes nach dem SGB II, alternativ auch SGB XII – Leistungen nach \ndem III. und IV. Kapitel. \nmigration ukrainischer Flüchtlinge innerhalb der EU nach Deutschland, bei der das \nBürgergeld eine besondere Rolle spielt7. Dazu zählen die Übernahme hoher\n\u{c}Drucksache 21/588 – 2 – Deutscher Bundestag – 21. Wahlperiode\nWohnungskosten, von Erstausstattungen, die Aufnahme in die gesetzliche\n";

    #[test]
    fn a_footnote_block_with_running_text_below_it_on_its_page_is_none() {
        let l = Lines::new(MITTEN_IM_TEXT);
        assert!(l.fussnoten.is_empty(), "{:?}", l.fussnoten);
        assert!(
            texts(&l)
                .iter()
                .any(|t| t.starts_with("1 vgl. Bundestagsdrucksachen 20/1411")),
            "{:?}",
            texts(&l)
        );
        // the same block at the page's foot, the form feed right below it, is footnotes
        let unten = MITTEN_IM_TEXT.replace(
            "dem III. und IV. Kapitel. \nmigration",
            "dem III. und IV. Kapitel. \n\u{c}Drucksache 21/588 – 2 – Deutscher Bundestag – 21. Wahlperiode\nmigration",
        );
        let l = Lines::new(&unten);
        let fussnoten: Vec<&str> = l.fussnoten.iter().map(|f| l.fussnote_text(f)).collect();
        assert_eq!(
            fussnoten,
            [
                "1 vgl. Bundestagsdrucksachen 20/1411, 20/1768",
                "2 Grundsicherung in Form des Bürgergeldes nach dem SGB II, alternativ auch SGB XII – Leistungen nach dem III. und IV. Kapitel."
            ]
        );
    }

    #[test]
    fn a_footnote_ends_before_the_next_pages_top_above_its_head() {
        // `corpus/bundestag/21/1430`: the Anlage's page starts `Anlage 3` / `Seite 1 von 3`
        let input = "Landwirtschaft1\n\n14. bis 28. Juni 2024\n\nGlasfaserausbau2\n\n5. August bis 27. September 2024 \n \n \n1 Durchführende HZÄ/ FKS-Standorte gem. Teilnahmerückmeldungen zur Vfg. vom 14. Juni 2024, 22GZD-SV \n3120-2024.00028-0001-GZD_DVII.A.22-0005; u.a. Teilnahme des im Bundesland Brandenburg ortsansässigen \nHZA Frankfurt (Oder)  \n2 Durchführende HZÄ/ FKS-Standorte gem. Teilnahmerückmeldung zur Vfg. vom 24. Juni 2024, GZD-SV 3120-\n2024.00027-GZD_DVII.A.22; u.a. Teilnahme des im Bundesland Brandenburg ortsansässigen HZA Frankfurt \n(Oder) \nAnlage 3\nSeite 1 von 3 \n \n \nDie nachstehenden Tabellen enthalten die jeweilige Anzahl der während der aufgeführten \n";
        let l = Lines::new(input);
        assert_eq!(l.fussnoten.len(), 2, "{:?}", l.fussnoten);
        let zweite = l.fussnoten.get(1).map(|f| l.fussnote_text(f));
        assert!(
            zweite.is_some_and(|t| t.ends_with("ortsansässigen HZA Frankfurt (Oder)")),
            "{zweite:?}"
        );
        assert!(texts(&l).iter().any(|t| t == "Anlage 3"), "{:?}", texts(&l));
    }

    #[test]
    fn a_page_number_before_the_form_feed_ends_the_page_of_the_lines_above_it() {
        // BT-21-119 (a DIP text) paged as the `seiten` form pages it: the footnote block stands
        // where a printed page ended, the next question goes on below it on the same page
        let input = "Deutscher Bundestag – 21. Wahlperiode – 13 – Drucksache 21/119\ngesondert als Anlage übermittelt.1\n1 Das Bundesministerium für Wirtschaft und Klimaschutz hat einen Teil der Antwort als „VS-Nur für den Dienstgebrauch“ eingestuft. \nDie Antwort ist im Parlamentssekretariat des Deutschen Bundestages hinterlegt und kann dort von Berechtigten eingesehen werden.\n14.\u{2002}Abgeordnete\nDr.  Anna Rathert\n(AfD)\nLiegen der Bundesregierung Erkenntnisse darüber \nvor, dass eine Überproduktion an Strom durch\n14\n\u{c}Deutscher Bundestag – 21. Wahlperiode – 15 – Drucksache 21/119\ngeleistet?\n";
        let l = Lines::new(input);
        assert!(l.fussnoten.is_empty(), "{:?}", l.fussnoten);
        assert!(
            texts(&l)
                .iter()
                .any(|t| t == "14.\u{2002}Abgeordnete" || t == "14. Abgeordnete"),
            "{:?}",
            texts(&l)
        );
    }

    #[test]
    fn a_printed_rule_breaks_blocks_as_a_markdown_thematic_break_does() {
        // BE-19-10041: the rule under the letter's subject, as text and as Markdown
        let text = "& Gegner*innen der Anti-Corona-Maßnahmen\n-----------------------------------------\nIm Namen des Senats von Berlin beantworte ich Ihre Schriftliche Anfrage wie folgt:\n";
        let markdown = "# Kopf\n& Gegner\\*innen der Anti-Corona-Maßnahmen  \n-----------------------------------------  \nIm Namen des Senats von Berlin beantworte ich Ihre Schriftliche Anfrage wie folgt:  \n";
        for input in [text, markdown] {
            let l = Lines::new(input);
            let t = texts(&l);
            assert!(!t.iter().any(|t| t.contains("---")), "{t:?}");
            let im_namen = t.iter().position(|z| z.starts_with("Im Namen"));
            assert!(
                im_namen
                    .and_then(|i| l.zeilen.get(i))
                    .is_some_and(|z| z.absatz),
                "{t:?}"
            );
        }
        // BE-19-21204's underscores, and a footnote rule (`corpus/bundestag/21/1784`)
        assert!(linie(
            "_____________________________________________________________________"
        ));
        assert!(linie("_________"));
        assert!(linie("- - -"));
        assert!(!linie("--"));
        assert!(!linie("-_-"));
        assert!(!linie("- 2 -"));
    }

    #[test]
    fn a_rotated_tables_numbers_at_a_page_break_are_no_page_numbers() {
        // BT-21-1054 (fixtures/bundestag/21-1054): a rotated table, one cell per line, paged
        let input = "B\ner\nlin\n80\n70\n69\n76\n\u{c}Drucksache 21/1054 – 2 – Deutscher Bundestag – 21. Wahlperiode\n2\n3\n93\n98\n";
        let l = Lines::new(input);
        // 76 ends sheet 1 and 93 is far from any sheet's count; 2 beside the head may be its
        // page number, but 3 after it is not taken for standing beside that one
        assert_eq!(
            texts(&l),
            ["B", "er", "lin", "80", "70", "69", "76", "3", "93", "98"]
        );
    }

    #[test]
    fn the_margin_note_is_set_aside_with_a_page_break_between_its_pieces() {
        // fixtures/bundestag/21-2243 (a DIP text) paged: the page ends after the note's `V`
        let input = "Clara Bünger \nBerichterstatterin \n \n \nV\n\u{c}Drucksache 21/2243 – 2 – Deutscher Bundestag – 21. Wahlperiode\norabfassung – w\nird durch die lektorierte Fassung ersetzt.\nBericht der Abgeordneten Detlef Seif, Dr. Bernd Baumann, Hakan Demir, Schahina \nGambir und Clara Bünger \n";
        let l = Lines::new(input);
        assert_eq!(
            texts(&l),
            [
                "Clara Bünger",
                "Berichterstatterin",
                "Bericht der Abgeordneten Detlef Seif, Dr. Bernd Baumann, Hakan Demir, Schahina",
                "Gambir und Clara Bünger"
            ]
        );
    }

    #[test]
    fn footnote_markers_glued_floating_or_set_off_before_punctuation() {
        assert!(has_marker("Text mit Fußnote.1", 1));
        assert!(has_marker("erteilen. 4 Die", 4));
        // fixtures/niedersachsen/19-11203
        assert!(has_marker(
            "sorgungsverträge zum 01.07.2026. Eine Auflistung der Vertragspartner 4, ARS-Einrichtungsträger, ",
            4
        ));
        assert!(!has_marker("vom 09.05.2024", 5));
        assert!(!has_marker("in Anlage 4 aufgeführt", 4));
        assert!(!has_marker("die Jahre 2014, 2015", 4));
    }

    #[test]
    fn footnote_lines_go_on_when_broken_short_of_an_end_or_at_the_margin() {
        // corpus/bundestag/21/588
        assert!(fussnote_geht_weiter(
            "2 Grundsicherung in Form des Bürgergeldes nach dem SGB II, alternativ auch SGB XII – Leistungen nach ",
            105
        ));
        assert!(fussnote_geht_weiter(
            "6 vgl. IAB-Forschungsbericht 16/2024, Tabelle A1 https://doku.iab.de/forschungsbericht/2024/fb1624.pdf#-",
            105
        ));
        assert!(!fussnote_geht_weiter("dem III. und IV. Kapitel. ", 105));
        assert!(!fussnote_geht_weiter("page=71", 105));
        assert!(!fussnote_geht_weiter(
            "3 www.gesetze-im-internet.de/aufenthg_2004/__24.html ",
            105
        ));
        // corpus/bundestag/21/226, 21/1430
        assert!(!fussnote_geht_weiter(
            "Dokumente/Medien/Steuerschaden_Cum-Cum_update.pdf.",
            104
        ));
        assert!(!fussnote_geht_weiter("(Oder) ", 104));
        // corpus/niedersachsen/19-11195: a sentence ends at the margin, the footnote goes on
        assert!(fussnote_geht_weiter(
            "Stunden werden nur Stunden herangezogen, die zur Abdeckung der Soll-Stunden zur Verfügung stehen. ",
            108
        ));
    }

    #[test]
    fn transmission_note_is_lifted_out_of_the_sentence() {
        let input = "zulässig ist. Seit \nDie Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums für wirtschaftliche\nZusammenarbeit und Entwicklung vom 30. Mai 2025 übermittelt.\nDie Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext.\ndem Jahr 2020 ist";
        let l = Lines::new(input);
        assert_eq!(texts(&l), ["zulässig ist. Seit", "dem Jahr 2020 ist"]);
        assert_eq!(
            l.beiseite.first().map(|b| b.art),
            Some(Beiwerk::Uebermittlung)
        );
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let l = Lines::new("äb\r\ncd\nef");
        assert_eq!(l.position(0), (1, 1));
        assert_eq!(l.position(2), (1, 2));
        assert_eq!(l.position(5), (2, 1));
        assert_eq!(l.position(9), (3, 2));
    }
}
