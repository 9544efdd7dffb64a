//! Questions: where one starts (`1.`, `Frage 3:`, `1.1.`), which number may come next, its
//! lettered sub-questions, and building a [`Frage`] from its lines.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, space1};
use nom::combinator::{map_opt, opt};
use nom::multi::many_m_n;
use nom::sequence::{preceded, terminated};

use super::Ctx;
use super::error::PResult;
use super::text::beginnt_mit_monat;
use crate::{Frage, Fragenummer, Unterfrage};

/// A number part of at most `max` digits not followed by another digit.
fn teil(max: usize) -> impl Fn(&str) -> PResult<'_, u16> {
    move |i| {
        map_opt(
            terminated(
                take_while_m_n(1, max, |c: char| c.is_ascii_digit()),
                nom::combinator::not(take_while_m_n(1, 1, |c: char| c.is_ascii_digit())),
            ),
            |d: &str| d.parse().ok(),
        )
        .parse(i)
    }
}

// "1", "1.2", "1.2.3"
fn nummer(i: &str) -> PResult<'_, Fragenummer> {
    map_opt(
        (teil(3), many_m_n(0, 2, preceded(char('.'), teil(2)))),
        |(a, rest): (u16, Vec<u16>)| {
            let mut v = vec![a];
            v.extend(rest);
            Fragenummer::gegliedert(&v)
        },
    )
    .parse(i)
}

// "1. ", "1) ", "1.1 ", "1.1.", "1.:" (the number of a bare question at a line start)
fn nummer_mit_zeichen(i: &str) -> PResult<'_, Fragenummer> {
    let (rest, n) = nummer(i)?;
    let (rest, zeichen) = opt(alt((tag(".:"), tag("."), tag(")")))).parse(rest)?;
    if zeichen.is_none() && n.teile().len() < 2 {
        return Err(nom::Err::Error(nom::error::ParseError::from_error_kind(
            rest,
            nom::error::ErrorKind::Char,
        )));
    }
    Ok((rest, n))
}

// "Frage 3:", "Frage 3.", "Frage 3 "
fn frage_label(i: &str) -> PResult<'_, Fragenummer> {
    preceded(
        (tag("Frage"), space1),
        terminated(nummer, alt((tag(":"), tag("."), nom::combinator::eof))),
    )
    .parse(i)
}

/// Words after a line-initial number that show it is no question: `1. Januar`, `20.
/// Legislaturperiode`, `3. Quartal`, units such as `15.00 Uhr` or `1.5 Prozent`.
const KEINE_FRAGE: [&str; 22] = [
    "Uhr",
    "Prozent",
    "Euro",
    "Mio. ",
    "Mrd. ",
    // `20. Legislaturperiode`, `21. Legislatur des Deutschen Bundestages`
    "Legislatur",
    "Wahlperiode",
    "Quartal",
    "Halbjahr",
    "Jahrhundert",
    "Jh. ",
    "Jh ",
    // `2. Alternative von § 22 Satz 1 AufenthG`
    "Alternative ",
    "Sitzung",
    "Lesung",
    "Klasse",
    "Lebensjahr",
    "Schuljahr",
    "Stock",
    "Mal ",
    "Änderung",
    "Nachtrag",
];

/// The number and the rest of a line that starts a question: `1. Wie viele …`, `Frage 3: …`,
/// `1.1.Welche …`. Lines whose number is a date or an ordinal (`1. Januar 2018`, `20.
/// Legislaturperiode`), a table cell (`2015 434`) or a sentence's middle (`28. und 29. März`)
/// do not start questions.
pub(crate) fn frage_anfang(line: &str) -> Option<(Fragenummer, &str)> {
    let (rest, n) = alt((frage_label, nummer_mit_zeichen)).parse(line).ok()?;
    let glued = rest.starts_with(|c: char| c.is_alphabetic()) && n.teile().len() >= 2;
    if !(rest.is_empty() || rest.starts_with(' ') || glued) {
        return None;
    }
    let rest = rest.trim_start();
    // a number printed twice: "19. 19.Welche …", "2. 2Mit welchem …"
    let doppelt = n.to_string();
    let rest = match rest.strip_prefix(doppelt.as_str()) {
        Some(r) if r.starts_with('.') || r.starts_with(|c: char| c.is_alphabetic()) => {
            r.trim_start_matches('.').trim_start()
        }
        _ => rest,
    };
    let first = rest.chars().next();
    if first
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, '%' | '€' | '-' | '–' | ',' | '.' | '/'))
        // a question is a sentence and starts with a capital (or its first sub-question:
        // `1. a) Welche …`): a wrapped enumeration (`… in der 18.,` / `19. und 20.
        // Wahlperiode …`, `8. bis 31. Mai`) or a table cell (`28. und 29.03.2024`) starts none
        || (first.is_some_and(char::is_lowercase) && buchstabe(rest).is_err())
        || beginnt_mit_monat(rest)
        || KEINE_FRAGE.iter().any(|w| rest.starts_with(w))
    {
        return None;
    }
    Some((n, rest))
}

