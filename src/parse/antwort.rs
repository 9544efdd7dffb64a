//! The answer: the reference to the question (`auf die Kleine Anfrage … – Drucksache 21/162 –`),
//! who answers and when, the Vorbemerkungen, and the questions paired with their answer blocks.

use std::collections::{BTreeSet, HashSet};

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n};
use nom::character::complete::{char, space0, space1};
use nom::combinator::{map, map_opt, opt, value};
use nom::multi::separated_list1;
use nom::sequence::{preceded, terminated};

use super::Ctx;
use super::anfrage::{laufende_nummer, titel_gefordert, urheber_ab, vorbemerkung_ueberschrift};
use super::error::PResult;
use super::frage::{
    baue_frage, endet_frage, endet_mit_bitte, endet_mit_fragezeichen, folgt_auf, frage_anfang,
    join_words, naechster_buchstabe, unterfrage_anfang,
};
use super::header::{nummer_nach_drucksache, unlesbare_nummer};
use super::lines::Beiwerk;
use super::ressort::ressort;
use super::text::{datum, finde, ok};
use crate::{
    Anfrageart, Antwort, Antwortblock, ErrorKind, Frage, Fragenummer, KleineAnfrage, Querverweis,
    Ressort, Unterfrage, Verweisziel,
};

/// How far ahead a line starting with a number is checked for the question mark that makes it
/// a reprinted question rather than a numbered list in an answer.
const FRAGE_ZEILEN: usize = 30;
/// How many lines the stem of a question completed by its sub-questions (`a)` …) may take.
const STAMM_ZEILEN: usize = 8;

/// An answer read from line `start` to `ende` (exclusive), with the title.
pub(crate) struct AntwortErgebnis {
    pub(crate) antwort: Antwort,
    pub(crate) titel: Option<String>,
}

/// Reads a separate answer paper from the line after its type line.
pub(crate) fn antwort(ctx: &mut Ctx<'_>, start: usize, ende: usize) -> AntwortErgebnis {
    let mut i = start;
    // "der Bundesregierung", "der Landesregierung - Ministerin für … (MIKWS)"
    let ressort_kopf = regierungszeile(ctx.lines.text(i)).or_else(|| {
        // "der Regierung des Saarlandes": the government by its long name
        ctx.lines
            .text(i)
            .starts_with("der Regierung des ")
            .then(|| ressort(ctx.profil.regierung))
    });
    if ressort_kopf.is_some() {
        i += 1;
    }
    let mut anfrage = KleineAnfrage::new(Anfrageart::KleineAnfrage);
    if let Some(next) = bezug(ctx, &mut anfrage, i, ende) {
        i = next;
    }
    let (titel_text, next) = titel_gefordert(ctx, i, ende);
    i = next;
    anfrage.titel.clone_from(&titel_text);
    if let Some((nummer, datum)) = anfrage_zeile(ctx.lines.text(i)) {
        anfrage.nummer = anfrage.nummer.take().or(Some(nummer));
        anfrage.datum = anfrage.datum.or(datum);
        i += 1;
    }
    // "Wortlaut der Kleinen Anfrage Nr. 1801 vom 26.01.2022:" (Brandenburg)
    if let Some((nummer, datum)) = super::anfrage::wortlaut(ctx.lines.text(i)) {
        anfrage.nummer = anfrage.nummer.take().or(nummer);
        anfrage.datum = anfrage.datum.or(datum);
        i += 1;
    }
    let mut antwort = Antwort::new(anfrage);
    antwort.ressort = ressort_kopf;
    fragen_und_antworten(ctx, &mut antwort, i, ende);
    AntwortErgebnis {
        antwort,
        titel: titel_text,
    }
}

/// Reads the answer part of a print from `start` on, given the question already read (combined
/// prints) or an empty one: Vorbemerkungen, attribution, questions and answers.
pub(crate) fn fragen_und_antworten(
    ctx: &mut Ctx<'_>,
    antwort: &mut Antwort,
    start: usize,
    ende: usize,
) {
    let mut beginn = fragenteil_beginn(ctx, start, ende);
    if ctx.profil.fragen_ohne_nummer {
        // the first label's questions stand before it, without numbers
        let anzahl = antwort_label(ctx.lines.text(beginn)).map_or(0, |(l, _)| match l {
            Label::Fragen(b) => Bekannt::new(0).expand(&b).len(),
            Label::Vorige => 1,
        });
        if let Some(&(x, _)) = ungezaehlte_fragen(ctx, start, beginn, anzahl).first() {
            beginn = x;
        }
    }
    // no numbered question: one question asked without a number, answered below it
    let einzige = (beginn >= ende)
        .then(|| einzige_frage(ctx, start, ende))
        .flatten();
    if let Some(x) = einzige {
        beginn = x;
    }
    vorspann(ctx, antwort, start, beginn);
    uebermittlung(ctx, antwort);
    let gestellt = std::mem::take(&mut antwort.anfrage.fragen);
    let (mut fragen, bloecke, zuschreibungen) = fragenteil(ctx, beginn, ende, einzige.is_some());
    for (a, b) in zuschreibungen {
        zuschreibung(ctx, antwort, a, b);
    }
    // an answer paper that ends before its answer (a single unnumbered question is answered
    // in running text, which is no damage)
    let leer = (start..ende).all(|i| ctx.lines.text(i).is_empty());
    if leer && gestellt.is_empty() {
        let found = ctx.lines.text(start).to_owned();
        ctx.diagnose(
            ErrorKind::Antwort,
            start,
            "the questions and their answers, from \"1. …\"",
            &found,
        );
    }
    // grouped questions are reprinted out of order; the paper asked them in order
    fragen.sort_by_key(|f| f.nummer);
    antwort.anfrage.fragen = if fragen.is_empty() { gestellt } else { fragen };
    antwort.antworten = bloecke;
    let nur_regierung = antwort
        .ressort
        .as_ref()
        .is_none_or(|r| r.name == ctx.profil.regierung);
    if nur_regierung {
        // the attribution at the foot of page 1, after the first answer (Mecklenburg-Vorpommern)
        let mut bloecke = std::mem::take(&mut antwort.antworten);
        for b in &mut bloecke {
            b.absaetze.retain(|p| {
                let brief = p.contains("namens der") && p.contains("mit Schreiben vom");
                !(brief && zuschreibung_text(antwort, p))
            });
        }
        antwort.antworten = bloecke;
    }
    pruefe_paarung(ctx, antwort);
    if antwort.ressort.is_none() {
        antwort.ressort = Some(Ressort {
            name: ctx.profil.regierung.to_owned(),
            gedruckt: String::new(),
        });
    }
}

/// The opening of the answer part of a combined print.
#[derive(Debug, Default)]
pub(crate) struct Antwortkopf {
    /// Who answers, where named.
    pub(crate) ressort: Option<Ressort>,
    /// The answer's date, where printed.
    pub(crate) datum: Option<chrono::NaiveDate>,
    /// The question's Drucksache, where the letter's reference block names it (`Drs.-Nr.:
    /// 8/3284`).
    pub(crate) bezug: Option<crate::Dokumentnummer>,
    /// The first line after the opening.
    pub(crate) weiter: usize,
}

/// How many lines above its salutation an answer letter's letterhead and reference block may
/// stand.
const BRIEFKOPF_ZEILEN: usize = 20;

/// Whether `line` is the salutation opening an answer letter: `Sehr geehrter Herr Präsident,`.
pub(crate) fn ist_anrede(line: &str) -> bool {
    line.starts_with("Sehr geehrte") && line.contains("Präsident") && line.len() < 60
}

