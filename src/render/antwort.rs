//! The answer: the reference to the question, the Vorbemerkungen, who answers (the attribution
//! sentence of the Landtage, the Bundestag's transmission note), and the reprinted questions
//! with their answer blocks.
//!
//! Answers follow their questions unlabelled where the parliament prints them so (Bundestag,
//! Nordrhein-Westfalen) and the model allows it; otherwise each block gets a label (`Zu Frage
//! 3:`, `Zu 1. und 2.:`). Grouped answers open with `Die Fragen 1 bis 5 werden gemeinsam
//! beantwortet.`

use std::fmt::Write as _;

use super::anfrage::{self, urheber};
use super::{Satz, aufzaehlung, datum_kurz, datum_lang, kopf};
use crate::parse::{endet_frage, folgt_auf, frage_anfang, ist_behoerde, laufende_nummer};
use crate::profil::Beschriftung;
use crate::{
    Abschnitt, Antwort, Antwortblock, Datumsrolle, Drucksache, Frage, Fragenummer, Parlament,
    Ressort, Unterfrage,
};

/// An answer as its parliament prints it: a paper of its own, or (where the parliament prints
/// question and answer together and the answer names no Drucksache of the question) a combined
/// print.
pub(super) fn drucksache(s: &mut Satz, d: &Drucksache, a: &Antwort) {
    if let Some(u) = urheber(&a.anfrage.urheber).filter(|_| !a.anfrage.daten.is_empty()) {
        mit_vermerk(s, d, a, &u);
    } else if s.profil.kombiniert
        && a.anfrage.drucksache.is_none()
        && a.anfrage.nummer.as_deref().is_none_or(nach_instrument)
    {
        kombiniert(s, d, a);
    } else {
        getrennt(s, d, a);
    }
}

/// Whether a running number reads back after the instrument on a combined print's type line
/// (`Kleine Anfrage 5441`, `Schriftliche Anfrage 19/10041`): digits and slashes. A paper with
/// another number (`KA 8/1400`) is printed as a separate answer, which names it after the title.
fn nach_instrument(nummer: &str) -> bool {
    nummer.starts_with(|c: char| c.is_ascii_digit())
        && nummer.chars().all(|c| c.is_ascii_digit() || c == '/')
}

/// `Antwort` / `der Bundesregierung` / `auf die Kleine Anfrage … – Drucksache 21/162 –`, title,
/// Vorbemerkungen, questions and answers, the transmission note.
#[allow(
    clippy::many_single_char_names,
    reason = "writer, document, answer, question: the same four throughout"
)]
fn getrennt(s: &mut Satz, d: &Drucksache, a: &Antwort) {
    kopf::kopf(s, d, Some("Antwort"));
    s.absatz(s.profil.regierung_genitiv);
    let k = &a.anfrage;
    let mut bezug = format!("auf die {}", k.anfrageart);
    // a running number the reference reads back (`auf die Kleine Anfrage 3929`); another
    // (`KA 8/1400`, or one after `… zur schriftlichen Beantwortung`) gets a line after the title
    let mut nummernzeile = None;
    if let Some(n) = &k.nummer {
        let mit = format!("{bezug} {n}");
        if laufende_nummer(&mit).as_ref() == Some(n) {
            bezug = mit;
        } else {
            nummernzeile = Some(n);
        }
    }
    if let Some(datum) = k.datum.filter(|_| nummernzeile.is_none()) {
        let _ = write!(bezug, " vom {}", datum_lang(datum));
    }
    if let Some(u) = urheber(&k.urheber) {
        bezug.push(' ');
        bezug.push_str(&u);
    }
    s.block();
    let t = s.text(&bezug);
    s.zeile(&t);
    // where the header carries it in brackets, the number is not printed again
    let im_kopf = s.profil.bezug_in_klammern && d.kopf.dokumentnummer.is_some();
    if let Some(nr) = k.drucksache.filter(|_| !im_kopf) {
        s.zeile(&format!("– Drucksache {nr} –"));
    }
    s.block();
    anfrage::titel(s, d.titel.as_deref().or(k.titel.as_deref()));
    if let Some(n) = nummernzeile {
        // "Kleine Anfrage – KA 8/1400 vom 29.03.2023" (Sachsen-Anhalt)
        let art = ["Kleine Anfrage", "Große Anfrage"]
            .into_iter()
            .find(|a| k.anfrageart.as_str().starts_with(a))
            .unwrap_or("Anfrage");
        let mut zeile = format!("{art} – {n}");
        if let Some(datum) = k.datum {
            let _ = write!(zeile, " vom {}", datum_kurz(datum));
        }
        s.absatz(&zeile);
    }
    vorspann(s, a, true, true);
    fragenteil(s, a);
    if let Some(u) = &a.unterzeichnung {
        anfrage::unterzeichnung(s, u);
    }
    uebermittlung(s, a);
}

