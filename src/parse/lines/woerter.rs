//! Words broken by the print: line-end hyphens (LAYOUTS.md 1.5) and capitals split off by
//! kerning (`W ie viele`), decided by the characters around the break and by the document's
//! own words. Where the rest of a document writes a broken word in one piece (`Maßnahme`,
//! `Bündnis`) or with its hyphen (`Nordrhein-Westfalen`), that decides; the rules decide the
//! rest. The evidence is gathered in one pass over the document's words, looked up by a hash of
//! each lower-cased word, so the cost stays linear.

use std::collections::HashMap;

/// How a line ending in a hyphen joins the next line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Join {
    /// Drop the hyphen: syllable hyphenation (`Maß-` / `nahme`).
    Drop,
    /// Keep hyphen and line break: `Ausbildungs-` / `und Prüfung`.
    Space,
    /// Keep the hyphen, no space: `Kay-` / `Uwe`, `KI-` / `gestützt`, URLs.
    Keep,
}

/// Words after which a hyphen ends a suspended compound, not a broken word.
const BINDEWOERTER: [&str; 11] = [
    "und",
    "oder",
    "bzw.",
    "sowie",
    "wie",
    "u.",
    "als",
    "bis",
    "beziehungsweise",
    "respektive",
    "bzw",
];

/// Adjective endings: `deutsch-` / `polnischen` and `freiheitlich-` / `demokratischen` are
/// compounds of two adjectives, whose hyphen stays.
const ADJEKTIV: [&str; 12] = [
    "isch", "ische", "ischen", "ischer", "isches", "ischem", "lich", "liche", "lichen", "licher",
    "liches", "lichem",
];

/// Whether a logical line ends in a word hyphenated at the line end (`Maß-`, `Kay-`), not in a
/// dash standing alone.
pub(super) fn ends_hyphenated(line: &str) -> bool {
    let mut rev = line.chars().rev();
    rev.next() == Some('-') && rev.next().is_some_and(char::is_alphanumeric)
}

/// What `hyphen_join` needs to know of the last word of a growing text, brought up to date
/// by reading only what was appended: a run of hyphenated lines joins into one ever longer
/// word, which must not be rescanned at every join.
#[derive(Debug, Default)]
pub(super) struct Wortende {
    /// How many bytes of the text have been read.
    gelesen: usize,
    /// The last word (after the last space) holds `/`, `www.`, `@` or `_`: a URL or address.
    url: bool,
    /// Letters in the last word's part after its last hyphen.
    buchstaben: usize,
    /// That part holds a lower-case letter.
    klein: bool,
    /// The last three characters read, to see `www.` across reads.
    zuletzt: [char; 3],
}

impl Wortende {
    /// Reads `text`, which extends the text read so far, from where the last read stopped.
    pub(super) fn lies(&mut self, text: &str) {
        let neu = text.get(self.gelesen..).unwrap_or("");
        // a space resets the state but for the last three characters, which matter only after
        // `www` and so not while a space is among them: reading from the last space on gives
        // the same state as reading everything
        let ab = memchr::memrchr(b' ', neu.as_bytes()).unwrap_or(0);
        for c in neu.get(ab..).unwrap_or("").chars() {
            match c {
                ' ' => {
                    self.url = false;
                    self.buchstaben = 0;
                    self.klein = false;
                }
                '-' => {
                    self.buchstaben = 0;
                    self.klein = false;
                }
                _ => {
                    self.url |= matches!(c, '/' | '@' | '_')
                        || (c == '.' && self.zuletzt == ['w', 'w', 'w']);
                    self.buchstaben += usize::from(c.is_alphabetic());
                    self.klein |= c.is_lowercase();
                }
            }
            let [_, b, d] = self.zuletzt;
            self.zuletzt = [b, d, c];
        }
        self.gelesen = text.len();
    }
}

/// What the rest of the document says about a broken word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Beleg {
    /// The word stands elsewhere in one piece (`Maßnahme`, `Wie`).
    pub(super) verbunden: bool,
    /// It stands elsewhere with the hyphen (`Nordrhein-Westfalen`).
    pub(super) getrennt: bool,
    /// Its second part stands elsewhere as a word of its own (`in` of `E in`).
    pub(super) teil: bool,
}

