//! DIP input (feature `dip`): a `drucksache-text` list response built from corpus texts in
//! DIP's envelope (tests/fixtures/dip/drucksache-text.json) round-trips: the envelope and every
//! record read back unchanged, each text parses as it does alone, DIP's metadata stays beside
//! the model, and a disagreement between DIP and the print is a diagnostic.
#![cfg(feature = "dip")]

mod util;

use drucksache::dip::{DipDokument, DipDrucksache, DipListe};
use drucksache::{Drucksache, Drucksachetyp, ErrorKind, Options};
use serde_json::Value;

fn fixture() -> (Value, DipListe) {
    let text = util::read(&util::fixtures().join("dip/drucksache-text.json"));
    let value: Value = serde_json::from_str(&text).expect("fixture is JSON");
    let liste: DipListe = serde_json::from_str(&text).expect("a DIP list response");
    (value, liste)
}

#[test]
fn the_list_response_round_trips() {
    let (value, liste) = fixture();
    assert_eq!(liste.num_found, 150);
    assert_eq!(liste.cursor.as_deref(), Some("AoJwgJqT2ZkCKDI4MjE0Mg=="));
    assert_eq!(liste.documents.len(), 7);
    // the envelope and every record serialize back to what DIP sent
    assert_eq!(serde_json::to_value(&liste).expect("serializes"), value);
    let parsed: Vec<DipDokument> = liste
        .parse()
        .into_iter()
        .map(|r| r.expect("every text parses"))
        .collect();
    let mut back = liste.clone();
    back.documents = parsed.iter().map(|d| d.dip.clone()).collect();
    assert_eq!(serde_json::to_value(&back).expect("serializes"), value);
    // and a parsed document with its record reads back as it was written
    for d in &parsed {
        let json = serde_json::to_string(d).expect("serializes");
        let again: DipDokument = serde_json::from_str(&json).expect("reads back");
        assert_eq!(&again, d);
    }
}

#[test]
fn each_text_parses_as_alone_and_keeps_dips_metadata() {
    let (value, liste) = fixture();
    for (record, raw) in liste
        .documents
        .iter()
        .zip(value["documents"].as_array().unwrap())
    {
        let doc = record.parse().expect("parses");
        let nr = raw["dokumentnummer"].as_str().unwrap();
        let alone = Drucksache::parse_with(
            raw["text"].as_str().unwrap(),
            &Options::new().parlament(record.parlament().expect("BT or BR")),
        )
        .expect("parses alone");
        // DIP's metadata beside the model
        assert_eq!(doc.dip.id, raw["id"].as_str().unwrap(), "{nr}");
        assert_eq!(
            doc.dip.fundstelle.pdf_url.as_deref(),
            raw["fundstelle"]["pdf_url"].as_str(),
            "{nr}"
        );
        assert_eq!(
            doc.dip.aktualisiert.to_rfc3339(),
            raw["aktualisiert"].as_str().unwrap()
        );
        // the model: what the print says, with DIP's facts where they agree
        let kopf = &doc.drucksache.kopf;
        assert_eq!(
            kopf.dokumentnummer.map(|n| n.to_string()).as_deref(),
            Some(nr)
        );
        assert_eq!(
            kopf.datum.map(|d| d.to_string()).as_deref(),
            raw["datum"].as_str(),
            "{nr}"
        );
        assert_eq!(
            kopf.drucksachetyp.as_ref().map(Drucksachetyp::as_str),
            raw["drucksachetyp"].as_str(),
            "{nr}"
        );
        assert_eq!(
            doc.drucksache.fragen(),
            alone.fragen(),
            "{nr}: the questions"
        );
        assert!(doc.drucksache.inhalt == alone.inhalt, "{nr}: the body");
        let neue: Vec<_> = doc.drucksache.diagnosen[alone.diagnosen.len()..].to_vec();
        assert_eq!(
            doc.drucksache.diagnosen[..alone.diagnosen.len()],
            alone.diagnosen[..],
            "{nr}: the print's own diagnostics come first"
        );
        if kopf.parlament == Some(drucksache::Parlament::BR) {
            // the print of 269/25 says Gesetzesantrag, DIP says Gesetzentwurf
            assert_eq!(neue.len(), 1, "{nr}: {neue:?}");
            assert_eq!(neue[0].kind, ErrorKind::Kopf);
            assert!(neue[0].expected.contains("Gesetzentwurf"), "{}", neue[0]);
            assert_eq!(neue[0].found, "Gesetzesantrag");
        } else {
            assert!(neue.is_empty(), "{nr}: DIP and print agree, yet {neue:?}");
        }
    }
}

