//! The header-only parse ([`Kopf::parse`]) reads the same header as the full parse from the
//! first lines: over every fixture, and over the Bundestag corpus named by
//! `DRUCKSACHE_BUNDESTAG` where set.

mod util;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use drucksache::{Drucksache, ErrorKind, Kopf};

/// Fixtures whose header the full parse completes from the rest of the document, with why.
const ANDERS: [(&str, &str); 9] = [
    // a combined print: the answer after the questions makes it an Antwort
    ("BY-19-6524", "drucksachetyp urheber"),
    // Sachsen: the answer letter after the questions makes it an Antwort
    ("SN-8-3284", "drucksachetyp urheber"),
    // Berlin: a cover page without a date; the answer's date (`und Antwort vom …`) dates it
    ("BE-19-10041", "datum"),
    ("BE-19-21204", "datum"),
    // Hamburg: the head sentence after the title dates the paper (`· Drucksache vom …`)
    ("HH-23-1309", "datum"),
    ("HH-23-4418", "datum"),
    // a misprinted header date yields to the closing `Berlin, den …` at the end
    ("21-190", "datum"),
    ("21-343", "datum"),
    // the Wahlperiode comes from the number of the question answered, printed further down
    ("NW-17-seed", "wahlperiode"),
];

/// The fields [`ANDERS`] expects to differ for the fixture `stem`, or none.
fn erwartet(stem: &str) -> &'static str {
    ANDERS
        .iter()
        .find(|(s, _)| *s == stem)
        .map_or("", |(_, d)| *d)
}

/// The header fields in which `kopf` differs from `voll`.
fn unterschiede(voll: &Kopf, kopf: &Kopf) -> Vec<&'static str> {
    let mut out = Vec::new();
    if voll.parlament != kopf.parlament {
        out.push("parlament");
    }
    if voll.wahlperiode != kopf.wahlperiode {
        out.push("wahlperiode");
    }
    if voll.dokumentnummer != kopf.dokumentnummer {
        out.push("dokumentnummer");
    }
    if voll.datum != kopf.datum {
        out.push("datum");
    }
    if voll.drucksachetyp != kopf.drucksachetyp {
        out.push("drucksachetyp");
    }
    if voll.urheber != kopf.urheber {
        out.push("urheber");
    }
    out
}

fn texte(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| r.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    v.sort();
    v
}

#[test]
fn header_only_parse_agrees_with_the_full_parse_on_every_fixture() {
    let mut report = Vec::new();
    let mut checked = 0;
    for folder in ["annotated", "bundestag", "bundesrat", "niedersachsen"] {
        for path in texte(&util::fixtures().join(folder)) {
            let text = util::read(&path);
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let Ok(voll) = Drucksache::parse(&text) else {
                continue;
            };
            let kopf = Kopf::parse(&text).expect("a document that parses has a header");
            let diff = unterschiede(&voll.kopf, &kopf).join(" ");
            let erwartet = erwartet(stem);
            if diff != erwartet {
                report.push(format!(
                    "{folder}/{stem}: differs in [{diff}], expected [{erwartet}]"
                ));
            }
            checked += 1;
        }
    }
    assert!(checked >= 70, "only {checked} fixtures read");
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn header_only_parse_finds_a_header_line_below_the_first_lines() {
    // a table of contents before the header line: the first window has no number
    let mut text = String::from("Inhaltsverzeichnis\n");
    for i in 1..=150 {
        let _ = writeln!(
            text,
            "{i}. Abschnitt über ein Thema mit einem längeren Namen . . . {i}"
        );
    }
    text.push_str("Deutscher Bundestag Drucksache 21/601\n21. Wahlperiode 01.09.2025\nUnterrichtung\ndurch die Bundesregierung\nEin Bericht\n");
    assert!(text.find("Deutscher Bundestag").is_some_and(|p| p > 3072));
    let kopf = Kopf::parse(&text).expect("a header");
    assert_eq!(
        kopf.dokumentnummer.map(|n| n.to_string()).as_deref(),
        Some("21/601")
    );
    assert_eq!(kopf.wahlperiode, Some(21));
}

#[test]
fn header_only_parse_refuses_what_is_no_document() {
    let leer = Kopf::parse(" \n\n ").expect_err("blank");
    assert_eq!(leer.kind(), ErrorKind::Empty);
    let kein = Kopf::parse("Hello, world").expect_err("no document");
    assert_eq!(kein.kind(), ErrorKind::NotADrucksache);
    // a long blank run before the text is no empty document
    let spaet = format!(
        "{}Kleine Anfrage\nder Abgeordneten Eva Muster SPD\nTitel\n",
        "\n".repeat(5000)
    );
    assert!(Kopf::parse(&spaet).is_ok_and(|k| k.drucksachetyp.is_some()));
}

#[test]
fn bundestag_corpus_headers_agree() {
    let Ok(dir) = std::env::var("DRUCKSACHE_BUNDESTAG") else {
        eprintln!("DRUCKSACHE_BUNDESTAG not set: the Bundestag corpus comparison is skipped");
        return;
    };
    let dir = PathBuf::from(dir);
    let mut files = Vec::new();
    for sub in texte(&dir).into_iter().chain(
        std::fs::read_dir(&dir)
            .map(|r| {
                r.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_dir())
                    .flat_map(|d| texte(&d))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
    ) {
        files.push(sub);
    }
    let mut anders = Vec::new();
    for path in &files {
        let text = util::read(path);
        let Ok(voll) = Drucksache::parse(&text) else {
            continue;
        };
        let kopf = Kopf::parse(&text).expect("a document that parses has a header");
        let diff = unterschiede(&voll.kopf, &kopf).join(" ");
        // the fixtures copied from this corpus are named `21-190` for `21/190.txt`
        let stem = format!(
            "{}-{}",
            path.parent()
                .and_then(Path::file_name)
                .and_then(|s| s.to_str())
                .unwrap_or_default(),
            path.file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
        );
        let erwartet = erwartet(&stem);
        if diff != erwartet {
            anders.push(format!(
                "{}: differs in [{diff}], expected [{erwartet}]",
                path.display()
            ));
        }
    }
    assert!(!files.is_empty(), "no documents in {}", dir.display());
    // every header field agrees, but where ANDERS says why not, on at least 999 in 1000
    // documents
    assert!(
        anders.len() * 1000 <= files.len(),
        "{} of {} headers differ:\n{}",
        anders.len(),
        files.len(),
        anders.join("\n")
    );
}
