//! Schriftliche Fragen and Fragen für die Fragestunde (Bundestag, LAYOUTS.md 2.5): the title
//! with its week or sitting, the index of askers, the Geschäftsbereich sections, and each item:
//! number, asker, faction, question, the answer line naming the office holder, and the answer.
//!
//! ```text
//! Schriftliche Fragen / mit den in der Woche vom 5. Mai 2025 / eingegangenen Antworten …
//! Verzeichnis der Fragenden / Abgeordnete Nummer / der Frage
//! Alhamwi, Alaa, Dr. / (BÜNDNIS 90/DIE GRÜNEN) . . . . . . 76
//! Verzeichnis der Fragen nach Geschäftsbereichen der Bundesregierung …
//! Geschäftsbereich des Bundesministeriums für / Wirtschaft und Klimaschutz
//! 3. Abgeordnete / Lisa Badum / (BÜNDNIS 90/ / DIE GRÜNEN) / <question>
//! Antwort des Staatssekretärs Bernhard Kluttig / vom 7. Mai 2025 / <answer>
//! Berlin, den 9. Mai 2025
//! ```
//!
//! An item starts only at a line that is nothing but `N. Abgeordneter` (or `Abgeordnete`,
//! `Abg.`), so numbers that wrapped to a line start (`20. Legislaturperiode`, numbered lists in
//! answers) never start one; an answer starts only at `Antwort des|der <office> …` whose date
//! closes its line, so a question line `Antwort der Bundesregierung auf meine …` stays
//! question text.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, space0};
use nom::combinator::{eof, map_opt};
use nom::sequence::terminated;

use super::Ctx;
use super::antwort::gruppensatz;
use super::error::PResult;
use super::frage::{endet_frage, join_words};
use super::ressort::{nominativ, nominativ_gereiht};
use super::text::{datum, finde, ok};
use crate::{
    Abschnitt, Einzelantwort, ErrorKind, Fragender, Fragenummer, Geschaeftsbereich, Person,
    Ressort, SchriftlicheFrage, SchriftlicheFragen, Span, Unterzeichnung,
};

/// How many lines a title, a heading, a name or an index entry may wrap over.
const UMBRUCH: usize = 4;

/// Offices that answer written questions, as the answer line prints them after `des`/`der`
/// (genitive), matched as the end of the office word: `Parlamentarischen Staatssekretärs`,
/// `Staatsministerin`, `Bundesministers`, `Chefs des Bundespresseamts`.
const AEMTER: [&str; 8] = [
    "sekretärs",
    "sekretärin",
    "ministers",
    "ministerin",
    "kanzlers",
    "kanzlerin",
    "Chefs",
    "Chefin",
];

/// The collection read from the line after the type line, with its title.
pub(crate) struct Ergebnis {
    pub(crate) titel: Option<String>,
    pub(crate) fragen: SchriftlicheFragen,
}

