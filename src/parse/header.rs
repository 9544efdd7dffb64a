//! The header ([`Kopf`]): parliament, number, Wahlperiode, date and the type line.
//!
//! Parliaments print the header tokens in different orders and extractors reorder them, so the
//! lines before the type line are scanned token by token rather than read in a fixed sequence.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::{char, space0, space1};
use nom::combinator::opt;
use nom::sequence::{preceded, terminated};

use chrono::Datelike;

use super::Ctx;
use super::error::PResult;
use super::lines::Beiwerk;
use super::text::{datum, dokumentnummer, finde, finde_alle, ungueltiges_datum, wahlperiode};
use crate::profil::{parlament_aus_signatur, parlament_im_kopf};
use crate::{
    Anfrageart, Datumsangabe, Datumsrolle, Dokumentnummer, Drucksachetyp, ErrorKind, Fraktion,
    Kopf, Parlament,
};

/// How many lines the header may take before its type line.
const KOPF_ZEILEN: usize = 40;

/// What the type line says the document is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Typ {
    /// A question paper of this kind, with its running number where printed on the line.
    Anfrage(Anfrageart, Option<String>),
    /// An answer (`Antwort`, `Antwort der Landesregierung`).
    Antwort,
    /// Schriftliche Fragen or Fragen für die Fragestunde.
    Fragen(Drucksachetyp),
    /// Any other type.
    Sonstige(Drucksachetyp),
}

/// The header as read, with the type line's place.
#[derive(Debug)]
pub(crate) struct KopfErgebnis {
    pub(crate) kopf: Kopf,
    pub(crate) typ: Option<Typ>,
    /// The first line after the type line (or after the header zone when there is none).
    pub(crate) weiter: usize,
    /// The question's number where the header prints it beside the answer's: `Drucksache
    /// 16/1665 (16/1631)` (Saarland).
    pub(crate) bezug: Option<Dokumentnummer>,
}

/// How far down the header line (`Deutscher Bundestag Drucksache 21/750`) may stand: some
/// prints put the type, the title or a table of contents first.
const ANKER_ZEILEN: usize = 200;