/// Reads the opening of a combined print's answer part at line `i`: `Antwort` / `des
/// Staatsministeriums für …` / `vom 06.05.2025` (Bayern), `Antwort des Senats vom …:` (Bremen).
pub(crate) fn antwortkopf(ctx: &Ctx<'_>, i: usize, ende: usize) -> Antwortkopf {
    let lines = ctx.lines;
    let line = lines.text(i);
    let naechste = lines.text(i + 1);
    let (text, weiter) = if let Some(off) = super::anfrage::antwort_des(line) {
        let (name, next) = super::anfrage::ressort_zeilen(ctx, i, off, ende);
        (name, next)
    } else if line.eq_ignore_ascii_case("antwort")
        && ["des ", "der "].iter().any(|p| naechste.starts_with(p))
    {
        super::anfrage::ressort_zeilen(ctx, i + 1, 0, ende)
    } else {
        (line.to_owned(), i + 1)
    };
    let datum = finde(&text, |s| preceded((tag("vom"), space1), datum).parse(s)).map(|(_, d)| d);
    let name = text.split(" vom ").next().unwrap_or(&text);
    // "… zusammen mit dem Staatsministerium …", "… im Einvernehmen mit …": co-answerers
    let name = [" zusammen mit ", " im Einvernehmen ", " in Abstimmung "]
        .iter()
        .filter_map(|m| name.find(m))
        .min()
        .and_then(|p| name.get(..p))
        .unwrap_or(name);
    let mut kopf = Antwortkopf {
        ressort: (name.starts_with("des ") || name.starts_with("der ")).then(|| ressort(name)),
        datum,
        bezug: None,
        weiter,
    };
    if ist_anrede(line) {
        // the letter's head above the salutation: the nearest letterhead naming the body, and
        // the reference block (`Drs.-Nr.: 8/3284`)
        let oben = (i.saturating_sub(BRIEFKOPF_ZEILEN)..i).rev();
        kopf.ressort = oben
            .clone()
            .map(|k| lines.text(k))
            .find(|t| super::ressort::ist_behoerde(t))
            .map(|t| Ressort {
                name: super::ressort::nominativ(&super::ressort::ohne_versalien(t)),
                gedruckt: t.trim().to_owned(),
            });
        kopf.bezug = oben.map(|k| lines.text(k)).find_map(nummer_nach_drucksache);
    }
    kopf
}

// "der Bundesregierung", "der Landesregierung - Ministerin für Inneres, … (MIKWS)"
fn regierungszeile(line: &str) -> Option<Ressort> {
    let (rest, regierung) = alt((
        tag::<_, _, super::error::PError<'_>>("der Bundesregierung"),
        tag("der Landesregierung"),
        tag("der Staatsregierung"),
        tag("des Senats"),
    ))
    .parse(line)
    .ok()?;
    match rest.trim().strip_prefix(['-', '–']) {
        Some(name) => Some(ressort(name.trim())),
        None if rest.trim().is_empty() => Some(ressort(regierung)),
        None => None,
    }
}

/// Words that open the askers inside a reference line.
const ANREDE: [&str; 4] = [
    "der Abgeordneten",
    "des Abgeordneten",
    "der Abg.",
    "des Abg.",
];

/// The reference block: `auf die Kleine Anfrage [N] [vom …]`, the askers, `– Drucksache N –`.
/// Returns the first line after it.
fn bezug(ctx: &mut Ctx<'_>, anfrage: &mut KleineAnfrage, i: usize, ende: usize) -> Option<usize> {
    let lines = ctx.lines;
    let line = lines.text(i);
    let (rest, _) = ok(line, |s| {
        alt((
            tag("auf die"),
            tag("auf eine"),
            tag("zu der"),
            tag("Auf die"),
        ))
        .parse(s)
    })?;
    let rest = rest.trim_start();
    // where the instrument ends on this line
    let mut nach_art = None;
    if let Some(art) = [
        "Kleine Anfrage zur schriftlichen Beantwortung",
        "Schriftliche Kleine Anfrage",
        "Kleine Anfrage",
        "Große Anfrage",
        "Großen Anfrage",
        "Schriftliche Anfrage",
        "Anfrage",
    ]
    .iter()
    .find(|a| rest.starts_with(**a) || lines.text(i + 1).starts_with(**a))
    {
        // "zu der" / "Großen Anfrage der SPD-Landtagsfraktion": the dative after "zu der"
        anfrage.anfrageart = Anfrageart::from(art.replace("Großen", "Große").as_str());
        if rest.starts_with(*art) {
            nach_art = Some(line.len() - rest.len() + art.len());
        }
    }
    anfrage.nummer = laufende_nummer(line);
    anfrage.datum = finde(line, |s| preceded((tag("vom"), space1), datum).parse(s)).map(|(_, d)| d);
    // the askers start on this line or the next
    let mut next = i + 1;
    let in_line = ANREDE.iter().find_map(|p| line.find(p)).map(|off| (i, off));
    // "zu der" / "Anfrage des Abgeordneten …" (Saarland), or the askers' own line
    let on_next = || {
        ANREDE
            .iter()
            .find_map(|p| lines.text(next).find(p))
            .map(|off| (next, off))
    };
    let block = in_line
        .or_else(on_next)
        .and_then(|(k, off)| {
            if anfrage.nummer.is_none() {
                anfrage.nummer = laufende_nummer(lines.text(k));
            }
            urheber_ab(ctx, k, off, ende)
        })
        // "Abgeordneter Hannes Loth (AfD)" on a line of its own (Sachsen-Anhalt)
        .or_else(|| super::anfrage::urheber_block(ctx, next, ende))
        // "auf die Kleine Anfrage Mandy Eißing, … und der Fraktion Die Linke": names and a
        // faction straight after the instrument, "der Abgeordneten" left out
        .or_else(|| {
            let off = nach_art? + 1;
            line.get(off..)?
                .starts_with(char::is_uppercase)
                .then_some(())?;
            urheber_ab(ctx, i, off, ende)
                .filter(|(u, _)| !u.personen.is_empty() && !u.fraktionen.is_empty())
        });
    if let Some((u, after)) = block {
        anfrage.urheber = u;
        next = after;
    } else if let Some(von) = ["Großen Anfrage ", "Großen Anfrage", "Große Anfrage "]
        .iter()
        .find_map(|a| lines.text(next).strip_prefix(a))
    {
        // "Großen Anfrage der SPD-Landtagsfraktion": a faction asks
        anfrage.urheber = super::anfrage::urheber(von.trim());
        next += 1;
    }
    // "– Drucksache 21/162 –", "Drucksache 17/9993"
    let t = lines
        .text(next)
        .trim_matches(|c: char| c == '–' || c == '-' || c.is_whitespace());
    if t.starts_with("Drucksache") || t.starts_with("Drs.") {
        anfrage.drucksache = nummer_nach_drucksache(t);
        if let Some(token) = unlesbare_nummer(t) {
            ctx.diagnose_at(
                ErrorKind::Dokumentnummer,
                next,
                token,
                "the number of the question's Drucksache, like \"18/1234\"",
            );
        }
        next += 1;
    }
    Some(next)
}

/// The line naming the question by its running number after the title: `Kleine Anfrage – KA
/// 8/1400 vom 29.03.2023` (Sachsen-Anhalt); returns the number as printed and the date.
fn anfrage_zeile(line: &str) -> Option<(String, Option<chrono::NaiveDate>)> {
    let rest = ["Kleine Anfrage", "Große Anfrage", "Anfrage"]
        .iter()
        .find_map(|a| line.strip_prefix(a))?;
    let rest = rest
        .trim_start()
        .strip_prefix(['‐', '–', '-'])?
        .trim_start();
    let (nummer, datum) = match rest.split_once(" vom ") {
        Some((n, d)) => (n.trim(), ok(d.trim(), datum).map(|(_, d)| d)),
        None => (rest.trim(), None),
    };
    let ist_nummer = nummer.len() <= 20
        && nummer.contains(|c: char| c.is_ascii_digit())
        && nummer
            .chars()
            .all(|c| c.is_alphanumeric() || c == '/' || c == ' ');
    ist_nummer.then(|| (nummer.to_owned(), datum))
}

/// The first line of the questions-and-answers part: the first `1.` that reads as a question
/// (or an answer label), after the Vorbemerkungen.
fn fragenteil_beginn(ctx: &Ctx<'_>, start: usize, ende: usize) -> usize {
    let erste =
        |i: usize| frage_anfang(ctx.lines.text(i)).is_some_and(|(n, _)| folgt_auf(None, &n));
    let gelesen = (start..ende).find(|&i| {
        antwort_label(ctx.lines.text(i)).is_some_and(|(l, _)| l.erste_frage())
            || (erste(i) && sieht_wie_frage_aus(ctx, i, ende))
    });
    // a first question whose stem and sub-questions end without a question mark: the first
    // `1.` after the last Vorbemerkung heading
    let nach_vorbemerkung = || {
        let letzte = (start..ende)
            .rev()
            .find(|&i| vorbemerkung_ueberschrift(ctx.profil, ctx.lines.text(i)).is_some());
        (letzte.unwrap_or(start)..ende).find(|&i| erste(i))
    };
    gelesen.or_else(nach_vorbemerkung).unwrap_or(ende)
}