/// A combined print: the question paper's opening (`Kleine Anfrage` / askers / `und` / `Antwort`
/// / who answers), then each question with its answer; where the question paper's closing is
/// kept, its questions and closing first and the answer part after a line `Antwort`.
fn kombiniert(s: &mut Satz, d: &Drucksache, a: &Antwort) {
    let k = &a.anfrage;
    kopf::kopf(s, d, Some(&anfrage::typzeile(k)));
    if let Some(u) = urheber(&k.urheber) {
        s.absatz(&u);
    }
    // the answer's date in the head: `und Antwort vom …` after the title (Berlin)
    let antwort_vom = d.kopf.datum_als(Datumsrolle::Antwort);
    if antwort_vom.is_none() {
        s.block();
        s.zeile("und");
        s.zeile("Antwort");
        s.zeile(&ressort_zeile(
            s.profil.regierung_genitiv,
            s.profil.regierung,
            a.ressort.as_ref(),
        ));
        s.block();
    }
    if let Some(datum) = k.datum {
        s.absatz(&format!("vom {}", super::datum_kurz(datum)));
    }
    anfrage::titel(s, d.titel.as_deref().or(k.titel.as_deref()));
    let mut im_kopf = false;
    if let Some(datum) = antwort_vom {
        s.absatz(&format!("und Antwort vom {}", datum_lang(datum)));
        // the letterhead of the answer: the answering body
        if let Some(r) = a.ressort.as_ref().filter(|r| ist_behoerde(&r.name)) {
            s.absatz(&r.name);
            im_kopf = a.schreiben_vom == Some(datum);
        }
    }
    if let Some(v) = k
        .vorbemerkung
        .as_ref()
        .filter(|v| v.ueberschrift.is_empty())
    {
        for p in &v.absaetze {
            s.absatz(p);
        }
    }
    anfrage::einleitung(s, d, &k.urheber);
    if let Some(u) = &k.unterzeichnung {
        anfrage::fragen(s, &k.fragen);
        anfrage::unterzeichnung(s, u);
        s.ueberschrift(2, "Antwort");
    }
    // what the head printed needs no attribution sentence
    vorspann(s, a, false, !im_kopf || !a.mitbeteiligt.is_empty());
    fragenteil(s, a);
    if let Some(u) = &a.unterzeichnung {
        anfrage::unterzeichnung(s, u);
    }
}

