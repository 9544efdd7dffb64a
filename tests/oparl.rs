//! The `OParl` 1.1 export (feature `oparl`): every annotated fixture's Paper, Persons and
//! Organizations validate against the `OParl` schema subset in tests/fixtures/oparl/schema.json,
//! and an Antwort and the Kleine Anfrage it answers link each other.
#![cfg(feature = "oparl")]

mod util;

use std::path::PathBuf;

use chrono::DateTime;
use drucksache::Drucksache;
use drucksache::oparl::{Export, Paper, verknuepfen};
use serde_json::{Value, json};

const BASIS: &str = "https://oparl.example.org/v1";

fn export() -> Export {
    Export::new(
        BASIS,
        DateTime::parse_from_rfc3339("2025-10-01T09:30:00+02:00").expect("a date-time"),
    )
}

fn validator(def: &str) -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&util::read(&util::fixtures().join("oparl/schema.json")))
            .expect("schema is JSON");
    let wrapped = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("#/$defs/{def}"),
        "$defs": schema["$defs"],
    });
    jsonschema::options()
        .should_validate_formats(true)
        .build(&wrapped)
        .expect("a valid JSON Schema")
}

/// The annotated fixtures: text, ground truth and the parsed model.
fn annotated() -> Vec<(PathBuf, String, Value, Drucksache)> {
    let dir = util::fixtures().join("annotated");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("annotated fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = util::read(&p);
            let truth: Value = serde_json::from_str(&util::read(&p.with_extension("json")))
                .expect("ground truth is JSON");
            let doc = Drucksache::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, text, truth, doc)
        })
        .collect()
}