/// The first line of a single question reprinted without a number (21/840 answers 21/610):
/// the last line ending in a question mark with text after it ends the question, which starts
/// after the line before it that ends a sentence or a heading (the askers' Vorbemerkung), at
/// most [`FRAGE_ZEILEN`] lines up.
fn einzige_frage(ctx: &Ctx<'_>, start: usize, ende: usize) -> Option<usize> {
    let lines = ctx.lines;
    let schluss = (start..ende)
        .find(|&i| super::anfrage::ist_schluss(lines.text(i)) || ist_briefschluss(lines.text(i)))
        .unwrap_or(ende);
    let fragt = |i: usize| endet_mit_fragezeichen(lines.text(i));
    let letzte = (start..schluss.saturating_sub(1))
        .rev()
        .find(|&i| fragt(i))?;
    let von = letzte.saturating_sub(FRAGE_ZEILEN).max(start);
    let davor = (von..letzte).rev().find(|&i| {
        let t = lines.text(i).trim_end();
        t.ends_with('.')
            || t.ends_with(':')
            || fragt(i)
            || vorbemerkung_ueberschrift(ctx.profil, t).is_some()
    });
    match davor {
        Some(d) => Some(d + 1),
        None if von == start => Some(start),
        None => None,
    }
}

/// Whether the lines from `i` read as a question: a question mark ends a line before the next
/// numbered item or answer label; a stem followed by the next question (grouped questions
/// printed back to back) reads as a question when that one does.
fn sieht_wie_frage_aus(ctx: &Ctx<'_>, i: usize, ende: usize) -> bool {
    sieht_wie_frage_aus_tief(ctx, i, ende, 0)
}

fn sieht_wie_frage_aus_tief(ctx: &Ctx<'_>, i: usize, ende: usize, tiefe: u8) -> bool {
    let lines = ctx.lines;
    let eigene = frage_anfang(lines.text(i)).map(|(n, _)| n);
    let mut parts = Vec::new();
    for j in i..ende.min(i + FRAGE_ZEILEN) {
        let line = lines.text(j);
        if j > i && antwort_label(line).is_some() {
            return false;
        }
        if j > i && frage_anfang(line).is_some() && unterfrage_anfang(line, 'a').is_none() {
            let folgt = frage_anfang(line).is_some_and(|(n, _)| folgt_auf(eigene.as_ref(), &n));
            return folgt && tiefe < 3 && sieht_wie_frage_aus_tief(ctx, j, ende, tiefe + 1);
        }
        // a stem completed by its sub-questions: `… in Bezug auf die Notwendigkeit,` / `a) ein …`
        if j > i
            && j - i <= STAMM_ZEILEN
            && unterfrage_anfang(line, 'a').is_some()
            && !join_words(&parts).ends_with('.')
        {
            return true;
        }
        parts.push(line);
        // a request sentence after the question mark may wrap: the last lines decide
        let letzte = parts.get(parts.len().saturating_sub(3)..).unwrap_or(&[]);
        if endet_frage(line) || line.ends_with('?') || endet_frage(&join_words(letzte)) {
            return true;
        }
        // the question mark left out before the request, a new sentence after it
        if satz_beginnt(lines.text(j + 1)) && endet_mit_bitte_bis(ctx, i, j + 1) {
            return true;
        }
    }
    endet_frage(&join_words(&parts))
}

/// Whether `line` begins a sentence: with a capital letter.
fn satz_beginnt(line: &str) -> bool {
    line.starts_with(char::is_uppercase)
}

/// How many lines the askers' bracketed request at a question's end may take.
const BITTE_ZEILEN: usize = 5;

/// Whether the question on lines `erste..bis` ends in the askers' bracketed request without
/// a question mark ([`endet_mit_bitte`]), which may reach back [`BITTE_ZEILEN`] lines; only
/// a last line ending in a bracket is looked into.
fn endet_mit_bitte_bis(ctx: &Ctx<'_>, erste: usize, bis: usize) -> bool {
    let lines = ctx.lines;
    let letzte = lines.text(bis.saturating_sub(1)).trim_end();
    if bis <= erste || !(letzte.ends_with(')') || letzte.ends_with(").")) {
        return false;
    }
    let zeilen: Vec<&str> = (erste.max(bis.saturating_sub(BITTE_ZEILEN))..bis)
        .map(|k| lines.text(k))
        .collect();
    endet_mit_bitte(&join_words(&zeilen))
}

/// The part before the questions: Vorbemerkungen (askers' and government's) and the
/// attribution sentence naming the answering body.
fn vorspann(ctx: &mut Ctx<'_>, antwort: &mut Antwort, start: usize, ende: usize) {
    let lines = ctx.lines;
    let mut abschnitte: Vec<(String, usize, usize)> = Vec::new(); // heading, first body line, end
    let mut current: Option<(String, usize)> = None;
    let mut ohne_ueberschrift = start;
    for i in start..ende {
        if let Some(h) = vorbemerkung_ueberschrift(ctx.profil, lines.text(i)) {
            if let Some((head, from)) = current.take() {
                abschnitte.push((head, from, i));
            } else if i > ohne_ueberschrift {
                abschnitte.push((String::new(), ohne_ueberschrift, i));
            }
            current = Some((h.to_owned(), i + 1));
        }
    }
    match current {
        Some((head, from)) => abschnitte.push((head, from, ende)),
        None if ende > ohne_ueberschrift => {
            abschnitte.push((String::new(), ohne_ueberschrift, ende));
        }
        None => {}
    }
    ohne_ueberschrift = ende;
    let _ = ohne_ueberschrift;
    for (head, from, to) in abschnitte {
        // the attribution paragraph is lifted out of whatever section it stands in
        let mut teile = ueberschrift_mit_verfasser(ctx, ctx.absatz_bereiche(from, to));
        teile.retain(|&(a, b)| {
            !zuschreibung(ctx, antwort, a, b) && !verfasser_ueberschrift(ctx, antwort, a, b)
        });
        // a Markdown heading closing the part ("## Fragen und Antworten") heads the questions
        if to == ende
            && teile.last().is_some_and(|&(a, b)| {
                b == a + 1 && lines.zeilen.get(a).is_some_and(|z| z.ueberschrift > 0)
            })
        {
            teile.pop();
        }
        if teile.is_empty() {
            continue;
        }
        let mut abschnitt = ctx.abschnitt_aus(&head, &teile);
        abschnitt.span = lines.span_lines(from.saturating_sub(1).max(start), to.saturating_sub(1));
        let lower = head.to_lowercase();
        let der_regierung = [
            "regierung",
            "senat",
            "verwaltung",
            "ministerium",
            "ministeriums",
            "des ministers",
            "der ministerin",
        ]
        .iter()
        .any(|w| lower.contains(w));
        if der_regierung {
            antwort.vorbemerkung = Some(abschnitt);
        } else if head.is_empty() && antwort.anfrage.vorbemerkung.is_some() {
            // text between the sections without a heading of its own
            if let Some(v) = antwort.anfrage.vorbemerkung.as_mut() {
                v.absaetze.extend(abschnitt.absaetze);
            }
        } else {
            antwort.anfrage.vorbemerkung = Some(abschnitt);
        }
    }
}

/// Joins a one-line Markdown heading (`## Antwort der Landesregierung`) to the paragraph below
/// it when that begins with the profile's words before the author's name (`erstellt vom
/// Ministerium für …`): the printed heading has two lines, the converter marked the first.
fn ueberschrift_mit_verfasser(ctx: &Ctx<'_>, teile: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(teile.len());
    for (a, b) in teile {
        let verfasser = ctx
            .profil
            .ressort_einleitungen
            .iter()
            .any(|w| ctx.lines.text(a).starts_with(w));
        if let Some(last) = out.last_mut() {
            let kopf = last.1 == a
                && last.1 == last.0 + 1
                && ctx
                    .lines
                    .zeilen
                    .get(last.0)
                    .is_some_and(|z| z.ueberschrift > 0)
                && ctx.lines.text(last.0).starts_with("Antwort ");
            if kopf && verfasser {
                last.1 = b;
                continue;
            }
        }
        out.push((a, b));
    }
    out
}

