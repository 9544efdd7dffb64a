//! The question paper: askers, title, preamble, the line that introduces the questions, the
//! questions and the closing.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::space0;
use nom::sequence::preceded;

use super::Ctx;
use super::frage::{
    baue_frage, endet_frage, endet_mit_fragezeichen, folgt_auf, frage_anfang, join_words,
    unterfrage_anfang,
};
use super::text::{datum, finde, ok};
use crate::profil::Profil;
use crate::{
    Anfrageart, ErrorKind, Frage, Fragenummer, Fraktion, KleineAnfrage, Person, Unterzeichnung,
    Urheber,
};

/// How many lines an askers block may take (BT-21-162 lists 44 names on 12 lines).
const URHEBER_ZEILEN: usize = 24;

/// Parties and groups as they stand after names, longest first.
const PARTEIEN: [&str; 26] = [
    "BÜNDNIS 90/DIE GRÜNEN",
    "BÜNDNIS 90/ DIE GRÜNEN",
    "Bündnis 90/Die Grünen",
    "BVB/FREIE WÄHLER",
    "FREIE WÄHLER",
    "B90/Grüne",
    "Die PARTEI",
    "DIE LINKE.",
    "DIE LINKE",
    "Die Linke",
    "CDU/CSU",
    "FDP/DVP",
    "fraktionslos",
    "PIRATEN",
    "Piraten",
    "GRÜNE",
    "LINKE",
    "SPD",
    "CDU",
    "CSU",
    "FDP",
    "AfD",
    "BSW",
    "SSW",
    "FW",
    "ÖDP",
];

/// The opening of a question paper: everything before its questions.
pub(crate) struct Kopfteil {
    pub(crate) anfrage: KleineAnfrage,
    pub(crate) titel: Option<String>,
    /// The first line of the questions (after the introducing line, if any).
    pub(crate) fragen_start: usize,
    /// A paper that names the answer in its head (`und` / `Antwort` / `des Ministeriums für …`,
    /// `mit Antwort der Landesregierung`, `Antwort des … namens der Landesregierung`).
    pub(crate) antwort_im_kopf: bool,
    /// The answering body printed there.
    pub(crate) ressort_im_kopf: Option<crate::Ressort>,
    /// In such a paper without a line introducing the questions, the first line after the head:
    /// the preamble and the Vorbemerkungen from there on belong to the answer part.
    pub(crate) vorspann_start: Option<usize>,
    /// The receipt note after the title (Niedersachsen).
    pub(crate) vermerk: Option<Vermerk>,
    /// The paper's own date, where the head sentence names it (`· Drucksache vom …`).
    pub(crate) kopf_datum: Option<chrono::NaiveDate>,
    /// The answer's date, where the head names it (`und Antwort vom …`, Berlin).
    pub(crate) antwort_datum: Option<chrono::NaiveDate>,
}

/// Reads the opening of a question paper from line `start` (after its type line): askers,
/// date, title, preamble, up to the questions.
pub(crate) fn kopfteil(
    ctx: &mut Ctx<'_>,
    art: Anfrageart,
    nummer: Option<String>,
    start: usize,
    ende: usize,
) -> Kopfteil {
    let lines = ctx.lines;
    let mut a = KleineAnfrage::new(art);
    a.nummer = nummer;
    let mut i = start;
    // procedural additions to the type line: "gemäß § 46 Abs. 1 GO LT"
    while i < ende
        && (ist_verfahrenszusatz(lines.text(i))
            || ist_kopfwiederholung(lines.text(i), &a.anfrageart))
    {
        i += 1;
    }
    // "mit Antwort der Landesregierung": the answer is printed with the question
    let mut antwort_im_kopf = false;
    if ist_mit_antwort(lines.text(i)) {
        antwort_im_kopf = true;
        i += 1;
    }
    let satz = kopfsatz(ctx, i, ende);
    let mut ressort_im_kopf = None;
    if let Some(k) = &satz {
        // instrument, askers, date, title and answer in one head sentence
        a.anfrageart = k.art.clone();
        a.urheber = k.urheber.clone();
        a.datum = k.datum;
        antwort_im_kopf |= k.mit_antwort;
        ressort_im_kopf.clone_from(&k.ressort);
        i = k.weiter;
    } else if let Some((urheber, next)) = urheber_block(ctx, i, ende) {
        a.urheber = urheber;
        i = next;
    } else {
        let found = lines.text(i).to_owned();
        ctx.diagnose(
            ErrorKind::Urheber,
            i,
            "the askers, e.g. \"der Abgeordneten … und der Fraktion …\"",
            &found,
        );
    }
    // "an die Landesregierung": the addressee under the askers (Brandenburg)
    if lines.text(i) == format!("an {}", ctx.profil.regierung_akkusativ) {
        i += 1;
    }
    if satz.is_none() {
        if let Some((r, next)) = antwort_nach_urhebern(ctx, i, ende) {
            ressort_im_kopf = r;
            antwort_im_kopf = true;
            i = next;
        }
    }
    // "vom 31.03.2025": the date the question was asked
    if let Some((_, d)) = ok(lines.text(i), |s| {
        preceded((tag("vom"), space0), datum).parse(s)
    }) {
        a.datum = Some(d);
        i += 1;
    }
    let satz_titel = satz.as_ref().and_then(|k| k.titel.clone());
    let (titel, next) = kopf_titel(ctx, satz_titel, i, start, ende);
    i = next;
    let mut antwort_datum = None;
    if satz.is_none() && !antwort_im_kopf {
        if let Some(n) = antwort_nach_titel(ctx, i, ende) {
            ressort_im_kopf = n.ressort;
            antwort_datum = n.datum;
            antwort_im_kopf = true;
            i = n.weiter;
        }
    }
    let vermerk = eingangsvermerk(ctx, i, ende);
    if let Some(v) = &vermerk {
        i = v.weiter;
    }
    if let Some((nummer, datum)) = wortlaut(lines.text(i)) {
        a.nummer = a.nummer.take().or(nummer);
        a.datum = a.datum.or(datum);
        i += 1;
    }
    let (einleitung, fragen_start) = match einleitung(ctx, i, ende) {
        Some(e) => (Some(e), e + 1),
        None => (None, erste_frage(ctx, i, ende).unwrap_or(ende)),
    };
    let vorspann_start = (antwort_im_kopf && einleitung.is_none()).then_some(i);
    let vorbemerkung_ende = einleitung.unwrap_or(fragen_start);
    if vorbemerkung_ende > i && vorspann_start.is_none() {
        a.vorbemerkung = Some(vorbemerkung(ctx, i, vorbemerkung_ende));
    }
    a.titel.clone_from(&titel);
    if a.nummer.is_none() && antwort_im_kopf {
        // the answer letter names the question: "auf die Schriftliche Anfrage Nr. 19/10041"
        a.nummer = (i..fragen_start)
            .map(|k| lines.text(k))
            .filter(|t| t.starts_with("auf die "))
            .find_map(laufende_nummer);
    }
    Kopfteil {
        anfrage: a,
        titel,
        fragen_start,
        antwort_im_kopf,
        ressort_im_kopf,
        vorspann_start,
        vermerk,
        kopf_datum: satz.and_then(|k| k.drucksache_vom),
        antwort_datum,
    }
}

/// The askers' Vorbemerkung on lines `i..ende`, its heading read as one where printed on a line
/// of its own: `Einleitung für die Fragen` heads the section, it is not its first paragraph
/// (`Vorbemerkungen der Fragestellerin: Nach Angaben …` runs on and heads nothing).
fn vorbemerkung(ctx: &Ctx<'_>, i: usize, ende: usize) -> crate::Abschnitt {
    let kopf = vorbemerkung_ueberschrift(ctx.profil, ctx.lines.text(i))
        .filter(|h| !h.contains(':'))
        .unwrap_or("");
    let von = if kopf.is_empty() { i } else { i + 1 };
    let mut v = ctx.abschnitt(kopf, von, ende);
    v.span = ctx.lines.span_lines(i, ende - 1);
    v
}

/// The line that announces the question's wording in an answer: `Die Kleine Anfrage 1843 vom
/// 6. Februar 2025 hat folgenden Wortlaut:` (Rheinland-Pfalz), `Wortlaut der Kleinen Anfrage 463
/// vom 12.05.2025:` (Brandenburg); returns the running number and the question's date.
pub(crate) fn wortlaut(line: &str) -> Option<(Option<String>, Option<chrono::NaiveDate>)> {
    let ist = line.contains("Wortlaut")
        && line.contains("Anfrage")
        && line.trim_end().ends_with(':')
        && line.len() < 160;
    ist.then(|| {
        let datum = finde(line, |s| preceded((tag("vom"), space0), datum).parse(s)).map(|(_, d)| d);
        (laufende_nummer(line), datum)
    })
}

