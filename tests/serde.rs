//! JSON is the interface for non-Rust users: every fixture's model survives a round trip.

mod util;

use drucksache::{Dokumentnummer, Drucksache, Fragenummer, Meta, Parlament};

#[test]
fn every_fixture_round_trips_through_json() {
    let mut n = 0;
    for dir in ["annotated", "constructed"] {
        let Ok(entries) = std::fs::read_dir(util::fixtures().join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let Ok(doc) = Drucksache::parse(&util::read(&path)) else {
                continue;
            };
            let json = serde_json::to_string(&doc).expect("serializes");
            let back: Drucksache = serde_json::from_str(&json).expect("deserializes");
            assert_eq!(back, doc, "{}", path.display());
            let meta = doc.meta();
            let back: Meta =
                serde_json::from_str(&serde_json::to_string(&meta).expect("meta serializes"))
                    .expect("meta deserializes");
            assert_eq!(back, meta, "{}", path.display());
            n += 1;
        }
    }
    assert!(n >= 24, "only {n} fixtures round-tripped");
}

#[test]
fn value_types_serialize_as_printed() {
    let nr: Dokumentnummer = "17/9993".parse().expect("number");
    assert_eq!(serde_json::to_string(&nr).expect("json"), "\"17/9993\"");
    let f: Fragenummer = "4d".parse().expect("question number");
    assert_eq!(serde_json::to_string(&f).expect("json"), "\"4d\"");
    assert_eq!(
        serde_json::to_string(&Parlament::NW).expect("json"),
        "\"NW\""
    );
    assert!(serde_json::from_str::<Dokumentnummer>("\"20/12a4\"").is_err());
}