/// Reads the header from the first lines, the running heads and the page-1 footers.
pub(crate) fn kopf(ctx: &mut Ctx<'_>, parlament: Option<Parlament>) -> KopfErgebnis {
    let lines = ctx.lines;
    let n = lines.len();
    let typzeile =
        (0..n.min(KOPF_ZEILEN)).find_map(|i| typzeile(lines, i).map(|(t, len)| (i, t, len)));
    let typ_at = typzeile.as_ref().map(|(i, _, _)| *i);
    let anker = (0..n.min(ANKER_ZEILEN)).find(|&i| ist_anker(lines.text(i)));
    let mut kopf = Kopf {
        parlament,
        ..Kopf::default()
    };
    // the header's lines: from the line with the number on, up to the type line or four lines;
    // without such a line, everything before the type line
    let zone: Vec<usize> = match anker {
        Some(a) => {
            let end = typ_at.filter(|&t| t > a).unwrap_or(n).min(a + 4);
            (a..end).chain(a.saturating_sub(2)..a).collect()
        }
        None => (0..typ_at.unwrap_or(n.min(8))).collect(),
    };
    for &i in &zone {
        if kopf.parlament.is_none() {
            kopf.parlament = parlament_im_kopf(lines.text(i));
        }
        kopfzeile(ctx, &mut kopf, i);
    }
    if let Some(t) = typ_at {
        // `Kleine Anfrage` and `Drucksache` may share their lines with the number (SL, NW)
        kopfzeile(ctx, &mut kopf, t);
        for i in 0..t {
            if kopf.parlament.is_some() {
                break;
            }
            kopf.parlament = parlament_im_kopf(lines.text(i));
        }
    }
    // running heads name the parliament and the number where page 1's header was cut off
    for b in &lines.beiseite {
        let text = lines.beiseite_text(b);
        match b.art {
            Beiwerk::Seitenkopf => {
                if kopf.parlament.is_none() {
                    kopf.parlament = parlament_im_kopf(text);
                }
                if kopf.dokumentnummer.is_none() {
                    kopf.dokumentnummer = nummer_nach_drucksache(text);
                }
            }
            Beiwerk::Fusszeile => fusszeile(&mut kopf, text, b.span),
            Beiwerk::Impressum => {
                kopf.vorabfassung |=
                    text.starts_with("Vorabfassung") || text.starts_with("V orabfassung");
            }
            Beiwerk::Uebermittlung | Beiwerk::Vorspann => {}
        }
    }
    if kopf.parlament.is_none() {
        kopf.parlament = (0..n)
            .find_map(|i| parlament_aus_signatur(lines.text(i)))
            .or_else(|| {
                lines
                    .beiseite
                    .iter()
                    .find_map(|b| parlament_aus_signatur(lines.beiseite_text(b)))
            });
    }
    if kopf.parlament == Some(Parlament::BR) {
        kopf.wahlperiode = None;
    } else if kopf.wahlperiode.is_none() {
        kopf.wahlperiode = kopf
            .dokumentnummer
            .and_then(|d| d.wahlperiode())
            .and_then(|w| u16::try_from(w).ok());
    }
    let bezug = kopf_bezug(lines, zone.iter().chain(typ_at.iter()).copied());
    pruefe_kopf(ctx, &kopf, &zone);
    let (typ, weiter) = match typzeile {
        Some((i, t, len)) => (Some(t), i + len),
        None => (None, zone.iter().max().map_or(0, |&m| m + 1)),
    };
    kopf.drucksachetyp = typ.as_ref().map(|t| match t {
        Typ::Anfrage(art, _) => art.drucksachetyp(),
        Typ::Antwort => Drucksachetyp::Antwort,
        Typ::Fragen(d) | Typ::Sonstige(d) => d.clone(),
    });
    if typ.is_none() {
        let span = lines.span_lines(0, 0);
        let d = lines.diagnostic(
            ErrorKind::Kopf,
            span,
            "a type line such as \"Kleine Anfrage\" or \"Antwort\"",
            lines.text(0),
        );
        ctx.diagnosen.push(d);
    }
    KopfErgebnis {
        kopf,
        typ,
        weiter,
        bezug,
    }
}

/// Checks the header's lines against what they mean: a number after `Drucksache` that cannot be
/// read, a Wahlperiode other than the number's, a header date that names no day.
fn pruefe_kopf(ctx: &mut Ctx<'_>, kopf: &Kopf, zone: &[usize]) {
    let lines = ctx.lines;
    if let Some((i, token)) = zone
        .iter()
        .find_map(|&i| unlesbare_nummer(lines.text(i)).map(|t| (i, t)))
    {
        ctx.diagnose_at(
            ErrorKind::Dokumentnummer,
            i,
            token,
            "a Drucksache number like \"18/1234\" (Wahlperiode/number)",
        );
    }
    let gedruckt = zone
        .iter()
        .find_map(|&i| finde(lines.text(i), wahlperiode).map(|(hit, w)| (i, hit, w)));
    let nummer = kopf
        .dokumentnummer
        .filter(|_| kopf.parlament != Some(Parlament::BR));
    if let (Some((i, hit, w)), Some(nr)) = (gedruckt, nummer) {
        if let Some(nw) = nr.wahlperiode().filter(|&nw| nw != u32::from(w)) {
            ctx.diagnose_at(
                ErrorKind::Kopf,
                i,
                hit,
                &format!("the Wahlperiode of Drucksache {nr}, \"{nw}. Wahlperiode\""),
            );
        }
    }
    if kopf.datum.is_none() {
        if let Some((i, hit)) = zone
            .iter()
            .find_map(|&i| finde(lines.text(i), ungueltiges_datum).map(|(hit, _)| (i, hit)))
        {
            ctx.diagnose_at(
                ErrorKind::Datum,
                i,
                hit,
                "a calendar date like \"17.04.2025\"",
            );
        }
    }
}