/// The answer announced under the askers of a paper that prints question and answer together:
/// `und` / `Antwort` / `des Ministeriums für …` (combined prints) or `Antwort des
/// Niedersächsischen Ministeriums für … namens der Landesregierung`; returns the answering body,
/// where printed, and the next line.
fn antwort_nach_urhebern(
    ctx: &mut Ctx<'_>,
    i: usize,
    ende: usize,
) -> Option<(Option<crate::Ressort>, usize)> {
    if let Some(r) = und_antwort(ctx, i, ende) {
        return Some(r);
    }
    let off = antwort_des(ctx.lines.text(i))?;
    // "Antwort des Niedersächsischen Ministeriums für … namens der" / "Landesregierung"
    let (name, next) = ressort_zeilen(ctx, i, off, ende);
    Some((Some(super::ressort::ressort(ohne_namens(ctx, &name))), next))
}

/// The title of a question paper's head from line `i`: the head sentence's (`betreffend …`),
/// the one printed with the number before a section heading (`# Drs. 23/1309: …`), or the
/// lines at `i`.
fn kopf_titel(
    ctx: &mut Ctx<'_>,
    satz_titel: Option<String>,
    i: usize,
    start: usize,
    ende: usize,
) -> (Option<String>, usize) {
    let lines = ctx.lines;
    if satz_titel.is_some() {
        return (satz_titel, i);
    }
    if lines.zeilen.get(i).is_some_and(|z| z.ueberschrift > 0) {
        if let Some(t) = (0..start).find_map(|k| titel_nach_nummer(lines.text(k))) {
            return (Some(t.to_owned()), i);
        }
    }
    titel_gefordert(ctx, i, ende)
}

/// The answer named after the title, with its place: `und` / `ANTWORT` / `der
/// Landesregierung` (Mecklenburg-Vorpommern), or `und Antwort vom 22. November 2021 (Eingang …)`
/// followed by the answer letter under its letterhead (Berlin).
fn antwort_nach_titel(ctx: &Ctx<'_>, i: usize, ende: usize) -> Option<super::antwort::Antwortkopf> {
    let lines = ctx.lines;
    if let Some((ressort, weiter)) = und_antwort(ctx, i, ende) {
        return Some(super::antwort::Antwortkopf {
            ressort,
            datum: None,
            bezug: None,
            weiter,
        });
    }
    let (_, d) = ok(lines.text(i), und_antwort_vom)?;
    let mut n = super::antwort::Antwortkopf {
        ressort: None,
        datum: Some(d),
        bezug: None,
        weiter: i + 1,
    };
    if super::ressort::ist_behoerde(lines.text(i + 1)) {
        let (name, next) = ressort_zeilen(ctx, i + 1, 0, ende);
        n.ressort = Some(super::ressort::ressort(&name));
        n.weiter = next;
    }
    Some(n)
}

/// Whether `line` repeats the header: `19. Wahlperiode` alone, or the type line again
/// (`Schriftliche Anfrage` over the askers of Berlin's cover page).
fn ist_kopfwiederholung(line: &str, art: &Anfrageart) -> bool {
    let wahlperiode = ok(line, super::text::wahlperiode).is_some_and(|(r, _)| r.trim().is_empty());
    wahlperiode || (line.len() < 40 && Anfrageart::from(line) == *art)
}

// "und Antwort vom 22. November 2021"
fn und_antwort_vom(i: &str) -> super::error::PResult<'_, chrono::NaiveDate> {
    preceded(
        (tag("und Antwort vom"), nom::character::complete::space1),
        datum,
    )
    .parse(i)
}

/// The answer named in a combined print's head from line `i`: `und` / `Antwort` / `des
/// Ministeriums für …` (or `der Landesregierung`). Returns the answering body, if named, and
/// the first line after it.
fn und_antwort(ctx: &Ctx<'_>, i: usize, ende: usize) -> Option<(Option<crate::Ressort>, usize)> {
    let lines = ctx.lines;
    if !(super::header::ist_und(lines.text(i)) && super::header::antwort_beginnt(lines.text(i + 1)))
    {
        return None;
    }
    let i = i + 2;
    let stelle = lines.text(i);
    if ["des ", "der ", "Der ", "Die "]
        .iter()
        .any(|p| stelle.starts_with(p))
    {
        let (name, next) = ressort_zeilen(ctx, i, 0, ende);
        let r = super::ressort::ressort(name.split(" - ").last().unwrap_or(&name));
        return Some((Some(r), next));
    }
    Some((None, i))
}

/// The title printed after the number in a heading line: `Drs. 23/1309: Erprobung …`.
fn titel_nach_nummer(line: &str) -> Option<&str> {
    let (rest, _) = ok(line, super::header::nach_drucksache)?;
    let t = rest.strip_prefix(':')?.trim();
    (!t.is_empty()).then_some(t)
}

/// Whether `line` adds the procedure to a type line: `gemäß § 46 Abs. 1 GO LT`.
fn ist_verfahrenszusatz(line: &str) -> bool {
    ["gemäß §", "gem. §", "nach §"]
        .iter()
        .any(|p| line.starts_with(p))
        && line.len() < 60
}

/// Whether `line` says the answer is printed with the question: `mit Antwort der
/// Landesregierung`.
fn ist_mit_antwort(line: &str) -> bool {
    line.starts_with("mit Antwort de") && line.len() < 60
}

/// The offset of the answering body in `Antwort des Niedersächsischen Ministeriums für …`, a
/// head line naming who answers (not `Antwort der Landesregierung auf …`).
pub(crate) fn antwort_des(line: &str) -> Option<usize> {
    let rest = line.strip_prefix("Antwort ")?;
    let name = rest
        .strip_prefix("des ")
        .or_else(|| rest.strip_prefix("der "))?;
    let regierung = [
        "Landesregierung",
        "Staatsregierung",
        "Bundesregierung",
        "Senats",
    ]
    .iter()
    .any(|r| name.starts_with(r));
    (!regierung && !line.contains(" auf ")).then_some("Antwort ".len())
}

/// The name of an answering body from byte `off` of line `i`, joined with the lines that
/// continue it (the line ends in a comma, a hyphen or a function word such as `der`, or the next
/// starts in lower case or with a bracket). Returns the name and the first line after it.
pub(crate) fn ressort_zeilen(ctx: &Ctx<'_>, i: usize, off: usize, ende: usize) -> (String, usize) {
    let lines = ctx.lines;
    let mut parts = vec![lines.text(i).get(off..).unwrap_or("")];
    let mut j = i + 1;
    while j < ende && j < i + 3 {
        let prev = parts.last().copied().unwrap_or("");
        let next = lines.text(j);
        let last_word = prev.rsplit(' ').next().unwrap_or("");
        let weiter = FORTSETZUNG.contains(&last_word)
            || prev.ends_with([',', '-', '–'])
            || next.starts_with(|c: char| c.is_lowercase() || c == '(');
        let neu = lines.zeilen.get(j).is_some_and(|z| z.absatz);
        if !weiter || neu || next.is_empty() || struktur(next) {
            break;
        }
        parts.push(next);
        j += 1;
    }
    (join_words(&parts), j)
}

/// An answering body without the words that follow it: `… namens der Landesregierung`.
fn ohne_namens<'t>(ctx: &Ctx<'_>, name: &'t str) -> &'t str {
    let namens = format!(" namens der {}", ctx.profil.regierung);
    match name.find(&namens) {
        Some(p) => name.get(..p).unwrap_or(name),
        None => name,
    }
}

/// How many lines a receipt note may take.
const VERMERK_ZEILEN: usize = 8;

/// The receipt note of a Niedersachsen paper, from the askers to the answer's date: `Anfrage
/// der Abgeordneten … (AfD) an die Landesregierung, eingegangen am 01.07.2025` in a question
/// paper; `Anfrage der Abgeordneten … (AfD), eingegangen am 01.07.2025 - Drs. 19/7659,` / `an
/// die Staatskanzlei übersandt am 07.07.2025` / `Antwort des … namens der Landesregierung vom
/// 08.08.2025` in an answer.
#[derive(Debug)]
pub(crate) struct Vermerk {
    /// The dates with their roles, in printed order.
    pub(crate) daten: Vec<(crate::Datumsrolle, chrono::NaiveDate)>,
    /// The question's Drucksache, where the note names it (`Drs. 19/7659`).
    pub(crate) drucksache: Option<crate::Dokumentnummer>,
    /// The answering body of its `Antwort des …` part.
    pub(crate) ressort: Option<crate::Ressort>,
    /// Where the note stands.
    pub(crate) span: crate::Span,
    /// The first line after it.
    pub(crate) weiter: usize,
}