/// Decides how a text ending in a hyphen joins the next line (LAYOUTS.md 1.5); `body` is the
/// text before the hyphen, read by `ende`, `next` the next line.
pub(super) fn hyphen_join(ende: &Wortende, body: &str, next: &str, beleg: Beleg) -> Join {
    let word = next.split(' ').next().unwrap_or("");
    if BINDEWOERTER.contains(&word) {
        return Join::Space;
    }
    let before = body.chars().next_back();
    let first = word.chars().next();
    if ende.url || before.is_some_and(|c| c.is_ascii_digit()) {
        return Join::Keep;
    }
    let caps = ende.buchstaben >= 2 && !ende.klein;
    if caps {
        // `BÜND-` / `NIS`: one word where the document writes it so elsewhere; `KI-` /
        // `gestützt`, `NORDRHEIN-` / `WESTFALEN` keep their hyphen
        let word_caps = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !word.chars().any(char::is_lowercase);
        return if word_caps && beleg.verbunden && !beleg.getrennt {
            Join::Drop
        } else {
            Join::Keep
        };
    }
    if before.is_some_and(char::is_lowercase) && first.is_some_and(char::is_lowercase) {
        if beleg.getrennt && !beleg.verbunden {
            return Join::Keep;
        }
        let stamm = word.trim_end_matches(|c: char| !c.is_alphabetic());
        let adjektive = (body.ends_with("sch") || body.ends_with("lich"))
            && ADJEKTIV.iter().any(|e| stamm.ends_with(e));
        if adjektive && !beleg.verbunden {
            return Join::Keep;
        }
        return Join::Drop;
    }
    // never drop a hyphen before a capital: names (`Lisa-` / `Kristin`) and compounds
    Join::Keep
}

/// Strips what surrounds a word: quotes, brackets, punctuation; inner hyphens and dots stay.
pub(super) fn kern(token: &str) -> &str {
    let b = token.as_bytes();
    match (b.first(), b.last()) {
        // the common case: a word that starts and ends with an ASCII letter or digit
        (Some(x), Some(y)) if x.is_ascii_alphanumeric() && y.is_ascii_alphanumeric() => token,
        _ => token.trim_matches(|c: char| !c.is_alphanumeric()),
    }
}

/// Which evidence a key asks for.
#[derive(Debug, Clone, Copy)]
enum Frage {
    Verbunden,
    Getrennt,
    Teil,
}

/// A key: a lower-cased text the document is searched for, and how often it was read. Each
/// text is one key however many candidates ask about it, so a word is compared once per
/// reading (a document repeated n times asks n times as often, and must not cost n² time).
#[derive(Debug)]
struct Schluessel {
    text: String,
    gesehen: u32,
}

/// What one candidate asks about one key.
#[derive(Debug, Clone, Copy)]
struct Anfrage {
    schluessel: usize,
    kandidat: usize,
    frage: Frage,
}

/// Broken words and the evidence the document holds on them.
#[derive(Debug, Default)]
pub(super) struct Vokabular {
    schluessel: Vec<Schluessel>,
    anfragen: Vec<Anfrage>,
    /// Hash of a lower-cased key → indices into `schluessel`.
    index: Index,
    kandidaten: usize,
    /// A bit for the start of each key ([`anfang`]): words that start otherwise are no key.
    anfaenge: Vec<u64>,
    /// Shortest and longest key, in characters.
    kuerzest: usize,
    laengst: usize,
}

/// The start of FNV-1a.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of FNV-1a over a character.
fn fnv(h: u64, c: char) -> u64 {
    (h ^ u64::from(u32::from(c))).wrapping_mul(0x0100_0000_01b3)
}

/// Hashes the lower case of `c` into `h`; returns the new hash and how many characters the
/// lower case has.
fn fnv_lower(h: u64, c: char) -> (u64, usize) {
    if c.is_ascii() {
        // the common case, without the Unicode tables
        return (fnv(h, c.to_ascii_lowercase()), 1);
    }
    c.to_lowercase()
        .fold((h, 0), |(h, n), l| (fnv(h, l), n + 1))
}

/// FNV-1a over the lower-cased characters of `s`.
fn hash_lower(s: &str) -> (u64, usize) {
    let mut h = FNV_START;
    let mut n = 0;
    for c in s.chars() {
        let (h2, k) = fnv_lower(h, c);
        h = h2;
        n += k;
    }
    (h, n)
}