/// Whether `next` may follow `prev` in a question list: `3` → `4`, `3` → `3.1`, `1.2` → `1.3`,
/// `1.2` → `2`, nothing → `1` (or `1.1`).
pub(crate) fn folgt_auf(prev: Option<&Fragenummer>, next: &Fragenummer) -> bool {
    let n = next.teile();
    let Some(prev) = prev else {
        return n.iter().all(|&t| t == 1) && next.buchstabe().is_none();
    };
    if next.buchstabe().is_some() {
        return false;
    }
    let p = prev.teile();
    // one level deeper: 3 → 3.1
    if n.len() == p.len() + 1 && n.starts_with(p) && n.last() == Some(&1) {
        return true;
    }
    // the next number at some level, then 1s: 1.2 → 1.3, 1.2 → 2, 1.2 → 2.1
    (0..p.len()).any(|l| {
        let (Some(&pl), Some(&nl)) = (p.get(l), n.get(l)) else {
            return false;
        };
        n.len() > l
            && n.get(..l) == p.get(..l)
            && nl == pl + 1
            && n.iter().skip(l + 1).all(|&t| t == 1)
    })
}

// "a) ", "b. ", "aa) "
fn buchstabe(i: &str) -> PResult<'_, char> {
    map_opt(
        terminated(
            take_while_m_n(1, 1, |c: char| c.is_ascii_lowercase()),
            (alt((char(')'), char('.'))), space1),
        ),
        |s: &str| s.chars().next(),
    )
    .parse(i)
}

/// The letter and text of a sub-question line, if it carries `expected` (sub-questions run
/// `a)`, `b)`, … in order, so `z. B.` at a line start is no sub-question).
pub(crate) fn unterfrage_anfang(line: &str, expected: char) -> Option<&str> {
    let (rest, c) = buchstabe(line).ok()?;
    (c == expected).then_some(rest)
}

/// The next letter after `c`.
pub(crate) fn naechster_buchstabe(c: char) -> char {
    char::from_u32(u32::from(c) + 1).unwrap_or('z')
}

/// Builds a question from its first line's rest and the following lines `from..to`: the stem,
/// and sub-questions at lines starting `a)`, `b)`, … .
pub(crate) fn baue_frage(
    ctx: &Ctx<'_>,
    nummer: Fragenummer,
    erste: usize,
    rest: &str,
    bis: usize,
) -> Frage {
    let lines = ctx.lines;
    let mut text = vec![rest];
    let mut unterfragen: Vec<(char, Vec<&str>, usize, usize)> = Vec::new();
    let mut expected = 'a';
    // "1. a) Welche …": the first sub-question shares the question's line
    if let Some(u) = unterfrage_anfang(rest, 'a') {
        text.clear();
        unterfragen.push(('a', vec![u], erste, erste));
        expected = 'b';
    }
    for i in erste + 1..bis {
        let line = lines.text(i);
        if let Some(u) = unterfrage_anfang(line, expected) {
            unterfragen.push((expected, vec![u], i, i));
            expected = naechster_buchstabe(expected);
        } else if let Some(last) = unterfragen.last_mut() {
            last.1.push(line);
            last.3 = i;
        } else {
            text.push(line);
        }
    }
    // a stem with its first sub-question on the same line: "wenn ja, a) …" stays text
    let unterfragen = unterfragen
        .into_iter()
        .map(|(c, parts, a, b)| Unterfrage {
            nummer: nummer.mit_buchstabe(c),
            text: join_words(&parts),
            span: lines.span_lines(a, b),
        })
        .collect();
    Frage {
        nummer,
        text: join_words(&text),
        unterfragen,
        span: lines.span_lines(erste, bis.saturating_sub(1).max(erste)),
    }
}

