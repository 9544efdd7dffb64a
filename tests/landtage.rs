//! The sixteen Landtage, over every Landtag fixture (`annotated/`, `constructed/`,
//! `niedersachsen/`), driven by the files alone:
//!
//! - every Antwort pairs up: each question printed has an answer block, and each block answers
//!   a question that was printed (`paarung`);
//! - the constructed fixtures agree with their ground truth (`wahrheit`; the annotated ones are
//!   checked by `tests/corpus.rs`), and the Niedersachsen fixtures with the Landtag's listing
//!   (`liste`);
//! - every one of the sixteen Landtage has a fixture that parses as that Landtag, and an Antwort
//!   among them;
//! - the full model of the constructed and the Niedersachsen fixtures is snapshotted (the
//!   annotated ones are snapshotted by `tests/corpus.rs`).
//!
//! Known gaps are listed in `fixtures/landtage_known_failures.txt` as `<check> <folder>/<stem>`;
//! a listed fixture must still fail its check, so the list shrinks as the parser improves.

mod util;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use drucksache::{Antwort, Drucksache, Inhalt, Options, Parlament};
use serde_json::Value;

/// The folders holding Landtag fixtures with a `.json` ground truth beside each text.
const MIT_WAHRHEIT: [&str; 2] = ["annotated", "constructed"];

/// A Landtag fixture: where it is, what it should be, and what it parsed to.
struct Fixture {
    /// `folder/stem`, as the known-failures file names it.
    name: String,
    /// The ground truth (a `.json` beside the text, or a manifest row turned into one).
    truth: Value,
    doc: Drucksache,
}

impl Fixture {
    fn folder(&self) -> &str {
        self.name.split('/').next().unwrap_or_default()
    }

    fn stem(&self) -> &str {
        self.name.split('/').nth(1).unwrap_or_default()
    }

    /// Whether the ground truth says the text prints the government's answer.
    fn ist_antwort(&self) -> bool {
        self.truth["drucksachetyp"].as_str() == Some("Antwort")
    }

    /// The parliament the ground truth names.
    fn parlament(&self) -> Option<Parlament> {
        self.truth["parlament"]
            .as_str()
            .and_then(|p| p.parse().ok())
    }
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

fn parse(path: &Path, truth: &Value) -> Drucksache {
    let mut options = Options::new();
    if let Some(p) = truth["parlament_hinweis"].as_str() {
        options = options.parlament(p.parse::<Parlament>().expect("a parliament code"));
    }
    Drucksache::parse_with(&util::read(path), &options)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The rows of `niedersachsen/manifest.tsv` (the Landtag's own listing) as ground truth: the
/// file, its number, title, ministry (genitive, as the listing prints it) and askers.
fn ni_liste() -> Vec<(String, Value)> {
    let dir = util::fixtures().join("niedersachsen");
    let text = util::read(&dir.join("manifest.tsv"));
    let mut lines = text.lines();
    let head: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let row: serde_json::Map<String, Value> = head
                .iter()
                .zip(l.split('\t'))
                .map(|(k, v)| ((*k).to_owned(), Value::String(v.to_owned())))
                .collect();
            let file = row["file"].as_str().unwrap_or_default().to_owned();
            let mut truth = Value::Object(row);
            truth["parlament"] = Value::String("NI".into());
            truth["drucksachetyp"] = Value::String("Antwort".into());
            (file, truth)
        })
        .collect()
}

/// The words of a name without their case endings: `Niedersächsischen Ministeriums für …` and
/// `Niedersächsisches Ministerium für …` give the same stems.
fn stems(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(util::alnum)
        .filter(|w| !w.is_empty())
        .map(|w| {
            ["es", "en", "s", "e", "n"]
                .iter()
                .find_map(|e| w.strip_suffix(e).filter(|s| s.chars().count() >= 3))
                .map_or_else(|| w.clone(), str::to_owned)
        })
        .collect()
}

/// Every Landtag fixture, parsed.
fn fixtures() -> Vec<Fixture> {
    let mut out = Vec::new();
    for folder in MIT_WAHRHEIT {
        for path in txt_files(&util::fixtures().join(folder)) {
            let truth: Value = serde_json::from_str(&util::read(&path.with_extension("json")))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let landtag = truth["parlament"]
                .as_str()
                .and_then(|p| p.parse::<Parlament>().ok())
                .is_some_and(Parlament::is_landtag);
            if !landtag {
                continue;
            }
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            out.push(Fixture {
                name: format!("{folder}/{stem}"),
                doc: parse(&path, &truth),
                truth,
            });
        }
    }
    let dir = util::fixtures().join("niedersachsen");
    if dir.join("manifest.tsv").exists() {
        for (file, truth) in ni_liste() {
            let path = dir.join(&file);
            let stem = file.trim_end_matches(".txt");
            out.push(Fixture {
                name: format!("niedersachsen/{stem}"),
                doc: parse(&path, &truth),
                truth,
            });
        }
    }
    out
}

/// `(check, folder/stem)` pairs listed as known failures.
fn known_failures() -> BTreeSet<(String, String)> {
    util::read(&util::fixtures().join("landtage_known_failures.txt"))
        .lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (check, name) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            (check.to_owned(), name.trim().to_owned())
        })
        .collect()
}