#[test]
fn an_antwort_and_its_anfrage_share_dips_vorgang() {
    let (_, liste) = fixture();
    let docs: Vec<DipDokument> = liste.parse().into_iter().map(|r| r.unwrap()).collect();
    let mut pairs = 0;
    for a in &docs {
        let Some(antwort) = a.drucksache.as_antwort() else {
            continue;
        };
        let bezug = antwort
            .anfrage
            .drucksache
            .expect("the print names the Anfrage");
        let anfrage = docs
            .iter()
            .find(|d| d.dip.dokumentnummer == bezug)
            .expect("the Anfrage is in the list");
        assert_eq!(anfrage.dip.vorgangsbezug[0].id, a.dip.vorgangsbezug[0].id);
        // the printed ministry agrees with DIP's lead ressort
        assert_eq!(
            antwort.ressort.as_ref().map(|r| r.name.as_str()),
            a.dip.ressort.first().map(|r| r.titel.as_str())
        );
        pairs += 1;
    }
    assert_eq!(pairs, 3);
}

#[test]
fn dip_fills_what_the_print_does_not_show_and_reports_disagreements() {
    let (_, liste) = fixture();
    let mut record: DipDrucksache = liste.documents[0].clone();
    // an excerpt without the header: number, date and type come from DIP
    let text = record.text.clone().unwrap();
    let body = text.split_once("Kleine Anfrage").map(|(_, b)| b).unwrap();
    record.text = Some(format!("Kleine Anfrage{body}"));
    let doc = record.parse().expect("parses");
    let kopf = &doc.drucksache.kopf;
    assert_eq!(kopf.dokumentnummer, Some(record.dokumentnummer));
    assert_eq!(kopf.datum, Some(record.datum));
    assert_eq!(kopf.wahlperiode, Some(21));
    // a record whose number disagrees with the print
    let mut falsch = liste.documents[0].clone();
    falsch.dokumentnummer = "21/9999".parse().unwrap();
    let doc = falsch.parse().expect("parses");
    assert_eq!(
        doc.drucksache.kopf.dokumentnummer.unwrap().to_string(),
        "21/162"
    );
    let d = doc.drucksache.diagnosen.last().expect("a diagnostic");
    assert_eq!(
        d.to_string(),
        "line 1, column 1: expected the number DIP gives, \"21/9999\", found \"21/162\""
    );
    // a record without text (the `drucksache` endpoint) is an error, not a panic
    let mut leer = liste.documents[0].clone();
    leer.text = None;
    assert_eq!(leer.parse().unwrap_err().kind(), ErrorKind::Empty);
}

#[test]
fn unknown_fields_and_types_are_tolerated() {
    let json = r#"{"numFound": 1, "documents": [{"id": "1", "typ": "Dokument",
        "dokumentart": "Drucksache", "drucksachetyp": "Plenarantrag", "dokumentnummer": "21/5",
        "herausgeber": "BT", "datum": "2025-05-06", "aktualisiert": "2025-05-06T10:00:00+02:00",
        "titel": "T", "autoren_anzahl": 0, "vorgangsbezug_anzahl": 0, "neu_in_1_5": true,
        "fundstelle": {"id": "1", "dokumentart": "Drucksache", "dokumentnummer": "21/5",
        "datum": "2025-05-06", "herausgeber": "BT", "urheber": [], "xml_url": "x"}}]}"#;
    let liste: DipListe = serde_json::from_str(json).expect("tolerant");
    assert_eq!(
        liste.documents[0].drucksachetyp,
        Drucksachetyp::Sonstige("Plenarantrag".into())
    );
    assert_eq!(liste.cursor, None);
    let bad = json.replace("\"21/5\"", "\"21-5\"");
    assert!(serde_json::from_str::<DipListe>(&bad).is_err());
}