/// The hash of a word of at most `laengst` characters, lower-cased; `None` for a longer one.
/// Returns the hash and the word's length in characters (not lower-cased).
fn hash_bis(w: &str, laengst: usize) -> Option<(u64, usize)> {
    let mut h = FNV_START;
    let mut n = 0;
    for c in w.chars() {
        n += 1;
        if n > laengst {
            return None;
        }
        h = fnv_lower(h, c).0;
    }
    Some((h, n))
}

/// The size of the table of key starts, in bits.
const ANFANG_BITS: usize = 4096;

/// A bit for the first two characters of `w` lower-cased: equal for a word and a key that
/// agree but for case, so a word whose bit no key set is no key.
fn anfang(w: &str) -> usize {
    let b = w.as_bytes();
    let lower = |x: u8| u32::from(x.to_ascii_lowercase());
    let (c0, c1) = match (b.first(), b.get(1)) {
        (Some(&x), Some(&y)) if x.is_ascii() && y.is_ascii() => (lower(x), lower(y)),
        (Some(&x), None) if x.is_ascii() => (lower(x), 0),
        _ => {
            let mut l = w.chars().flat_map(char::to_lowercase);
            (l.next().map_or(0, u32::from), l.next().map_or(0, u32::from))
        }
    };
    (c0.wrapping_mul(31) ^ c1.wrapping_mul(0x9e37)) as usize % ANFANG_BITS
}

/// Hashes the FNV hashes the index is keyed by: they are hashes already.
#[derive(Debug, Default, Clone, Copy)]
struct Durchreichen(u64);

impl std::hash::Hasher for Durchreichen {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The index's hasher.
type Index = HashMap<u64, Vec<usize>, std::hash::BuildHasherDefault<Durchreichen>>;

impl Vokabular {
    /// A new candidate; returns its number.
    pub(super) fn kandidat(&mut self) -> usize {
        self.kandidaten += 1;
        self.kandidaten - 1
    }

    fn frage(&mut self, kandidat: usize, frage: Frage, text: &str) {
        let (h, n) = hash_lower(text);
        if n == 0 {
            return;
        }
        let lower = text.to_lowercase();
        let known = self.index.get(&h).and_then(|hits| {
            hits.iter().copied().find(|&k| {
                self.schluessel
                    .get(k)
                    .is_some_and(|s: &Schluessel| s.text == lower)
            })
        });
        let schluessel = match known {
            Some(k) => k,
            None => self.neuer_schluessel(h, n, text, lower),
        };
        self.anfragen.push(Anfrage {
            schluessel,
            kandidat,
            frage,
        });
    }

    /// Adds the key `lower` (the lower case of `text`, `n` characters, hash `h`); returns its
    /// index.
    fn neuer_schluessel(&mut self, h: u64, n: usize, text: &str, lower: String) -> usize {
        if self.schluessel.is_empty() {
            self.kuerzest = n;
        }
        self.kuerzest = self.kuerzest.min(n);
        self.laengst = self.laengst.max(n);
        if self.anfaenge.is_empty() {
            self.anfaenge = vec![0; ANFANG_BITS / 64];
        }
        let bit = anfang(text);
        if let Some(w) = self.anfaenge.get_mut(bit / 64) {
            *w |= 1 << (bit % 64);
        }
        let k = self.schluessel.len();
        self.index.entry(h).or_default().push(k);
        self.schluessel.push(Schluessel {
            text: lower,
            gesehen: 0,
        });
        k
    }

    /// Asks about the word broken as `teil1-` / `teil2`: one piece or with the hyphen.
    pub(super) fn trennung(&mut self, kandidat: usize, teil1: &str, teil2: &str) {
        self.frage(kandidat, Frage::Verbunden, &format!("{teil1}{teil2}"));
        self.frage(kandidat, Frage::Getrennt, &format!("{teil1}-{teil2}"));
    }

    /// Asks about the capital `gross` split off `rest` (`W` / `ie`).
    pub(super) fn spaltung(&mut self, kandidat: usize, gross: &str, rest: &str) {
        self.frage(kandidat, Frage::Verbunden, &format!("{gross}{rest}"));
        self.frage(kandidat, Frage::Teil, rest);
    }

    /// Whether any key asks for evidence.
    pub(super) fn fragt(&self) -> bool {
        !self.schluessel.is_empty()
    }

