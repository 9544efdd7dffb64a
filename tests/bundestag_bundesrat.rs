//! Bundestag and Bundesrat fixtures: every header agrees with DIP's manifest, every Antwort pairs
//! with its Kleine Anfrage, and every full model is snapshotted.

mod util;

use std::path::Path;

use drucksache::{Drucksache, Inhalt};

/// The rows of a fixture folder's manifest.tsv: (dokumentnummer, datum, drucksachetyp, file).
fn manifest(folder: &str) -> Vec<(String, String, String, String)> {
    util::read(&util::fixtures().join(folder).join("manifest.tsv"))
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut it = l.split('\t').map(str::to_owned);
            Some((it.next()?, it.next()?, it.next()?, it.next()?))
        })
        .collect()
}

fn parse(folder: &str, file: &str) -> Drucksache {
    let path = util::fixtures().join(folder).join(file);
    Drucksache::parse(&util::read(&path)).unwrap_or_else(|e| panic!("{folder}/{file}: {e}"))
}

#[test]
fn headers_agree_with_the_dip_manifest() {
    for folder in ["bundestag", "bundesrat"] {
        let rows = manifest(folder);
        assert!(rows.len() >= 15, "{folder}: {} fixtures", rows.len());
        for (nummer, datum, typ, file) in rows {
            let doc = parse(folder, &file);
            let kopf = &doc.kopf;
            assert_eq!(
                kopf.dokumentnummer.map(|n| n.to_string()),
                Some(nummer),
                "{folder}/{file}"
            );
            assert_eq!(
                kopf.datum.map(|d| d.to_string()),
                Some(datum),
                "{folder}/{file}"
            );
            assert_eq!(
                kopf.drucksachetyp.as_ref().map(ToString::to_string),
                Some(typ),
                "{folder}/{file}"
            );
            let parlament = if folder == "bundestag" { "BT" } else { "BR" };
            assert_eq!(
                kopf.parlament.map(|p| p.to_string()).as_deref(),
                Some(parlament),
                "{folder}/{file}"
            );
            assert!(
                !kopf.urheber.is_empty() || doc.titel.is_some(),
                "{folder}/{file}: no originator and no title"
            );
        }
    }
}

#[test]
fn answers_pair_with_their_questions() {
    let mut pairs = 0;
    for (_, _, typ, file) in manifest("bundestag") {
        if typ != "Antwort" {
            continue;
        }
        let doc = parse("bundestag", &file);
        let Inhalt::Antwort(antwort) = &doc.inhalt else {
            panic!("{file}: not an Antwort")
        };
        // every question has an answer block, every block answers printed questions
        for f in &antwort.anfrage.fragen {
            let beantwortet = antwort.antwort_auf(&f.nummer).is_some()
                || f.unterfragen
                    .iter()
                    .any(|u| antwort.antwort_auf(&u.nummer).is_some());
            assert!(beantwortet, "{file}: question {} has no answer", f.nummer);
        }
        let bezug = antwort
            .anfrage
            .drucksache
            .expect("an Antwort names its Kleine Anfrage");
        let ka_file = format!("21-{}.txt", bezug.nummer());
        if !Path::new(&util::fixtures().join("bundestag").join(&ka_file)).exists() {
            continue;
        }
        let ka = parse("bundestag", &ka_file);
        let fragen = ka.fragen();
        // 21/1054 reprints questions 7 and 8 inside a rotated table's letter soup
        if file != "21-1054.txt" {
            assert_eq!(
                antwort.anfrage.fragen.len(),
                fragen.len(),
                "{file} vs {ka_file}: number of questions"
            );
        }
        for a in &antwort.anfrage.fragen {
            let k = fragen
                .iter()
                .find(|k| k.nummer == a.nummer)
                .unwrap_or_else(|| panic!("{file}: question {} not asked", a.nummer));
            let (a, k) = (util::alnum(&a.text), util::alnum(&k.text));
            let n = 40.min(a.len()).min(k.len());
            assert_eq!(a.get(..n), k.get(..n), "{file} vs {ka_file}: question text");
        }
        pairs += 1;
    }
    assert!(pairs >= 4, "only {pairs} Antwort/Kleine Anfrage pairs");
}

#[test]
fn bundestag_and_bundesrat_snapshot() {
    for folder in ["bundestag", "bundesrat"] {
        for (_, _, _, file) in manifest(folder) {
            let doc = parse(folder, &file);
            let name = format!("{folder}-{}", file.trim_end_matches(".txt"));
            insta::with_settings!({ snapshot_path => "snapshots/bund", prepend_module_to_snapshot => false }, {
                insta::assert_json_snapshot!(name, doc);
            });
        }
    }
}