/// A question paper reprinted with its answer, under a receipt note that dates both (the dates
/// of the question are the model's only record of it, Niedersachsen): `Kleine Anfrage zur
/// schriftlichen Beantwortung` / `mit Antwort der Landesregierung` / the askers / `Antwort des …
/// namens der Landesregierung` / the title / `Anfrage der Abgeordneten …, eingegangen am
/// 01.07.2025 - Drs. 19/7659,` / `an die Staatskanzlei übersandt am 07.07.2025` / `Antwort des …
/// namens der Landesregierung vom 08.08.2025`; then the Vorbemerkungen, each question with its
/// answer.
fn mit_vermerk(s: &mut Satz, d: &Drucksache, a: &Antwort, fragende: &str) {
    let k = &a.anfrage;
    kopf::kopf(s, d, Some(&anfrage::typzeile(k)));
    // head lines, not paragraphs: no footnote marker goes there
    s.block();
    s.zeile(&format!("mit Antwort {}", s.profil.regierung_genitiv));
    s.block();
    s.zeile(fragende);
    let wer = a
        .ressort
        .as_ref()
        .filter(|r| r.name != s.profil.regierung)
        .map(|r| {
            let name = if r.gedruckt.starts_with("des ") || r.gedruckt.starts_with("der ") {
                r.gedruckt.clone()
            } else {
                phrase(&r.name, Kasus::Genitiv)
            };
            format!("Antwort {name} namens {}", s.profil.regierung_genitiv)
        });
    if let Some(w) = &wer {
        s.block();
        s.zeile(w);
    }
    anfrage::titel(s, d.titel.as_deref().or(k.titel.as_deref()));
    let vom = d.kopf.datum_als(Datumsrolle::Antwort).or(a.schreiben_vom);
    let zeilen = vermerk(s.profil.regierung_genitiv, k, fragende, wer, vom);
    s.block();
    for zeile in &zeilen {
        let text = s.text(zeile);
        s.zeile(&text);
    }
    s.block();
    vorspann(s, a, true, !a.mitbeteiligt.is_empty());
    fragenteil(s, a);
    if let Some(u) = &a.unterzeichnung {
        anfrage::unterzeichnung(s, u);
    }
}

/// The lines of a receipt note, one per step: received (with the question's number), passed
/// on, answered (`antwort`: `Antwort des … namens der Landesregierung`, on the date `vom`).
fn vermerk(
    regierung_genitiv: &str,
    k: &crate::KleineAnfrage,
    fragende: &str,
    antwort: Option<String>,
    vom: Option<chrono::NaiveDate>,
) -> Vec<String> {
    let mut zeilen = vec![format!("Anfrage {fragende}")];
    for angabe in &k.daten {
        let datum = datum_kurz(angabe.datum);
        if angabe.rolle == Datumsrolle::Zuleitung {
            zeilen.push(format!("an die Staatskanzlei übersandt am {datum}"));
        } else if let Some(z) = zeilen.last_mut() {
            let _ = write!(z, ", {} {datum}", rollenwort(angabe.rolle));
            if angabe.rolle == Datumsrolle::Eingang {
                if let Some(nr) = k.drucksache {
                    let _ = write!(z, " - Drs. {nr},");
                }
            }
        }
    }
    if let Some(datum) = vom {
        let zeile = antwort.unwrap_or_else(|| {
            // an answer line naming no body continues the note only after a comma
            if let Some(z) = zeilen.last_mut().filter(|z| !z.ends_with(',')) {
                z.push(',');
            }
            format!("Antwort {regierung_genitiv}")
        });
        zeilen.push(format!("{zeile} vom {}", datum_kurz(datum)));
    }
    zeilen
}

/// The words a receipt note dates a step with: `eingegangen am`.
fn rollenwort(rolle: Datumsrolle) -> &'static str {
    match rolle {
        Datumsrolle::Original => "Datum des Originals:",
        Datumsrolle::Eingang => "eingegangen am",
        Datumsrolle::Ausgegeben => "ausgegeben am",
        Datumsrolle::Neudruck => "Neudruck",
        Datumsrolle::Verteilt => "verteilt am",
        Datumsrolle::Druck => "Druck:",
        Datumsrolle::Zuleitung => "übersandt am",
        Datumsrolle::Antwort => "Antwort vom",
    }
}

