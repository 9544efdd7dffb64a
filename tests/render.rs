//! The round trip of the renderer: parsing the printed form of a model gives the same model,
//! up to what `Drucksache::ohne_druckform` sets aside (spans, diagnostics, printed forms).
//!
//! Checked for every annotated fixture, and, when `DRUCKSACHE_BUNDESTAG` names the shared
//! Bundestag corpus (.ci/run sets it), for every Kleine Anfrage, Antwort and collection of
//! Schriftliche Fragen (or Fragen für die Fragestunde) in it.

mod util;

use std::collections::BTreeSet;

use drucksache::{Drucksache, Inhalt, Options, Parlament};
use serde_json::Value;

/// Documents whose printed form does not parse back to the same model yet (annotated stems and
/// Bundestag corpus files), from `tests/fixtures/render_known_failures.txt`. A failure not
/// listed fails the test; a listed document that round-trips is reported.
fn known_failures() -> BTreeSet<String> {
    util::read(&util::fixtures().join("render_known_failures.txt"))
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Splits round-trip results into new failures (returned) and known ones that now pass
/// (reported on stderr).
fn neue_fehler(results: Vec<(String, Result<(), String>)>) -> Vec<String> {
    let known = known_failures();
    let mut neu = Vec::new();
    for (name, r) in results {
        match (r, known.contains(&name)) {
            (Err(e), false) => neu.push(format!("{name}: {e}")),
            (Ok(()), true) => {
                eprintln!("{name} now round-trips: remove it from render_known_failures.txt");
            }
            _ => {}
        }
    }
    neu
}

/// Renders `doc`, parses the text again and says where the content differs, if it does.
fn round_trip(doc: &Drucksache) -> Result<(), String> {
    let text = doc.to_text();
    let again = Drucksache::parse(&text).map_err(|e| format!("the printed form fails: {e}"))?;
    if doc.gleicher_inhalt(&again) {
        return Ok(());
    }
    let a = serde_json::to_value(doc.ohne_druckform()).expect("model serializes");
    let b = serde_json::to_value(again.ohne_druckform()).expect("model serializes");
    Err(util::first_difference("", &a, &b).unwrap_or_else(|| "differs".to_owned()))
}

fn parse_annotated(path: &std::path::Path) -> Drucksache {
    let truth: Value =
        serde_json::from_str(&util::read(&path.with_extension("json"))).expect("ground truth JSON");
    let mut options = Options::new();
    if let Some(p) = truth["parlament_hinweis"].as_str() {
        options = options.parlament(p.parse::<Parlament>().expect("a parliament code"));
    }
    Drucksache::parse_with(&util::read(path), &options).expect("every annotated document parses")
}

fn txt_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .expect("fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

#[test]
fn annotated_documents_round_trip() {
    let files = txt_files(&util::fixtures().join("annotated"));
    let results = files
        .iter()
        .map(|path| {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            (stem.to_owned(), round_trip(&parse_annotated(path)))
        })
        .collect();
    let failures = neue_fehler(results);
    assert!(files.len() >= 24, "only {} annotated fixtures", files.len());
    assert!(
        failures.is_empty(),
        "{} of {} annotated documents newly fail to round-trip:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn bundestag_corpus_round_trips() {
    let Ok(dir) = std::env::var("DRUCKSACHE_BUNDESTAG") else {
        eprintln!("DRUCKSACHE_BUNDESTAG not set: the Bundestag corpus round trip is skipped");
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    let manifest = util::read(&dir.join("manifest.tsv"));
    let mut counts = [0usize; 3];
    let mut results = Vec::new();
    for line in manifest.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(typ), Some(file)) = (cols.get(2), cols.get(3)) else {
            continue;
        };
        let slot = match *typ {
            "Kleine Anfrage" => 0,
            "Antwort" => 1,
            "Schriftliche Fragen" | "Fragen" => 2,
            _ => continue,
        };
        counts[slot] += 1;
        let text = util::read(&dir.join(file));
        let doc = Drucksache::parse(&text).expect("every Bundestag document parses");
        results.push((format!("bundestag/{file}"), round_trip(&doc)));
    }
    let fehlgeschlagen = results.iter().filter(|(_, r)| r.is_err()).count();
    let failures = neue_fehler(results);
    eprintln!(
        "round trip: {} Kleine Anfragen, {} Antworten and {} Schriftliche Fragen, {} of them do not round-trip ({} not known)",
        counts[0],
        counts[1],
        counts[2],
        fehlgeschlagen,
        failures.len()
    );
    assert!(
        counts[0] + counts[1] > 0,
        "no Kleine Anfrage or Antwort in {}",
        dir.display()
    );
    assert!(
        failures.is_empty(),
        "{} of {} documents newly fail to round-trip:\n{}",
        failures.len(),
        counts.iter().sum::<usize>(),
        failures.join("\n")
    );
}

/// The excerpt `tests/fixtures/auszuege/{stem}.txt` of a Bundestag Antwort, parsed.
fn auszug(stem: &str) -> Drucksache {
    let text = util::read(&util::fixtures().join(format!("auszuege/{stem}.txt")));
    Drucksache::parse(&text).expect("parses")
}

/// The Antwort of a parsed excerpt.
fn antwort_von(doc: &Drucksache) -> &drucksache::Antwort {
    let Inhalt::Antwort(antwort) = &doc.inhalt else {
        panic!("not an Antwort: {:?}", doc.kopf.dokumentnummer)
    };
    antwort
}

/// The numbers of an Antwort's reprinted questions.
fn fragen_nummern(antwort: &drucksache::Antwort) -> Vec<String> {
    antwort
        .anfrage
        .fragen
        .iter()
        .map(|f| f.nummer.to_string())
        .collect()
}

/// Each answer block: the questions it answers (`20,22`) and its first paragraph.
fn bloecke(antwort: &drucksache::Antwort) -> Vec<(String, &str)> {
    antwort
        .antworten
        .iter()
        .map(|b| {
            let n: Vec<String> = b.fragen.iter().map(ToString::to_string).collect();
            (n.join(","), b.absaetze.first().map_or("", String::as_str))
        })
        .collect()
}

/// A DIP text whose footnote-like `**` runs (`PKS-Schlüssel ****00`) once made it Markdown: the
/// runs were stripped as emphasis, a line `****00) im Zeitraum …` read as a question 0, and the
/// printed form lost the markers. Excerpt of 21/2202 (questions 1, 9 and 10).
#[test]
fn footnote_like_asterisks_are_text_and_round_trip() {
    let doc = auszug("21-2202");
    let antwort = antwort_von(&doc);
    assert_eq!(fragen_nummern(antwort), ["1", "9", "10"]);
    let neun = antwort.anfrage.fragen.get(1).expect("question 9");
    assert!(
        neun.text
            .contains("Diebstahl (PKS-Schlüssel ****00) im Zeitraum"),
        "{}",
        neun.text
    );
    let zehn = antwort.anfrage.fragen.get(2).expect("question 10");
    assert!(
        zehn.text.contains("(PKS-Schlüssel *26*00)"),
        "{}",
        zehn.text
    );
    assert_eq!(round_trip(&doc), Ok(()));
}

/// An Antwort whose answers follow their questions unlabelled, with one label `Zu Frage 1:`
/// heading a table in the annex: the main text is not read as labelled (where each question
/// ran on into its answer and the printed form then lost the answers). Excerpt of 21/1489
/// (questions 1, 4 and 5, the annex's first lines).
#[test]
fn a_label_in_the_annex_leaves_the_answers_unlabelled() {
    let doc = auszug("21-1489");
    assert!(doc.diagnosen.is_empty(), "{:?}", doc.diagnosen);
    let antwort = antwort_von(&doc);
    let fragen = &antwort.anfrage.fragen;
    assert_eq!(fragen.len(), 3);
    for f in fragen {
        assert!(f.text.ends_with('?'), "{}: {}", f.nummer, f.text);
    }
    let anfaenge: Vec<(String, String)> = bloecke(antwort)
        .into_iter()
        .map(|(n, a)| (n, a.chars().take(20).collect()))
        .collect();
    let anfaenge: Vec<(&str, &str)> = anfaenge
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    assert_eq!(
        anfaenge,
        [
            ("1", "Für das zweite Quart"),
            ("4", "Eine automatisierte "),
            ("5", "Die Bundesregierung "),
            ("1", "Tatzeit 2025, 2. Qua"),
        ]
    );
    assert_eq!(round_trip(&doc), Ok(()));
}

/// A question reprinted twice, word for word (`20.` and `22.` answered together, then `22.`
/// again with an answer of its own), is one question with two answer blocks, not two
/// questions 22. Excerpt of 21/1136 (questions 1, 19 to the start of 23).
#[test]
fn a_question_reprinted_twice_is_asked_once() {
    let doc = auszug("21-1136");
    let antwort = antwort_von(&doc);
    assert_eq!(fragen_nummern(antwort), ["1", "19", "20", "21", "22", "23"]);
    let nummern: Vec<String> = bloecke(antwort).into_iter().map(|(n, _)| n).collect();
    assert_eq!(nummern, ["1", "19", "20,22", "21", "22", "23"]);
    let zweite = antwort.antworten.get(4).and_then(|b| b.absaetze.first());
    assert_eq!(
        zweite.map(String::as_str),
        Some("Es wird auf die Beantwortung von Frage 20 und Frage 23a verwiesen.")
    );
    assert_eq!(round_trip(&doc), Ok(()));
}

/// Answers labelled by the sub-questions' letters (`a) Vorhaben …`, `b) Nein.` after `a) …?`
/// and `b) …?`) answer the question: the small letter starts the answer, it does not go on
/// with the last sub-question; and `19. Jh` in the annex's table starts no question.
/// Excerpt of 21/916 (questions 1, 17 and 18, the annex's first rows).
#[test]
fn answers_labelled_by_sub_question_letters_answer_the_question() {
    let doc = auszug("21-916");
    assert!(doc.diagnosen.is_empty(), "{:?}", doc.diagnosen);
    let antwort = antwort_von(&doc);
    assert_eq!(fragen_nummern(antwort), ["1", "17", "18"]);
    let achtzehn = antwort.anfrage.fragen.get(2).expect("question 18");
    let b = achtzehn.unterfragen.get(1).expect("question 18b");
    assert!(
        b.text.ends_with("Zuwendungsbestimmungen unter 6.3)?"),
        "{}",
        b.text
    );
    let bloecke = bloecke(antwort);
    let (nummern, erster) = bloecke.last().expect("an answer block");
    assert_eq!(nummern, "18");
    assert!(
        erster.starts_with("a) Vorhaben ab einem bestimmten finanziellen Umfang"),
        "{erster}"
    );
    assert_eq!(round_trip(&doc), Ok(()));
}

/// A reprinted question whose print leaves out the question mark before the askers' request
/// (`… in der Bearbeitung (bitte entsprechend Frage 6 aufschlüsseln).`) ends there when a
/// sentence follows: its answer is its own, not part of the question. Excerpt of 21/1443
/// (questions 1 and 7 to 9).
#[test]
fn a_question_ending_in_a_request_without_question_mark_ends_there() {
    let doc = auszug("21-1443");
    assert!(doc.diagnosen.is_empty(), "{:?}", doc.diagnosen);
    let antwort = antwort_von(&doc);
    let acht = antwort.anfrage.fragen.get(2).expect("question 8");
    assert_eq!(acht.nummer.to_string(), "8");
    assert!(
        acht.text
            .ends_with("in der Bearbeitung (bitte entsprechend Frage 6 aufschlüsseln)."),
        "{}",
        acht.text
    );
    let bloecke = bloecke(antwort);
    assert_eq!(bloecke.len(), 4, "{bloecke:?}");
    assert_eq!(bloecke[2].0, "8");
    assert!(
        bloecke[2]
            .1
            .starts_with("Die Anzahl der in den jeweiligen EU-Mitgliedstaaten")
    );
    assert_eq!(round_trip(&doc), Ok(()));
}

/// The same where the request takes four lines (`… (wenn ja, bitte alle Organisationen je
/// Jahr auflisten …, S. 42` / `und S. 44).`): question 4 of 21/1339 was taken for part of
/// answer 3. Excerpt of 21/1339 (questions 1 to 4).
#[test]
fn a_long_request_without_question_mark_ends_the_question_too() {
    let doc = auszug("21-1339");
    assert!(doc.diagnosen.is_empty(), "{:?}", doc.diagnosen);
    let antwort = antwort_von(&doc);
    assert_eq!(fragen_nummern(antwort), ["1", "2", "3", "4"]);
    let bloecke = bloecke(antwort);
    let (nummern, erster) = bloecke.last().expect("an answer block");
    assert_eq!(nummern, "4");
    assert!(
        erster.starts_with("Eine Förderung von Organisationen"),
        "{erster}"
    );
    assert_eq!(round_trip(&doc), Ok(()));
}

/// The Markdown of the seed (an NRW Antwort) and of a Bundestag Antwort, for review.
#[test]
fn markdown_snapshots() {
    for stem in ["NW-17-seed", "BT-21-375"] {
        let path = util::fixtures()
            .join("annotated")
            .join(format!("{stem}.txt"));
        let doc = parse_annotated(&path);
        insta::with_settings!({ snapshot_path => "snapshots/render", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(format!("{stem}.md"), doc.to_markdown());
        });
    }
}
