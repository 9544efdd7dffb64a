//! The round trip on generated models: askers, titles, 1–150 questions with sub-questions,
//! Vorbemerkungen and answer blocks (single, grouped, sub-questions answered apart) in the
//! layouts of several parliaments. Parsing the printed form gives the model again, up to
//! `Drucksache::ohne_druckform`.
//!
//! `DRUCKSACHE_RENDER_FAELLE` sets the number of generated models (.ci/run: 10,000); plain
//! `cargo test` runs 200.

mod util;

use chrono::NaiveDate;
use drucksache::{AnfrageBuilder, Drucksache, Parlament};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Value, json};

const VORNAMEN: [&str; 10] = [
    "Anna",
    "Max",
    "Eva",
    "Jan",
    "Clara",
    "René",
    "Sören",
    "Lisa-Kristin",
    "Zada",
    "Jörn",
];
const NACHNAMEN: [&str; 9] = [
    "Muster",
    "Beispiel",
    "Bünger",
    "Koçak",
    "Schmidt",
    "Reichinnek",
    "Neumann-Martin",
    "Weiß",
    "Hoß",
];
const FRAKTIONEN: [&str; 7] = [
    "AfD",
    "SPD",
    "CDU/CSU",
    "Die Linke",
    "BÜNDNIS 90/DIE GRÜNEN",
    "FDP",
    "BSW",
];
const NOMEN: [&str; 16] = [
    "Radverkehr",
    "Haushalt",
    "Förderung",
    "Kommunen",
    "Verwaltung",
    "Daten",
    "Stellen",
    "Verfahren",
    "Bericht",
    "Schulen",
    "Energie",
    "Wohnungsbau",
    "Pflege",
    "Landwirtschaft",
    "Digitalisierung",
    "Umwelt",
];
const WOERTER: [&str; 24] = [
    "die",
    "der",
    "für",
    "im",
    "Jahr",
    "Bund",
    "Länder",
    "Mittel",
    "werden",
    "sind",
    "wurden",
    "bereits",
    "insgesamt",
    "regelmäßig",
    "Maßnahmen",
    "Projekte",
    "Anträge",
    "geprüft",
    "gefördert",
    "2024",
    "rund",
    "Prozent",
    "bundesweit",
    "und",
];
const FRAGEWOERTER: [&str; 5] = [
    "Wie viele",
    "Welche",
    "Wann",
    "Inwiefern",
    "In welcher Höhe",
];

/// A generated model's plan: which parliament, who asks, what is asked and answered.
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent choices of the generator"
)]
#[derive(Debug, Clone)]
struct Plan {
    parlament: Parlament,
    antwort: bool,
    nummer: u32,
    tag: u32,
    personen: Vec<(usize, usize, bool)>,
    fraktion: usize,
    weitere: bool,
    titel: Vec<usize>,
    vorbemerkung: Vec<Vec<usize>>,
    regierung_vorbemerkung: Vec<Vec<usize>>,
    fragen: Vec<(usize, Vec<usize>, Vec<Vec<usize>>)>,
    /// How the questions are answered: group sizes, grouped together, sub-questions apart.
    bloecke: Vec<(usize, bool, bool)>,
    absaetze: Vec<Vec<usize>>,
    ressort: usize,
    schreiben: bool,
    signatur: bool,
}

fn woerter(n: std::ops::Range<usize>) -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(0..WOERTER.len(), n)
}

fn plan() -> impl Strategy<Value = Plan> {
    let parlamente = prop::sample::select(vec![
        Parlament::BT,
        Parlament::NW,
        Parlament::SL,
        Parlament::BW,
        Parlament::SH,
        Parlament::NI,
    ]);
    let frage = (
        0..FRAGEWOERTER.len(),
        woerter(3..16),
        prop::collection::vec(woerter(2..10), 0..4),
    );
    (
        (parlamente, any::<bool>(), 1u32..20_000, 0u32..3000),
        (
            prop::collection::vec((0..VORNAMEN.len(), 0..NACHNAMEN.len(), any::<bool>()), 1..6),
            0..FRAKTIONEN.len(),
            any::<bool>(),
            prop::collection::vec(0..NOMEN.len(), 2..8),
        ),
        (
            prop::collection::vec(woerter(4..30), 0..3),
            prop::collection::vec(woerter(4..30), 0..3),
            prop::collection::vec(frage, 1..150),
        ),
        (
            prop::collection::vec((1usize..4, any::<bool>(), any::<bool>()), 1..150),
            prop::collection::vec(woerter(3..25), 1..4),
            0usize..4,
            any::<bool>(),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (parlament, antwort, nummer, tag),
                (personen, fraktion, weitere, titel),
                (vorbemerkung, regierung_vorbemerkung, fragen),
                (bloecke, absaetze, ressort, schreiben, signatur),
            )| Plan {
                parlament,
                antwort,
                nummer,
                tag,
                personen,
                fraktion,
                weitere,
                titel,
                vorbemerkung,
                regierung_vorbemerkung,
                fragen,
                bloecke,
                absaetze,
                ressort,
                schreiben,
                signatur,
            },
        )
}