/// The text after the word `Drucksache` in `line` when it begins like a number but is none:
/// `18-13528`, `18/`, `18/13a28`, `/13528`, a number part of seven digits.
pub(crate) fn unlesbare_nummer(line: &str) -> Option<&str> {
    if !nennt_drucksache(line) {
        return None;
    }
    let mut from = 0;
    while let Some(rest) = line.get(from..) {
        let (hit, ()) = finde(rest, |i| {
            (
                alt((tag_no_case("Drucksache"), tag("Drs."))),
                opt(char(':')),
                space0,
            )
                .map(|_| ())
                .parse(i)
        })?;
        let start = hit.as_ptr() as usize - line.as_ptr() as usize;
        from = start + hit.len();
        let after = line.get(from..)?;
        let token = after.split(char::is_whitespace).next().unwrap_or("");
        if !token.starts_with(|c: char| c.is_ascii_digit() || c == '/') {
            continue;
        }
        let kaputt = match dokumentnummer(after) {
            // a lower-case letter glued to the number: `18/13a28`
            Ok((r, _)) => r.starts_with(|c: char| c.is_ascii_lowercase()),
            Err(_) => true,
        };
        if kaputt {
            return Some(token);
        }
    }
    None
}

/// Whether `line` is the header line that carries the document's number: `Deutscher Bundestag
/// Drucksache 21/375`, `Bundesrat Drucksache 215/25`, `19. Wahlperiode 10.06.2025 Drucksache 19
/// / 6524`, `Drucksache 21/470Deutscher Bundestag`.
fn ist_anker(line: &str) -> bool {
    line.len() < 160
        && nummer_nach_drucksache(line).is_some()
        && (parlament_im_kopf(line).is_some() || line.contains("Wahlperiode"))
}

/// Reads the header tokens of line `i`: number, Wahlperiode, date, reprint marks.
fn kopfzeile(ctx: &mut Ctx<'_>, kopf: &mut Kopf, i: usize) {
    let lines = ctx.lines;
    let line = lines.text(i);
    if kopf.dokumentnummer.is_none() {
        if let Some(nr) = nummer_nach_drucksache(line) {
            kopf.dokumentnummer = Some(nr);
        } else if line.eq_ignore_ascii_case("drucksache") {
            // `Drucksache` / `8/2585` on lines of their own
            kopf.dokumentnummer =
                super::text::ok(lines.text(i + 1), dokumentnummer).map(|(_, n)| n);
        } else if kopf.parlament == Some(Parlament::BR) || line.starts_with("Bundesrat") {
            kopf.dokumentnummer = finde(line, dokumentnummer).map(|(_, n)| n);
        }
    }
    if kopf.wahlperiode.is_none() {
        kopf.wahlperiode = finde(line, wahlperiode).map(|(_, w)| w);
    }
    if kopf.datum.is_none() && !line.starts_with("vom ") {
        // the header date stands alone or beside the Wahlperiode; dates inside a Drucksache
        // number's line such as `16/1665 (16/1631)` are not dates
        for (hit, d) in finde_alle(line, datum) {
            let before = line
                .get(..hit.as_ptr() as usize - line.as_ptr() as usize)
                .unwrap_or("");
            if !before.trim_end().ends_with(['/', '(']) {
                kopf.datum = Some(d);
                break;
            }
        }
    }
    let lower = line.to_lowercase();
    if lower == "neudruck"
        || lower.ends_with("(neu)")
        || lower.contains("neudruck") && line.len() < 30
    {
        kopf.neudruck = true;
    }
}

/// How many days a header date may precede the closing date (`Berlin, den …`) before it
/// counts as misprinted: a paper is printed after it was signed, a slip of a day occurs.
const VORLAUF_TAGE: i64 = 7;
/// From how many days after the closing date on a header date reads as a slip of the year: a
/// paper is printed within weeks of its signing.
const NACHLAUF_TAGE: i64 = 300;
/// How long after its signing a paper whose header year slipped may have been printed.
const DRUCK_TAGE: i64 = 60;

