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

#[test]
fn byte_input_that_is_no_text_is_refused_with_what_it_is() {
    // the start of a JFIF file: SOI, the APP0 segment, EOI
    let jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9";
    let e = Drucksache::from_bytes(jpeg).expect_err("a JPEG");
    assert_eq!(e.kind(), ErrorKind::Binary);
    assert_eq!(
        e.to_string(),
        "line 1, column 1: expected a text document (UTF-8, UTF-16 or Windows-1252), found \"a JPEG image\""
    );
    let e = Drucksache::from_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj").expect_err("a PDF");
    assert_eq!(e.kind(), ErrorKind::Binary);
    assert!(e.found().starts_with("a PDF file"), "{e}");
    let e = Drucksache::from_bytes(b"Drucksache 21/1\n21. Wahl\x00periode").expect_err("NUL");
    assert_eq!(
        (e.kind(), e.line(), e.column(), e.offset()),
        (ErrorKind::Binary, 2, 9, 24)
    );
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| u8::try_from(i * 37 % 251 + 1).expect("a byte"))
        .collect();
    assert_eq!(
        Drucksache::from_bytes(&noise).expect_err("noise").kind(),
        ErrorKind::Binary
    );
}

#[test]
fn empty_byte_input_is_an_error() {
    for input in [
        &b""[..],
        b"\xef\xbb\xbf",
        b" \r\n\t\r\n",
        b"\xef\xbb\xbf\r\n",
    ] {
        let e = Drucksache::from_bytes(input).expect_err("empty input");
        assert_eq!(e.kind(), ErrorKind::Empty, "{input:?}");
        assert_eq!((e.line(), e.column()), (1, 1));
    }
}

#[test]
fn stray_windows_1252_bytes_in_utf8_are_read_and_reported() {
    let mut bytes = "LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/1\n18. Wahlperiode\nKleine Anfrage 12\nder Abgeordneten Eva Muster SPD\nStraßen und "
        .as_bytes()
        .to_vec();
    bytes.extend(b"Br\xfccken\nIch frage die Landesregierung:\n1. Wie viele?\n");
    let doc = Drucksache::from_bytes(&bytes).expect("lenient");
    assert_eq!(doc.titel.as_deref(), Some("Straßen und Brücken"));
    let d = doc
        .diagnosen
        .iter()
        .find(|d| d.kind == ErrorKind::Encoding)
        .expect("a note on the stray byte");
    assert_eq!((d.line, d.column), (5, 15));
    assert_eq!(&bytes[d.span.start..d.span.end], b"\xfc");
    let e = Drucksache::from_bytes_with(&bytes, &Options::new().strict(true)).expect_err("strict");
    assert_eq!(e.kind(), ErrorKind::Encoding);
}