/// Reads the heading that names the answer's author from paragraph lines `a..b`, if it is one:
/// `Antwort der Landesregierung` / `erstellt vom Ministerium für … des Landes Sachsen-Anhalt`,
/// with the profile's words before the name and without its additions after it.
fn verfasser_ueberschrift(ctx: &Ctx<'_>, antwort: &mut Antwort, a: usize, b: usize) -> bool {
    let text = ctx.absatz_text(a, b);
    if !text.starts_with("Antwort ") || text.len() > 300 {
        return false;
    }
    let Some(name) = ctx
        .profil
        .ressort_einleitungen
        .iter()
        .find_map(|w| text.split_once(w).map(|(_, n)| n))
    else {
        return false;
    };
    let name = ctx
        .profil
        .ressort_zusaetze
        .iter()
        .find_map(|z| name.strip_suffix(z))
        .unwrap_or(name)
        .trim();
    if !name.is_empty() {
        antwort.ressort = Some(ressort(name));
    }
    true
}

/// Whether `text` reads as an attribution sentence ([`zuschreibung`]).
fn ist_zuschreibung(text: &str) -> bool {
    text.contains("beantwortet")
        && text.contains("Anfrage")
        && text.len() <= 600
        && (text.contains(" hat ") || text.starts_with("Namens der"))
}

/// Reads the attribution sentence from paragraph lines `a..b`, if it is one: `Der Minister für …
/// hat die Kleine Anfrage 3929 mit Schreiben vom 18. August 2020 namens der Landesregierung im
/// Einvernehmen mit der Ministerin für … beantwortet.`
fn zuschreibung(ctx: &Ctx<'_>, antwort: &mut Antwort, a: usize, b: usize) -> bool {
    let parts: Vec<&str> = (a..b).map(|i| ctx.lines.text(i)).collect();
    zuschreibung_text(antwort, &join_words(&parts))
}

/// Reads the attribution sentence from a paragraph's `text`, if it is one.
fn zuschreibung_text(antwort: &mut Antwort, text: &str) -> bool {
    let text = text.to_owned();
    if !text.contains("beantwortet") || !text.contains("Anfrage") || text.len() > 600 {
        return false;
    }
    let (subjekt, _) = match text.split_once(" hat ") {
        Some(x) => x,
        None => match text.split_once(" beantwortet ") {
            Some((before, _)) if before.starts_with("Namens der") => ("", ""),
            _ => return false,
        },
    };
    let name = if subjekt.is_empty() {
        // "Namens der Landesregierung beantwortet der Minister für … die Kleine Anfrage"
        text.split_once(" beantwortet ")
            .and_then(|(_, r)| r.split_once(" die Kleine Anfrage").map(|(n, _)| n))
    } else {
        // "Zur Thematik ergeben sich Fragen. Das Thüringer Ministerium …": the last sentence
        Some(
            subjekt
                .rsplit_once(". ")
                .filter(|(_, s)| s.starts_with(|c: char| c.is_uppercase()))
                .map_or(subjekt, |(_, s)| s),
        )
    };
    if antwort.anfrage.nummer.is_none() {
        antwort.anfrage.nummer = laufende_nummer(&text);
    }
    if let Some(name) = name.filter(|n| !n.is_empty() && n.len() < 200) {
        antwort.ressort = Some(ressort(name));
    }
    antwort.schreiben_vom = finde(&text, |s| {
        preceded((tag_no_case("mit Schreiben vom"), space1), datum).parse(s)
    })
    .map(|(_, d)| d);
    if let Some(pos) = text
        .find(" im Einvernehmen mit ")
        .or_else(|| text.find(" in Abstimmung mit "))
    {
        let rest = text.get(pos..).unwrap_or("");
        let rest = rest.split_once(" mit ").map_or("", |(_, r)| r);
        let end = [" beantwortet", " namens ", " die Kleine Anfrage"]
            .iter()
            .filter_map(|e| rest.find(e))
            .min()
            .unwrap_or(rest.len());
        let list = rest.get(..end).unwrap_or("").trim_end_matches([',', '.']);
        for part in list.split(" und mit ").flat_map(|p| p.split(", mit ")) {
            antwort.mitbeteiligt.push(ressort(part));
        }
    }
    true
}

/// The Bundestag's transmission note: `Die Antwort wurde namens der Bundesregierung mit
/// Schreiben des Bundesministeriums … vom 13. Oktober 2025 übermittelt.`
fn uebermittlung(ctx: &Ctx<'_>, antwort: &mut Antwort) {
    let lines = ctx.lines;
    let Some(note) = lines
        .beiseite
        .iter()
        .find(|b| b.art == Beiwerk::Uebermittlung)
    else {
        return;
    };
    let text = lines.beiseite_text(note);
    let sentence = text.split(" übermittelt.").next().unwrap_or(text);
    // "… mit Schreiben des Bundesministeriums X vom …", "… namens des Bundeskanzleramtes vom …"
    let after = ["mit Schreiben ", "namens "]
        .iter()
        .filter_map(|m| sentence.rfind(m).map(|p| p + m.len()))
        .max()
        .and_then(|p| sentence.get(p..));
    let Some(after) = after else { return };
    let (name, date) = match finde(after, |s| preceded((tag("vom"), space1), datum).parse(s)) {
        Some((hit, d)) => (
            after
                .get(..hit.as_ptr() as usize - after.as_ptr() as usize)
                .unwrap_or(after),
            Some(d),
        ),
        None => (after, None),
    };
    let name = name.trim();
    if name.starts_with("des ") || name.starts_with("der ") {
        antwort.ressort = Some(ressort(name));
    }
    if date.is_some() {
        antwort.schreiben_vom = date;
    }
}

/// A label that opens an answer: `Zu Frage 3:`, `Zu 3.:`, `Zu den Fragen 1 und 2:`, `Antwort zu
/// Frage 3:`, `Antwort zu Fragen 4, 4 a) und 4 b)`, `Antwort:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Label {
    /// The questions named.
    Fragen(Vec<Bereich>),
    /// `Antwort:` alone: the question just printed.
    Vorige,
}

impl Label {
    fn erste_frage(&self) -> bool {
        match self {
            Label::Fragen(b) => b
                .first()
                .is_some_and(|b| b.von().teile().iter().all(|&t| t == 1)),
            Label::Vorige => false,
        }
    }
}

/// One item of a printed list of questions: `3` or `3 bis 4d`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bereich {
    Eine(Fragenummer),
    Von(Fragenummer, Fragenummer),
}

impl Bereich {
    /// Whether question `n` is named: `3` names 3 and 3a, `3 bis 5` everything from 3 to 5.
    pub(crate) fn enthaelt(&self, n: &Fragenummer) -> bool {
        match *self {
            Bereich::Eine(m) => n.liegt_in(&m),
            Bereich::Von(a, z) => a <= *n && (*n <= z || n.liegt_in(&z)),
        }
    }

    fn von(&self) -> Fragenummer {
        match *self {
            Bereich::Eine(n) | Bereich::Von(n, _) => n,
        }
    }
}

// "12"
fn ziffern(i: &str) -> PResult<'_, &str> {
    take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(i)
}

// "4", "4d", "4 a)", "5. a.", "1.1.", "1.2"
fn nummer_im_text(i: &str) -> PResult<'_, Fragenummer> {
    let teile = (
        ziffern,
        opt(preceded(char('.'), ziffern)),
        opt(preceded(char('.'), ziffern)),
    );
    let kein_buchstabe = |i| {
        value(
            "",
            nom::combinator::not(nom::character::complete::satisfy(char::is_alphabetic)),
        )
        .parse(i)
    };
    let buchstabe = preceded(
        alt((tag(". "), tag("."), tag(" "), tag(""))),
        terminated(
            take_while_m_n(1, 1, |c: char| c.is_ascii_lowercase()),
            alt((tag(")"), tag("."), kein_buchstabe)),
        ),
    );
    map_opt(
        (teile, opt(char('.')), opt(buchstabe), kein_buchstabe),
        |((a, b, c), _, letter, _)| {
            let mut s = a.to_owned();
            for x in [b, c].into_iter().flatten() {
                s.push('.');
                s.push_str(x);
            }
            if let Some(l) = letter {
                s.push_str(l);
            }
            s.parse().ok()
        },
    )
    .parse(i)
}