fn errors(v: &jsonschema::Validator, what: &str, json: &Value) -> Vec<String> {
    v.iter_errors(json)
        .take(5)
        .map(|e| format!("{what}: {e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn every_annotated_document_exports_valid_oparl() {
    let (paper_v, person_v, org_v) = (
        validator("Paper"),
        validator("Person"),
        validator("Organization"),
    );
    let export = export();
    let docs = annotated();
    assert!(docs.len() >= 20, "only {} annotated fixtures", docs.len());
    let mut papers: Vec<Paper> = docs
        .iter()
        .map(|(_, text, _, doc)| export.paper(doc, Some(text)))
        .collect();
    verknuepfen(&mut papers);
    let mut failures = Vec::new();
    let mut persons = 0;
    for ((path, text, truth, doc), paper) in docs.iter().zip(&papers) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let json = serde_json::to_value(paper).expect("serializes");
        failures.extend(errors(&paper_v, &name, &json));
        // the mapping: reference, type, body, the text in mainFile
        if let Some(nr) = truth["dokumentnummer"].as_str() {
            assert_eq!(json["reference"], nr, "{name}");
            let file = &json["mainFile"];
            assert_eq!(file["text"].as_str(), Some(text.as_str()), "{name}");
            assert!(
                file["accessUrl"]
                    .as_str()
                    .is_some_and(|u| u.starts_with(BASIS)),
                "{name}"
            );
        }
        let code = truth["parlament"]
            .as_str()
            .or(truth["parlament_hinweis"].as_str());
        if let (Some(code), true) = (code, doc.kopf.parlament.is_some()) {
            assert_eq!(json["body"], format!("{BASIS}/body/{code}"), "{name}");
        }
        // paperType: the header's type, `…Antwort` for a paper that prints an answer
        let pt = json["paperType"].as_str().unwrap_or_default();
        if doc.as_antwort().is_some() {
            assert!(pt.ends_with("Antwort"), "{name}: {pt}");
            // a separate answer has a number of its own; Sachsen prints the answer under the
            // question's number, one paper
            if truth["drucksachetyp"] == "Antwort" {
                assert!(
                    truth["bezug"].is_null()
                        || truth["bezug"] == truth["dokumentnummer"]
                        || pt == "Antwort",
                    "{name}: {pt} for a separate answer"
                );
            }
        } else if let Some(t) = &doc.kopf.drucksachetyp {
            assert_eq!(pt, t.as_str(), "{name}");
        }
        let mut askers = doc.meta().urheber.personen;
        askers.dedup();
        assert_eq!(
            json["originatorPerson"].as_array().map_or(0, Vec::len),
            askers.len(),
            "{name}: askers"
        );
        if let Some(r) = doc.as_antwort().and_then(|a| a.ressort.as_ref()) {
            assert_eq!(
                paper.under_direction_of.first(),
                Some(&export.ressort_id(doc.kopf.parlament, &r.name)),
                "{name}: who answers, first"
            );
        }
        for p in export.personen(doc) {
            let pj = serde_json::to_value(&p).expect("serializes");
            failures.extend(errors(&person_v, &format!("{name} person"), &pj));
            assert!(paper.originator_person.contains(&p.id), "{name}: {}", p.id);
            persons += 1;
        }
        for o in export.organisationen(doc) {
            let oj = serde_json::to_value(&o).expect("serializes");
            failures.extend(errors(&org_v, &format!("{name} organization"), &oj));
            assert!(
                paper.originator_organization.contains(&o.id)
                    || paper.under_direction_of.contains(&o.id),
                "{name}: {} is not referenced",
                o.id
            );
        }
    }
    assert!(persons >= 20, "only {persons} persons exported");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_antwort_and_its_anfrage_link_each_other() {
    let export = export();
    let docs = annotated();
    let mut papers: Vec<Paper> = docs
        .iter()
        .map(|(_, _, _, d)| export.paper(d, None))
        .collect();
    verknuepfen(&mut papers);
    let by_ref = |code: &str, nr: &str| -> Option<&Paper> {
        papers
            .iter()
            .find(|p| p.id == format!("{BASIS}/paper/{code}/{nr}"))
    };
    let mut pairs = 0;
    for (path, _, truth, doc) in &docs {
        let (Some(code), Some(nr), Some(bezug)) = (
            truth["parlament"].as_str(),
            truth["dokumentnummer"].as_str(),
            truth["bezug"].as_str(),
        ) else {
            continue;
        };
        // a combined print answers itself; a bezug the parser missed is the scorer's business
        let gelesen = doc.meta().bezug.map(|b| b.to_string());
        if nr == bezug || gelesen.as_deref() != Some(bezug) {
            continue;
        }
        let name = path.display();
        let antwort = by_ref(code, nr).expect("the Antwort's paper");
        let Some(anfrage) = by_ref(code, bezug) else {
            continue; // the Anfrage is not among the fixtures
        };
        assert_eq!(
            antwort.superordinated_paper,
            std::slice::from_ref(&anfrage.id),
            "{name}"
        );
        assert_eq!(
            antwort.related_paper.first(),
            Some(&anfrage.id),
            "{name}: the Anfrage first in relatedPaper"
        );
        assert!(
            anfrage.subordinated_paper.contains(&antwort.id),
            "{name}: the Anfrage lists its Antwort"
        );
        assert!(anfrage.superordinated_paper.is_empty(), "{name}");
        pairs += 1;
    }
    // BT 21/162 and 21/375, 21/1869 and 21/2201, NI 19/7659 and 19/8020
    assert!(pairs >= 3, "only {pairs} pairs found");
}

#[test]
fn a_paper_without_values_leaves_them_out() {
    let doc = Drucksache::parse("Kleine Anfrage\nder Abgeordneten Eva Muster SPD\nTitel\nIch frage die Landesregierung:\n1. Wie viele?\n")
        .expect("parses");
    let json = serde_json::to_value(export().paper(&doc, None)).expect("serializes");
    let obj = json.as_object().expect("an object");
    for (k, v) in obj {
        assert!(!v.is_null(), "{k} is null");
        assert!(v.as_array().is_none_or(|a| !a.is_empty()), "{k} is empty");
    }
    assert!(!obj.contains_key("reference"));
    assert!(!obj.contains_key("mainFile"));
    assert!(validator("Paper").is_valid(&json), "{json}");
    // the export round-trips through serde
    let back: Paper = serde_json::from_value(json.clone()).expect("reads back");
    assert_eq!(serde_json::to_value(back).expect("serializes"), json);
}

#[test]
fn the_schema_rejects_what_oparl_forbids() {
    let v = validator("Paper");
    let ok = json!({"id": "https://x.org/p/1", "type": "https://schema.oparl.org/1.1/Paper",
        "created": "2025-01-01T00:00:00+01:00", "modified": "2025-01-01T00:00:00+01:00"});
    assert!(v.is_valid(&ok));
    for (k, bad) in [
        ("name", json!(null)),
        ("relatedPaper", json!([])),
        ("created", json!("2025-01-01")),
        ("type", json!("https://schema.oparl.org/1.0/Paper")),
        ("paperTyp", json!("Antwort")),
    ] {
        let mut x = ok.clone();
        x[k] = bad;
        assert!(!v.is_valid(&x), "{k} accepted");
    }
}