/// Whether `line` opens a receipt note: `Anfrage der Abgeordneten …`, `Anfrage des Abgeordneten …`.
fn ist_vermerk_beginn(line: &str) -> bool {
    ["Anfrage der Abgeordneten ", "Anfrage des Abgeordneten "]
        .iter()
        .any(|p| line.starts_with(p))
}

/// Reads a receipt note from line `i`: the lines up to its first date, and on while a line
/// continues it (the text so far ends in `-` or `,`, the line starts `Drs.`, `an die …` or
/// `Antwort des …`, or that answer part has no `vom <date>` yet).
fn eingangsvermerk(ctx: &Ctx<'_>, i: usize, ende: usize) -> Option<Vermerk> {
    let lines = ctx.lines;
    if i >= ende || !ist_vermerk_beginn(lines.text(i)) {
        return None;
    }
    let hat_datum = |t: &str| finde(t, datum).is_some();
    let mut parts = vec![lines.text(i)];
    let mut antwortteil: Option<String> = None;
    let mut j = i + 1;
    while j < ende && j < i + VERMERK_ZEILEN {
        let line = lines.text(j);
        let bisher = join_words(&parts);
        let fortsetzung = !hat_datum(&bisher)
            || bisher.ends_with(['-', ',', '–'])
            || line.starts_with("Drs.")
            || line.starts_with("- Drs.")
            || line.starts_with("an die ")
            || antwort_des(line).is_some()
            || antwortteil.as_deref().is_some_and(|a| !hat_datum(a));
        if !fortsetzung || line.is_empty() || vorbemerkung_ueberschrift(ctx.profil, line).is_some()
        {
            break;
        }
        if let Some(a) = antwortteil.as_mut() {
            a.push(' ');
            a.push_str(line);
        } else if antwort_des(line).is_some() {
            antwortteil = Some(line.to_owned());
        }
        parts.push(line);
        j += 1;
    }
    let text = join_words(&parts);
    let daten = super::header::daten_mit_rollen(&text, ctx.profil.datumsrollen);
    if daten.is_empty() {
        return None;
    }
    // "Antwort des … namens der Landesregierung vom 08.08.2025"
    let ressort = antwortteil.and_then(|a| {
        let off = antwort_des(&a)?;
        let name = a.get(off..)?;
        let name = name.split(" vom ").next().unwrap_or(name);
        Some(super::ressort::ressort(ohne_namens(ctx, name)))
    });
    Some(Vermerk {
        daten,
        drucksache: super::header::nummer_nach_drucksache(&text),
        ressort,
        span: lines.span_lines(i, j - 1),
        weiter: j,
    })
}

/// Instruments a head sentence may open with, longest first (not the bare `Anfrage`, which also
/// opens receipt notes).
const KOPFSATZ_ARTEN: [&str; 4] = [
    "Schriftliche Kleine Anfrage",
    "Kleine Anfrage",
    "Große Anfrage",
    "Schriftliche Anfrage",
];

/// Answers that may open a head sentence before the instrument: `Antwort des Senats auf die
/// Kleine Anfrage der Fraktion der CDU` (Bremen).
const KOPFSATZ_ANTWORT: [&str; 3] = [
    "Antwort des Senats auf die ",
    "Antwort der Landesregierung auf die ",
    "Antwort der Staatsregierung auf die ",
];

/// How many lines a head sentence may take.
const KOPFSATZ_ZEILEN: usize = 8;

/// A head sentence: the instrument, the askers, the date, the title and the answer named in one
/// sentence over one or a few lines. `Schriftliche Kleine Anfrage der Abgeordneten … (Die Linke)
/// vom 01.09.25 und Antwort des Senats · Drucksache vom 09.09.2025` (Hamburg), `Kleine Anfrage
/// des Abg. … (AfD) vom 14.01.2025` / `betreffend …` / `und Antwort des Kultusministers`
/// (Hessen), `Antwort des Senats auf die Kleine Anfrage der Fraktion der CDU` / `vom …` (Bremen).
#[derive(Debug)]
pub(crate) struct Kopfsatz {
    pub(crate) art: Anfrageart,
    pub(crate) urheber: Urheber,
    /// The date the question was asked (`vom …`).
    pub(crate) datum: Option<chrono::NaiveDate>,
    /// The title after `betreffend`.
    pub(crate) titel: Option<String>,
    /// Whether the sentence names the answer.
    pub(crate) mit_antwort: bool,
    /// Who answers, where named (`und Antwort des Kultusministers`).
    pub(crate) ressort: Option<crate::Ressort>,
    /// The paper's own date (`· Drucksache vom 09.09.2025`).
    pub(crate) drucksache_vom: Option<chrono::NaiveDate>,
    /// The first line after the sentence.
    pub(crate) weiter: usize,
}

/// The instrument a head sentence on `line` opens with: the instrument (after an answer naming
/// it, if any) directly followed by the askers.
pub(crate) fn kopfsatz_art(line: &str) -> Option<Anfrageart> {
    let rest = KOPFSATZ_ANTWORT
        .iter()
        .find_map(|p| line.strip_prefix(p))
        .unwrap_or(line);
    let art = KOPFSATZ_ARTEN.iter().find(|a| rest.starts_with(**a))?;
    let nach = rest.get(art.len()..)?.strip_prefix(' ')?;
    ok(nach, urheber_einleitung).map(|_| Anfrageart::from(*art))
}

/// Reads a head sentence from line `i`: its lines up to a blank line or a paragraph break.
pub(crate) fn kopfsatz(ctx: &Ctx<'_>, i: usize, ende: usize) -> Option<Kopfsatz> {
    let lines = ctx.lines;
    let art = kopfsatz_art(lines.text(i))?;
    let mut parts = vec![lines.text(i)];
    let mut j = i + 1;
    while j < ende && j < i + KOPFSATZ_ZEILEN {
        let line = lines.text(j);
        let z = lines.zeilen.get(j);
        let neu = z.is_some_and(|z| z.absatz || z.ueberschrift > 0) && !lines.setzt_fort(j);
        if line.is_empty() || neu || struktur(line) {
            break;
        }
        parts.push(line);
        j += 1;
    }
    let text = join_words(&parts);
    let antwort_zuerst = KOPFSATZ_ANTWORT
        .iter()
        .find(|p| text.starts_with(p.trim_end()));
    let rest = antwort_zuerst
        .and_then(|p| text.get(p.len()..))
        .unwrap_or(&text);
    let rest = rest.get(art_laenge(rest)..)?.trim_start();
    // the parts after the askers, each opened by its marker
    let marken = [" vom ", " betreffend ", " und Antwort", " · "];
    let ende_urheber = marken
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
        .unwrap_or(rest.len());
    let urheber_text = rest.get(..ende_urheber).unwrap_or(rest);
    let danach = rest.get(ende_urheber..).unwrap_or("");
    let teil = |marke: &str| -> Option<&str> {
        let start = danach.find(marke)? + marke.len();
        let tail = danach.get(start..)?;
        let stop = marken
            .iter()
            .filter_map(|m| tail.find(m))
            .min()
            .unwrap_or(tail.len());
        Some(tail.get(..stop).unwrap_or(tail).trim())
    };
    let datum_von = |t: &str| ok(t, datum).map(|(_, d)| d);
    let antwort = teil(" und Antwort");
    let ressort = antwort
        .filter(|a| a.starts_with("des ") || a.starts_with("der "))
        .map(super::ressort::ressort)
        .or_else(|| {
            antwort_zuerst.map(|p| {
                super::ressort::ressort(
                    p.trim_start_matches("Antwort ")
                        .trim_end_matches(" auf die "),
                )
            })
        });
    let drucksache_vom = danach
        .find("Drucksache vom ")
        .and_then(|p| danach.get(p + "Drucksache vom ".len()..))
        .and_then(datum_von);
    Some(Kopfsatz {
        art,
        urheber: urheber_der_fraktionen(urheber_text).unwrap_or_else(|| urheber(urheber_text)),
        datum: teil(" vom ").and_then(datum_von),
        titel: teil(" betreffend ").map(|t| titel_text(&[t])),
        mit_antwort: antwort.is_some() || antwort_zuerst.is_some(),
        ressort,
        drucksache_vom,
        weiter: j,
    })
}