/// Reads a Schriftliche Fragen or Fragen paper: `typzeile` is the type line, `start` the line
/// after it. `None` when no item is found (the body is then kept as plain text).
pub(crate) fn schriftliche_fragen(
    ctx: &mut Ctx<'_>,
    typzeile: usize,
    start: usize,
    ende: usize,
) -> Option<Ergebnis> {
    let lines = ctx.lines;
    let mut sf = SchriftlicheFragen::default();
    let (titel, mut i) = titel(ctx, typzeile, start, ende);
    kopfangaben(&mut sf, &titel);
    if lines.text(i).starts_with("Verzeichnis der Fragenden") {
        i = verzeichnis(ctx, &mut sf, i + 1, ende);
    }
    // the closing follows the last item; annexes may follow it
    let letztes_item = (i..ende)
        .rev()
        .find(|&k| item_anfang(lines.text(k)).is_some());
    let mut leser = Leser {
        sf,
        item: None,
        bereich: None,
        offen: Vec::new(),
    };
    while i < ende {
        let line = lines.text(i);
        if letztes_item.is_some_and(|l| i > l) {
            if let Some(u) = schluss(line) {
                leser.schliesse(ctx, i);
                leser.sf.schluss = Some(u);
                leser.sf.anlagen = anlagen(ctx, i + 1, ende);
                break;
            }
        }
        let letzte = leser.item.as_ref().map(|(n, _)| *n).or(leser
            .sf
            .fragen
            .last()
            .map(|f| f.nummer));
        if let Some(n) = item_anfang(line).filter(|n| letzte.is_none_or(|l| *n > l)) {
            leser.schliesse(ctx, i);
            if letzte.map_or(n.haupt() != 1, |l| n.haupt() != l.haupt() + 1) {
                let expected = letzte.map_or(1, |l| l.haupt() + 1);
                ctx.diagnose(ErrorKind::Frage, i, &format!("question {expected}"), line);
            }
            if let Some(b) = leser.sf.geschaeftsbereiche.last_mut() {
                b.fragen.push(n);
            }
            leser.item = Some((n, i));
            i += 1;
            continue;
        }
        if let Some((ressort, next)) = ueberschrift(ctx, i, ende) {
            leser.schliesse(ctx, i);
            leser.sf.geschaeftsbereiche.push(Geschaeftsbereich {
                ressort: ressort.clone(),
                fragen: Vec::new(),
                span: lines.span_lines(i, next - 1),
            });
            leser.bereich = Some(ressort);
            i = next;
            continue;
        }
        i += 1;
    }
    leser.schliesse(ctx, i.min(ende));
    let sf = leser.sf;
    if sf.fragen.is_empty() {
        return None;
    }
    pruefe(ctx, &sf);
    Some(Ergebnis {
        titel: Some(titel),
        fragen: sf,
    })
}

/// The title: the type line and its continuation (`mit den in der Woche vom …` / `eingegangenen
/// Antworten der Bundesregierung`), up to the index or the first section. Returns the title and
/// the first line after it.
fn titel(ctx: &Ctx<'_>, typzeile: usize, start: usize, ende: usize) -> (String, usize) {
    let lines = ctx.lines;
    let mut parts = vec![lines.text(typzeile)];
    let mut i = start;
    while i < ende && i < start + UMBRUCH {
        let line = lines.text(i);
        if line.is_empty()
            || line.starts_with("Verzeichnis der")
            || ist_ueberschrift_anfang(line)
            || item_anfang(line).is_some()
        {
            break;
        }
        parts.push(line);
        i += 1;
    }
    (join_words(&parts), i)
}

/// The week, the sitting and its day named in the title.
fn kopfangaben(sf: &mut SchriftlicheFragen, titel: &str) {
    let nach = |wort: &str| titel.find(wort).and_then(|p| titel.get(p + wort.len()..));
    sf.woche_vom = nach("Woche vom ")
        .and_then(|r| ok(r.trim_start(), datum))
        .map(|(_, d)| d);
    // "für die Fragestunde der 3. Sitzung des Deutschen Bundestages am Mittwoch, dem 14. Mai 2025"
    if let Some(p) = titel.find(". Sitzung") {
        let vor = titel.get(..p).unwrap_or("");
        let ziffern = vor.rsplit(' ').next().unwrap_or("");
        sf.sitzung = ziffern.parse().ok();
        sf.sitzungstag = titel.get(p..).and_then(|r| finde(r, datum)).map(|(_, d)| d);
    }
}

/// The index of askers from line `i` (after its heading) up to the next index, the first
/// section heading or the first item; returns the first line after it.
fn verzeichnis(ctx: &mut Ctx<'_>, sf: &mut SchriftlicheFragen, mut i: usize, ende: usize) -> usize {
    let lines = ctx.lines;
    let mut offen: Option<usize> = None; // the first line of the entry being read
    while i < ende {
        let line = lines.text(i);
        // the next index, the first section or the first item
        if line.starts_with("Verzeichnis der")
            || ist_ueberschrift_anfang(line)
            || item_anfang(line).is_some()
        {
            break;
        }
        // the column heads repeat on every index page: "Abgeordnete Nummer" / "der Frage"
        if matches!(
            line,
            "Abgeordnete Nummer" | "der Frage" | "Abgeordnete" | "Nummer"
        ) {
            i += 1;
            continue;
        }
        let von = offen.unwrap_or(i);
        if let Some(nummern) = nummern_am_ende(line) {
            let parts: Vec<&str> = (von..=i).map(|k| lines.text(k)).collect();
            let text = join_words(&parts);
            let span = lines.span_lines(von, i);
            match eintrag(&text) {
                Some((person, gedruckt)) => sf.fragende.push(Fragender {
                    person,
                    gedruckt,
                    fragen: nummern,
                    span,
                }),
                None => ctx.diagnose(
                    ErrorKind::Urheber,
                    von,
                    "an index entry like \"Surname, Given (Faction) . . . 12\"",
                    &text,
                ),
            }
            offen = None;
        } else if i - von >= UMBRUCH {
            ctx.diagnose(
                ErrorKind::Urheber,
                von,
                "an index entry ending in question numbers",
                lines.text(von),
            );
            offen = Some(i);
        } else {
            offen = Some(von);
        }
        i += 1;
    }
    i
}

