//! Inputs designed to hurt a parser (issue 6): each generator repeats its unit until the text
//! reaches `bytes`. Shared by the adversarial bench and the robustness tests.
#![allow(dead_code, unreachable_pub)]

use std::fmt::Write as _;

/// The header of an NRW answer, put before the bodies that only hurt inside an answer.
const ANTWORT_KOPF: &str = "LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/13999\n18. Wahlperiode 02.06.2025\nAntwort\nder Landesregierung\nauf die Kleine Anfrage 5441 vom 17. April 2025\nder Abgeordneten Lisa-Kristin Kapteinat SPD\nDrucksache 18/13528\nZugriff auf Systeme\n\n";

/// The header of an NRW Kleine Anfrage, repeated by [`kopf_wiederholt`].
const ANFRAGE_KOPF: &str = "LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/13528\n18. Wahlperiode\n17.04.2025\nKleine Anfrage 5441\nder Abgeordneten Lisa-Kristin Kapteinat SPD\nZugriff der Zentralen Ausländerbehörden auf An- und Abwesenheitssysteme\n\nVor diesem Hintergrund frage ich die Landesregierung:\n\n";

fn repeat_to(head: &str, bytes: usize, mut unit: impl FnMut(&mut String, usize)) -> String {
    let mut s = String::with_capacity(bytes + 256);
    s.push_str(head);
    let mut k = 0;
    while s.len() < bytes {
        unit(&mut s, k);
        k += 1;
    }
    s
}

/// Lines of `1. ` and nothing else.
pub fn eins_punkt(bytes: usize) -> String {
    repeat_to("", bytes, |s, _| s.push_str("1. \n"))
}

/// Lines of `1. ` inside an answer, where every numbered line is a candidate question.
pub fn eins_punkt_antwort(bytes: usize) -> String {
    repeat_to(ANTWORT_KOPF, bytes, |s, _| s.push_str("1. \n"))
}

/// One line without a line break: words, numbers, dates and references.
pub fn eine_zeile(bytes: usize) -> String {
    repeat_to("Kleine Anfrage ", bytes, |s, k| {
        let _ = write!(
            s,
            "Wort {k}. Drucksache 18/{k} vom 1.2.2025 Frage {k}: wie? "
        );
    })
}

/// One line of a single word that never ends.
pub fn ein_wort(bytes: usize) -> String {
    "x".repeat(bytes)
}

/// Sub-question items `a)` nested ever deeper, each on its own line, under one question.
pub fn verschachtelt(bytes: usize) -> String {
    let head = format!("{ANFRAGE_KOPF}1. Wie viele?\n");
    repeat_to(&head, bytes, |s, k| {
        s.push_str(&"  ".repeat(k % 16));
        s.push_str("a) a) Welche a)\n");
    })
}

/// The same nesting inside an answer.
pub fn verschachtelt_antwort(bytes: usize) -> String {
    let head = format!("{ANTWORT_KOPF}1. Wie viele?\n");
    repeat_to(&head, bytes, |s, k| {
        s.push_str(&"  ".repeat(k % 16));
        s.push_str("a) a) Welche a)?\n");
    })
}

/// A Kleine Anfrage header over and over.
pub fn kopf_wiederholt(bytes: usize) -> String {
    repeat_to("", bytes, |s, _| s.push_str(ANFRAGE_KOPF))
}

/// Questions `1.` to `999.` and `1.1` … in sequence, each with an answer label: every label
/// and every question has all questions so far before it.
pub fn fragen_und_labels(bytes: usize) -> String {
    repeat_to(ANTWORT_KOPF, bytes, |s, k| {
        let (a, b, c) = (k / 10_000 % 999 + 1, k / 100 % 100, k % 100);
        let n = if b == 0 && c == 0 {
            format!("{a}")
        } else if c == 0 {
            format!("{a}.{b}")
        } else {
            format!("{a}.{b}.{c}")
        };
        let _ = write!(s, "{n}. Wie viele?\nZu Frage {n}:\nSo viele.\n");
    })
}