/// Joins line texts with single spaces.
pub(crate) fn join_words(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for p in parts {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

/// Whether `line` itself ends in a question mark (before closing quotes and spaces): a stricter
/// test than [`endet_frage`], for counting the questions an unnumbered text asks.
pub(crate) fn endet_mit_fragezeichen(line: &str) -> bool {
    line.trim_end_matches(['“', '"', '”', ' ']).ends_with('?')
}

/// Whether a question's text so far is complete: it ends in a question mark, possibly followed
/// by a closing quote or a bracketed request (`…? (bitte nach Datum aufschlüsseln)`).
pub(crate) fn endet_frage(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(['“', '"', '”', '*', ' ']);
    if t.ends_with('?') || t.ends_with("?)") {
        return true;
    }
    // a request sentence after the question mark: "…? Bitte die Anzahl nennen."
    if let Some(p) = t.rfind("? Bitte ").or_else(|| t.rfind("? bitte ")) {
        let bitte = t.get(p + 2..).unwrap_or("");
        let satz = bitte.strip_suffix('.').unwrap_or("");
        if !satz.is_empty() && !satz.contains(". ") && !satz.contains('?') {
            return true;
        }
    }
    // a request in brackets after the question mark: "…? (bitte nach Datum aufschlüsseln)"
    letzte_klammer(t).is_some_and(|(vor, _)| t.ends_with(')') && vor.trim_end().ends_with('?'))
}

/// Whether a question's text ends in the askers' bracketed request where the print left out
/// the question mark before it: `… in der Bearbeitung (bitte entsprechend Frage 6
/// aufschlüsseln).`, `… (wenn ja, bitte … darlegen).` A weaker sign than [`endet_frage`]: a
/// request may stand inside a question too.
pub(crate) fn endet_mit_bitte(text: &str) -> bool {
    let t = text.trim_end();
    letzte_klammer(t).is_some_and(|(_, klammer)| {
        [
            "bitte ",
            "wenn ja, bitte ",
            "wenn nein, bitte ",
            "falls ja, bitte ",
        ]
        .iter()
        .any(|p| klammer.starts_with(p))
    })
}

/// The text before the last bracket that ends `t` (`…)` or `…).`) and the bracket's text.
fn letzte_klammer(t: &str) -> Option<(&str, &str)> {
    let t = t.strip_suffix(").").or_else(|| t.strip_suffix(')'))?;
    let o = t.rfind('(')?;
    Some((t.get(..o)?, t.get(o + 1..)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Fragenummer {
        s.parse().unwrap()
    }

    #[test]
    fn question_starts() {
        assert_eq!(frage_anfang("1. Wie viele"), Some((n("1"), "Wie viele")));
        assert_eq!(frage_anfang("12) Welche"), Some((n("12"), "Welche")));
        assert_eq!(frage_anfang("Frage 3: Wer"), Some((n("3"), "Wer")));
        assert_eq!(
            frage_anfang("1.1.Welche Kürzungen"),
            Some((n("1.1"), "Welche Kürzungen"))
        );
        assert_eq!(frage_anfang("1.2 Wie"), Some((n("1.2"), "Wie")));
        assert_eq!(frage_anfang("5."), Some((n("5"), "")));
        assert_eq!(frage_anfang("1. Januar 2018 eingestellt?"), None);
        assert_eq!(frage_anfang("20. Legislaturperiode …"), None);
        assert_eq!(frage_anfang("19. Jh zum Schutz vor Witterung"), None);
        assert_eq!(
            frage_anfang("2. Alternative von § 22 Satz 1 AufenthG"),
            None
        );
        assert_eq!(
            frage_anfang("21. Legislatur des Deutschen Bundestages"),
            None
        );
        // a sentence's middle: a capital starts a question, or its first sub-question
        assert_eq!(frage_anfang("28. und 29.03.2024"), None);
        assert_eq!(frage_anfang("0) im Zeitraum von 2015"), None);
        assert_eq!(
            frage_anfang("1. a) Welche Mittel"),
            Some((n("1"), "a) Welche Mittel"))
        );
        assert_eq!(frage_anfang("3. „Welche"), Some((n("3"), "„Welche")));
        assert_eq!(frage_anfang("2015 434"), None);
        assert_eq!(frage_anfang("1.500 Fehlalarme"), None);
        assert_eq!(frage_anfang("142.900 €), …"), None);
        assert_eq!(frage_anfang("3 Tage"), None);
        assert_eq!(frage_anfang("Frage 2 gewesen sind und"), None);
        assert_eq!(frage_anfang("19. 19.Welche"), Some((n("19"), "Welche")));
        assert_eq!(
            frage_anfang("2. 2Mit welchem"),
            Some((n("2"), "Mit welchem"))
        );
        assert_eq!(frage_anfang("2. 2015 wurden"), None);
        assert_eq!(frage_anfang("15.00 Uhr ins BMI zu einer Besprechung"), None);
        // 21/1232: question 13 wraps `… in der jeweils in der 18.,` / `19. und 20. …`
        assert_eq!(
            frage_anfang("19. und 20. Wahlperiode durch das Forschungsministerium vergebenen"),
            None
        );
        assert_eq!(frage_anfang("8. bis 31. Mai 2025 131"), None);
        assert_eq!(frage_anfang("28. und"), None);
        assert_eq!(frage_anfang("3. Undine"), Some((n("3"), "Undine")));
    }

    #[test]
    fn numbering_order() {
        assert!(folgt_auf(None, &n("1")));
        assert!(folgt_auf(None, &n("1.1")));
        assert!(!folgt_auf(None, &n("2")));
        assert!(folgt_auf(Some(&n("3")), &n("4")));
        assert!(folgt_auf(Some(&n("3")), &n("3.1")));
        assert!(folgt_auf(Some(&n("1.2")), &n("1.3")));
        assert!(folgt_auf(Some(&n("1.2")), &n("2")));
        assert!(folgt_auf(Some(&n("1.2")), &n("2.1")));
        assert!(!folgt_auf(Some(&n("3")), &n("5")));
        assert!(!folgt_auf(Some(&n("3")), &n("3")));
        assert!(!folgt_auf(Some(&n("1.2")), &n("2.2")));
    }

    #[test]
    fn sub_questions_run_in_order() {
        assert_eq!(
            unterfrage_anfang("a) In wie vielen", 'a'),
            Some("In wie vielen")
        );
        assert_eq!(unterfrage_anfang("b. Welche", 'b'), Some("Welche"));
        assert_eq!(unterfrage_anfang("z. B. die", 'a'), None);
        assert_eq!(unterfrage_anfang("c) x", 'b'), None);
    }

    #[test]
    fn question_ends() {
        assert!(endet_frage("Wie viele?"));
        assert!(endet_frage("Wie viele (bitte aufschlüsseln)?"));
        assert!(endet_frage(
            "… herangetragen? (bitte nach Datum aufschlüsseln)"
        ));
        assert!(!endet_frage("Wie viele"));
        assert!(!endet_frage("Wie viele (bitte aufschlüsseln)."));
        // the question mark left out before the request
        assert!(endet_mit_bitte(
            "… befinden sich noch in der Bearbeitung (bitte entsprechend Frage 6 aufschlüsseln)."
        ));
        assert!(endet_mit_bitte(
            "… informiert werden sollten (wenn ja, bitte alle Organisationen auflisten)."
        ));
        assert!(!endet_mit_bitte("… wie im Bericht (Anlage 2) dargestellt."));
        assert!(!endet_mit_bitte("Die Zahlen (siehe Anlage)."));
        assert!(!endet_mit_bitte("Wie viele (bitte aufschlüsseln) gibt es"));
        assert!(endet_frage(
            "Wurden weitere Maßnahmen angeordnet? Bitte die Maßnahmen aufführen."
        ));
        assert!(!endet_frage(
            "Ist das so? Bitte beachten Sie die Anlage. Sie enthält die Zahlen."
        ));
    }
}