/// The question numbers after the dot leaders of an index line: `. . . . 1, 47` → `[1, 47]`.
fn nummern_am_ende(line: &str) -> Option<Vec<Fragenummer>> {
    let ohne = line.trim_end_matches(|c: char| c.is_ascii_digit() || c == ',' || c == ' ');
    let liste = line.get(ohne.len()..)?;
    let fuehrung = ohne.ends_with(". .") || ohne.ends_with('…');
    if !fuehrung || liste.trim().is_empty() {
        return None;
    }
    let nummern: Vec<Fragenummer> = liste
        .split(',')
        .filter_map(|n| n.trim().parse::<u16>().ok())
        .map(Fragenummer::new)
        .collect();
    (!nummern.is_empty()).then_some(nummern)
}

/// An index entry without its numbers: `Alhamwi, Alaa, Dr. (BÜNDNIS 90/DIE GRÜNEN) . . .`
/// gives `Dr. Alaa Alhamwi` of that faction; `Mayer, Stephan (Altötting) (CDU/CSU)` gives
/// `Stephan Mayer (Altötting)`. Returns the person and the entry as printed.
fn eintrag(text: &str) -> Option<(Person, String)> {
    let gedruckt = text
        .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, ',' | ' ' | '.' | '…'))
        .to_owned();
    let mut rest = gedruckt.as_str();
    let mut klammern: Vec<&str> = Vec::new();
    while let Some(innen) = rest.strip_suffix(')') {
        let auf = innen.rfind('(')?;
        klammern.push(innen.get(auf + 1..)?.trim());
        rest = innen.get(..auf)?.trim_end();
    }
    let fraktion = klammern.first().copied();
    let mut teile = rest.split(", ").map(str::trim);
    let nachname = teile.next().filter(|n| !n.is_empty())?;
    let vorname = teile.next();
    let titel: Vec<&str> = teile.collect();
    let mut name: Vec<&str> = titel;
    name.extend(vorname);
    name.push(nachname);
    // qualifiers printed between name and faction: "(Altötting)"
    let zusatz: Vec<String> = klammern
        .iter()
        .skip(1)
        .rev()
        .map(|k| format!("({k})"))
        .collect();
    let zusatz: Vec<&str> = zusatz.iter().map(String::as_str).collect();
    name.extend(zusatz);
    let mut person = Person::new(&name.join(" "));
    person.fraktion = fraktion.map(str::to_owned);
    Some((person, gedruckt))
}

// "23. Abgeordneter", "7. Abgeordnete", "19. Abg."
fn item_nummer(i: &str) -> PResult<'_, Fragenummer> {
    map_opt(
        terminated(
            take_while_m_n(1, 4, |c: char| c.is_ascii_digit()),
            (
                char('.'),
                space0,
                alt((tag("Abgeordneter"), tag("Abgeordnete"), tag("Abg."))),
                space0,
                eof,
            ),
        ),
        |d: &str| d.parse::<u16>().ok().map(Fragenummer::new),
    )
    .parse(i)
}

/// The number of an item's first line, `23. Abgeordneter`.
fn item_anfang(line: &str) -> Option<Fragenummer> {
    ok(line, item_nummer).map(|(_, n)| n)
}

/// Whether `line` opens a section heading: `Geschäftsbereich des …`, `Geschäftsbereich der …`.
fn ist_ueberschrift_anfang(line: &str) -> bool {
    line.starts_with("Geschäftsbereich des ") || line.starts_with("Geschäftsbereich der ")
}