/// Checks the header date against the closing date (`Berlin, den 3. Juni 2025`) of a paper
/// that is signed and printed apart (not a combined print), from line `kopf_ende` on.
///
/// A header date that precedes the signing by more than [`VORLAUF_TAGE`], while the text cites
/// a date after it, is a misprint of the month or day: the closing date dates the paper. A
/// header date a year after the signing whose day and month fall within [`DRUCK_TAGE`] after
/// it is a slip of the year, unless the text cites dates after the corrected one. The printed
/// header date is kept in a diagnostic.
pub(crate) fn datum_pruefen(ctx: &mut Ctx<'_>, kopf: &mut Kopf, kopf_ende: usize) {
    let (Some(h), false) = (kopf.datum, ctx.profil.kombiniert) else {
        return;
    };
    let lines = ctx.lines;
    let schluss = (kopf_ende..lines.len()).rev().find_map(|i| {
        let line = lines.text(i);
        if !super::anfrage::ist_schluss(line) {
            return None;
        }
        let (_, rest) = line.split_once(", ")?;
        let rest = rest.strip_prefix("den ").unwrap_or(rest);
        super::text::ok(rest, datum).map(|(_, d)| (i, d))
    });
    let Some((s, c)) = schluss else {
        return;
    };
    let zitiert = |von: chrono::NaiveDate, bis: chrono::NaiveDate| {
        (kopf_ende..lines.len()).filter(|&i| i != s).any(|i| {
            finde_alle(lines.text(i), datum)
                .iter()
                .any(|&(_, d)| d > von && d <= bis)
        })
    };
    let tage = (h - c).num_days();
    let neu = if tage < -VORLAUF_TAGE {
        zitiert(h, c).then_some(c)
    } else if tage > NACHLAUF_TAGE {
        [c.year(), c.year() + 1]
            .into_iter()
            .filter_map(|y| h.with_year(y))
            .find(|k| (0..=DRUCK_TAGE).contains(&(*k - c).num_days()))
            .filter(|&k| !zitiert(k, h))
    } else {
        None
    };
    if let Some(d) = neu {
        let gedruckt = h.format("%d.%m.%Y").to_string();
        let erwartet = format!(
            "a header date consistent with the closing date {} (line {}); {} is taken",
            c.format("%d.%m.%Y"),
            s + 1,
            d.format("%d.%m.%Y"),
        );
        ctx.diagnose(ErrorKind::Datum, s, &erwartet, &gedruckt);
        kopf.datum = Some(d);
    }
}

// "Drucksache 21/375", "DRUCKSACHE 8/3284", "Drs. 23/1309", "Drucksache  215/25"
pub(crate) fn nach_drucksache(i: &str) -> PResult<'_, Dokumentnummer> {
    preceded(
        (
            alt((tag_no_case("Drucksache"), tag("Drs.-Nr."), tag("Drs."))),
            opt(char(':')),
            space0,
        ),
        dokumentnummer,
    )
    .parse(i)
}

/// The question's number in brackets after the paper's own, in the header lines `zone` or a
/// running head.
fn kopf_bezug(
    lines: &super::lines::Lines<'_>,
    mut zone: impl Iterator<Item = usize>,
) -> Option<Dokumentnummer> {
    zone.find_map(|i| bezug_in_klammern(lines.text(i)))
        .or_else(|| {
            lines
                .beiseite
                .iter()
                .filter(|b| b.art == Beiwerk::Seitenkopf)
                .find_map(|b| bezug_in_klammern(lines.beiseite_text(b)))
        })
}

// "Drucksache 16/1665 (16/1631)": the bracketed number after the paper's own
fn klammer_bezug(i: &str) -> PResult<'_, Dokumentnummer> {
    preceded(
        (nach_drucksache, space0, char('('), space0),
        terminated(dokumentnummer, (space0, char(')'))),
    )
    .parse(i)
}

/// The question's number printed in a header line: in brackets after the paper's own
/// (`Drucksache 16/1665 (16/1631)` gives `16/1631`), or on a line `zu Drucksache 18/11020`.
fn bezug_in_klammern(line: &str) -> Option<Dokumentnummer> {
    if let Some(rest) = line.strip_prefix("zu ") {
        return super::text::ok(rest, nach_drucksache)
            .filter(|(r, _)| r.trim().is_empty())
            .map(|(_, n)| n);
    }
    if !(line.contains('(') && nennt_drucksache(line)) {
        return None;
    }
    finde(line, klammer_bezug).map(|(_, n)| n)
}

/// The number after the word `Drucksache` anywhere in `line`.
pub(crate) fn nummer_nach_drucksache(line: &str) -> Option<Dokumentnummer> {
    if !nennt_drucksache(line) {
        return None;
    }
    finde(line, nach_drucksache).map(|(_, n)| n)
}

