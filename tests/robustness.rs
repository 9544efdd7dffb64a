//! No input makes the parser panic, every span and diagnostic points into the input, and
//! strict parsing fails exactly where lenient parsing reports (issue 6).
//!
//! Property tests over arbitrary strings and bytes, document-like text and mutations of the
//! fixtures; every prefix of real documents; the hostile inputs of the adversarial bench at a
//! small size. `PROPTEST_CASES` sets the cases per property test (default 64; `.ci/run` runs
//! 2,000 each of the five).

#[path = "util/hostile.rs"]
mod hostile;
#[path = "util/invariants.rs"]
mod invariants;

use std::path::Path;
use std::sync::LazyLock;

use proptest::prelude::*;

/// The cases per property test: `PROPTEST_CASES`, else a quick 64.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(64);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Every text fixture: real documents in every text form.
static DOKUMENTE: LazyLock<Vec<String>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&dir)
            .expect("the fixtures folder")
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    out.push(t);
                }
            }
        }
    }
    assert!(out.len() >= 20, "the fixtures are there");
    out
});

/// Pieces of the printed layouts the grammar looks for, to build text that reaches deep into
/// it: header lines, type lines, askers, questions, labels, furniture, markup, odd characters.
const BAUSTEINE: [&str; 72] = [
    "LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/13528",
    "Deutscher Bundestag Drucksache 21/375",
    "Bundesrat Drucksache 103/1/25",
    "Drucksache",
    "8/2585",
    "18. Wahlperiode",
    "21. Wahlperiode 02.06.2025",
    "17.04.2025",
    "Kleine Anfrage 5441",
    "Kleine Anfrage",
    "Große Anfrage",
    "Schriftliche Fragen",
    "Antwort",
    "Antwort der Landesregierung",
    "und",
    "des Ministeriums für Inneres",
    "der Bundesregierung",
    "der Landesregierung - Ministerin für Inneres (MIK)",
    "der Abgeordneten Eva Muster SPD",
    "der Abgeordneten A B, C D und der Fraktion der AfD",
    "der Abgeordneten Anne Helm und Niklas Schrader (LINKE)",
    "auf die Kleine Anfrage 3929 vom 25. Juni 2020",
    "– Drucksache 21/162 –",
    "vom 31.03.2025",
    "Vorbemerkung der Fragesteller",
    "Vorbemerkung der Bundesregierung",
    "Wir fragen die Bundesregierung:",
    "Vor diesem Hintergrund frage ich die Landesregierung:",
    "1. ",
    "2. ",
    "1.1 ",
    "1.2.3 ",
    "3) ",
    "999. ",
    "Frage 3:",
    "a) ",
    "b) ",
    "Zu Frage 1:",
    "Zu 3.:",
    "Zu den Fragen 1 bis 999:",
    "Antwort zu Fragen 4, 4 a) und 4 b)",
    "Die Fragen 1 bis 5 werden gemeinsam beantwortet.",
    "Antwort:",
    "Wie viele?",
    "(bitte aufschlüsseln)",
    "Es wird auf die Antwort zu den Fragen 2 bis 4 verwiesen.",
    "Der Minister für Wirtschaft hat die Kleine Anfrage 3929 mit Schreiben vom 18. August 2020 namens der Landesregierung im Einvernehmen mit der Ministerin für Heimat beantwortet.",
    "Datum des Originals: 18.08.2020/Ausgegeben: 24.08.2020",
    "Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums des Innern vom 30. Mai 2025 übermittelt.",
    "Die Drucksache enthält zusätzlich – in kleinerer Schrifttype – den Fragetext.",
    "Berlin, den 2. Mai 2025",
    "Mit freundlichen Grüßen",
    "Maß-",
    "nahme",
    "www.example.org/pfad-",
    "LT-Drs. 17/9170",
    "Drs. 9564",
    "Text mit Fußnote.1",
    "1 Quelle",
    "– 2 –",
    "Seite 2 von 6",
    "# ",
    "## Antwort",
    "**",
    "\\*",
    "[x](http://y)",
    "[",
    "---",
    "V o r b e m e r k u n g",
    "\u{ad}\u{fb01}\u{a0}\u{2007}\t",
    "ü€…\u{feff}\u{200b}",
    "\u{f0b7} Punkt",
];

