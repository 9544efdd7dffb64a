//! The messages for bad and damaged input (issue 6): snapshots of the `Display` of what a
//! lenient parse reports and of the error a strict parse returns, for damaged copies of a
//! Kleine Anfrage, an Antwort, the Bundestag's Schriftliche Fragen and byte input. Each message
//! names the line, the column, what was expected and what was found; strict parsing turns the
//! first of them into the error.
//!
//! Review changed messages with `cargo insta review` (or `INSTA_UPDATE=always`).

use std::fmt::Write as _;

use drucksache::{Diagnostic, Drucksache, Error, Options};

/// A Kleine Anfrage of the Landtag NRW, whole.
const ANFRAGE: &str = "LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/13528
18. Wahlperiode
17.04.2025
Kleine Anfrage 5441
der Abgeordneten Lisa-Kristin Kapteinat SPD
Zugriff auf Systeme in Landesunterkünften

Die Landesregierung hat den Zugriff erlaubt.

Vor diesem Hintergrund frage ich die Landesregierung:

1. Wie oft wurde die Bitte herangetragen?
2. Welche weiteren Behörden haben eine Bitte formuliert?
3. Zu welchen Zeitpunkten wurden die Anfragen gestellt?

Lisa-Kristin Kapteinat
";

/// The answer to it, whole.
const ANTWORT: &str = "LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/13999
18. Wahlperiode 02.06.2025
Antwort
der Landesregierung
auf die Kleine Anfrage 5441 vom 17. April 2025
der Abgeordneten Lisa-Kristin Kapteinat SPD
Drucksache 18/13528
Zugriff auf Systeme in Landesunterkünften

Vorbemerkung der Kleinen Anfrage
Die Landesregierung hat den Zugriff erlaubt.

Die Ministerin für Kinder hat die Kleine Anfrage 5441 mit Schreiben vom 2. Juni 2025 namens der Landesregierung beantwortet.

1. Wie oft wurde die Bitte herangetragen?
Zweimal.
2. Welche weiteren Behörden haben eine Bitte formuliert?
Keine.
3. Zu welchen Zeitpunkten wurden die Anfragen gestellt?
Im Mai 2023.
";

/// A Bundestag answer in DIP text.
const BT_ANTWORT: &str = "Deutscher Bundestag Drucksache 21/9
21. Wahlperiode 02.06.2025
Antwort
der Bundesregierung
auf die Kleine Anfrage der Abgeordneten A B und der Fraktion der AfD
– Drucksache 21/8 –
Titel der Anfrage
1. Wie viele?
So viele.
2. Wer?
Niemand.
";

/// A week of Schriftliche Fragen as printed (Bundestag), with the one misprint of the
/// original (`vom 17 Juni 2025`) corrected so that only the damage done here is reported.
fn schriftliche_fragen() -> String {
    ersetzt(
        include_str!("fixtures/bundestag/21-512.txt"),
        "vom 17 Juni 2025",
        "vom 17. Juni 2025",
    )
}

/// The first `n` lines of `text`.
fn zeilen(text: &str, n: usize) -> String {
    text.lines().take(n).collect::<Vec<_>>().join("\n")
}

/// `text` with `alt` replaced by `neu` exactly once: the damage must hit.
fn ersetzt(text: &str, alt: &str, neu: &str) -> String {
    assert_eq!(text.matches(alt).count(), 1, "{alt:?} occurs once");
    text.replacen(alt, neu, 1)
}