fn satz(w: &[usize], gross: &str, ende: &str) -> String {
    let mut out = gross.to_owned();
    for &i in w {
        out.push(' ');
        out.push_str(WOERTER[i % WOERTER.len()]);
    }
    out.push_str(ende);
    out
}

fn datum(tag: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2021, 1, 1).unwrap() + chrono::Days::new(u64::from(tag))
}

fn name(&(v, n, dr): &(usize, usize, bool)) -> String {
    let t = if dr { "Dr. " } else { "" };
    format!("{t}{} {}", VORNAMEN[v], NACHNAMEN[n])
}

fn titel(p: &Plan) -> String {
    let mut w: Vec<&str> = p.titel.iter().map(|&i| NOMEN[i]).collect();
    w.insert(1, "und");
    w.join(" ")
}

fn frage_texte(p: &Plan) -> Vec<(String, Vec<String>)> {
    p.fragen
        .iter()
        .map(|(f, w, unter)| {
            let unter: Vec<String> = unter
                .iter()
                .map(|u| satz(u, "in wie vielen Fällen", "?"))
                .collect();
            let ende = if unter.is_empty() || w.len() % 2 == 0 {
                " (bitte nach Jahren aufschlüsseln)?"
            } else {
                ","
            };
            (satz(w, FRAGEWOERTER[*f], ende), unter)
        })
        .collect()
}

/// A Kleine Anfrage, composed with the builder.
fn kleine_anfrage(p: &Plan) -> Drucksache {
    let mut b = AnfrageBuilder::new(p.parlament)
        .dokumentnummer(drucksache::Dokumentnummer::new(21, p.nummer))
        .datum(datum(p.tag))
        .titel(&titel(p));
    for person in &p.personen {
        b = b.abgeordnete(&name(person), FRAKTIONEN[p.fraktion]);
    }
    if p.weitere {
        b = b.weitere_abgeordnete();
    }
    b = b.vorbemerkung(p.vorbemerkung.iter().map(|w| satz(w, "Seit", ".")));
    for (text, unter) in frage_texte(p) {
        b = b.frage_mit_unterfragen(&text, unter);
    }
    if p.signatur {
        b = b.unterzeichnung(
            "Berlin",
            datum(p.tag),
            &format!("{} und Fraktion", name(&p.personen[0])),
        );
    }
    b.build()
}