/// Who answers, under `Antwort` in a combined print: `des Ministeriums für …` as printed, or
/// `der Landesregierung - Ministerin für …`.
fn ressort_zeile(genitiv: &str, regierung: &str, r: Option<&Ressort>) -> String {
    match r {
        Some(r)
            if ["des ", "der ", "Der ", "Die "]
                .iter()
                .any(|p| r.gedruckt.starts_with(p))
                && !r.gedruckt.contains(" - ") =>
        {
            r.gedruckt.clone()
        }
        Some(r) if r.name != regierung => format!("{genitiv} - {}", r.name),
        _ => genitiv.to_owned(),
    }
}

/// The Vorbemerkungen and the attribution sentence (where `zuschreiben`), before the
/// questions. `getrennt`: whether the askers' Vorbemerkung is printed here (in a combined print
/// one without heading stands in the question part).
fn vorspann(s: &mut Satz, a: &Antwort, getrennt: bool, zuschreiben: bool) {
    if let Some(v) = a
        .anfrage
        .vorbemerkung
        .as_ref()
        .filter(|v| getrennt || !v.ueberschrift.is_empty())
    {
        abschnitt(s, v);
    }
    if zuschreiben && s.profil.parlament != Some(Parlament::BT) {
        if let Some(z) = zuschreibung(s, a) {
            s.absatz(&z);
        }
    }
    if let Some(v) = &a.vorbemerkung {
        abschnitt(s, v);
    }
}

fn abschnitt(s: &mut Satz, v: &Abschnitt) {
    if !v.ueberschrift.is_empty() {
        s.ueberschrift(3, &v.ueberschrift);
    }
    for p in &v.absaetze {
        s.absatz(p);
    }
}

/// The Landtage's attribution sentence: `Der Minister für … hat die Kleine Anfrage 3929 mit
/// Schreiben vom 18. August 2020 namens der Landesregierung im Einvernehmen mit der Ministerin
/// für … beantwortet.` Only where it says more than the default (the government as a whole).
fn zuschreibung(s: &Satz, a: &Antwort) -> Option<String> {
    let regierung = s.profil.regierung;
    let standard = a.ressort.as_ref().is_none_or(|r| r.name == regierung);
    if standard && a.schreiben_vom.is_none() && a.mitbeteiligt.is_empty() {
        return None;
    }
    let subjekt = match &a.ressort {
        Some(r)
            if ["Der ", "Die ", "Das "]
                .iter()
                .any(|p| r.gedruckt.starts_with(p)) =>
        {
            r.gedruckt.clone()
        }
        Some(r) => phrase(&r.name, Kasus::Nominativ),
        None => format!("Die {regierung}"),
    };
    let art = a.anfrage.anfrageart.as_str();
    let art = if art.contains("Anfrage") {
        art
    } else {
        "Anfrage"
    };
    let mut satz = format!("{subjekt} hat die {art}");
    if let Some(n) = &a.anfrage.nummer {
        let _ = write!(satz, " {n}");
    }
    if let Some(d) = a.schreiben_vom {
        let _ = write!(satz, " mit Schreiben vom {}", datum_lang(d));
    }
    let _ = write!(satz, " namens {}", s.profil.regierung_genitiv);
    if !a.mitbeteiligt.is_empty() {
        let teile: Vec<String> = a
            .mitbeteiligt
            .iter()
            .map(|r| {
                if ["der ", "dem ", "den "]
                    .iter()
                    .any(|p| r.gedruckt.starts_with(p))
                {
                    r.gedruckt.clone()
                } else {
                    phrase(&r.name, Kasus::Dativ)
                }
            })
            .collect();
        let _ = write!(satz, " im Einvernehmen mit {}", teile.join(" und mit "));
    }
    satz.push_str(" beantwortet.");
    Some(satz)
}