/// Whether `line` holds what [`nach_drucksache`] starts with, `Drucksache` in any case or
/// `Drs.`: a byte search that spares most lines the grammar's try at every word (whose
/// case-blind match is ASCII's too).
fn nennt_drucksache(line: &str) -> bool {
    line.contains("Drs.")
        || super::lines::fundstellen(line.as_bytes(), b"drucksache", 4)
            .next()
            .is_some()
}

/// Dates of a page-1 footer with their roles: `Datum des Originals: 18.08.2020/Ausgegeben:
/// 24.08.2020`, `Eingegangen: 28.5.2025 / Ausgegeben: 26.6.2025`, `(Verteilt am 1.7.2025)`.
fn fusszeile(kopf: &mut Kopf, text: &str, span: crate::Span) {
    let profil = crate::profil::Profil::von(kopf.parlament);
    for (rolle, datum) in daten_mit_rollen(text, profil.datumsrollen) {
        kopf.daten.push(Datumsangabe { rolle, datum, span });
    }
}

/// The dates in `text` whose role the words before them name (`rollen`: lower-case words and
/// roles, tried in order); a date without such words takes the role of the one before it, and
/// a bracketed date after `Ausgegeben` is the reprint's (`Ausgegeben: 22.04.2025 (22.05.2025)`).
pub(crate) fn daten_mit_rollen(
    text: &str,
    rollen: &[(&str, Datumsrolle)],
) -> Vec<(Datumsrolle, chrono::NaiveDate)> {
    let mut out = Vec::new();
    let mut rolle = None;
    let mut last_end = 0;
    for (hit, d) in finde_alle(text, datum) {
        let start = hit.as_ptr() as usize - text.as_ptr() as usize;
        let before = text.get(last_end..start).unwrap_or("").to_lowercase();
        if let Some(r) = rollen
            .iter()
            .find(|(w, _)| before.contains(w))
            .map(|&(_, r)| r)
        {
            rolle = Some(r);
        } else if rolle == Some(Datumsrolle::Ausgegeben) && before.contains('(') {
            rolle = Some(Datumsrolle::Neudruck);
        }
        if let Some(r) = rolle {
            out.push((r, d));
        }
        last_end = start + hit.len();
    }
    out
}

/// The words of known type lines, longest first, with what they mean.
fn typwort(words: &str) -> Option<Typ> {
    let art = |a: Anfrageart| Some(Typ::Anfrage(a, None));
    match words.to_lowercase().as_str() {
        "kleine anfrage zur schriftlichen beantwortung" => {
            art(Anfrageart::KleineAnfrageZurSchriftlichenBeantwortung)
        }
        "schriftliche kleine anfrage" => art(Anfrageart::SchriftlicheKleineAnfrage),
        "kleine anfrage" => art(Anfrageart::KleineAnfrage),
        "große anfrage" => art(Anfrageart::GrosseAnfrage),
        "schriftliche anfrage" => art(Anfrageart::SchriftlicheAnfrage),
        "anfrage" => art(Anfrageart::Anfrage),
        "antwort"
        // "SCHRIFTLICHE ANTWORT" / "der Regierung des Saarlandes" (Große Anfragen)
        | "schriftliche antwort"
        | "antwort der bundesregierung"
        | "antwort der landesregierung"
        | "antwort des senats"
        | "antwort der staatsregierung" => Some(Typ::Antwort),
        "schriftliche fragen" => Some(Typ::Fragen(Drucksachetyp::SchriftlicheFragen)),
        "fragen" => Some(Typ::Fragen(Drucksachetyp::Fragen)),
        // "Kleine Anfrage zur kurzfristigen schriftlichen Beantwortung" (Niedersachsen)
        w if w.starts_with("kleine anfrage zur ") && w.ends_with(" beantwortung") => {
            art(Anfrageart::from(words))
        }
        _ => {
            let t = Drucksachetyp::bekannt(words)?;
            Some(Typ::Sonstige(t))
        }
    }
}