/// An Antwort, written as JSON (the model's interface for other tools).
#[allow(clippy::too_many_lines, reason = "one JSON model, field by field")]
fn antwort(p: &Plan) -> Drucksache {
    let regierung = if p.parlament == Parlament::BT {
        "Bundesregierung"
    } else {
        "Landesregierung"
    };
    let kombiniert = matches!(p.parlament, Parlament::BW | Parlament::SH);
    let ressorts: [&str; 4] = if p.parlament == Parlament::BT {
        [
            "Bundesministerium des Innern",
            "Auswärtiges Amt",
            "Bundesministerium für Wirtschaft und Energie",
            regierung,
        ]
    } else {
        [
            "Ministerium für Soziales, Gesundheit und Integration",
            "Minister für Wirtschaft, Innovation, Digitalisierung und Energie",
            "Ministerin für Heimat, Kommunales, Bau und Gleichstellung",
            regierung,
        ]
    };
    let bezug = format!("21/{}", p.nummer + 1);
    let texte = frage_texte(p);
    let mut fragen = Vec::new();
    for (i, (text, unter)) in texte.iter().enumerate() {
        let n = i + 1;
        let unter: Vec<Value> = unter
            .iter()
            .zip('a'..='z')
            .map(|(u, c)| json!({"nummer": format!("{n}{c}"), "text": u, "span": {"start": 0, "end": 0}}))
            .collect();
        fragen.push(json!({"nummer": n.to_string(), "text": text, "unterfragen": unter, "span": {"start": 0, "end": 0}}));
    }
    // answer blocks over consecutive questions; the last questions may stay unanswered
    let mut antworten = Vec::new();
    let mut k = 0;
    let mut absatz = 0;
    let mut naechster_absatz = |antworten_bisher: usize| {
        absatz += 1;
        let w = &p.absaetze[absatz % p.absaetze.len()];
        if antworten_bisher > 0 && absatz % 5 == 0 {
            return (
                "Auf die Antwort zu Frage 1 wird verwiesen.".to_owned(),
                vec![json!({"ziel": "Antwort", "fragen": ["1"], "span": {"start": 0, "end": 0}})],
            );
        }
        (satz(w, "Nach Angaben der Verwaltung", "."), Vec::new())
    };
    for &(groesse, gemeinsam, getrennt) in &p.bloecke {
        if k >= texte.len() {
            break;
        }
        let bis = (k + groesse).min(texte.len());
        let block = |fragen: Vec<String>, gemeinsam: bool, (text, qv): (String, Vec<Value>)| json!({"fragen": fragen, "gemeinsam": gemeinsam, "absaetze": [text], "querverweise": qv, "span": {"start": 0, "end": 0}});
        let (_, unter) = &texte[k];
        let stem_fertig = texte[k].0.ends_with('?');
        if bis == k + 1 && getrennt && !unter.is_empty() && stem_fertig {
            antworten.push(block(
                vec![(k + 1).to_string()],
                false,
                naechster_absatz(antworten.len()),
            ));
            for c in ('a'..='z').take(unter.len()) {
                antworten.push(block(
                    vec![format!("{}{c}", k + 1)],
                    false,
                    naechster_absatz(antworten.len()),
                ));
            }
        } else {
            let nummern: Vec<String> = (k + 1..=bis).map(|n| n.to_string()).collect();
            antworten.push(block(
                nummern,
                gemeinsam && bis > k + 1,
                naechster_absatz(antworten.len()),
            ));
        }
        k = bis;
    }
    let urheber = json!({
        "personen": p.personen.iter().map(|x| json!({"name": name(x), "titel": if x.2 { Some("Dr.") } else { None }, "fraktion": FRAKTIONEN[p.fraktion]})).collect::<Vec<_>>(),
        "fraktionen": [{"name": FRAKTIONEN[p.fraktion], "gruppe": false}],
        "weitere": p.weitere,
    });
    let abschnitt = |ueberschrift: &str, absaetze: &Vec<Vec<usize>>| {
        (!absaetze.is_empty()).then(|| {
            json!({
                "ueberschrift": ueberschrift,
                "absaetze": absaetze.iter().map(|w| satz(w, "Seit", ".")).collect::<Vec<_>>(),
                "span": {"start": 0, "end": 0},
            })
        })
    };
    let vorbemerkung_fragesteller = if kombiniert {
        ""
    } else {
        "Vorbemerkung der Fragesteller"
    };
    let titel = titel(p);
    let verweise = if kombiniert {
        json!([])
    } else {
        json!([{"dokumentnummer": bezug, "gedruckt": "", "span": {"start": 0, "end": 0}}])
    };
    let model = json!({
        "kopf": {
            "parlament": p.parlament.code(),
            "wahlperiode": 21,
            "dokumentnummer": format!("21/{}", p.nummer),
            "datum": datum(p.tag).to_string(),
            "drucksachetyp": "Antwort",
            "urheber": [regierung],
            "daten": [],
            "vorabfassung": false,
            "neudruck": false,
        },
        "titel": titel,
        "inhalt": {
            "art": "antwort",
            "anfrage": {
                "anfrageart": "Kleine Anfrage",
                "nummer": null,
                "datum": null,
                "drucksache": if kombiniert { Value::Null } else { bezug.into() },
                "urheber": urheber,
                "titel": titel,
                "vorbemerkung": abschnitt(vorbemerkung_fragesteller, &p.vorbemerkung),
                "fragen": fragen,
                "unterzeichnung": null,
            },
            "ressort": {"name": ressorts[p.ressort], "gedruckt": ""},
            "mitbeteiligt": [],
            "schreiben_vom": p.schreiben.then(|| datum(p.tag + 20).to_string()),
            "vorbemerkung": abschnitt(&format!("Vorbemerkung der {regierung}"), &p.regierung_vorbemerkung),
            "antworten": antworten,
            "unterzeichnung": null,
        },
        "verweise": verweise,
        "fussnoten": [],
        "diagnosen": [],
    });
    serde_json::from_value(model).expect("a model as JSON")
}

fn pruefe(p: &Plan) -> Result<(), TestCaseError> {
    let doc = if p.antwort {
        antwort(p)
    } else {
        kleine_anfrage(p)
    };
    let text = doc.to_text();
    let again =
        Drucksache::parse(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
    if !doc.gleicher_inhalt(&again) {
        let a = serde_json::to_value(doc.ohne_druckform()).unwrap();
        let b = serde_json::to_value(again.ohne_druckform()).unwrap();
        let d = util::first_difference("", &a, &b).unwrap_or_default();
        return Err(TestCaseError::fail(format!(
            "{d}\n--- printed form ---\n{text}"
        )));
    }
    Ok(())
}

#[test]
fn generated_models_round_trip() {
    let faelle = std::env::var("DRUCKSACHE_RENDER_FAELLE")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let mut runner = TestRunner::new(Config {
        cases: faelle,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&plan(), |p| pruefe(&p));
    eprintln!("round trip: {faelle} generated models");
    if let Err(e) = result {
        panic!("{e}");
    }
}