// "3 bis 4d", "1 und 2", "2, 4 und 5", "4, 4 a) und 4 b)", "1 – 3"
fn bereiche(i: &str) -> PResult<'_, Vec<Bereich>> {
    let bereich = |i| {
        alt((
            map(
                (
                    nummer_im_text,
                    alt((tag(" bis "), tag(" – "), tag("–"), tag(" - "), tag("-"))),
                    nummer_im_text,
                ),
                |(a, _, b)| Bereich::Von(a, b),
            ),
            map(nummer_im_text, Bereich::Eine),
        ))
        .parse(i)
    };
    separated_list1(
        alt((tag(", "), tag(" und "), tag(" sowie "), tag(","))),
        bereich,
    )
    .parse(i)
}

// "Zu Frage 3:", "zu Frage 3:", "Zu den Fragen 1 und 2:", "Zu 3.:", "Antwort zu Frage 3:",
// "Antwort zu Fragen 5 bis 8", "Antwort:"
fn label(i: &str) -> PResult<'_, Label> {
    let fragen = |i| {
        preceded(
            alt((
                tag_no_case("zu den fragen "),
                tag_no_case("zu frage "),
                tag_no_case("zu fragen "),
                tag_no_case("zu "),
            )),
            terminated(bereiche, (space0, opt(char(':')))),
        )
        .parse(i)
    };
    alt((
        map(preceded((tag("Antwort"), space1), fragen), Label::Fragen),
        map(fragen, Label::Fragen),
        value(
            Label::Vorige,
            (tag("Antwort"), space0, opt(char(':')), nom::combinator::eof),
        ),
        value(Label::Vorige, (tag("Antwort:"), space0)),
    ))
    .parse(i)
}

/// An answer label at the start of `line` and the text after it.
pub(crate) fn antwort_label(line: &str) -> Option<(Label, &str)> {
    let (rest, l) = label(line).ok()?;
    // "Zu 3. Wie viele …" is a reprinted question after "Zu", and "… auf die Antwort" / "zu
    // Frage 1." the end of a sentence: labels end in ':', or stand alone starting with "Zu" or
    // "Antwort"
    let consumed = line.get(..line.len() - rest.len()).unwrap_or("");
    let allein = rest.trim().is_empty()
        && !consumed.trim_end().ends_with('.')
        && (consumed.starts_with("Zu ") || consumed.starts_with("Antwort"));
    let is_label = consumed.trim_end().ends_with(':') || allein;
    is_label.then(|| (l, rest.trim_start()))
}

/// A grouping sentence: `Die Fragen 1 bis 5 werden wegen des Sachzusammenhangs gemeinsam
/// beantwortet.`; returns the ranges named.
pub(crate) fn gruppensatz(text: &str) -> Option<Vec<Bereich>> {
    let (rest, b) = preceded((tag("Die Fragen"), space1), bereiche)
        .parse(text)
        .ok()?;
    let satz = rest.split('.').next().unwrap_or(rest);
    let gemeinsam = ["gemeinsam", "zusammen", "zusammenhängend"]
        .iter()
        .any(|w| satz.contains(w));
    (rest.trim_start().starts_with("werden") && gemeinsam && satz.contains("beantwortet"))
        .then_some(b)
}

/// Every question and sub-question number printed so far, in print order, indexed by number:
/// a range is looked up without a scan over all questions, which would make a print with many
/// questions and labels quadratic.
#[derive(Debug)]
struct Bekannt {
    /// Each number with its place in print order.
    index: BTreeSet<(Fragenummer, usize)>,
    /// The highest main number printed.
    hoechste: u16,
    /// How many more numbers ranges may expand to: a label names `1 bis 999` in a few bytes,
    /// so the expansions of one document are bounded by its length.
    budget: usize,
}

/// How many numbers the ranges of any document may expand to; longer documents get one more
/// per [`BUDGET_BYTES`] bytes.
const BUDGET_MINDESTENS: usize = 10_000;

/// Input bytes per further number the ranges may expand to.
const BUDGET_BYTES: usize = 8;

impl Bekannt {
    /// No numbers yet, with the expansion budget for an input of `bytes` bytes.
    fn new(bytes: usize) -> Self {
        Bekannt {
            index: BTreeSet::new(),
            hoechste: 0,
            budget: BUDGET_MINDESTENS + bytes / BUDGET_BYTES,
        }
    }

    /// The numbers of `fragen` and their sub-questions.
    fn aus(fragen: &[Frage], bytes: usize) -> Self {
        let mut b = Bekannt::new(bytes);
        for f in fragen {
            b.frage(f);
        }
        b
    }

    /// Adds a question and its sub-questions after those printed so far.
    fn frage(&mut self, f: &Frage) {
        self.push(f.nummer);
        for u in &f.unterfragen {
            self.push(u.nummer);
        }
    }

    /// Adds one number after those printed so far.
    fn push(&mut self, n: Fragenummer) {
        let platz = self.index.len();
        self.index.insert((n, platz));
        self.hoechste = self.hoechste.max(n.haupt());
    }

    /// Whether `n` was printed.
    fn enthaelt(&self, n: Fragenummer) -> bool {
        self.index.range((n, 0)..=(n, usize::MAX)).next().is_some()
    }

    /// Whether `n` or a question it lies within was printed (`4d` within `4`).
    fn deckt(&self, n: Fragenummer) -> bool {
        vorfahren(n).any(|k| self.enthaelt(k))
    }

    /// The numbers printed from `a` to `z`, in print order.
    fn von_bis(&self, a: Fragenummer, z: Fragenummer) -> Vec<Fragenummer> {
        if a > z {
            return Vec::new();
        }
        let mut treffer: Vec<(usize, Fragenummer)> = self
            .index
            .range((a, 0)..=(z, usize::MAX))
            .map(|&(n, platz)| (platz, n))
            .collect();
        treffer.sort_unstable();
        treffer.into_iter().map(|(_, n)| n).collect()
    }

    /// Expands ranges against the questions printed: `3 bis 4d` covers 3, 3a, …, 4d. Once the
    /// budget is spent, a range stands for its ends only.
    fn expand(&mut self, bereiche: &[Bereich]) -> Vec<Fragenummer> {
        let mut out = Vec::new();
        for b in bereiche {
            match *b {
                Bereich::Eine(n) => out.push(n),
                Bereich::Von(a, z) => {
                    let mut inner = self.von_bis(a, z);
                    if inner.is_empty() {
                        // questions not reprinted: count plain numbers
                        inner = (a.haupt()..=z.haupt()).map(Fragenummer::new).collect();
                    }
                    if inner.len() <= self.budget {
                        self.budget -= inner.len();
                        out.extend(inner);
                    } else {
                        out.extend([a, z]);
                    }
                }
            }
        }
        out.dedup();
        out
    }
}

/// `n` and the questions it lies within ([`Fragenummer::liegt_in`]): `4.1b` lies within `4`,
/// `4b`, `4.1` and `4.1b`.
fn vorfahren(n: Fragenummer) -> impl Iterator<Item = Fragenummer> {
    let teile = n.teile().to_vec();
    (1..=teile.len()).flat_map(move |l| {
        let k = teile.get(..l).and_then(Fragenummer::gegliedert);
        let mit = n.buchstabe().and_then(|c| k.map(|k| k.mit_buchstabe(c)));
        k.into_iter().chain(mit)
    })
}

/// A question being read.
struct OffeneFrage {
    nummer: Fragenummer,
    erste: usize,
    off: usize,
    /// A reprinted sub-question (`a) …`) of the question before, answered on its own.
    unter: bool,
}

/// An answer being read.
struct OffeneAntwort {
    fragen: Vec<Fragenummer>,
    erste: usize,
    off: usize,
}

/// What [`fragenteil`] reads: the questions, the answer blocks, attribution paragraphs.
type Fragenteil = (Vec<Frage>, Vec<Antwortblock>, Vec<(usize, usize)>);