/// The Bundestag's transmission note: `Die Antwort wurde namens der Bundesregierung mit
/// Schreiben des Bundesministeriums … vom 30. Mai 2025 übermittelt.`
fn uebermittlung(s: &mut Satz, a: &Antwort) {
    if s.profil.parlament != Some(Parlament::BT) {
        return;
    }
    let regierung = s.profil.regierung;
    let standard = a.ressort.as_ref().is_none_or(|r| r.name == regierung);
    if standard && a.schreiben_vom.is_none() {
        return;
    }
    let mut satz = format!("Die Antwort wurde namens {}", s.profil.regierung_genitiv);
    if let Some(r) = a.ressort.as_ref().filter(|_| !standard) {
        let wer = if r.gedruckt.starts_with("des ") || r.gedruckt.starts_with("der ") {
            r.gedruckt.clone()
        } else {
            phrase(&r.name, Kasus::Genitiv)
        };
        let _ = write!(satz, " mit Schreiben {wer}");
    }
    if let Some(d) = a.schreiben_vom {
        let _ = write!(satz, " vom {}", datum_lang(d));
    }
    satz.push_str(" übermittelt.");
    s.block();
    if s.md {
        s.zeile(&format!("*{}*", super::inline(&satz)));
    } else {
        s.zeile(&satz);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kasus {
    Nominativ,
    Genitiv,
    Dativ,
}

/// Head nouns of answering bodies and offices: nominative ending, genitive ending, gender (`m`,
/// `f`, `n`).
/// The parser reads these phrases back into the nominative (parse/ressort.rs).
const KOEPFE: [(&str, &str, char); 21] = [
    ("ministerium", "ministeriums", 'n'),
    ("ministerin", "ministerin", 'f'),
    ("minister", "ministers", 'm'),
    ("sekretärin", "sekretärin", 'f'),
    ("sekretär", "sekretärs", 'm'),
    ("kanzlerin", "kanzlerin", 'f'),
    ("kanzler", "kanzlers", 'm'),
    ("amt", "amtes", 'n'),
    ("senatsverwaltung", "senatsverwaltung", 'f'),
    ("senatorin", "senatorin", 'f'),
    ("senator", "senators", 'm'),
    ("senat", "senats", 'm'),
    ("staatskanzlei", "staatskanzlei", 'f'),
    ("kanzlei", "kanzlei", 'f'),
    ("chefin", "chefin", 'f'),
    ("chef", "chefs", 'm'),
    ("regierung", "regierung", 'f'),
    ("präsidentin", "präsidentin", 'f'),
    ("präsident", "präsidenten", 'm'),
    ("beauftragter", "beauftragten", 'm'),
    ("beauftragte", "beauftragten", 'f'),
];

/// The name of an answering body with its article in `kasus`: `des Bundesministeriums für …`,
/// `dem Auswärtigen Amt`, `Die Ministerin für …`. Names whose head noun is unknown stay as
/// they are.
pub(super) fn phrase(name: &str, kasus: Kasus) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let kopf = words.iter().enumerate().find_map(|(i, w)| {
        let lower = w.to_lowercase();
        KOEPFE
            .iter()
            .find(|(nom, _, _)| lower.ends_with(nom))
            .map(|&k| (i, k))
    });
    let Some((h, (nom, genitiv, genus))) = kopf.filter(|&(h, _)| h <= 2) else {
        return name.to_owned();
    };
    if kasus == Kasus::Nominativ && h > 0 {
        // a strong adjective before the head reads back only without an article
        return name.to_owned();
    }
    let artikel = match (kasus, genus) {
        (Kasus::Nominativ, 'm') => "Der",
        (Kasus::Nominativ, 'f') => "Die",
        (Kasus::Nominativ, _) => "Das",
        (Kasus::Genitiv | Kasus::Dativ, 'f') => "der",
        (Kasus::Genitiv, _) => "des",
        (Kasus::Dativ, _) => "dem",
    };
    if kasus == Kasus::Nominativ {
        return format!("{artikel} {name}");
    }
    let stark = match genus {
        'm' => "er",
        'f' => "e",
        _ => "es",
    };
    let mut out = vec![artikel.to_owned()];
    for (i, w) in words.iter().enumerate() {
        let gebeugt = match i.cmp(&h) {
            std::cmp::Ordering::Less => match w.strip_suffix(stark) {
                Some(stamm) if w.starts_with(char::is_uppercase) => format!("{stamm}en"),
                _ => (*w).to_owned(),
            },
            std::cmp::Ordering::Equal => {
                let stamm = w.get(..w.len().saturating_sub(nom.len())).unwrap_or("");
                let ende = match kasus {
                    Kasus::Genitiv => genitiv,
                    Kasus::Dativ if nom.starts_with("beauftragte") => "beauftragten",
                    Kasus::Dativ | Kasus::Nominativ => nom,
                };
                let wort = format!("{stamm}{ende}");
                if stamm.is_empty() {
                    let mut c = wort.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                } else {
                    wort
                }
            }
            std::cmp::Ordering::Greater => (*w).to_owned(),
        };
        out.push(gebeugt);
    }
    out.join(" ")
}

/// One printing step of the questions-and-answers part.
enum Schritt<'a> {
    /// A reprinted question, with its sub-questions or its stem alone.
    Frage(&'a Frage, bool),
    /// A sub-question reprinted apart, before its own answer.
    Unterfrage(&'a Unterfrage),
    /// An answer block, labelled or not.
    Antwort(&'a Antwortblock),
}

/// The reprinted questions and the answer blocks, in the parliament's style where the model
/// allows it, labelled otherwise.
fn fragenteil(s: &mut Satz, a: &Antwort) {
    let fragen = &a.anfrage.fragen;
    let bekannt: Vec<Fragenummer> = fragen
        .iter()
        .flat_map(|f| std::iter::once(f.nummer).chain(f.unterfragen.iter().map(|u| u.nummer)))
        .collect();
    let unbeschriftet = (s.profil.beschriftung == Beschriftung::Keine)
        .then(|| unbeschriftet(a))
        .flatten();
    let (schritte, stil) = if let Some(schritte) = unbeschriftet {
        (schritte, Beschriftung::Keine)
    } else {
        let stil = match s.profil.beschriftung {
            Beschriftung::Keine => Beschriftung::ZuFrage,
            b => b,
        };
        (beschriftet(a), stil)
    };
    for schritt in schritte {
        match schritt {
            Schritt::Frage(f, mit) => anfrage::frage(s, f, mit),
            Schritt::Unterfrage(u) => {
                s.block();
                anfrage::unterfrage_zeile(s, u);
                s.block();
            }
            Schritt::Antwort(b) => {
                if stil != Beschriftung::Keine {
                    let label = label(stil, &b.fragen, &bekannt);
                    s.absatz(&label);
                }
                if b.gemeinsam {
                    s.absatz(&format!(
                        "Die Fragen {} werden gemeinsam beantwortet.",
                        liste(&b.fragen, &bekannt)
                    ));
                }
                for p in &b.absaetze {
                    s.absatz(p);
                }
            }
        }
    }
}

/// `Zu Frage 3:`, `Zu den Fragen 1 bis 5:`, `Zu 1. und 2.:`.
fn label(stil: Beschriftung, fragen: &[Fragenummer], bekannt: &[Fragenummer]) -> String {
    match (stil, fragen) {
        (_, []) => "Antwort:".to_owned(),
        (Beschriftung::Zu, _) => {
            let teile: Vec<String> = fragen
                .iter()
                .map(|n| {
                    if n.buchstabe().is_none() && n.teile().len() == 1 {
                        format!("{n}.")
                    } else {
                        n.to_string()
                    }
                })
                .collect();
            format!("Zu {}:", aufzaehlung(&teile))
        }
        (_, [eine]) => format!("Zu Frage {eine}:"),
        _ => format!("Zu den Fragen {}:", liste(fragen, bekannt)),
    }
}

/// The questions of a block in running text: `3 bis 4d` where the range covers exactly them
/// (of all the numbers printed), else `1, 3 und 5`.
fn liste(fragen: &[Fragenummer], bekannt: &[Fragenummer]) -> String {
    if let (Some(&von), Some(&bis), true) = (fragen.first(), fragen.last(), fragen.len() >= 3) {
        let bereich: Vec<Fragenummer> = bekannt
            .iter()
            .copied()
            .filter(|n| *n >= von && *n <= bis)
            .collect();
        if bereich == fragen {
            return format!("{von} bis {bis}");
        }
    }
    aufzaehlung(&fragen.iter().map(ToString::to_string).collect::<Vec<_>>())
}

/// Every question before the first block that needs it, whole, then the block with its label.
fn beschriftet(a: &Antwort) -> Vec<Schritt<'_>> {
    let fragen = &a.anfrage.fragen;
    let mut gedruckt = 0;
    let mut out = Vec::new();
    for b in &a.antworten {
        let bis = fragen
            .iter()
            .rposition(|f| b.fragen.iter().any(|n| n.ohne_buchstabe() == f.nummer))
            .map_or(0, |k| k + 1);
        while gedruckt < bis {
            if let Some(f) = fragen.get(gedruckt) {
                out.push(Schritt::Frage(f, true));
            }
            gedruckt += 1;
        }
        out.push(Schritt::Antwort(b));
    }
    out.extend(
        fragen
            .iter()
            .skip(gedruckt)
            .map(|f| Schritt::Frage(f, true)),
    );
    out
}

/// The unlabelled order (question, then its answer; sub-questions answered apart reprinted
/// before their own answers), if the parser reads it back to the same blocks.
fn unbeschriftet(a: &Antwort) -> Option<Vec<Schritt<'_>>> {
    let fragen = &a.anfrage.fragen;
    // questions whose sub-questions are answered apart from the stem
    let getrennt: Vec<bool> = fragen
        .iter()
        .map(|f| {
            f.unterfragen.iter().any(|u| {
                a.antworten
                    .iter()
                    .any(|b| b.fragen.contains(&u.nummer) && !b.fragen.contains(&f.nummer))
            })
        })
        .collect();
    let mut gedruckt = vec![false; fragen.len()];
    let mut unter = vec![0usize; fragen.len()];
    let mut out = Vec::new();
    for b in &a.antworten {
        let index = |n: &Fragenummer| fragen.iter().position(|f| f.nummer == n.ohne_buchstabe());
        let bis = b
            .fragen
            .iter()
            .filter_map(|n| {
                let k = index(n)?;
                let ganz = n.buchstabe().is_none() || !getrennt.get(k).copied().unwrap_or(false);
                ganz.then_some(k)
            })
            .max();
        if let Some(bis) = bis {
            for k in 0..=bis {
                if !gedruckt.get(k).copied().unwrap_or(true) {
                    let f = fragen.get(k)?;
                    out.push(Schritt::Frage(
                        f,
                        !getrennt.get(k).copied().unwrap_or(false),
                    ));
                    *gedruckt.get_mut(k)? = true;
                }
            }
        }
        for n in b.fragen.iter().filter(|n| n.buchstabe().is_some()) {
            let k = index(n)?;
            if !getrennt.get(k).copied().unwrap_or(false) {
                continue;
            }
            let f = fragen.get(k)?;
            let bis = f.unterfragen.iter().position(|u| u.nummer == *n)?;
            let ab = unter.get(k).copied()?;
            for u in f.unterfragen.iter().take(bis + 1).skip(ab) {
                out.push(Schritt::Unterfrage(u));
            }
            *unter.get_mut(k)? = ab.max(bis + 1);
        }
        out.push(Schritt::Antwort(b));
    }
    for (k, f) in fragen.iter().enumerate() {
        if !gedruckt.get(k).copied().unwrap_or(true) {
            out.push(Schritt::Frage(
                f,
                !getrennt.get(k).copied().unwrap_or(false),
            ));
        }
        if getrennt.get(k).copied().unwrap_or(false) {
            let ab = unter.get(k).copied().unwrap_or(0);
            out.extend(f.unterfragen.iter().skip(ab).map(Schritt::Unterfrage));
        }
    }
    liest_sich_zurueck(&out).then_some(out)
}

/// Whether the parser, reading the unlabelled steps, gets the same blocks: each answer takes
/// the questions printed since the last one (plus those its grouping sentence names), starts
/// after a question mark, and each question after an answer shows a question mark.
fn liest_sich_zurueck(schritte: &[Schritt<'_>]) -> bool {
    let mut offen: Vec<Fragenummer> = Vec::new();
    let mut vorige: Option<&Schritt<'_>> = None;
    let mut letzte: Option<Fragenummer> = None;
    let mut buchstabe = 'a';
    for schritt in schritte {
        match schritt {
            Schritt::Frage(f, mit) => {
                let fragezeichen = std::iter::once(&f.text)
                    .chain(f.unterfragen.iter().filter(|_| *mit).map(|u| &u.text))
                    .any(|t| endet_frage(t) || t.ends_with('?'));
                let folgt = folgt_auf(letzte.as_ref(), &f.nummer);
                let schlicht = f.nummer.teile().len() == 1;
                let liest = match vorige {
                    None => folgt && fragezeichen,
                    Some(Schritt::Antwort(_)) => fragezeichen && (folgt || schlicht),
                    Some(_) => folgt || fragezeichen && schlicht,
                };
                if !liest {
                    return false;
                }
                if f.unterfragen.iter().any(|u| u.text.is_empty()) {
                    return false;
                }
                offen.push(f.nummer);
                letzte = Some(f.nummer);
                buchstabe = if *mit {
                    char::from_u32(u32::from('a') + u32::try_from(f.unterfragen.len()).unwrap_or(0))
                        .unwrap_or('z')
                } else {
                    'a'
                };
            }
            Schritt::Unterfrage(u) => {
                let nach = matches!(vorige, Some(Schritt::Antwort(_) | Schritt::Unterfrage(_)));
                if !nach
                    || letzte != Some(u.nummer.ohne_buchstabe())
                    || u.nummer.buchstabe() != Some(buchstabe)
                    || !(endet_frage(&u.text) || u.text.ends_with('?'))
                {
                    return false;
                }
                offen.push(u.nummer);
                buchstabe = char::from_u32(u32::from(buchstabe) + 1).unwrap_or('z');
            }
            Schritt::Antwort(b) => {
                let zuletzt = match vorige {
                    Some(Schritt::Frage(f, mit)) => f
                        .unterfragen
                        .last()
                        .filter(|_| *mit)
                        .map_or(&f.text, |u| &u.text),
                    Some(Schritt::Unterfrage(u)) => &u.text,
                    _ => return false,
                };
                if !endet_frage(zuletzt) {
                    return false;
                }
                let erste = if b.gemeinsam {
                    "Die Fragen"
                } else {
                    match b.absaetze.first() {
                        Some(p) => p.as_str(),
                        None => return false,
                    }
                };
                let unterfrage_zeile = {
                    let mut c = erste.chars();
                    matches!((c.next(), c.next(), c.next()), (Some(l), Some(')' | '.'), Some(' ')) if l.is_ascii_lowercase())
                };
                if erste.starts_with(char::is_lowercase)
                    || frage_anfang(erste).is_some()
                    || unterfrage_zeile
                {
                    return false;
                }
                let mut genommen = std::mem::take(&mut offen);
                if b.gemeinsam {
                    for n in &b.fragen {
                        if !genommen.contains(n) {
                            genommen.push(*n);
                        }
                    }
                    genommen.sort();
                }
                if genommen != b.fragen {
                    return false;
                }
            }
        }
        vorige = Some(schritt);
    }
    true
}