/// Answer labels naming wide ranges of questions that were never printed.
pub fn weite_bereiche(bytes: usize) -> String {
    repeat_to(ANTWORT_KOPF, bytes, |s, _| {
        s.push_str("Zu den Fragen 1 bis 999:\nDie Fragen 1 bis 999 werden gemeinsam beantwortet. Es wird auf die Antwort zu den Fragen 1 bis 999 verwiesen.\n");
    })
}

/// Syllables hyphenated at every line end: one logical line of a word that keeps growing.
pub fn silbentrennung(bytes: usize) -> String {
    repeat_to("Kleine Anfrage\n", bytes, |s, _| s.push_str("ab-\n"))
}

/// Markdown with lines of unclosed link brackets.
pub fn klammern(bytes: usize) -> String {
    repeat_to("# Kleine Anfrage\n\n## Titel\n\n", bytes, |s, k| {
        if k % 64 == 63 {
            s.push('\n');
        } else {
            s.push_str("[[[[[[[[(](");
        }
    })
}

/// Pages of footnote markers and footnote lines, split by form feeds.
pub fn fussnoten(bytes: usize) -> String {
    repeat_to(ANTWORT_KOPF, bytes, |s, k| {
        let n = k + 1;
        let _ = write!(
            s,
            "Text mit Fußnote.{n}\n{n} Quelle {n}, Drucksache 18/{n}.\n\x0c"
        );
    })
}

/// Running heads on every page, numbers and lines that look like furniture.
pub fn seitenkoepfe(bytes: usize) -> String {
    repeat_to(ANTWORT_KOPF, bytes, |s, k| {
        let _ = write!(
            s,
            "LANDTAG NORDRHEIN-WESTFALEN - 18. Wahlperiode Drucksache 18/13999\n\n\n{k}\n\n\nDatum des Originals: 18.08.2020/Ausgegeben: 24.08.2020\nDie Antwort wurde namens\n\x0c"
        );
    })
}

/// Pseudo-random bytes (a fixed xorshift sequence), read as lossy UTF-8.
pub fn zufall(bytes: usize) -> String {
    String::from_utf8_lossy(&zufall_bytes(bytes)).into_owned()
}

/// Pseudo-random bytes from a fixed seed.
pub fn zufall_bytes(bytes: usize) -> Vec<u8> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut out = Vec::with_capacity(bytes);
    while out.len() < bytes {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(bytes);
    out
}

/// A real document repeated: `doc` concatenated until `bytes`.
pub fn wiederholt(doc: &str, bytes: usize) -> String {
    repeat_to("", bytes, |s, _| s.push_str(doc))
}

/// A generator: the input at (at least) this many bytes.
pub type Erzeuger = fn(usize) -> String;

/// Every generator by name.
pub const ALLE: [(&str, Erzeuger); 16] = [
    ("eins_punkt", eins_punkt),
    ("eins_punkt_antwort", eins_punkt_antwort),
    ("eine_zeile", eine_zeile),
    ("ein_wort", ein_wort),
    ("verschachtelt", verschachtelt),
    ("verschachtelt_antwort", verschachtelt_antwort),
    ("kopf_wiederholt", kopf_wiederholt),
    ("fragen_und_labels", fragen_und_labels),
    ("weite_bereiche", weite_bereiche),
    ("silbentrennung", silbentrennung),
    ("klammern", klammern),
    ("fussnoten", fussnoten),
    ("seitenkoepfe", seitenkoepfe),
    ("zufall", zufall),
    ("antwort_wiederholt", |b| {
        wiederholt(include_str!("../fixtures/annotated/NW-17-seed.txt"), b)
    }),
    ("bundestag_wiederholt", |b| {
        wiederholt(include_str!("../fixtures/annotated/BT-21-683.txt"), b)
    }),
];