/// Questions and answers from line `start`: reprinted questions, each followed by its answer
/// (unlabelled, or after `Zu Frage N:`), grouped answers, sub-questions answered one by one;
/// `ungezaehlt`: the part opens with a single question printed without a number.
///
/// A print is read as labelled (an answer starts only at a label) when it labels more than
/// one answer or the first. Labels that stand only in an annex (`Anlage 1 zu der Kleinen
/// Anfrage …` / `Zu 1:`) leave the answers of the main text unlabelled: of the two readings
/// the one that answers more questions is kept, the labelled one on a tie.
fn fragenteil(ctx: &Ctx<'_>, start: usize, ende: usize, ungezaehlt: bool) -> Fragenteil {
    let lines = ctx.lines;
    let labels: Vec<Label> = (start..ende)
        .filter_map(|i| antwort_label(lines.text(i)).map(|(l, _)| l))
        .collect();
    let beschriftet = labels.len() >= 2 || labels.iter().any(Label::erste_frage);
    let gelesen = fragen_lesen(ctx, start, ende, ungezaehlt, beschriftet);
    if !beschriftet {
        return gelesen;
    }
    let unbeschriftet = fragen_lesen(ctx, start, ende, ungezaehlt, false);
    if beantwortet(&unbeschriftet) > beantwortet(&gelesen) {
        unbeschriftet
    } else {
        gelesen
    }
}

/// How many of the questions read an answer block answers (itself or one of its
/// sub-questions).
fn beantwortet((fragen, bloecke, _): &Fragenteil) -> usize {
    let nummern: HashSet<Fragenummer> = bloecke
        .iter()
        .flat_map(|b| b.fragen.iter().copied())
        .collect();
    fragen
        .iter()
        .filter(|f| {
            nummern.contains(&f.nummer) || f.unterfragen.iter().any(|u| nummern.contains(&u.nummer))
        })
        .count()
}

/// One reading of [`fragenteil`]: `beschriftet`, answers start only at labels.
#[allow(
    clippy::too_many_lines,
    reason = "one state machine over the lines reads best as one loop"
)]
fn fragen_lesen(
    ctx: &Ctx<'_>,
    start: usize,
    ende: usize,
    ungezaehlt: bool,
    beschriftet: bool,
) -> Fragenteil {
    let lines = ctx.lines;
    let mut fragen: Vec<Frage> = Vec::new();
    let mut bekannt = Bekannt::new(lines.input().len());
    let mut bloecke: Vec<Antwortblock> = Vec::new();
    let mut offen: Vec<Fragenummer> = Vec::new();
    let mut frage: Option<OffeneFrage> = None;
    let mut antwort: Option<OffeneAntwort> = None;
    let mut buchstabe = 'a';
    // attribution sentences after the last reprinted question (Rheinland-Pfalz)
    let mut zuschreibungen: Vec<(usize, usize)> = Vec::new();

    let mut i = start;
    if ungezaehlt && start < ende {
        // a single question without a number opens the part
        frage = Some(OffeneFrage {
            nummer: Fragenummer::new(1),
            erste: start,
            off: 0,
            unter: false,
        });
        i += 1;
    }
    while i < ende {
        let line = lines.text(i);
        if super::anfrage::ist_schluss(line) || ist_briefschluss(line) {
            break;
        }
        let letzte = frage
            .as_ref()
            .map(|f| f.nummer.ohne_buchstabe())
            .or_else(|| fragen.last().map(|f| f.nummer));
        if let Some((l, rest)) = antwort_label(line) {
            // questions reprinted without numbers: the paragraphs before the label
            let mut bis = i;
            let mut ohne_nummer = Vec::new();
            if let (true, None, Label::Fragen(b)) = (ctx.profil.fragen_ohne_nummer, &frage, &l) {
                let fehlend: Vec<Fragenummer> = bekannt
                    .expand(b)
                    .into_iter()
                    .filter(|n| !bekannt.deckt(*n))
                    .collect();
                let von = antwort.as_ref().map_or(start, |a| a.erste);
                let absaetze = ungezaehlte_fragen(ctx, von, i, fehlend.len());
                if let Some(&(x, _)) = absaetze.first() {
                    bis = x;
                }
                ohne_nummer = fehlend.into_iter().zip(absaetze).collect();
            }
            schliesse_frage(ctx, &mut fragen, &mut bekannt, &mut frage, &mut offen, bis);
            schliesse_antwort(ctx, &mut bloecke, &mut antwort, &mut bekannt, bis);
            for (n, (x, y)) in ohne_nummer {
                let f = baue_frage(ctx, n, x, lines.text(x), y);
                bekannt.frage(&f);
                fragen.push(f);
            }
            let nummern = match l {
                Label::Fragen(b) => bekannt.expand(&b),
                Label::Vorige => std::mem::take(&mut offen),
            };
            offen.clear();
            antwort = Some(OffeneAntwort {
                fragen: nummern,
                erste: i,
                off: line.len() - rest.len(),
            });
            i += 1;
            continue;
        }
        // a reprinted question: the next number, or (grouped questions reprinted back to back)
        // a number not seen yet that reads as a question
        let kandidat = frage_anfang(line).filter(|(n, _)| {
            folgt_auf(letzte.as_ref(), n) || ungesehen(&bekannt, frage.as_ref(), n)
        });
        if let Some((n, rest)) = kandidat {
            let sequenziell = folgt_auf(letzte.as_ref(), &n);
            if (sequenziell && (beschriftet || frage.is_some()))
                || sieht_wie_frage_aus(ctx, i, ende)
            {
                schliesse_frage(ctx, &mut fragen, &mut bekannt, &mut frage, &mut offen, i);
                schliesse_antwort(ctx, &mut bloecke, &mut antwort, &mut bekannt, i);
                frage = Some(OffeneFrage {
                    nummer: n,
                    erste: i,
                    off: line.len() - rest.len(),
                    unter: false,
                });
                // "1. a) Welche …": the first sub-question shares the question's line
                buchstabe = if unterfrage_anfang(rest, 'a').is_some() {
                    'b'
                } else {
                    'a'
                };
                i += 1;
                continue;
            }
        }
        // a sub-question reprinted inside the answer part, answered on its own
        if antwort.is_some() || frage.as_ref().is_some_and(|f| f.unter) {
            if let (Some(rest), Some(n)) = (unterfrage_anfang(line, buchstabe), letzte) {
                if sieht_wie_frage_aus(ctx, i, ende) {
                    schliesse_frage(ctx, &mut fragen, &mut bekannt, &mut frage, &mut offen, i);
                    schliesse_antwort(ctx, &mut bloecke, &mut antwort, &mut bekannt, i);
                    frage = Some(OffeneFrage {
                        nummer: n.mit_buchstabe(buchstabe),
                        erste: i,
                        off: line.len() - rest.len(),
                        unter: true,
                    });
                    buchstabe = naechster_buchstabe(buchstabe);
                    i += 1;
                    continue;
                }
            }
        }
        if let (Some(f), true) = (&frage, lines.zeilen.get(i).is_some_and(|z| z.absatz)) {
            // an attribution paragraph after a complete question ends it
            let bisher: Vec<&str> = (f.erste.max(i.saturating_sub(3))..i)
                .map(|k| lines.text(k))
                .collect();
            let absatz = ctx
                .absatz_bereiche(i, ende.min(i + ZUSCHREIBUNG_ZEILEN))
                .first()
                .copied();
            if let Some((a, b)) = absatz.filter(|&(a, b)| {
                endet_frage(&join_words(&bisher)) && ist_zuschreibung(&ctx.absatz_text(a, b))
            }) {
                schliesse_frage(ctx, &mut fragen, &mut bekannt, &mut frage, &mut offen, i);
                zuschreibungen.push((a, b));
                i = b;
                continue;
            }
        }
        if let Some(f) = &frage {
            // in unlabelled prints the answer starts after the question's question mark
            // the end of the text so far decides; three lines hold a bracketed request after
            // the question mark, and looking no further keeps this linear
            let text: Vec<&str> = (f.erste.max(i.saturating_sub(3))..i)
                .map(|k| lines.text(k))
                .collect();
            let fertig = endet_frage(&join_words(&text))
                || (satz_beginnt(line) && endet_mit_bitte_bis(ctx, f.erste, i));
            let sub = unterfrage_anfang(line, buchstabe).is_some();
            if sub {
                buchstabe = naechster_buchstabe(buchstabe);
            }
            // a small letter continues the question, but for the answer to its first
            // sub-question (`a) Vorhaben ab …` after `a) …?` and `b) …?`)
            let weiter = line.starts_with(|c: char| c.is_lowercase())
                && !(buchstabe > 'b' && unterfrage_anfang(line, 'a').is_some());
            if !beschriftet && fertig && !sub && !weiter {
                schliesse_frage(ctx, &mut fragen, &mut bekannt, &mut frage, &mut offen, i);
                antwort = Some(OffeneAntwort {
                    fragen: std::mem::take(&mut offen),
                    erste: i,
                    off: 0,
                });
            }
        }
        i += 1;
    }
    schliesse_frage(ctx, &mut fragen, &mut bekannt, &mut frage, &mut offen, i);
    schliesse_antwort(ctx, &mut bloecke, &mut antwort, &mut bekannt, i);
    (fragen, bloecke, zuschreibungen)
}

