//! Text hygiene on real lines: each case is a line (or two) as it stands in a document of the
//! shared corpus (file and line given), run through the line layer.
//!
//! The corpus holds no ligature (U+FB00–FB06); that case writes the ligature into a real line.

use super::Lines;

/// The logical lines the layer makes of `input`.
fn zeilen(input: &str) -> Vec<String> {
    let l = Lines::new(input);
    (0..l.len()).map(|i| l.text(i).to_owned()).collect()
}

#[test]
fn soft_hyphens() {
    // bundesrat/575-25.txt:1558: a soft hyphen inside a word is no character
    assert_eq!(
        zeilen(
            "• KI-basierte Prüfung von Antragsverfahren (erstes Genehmigungs\u{ad}verfahren mit KI-"
        ),
        ["• KI-basierte Prüfung von Antragsverfahren (erstes Genehmigungsverfahren mit KI-"]
    );
}

#[test]
fn unicode_spaces() {
    // bundestag/21/1450.txt:4174 (NBSP), bundesrat/398-25.txt:9 (U+2002),
    // bundestag/21/656.txt:24 (U+2007 before a one-digit question number),
    // bundesrat/432-25.txt:1150 (U+2009), bundesrat/492-25.txt:943 (U+202F)
    assert_eq!(
        zeilen("Buchstaben\u{a0}a bis g bezeichneten Kategorien dürfen "),
        ["Buchstaben a bis g bezeichneten Kategorien dürfen"]
    );
    assert_eq!(
        zeilen("A.\u{2002}Problem und Ziel "),
        ["A. Problem und Ziel"]
    );
    assert_eq!(
        zeilen("\u{2007}1. Wie viele Personen bezogen in den Jahren von 2015 bis 2025"),
        ["1. Wie viele Personen bezogen in den Jahren von 2015 bis 2025"]
    );
    assert_eq!(
        zeilen(
            "humanmedizinische Heilbehandlung (vergleiche Oberlandesgericht Frankfurt am\u{2009}Main, Beschluss "
        ),
        [
            "humanmedizinische Heilbehandlung (vergleiche Oberlandesgericht Frankfurt am Main, Beschluss"
        ]
    );
    assert_eq!(
        zeilen("Nachrichtlich: Stand des Kontrollkontos zum 1.\u{202f}September 2025"),
        ["Nachrichtlich: Stand des Kontrollkontos zum 1. September 2025"]
    );
}

#[test]
fn ligatures() {
    // bundestag/21/1450.txt:3448 with `fi`/`ff` as ligatures
    assert_eq!(
        zeilen("Anträge auf Lizenzen für \u{fb01}nanzielle Au\u{fb00}angstellen"),
        ["Anträge auf Lizenzen für finanzielle Auffangstellen"]
    );
}

#[test]
fn tabs_crlf_and_bom() {
    // bundestag/21/1450.txt:3444–3448, with Windows line ends and a byte order mark
    assert_eq!(
        zeilen(
            "\u{feff}\t• Genehmigungsanträge für tatsächliche\r\n\t• Anträge auf Lizenzen für\r\n"
        ),
        [
            "• Genehmigungsanträge für tatsächliche",
            "• Anträge auf Lizenzen für"
        ]
    );
}

#[test]
fn letter_spacing() {
    // bundestag/21/668.txt:9 and :50, bundesrat/320-1-25.txt:11
    assert_eq!(
        zeilen(
            "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r\nV o r b e m e r k u n g  d e r  B u n d e s r e g i e r u n g\nE m p f e h l u n g e n  "
        ),
        [
            "Vorbemerkung der Fragesteller",
            "Vorbemerkung der Bundesregierung",
            "Empfehlungen"
        ]
    );
}

#[test]
fn split_capitals() {
    // annotated/BW-17-8906.txt:11 and :16
    assert_eq!(
        zeilen("1. W ie viele junge Menschen unter 21 Jahren im Landkreis Karlsruhe gelten als"),
        ["1. Wie viele junge Menschen unter 21 Jahren im Landkreis Karlsruhe gelten als"]
    );
    assert_eq!(
        zeilen(
            "3. W elche Rolle spielen präventive Angebote und beratende Maßnahmen im Hin-\nblick"
        ),
        ["3. Welche Rolle spielen präventive Angebote und beratende Maßnahmen im Hinblick"]
    );
}