/// The length of the instrument opening `text`.
fn art_laenge(text: &str) -> usize {
    KOPFSATZ_ARTEN
        .iter()
        .find(|a| text.starts_with(**a))
        .map_or(0, |a| a.len())
}

/// Askers that are factions only: `der Fraktion der SPD und der Fraktion Bündnis 90/Die
/// Grünen`, `der Fraktionen der SPD und Bündnis 90/Die Grünen`.
fn urheber_der_fraktionen(text: &str) -> Option<Urheber> {
    let rest = text
        .strip_prefix("der Fraktionen ")
        .or_else(|| text.strip_prefix("der Fraktion "))?;
    let mut u = Urheber::default();
    for teil in rest
        .split(" und der Fraktion ")
        .flat_map(|t| t.split(" und "))
        .flat_map(|t| t.split(", "))
    {
        let name = teil.trim();
        let name = name.strip_prefix("der ").unwrap_or(name).trim();
        if !name.is_empty() {
            u.fraktionen.push(Fraktion::new(name));
        }
    }
    (!u.fraktionen.is_empty()).then_some(u)
}

/// The members signing for their factions under the questions: `Dr. Malte Ohlendorf, Birte
/// Sievers und Fraktion der CDU`, one group per faction (Bremen).
pub(crate) fn unterzeichner(text: &str) -> Vec<Person> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(pos) = rest.find(" und Fraktion ") {
        let names = rest.get(..pos).unwrap_or("");
        let after = rest.get(pos + " und Fraktion ".len()..).unwrap_or("");
        let fraktion_ende = fraktion_laenge(after);
        let fraktion = after.get(..fraktion_ende).unwrap_or(after).trim();
        let fraktion = fraktion.strip_prefix("der ").unwrap_or(fraktion);
        for name in split_names(names) {
            let mut p = Person::new(name);
            p.fraktion = Some(fraktion.to_owned());
            out.push(p);
        }
        rest = after.get(fraktion_ende..).unwrap_or("").trim_start();
    }
    out
}

/// The length of the faction name opening `text` (`der SPD …`, `Bündnis 90/Die Grünen …`): a
/// known party, else the first word.
fn fraktion_laenge(text: &str) -> usize {
    let artikel = if text.starts_with("der ") { 4 } else { 0 };
    let name = text.get(artikel..).unwrap_or("");
    let laenge = PARTEIEN
        .iter()
        .find(|p| name.starts_with(**p))
        .map_or_else(|| name.find(' ').unwrap_or(name.len()), |p| p.len());
    artikel + laenge
}

/// Reads the questions and the closing of a question paper from `start` to `ende`.
pub(crate) fn fragen_und_schluss(
    ctx: &mut Ctx<'_>,
    a: &mut KleineAnfrage,
    start: usize,
    ende: usize,
) {
    let Fragenliste {
        mut fragen,
        weiter: mut next,
        ausser_folge,
    } = fragenliste(ctx, start, ende);
    if fragen.is_empty() {
        if let Some(bis) = einzige_frage(ctx, start, ende) {
            let rest = ctx.lines.text(start);
            fragen.push(baue_frage(ctx, Fragenummer::new(1), start, rest, bis));
            next = bis;
        }
    }
    if fragen.is_empty() {
        let found = ctx.lines.text(start).to_owned();
        ctx.diagnose(ErrorKind::Frage, start, "a first question \"1. …\"", &found);
    }
    for (i, erwartet) in ausser_folge {
        let found = ctx.lines.text(i).to_owned();
        ctx.diagnose(
            ErrorKind::Frage,
            i,
            &format!("question {erwartet} next (the questions in order)"),
            &found,
        );
    }
    a.fragen = fragen;
    a.unterzeichnung = unterzeichnung(ctx, next, ende);
    if a.urheber.personen.is_empty() {
        // factions ask, their members sign: `Dr. Malte Ohlendorf, Birte Sievers und Fraktion der CDU`
        if let Some(u) = &a.unterzeichnung {
            a.urheber.personen = unterzeichner(&u.text);
        }
    }
}

/// The askers block from line `i`: lines from `der Abgeordneten …` until the faction is named.
pub(crate) fn urheber_block(ctx: &Ctx<'_>, i: usize, ende: usize) -> Option<(Urheber, usize)> {
    ok(ctx.lines.text(i), urheber_einleitung)?;
    urheber_ab(ctx, i, 0, ende)
}

/// The askers block starting at byte `off` of line `i` (`auf die Kleine Anfrage der
/// Abgeordneten …`), running over the following lines until the faction is named. Returns the
/// askers and the first line after the block.
pub(crate) fn urheber_ab(
    ctx: &Ctx<'_>,
    i: usize,
    off: usize,
    ende: usize,
) -> Option<(Urheber, usize)> {
    let lines = ctx.lines;
    let first = lines.text(i).get(off..)?;
    let mut parts = vec![first];
    let mut j = i;
    while !hat_fraktion_am_ende(&join_words(&parts))
        || lines.text(j + 1).starts_with("sowie ")
        || fraktion_umbrochen(&join_words(&parts), lines.text(j + 1))
    {
        j += 1;
        if j >= ende || j - i >= URHEBER_ZEILEN {
            // no faction found: the block is its first line
            return Some((urheber(first), i + 1));
        }
        parts.push(lines.text(j));
    }
    Some((urheber(&join_words(&parts)), j + 1))
}

// "der Abgeordneten", "des Abgeordneten", "der Abg.", "Abgeordnete", "Mitglied des Landtages"
fn urheber_einleitung(i: &str) -> nom::IResult<&str, &str, super::error::PError<'_>> {
    alt((
        tag("Anfrage der Abgeordneten"),
        tag("Anfrage des Abgeordneten"),
        tag("der Abgeordneten"),
        tag("des Abgeordneten"),
        tag("der Abg."),
        tag("des Abg."),
        tag("Abgeordneter"),
        tag("Abgeordnete"),
        tag("Mitglied des Landtages"),
        tag("der Fraktion"),
        tag("der Fraktionen"),
    ))
    .parse(i)
}

/// Whether the faction ending `text` is cut short by the line break before `next`: `… Fraktion
/// BÜNDNIS 90/DIE` / `GRÜNEN`.
fn fraktion_umbrochen(text: &str, next: &str) -> bool {
    let Some((_, name, _)) = fraktion_am_ende(text) else {
        return false;
    };
    let weiter = next.split(' ').next().unwrap_or("");
    !weiter.is_empty()
        && PARTEIEN.iter().any(|p| {
            p.len() > name.len()
                && (p.starts_with(&format!("{name} {weiter}"))
                    || p.starts_with(&format!("{name}{weiter}")))
        })
}

/// Whether an askers text ends with its faction: `und der Fraktion der AfD`, `(AfD)`, `SPD`,
/// `, Fraktion der AfD`, `, AfD-Fraktion`.
fn hat_fraktion_am_ende(text: &str) -> bool {
    fraktion_am_ende(text).is_some()
}

/// Splits the faction off the end of an askers text; returns the names part, the faction and
/// whether it is a group.
fn fraktion_am_ende(text: &str) -> Option<(&str, &str, bool)> {
    let t = text.trim_end();
    // "… und der Fraktion der AfD", "… und der Gruppe BSW", ", Fraktion der AfD"
    for (marker, gruppe) in [(" Fraktion ", false), (" Gruppe ", true)] {
        if let Some(pos) = t.rfind(marker) {
            let name = t.get(pos + marker.len()..)?.trim();
            let name = name.strip_prefix("der ").unwrap_or(name).trim();
            let before = t.get(..pos)?;
            let names = before
                .trim_end()
                .strip_suffix("und der")
                .or_else(|| before.trim_end().strip_suffix("und die"))
                .or_else(|| before.trim_end().strip_suffix(','))
                .or_else(|| before.trim_end().strip_suffix("der"))
                .unwrap_or(before);
            if !name.is_empty() && name != "der" && !name.ends_with(" der") {
                return Some((
                    names.trim().trim_end_matches(',').trim(),
                    name.trim_end_matches(['.', ',']),
                    gruppe,
                ));
            }
        }
    }
    // "(AfD)", "(LINKE)", "(SPD-Fraktion)"
    if let Some(inner) = t.strip_suffix(')') {
        let open = inner.rfind('(')?;
        let name = inner.get(open + 1..)?.trim();
        let name = name.strip_suffix("-Fraktion").unwrap_or(name);
        let name = name.strip_suffix("-Landtagsfraktion").unwrap_or(name);
        return (!name.is_empty()).then(|| (inner.get(..open).unwrap_or("").trim(), name, false));
    }
    // ", AfD-Fraktion", "der SPD-Fraktion"
    if let Some(before) = t
        .strip_suffix("-Fraktion")
        .or_else(|| t.strip_suffix("-Landtagsfraktion"))
    {
        let start = before.rfind(' ').map_or(0, |p| p + 1);
        let name = before.get(start..)?;
        let names = before
            .get(..start)?
            .trim_end()
            .trim_end_matches(',')
            .trim_end();
        let names = names.strip_suffix(" der").unwrap_or(names);
        // "der SPD-Landtagsfraktion": the faction alone
        let names = if names == "der" { "" } else { names };
        return Some((names.trim(), name, false));
    }
    // a party after the names: "Thomas Kutschaty und Frank Sundermann SPD"
    PARTEIEN.iter().find_map(|p| {
        let before = t.strip_suffix(p)?;
        (before.ends_with(' ') || before.is_empty()).then(|| (before.trim(), *p, false))
    })
}