    /// Reads the words of one line of the document.
    pub(super) fn lies(&mut self, line: &str) {
        for token in Woerter::neu(line) {
            let w = kern(token);
            let bit = anfang(w);
            if self
                .anfaenge
                .get(bit / 64)
                .is_none_or(|x| x & (1 << (bit % 64)) == 0)
            {
                continue;
            }
            // the length and the hash in one pass, stopping past the longest key
            let Some((h, chars)) = hash_bis(w, self.laengst) else {
                continue;
            };
            if chars < self.kuerzest {
                continue;
            }
            let Some(hits) = self.index.get(&h) else {
                continue;
            };
            for &k in hits {
                if let Some(s) = self.schluessel.get_mut(k) {
                    if s.text.chars().eq(w.chars().flat_map(char::to_lowercase)) {
                        s.gesehen += 1;
                    }
                }
            }
        }
    }

    /// The evidence gathered on every candidate, by number.
    pub(super) fn belege(&self) -> Vec<Beleg> {
        // a split capital's second part is read once for every split it stands in: those
        // readings are no evidence
        let mut eigen = vec![0u32; self.schluessel.len()];
        for a in &self.anfragen {
            if let (Frage::Teil, Some(n)) = (a.frage, eigen.get_mut(a.schluessel)) {
                *n += 1;
            }
        }
        let mut out = vec![Beleg::default(); self.kandidaten];
        for a in &self.anfragen {
            let schon = match a.frage {
                Frage::Teil => eigen.get(a.schluessel).copied().unwrap_or(0),
                _ => 0,
            };
            let gesehen = self.schluessel.get(a.schluessel).map_or(0, |s| s.gesehen);
            if gesehen <= schon {
                continue;
            }
            if let Some(b) = out.get_mut(a.kandidat) {
                match a.frage {
                    Frage::Verbunden => b.verbunden = true,
                    Frage::Getrennt => b.getrennt = true,
                    Frage::Teil => b.teil = true,
                }
            }
        }
        out
    }
}

/// Capitals split off their word by kerning (`W ie`, `A usschüsse`) in a normalised line
/// (not after a number: `100 W`): the byte offsets of the spaces that may go, with the two
/// parts; [`spaltung_verbinden`] decides.
pub(super) fn spaltungen(line: &str) -> Vec<(usize, &str, &str)> {
    let mut out = Vec::new();
    if !einzelner_grossbuchstabe(line) {
        return out;
    }
    let mut prev: Option<&str> = None;
    let mut at = 0;
    for t in Woerter::neu(line) {
        let start = at;
        at += t.len() + 1;
        let p = prev.replace(t);
        if !einzeln_gross(t) {
            continue;
        }
        // the two words after it (none after the last word)
        let Some(danach) = line.get(at..) else {
            continue;
        };
        let mut danach = Woerter::neu(danach);
        let Some(next) = danach.next() else {
            continue;
        };
        if let Some(rest) = abgespalten(p, t, next, danach.next()) {
            out.push((start + t.len(), t, rest));
        }
    }
    out
}

/// A capital split off its word at a line end (`… soll Amt der B` / `undestierschutzbeauftragten
/// übernehmen`, 21/1836), as [`spaltungen`] finds one inside a line: the capital and the rest,
/// the first word of `next`; [`spaltung_verbinden`] decides.
pub(super) fn spaltung_am_ende<'a>(line: &'a str, next: &'a str) -> Option<(&'a str, &'a str)> {
    let line = line.trim_end();
    // most lines do not end in one capital (after a space: a word before it, below): the
    // cheap test first
    if !endet_mit_grossbuchstabe(line) {
        return None;
    }
    let mut vorne = line.rsplit(' ');
    let gross = vorne.next()?;
    // a word before it on its line and a word of three letters or more after it: one
    // letter a line is a rotated table's letter soup (` W` / `oh` / `ng`)
    let vor = vorne.next().filter(|v| v.chars().count() > 2)?;
    let mut hinten = Woerter::neu(next);
    let first = hinten.next().filter(|f| f.chars().count() > 2)?;
    abgespalten(Some(vor), gross, first, hinten.next()).map(|rest| (gross, rest))
}