/// A section heading from line `i`, wrapped over up to [`UMBRUCH`] lines and followed by an
/// item (headings in the indexes are followed by entries, not items). Returns the office and
/// the line of that item.
fn ueberschrift(ctx: &Ctx<'_>, i: usize, ende: usize) -> Option<(Ressort, usize)> {
    let lines = ctx.lines;
    if !ist_ueberschrift_anfang(lines.text(i)) {
        return None;
    }
    let next =
        (i + 1..ende.min(i + 1 + UMBRUCH)).find(|&k| item_anfang(lines.text(k)).is_some())?;
    let parts: Vec<&str> = (i..next).map(|k| lines.text(k)).collect();
    if parts
        .iter()
        .any(|p| p.contains(". . .") || p.ends_with('.'))
    {
        return None;
    }
    let text = join_words(&parts);
    let gedruckt = text.strip_prefix("Geschäftsbereich ").unwrap_or(&text);
    Some((
        Ressort {
            name: nominativ_gereiht(gedruckt),
            gedruckt: gedruckt.to_owned(),
        },
        next,
    ))
}

/// The state of the item loop.
struct Leser {
    sf: SchriftlicheFragen,
    /// The item being read: its number and first line.
    item: Option<(Fragenummer, usize)>,
    /// The section it stands in.
    bereich: Option<Ressort>,
    /// Items without an answer of their own yet: a group's answer may cover them.
    offen: Vec<Fragenummer>,
}

impl Leser {
    /// Ends the item being read at line `bis` and files it.
    fn schliesse(&mut self, ctx: &mut Ctx<'_>, bis: usize) {
        let Some((nummer, erste)) = self.item.take() else {
            return;
        };
        let f = frage(
            ctx,
            &mut self.offen,
            nummer,
            erste,
            bis,
            self.bereich.as_ref(),
        );
        if f.antwort.is_none() {
            self.offen.push(nummer);
        }
        self.sf.fragen.push(f);
    }
}

/// One item from its first line `erste` to `bis`: the asker's name lines, the bracketed faction
/// (`(BÜNDNIS 90/` / `DIE GRÜNEN)`, after qualifiers such as `(Altötting)`), the question, and
/// the answer where printed.
fn frage(
    ctx: &mut Ctx<'_>,
    offen: &mut Vec<Fragenummer>,
    nummer: Fragenummer,
    erste: usize,
    bis: usize,
    bereich: Option<&Ressort>,
) -> SchriftlicheFrage {
    let lines = ctx.lines;
    let mut j = erste + 1;
    let mut name: Vec<&str> = Vec::new();
    while j < bis && name.len() < UMBRUCH && !lines.text(j).starts_with('(') {
        name.push(lines.text(j));
        j += 1;
    }
    let mut klammern: Vec<String> = Vec::new();
    while j < bis && lines.text(j).starts_with('(') {
        let mut k = lines.text(j).to_owned();
        j += 1;
        while j < bis && k.matches('(').count() > k.matches(')').count() && k.len() < 80 {
            if !k.ends_with(['/', '-']) {
                k.push(' ');
            }
            k.push_str(lines.text(j));
            j += 1;
        }
        klammern.push(k);
    }
    let fraktion = klammern.pop().map(|k| {
        k.trim_start_matches('(')
            .trim_end_matches(')')
            .trim()
            .to_owned()
    });
    if name.is_empty() || fraktion.is_none() {
        let found = lines.text(erste + 1).to_owned();
        ctx.diagnose(
            ErrorKind::Urheber,
            erste + 1,
            "the asker's name and \"(Faction)\"",
            &found,
        );
    }
    name.extend(klammern.iter().map(String::as_str));
    let mut person = Person::new(&join_words(&name));
    person.fraktion = fraktion;

    let antwort_at = (j..bis).find_map(|k| antwortkopf(ctx, j, k, bis).map(|e| (k, e)));
    let frage_ende = antwort_at.as_ref().map_or(bis, |(k, _)| *k);
    let text: Vec<&str> = (j..frage_ende).map(|k| lines.text(k)).collect();
    let antwort = antwort_at.map(|(k, kopf)| einzelantwort(ctx, offen, nummer, k, kopf, bis));
    SchriftlicheFrage {
        nummer,
        geschaeftsbereich: bereich.cloned(),
        person,
        text: join_words(&text),
        antwort,
        span: lines.span_lines(erste, bis.saturating_sub(1).max(erste)),
    }
}