/// The type of line `i` and how many lines it takes: `Kleine Anfrage 5441`, `Antwort`,
/// `Gesetzentwurf`, `Allgemeine` / `Verwaltungsvorschrift`.
fn typzeile(lines: &super::lines::Lines<'_>, i: usize) -> Option<(Typ, usize)> {
    let line = lines.text(i);
    if let Some(t) = typzeile_text(line) {
        return Some((t, 1));
    }
    // a head sentence naming instrument and askers at once: the body reads it from its start
    if let Some(art) = super::anfrage::kopfsatz_art(line) {
        return Some((Typ::Anfrage(art, None), 0));
    }
    // a type printed over two lines
    let next = lines.text(i + 1);
    if line.len() < 30 && !next.is_empty() && next.len() < 40 {
        if let Some(t @ Typ::Sonstige(_)) = typzeile_text(&format!("{line} {next}")) {
            return Some((t, 2));
        }
    }
    None
}

// "Kleine Anfrage 5441", "Kleine Anfrage Nr. 463", "KLEINE ANFRAGE", "Antwort", "Gesetzentwurf",
// "Beschlussempfehlung*", "Wahlvorschläge", "Erste Beschlussempfehlung", "Gesetzentwurf R"
fn typzeile_text(line: &str) -> Option<Typ> {
    if line.len() > 60 {
        return None;
    }
    let line = line.trim_end_matches(['*', ' ']);
    if let Some(t) = typwort(line) {
        return Some(t);
    }
    // "Wahlvorschläge": the plural of a type
    if let Some(t) = line
        .strip_suffix("läge")
        .and_then(|s| typwort(&format!("{s}lag")))
    {
        return Some(t);
    }
    if let Some((first, rest)) = line.split_once(' ') {
        // "Erste Beschlussempfehlung"
        if ["Erste", "Zweite", "Dritte", "Vierte", "Fünfte"].contains(&first) {
            if let Some(t @ Typ::Sonstige(_)) = typwort(rest) {
                return Some(t);
            }
        }
    }
    let (words, last) = line.rsplit_once(' ')?;
    // a margin letter glued to the type: "Gesetzentwurf R"
    if last.len() <= 2 && last.chars().all(char::is_uppercase) {
        if let Some(t @ Typ::Sonstige(_)) = typwort(words) {
            return Some(t);
        }
    }
    // a running number after the instrument: "Kleine Anfrage 5441", "Kleine Anfrage Nr. 12"
    let (words, nummer) = (words.strip_suffix(" Nr.").unwrap_or(words), last);
    if !nummer.starts_with(|c: char| c.is_ascii_digit())
        || !nummer.chars().all(|c| c.is_ascii_digit() || c == '/')
    {
        return None;
    }
    match typwort(words)? {
        Typ::Anfrage(a, _) => Some(Typ::Anfrage(a, Some(nummer.to_owned()))),
        _ => None,
    }
}

