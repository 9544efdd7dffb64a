//! Bad input gets a clear error with line, column, what was expected and what was found.

use drucksache::{Drucksache, ErrorKind, Options};

#[test]
fn empty_input_is_an_error() {
    for input in ["", "   \n\n\t "] {
        let e = Drucksache::parse(input).expect_err("empty input");
        assert_eq!(e.kind(), ErrorKind::Empty);
        assert_eq!(
            e.to_string(),
            "line 1, column 1: expected a parliamentary document, found nothing"
        );
    }
}

#[test]
fn text_that_is_no_document_is_an_error() {
    let e = Drucksache::parse("Hello, world\nthis is a shopping list").expect_err("no Drucksache");
    assert_eq!(e.kind(), ErrorKind::NotADrucksache);
    assert_eq!((e.line(), e.column()), (1, 1));
    assert!(e.to_string().ends_with("found \"Hello, world\""), "{e}");
}

#[test]
fn a_paper_without_questions_parses_leniently_and_fails_strictly() {
    let text = "LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/1\n18. Wahlperiode\n17.04.2025\nKleine Anfrage 12\nder Abgeordneten Eva Muster SPD\nEin Titel\n\nVor diesem Hintergrund frage ich die Landesregierung:\n\nEva Muster\n";
    let doc = Drucksache::parse(text).expect("lenient parse");
    assert_eq!(
        doc.kopf.dokumentnummer.map(|n| n.to_string()).as_deref(),
        Some("18/1")
    );
    let d = doc
        .diagnosen
        .first()
        .expect("a diagnostic for the missing questions");
    assert_eq!(d.kind, ErrorKind::Frage);
    assert_eq!(d.line, 10);
    let e = Drucksache::parse_with(text, &Options::new().strict(true)).expect_err("strict");
    assert_eq!(e.kind(), ErrorKind::Frage);
    assert_eq!(
        e.to_string(),
        "line 10, column 1: expected a first question \"1. …\", found \"Eva Muster\""
    );
}

#[test]
fn an_unanswered_question_is_reported_where_it_stands() {
    let text = "Deutscher Bundestag Drucksache 21/9\n21. Wahlperiode 02.06.2025\nAntwort\nder Bundesregierung\nauf die Kleine Anfrage der Abgeordneten A B und der Fraktion der AfD\n– Drucksache 21/8 –\nTitel\n1. Wie viele?\nSo viele.\n2. Wer?\n";
    let doc = Drucksache::parse(text).expect("parses");
    let [d] = doc.diagnosen.as_slice() else {
        panic!("one diagnostic: {:?}", doc.diagnosen)
    };
    assert_eq!(d.kind, ErrorKind::Antwort);
    assert_eq!(
        d.to_string(),
        "line 10, column 1: expected an answer to question 2, found \"2. Wer?\""
    );
    assert_eq!(d.span.slice(text), Some("2. Wer?"));
    for v in &doc.verweise {
        assert_eq!(v.span.slice(text), Some(v.gedruckt.as_str()));
    }
}