/// An answer line read: office (nominative), name, date, the line after it.
struct Antwortkopf {
    amt: String,
    name: String,
    gedruckt: String,
    datum: Option<chrono::NaiveDate>,
    weiter: usize,
}

/// The answer line at line `k` of an item whose question starts at `frage`: `Antwort des
/// Parlamentarischen Staatssekretärs Max Muster` / `vom 6. Mai 2025` (name and date may wrap
/// apart). It counts when its date closes a line, or, where the date is misprinted, when the
/// question before it is complete.
fn antwortkopf(ctx: &Ctx<'_>, frage: usize, k: usize, bis: usize) -> Option<Antwortkopf> {
    let lines = ctx.lines;
    let line = lines.text(k);
    let (artikel, nach) = ["des", "der"].into_iter().find_map(|a| {
        Some((
            a,
            line.strip_prefix("Antwort ")?
                .strip_prefix(a)?
                .strip_prefix(' ')?,
        ))
    })?;
    let amt = amt_gedruckt(nach)?;
    // the date: "vom 6. Mai 2025" closing this line or one of the next two
    let mut parts = vec![line];
    let mut datiert = None;
    let mut weiter = k + 1;
    for m in k..bis.min(k + 3) {
        let t = lines.text(m);
        if m > k {
            parts.push(t);
        }
        if let Some(p) = t.rfind("vom ") {
            let d = t.get(p + "vom ".len()..).unwrap_or("");
            datiert = Some(
                ok(d, datum)
                    .filter(|(r, _)| r.trim().is_empty())
                    .map(|(_, d)| d),
            );
            weiter = m + 1;
            break;
        }
    }
    // the end of the question decides; three lines hold a bracketed request after the question
    // mark, and looking no further keeps this linear
    let vorher: Vec<&str> = (frage.max(k.saturating_sub(3))..k)
        .map(|m| lines.text(m))
        .collect();
    if !matches!(datiert, Some(Some(_))) && !endet_frage(&join_words(&vorher)) {
        return None;
    }
    let gedruckt = join_words(&parts);
    // the name: between the office and "vom"
    let name = gedruckt
        .get("Antwort ".len() + artikel.len() + 1 + amt.len()..)
        .unwrap_or("");
    let name = match name.rfind(" vom ") {
        Some(p) => name.get(..p).unwrap_or(name),
        None if name.trim_start().starts_with("vom ") => "",
        None => name,
    };
    Some(Antwortkopf {
        amt: nominativ(&format!("{artikel} {amt}")),
        name: name.trim().to_owned(),
        gedruckt,
        datum: datiert.flatten(),
        weiter,
    })
}

/// The office at the start of an answer line's rest, as printed: `Parlamentarischen
/// Staatssekretärs`, `Staatsministerin`, `Chefs des Bundespresseamts` (an adjective may stand
/// before the office word, a genitive complement after it).
fn amt_gedruckt(nach: &str) -> Option<&str> {
    let ist_amt = |w: &str| AEMTER.iter().any(|a| w.ends_with(a));
    let mut woerter = nach.split(' ');
    let erstes = woerter.next()?;
    let mut ende = erstes.len();
    if !ist_amt(erstes) {
        let zweites = woerter.next()?;
        if !erstes.starts_with(|c: char| c.is_uppercase()) || !ist_amt(zweites) {
            return None;
        }
        ende += 1 + zweites.len();
    }
    // "Chefs des Bundespresseamts": the office's complement belongs to it
    let mut rest = nach.get(ende..).unwrap_or("").split(' ').skip(1);
    if let (Some(art @ ("des" | "der")), Some(w)) = (rest.next(), rest.next()) {
        if w.starts_with(|c: char| c.is_uppercase()) && !ist_amt(w) {
            ende += 1 + art.len() + 1 + w.len();
        }
    }
    nach.get(..ende)
}