/// The originators printed after the type line of a paper that is no Anfrage or Antwort: `der
/// Bundesregierung`, `des Bundesrates`, `der Fraktionen der CDU/CSU und SPD`, `durch die
/// Bundesregierung`, `des Petitionsausschusses (2. Ausschuss)`, `der Abgeordneten … und der
/// Fraktion der AfD`. A name wrapped onto the next line is joined.
///
/// Returns the originators and the first line after them.
pub(crate) fn urheber_nach_typ(ctx: &Ctx<'_>, i: usize) -> (Vec<String>, usize) {
    let lines = ctx.lines;
    let first = lines.text(i);
    if first.contains("Abgeordnete") {
        if let Some((u, next)) = super::anfrage::urheber_block(ctx, i, lines.len()) {
            return (u.fraktionen.iter().map(fraktion_titel).collect(), next);
        }
    }
    let Some(prefix) = [
        "der ",
        "des ",
        "durch die ",
        "durch den ",
        "durch das ",
        "an den ",
        // "Die Präsidentin des Niedersächsischen Landtages" / "- Landtagsverwaltung -"
        "Die Präsidentin ",
        "Der Präsident ",
    ]
    .into_iter()
    .find(|p| first.starts_with(p)) else {
        return (Vec::new(), i);
    };
    let mut text = first.to_owned();
    let mut j = i + 1;
    // "des Ausschusses für Umwelt, Klimaschutz, Naturschutz und nukleare Sicherheit" / "(16. Ausschuss)"
    while j < i + 3 {
        let next = lines.text(j);
        let open = text.matches('(').count() > text.matches(')').count();
        let continues = text.ends_with([',', '-'])
            || text.ends_with(" und")
            || text.ends_with(" für")
            || lines.setzt_fort(j);
        let zusatz = next.starts_with("- ") && next.ends_with(" -");
        if !(open || continues || zusatz || next.starts_with('(')) || next.is_empty() {
            break;
        }
        j += 1;
        if zusatz {
            // the office's department, not part of its name
            break;
        }
        text.push(' ');
        text.push_str(next);
    }
    if prefix.starts_with("an ") {
        return (Vec::new(), j);
    }
    // "der Fraktionen der CDU/CSU, AfD und SPD"
    let body = text.strip_prefix(prefix).unwrap_or(&text);
    if let Some(list) = body.strip_prefix("Fraktionen ") {
        let list = list.strip_prefix("der ").unwrap_or(list);
        let names = list
            .split(", ")
            .flat_map(|p| p.split(" und "))
            .map(|name| fraktion_titel(&Fraktion::new(name.strip_prefix("der ").unwrap_or(name))))
            .collect();
        return (names, j);
    }
    if let Some(name) = body.strip_prefix("Fraktion ") {
        return (
            vec![fraktion_titel(&Fraktion::new(
                name.strip_prefix("der ").unwrap_or(name),
            ))],
            j,
        );
    }
    let nominativ = match prefix.strip_prefix("durch ") {
        Some(article) => super::ressort::nominativ(&format!("{article}{body}")),
        None => super::ressort::nominativ(&text),
    };
    (vec![nominativ], j)
}

/// The first line of the title after the originators: skips the Bundesrat's margin letters
/// (`B`, `Fu`) and committee lines (`EU - AIS - Fz`), placeholders (`...`), and the
/// reference to what the paper is about (`zu dem Gesetzentwurf der Bundesregierung` /
/// `– Drucksache 21/1000 –`, `zu Punkt 81 der 1056. Sitzung des Bundesrates am …`).
pub(crate) fn titel_beginn(ctx: &Ctx<'_>, mut i: usize) -> usize {
    let lines = ctx.lines;
    let mut bezug = false;
    for _ in 0..12 {
        let line = lines.text(i);
        let rand = line.chars().count() <= 2 && !line.is_empty();
        let ausschuesse = line.contains(" - ")
            && line
                .split(" - ")
                .all(|t| !t.is_empty() && t.len() <= 5 && t.chars().all(char::is_alphabetic));
        let platzhalter = !line.is_empty() && line.chars().all(|c| matches!(c, '.' | '…' | ' '));
        let zu = line.starts_with("zu ") || line.starts_with("Zu ");
        let drucksache =
            bezug && (line.starts_with("– Drucksache") || line.starts_with("- Drucksache"));
        if !(rand || ausschuesse || platzhalter || zu || drucksache) {
            break;
        }
        bezug |= zu;
        i += 1;
    }
    i
}

/// A faction as DIP names originators: `Fraktion der AfD`, `Fraktion Die Linke`, `Gruppe BSW`.
pub(crate) fn fraktion_titel(f: &Fraktion) -> String {
    f.bezeichnung()
}

/// Whether `words` (a whole line) is `und` joining a combined print's parts.
pub(crate) fn ist_und(words: &str) -> bool {
    words.eq_ignore_ascii_case("und")
}