/// What separates the pieces.
const TRENNER: [&str; 8] = ["\n", "\n", "\n\n", "\r\n", "\r", "\x0c", " ", ""];

/// Text built of layout pieces, separators and now and then an arbitrary string.
fn dokumentartig() -> impl Strategy<Value = String> {
    let stueck = prop_oneof![
        8 => (0..BAUSTEINE.len()).prop_map(|i| BAUSTEINE[i].to_owned()),
        1 => any::<String>(),
        1 => "[0-9./)a-z: ]{1,12}",
    ];
    prop::collection::vec((stueck, 0..TRENNER.len()), 0..80).prop_map(|teile| {
        let mut s = String::new();
        for (t, k) in teile {
            s.push_str(&t);
            s.push_str(TRENNER[k]);
        }
        s
    })
}

/// A change to a document's lines.
#[derive(Debug, Clone)]
enum Mutation {
    /// Delete a line.
    Loeschen(usize),
    /// Print a line twice.
    Verdoppeln(usize),
    /// Swap two lines.
    Tauschen(usize, usize),
    /// Cut the text at a byte (moved back to a character boundary).
    Abschneiden(usize),
    /// Insert text before a line.
    Einfuegen(usize, String),
    /// Insert text inside a line.
    Hineinschreiben(usize, usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let muell = prop_oneof![
        3 => (0..BAUSTEINE.len()).prop_map(|i| format!("{}\n", BAUSTEINE[i])),
        1 => any::<String>(),
        1 => prop::collection::vec(any::<u8>(), 0..40)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ];
    prop_oneof![
        3 => any::<usize>().prop_map(Mutation::Loeschen),
        2 => any::<usize>().prop_map(Mutation::Verdoppeln),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Tauschen(a, b)),
        1 => any::<usize>().prop_map(Mutation::Abschneiden),
        2 => (any::<usize>(), muell.clone()).prop_map(|(i, m)| Mutation::Einfuegen(i, m)),
        2 => (any::<usize>(), any::<usize>(), muell)
            .prop_map(|(i, k, m)| Mutation::Hineinschreiben(i, k, m)),
    ]
}