/// Whether `gross` (between the words `vor` and `next`, `danach` after that) is a capital split
/// off `next`: not after a number (`100 W`), `next` in lower-case letters; then its letters.
fn abgespalten<'a>(
    vor: Option<&str>,
    gross: &str,
    next: &'a str,
    danach: Option<&str>,
) -> Option<&'a str> {
    let kurz = |t: Option<&str>| t.is_some_and(|t| t.chars().count() <= 2);
    if !einzeln_gross(gross) || vor.is_some_and(|p| p.ends_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let rest = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    let n = rest.chars().count();
    let ok = n >= 2
        && rest.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        // a capital split off a word, not letter soup of a rotated table (`F lu gg er`)
        && (gross == "W" || (n >= 3 && !kurz(vor) && !kurz(danach)));
    ok.then_some(rest)
}

/// Whether `s` ends in a word of one capital: a capital at its start or after a space.
fn endet_mit_grossbuchstabe(s: &str) -> bool {
    let mut cs = s.chars().rev();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none_or(|c| c == ' ')
}

/// Whether `line` has a word of one capital before a space, the candidates of [`spaltungen`]:
/// a byte search for the spaces, where most lines have none of them.
fn einzelner_grossbuchstabe(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr_iter(b' ', b).any(|p| {
        // the byte before the space rules out most words (an ASCII small letter, a digit, a
        // sign); the rest are decoded
        let davor = p.checked_sub(1).and_then(|i| b.get(i)).copied();
        davor.is_some_and(|c| c.is_ascii_uppercase() || !c.is_ascii())
            && endet_mit_grossbuchstabe(line.get(..p).unwrap_or(""))
    })
}

/// The pieces of a line between single spaces, as `line.split(' ')` gives them, found by a
/// plain byte loop: cheaper than a search per word for the short words of running text.
struct Woerter<'a> {
    line: &'a str,
    /// Where the next piece starts; `None` after the last.
    pos: Option<usize>,
}

impl<'a> Woerter<'a> {
    fn neu(line: &'a str) -> Self {
        Woerter { line, pos: Some(0) }
    }
}

impl<'a> Iterator for Woerter<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let start = self.pos?;
        let b = self.line.as_bytes();
        let ende = b
            .get(start..)
            .and_then(|r| r.iter().position(|&c| c == b' '))
            .map(|p| start + p);
        self.pos = ende.map(|e| e + 1);
        // a space is one byte: both ends are character boundaries
        self.line.get(start..ende.unwrap_or(b.len()))
    }
}

/// Whether `t` is one upper-case letter.
fn einzeln_gross(t: &str) -> bool {
    let mut cs = t.chars();
    t.len() <= 4 && cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
}

/// The question words a kerned `W` is split off (`1. W ie viele`, `5. W orin`), by their rest.
const W_FRAGEN: [&str; 22] = [
    "ie", "as", "elche", "elcher", "elches", "elchen", "elchem", "orin", "ann", "o", "oher",
    "ohin", "arum", "eshalb", "ieso", "ieviel", "ieviele", "odurch", "omit", "ofür", "ovon",
    "orauf",
];