/// Runs `check` over `fixtures`, compares with the known failures of that check, and fails
/// with every disagreement at once.
fn run_check<'a>(
    check: &str,
    fixtures: impl IntoIterator<Item = &'a Fixture>,
    mut probe: impl FnMut(&Fixture) -> Vec<String>,
) -> usize {
    let known = known_failures();
    let mut report = Vec::new();
    let mut checked = 0;
    let mut seen = BTreeSet::new();
    for f in fixtures {
        let problems = probe(f);
        let listed = known.contains(&(check.to_owned(), f.name.clone()));
        seen.insert(f.name.clone());
        match (problems.is_empty(), listed) {
            (true, true) => report.push(format!(
                "{} now passes `{check}`: remove `{check} {}` from landtage_known_failures.txt",
                f.name, f.name
            )),
            (false, false) => report.push(format!("{}:\n  {}", f.name, problems.join("\n  "))),
            _ => {}
        }
        checked += 1;
    }
    for (c, name) in &known {
        if c == check && !seen.contains(name) {
            report.push(format!(
                "landtage_known_failures.txt lists `{c} {name}`, which is no fixture of this check"
            ));
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
    checked
}

/// What is wrong with the pairing of questions and answer blocks in `antwort`.
fn paarung(antwort: &Antwort) -> Vec<String> {
    let mut out = Vec::new();
    let fragen = &antwort.anfrage.fragen;
    if fragen.is_empty() {
        out.push("no question read".to_owned());
    }
    if antwort.antworten.is_empty() {
        out.push("no answer block read".to_owned());
    }
    for f in fragen {
        let beantwortet = antwort.antwort_auf(&f.nummer).is_some()
            || f.unterfragen
                .iter()
                .any(|u| antwort.antwort_auf(&u.nummer).is_some());
        if !beantwortet {
            out.push(format!("question {} has no answer block", f.nummer));
        }
    }
    for (k, b) in antwort.antworten.iter().enumerate() {
        if b.fragen.is_empty() {
            out.push(format!("answer block {} answers no question", k + 1));
        }
        for n in &b.fragen {
            let gestellt = fragen.iter().any(|f| {
                f.nummer == *n
                    || n.liegt_in(&f.nummer)
                    || f.unterfragen.iter().any(|u| u.nummer == *n)
            });
            if !gestellt {
                out.push(format!(
                    "answer block {} answers question {n}, which was not printed",
                    k + 1
                ));
            }
        }
    }
    out
}

#[test]
fn every_landtag_antwort_pairs_questions_with_answer_blocks() {
    let all = fixtures();
    let checked = run_check(
        "paarung",
        all.iter().filter(|f| f.ist_antwort()),
        |f| match &f.doc.inhalt {
            Inhalt::Antwort(a) => paarung(a),
            other => vec![format!(
                "parsed as {}, not as an Antwort",
                serde_json::to_value(other).map_or_else(
                    |_| "?".to_owned(),
                    |v| v["art"].as_str().unwrap_or("?").to_owned()
                )
            )],
        },
    );
    assert!(
        checked >= 15,
        "only {checked} Landtag Antworten among the fixtures"
    );
}

#[test]
fn constructed_fixtures_match_their_ground_truth() {
    let all = fixtures();
    let checked = run_check(
        "wahrheit",
        all.iter().filter(|f| f.folder() == "constructed"),
        |f| {
            let meta = serde_json::to_value(f.doc.meta()).expect("meta serializes");
            util::mismatches(&f.truth, &meta)
        },
    );
    assert!(checked >= 8, "only {checked} constructed fixtures");
}

#[test]
fn niedersachsen_fixtures_match_the_landtag_listing() {
    let all = fixtures();
    let ni: Vec<&Fixture> = all
        .iter()
        .filter(|f| f.folder() == "niedersachsen")
        .collect();
    let checked = run_check("liste", ni, |f| {
        let meta = f.doc.meta();
        let t = &f.truth;
        let mut out = Vec::new();
        if meta.parlament != Some(Parlament::NI) {
            out.push(format!("parlament: {:?}", meta.parlament));
        }
        let nummer = meta.dokumentnummer.map(|n| n.to_string());
        if nummer.as_deref() != t["dokumentnummer"].as_str() {
            out.push(format!("dokumentnummer: {nummer:?}"));
        }
        let typ = meta.drucksachetyp.as_ref().map(ToString::to_string);
        if typ.as_deref() != Some("Antwort") {
            out.push(format!("drucksachetyp: {typ:?}"));
        }
        let titel = meta.titel.as_deref().map(util::alnum);
        if titel.as_deref() != t["titel"].as_str().map(util::alnum).as_deref() {
            out.push(format!("titel: {:?}", meta.titel));
        }
        // "Delia Susanne Klages und Vanessa Behrendt (AfD)"
        if let Some((namen, fraktion)) = t["anfragende"]
            .as_str()
            .and_then(|a| a.trim().strip_suffix(')'))
            .and_then(|a| a.rsplit_once(" ("))
        {
            let mut want: Vec<String> = namen
                .split(", ")
                .flat_map(|n| n.split(" und "))
                .map(util::alnum)
                .collect();
            let mut got: Vec<String> = meta
                .urheber
                .personen
                .iter()
                .map(|p| util::alnum(p))
                .collect();
            want.sort();
            got.sort();
            if want != got {
                out.push(format!("personen: {:?}", meta.urheber.personen));
            }
            if meta
                .urheber
                .fraktionen
                .iter()
                .map(|f| util::alnum(f))
                .collect::<Vec<_>>()
                != [util::alnum(fraktion)]
            {
                out.push(format!("fraktionen: {:?}", meta.urheber.fraktionen));
            }
        }
        // the listing names the ministry in the genitive ("… Antwort des Niedersächsischen
        // Justizministeriums"): compare word stems, case endings dropped
        if let Some(want) = t["listing_ministerium"]
            .as_str()
            .filter(|m| !m.is_empty())
            .map(|m| {
                ["Antwort des ", "Antwort der "]
                    .iter()
                    .find_map(|a| m.rsplit_once(a).map(|(_, name)| name))
                    .unwrap_or(m)
            })
        {
            let want = stems(want);
            let got = meta.ressort.as_deref().map(stems).unwrap_or_default();
            if got.is_empty() || want != got {
                out.push(format!("ressort: {:?}", meta.ressort));
            }
        }
        out
    });
    assert!(checked >= 3, "only {checked} Niedersachsen fixtures");
}

#[test]
fn every_landtag_has_a_fixture_and_an_antwort() {
    let all = fixtures();
    let mut missing = Vec::new();
    for p in Parlament::ALL.into_iter().filter(|p| p.is_landtag()) {
        let eigene: Vec<&Fixture> = all
            .iter()
            .filter(|f| f.doc.kopf.parlament == Some(p) && f.parlament() == Some(p))
            .collect();
        if eigene.is_empty() {
            missing.push(format!("{p}: no fixture parses as this Landtag"));
        } else if !eigene.iter().any(|f| f.ist_antwort()) {
            missing.push(format!("{p}: no Antwort among its fixtures"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn constructed_and_niedersachsen_fixtures_snapshot() {
    for f in fixtures() {
        if f.folder() == "annotated" {
            continue;
        }
        let folder = format!("snapshots/{}", f.folder());
        insta::with_settings!({ snapshot_path => folder, prepend_module_to_snapshot => false }, {
            insta::assert_json_snapshot!(f.stem().to_owned(), f.doc);
        });
    }
}

/// ST-8-2585 as a converter marks its author heading: `## Antwort der Landesregierung` with
/// the `erstellt vom Ministerium für …` line below it still names the answering ministry, and
/// neither line joins the askers' Vorbemerkung.
#[test]
fn a_markdown_author_heading_names_the_ministry_below_it() {
    let text = util::read(&util::fixtures().join("annotated/ST-8-2585.txt"));
    let markdown = format!("# {text}").replacen(
        "\n\nAntwort der Landesregierung\nerstellt vom",
        "\n\n## Antwort der Landesregierung\nerstellt vom",
        1,
    );
    assert_ne!(markdown, format!("# {text}"));
    let options = Options::new().parlament(Parlament::ST);
    for t in [&text, &markdown] {
        let doc = Drucksache::parse_with(t, &options).expect("parses");
        let Inhalt::Antwort(antwort) = &doc.inhalt else {
            panic!("an Antwort: {:?}", doc.inhalt);
        };
        assert_eq!(
            antwort.ressort.as_ref().map(|r| r.name.as_str()),
            Some("Ministerium für Infrastruktur und Digitales")
        );
        let absaetze = antwort
            .anfrage
            .vorbemerkung
            .as_ref()
            .map(|v| v.absaetze.clone())
            .unwrap_or_default();
        assert_eq!(absaetze.len(), 1, "{absaetze:?}");
        assert!(
            absaetze
                .iter()
                .all(|a| a.starts_with("„Die Landesregierung hat am 28.03.2023"))
        );
    }
}
