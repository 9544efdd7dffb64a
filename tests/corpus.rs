//! The annotated fixtures: every document parses, its `meta` agrees with the hand-checked
//! ground truth (except the documents listed in `known_failures.txt`, which must still disagree),
//! and its full model is snapshotted.

mod util;

use std::collections::BTreeSet;

use drucksache::{Drucksache, Options, Parlament};
use serde_json::Value;

/// Documents whose ground truth the parser does not meet yet, by file stem.
fn known_failures() -> BTreeSet<String> {
    util::read(&util::fixtures().join("known_failures.txt"))
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

fn parse(text: &str, truth: &Value) -> Drucksache {
    let mut options = Options::new();
    if let Some(p) = truth["parlament_hinweis"].as_str() {
        options = options.parlament(p.parse::<Parlament>().expect("a parliament code"));
    }
    Drucksache::parse_with(text, &options).expect("every annotated document parses")
}

#[test]
fn annotated_documents_match_their_ground_truth() {
    let known = known_failures();
    let mut checked = 0;
    let mut report = Vec::new();
    for entry in glob_txt(&util::fixtures().join("annotated")) {
        let stem = entry
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let truth: Value = serde_json::from_str(&util::read(&entry.with_extension("json")))
            .expect("ground truth JSON");
        let doc = parse(&util::read(&entry), &truth);
        let meta = serde_json::to_value(doc.meta()).expect("meta serializes");
        let wrong = util::mismatches(&truth, &meta);
        match (wrong.is_empty(), known.contains(&stem)) {
            (true, true) => report.push(format!(
                "{stem} now matches: remove it from known_failures.txt"
            )),
            (false, false) => report.push(format!("{stem}:\n  {}", wrong.join("\n  "))),
            _ => {}
        }
        checked += 1;
    }
    assert!(checked >= 24, "only {checked} annotated fixtures found");
    assert!(report.is_empty(), "{}", report.join("\n"));
}

#[test]
fn annotated_documents_snapshot() {
    for entry in glob_txt(&util::fixtures().join("annotated")) {
        let truth: Value = serde_json::from_str(&util::read(&entry.with_extension("json")))
            .expect("ground truth JSON");
        let doc = parse(&util::read(&entry), &truth);
        let name = entry
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        insta::with_settings!({ snapshot_path => "snapshots/annotated", prepend_module_to_snapshot => false }, {
            insta::assert_json_snapshot!(name, doc);
        });
    }
}

fn glob_txt(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .expect("fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}