/// Whether a split capital joins its word, given the evidence: a kerned question word, or a
/// word the document writes in one piece elsewhere; never where the second part is a word of
/// its own (`Parameter W der`).
pub(super) fn spaltung_verbinden(gross: &str, rest: &str, beleg: Beleg) -> bool {
    !beleg.teil && ((gross == "W" && W_FRAGEN.contains(&rest)) || beleg.verbunden)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn join(line: &str, next: &str, beleg: Beleg) -> Join {
        let body = line.strip_suffix('-').unwrap_or(line);
        let mut wort = Wortende::default();
        wort.lies(body);
        hyphen_join(&wort, body, next, beleg)
    }

    fn rule(line: &str, next: &str) -> Join {
        join(line, next, Beleg::default())
    }

    #[test]
    fn hyphenation_rules() {
        assert_eq!(rule("Maß-", "nahme"), Join::Drop);
        assert_eq!(rule("die An-", "und Abwesenheit"), Join::Space);
        assert_eq!(rule("Gesundheits-", "beziehungsweise Pflege"), Join::Space);
        assert_eq!(rule("Lisa-", "Kristin"), Join::Keep);
        assert_eq!(rule("BÜND-", "NIS 90"), Join::Keep);
        assert_eq!(rule("400-", "stündige"), Join::Keep);
        assert_eq!(rule("KI-", "gestützt"), Join::Keep);
        assert_eq!(rule("Schleswig-Hol-", "stein"), Join::Drop);
        assert_eq!(
            rule("www.bmi.bund.de/integritaet-", "derverwaltung"),
            Join::Keep
        );
        // compounds of adjectives keep their hyphen, syllables after -sch/-lich do not
        assert_eq!(rule("der deutsch-", "polnischen Grenze"), Join::Keep);
        assert_eq!(rule("freiheitlich-", "demokratischen"), Join::Keep);
        assert_eq!(rule("Tisch-", "ler"), Join::Drop);
        assert_eq!(rule("Möglich-", "keit"), Join::Drop);
    }

    #[test]
    fn the_document_decides_where_it_writes_the_word_elsewhere() {
        let eins = Beleg {
            verbunden: true,
            ..Beleg::default()
        };
        let getrennt = Beleg {
            getrennt: true,
            ..Beleg::default()
        };
        assert_eq!(join("BÜND-", "NIS 90/DIE GRÜNEN", eins), Join::Drop);
        assert_eq!(join("NORDRHEIN-", "WESTFALEN", getrennt), Join::Keep);
        assert_eq!(join("nicht-", "zugelassenen", getrennt), Join::Keep);
        assert_eq!(join("ex-", "post", getrennt), Join::Keep);
        assert_eq!(join("islamistisch-", "terroristischen", eins), Join::Drop);
        // never before a capital
        assert_eq!(join("Lisa-", "Kristin", eins), Join::Keep);
    }

    #[test]
    fn evidence_is_read_from_the_words() {
        let mut vok = Vokabular::default();
        let a = vok.kandidat();
        vok.trennung(a, "BÜND", "NIS");
        let b = vok.kandidat();
        vok.trennung(b, "Nordrhein", "Westfalen");
        let wie = vok.kandidat();
        vok.spaltung(wie, "W", "ie");
        let ein = vok.kandidat();
        vok.spaltung(ein, "E", "in");
        assert!(vok.fragt());
        vok.lies("Fraktion „Bündnis 90/Die Grünen“ in Nordrhein-Westfalen:");
        vok.lies("W ie viele? Wie oft? E in Antrag");
        let belege = vok.belege();
        assert_eq!(
            belege[a],
            Beleg {
                verbunden: true,
                ..Beleg::default()
            }
        );
        assert!(belege[b].getrennt && !belege[b].verbunden);
        assert!(belege[wie].verbunden && !belege[wie].teil);
        // `in` stands as a word of its own: `E in` is no split word
        assert!(belege[ein].teil);
        assert!(!spaltung_verbinden("E", "in", belege[ein]));
        assert!(spaltung_verbinden("W", "ie", belege[wie]));
        // `BAG W geht`: no question word, not written in one piece
        assert!(!spaltung_verbinden("W", "geht", Beleg::default()));
    }

    #[test]
    fn a_text_many_candidates_ask_about_is_one_key() {
        // a document repeated n times asks about each broken word n times: one key per
        // text keeps reading a word one comparison, not n
        let mut v = Vokabular::default();
        let ks: Vec<usize> = (0..1000)
            .map(|_| {
                let k = v.kandidat();
                v.trennung(k, "Maß", "nahme");
                k
            })
            .collect();
        assert_eq!(v.schluessel.len(), 2, "maßnahme and maß-nahme");
        assert_eq!(v.anfragen.len(), 2000);
        v.lies("Die MASSNAHME wirkt, die Maßnahme auch.");
        let b = v.belege();
        assert_eq!(b.len(), 1000);
        assert!(
            ks.iter()
                .all(|&k| b.get(k).is_some_and(|b| b.verbunden && !b.getrennt))
        );
    }

    #[test]
    fn words_are_the_pieces_between_spaces() {
        for line in ["", " ", "a", "ab cd", " a  b ", "Maß nahme ", "  ", "ä ö ü"] {
            assert_eq!(
                Woerter::neu(line).collect::<Vec<_>>(),
                line.split(' ').collect::<Vec<_>>(),
                "{line:?}"
            );
        }
    }

    #[test]
    fn split_capitals_are_found() {
        assert_eq!(
            spaltungen("1. W ie viele A usschüsse gibt es?"),
            [(4, "W", "ie"), (15, "A", "usschüsse")]
        );
        // the unit after a number, a label before a capitalised word, one letter
        assert!(spaltungen("mit 100 W starke Lampen, Anlage A Nr. 3 und B e").is_empty());
        // letter soup of a rotated table
        assert!(spaltungen("Ko st en d es F lu gg er ät es Ja nu ar b is M ai 2 02").is_empty());
    }
}