/// Reads the askers from their text: `der Abgeordneten A, B, weiterer Abgeordneter und der
/// Fraktion der AfD`, `des Abg. A CDU und des Abg. B SPD`, `der Abgeordneten A und B (LINKE)`.
pub(crate) fn urheber(text: &str) -> Urheber {
    let mut u = Urheber::default();
    for gruppe in text.split(" sowie ") {
        for teil in gruppe
            .split(" und des Abg. ")
            .flat_map(|t| t.split(" und der Abg. "))
        {
            let teil = strip_einleitung(teil.trim());
            let (names, fraktion) = match fraktion_am_ende(teil) {
                Some((names, name, gruppe)) => {
                    let f = Fraktion {
                        name: name.to_owned(),
                        gruppe,
                    };
                    if !u.fraktionen.contains(&f) {
                        u.fraktionen.push(f);
                    }
                    (names, Some(name))
                }
                None => (teil, None),
            };
            for name in split_names(strip_einleitung(names)) {
                if name.starts_with("weitere") {
                    u.weitere = true;
                    continue;
                }
                let mut p = Person::new(name);
                p.fraktion = fraktion.map(str::to_owned);
                u.personen.push(p);
            }
        }
    }
    u
}

/// Drops `der Abgeordneten`, `des Abg.`, … before the names.
fn strip_einleitung(t: &str) -> &str {
    match urheber_einleitung(t) {
        Ok((rest, _)) => rest.trim_start(),
        Err(_) => t,
    }
}