#[test]
fn hyphenation() {
    // niedersachsen/19-11199.txt:22: syllable hyphenation is undone
    assert_eq!(
        zeilen(
            "und sollen vor allem die Belastung des Grundwassers mit Nitrat und Pflanzenschutzmitteln reduzie-\nren. Vertragspartner sind der Niedersächsische Landesbetrieb"
        ),
        [
            "und sollen vor allem die Belastung des Grundwassers mit Nitrat und Pflanzenschutzmitteln reduzieren.",
            "Vertragspartner sind der Niedersächsische Landesbetrieb"
        ]
    );
    // bundesrat/392-25.txt:2066: a suspended compound keeps its hyphen
    assert_eq!(
        zeilen(
            "einschließlich zur Anwendung an Bord sowie während des Ein- \nund Aussteigens, richten; "
        ),
        [
            "einschließlich zur Anwendung an Bord sowie während des Ein-",
            "und Aussteigens, richten;"
        ]
    );
    // bundestag/21/1963.txt:6: a double first name keeps its hyphen
    assert_eq!(
        zeilen(
            "Schuhmann, Jan Feser, Sascha Lensing, Lars Haise, Dr. Daniel Zerbin, Hans-\nJürgen Goßner und der Fraktion der AfD"
        ),
        [
            "Schuhmann, Jan Feser, Sascha Lensing, Lars Haise, Dr. Daniel Zerbin, Hans-Jürgen",
            "Goßner und der Fraktion der AfD"
        ]
    );
    // bundestag/21/1874.txt:11: `BÜND-`/`NIS` is one word where the document writes it so
    // elsewhere (here the line of bundestag/21/1950.txt:6 stands before it); without such
    // evidence the hyphen stays, as it may join two words in capitals
    assert_eq!(
        zeilen(
            "und der Fraktion BÜNDNIS 90/DIE GRÜNEN \nAuf Grundlage des Koalitionsvertrages 2021 bis 2025 zwischen SPD, BÜND-\nNIS 90/DIE GRÜNEN und FDP wurde die „Kommission zur reproduktiven "
        ),
        [
            "und der Fraktion BÜNDNIS 90/DIE GRÜNEN",
            "Auf Grundlage des Koalitionsvertrages 2021 bis 2025 zwischen SPD, BÜNDNIS",
            "90/DIE GRÜNEN und FDP wurde die „Kommission zur reproduktiven"
        ]
    );
}

#[test]
fn markdown() {
    // annotated/HH-23-4418.txt (heading), annotated/NW-17-seed.txt (emphasis),
    // annotated/HH-23-1309.txt:149 (an escape) and :143 (emphasis marks after a number)
    assert_eq!(
        zeilen(
            "#### Antwort zu Frage 1\n\n1. ***In welcher Höhe wurden seitens der Projektpartner Mittel für das Projekt „Beratungsbüro SmarteQuartiere“ im Rahmen der Ruhrkonferenz beantragt?***\n\n2020 425***  \n\n\\* Angabe jeweils zum Stichtag 31.12.\n\n## Fragen und Antworten\n"
        ),
        [
            "Antwort zu Frage 1",
            "1. In welcher Höhe wurden seitens der Projektpartner Mittel für das Projekt „Beratungsbüro SmarteQuartiere“ im Rahmen der Ruhrkonferenz beantragt?",
            "2020 425",
            "* Angabe jeweils zum Stichtag 31.12.",
            "Fragen und Antworten"
        ]
    );
}

#[test]
fn footnote_markers_glued_to_words() {
    // niedersachsen/19-11199.txt:21 and its footnote at the page's foot (:40)
    let input = "wasserschutz in den kommenden fünf Jahren.“1 Die Verträge haben eine Laufzeit von fünf Jahren \nund sollen vor allem die Belastung des Grundwassers reduzieren.\n1 Vgl. https://www.agrar-presseportal.de/umwelt/umweltpolitik/mehr-als-22-millionen-euro-fuer-den-trinkwas-\n\x0cNiedersächsischer Landtag – 19. Wahlperiode Drucksache 19/11199\n";
    let l = Lines::new(input);
    assert_eq!(
        (0..l.len()).map(|i| l.text(i)).collect::<Vec<_>>(),
        [
            "wasserschutz in den kommenden fünf Jahren.“ Die Verträge haben eine Laufzeit von fünf Jahren",
            "und sollen vor allem die Belastung des Grundwassers reduzieren."
        ]
    );
    assert_eq!(
        l.fussnoten.iter().map(|f| f.nummer).collect::<Vec<_>>(),
        [1]
    );
}