/// The answer from its line `k` to `bis`; a grouping sentence first (`Die Fragen 36 bis 38
/// werden zusammen beantwortet.`) names the questions it covers.
fn einzelantwort(
    ctx: &mut Ctx<'_>,
    offen: &mut Vec<Fragenummer>,
    nummer: Fragenummer,
    k: usize,
    kopf: Antwortkopf,
    bis: usize,
) -> Einzelantwort {
    let lines = ctx.lines;
    if kopf.datum.is_none() {
        let found = lines.text(kopf.weiter.saturating_sub(1)).to_owned();
        ctx.diagnose(
            ErrorKind::Datum,
            kopf.weiter.saturating_sub(1),
            "the answer's date, e.g. \"vom 6. Mai 2025\"",
            &found,
        );
    }
    let mut absaetze: Vec<String> = ctx
        .absatz_bereiche(kopf.weiter, bis)
        .iter()
        .map(|&(a, b)| ctx.absatz_text(a, b))
        .filter(|t| !t.is_empty())
        .collect();
    let mut fragen = vec![nummer];
    let mut gemeinsam = false;
    if let Some(first) = absaetze.first_mut() {
        if let Some(b) = gruppensatz(first) {
            // the group's other questions are those named that have no answer yet
            let (genannt, rest): (Vec<Fragenummer>, Vec<Fragenummer>) = std::mem::take(offen)
                .into_iter()
                .partition(|n| b.iter().any(|r| r.enthaelt(n)));
            *offen = rest;
            fragen = genannt;
            fragen.push(nummer);
            gemeinsam = true;
            let end = first
                .find("beantwortet.")
                .map_or(first.len(), |p| p + "beantwortet.".len());
            *first = first.get(end..).unwrap_or("").trim().to_owned();
        }
    }
    absaetze.retain(|p| !p.is_empty());
    Einzelantwort {
        amt: kopf.amt,
        name: kopf.name,
        gedruckt: kopf.gedruckt,
        datum: kopf.datum,
        fragen,
        gemeinsam,
        absaetze,
        span: lines.span_lines(k, bis.saturating_sub(1).max(k)),
    }
}

/// The closing line `Berlin, den 9. Mai 2025`: a place, `den` and a date, nothing else.
fn schluss(line: &str) -> Option<Unterzeichnung> {
    let (ort, rest) = line.split_once(", den ")?;
    let ort_ok = ort.len() < 40
        && ort.starts_with(|c: char| c.is_uppercase())
        && !ort.contains(|c: char| c.is_ascii_digit());
    let (r, d) = ok(rest, datum)?;
    (ort_ok && r.trim().is_empty()).then(|| Unterzeichnung {
        ort: Some(ort.to_owned()),
        datum: Some(d),
        text: String::new(),
    })
}

/// Whether `line` heads an annex: `Anlage`, `Anlage 2`, `Anlage zu Frage 12`.
fn ist_anlage(line: &str) -> bool {
    (line == "Anlage" || line.starts_with("Anlage ")) && line.len() < 80
}

/// What follows the closing: annexes (`Anlage zu Frage 12`, tables), one section per `Anlage`
/// heading.
fn anlagen(ctx: &Ctx<'_>, start: usize, ende: usize) -> Vec<Abschnitt> {
    let lines = ctx.lines;
    let mut out = Vec::new();
    let mut von = start;
    for k in start..=ende {
        let neu = k == ende || (k > von && ist_anlage(lines.text(k)));
        if neu && k > von {
            let kopf = lines.text(von);
            let (ueberschrift, ab) = if ist_anlage(kopf) {
                (kopf, von + 1)
            } else {
                ("", von)
            };
            out.push(ctx.abschnitt(ueberschrift, ab, k));
            von = k;
        }
    }
    out
}