/// Whether `line` opens the answer part of a combined print: `Antwort`, `ANTWORT`,
/// `Antwort der Landesregierung`, `Antwort des Staatsministeriums …`.
pub(crate) fn antwort_beginnt(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower == "antwort"
        || (lower.starts_with("antwort de") && line.len() < 120 && !lower.contains(" auf "))
        || super::text::ok(line, |i| {
            (tag_no_case("und"), space1, tag_no_case("Antwort")).parse(i)
        })
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_search_for_drucksache_lets_through_what_the_grammar_reads() {
        for line in [
            "Deutscher Bundestag Drucksache 21/375",
            "DRUCKSACHE 18/12",
            "vgl. drucksache 7/1",
            "Drs. 23/1309: Erprobung",
            "Drs.-Nr. 19/5",
        ] {
            assert!(nennt_drucksache(line), "{line}");
            assert!(nummer_nach_drucksache(line).is_some(), "{line}");
        }
        for line in [
            "Kleine Anfrage",
            "Druck: Bonner Universitäts-Buchdruckerei",
            "Drs 1",
        ] {
            assert!(!nennt_drucksache(line), "{line}");
            assert_eq!(nummer_nach_drucksache(line), None);
        }
    }

    #[test]
    fn type_lines() {
        let typzeile = typzeile_text;
        assert_eq!(
            typzeile("Wahlvorschläge"),
            Some(Typ::Sonstige(Drucksachetyp::Wahlvorschlag))
        );
        assert_eq!(
            typzeile("Beschlussempfehlung*"),
            Some(Typ::Sonstige(Drucksachetyp::Beschlussempfehlung))
        );
        assert_eq!(
            typzeile("Erste Beschlussempfehlung"),
            Some(Typ::Sonstige(Drucksachetyp::Beschlussempfehlung))
        );
        assert_eq!(
            typzeile("Gesetzentwurf R"),
            Some(Typ::Sonstige(Drucksachetyp::Gesetzentwurf))
        );
        assert_eq!(
            typzeile("Kleine Anfrage 5441"),
            Some(Typ::Anfrage(Anfrageart::KleineAnfrage, Some("5441".into())))
        );
        assert_eq!(
            typzeile("KLEINE ANFRAGE"),
            Some(Typ::Anfrage(Anfrageart::KleineAnfrage, None))
        );
        assert_eq!(
            typzeile("ANFRAGE"),
            Some(Typ::Anfrage(Anfrageart::Anfrage, None))
        );
        assert_eq!(typzeile("Antwort"), Some(Typ::Antwort));
        assert_eq!(typzeile("SCHRIFTLICHE ANTWORT"), Some(Typ::Antwort));
        assert_eq!(
            typzeile("Beschlussempfehlung und Bericht"),
            Some(Typ::Sonstige(Drucksachetyp::BeschlussempfehlungUndBericht))
        );
        assert_eq!(
            typzeile("Kleine Anfrage Nr. 463"),
            Some(Typ::Anfrage(Anfrageart::KleineAnfrage, Some("463".into())))
        );
        assert_eq!(typzeile("Antworten auf Fragen"), None);
        assert_eq!(typzeile("Kleine Anfrage der Abgeordneten"), None);
    }

    #[test]
    fn numbers_after_the_word_drucksache() {
        assert_eq!(
            nummer_nach_drucksache("Deutscher Bundestag Drucksache 21/375").map(|n| n.to_string()),
            Some("21/375".into())
        );
        assert_eq!(
            nummer_nach_drucksache("19. Wahlperiode 10.06.2025 Drucksache 19 / 6524")
                .map(|n| n.to_string()),
            Some("19/6524".into())
        );
        assert_eq!(
            nummer_nach_drucksache("Sächsischer Landtag DRUCKSACHE 8/3284").map(|n| n.to_string()),
            Some("8/3284".into())
        );
        assert_eq!(nummer_nach_drucksache("keine Nummer"), None);
        assert_eq!(
            bezug_in_klammern(" 16. Wahlperiode Drucksache 16/1665 (16/1631)")
                .map(|n| n.to_string()),
            Some("16/1631".into())
        );
        assert_eq!(bezug_in_klammern("Drucksache 16/1631"), None);
        assert_eq!(
            bezug_in_klammern("zu Drucksache 18/11020").map(|n| n.to_string()),
            Some("18/11020".into())
        );
    }

    #[test]
    fn answer_parts_of_combined_prints() {
        assert!(antwort_beginnt("Antwort"));
        assert!(antwort_beginnt("ANTWORT"));
        assert!(antwort_beginnt(
            "Antwort des Staatsministeriums für Ernährung"
        ));
        assert!(antwort_beginnt("und Antwort vom 21.01.2025"));
        assert!(!antwort_beginnt(
            "Antwort der Bundesregierung auf die Frage des Abgeordneten"
        ));
        assert!(ist_und("und"));
    }
}