/// Every damaged input: a name (the snapshot's) and the text.
#[allow(
    clippy::too_many_lines,
    reason = "one table of cases reads best in one place"
)]
fn faelle() -> Vec<(&'static str, String)> {
    let a = ANFRAGE;
    let w = ANTWORT;
    let sf = &schriftliche_fragen();
    vec![
        // the header
        (
            "kopf-abgeschnitten-in-der-nummer",
            "LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/".to_owned(),
        ),
        ("kopf-abgeschnitten-nach-wahlperiode", zeilen(a, 2)),
        (
            "kopf-ohne-typzeile",
            ersetzt(a, "Kleine Anfrage 5441\n", ""),
        ),
        ("nummer-mit-buchstabe", ersetzt(a, "18/13528", "18/13a28")),
        ("nummer-mit-bindestrich", ersetzt(a, "18/13528", "18-13528")),
        ("nummer-ohne-wahlperiode", ersetzt(a, "18/13528", "/13528")),
        (
            "nummer-zu-lang",
            ersetzt(a, "18/13528", "18/13528999999999"),
        ),
        (
            "wahlperiode-passt-nicht-zur-nummer",
            ersetzt(a, "18. Wahlperiode", "17. Wahlperiode"),
        ),
        (
            "datum-gibt-es-nicht",
            ersetzt(a, "17.04.2025", "31.02.2025"),
        ),
        ("datum-monat-13", ersetzt(a, "17.04.2025", "17.13.2025")),
        // the question paper
        ("anfrage-abgeschnitten-nach-typzeile", zeilen(a, 4)),
        ("anfrage-abgeschnitten-nach-fragestellern", zeilen(a, 5)),
        ("anfrage-abgeschnitten-nach-titel", zeilen(a, 6)),
        (
            "anfrage-ohne-fragesteller",
            ersetzt(a, "der Abgeordneten Lisa-Kristin Kapteinat SPD\n", ""),
        ),
        (
            "anfrage-ohne-titel-und-vorspann",
            ersetzt(
                a,
                "Zugriff auf Systeme in Landesunterkünften\n\nDie Landesregierung hat den Zugriff erlaubt.\n\n",
                "",
            ),
        ),
        (
            "anfrage-fragen-vertauscht",
            ersetzt(
                a,
                "2. Welche weiteren Behörden haben eine Bitte formuliert?\n3. Zu",
                "3. Welche weiteren Behörden haben eine Bitte formuliert?\n2. Zu",
            ),
        ),
        ("anfrage-frage-doppelt", ersetzt(a, "3. Zu", "2. Zu")),
        (
            "anfrage-fragen-luecke",
            ersetzt(&ersetzt(a, "2. Welche", "5. Welche"), "3. Zu", "6. Zu"),
        ),
        ("anfrage-beginnt-bei-frage-2", ersetzt(a, "1. Wie", "Wie")),
        (
            "anfrage-ohne-nummerierte-fragen",
            ersetzt(
                &ersetzt(&ersetzt(a, "1. Wie", "Wie"), "2. Welche", "Welche"),
                "3. Zu",
                "Zu",
            ),
        ),
        // the answer paper
        ("antwort-abgeschnitten-im-bezug", zeilen(w, 5)),
        ("antwort-abgeschnitten-vor-letzter-antwort", zeilen(w, 19)),
        (
            "antwort-ohne-titel",
            ersetzt(w, "Zugriff auf Systeme in Landesunterkünften\n", ""),
        ),
        (
            "antwort-datum-gibt-es-nicht",
            ersetzt(w, "02.06.2025", "00.06.2025"),
        ),
        (
            "antwort-bezug-nummer-kaputt",
            ersetzt(w, "Drucksache 18/13528", "Drucksache 18/1352x"),
        ),
        (
            "antwort-auf-frage-die-es-nicht-gibt",
            ersetzt(
                w,
                "Im Mai 2023.\n",
                "Im Mai 2023.\nZu Frage 7:\nDazu nichts.\n",
            ),
        ),
        (
            "antwort-nummer-kaputt",
            ersetzt(w, "Drucksache 18/13999", "Drucksache 18/13999b"),
        ),
        (
            "bundestag-frage-ohne-antwort",
            ersetzt(BT_ANTWORT, "Niemand.\n", ""),
        ),
        (
            "bundestag-wahlperiode-passt-nicht",
            ersetzt(BT_ANTWORT, "21. Wahlperiode", "20. Wahlperiode"),
        ),
        (
            "bundestag-antwort-fuer-unbekannte-frage",
            ersetzt(
                BT_ANTWORT,
                "So viele.\n",
                "So viele.\nZu Frage 5:\nAuch so.\n",
            ),
        ),
        // the Schriftliche Fragen
        (
            "schriftliche-fragen-nummer-doppelt",
            ersetzt(sf, "55.\u{2002}Abgeordneter", "54.\u{2002}Abgeordneter"),
        ),
        (
            "schriftliche-fragen-ohne-fraktion",
            ersetzt(sf, "Lars Haise\n(AfD)\nVerfolgt", "Lars Haise\nVerfolgt"),
        ),
        (
            "schriftliche-fragen-antwort-ohne-datum",
            ersetzt(
                sf,
                "Ulrich Lange \nvom 17. Juni 2025\nDie Verordnung",
                "Ulrich Lange \nDie Verordnung",
            ),
        ),
        // no document at all
        (
            "kein-dokument",
            "Hello, world\nthis is a shopping list\n".to_owned(),
        ),
        ("leer", " \n\t\n".to_owned()),
    ]
}

