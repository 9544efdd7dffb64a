//! The committed JSON Schema (schema/drucksache.schema.json) is what the code generates, and the
//! JSON of every fixture validates against it (feature `schemars`).
#![cfg(feature = "schemars")]

mod util;

use std::path::{Path, PathBuf};

use drucksache::Drucksache;
use serde_json::Value;

fn committed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/drucksache.schema.json")
}

/// The schema as the CLI's `schema` subcommand writes it: pretty JSON and a final newline.
fn generated() -> String {
    let mut s = serde_json::to_string_pretty(&drucksache::schema()).expect("schema serializes");
    s.push('\n');
    s
}

#[test]
fn committed_schema_is_current() {
    let fresh = generated();
    if std::env::var_os("DRUCKSACHE_WRITE_SCHEMA").is_some() {
        std::fs::write(committed(), &fresh).expect("write schema");
    }
    let old = util::read(&committed());
    assert!(
        old == fresh,
        "schema/drucksache.schema.json is out of date: regenerate it with \
         `cargo run --example drucksache --features schemars -- schema > schema/drucksache.schema.json` \
         (or DRUCKSACHE_WRITE_SCHEMA=1 cargo test --features schemars --test schema)"
    );
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    v.sort();
    v
}

#[test]
fn every_fixture_validates_against_the_committed_schema() {
    let schema: Value = serde_json::from_str(&util::read(&committed())).expect("schema is JSON");
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("a valid JSON Schema");
    let mut checked = 0;
    let mut failures = Vec::new();
    for dir in ["annotated", "constructed", "bundestag", "bundesrat"] {
        for path in txt_files(&util::fixtures().join(dir)) {
            let Ok(doc) = Drucksache::parse(&util::read(&path)) else {
                continue;
            };
            let json = serde_json::to_value(&doc).expect("serializes");
            for e in validator.iter_errors(&json).take(3) {
                failures.push(format!(
                    "{}: {} at {}",
                    path.display(),
                    e,
                    e.instance_path()
                ));
            }
            checked += 1;
        }
    }
    assert!(checked >= 60, "only {checked} fixtures parsed");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn schema_rejects_what_the_model_cannot_hold() {
    let schema: Value = serde_json::from_str(&util::read(&committed())).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let doc = Drucksache::parse(&util::read(
        &util::fixtures().join("annotated/NW-18-13528.txt"),
    ))
    .expect("parses");
    let good = serde_json::to_value(&doc).expect("serializes");
    assert!(validator.is_valid(&good));
    for (pointer, bad) in [
        ("/kopf/dokumentnummer", Value::from("20/12a4")),
        ("/kopf/parlament", Value::from("XX")),
        ("/kopf/datum", Value::from(17)),
        ("/inhalt/art", Value::from("brief")),
    ] {
        let mut v = good.clone();
        *v.pointer_mut(pointer).expect("the fixture has this field") = bad;
        assert!(!validator.is_valid(&v), "{pointer} should be rejected");
    }
}