/// Splits `A, B und C` into names; drops empty parts.
fn split_names(text: &str) -> Vec<&str> {
    text.split(", ")
        .flat_map(|p| p.split(" und "))
        .map(|p| p.trim().trim_end_matches(','))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Function words a wrapped title line may end with.
const FORTSETZUNG: [&str; 45] = [
    "der", "die", "das", "des", "dem", "den", "und", "oder", "für", "im", "in", "am", "an", "auf",
    "aus", "bei", "mit", "nach", "von", "vom", "vor", "zu", "zum", "zur", "über", "unter", "durch",
    "gegen", "ohne", "um", "sowie", "bzw.", "als", "wie", "ein", "eine", "einer", "eines", "einem",
    "einen", "seit", "bis", "ob", "zwischen", "–",
];

/// The title of a question or answer paper from line `i`, which must print one: a paper that
/// goes on with its preamble, the line introducing the questions or the first question has
/// none, reported where the title should stand.
pub(crate) fn titel_gefordert(ctx: &mut Ctx<'_>, i: usize, ende: usize) -> (Option<String>, usize) {
    let line = ctx.lines.text(i);
    let fehlt = i >= ende
        || line.to_lowercase().starts_with("vorbemerkung")
        || ist_einleitung(line)
        || frage_anfang(line).is_some_and(|(n, _)| folgt_auf(None, &n));
    if fehlt {
        let found = line.to_owned();
        ctx.diagnose(ErrorKind::Titel, i, "the paper's title", &found);
        return (None, i);
    }
    titel(ctx, i, ende)
}

/// The title from line `i`: a Markdown heading, or up to [`TITEL_UMBRUCH`] lines joined while
/// a line ends in a function word, a comma, a hyphen, a reference prefix (`auf
/// Bundestagsdrucksache` / `21/670)`) or an adjective before its noun, or the next starts in
/// lower case.
pub(crate) fn titel(ctx: &Ctx<'_>, i: usize, ende: usize) -> (Option<String>, usize) {
    let lines = ctx.lines;
    if i >= ende {
        return (None, i);
    }
    if lines.zeilen.get(i).is_some_and(|z| z.ueberschrift > 0) {
        return (Some(titel_text(&[lines.text(i)])), i + 1);
    }
    // "zum Thema:" on a line of its own over the title (Berlin)
    if ["zum Thema:", "Thema:", "Betreff:", "Betr.:"].contains(&lines.text(i)) {
        return titel(ctx, i + 1, ende);
    }
    // a receipt note closes the title, however it wraps (Niedersachsen)
    if let Some(schluss) = (i + 1..ende.min(i + 5)).find(|&j| ist_vermerk_beginn(lines.text(j))) {
        let parts: Vec<&str> = (i..schluss).map(|k| lines.text(k)).collect();
        return (Some(titel_text(&parts)), schluss);
    }
    if let Some(j) = titel_absatz(ctx, i, ende) {
        let parts: Vec<&str> = (i..j).map(|k| lines.text(k)).collect();
        return (Some(titel_text(&parts)), j);
    }
    let mut parts = vec![lines.text(i)];
    let mut j = i + 1;
    while j < ende && parts.len() < TITEL_UMBRUCH {
        let prev = parts.last().copied().unwrap_or("");
        let next = lines.text(j);
        let new_paragraph = lines.zeilen.get(j).is_some_and(|z| z.absatz);
        let last_word = prev.rsplit(' ').next().unwrap_or("");
        // `(Nachfrage zur Antwort … auf Bundestagsdrucksache 21/434)` under the title line
        let zusatz = next.starts_with('(') && !prev.starts_with('(');
        // `… auf Bundestagsdrucksache` / `21/670)`: a reference broken after its prefix
        let verweis = super::verweis::bricht_um(prev, next);
        // `… des Bundesministeriums für wirtschaftliche` / `Zusammenarbeit …`: an adjective
        // before its noun (not a sentence: `für alle` / `Der Bundestag wolle beschließen:`)
        let erstes = next.split(' ').next().unwrap_or("").to_lowercase();
        let adjektiv = last_word.starts_with(|c: char| c.is_lowercase())
            && last_word.ends_with('e')
            && next.starts_with(|c: char| c.is_uppercase())
            && !FORTSETZUNG.contains(&erstes.as_str())
            && !["wir", "es", "sie", "ich", "er"].contains(&erstes.as_str());
        let continues = FORTSETZUNG.contains(&last_word)
            || zusatz
            || verweis
            || adjektiv
            || prev.ends_with([',', '-', '–', '/'])
            || lines.setzt_fort(j)
            || next.starts_with(|c: char| c.is_lowercase());
        if new_paragraph || !continues || struktur(next) || super::header::antwort_beginnt(next) {
            break;
        }
        parts.push(next);
        j += 1;
    }
    (Some(titel_text(&parts)), j)
}

/// How many lines a title may wrap over (Gesetzentwürfe name treaties in six or seven).
const TITEL_UMBRUCH: usize = 8;

/// How many lines a title set apart by blank lines may take.
const TITEL_ZEILEN: usize = 3;

/// The end of a title that stands as a paragraph of its own, blank lines before and after,
/// however its lines wrap (`Versorgung mit Kita-Plätzen im Rheinisch-Bergischen` / `Kreis`):
/// up to [`TITEL_ZEILEN`] lines with no structure among them and no full stop at the end.
fn titel_absatz(ctx: &Ctx<'_>, i: usize, ende: usize) -> Option<usize> {
    let lines = ctx.lines;
    let absatz = |k: usize| lines.zeilen.get(k).is_some_and(|z| z.absatz);
    if !absatz(i) {
        return None;
    }
    let j = (i + 1..ende.min(i + TITEL_ZEILEN + 1)).find(|&k| absatz(k))?;
    let folge = (i + 1..j).all(|k| {
        let t = lines.text(k);
        !t.is_empty() && !struktur(t) && !t.starts_with("Drucksache") && !t.starts_with("Drs.")
    });
    // an EU document's code under its title: `COM(2025) 574 final`
    let code = (i..j).any(|k| {
        let t = lines.text(k);
        ["COM(", "SWD(", "JOIN(", "C("]
            .iter()
            .any(|c| t.contains(c))
            || t.ends_with(" final")
    });
    let letzte = lines.text(j - 1).trim_end();
    (j > i + 1 && folge && !code && !letzte.ends_with(['.', ':'])).then_some(j)
}

/// Joins title lines and drops `betr.:`, `Betreff:` and enclosing quotes.
fn titel_text(parts: &[&str]) -> String {
    let t = join_words(parts);
    let t = ["betr.:", "Betr.:", "Betreff:", "betreffend", "Thema:"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .map_or(t.as_str(), str::trim);
    let t = t
        .strip_prefix('„')
        .and_then(|s| s.strip_suffix('“'))
        .unwrap_or(t);
    t.to_owned()
}

/// Lines that open a structural part and so end a title or a block.
pub(crate) fn struktur(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.starts_with("vorbemerkung")
        || line.starts_with("– Drucksache")
        || ist_einleitung(line)
        || frage_anfang(line).is_some()
}

/// Whether `line` introduces the questions: `Wir fragen die Bundesregierung:`, `Ich frage die
/// Landesregierung:`, `Die Staatsregierung wird gefragt:`, `Fragen an die Staatsregierung:`.
pub(crate) fn ist_einleitung(line: &str) -> bool {
    if !line.trim_end().ends_with(':') || line.len() > 160 {
        return false;
    }
    let lower = line.to_lowercase();
    let fragt = [
        "frage ich",
        "fragen wir",
        "wir fragen",
        "ich frage",
        "gefragt",
        "fragen an ",
        "frage die",
        "fragen die",
        "frage den",
        "fragen den",
        "fragt die",
        "fragt den",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let regierung = ["regierung", "senat", "ministerium"]
        .iter()
        .any(|w| lower.contains(w));
    fragt && regierung
}

/// The line introducing the questions, at or after `i`.
fn einleitung(ctx: &Ctx<'_>, i: usize, ende: usize) -> Option<usize> {
    (i..ende).find(|&j| {
        let line = ctx.lines.text(j);
        ist_einleitung(line)
            || (line.ends_with(':')
                && j > i
                && ist_einleitung(&format!("{} {line}", ctx.lines.text(j - 1))))
    })
}

/// The first line at or after `i` that starts question 1.
fn erste_frage(ctx: &Ctx<'_>, i: usize, ende: usize) -> Option<usize> {
    (i..ende).find(|&j| frage_anfang(ctx.lines.text(j)).is_some_and(|(n, _)| folgt_auf(None, &n)))
}

/// Whether `line` closes a question paper: `Berlin, den 2. Mai 2025`, `Düsseldorf, 3. März 2025`.
pub(crate) fn ist_schluss(line: &str) -> bool {
    let Some((ort, rest)) = line.split_once(", ") else {
        return false;
    };
    let ort_ok = ort.len() < 40
        && ort.starts_with(|c: char| c.is_uppercase())
        && !ort.contains(|c: char| c.is_ascii_digit());
    // "Berlin, den" with the date left blank (or misprinted beyond reading)
    if rest.trim_end() == "den" {
        return ort_ok;
    }
    match rest.strip_prefix("den ") {
        // "Berlin, den 29. April.2025": after "den" a slip in the date still closes
        Some(d) => ort_ok && d.len() < 30 && d.chars().filter(char::is_ascii_digit).count() >= 3,
        None => ort_ok && ok(rest, datum).is_some_and(|(r, _)| r.trim().is_empty()),
    }
}

/// The questions of a paper as [`fragenliste`] reads them.
pub(crate) struct Fragenliste {
    /// The questions, numbered in sequence.
    pub(crate) fragen: Vec<Frage>,
    /// The first line after them.
    pub(crate) weiter: usize,
    /// Lines that start a question out of sequence after a complete question, with the
    /// number expected there: kept in the question before, and reported.
    pub(crate) ausser_folge: Vec<(usize, u16)>,
}

/// The questions of a paper from line `start`: numbered in sequence, each running to the next,
/// to the closing, or to a paragraph break after a complete question.
pub(crate) fn fragenliste(ctx: &Ctx<'_>, start: usize, ende: usize) -> Fragenliste {
    let lines = ctx.lines;
    let mut fragen: Vec<Frage> = Vec::new();
    let mut ausser_folge = Vec::new();
    let mut current: Option<(crate::Fragenummer, usize, usize)> = None; // number, first line, byte offset of rest
    let mut i = start;
    let mut expected_letter = 'a';
    let close = |fragen: &mut Vec<Frage>,
                 current: &mut Option<(crate::Fragenummer, usize, usize)>,
                 bis: usize| {
        if let Some((n, erste, off)) = current.take() {
            let rest = lines.text(erste).get(off..).unwrap_or("");
            fragen.push(baue_frage(ctx, n, erste, rest, bis));
        }
    };
    while i < ende {
        let line = lines.text(i);
        if ist_schluss(line) || line == "Begründung" || line == "Begründung:" {
            break;
        }
        let prev = current
            .as_ref()
            .map(|c| &c.0)
            .or_else(|| fragen.last().map(|f| &f.nummer));
        let anfang = frage_anfang(line);
        if let Some((n, rest)) = anfang.filter(|(n, _)| folgt_auf(prev, n)) {
            close(&mut fragen, &mut current, i);
            current = Some((n, i, line.len() - rest.len()));
            expected_letter = 'a';
            i += 1;
            continue;
        }
        let Some(&(offen, erste, _)) = current.as_ref() else {
            break;
        };
        // a plain number other than the next after a complete question: a question out of
        // order, twice or after a gap (a list inside the question starts again at 1)
        if let Some((n, _)) = anfang {
            let schlicht = |n: &crate::Fragenummer| n.teile().len() == 1 && n.buchstabe().is_none();
            if schlicht(&n) && schlicht(&offen) && n.haupt() != 1 {
                let bisher: Vec<&str> = (erste.max(i.saturating_sub(3))..i)
                    .map(|k| lines.text(k))
                    .collect();
                if endet_frage(&join_words(&bisher)) {
                    ausser_folge.push((i, offen.haupt().saturating_add(1)));
                }
            }
        }
        // a paragraph break after a complete question ends the list (signature, notes)
        let absatz = lines.zeilen.get(i).is_some_and(|z| z.absatz);
        if absatz && unterfrage_anfang(line, expected_letter).is_none() {
            // the end of the question so far decides (three lines, to stay linear)
            let so_far = current.as_ref().map(|&(_, erste, _)| {
                (erste.max(i.saturating_sub(3))..i)
                    .map(|k| lines.text(k))
                    .collect::<Vec<_>>()
            });
            let text = so_far.map(|p| join_words(&p)).unwrap_or_default();
            if endet_frage(&text) || text.ends_with('.') {
                break;
            }
        }
        if unterfrage_anfang(line, expected_letter).is_some() {
            expected_letter = super::frage::naechster_buchstabe(expected_letter);
        }
        i += 1;
    }
    close(&mut fragen, &mut current, i);
    Fragenliste {
        fragen,
        weiter: i,
        ausser_folge,
    }
}

/// A paper asking one question prints it without a number after its Einleitung (21/610: `Wir
/// fragen die Bundesregierung:` / `Welchen Wortlaut hat der Bericht … (vgl. …)?` / `Berlin,
/// den …`). Returns the line after it: the question runs from `start`, just after a line ending
/// in a colon, to the closing or a paragraph break, and only its last line ends it. Lines that
/// ask several questions, or number one, are no single question but damage, and stay reported.
fn einzige_frage(ctx: &Ctx<'_>, start: usize, ende: usize) -> Option<usize> {
    let lines = ctx.lines;
    let einleitung = start.checked_sub(1).map(|e| lines.text(e));
    if !einleitung.is_some_and(|e| e.ends_with(':')) {
        return None;
    }
    let mut fragezeichen = 0;
    let mut fertig = false;
    let mut i = start;
    while i < ende {
        let line = lines.text(i);
        let absatz = lines.zeilen.get(i).is_some_and(|z| z.absatz);
        if ist_schluss(line) || (i > start && absatz && fertig) {
            break;
        }
        if frage_anfang(line).is_some() {
            return None;
        }
        if endet_mit_fragezeichen(line) {
            fragezeichen += 1;
        }
        fertig = endet_frage(line);
        i += 1;
    }
    (fertig && fragezeichen <= 1).then_some(i)
}

/// The closing after the questions: `Berlin, den …` and the signature lines, or a signature
/// alone.
fn unterzeichnung(ctx: &Ctx<'_>, i: usize, ende: usize) -> Option<Unterzeichnung> {
    if i >= ende {
        return None;
    }
    let lines = ctx.lines;
    let first = lines.text(i);
    let mut u = Unterzeichnung::default();
    let mut from = i;
    if ist_schluss(first) {
        if let Some((ort, rest)) = first.split_once(", ") {
            u.ort = Some(ort.to_owned());
            let rest = rest.strip_prefix("den ").unwrap_or(rest);
            u.datum = ok(rest, datum).map(|(_, d)| d);
        }
        from = i + 1;
    }
    let parts: Vec<&str> = (from..ende.min(from + 3))
        .map(|k| lines.text(k))
        .filter(|t| t.len() < 120)
        .collect();
    u.text = join_words(&parts);
    (u.ort.is_some() || !u.text.is_empty()).then_some(u)
}

/// Whether `line` is a Vorbemerkung heading; returns its text.
pub(crate) fn vorbemerkung_ueberschrift<'a>(profil: &Profil, line: &'a str) -> Option<&'a str> {
    let t = line.trim_end_matches(':').trim_end();
    let ok = profil.vorbemerkungen.iter().any(|wort| {
        ok(t, |i| {
            preceded(tag_no_case(*wort), nom::combinator::rest).parse(i)
        })
        .is_some_and(|(_, r)| nach_vorbemerkung(r))
    });
    // "Vorbemerkung der Bundesregierung verwiesen." ends a wrapped sentence, it heads nothing
    let satz = t.ends_with('.') && t.split_whitespace().count() > 2;
    (ok && !satz && t.len() < 90).then_some(t)
}

/// Words that go on a Vorbemerkung heading in lower case: "Vorbemerkung der Fragesteller",
/// "Vorbemerkung zu den Fragen 1 bis 4", "Vorbemerkung zur …".
const NACH_VORBEMERKUNG: [&str; 5] = ["der", "des", "zu", "zum", "zur"];

/// Whether what follows a Vorbemerkung word can go on a heading: nothing, or (after a plural
/// "en") a capitalised word or one of [`NACH_VORBEMERKUNG`]. A wrapped sentence goes on in
/// other ways: "Vorbemerkung genannten Strafanzeigen" (21/430), "Vorbemerkungen auf
/// verschiedene Ziele" (21/1211), "Vorbemerkung auch ausreichend begründet" (21/1463), or
/// after the heading's words.
fn nach_vorbemerkung(rest: &str) -> bool {
    let rest = rest.strip_prefix("en").unwrap_or(rest);
    if rest.trim().is_empty() {
        return true;
    }
    let Some(wort) = rest
        .strip_prefix(' ')
        .and_then(|r| r.split_whitespace().next())
    else {
        return false;
    };
    let beginnt = wort.starts_with(char::is_uppercase) || NACH_VORBEMERKUNG.contains(&wort);
    // a heading's other lower-case words join its nouns ("Vorbemerkung der Bundesregierung zu
    // den Fragen 5 bis 8"); any other goes on a sentence ("Vorbemerkung der Fragesteller
    // geäußerten Bitte …", 21/1421)
    beginnt
        && rest
            .split_whitespace()
            .all(|w| !w.starts_with(char::is_lowercase) || IN_UEBERSCHRIFT.contains(&w))
}

/// The lower-case words a Vorbemerkung heading may hold: articles, prepositions, conjunctions.
const IN_UEBERSCHRIFT: [&str; 17] = [
    "der", "die", "das", "des", "dem", "den", "zu", "zum", "zur", "und", "für", "bis", "von",
    "vom", "im", "in", "sowie",
];

/// The running number in `auf die Kleine Anfrage 3929 vom …` or `Kleine Anfrage Nr. 12`.
pub(crate) fn laufende_nummer(text: &str) -> Option<String> {
    let (hit, _) = finde(text, |i| {
        alt((tag("Anfrage Nr. "), tag("Anfrage "))).parse(i)
    })?;
    let start = hit.as_ptr() as usize - text.as_ptr() as usize + hit.len();
    let rest = text.get(start..)?;
    // "Nr. 19/21 204": a number in a Drucksache's form, spacing dropped
    if let Some((_, nr)) = ok(rest, super::text::dokumentnummer) {
        return Some(nr.to_string());
    }
    let n: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '/')
        .collect();
    (!n.is_empty() && n.starts_with(|c: char| c.is_ascii_digit())).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(u: &Urheber) -> Vec<&str> {
        u.personen.iter().map(|p| p.name.as_str()).collect()
    }

    fn fraktionen(u: &Urheber) -> Vec<&str> {
        u.fraktionen.iter().map(|f| f.name.as_str()).collect()
    }

    #[test]
    fn askers_of_the_bundestag() {
        let u = urheber(
            "der Abgeordneten Tobias Matthias Peterka, Markus Frohnmaier, René Springer, weiterer Abgeordneter und der Fraktion der AfD",
        );
        assert_eq!(
            names(&u),
            [
                "Tobias Matthias Peterka",
                "Markus Frohnmaier",
                "René Springer"
            ]
        );
        assert_eq!(fraktionen(&u), ["AfD"]);
        assert!(u.weitere);
        assert!(fraktion_umbrochen(
            "der Abgeordneten A, weiterer Abgeordneter und der Fraktion BÜNDNIS 90/DIE",
            "GRÜNEN"
        ));
        assert!(!fraktion_umbrochen("und der Fraktion der AfD", "Titel"));
        let u = urheber("des Abgeordneten Dr. Max Muster und der Fraktion Die Linke");
        assert_eq!(names(&u), ["Dr. Max Muster"]);
        assert_eq!(fraktionen(&u), ["Die Linke"]);
        let u = urheber(
            "der Abgeordneten A B, C D und der Fraktion der SPD sowie der Abgeordneten E F und der Fraktion der CDU/CSU",
        );
        assert_eq!(names(&u), ["A B", "C D", "E F"]);
        assert_eq!(fraktionen(&u), ["SPD", "CDU/CSU"]);
        assert_eq!(
            urheber("der Abgeordneten X Y und der Gruppe BSW")
                .fraktionen
                .first()
                .map(|f| f.gruppe),
            Some(true)
        );
    }

    #[test]
    fn askers_of_the_landtage() {
        let u = urheber("der Abgeordneten Thomas Kutschaty und Frank Sundermann SPD");
        assert_eq!(names(&u), ["Thomas Kutschaty", "Frank Sundermann"]);
        assert_eq!(fraktionen(&u), ["SPD"]);
        let u = urheber("der Abgeordneten Anne Helm und Niklas Schrader (LINKE)");
        assert_eq!(names(&u), ["Anne Helm", "Niklas Schrader"]);
        assert_eq!(fraktionen(&u), ["LINKE"]);
        let u = urheber("des Abgeordneten Enrico Schult, Fraktion der AfD");
        assert_eq!(
            (names(&u), fraktionen(&u)),
            (vec!["Enrico Schult"], vec!["AfD"])
        );
        let u = urheber("des Abgeordneten Tobias Keller, AfD-Fraktion");
        assert_eq!(
            (names(&u), fraktionen(&u)),
            (vec!["Tobias Keller"], vec!["AfD"])
        );
        let u = urheber("der Abgeordneten A, B, C BÜNDNIS 90/DIE GRÜNEN");
        assert_eq!(
            (names(&u), fraktionen(&u)),
            (vec!["A", "B", "C"], vec!["BÜNDNIS 90/DIE GRÜNEN"])
        );
        let u = urheber("der SPD-Landtagsfraktion");
        assert_eq!(
            (names(&u), fraktionen(&u)),
            (Vec::<&str>::new(), vec!["SPD"])
        );
        let u = urheber("der Abg. Christine Neumann-Martin CDU");
        assert_eq!(
            (names(&u), fraktionen(&u)),
            (vec!["Christine Neumann-Martin"], vec!["CDU"])
        );
    }

    #[test]
    fn intro_and_closing_lines() {
        assert!(ist_einleitung("Wir fragen die Bundesregierung:"));
        assert!(ist_einleitung(
            "Vor diesem Hintergrund frage ich die Landesregierung:"
        ));
        assert!(ist_einleitung("Die Staatsregierung wird gefragt:"));
        assert!(!ist_einleitung("Ich stellte folgende drei Fragen:"));
        assert!(ist_schluss("Berlin, den 2. Mai 2025"));
        assert!(ist_schluss("Berlin, den 29. April.2025"));
        assert!(!ist_schluss("Berlin, den Regeln folgend"));
        assert!(ist_schluss("Berlin, den"));
    }

    #[test]
    fn titles_drop_prefixes_and_quotes() {
        assert_eq!(
            titel_text(&["betr.: staatlicher Gründercampus"]),
            "staatlicher Gründercampus"
        );
        assert_eq!(titel_text(&["„Mehr", "Grün“"]), "Mehr Grün");
    }

    #[test]
    fn titles_set_apart_by_blank_lines() {
        let l = super::super::lines::Lines::new(
            "Antwort\n\nVersorgung mit Kita-Plätzen im Rheinisch-Bergischen\nKreis\n\nVorbemerkung der Kleinen Anfrage\n",
        );
        let ctx = Ctx {
            lines: &l,
            profil: crate::profil::Profil::von(None),
            diagnosen: Vec::new(),
        };
        let (t, next) = titel(&ctx, 1, l.len());
        assert_eq!(
            t.as_deref(),
            Some("Versorgung mit Kita-Plätzen im Rheinisch-Bergischen Kreis")
        );
        assert_eq!(l.text(next), "Vorbemerkung der Kleinen Anfrage");
        // a sentence after the title is no part of it
        let l = super::super::lines::Lines::new(
            "Antwort\n\nBrücken im Kreis\nDie Brücken sind alt.\n\n1. Wie viele?\n",
        );
        let ctx = Ctx {
            lines: &l,
            profil: crate::profil::Profil::von(None),
            diagnosen: Vec::new(),
        };
        assert_eq!(
            titel(&ctx, 1, l.len()).0.as_deref(),
            Some("Brücken im Kreis")
        );
    }

    #[test]
    fn wording_lines() {
        let (nr, datum) =
            wortlaut("Die Kleine Anfrage 1843 vom 6. Februar 2025 hat folgenden Wortlaut:")
                .unwrap_or_default();
        assert_eq!(nr.as_deref(), Some("1843"));
        assert_eq!(datum.map(|d| d.to_string()).as_deref(), Some("2025-02-06"));
        assert!(wortlaut("Der Wortlaut der Anfrage ist bekannt.").is_none());
    }

    #[test]
    fn running_numbers() {
        assert_eq!(
            laufende_nummer("auf die Kleine Anfrage 3929 vom 25. Juni 2020").as_deref(),
            Some("3929")
        );
        assert_eq!(
            laufende_nummer("auf die Kleine Anfrage Nr. 463").as_deref(),
            Some("463")
        );
        assert_eq!(
            laufende_nummer("auf die Kleine Anfrage der Abgeordneten"),
            None
        );
        assert_eq!(
            laufende_nummer("auf die Schriftliche Anfrage Nr. 19/21 204").as_deref(),
            Some("19/21204")
        );
    }

    #[test]
    fn cover_page_repetitions_and_answer_lines() {
        let art = Anfrageart::SchriftlicheAnfrage;
        assert!(ist_kopfwiederholung("19. Wahlperiode", &art));
        assert!(ist_kopfwiederholung("Schriftliche Anfrage", &art));
        assert!(!ist_kopfwiederholung("der Abgeordneten A (AfD)", &art));
        assert!(
            ok(
                "und Antwort vom 22. November 2021 (Eingang beim Abgeordnetenhaus am 23. Nov. 2021)",
                und_antwort_vom
            )
            .is_some()
        );
        assert!(super::super::ressort::ist_behoerde(
            "Senatsverwaltung für Inneres und Sport"
        ));
        assert!(!super::super::ressort::ist_behoerde("Frau Abgeordnete A"));
    }

    #[test]
    fn head_sentences_name_instrument_and_askers() {
        assert_eq!(
            kopfsatz_art(
                "Schriftliche Kleine Anfrage der Abgeordneten Marie Kleinert (Die Linke) vom 01.09.25 und Antwort des Senats"
            ),
            Some(Anfrageart::SchriftlicheKleineAnfrage)
        );
        assert_eq!(
            kopfsatz_art("Antwort des Senats auf die Kleine Anfrage der Fraktion der CDU"),
            Some(Anfrageart::KleineAnfrage)
        );
        assert_eq!(
            kopfsatz_art("Kleine Anfrage des Abg. Wendlandt (AfD) vom 14.01.2025"),
            Some(Anfrageart::KleineAnfrage)
        );
        // a type line alone, or a receipt note, is no head sentence
        assert_eq!(kopfsatz_art("Kleine Anfrage"), None);
        assert_eq!(
            kopfsatz_art("Anfrage der Abgeordneten A (AfD) an die Landesregierung"),
            None
        );
        let u =
            urheber_der_fraktionen("der Fraktion der SPD und der Fraktion Bündnis 90/Die Grünen")
                .map(|u| fraktionen(&u).join("|"));
        assert_eq!(u.as_deref(), Some("SPD|Bündnis 90/Die Grünen"));
        let p = unterzeichner(
            "Mustafa Demirel, Dr. Imke Sonnenberg und Fraktion der SPD Jan-Ole Kappelhoff und Fraktion Bündnis 90/Die Grünen",
        );
        let p: Vec<(&str, Option<&str>)> = p
            .iter()
            .map(|p| (p.name.as_str(), p.fraktion.as_deref()))
            .collect();
        assert_eq!(
            p,
            [
                ("Mustafa Demirel", Some("SPD")),
                ("Dr. Imke Sonnenberg", Some("SPD")),
                ("Jan-Ole Kappelhoff", Some("Bündnis 90/Die Grünen"))
            ]
        );
        assert_eq!(
            titel_nach_nummer("Drs. 23/1309: Erprobung eines Systems"),
            Some("Erprobung eines Systems")
        );
        assert_eq!(titel_nach_nummer("Drucksache 23/1309"), None);
    }

    #[test]
    fn vorbemerkung_headings() {
        let bt = Profil::von(Some(crate::Parlament::BT));
        assert_eq!(
            vorbemerkung_ueberschrift(bt, "Vorbemerkung der Fragesteller"),
            Some("Vorbemerkung der Fragesteller")
        );
        assert_eq!(
            vorbemerkung_ueberschrift(bt, "Vorbemerkung der Landesregierung :"),
            Some("Vorbemerkung der Landesregierung")
        );
        assert_eq!(
            vorbemerkung_ueberschrift(bt, "Vorbemerkungen des Fragestellers:"),
            Some("Vorbemerkungen des Fragestellers")
        );
        assert_eq!(
            vorbemerkung_ueberschrift(bt, "Vorbemerkungsweise wird"),
            None
        );
        assert_eq!(
            vorbemerkung_ueberschrift(bt, "Vorbemerkung der Bundesregierung verwiesen."),
            None
        );
        assert_eq!(
            vorbemerkung_ueberschrift(bt, "Vorbemerkung zu den Fragen 1 bis 4:"),
            Some("Vorbemerkung zu den Fragen 1 bis 4")
        );
        // lines of wrapped sentences (21/430, 21/1211, 21/1463)
        for satz in [
            "Vorbemerkung genannten Strafanzeigen und Strafanträgen. Zusätzlich werden bei",
            "Vorbemerkungen auf verschiedene Ziele für nachhaltige Entwicklung (Sustainable",
            "Vorbemerkung auch ausreichend begründet (Bundestagsdrucksache 21/412,",
            // after the heading's words (21/1421, 21/820)
            "Vorbemerkung der Fragesteller geäußerten Bitte in einzelnen Antworten auf bereits",
            "Vorbemerkung der Fragesteller auf Bundestagsdrucksache 19/13857) – allerdings hatte",
        ] {
            assert_eq!(vorbemerkung_ueberschrift(bt, satz), None, "{satz}");
        }
        // Hamburg heads both with "Einleitung für die …"; elsewhere that is running text
        let hh = Profil::von(Some(crate::Parlament::HH));
        assert_eq!(
            vorbemerkung_ueberschrift(hh, "Einleitung für die Antworten des Senats"),
            Some("Einleitung für die Antworten des Senats")
        );
        assert_eq!(
            vorbemerkung_ueberschrift(bt, "Einleitung für die Fragen"),
            None
        );
    }
}