/// Damaged byte input: a name and the bytes.
fn byte_faelle() -> Vec<(&'static str, Vec<u8>)> {
    let mut latin1 = ANFRAGE.as_bytes().to_vec();
    let at = latin1.len() - 20;
    latin1.insert(at, 0xfc);
    vec![
        (
            "bytes-nul-im-text",
            b"Drucksache 21/1\n21. Wahl\x00periode".to_vec(),
        ),
        (
            "bytes-jpeg",
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
                .to_vec(),
        ),
        ("bytes-windows-1252-in-utf8", latin1),
    ]
}

/// What a parse reports, one message a line.
fn bericht(lenient: &Result<Drucksache, Error>, strict: &Result<Drucksache, Error>) -> String {
    let mut out = String::new();
    match lenient {
        Ok(doc) => {
            out.push_str("lenient: diagnostics\n");
            for d in &doc.diagnosen {
                let _ = writeln!(out, "  {d}");
            }
        }
        Err(e) => {
            let _ = writeln!(out, "lenient: error\n  {e}");
        }
    }
    match strict {
        Ok(_) => out.push_str("strict: no error\n"),
        Err(e) => {
            let _ = writeln!(out, "strict: error\n  {e}");
        }
    }
    out
}

/// The message has the four parts: `line L, column C: expected …, found …`.
fn vollstaendig(message: &str) {
    let (wo, was) = message.split_once(": expected ").expect("\": expected \"");
    let (zeile, spalte) = wo.split_once(", column ").expect("line and column");
    let zeile = zeile.strip_prefix("line ").expect("\"line \"");
    assert!(zeile.parse::<usize>().is_ok_and(|z| z >= 1), "{message}");
    assert!(spalte.parse::<usize>().is_ok_and(|s| s >= 1), "{message}");
    let (erwartet, gefunden) = was.rsplit_once(", found ").expect("\", found \"");
    assert!(!erwartet.trim().is_empty(), "{message}");
    assert!(
        gefunden == "nothing" || (gefunden.starts_with('"') && gefunden.ends_with('"')),
        "{message}"
    );
}

/// Every message a lenient parse gives (its diagnostics, or its error).
fn meldungen(lenient: &Result<Drucksache, Error>) -> Vec<&Diagnostic> {
    match lenient {
        Ok(doc) => doc.diagnosen.iter().collect(),
        Err(e) => vec![e.diagnostic()],
    }
}

fn pruefe(name: &str, lenient: &Result<Drucksache, Error>, strict: &Result<Drucksache, Error>) {
    let m = meldungen(lenient);
    assert!(!m.is_empty(), "{name}: the damage is reported");
    for d in &m {
        vollstaendig(&d.to_string());
    }
    insta::with_settings!({ snapshot_path => "snapshots/errors", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(name, bericht(lenient, strict));
    });
}

#[test]
fn damaged_texts_are_reported_with_line_column_expected_and_found() {
    let faelle = faelle();
    assert!(faelle.len() + byte_faelle().len() >= 25);
    for (name, text) in &faelle {
        let lenient = Drucksache::parse(text);
        let strict = Drucksache::parse_with(text, &Options::new().strict(true));
        pruefe(name, &lenient, &strict);
    }
}

#[test]
fn damaged_bytes_are_reported_with_line_column_expected_and_found() {
    for (name, bytes) in &byte_faelle() {
        let lenient = Drucksache::from_bytes(bytes);
        let strict = Drucksache::from_bytes_with(bytes, &Options::new().strict(true));
        pruefe(name, &lenient, &strict);
    }
}

/// Strict mode: every damaged input is an error, and the error is the first message a lenient
/// parse gives; the undamaged inputs parse strictly.
#[test]
fn strict_mode_turns_every_damage_into_an_error() {
    for whole in [ANFRAGE, ANTWORT, BT_ANTWORT, &schriftliche_fragen()] {
        let doc = Drucksache::parse_strict(whole).expect("the undamaged paper");
        assert!(doc.diagnosen.is_empty());
    }
    let texts = faelle().into_iter().map(|(n, t)| {
        let lenient = Drucksache::parse(&t);
        let strict = Drucksache::parse_strict(&t);
        (n, lenient, strict)
    });
    let bytes = byte_faelle().into_iter().map(|(n, b)| {
        let lenient = Drucksache::from_bytes(&b);
        let strict = Drucksache::from_bytes_with(&b, &Options::new().strict(true));
        (n, lenient, strict)
    });
    for (name, lenient, strict) in texts.chain(bytes) {
        let e = strict.expect_err(name);
        let first = meldungen(&lenient)
            .first()
            .map(|d| (*d).clone())
            .expect("a message");
        assert_eq!(e.diagnostic(), &first, "{name}");
        assert_eq!((e.line(), e.column()), (first.line, first.column), "{name}");
    }
}