/// Cross-checks the index of askers against the items, and (where answers are printed) that
/// every question has one.
fn pruefe(ctx: &mut Ctx<'_>, sf: &SchriftlicheFragen) {
    let lines = ctx.lines;
    let mut nach_nummer: Vec<(Fragenummer, usize)> = sf
        .fragen
        .iter()
        .enumerate()
        .map(|(k, f)| (f.nummer, k))
        .collect();
    nach_nummer.sort();
    let finde_frage = |n: &Fragenummer| {
        nach_nummer
            .binary_search_by(|(m, _)| m.cmp(n))
            .ok()
            .and_then(|p| nach_nummer.get(p))
            .and_then(|&(_, k)| sf.fragen.get(k))
    };
    let buchstaben = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    for e in &sf.fragende {
        for n in &e.fragen {
            let passt = finde_frage(n)
                .is_some_and(|f| buchstaben(&f.person.name) == buchstaben(&e.person.name));
            if !passt {
                let d = lines.diagnostic(
                    ErrorKind::Frage,
                    e.span,
                    &format!("question {n} asked by {}", e.person.name),
                    finde_frage(n).map_or("no such question", |f| f.person.name.as_str()),
                );
                ctx.diagnosen.push(d);
            }
        }
    }
    let mit_antworten = sf.fragen.iter().any(|f| f.antwort.is_some());
    if !mit_antworten {
        return;
    }
    for f in &sf.fragen {
        if sf.antwort_auf(&f.nummer).is_none() {
            let found = f.text.clone();
            let d = lines.diagnostic(
                ErrorKind::Antwort,
                Span::new(f.span.start, f.span.start),
                &format!("an answer to question {}", f.nummer),
                &found,
            );
            ctx.diagnosen.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_lines() {
        assert_eq!(item_anfang("23. Abgeordneter"), Some(Fragenummer::new(23)));
        assert_eq!(item_anfang("7. Abgeordnete"), Some(Fragenummer::new(7)));
        assert_eq!(item_anfang("19. Abg."), Some(Fragenummer::new(19)));
        assert_eq!(item_anfang("20. Legislaturperiode für Frisöre"), None);
        assert_eq!(item_anfang("19. THAMM Plus: 73 eingereiste Personen"), None);
        assert_eq!(item_anfang("3. Abgeordneter Max"), None);
    }

    #[test]
    fn index_entries() {
        let (p, g) = eintrag("Alhamwi, Alaa, Dr. (BÜNDNIS 90/DIE GRÜNEN) . . . . 76").unwrap();
        assert_eq!(p.name, "Dr. Alaa Alhamwi");
        assert_eq!(p.titel.as_deref(), Some("Dr."));
        assert_eq!(p.fraktion.as_deref(), Some("BÜNDNIS 90/DIE GRÜNEN"));
        assert_eq!(g, "Alhamwi, Alaa, Dr. (BÜNDNIS 90/DIE GRÜNEN)");
        let (p, _) = eintrag("Aken, Jan van (Die Linke) . . . . 18, 19").unwrap();
        assert_eq!(p.name, "Jan van Aken");
        let (p, _) = eintrag("Mayer, Stephan (Altötting) (CDU/CSU) . . . 45").unwrap();
        assert_eq!(p.name, "Stephan Mayer (Altötting)");
        assert_eq!(p.fraktion.as_deref(), Some("CDU/CSU"));
        assert_eq!(
            nummern_am_ende("Brandner, Stephan (AfD) . . . . . 1, 47"),
            Some(vec![Fragenummer::new(1), Fragenummer::new(47)])
        );
        assert_eq!(nummern_am_ende("Alhamwi, Alaa, Dr."), None);
        assert_eq!(
            nummern_am_ende("Drucksache 21/119 – II – 21. Wahlperiode"),
            None
        );
    }

    #[test]
    fn title_facts() {
        let mut sf = SchriftlicheFragen::default();
        kopfangaben(
            &mut sf,
            "Fragen für die Fragestunde der 3. Sitzung des Deutschen Bundestages am Mittwoch, dem 14. Mai 2025",
        );
        assert_eq!(sf.sitzung, Some(3));
        assert_eq!(
            sf.sitzungstag.map(|d| d.to_string()).as_deref(),
            Some("2025-05-14")
        );
        kopfangaben(
            &mut sf,
            "Schriftliche Fragen mit den in der Woche vom 5. Mai 2025 eingegangenen Antworten der Bundesregierung",
        );
        assert_eq!(
            sf.woche_vom.map(|d| d.to_string()).as_deref(),
            Some("2025-05-05")
        );
    }
}