/// How many lines an attribution sentence may take.
const ZUSCHREIBUNG_ZEILEN: usize = 8;

/// The paragraphs just before line `bis` (from `von` on) that reprint up to `anzahl` questions
/// without numbers (Saarland): those ending in a question mark, or else the last paragraph
/// when it is short; never a heading or a label (a line ending in a colon).
fn ungezaehlte_fragen(ctx: &Ctx<'_>, von: usize, bis: usize, anzahl: usize) -> Vec<(usize, usize)> {
    let lines = ctx.lines;
    let bereiche = ctx.absatz_bereiche(von, bis);
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &(x, y) in bereiche.iter().rev() {
        if out.len() >= anzahl {
            break;
        }
        let text = ctx.absatz_text(x, y);
        let frage = endet_frage(&text) || text.ends_with('?');
        let kurz = out.is_empty() && text.ends_with('.') && text.len() < KURZE_FRAGE;
        if text.ends_with(':') || antwort_label(lines.text(x)).is_some() || !(frage || kurz) {
            break;
        }
        out.push((x, y));
        if !frage {
            break;
        }
    }
    out.reverse();
    out
}

/// How long a paragraph before a label may be to be read as a question without question mark.
const KURZE_FRAGE: usize = 300;

/// How far past the highest question seen an out-of-order reprint may jump (`1.`, `3.`, `4.`,
/// answer, `2.`, `5.`).
const SPRUNG: u16 = 40;

/// Whether `n` is a plain question number not printed yet, at most [`SPRUNG`] past the highest
/// one printed.
fn ungesehen(bekannt: &Bekannt, offen: Option<&OffeneFrage>, n: &Fragenummer) -> bool {
    let hoechste = offen.map_or(0, |f| f.nummer.haupt()).max(bekannt.hoechste);
    n.teile().len() == 1
        && n.buchstabe().is_none()
        && n.haupt() <= hoechste.saturating_add(SPRUNG)
        && !bekannt.enthaelt(*n)
        && offen.is_none_or(|f| f.nummer != *n)
}

/// Closing lines of an answer letter: greetings, `In Vertretung`, the Landtag's notes.
fn ist_briefschluss(line: &str) -> bool {
    [
        "Mit freundlichen Grüßen",
        "In Vertretung",
        "Hinweise des Landtagsamts",
    ]
    .iter()
    .any(|p| line.starts_with(p))
}

/// Ends the question being read at line `bis`: a sub-question joins its question, a question
/// joins the list; either waits for its answer in `offen`.
fn schliesse_frage(
    ctx: &Ctx<'_>,
    fragen: &mut Vec<Frage>,
    bekannt: &mut Bekannt,
    frage: &mut Option<OffeneFrage>,
    offen: &mut Vec<Fragenummer>,
    bis: usize,
) {
    let Some(f) = frage.take() else { return };
    let rest = ctx.lines.text(f.erste).get(f.off..).unwrap_or("");
    let gebaut = baue_frage(ctx, f.nummer, f.erste, rest, bis);
    if f.unter {
        if let Some(parent) = fragen.last_mut() {
            parent.unterfragen.push(Unterfrage {
                nummer: f.nummer,
                text: gebaut.volltext(),
                span: gebaut.span,
            });
            bekannt.push(f.nummer);
        }
    } else if !(bekannt.enthaelt(f.nummer)
        && fragen
            .iter()
            .rev()
            .take(usize::from(SPRUNG))
            .any(|g| gleiche_frage(g, &gebaut)))
    {
        bekannt.frage(&gebaut);
        fragen.push(gebaut);
    }
    offen.push(f.nummer);
}

/// Whether `b` reprints question `a` word for word: a question printed again to be answered
/// once more (`20.` and `22.` answered together, then `22.` again with its own answer) is one
/// question with two answer blocks. The reprint is looked for among the last [`SPRUNG`]
/// questions, as far as an out-of-order reprint may jump, so a print of many stays linear.
fn gleiche_frage(a: &Frage, b: &Frage) -> bool {
    a.nummer == b.nummer
        && a.text == b.text
        && a.unterfragen.len() == b.unterfragen.len()
        && a.unterfragen
            .iter()
            .zip(&b.unterfragen)
            .all(|(x, y)| x.nummer == y.nummer && x.text == y.text)
}

/// Ends the answer being read at line `bis` and files it as a block.
fn schliesse_antwort(
    ctx: &Ctx<'_>,
    bloecke: &mut Vec<Antwortblock>,
    antwort: &mut Option<OffeneAntwort>,
    bekannt: &mut Bekannt,
    bis: usize,
) {
    let Some(a) = antwort.take() else { return };
    let lines = ctx.lines;
    let mut bereiche = ctx.absatz_bereiche(a.erste, bis);
    let mut absaetze: Vec<String> = Vec::new();
    let mut gemeinsam = false;
    let mut nummern = a.fragen;
    // the label's rest on the first line
    if let Some(&(x, y)) = bereiche.first() {
        if x == a.erste && a.off > 0 {
            let mut parts = vec![lines.text(x).get(a.off..).unwrap_or("")];
            parts.extend((x + 1..y).map(|k| lines.text(k)));
            bereiche.remove(0);
            let text = join_words(&parts);
            if !text.is_empty() {
                absaetze.push(text);
            }
        }
    }
    absaetze.extend(bereiche.iter().map(|&(x, y)| ctx.absatz_text(x, y)));
    // "Die Fragen 1 bis 5 werden … gemeinsam beantwortet." opens the block
    if let Some(first) = absaetze.first_mut() {
        if let Some(b) = gruppensatz(first) {
            let mut schon: HashSet<Fragenummer> = nummern.iter().copied().collect();
            for n in bekannt.expand(&b) {
                if schon.insert(n) {
                    nummern.push(n);
                }
            }
            nummern.sort();
            gemeinsam = true;
            let end = first
                .find("beantwortet.")
                .map_or(first.len(), |p| p + "beantwortet.".len());
            let rest = first.get(end..).unwrap_or("").trim().to_owned();
            *first = rest;
        }
    }
    absaetze.retain(|p| !p.is_empty());
    let querverweise = querverweise(
        &absaetze,
        bekannt,
        lines.span_lines(a.erste, bis.saturating_sub(1)),
    );
    bloecke.push(Antwortblock {
        fragen: nummern,
        gemeinsam,
        absaetze,
        querverweise,
        span: lines.span_lines(a.erste, bis.saturating_sub(1).max(a.erste)),
    });
}

/// References from an answer to others: `Es wird auf die Antwort zu Frage 1 verwiesen.`, `Auf
/// die Vorbemerkung der Bundesregierung zu den Fragen 1 bis 4 wird verwiesen.`
fn querverweise(absaetze: &[String], bekannt: &mut Bekannt, span: crate::Span) -> Vec<Querverweis> {
    let mut out = Vec::new();
    for p in absaetze {
        for satz in p.split_inclusive(". ") {
            if !satz.contains("verwiesen") && !satz.contains("Bezug genommen") {
                continue;
            }
            let ziel = if satz.contains("Vorbemerkung") {
                Verweisziel::Vorbemerkung
            } else {
                Verweisziel::Antwort
            };
            let mut liste = [
                "zu den Fragen ",
                "zu Frage ",
                "zu der Frage ",
                "zu den Fragen",
            ]
            .iter()
            .find_map(|m| satz.find(m).map(|p| p + m.len()))
            .and_then(|p| satz.get(p..))
            .and_then(|rest| bereiche(rest).ok().map(|(_, b)| bekannt.expand(&b)))
            .unwrap_or_default();
            // in the order of their numbers, as a block's questions: the range may name
            // another paper's questions, which this one's print order says nothing about
            liste.sort();
            liste.dedup();
            if ziel == Verweisziel::Antwort && liste.is_empty() {
                continue;
            }
            out.push(Querverweis {
                ziel,
                fragen: liste,
                span,
            });
        }
    }
    out
}