/// The largest character boundary at or before `at`.
fn boundary(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Applies the mutations to the lines of `doc`, in order.
fn mutate(doc: &str, mutations: &[Mutation]) -> String {
    let mut lines: Vec<String> = doc.split_inclusive('\n').map(str::to_owned).collect();
    for m in mutations {
        if lines.is_empty() {
            lines.push(String::new());
        }
        let n = lines.len();
        match m {
            Mutation::Loeschen(i) => {
                lines.remove(i % n);
            }
            Mutation::Verdoppeln(i) => {
                let l = lines[i % n].clone();
                lines.insert(i % n, l);
            }
            Mutation::Tauschen(a, b) => lines.swap(a % n, b % n),
            Mutation::Abschneiden(i) => {
                let text: String = lines.concat();
                let at = boundary(&text, i % (text.len() + 1));
                lines = text[..at]
                    .split_inclusive('\n')
                    .map(str::to_owned)
                    .collect();
            }
            Mutation::Einfuegen(i, m) => lines.insert(i % (n + 1), m.clone()),
            Mutation::Hineinschreiben(i, k, m) => {
                let line = &mut lines[i % n];
                let at = boundary(line, k % (line.len() + 1));
                line.insert_str(at, m);
            }
        }
    }
    lines.concat()
}

/// `text` in one of the encodings the byte entry reads: UTF-8 with or without byte order mark,
/// UTF-16 little or big endian with one, Latin-1 (`?` for what it lacks).
fn kodiert(text: &str, wie: u8) -> Vec<u8> {
    match wie % 5 {
        0 => text.as_bytes().to_vec(),
        1 => [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat(),
        2 => [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect(),
        3 => [0xfe, 0xff]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect(),
        _ => text
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
            .collect(),
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn document_like_bytes_in_every_encoding_parse_within_bounds(
        s in dokumentartig(),
        wie in any::<u8>(),
        cut in any::<usize>(),
    ) {
        let mut bytes = kodiert(&s, wie);
        // and cut anywhere, even inside a character
        if wie >= 128 {
            bytes.truncate(cut % (bytes.len() + 1));
        }
        invariants::check_bytes(&bytes);
    }

    #[test]
    fn arbitrary_strings_parse_within_bounds(s in any::<String>()) {
        invariants::check(&s);
    }

    #[test]
    fn arbitrary_bytes_parse_within_bounds(b in prop::collection::vec(any::<u8>(), 0..2000)) {
        invariants::check_bytes(&b);
        invariants::check(&String::from_utf8_lossy(&b));
    }

    #[test]
    fn document_like_text_parses_within_bounds(s in dokumentartig()) {
        invariants::check(&s);
    }

    #[test]
    fn damaged_documents_parse_within_bounds(
        doc in 0..DOKUMENTE.len(),
        mutations in prop::collection::vec(mutation(), 1..8),
    ) {
        let doc = &DOKUMENTE[doc];
        invariants::check(&mutate(doc, &mutations));
    }
}

/// Whether to run every prefix (`DRUCKSACHE_ALLE_PRAEFIXE=1`, as `.ci/run` does) rather than a
/// sample that keeps plain `cargo test` quick.
fn alle_praefixe() -> bool {
    std::env::var_os("DRUCKSACHE_ALLE_PRAEFIXE").is_some()
}

/// Every line prefix of every fixture up to 20 kB (of every 16th without [`alle_praefixe`]);
/// the larger ones are cut at random in the property tests.
#[test]
fn every_line_prefix_of_real_documents_parses_within_bounds() {
    let step = if alle_praefixe() { 1 } else { 16 };
    let docs = DOKUMENTE.iter().filter(|d| d.len() <= 20_000);
    for doc in docs.step_by(step) {
        let mut end = 0;
        for line in doc.split_inclusive('\n') {
            end += line.len();
            invariants::check(&doc[..end]);
        }
    }
}

/// Every byte prefix of the seed document (every 97th without [`alle_praefixe`]).
#[test]
fn every_byte_prefix_of_a_document_parses_within_bounds() {
    let doc = include_str!("fixtures/annotated/NW-17-seed.txt");
    let step = if alle_praefixe() { 1 } else { 97 };
    for end in (0..=doc.len()).step_by(step) {
        if doc.is_char_boundary(end) {
            invariants::check(&doc[..end]);
        }
    }
}

#[test]
fn hostile_inputs_parse_within_bounds() {
    for (name, make) in hostile::ALLE {
        let input = make(32 * 1024);
        let doc = drucksache::Drucksache::parse(&input);
        if let Ok(doc) = &doc {
            invariants::check_model(&input, doc);
        }
        assert!(
            doc.is_ok() || !["kopf_wiederholt", "fragen_und_labels"].contains(&name),
            "{name}: {doc:?}"
        );
    }
}

#[test]
fn mutations_do_what_they_say() {
    let doc = "a\nb\nc\n";
    let i = |k: usize| k;
    assert_eq!(mutate(doc, &[Mutation::Loeschen(i(1))]), "a\nc\n");
    assert_eq!(mutate(doc, &[Mutation::Verdoppeln(i(0))]), "a\na\nb\nc\n");
    assert_eq!(mutate(doc, &[Mutation::Tauschen(i(0), i(2))]), "c\nb\na\n");
    assert_eq!(
        mutate(doc, &[Mutation::Einfuegen(i(3), "x\n".into())]),
        "a\nb\nc\nx\n"
    );
    assert_eq!(
        mutate(doc, &[Mutation::Hineinschreiben(i(1), i(1), "y".into())]),
        "a\nby\nc\n"
    );
    assert_eq!(mutate("äb", &[Mutation::Abschneiden(i(1))]), "");
}