/// Reports questions without an answer and answers to questions that were not asked.
fn pruefe_paarung(ctx: &mut Ctx<'_>, antwort: &Antwort) {
    let lines = ctx.lines;
    // sets, not scans: a print of many questions and answers stays linear
    let gestellt = Bekannt::aus(&antwort.anfrage.fragen, 0);
    for b in &antwort.antworten {
        let mut fremd = b
            .fragen
            .iter()
            .filter(|n| !gestellt.index.is_empty() && !gestellt.deckt(**n))
            .peekable();
        if fremd.peek().is_none() {
            continue;
        }
        let found = lines.slice(b.span).unwrap_or("");
        let d = lines.diagnostic(ErrorKind::Antwort, b.span, "", found);
        for n in fremd {
            let mut d = d.clone();
            d.expected = format!("an answer to a question that was asked, not to question {n}");
            ctx.diagnosen.push(d);
        }
    }
    if antwort.antworten.is_empty() {
        return;
    }
    let mut beantwortet = Bekannt::new(0);
    for n in antwort.antworten.iter().flat_map(|b| &b.fragen) {
        beantwortet.push(*n);
    }
    for f in &antwort.anfrage.fragen {
        let ok = beantwortet.deckt(f.nummer)
            || f.unterfragen.iter().any(|u| beantwortet.deckt(u.nummer));
        if !ok {
            let found = lines.slice(f.span).unwrap_or("");
            let d = lines.diagnostic(
                ErrorKind::Antwort,
                f.span,
                &format!("an answer to question {}", f.nummer),
                found,
            );
            ctx.diagnosen.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Fragenummer {
        s.parse().unwrap()
    }

    #[test]
    fn question_lists() {
        let b = |s| bereiche(s).map(|(_, b)| b).unwrap();
        assert_eq!(b("1 bis 5"), vec![Bereich::Von(n("1"), n("5"))]);
        assert_eq!(b("3 bis 4d"), vec![Bereich::Von(n("3"), n("4d"))]);
        assert_eq!(
            b("2, 4 und 5"),
            vec![
                Bereich::Eine(n("2")),
                Bereich::Eine(n("4")),
                Bereich::Eine(n("5"))
            ]
        );
        assert_eq!(
            b("4, 4 a) und 4 b)"),
            vec![
                Bereich::Eine(n("4")),
                Bereich::Eine(n("4a")),
                Bereich::Eine(n("4b"))
            ]
        );
        assert_eq!(b("1.1 bis 1.3"), vec![Bereich::Von(n("1.1"), n("1.3"))]);
        assert_eq!(b("5. a."), vec![Bereich::Eine(n("5a"))]);
    }

    #[test]
    fn answer_labels() {
        assert_eq!(
            antwort_label("Zu Frage 3:"),
            Some((Label::Fragen(vec![Bereich::Eine(n("3"))]), ""))
        );
        assert_eq!(
            antwort_label("Zu 3.: Ja."),
            Some((Label::Fragen(vec![Bereich::Eine(n("3"))]), "Ja."))
        );
        assert_eq!(
            antwort_label("zu den Fragen 2 und 3:").map(|(l, _)| l),
            Some(Label::Fragen(vec![
                Bereich::Eine(n("2")),
                Bereich::Eine(n("3"))
            ]))
        );
        assert_eq!(
            antwort_label("Antwort zu Fragen 5 bis 8").map(|(l, _)| l),
            Some(Label::Fragen(vec![Bereich::Von(n("5"), n("8"))]))
        );
        assert_eq!(antwort_label("Antwort:"), Some((Label::Vorige, "")));
        assert_eq!(antwort_label("Zu 3 Tagen kam es"), None);
        assert_eq!(
            antwort_label("Antwort der Bundesregierung auf die Frage"),
            None
        );
    }

    #[test]
    fn grouping_sentences() {
        assert_eq!(
            gruppensatz(
                "Die Fragen 1 bis 5 werden wegen des Sachzusammenhangs gemeinsam beantwortet."
            ),
            Some(vec![Bereich::Von(n("1"), n("5"))])
        );
        assert_eq!(
            gruppensatz("Die Fragen 4 und 5 werden zusammenhängend beantwortet."),
            Some(vec![Bereich::Eine(n("4")), Bereich::Eine(n("5"))])
        );
        assert_eq!(gruppensatz("Die Fragen 1 bis 3 sind offen."), None);
        let bekannt = [n("3"), n("3a"), n("3b"), n("4"), n("4a"), n("5")];
        let mut index = Bekannt::new(0);
        for k in bekannt {
            index.push(k);
        }
        assert_eq!(
            index.expand(&[Bereich::Von(n("3"), n("4a"))]),
            vec![n("3"), n("3a"), n("3b"), n("4"), n("4a")]
        );
        assert_eq!(
            Bekannt::new(0).expand(&[Bereich::Von(n("1"), n("3"))]),
            vec![n("1"), n("2"), n("3")]
        );
        // a spent budget: the range stands for its ends
        let mut arm = Bekannt::new(0);
        arm.budget = 2;
        assert_eq!(
            arm.expand(&[Bereich::Von(n("1"), n("3"))]),
            vec![n("1"), n("3")]
        );
        assert!(index.deckt(n("4a")) && index.deckt(n("5.1b")) && !index.deckt(n("6")));
    }

    /// 21/1288 reprints question 4 before 3 (answered together); a reference to another paper's
    /// `Fragen 1 bis 4 und 6` names them in numeric order.
    #[test]
    fn cross_references_name_their_questions_in_order() {
        let mut index = Bekannt::new(0);
        for k in ["1", "2", "4", "3", "6"] {
            index.push(n(k));
        }
        let satz = "Soweit insbesondere der Anstieg angesprochen ist, wird auf die Antwort der \
                    Bundesregierung zu den Fragen 1 bis 4 und 6 der Kleinen Anfrage auf \
                    Bundestagsdrucksache 21/428 verwiesen.";
        let q = querverweise(&[satz.to_owned()], &mut index, crate::Span::default());
        let fragen: Vec<Fragenummer> = q.iter().flat_map(|q| q.fragen.clone()).collect();
        assert_eq!(fragen, ["1", "2", "3", "4", "6"].map(n));
    }

    #[test]
    fn question_lines_with_running_numbers() {
        let (nr, datum) = anfrage_zeile("Kleine Anfrage – KA 8/1400 vom 29.03.2023").unwrap();
        assert_eq!(nr, "KA 8/1400");
        assert_eq!(datum.map(|d| d.to_string()).as_deref(), Some("2023-03-29"));
        assert_eq!(
            anfrage_zeile("Kleine Anfrage ‐ KA 8/1400").map(|(n, _)| n),
            Some("KA 8/1400".to_owned())
        );
        assert_eq!(anfrage_zeile("Kleine Anfrage der Abgeordneten"), None);
    }

    #[test]
    fn answer_letters_open_with_a_salutation() {
        assert!(ist_anrede("Sehr geehrter Herr Präsident,"));
        assert!(ist_anrede("Sehr geehrte Frau Präsidentin,"));
        assert!(!ist_anrede("Sehr geehrte Damen und Herren,"));
        assert_eq!(
            nummer_nach_drucksache("Drs.-Nr.: 8/3284").map(|n| n.to_string()),
            Some("8/3284".to_owned())
        );
    }

    #[test]
    fn government_lines() {
        assert_eq!(
            regierungszeile("der Bundesregierung").map(|r| r.name),
            Some("Bundesregierung".to_owned())
        );
        let r = regierungszeile(
            "der Landesregierung - Ministerin für Inneres, Kommunales, Wohnen und Sport (MIKWS)",
        );
        assert_eq!(
            r.map(|r| r.name),
            Some("Ministerin für Inneres, Kommunales, Wohnen und Sport (MIKWS)".to_owned())
        );
        assert_eq!(regierungszeile("die Regierung"), None);
    }
}
