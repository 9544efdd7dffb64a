//! References to other Drucksachen in the running text and the footnotes: `LT-Drs. 17/9170`,
//! `Drucksache 18/13528`, `BT-Drs. 19/7659`, `Drs.-Nr.: 8/3284`; `LT-Drs. 9564` without its
//! Wahlperiode takes the document's.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, digit1, space0};
use nom::combinator::{map, map_opt, opt};
use nom::sequence::{preceded, terminated};

use super::error::PResult;
use super::lines::Lines;
use super::text::{dokumentnummer, finde_alle};
use crate::{Dokumentnummer, Verweis};

/// The number after a reference prefix: a full number, or a bare running number.
#[derive(Debug, Clone, Copy)]
enum Nummer {
    Voll(Dokumentnummer),
    Ohne(u32),
}

// "LT-Drs. 17/9170", "Drucksache 18/13528", "Drs. 19/7659", "Drs.-Nr.: 8/3284", "LT-Drs. 9564"
fn verweis(i: &str) -> PResult<'_, Nummer> {
    let praefix = alt((
        tag("LT-Drs."),
        tag("BT-Drs."),
        tag("BR-Drs."),
        tag("BT-Drucksache"),
        tag("Bundestagsdrucksache"),
        tag("Landtagsdrucksache"),
        tag("Drucksachen"),
        tag("Drucksache"),
        tag("Drs.-Nr.:"),
        tag("Drs."),
    ));
    preceded(
        (praefix, space0, opt((tag("Nr."), space0))),
        alt((
            map(dokumentnummer, Nummer::Voll),
            map_opt(
                (digit1, nom::combinator::not(char('/'))),
                |(d, ()): (&str, ())| {
                    (d.len() >= 3)
                        .then(|| d.parse().ok().map(Nummer::Ohne))
                        .flatten()
                },
            ),
        )),
    )
    .parse(i)
}

// "Drucksache 16/1665 (16/1631)": the bracketed number names the paper answered (Saarland)
fn klammer(i: &str) -> PResult<'_, Dokumentnummer> {
    preceded(
        (
            tag("Drucksache"),
            space0,
            dokumentnummer,
            space0,
            char('('),
            space0,
        ),
        terminated(dokumentnummer, (space0, char(')'))),
    )
    .parse(i)
}

/// Whether `line` ends in a reference's prefix whose number starts `next` (`auf
/// Bundestagsdrucksache` / `21/670)`).
pub(crate) fn bricht_um(line: &str, next: &str) -> bool {
    umbrochen(line, next).is_some()
}

/// A reference whose prefix ends `line` and whose number starts `next`: the prefix, the number
/// as printed and its value.
fn umbrochen<'a>(line: &'a str, next: &'a str) -> Option<(&'a str, &'a str, Nummer)> {
    // the prefix is the last word, or the last two (`Drs.-Nr.:`, `Drucksache Nr.`)
    let mut starts = line
        .rmatch_indices(' ')
        .map(|(p, _)| p + 1)
        .take(2)
        .collect::<Vec<_>>();
    starts.push(0);
    // `BR-` / `Drucksache 518/22` completed to `BR-Drucksache` at the line end: the prefix
    // after the compound's hyphen
    if let Some(h) = line
        .rfind('-')
        .filter(|&h| starts.first().is_some_and(|&s| h >= s))
    {
        starts.insert(1, h + 1);
    }
    // `Bundestagsdrucksache` / `Nr. 24/469`: the `Nr.` may start the next line
    let nr = next
        .strip_prefix("Nr.")
        .map_or(0, |r| next.len() - r.trim_start_matches(' ').len());
    let nummer_ende = next
        .get(nr..)?
        .find(|c: char| !(c.is_ascii_digit() || c == '/'))
        .map_or(next.len(), |e| nr + e);
    let nummer = next.get(..nummer_ende)?;
    if !nummer.contains('/') {
        return None;
    }
    starts.into_iter().take(3).find_map(|start| {
        // `(Bundestagsdrucksache` / `20/8838, S. 20)`
        let praefix = line
            .get(start..)?
            .trim_start_matches(|c: char| !c.is_alphanumeric());
        let joined = format!("{praefix} {nummer}");
        let (rest, n) = verweis(&joined).ok()?;
        rest.is_empty().then_some((praefix, nummer, n))
    })
}

/// Every reference in the running text and the footnotes, except to the document itself.
pub(crate) fn verweise(
    lines: &Lines<'_>,
    eigene: Option<Dokumentnummer>,
    wahlperiode: Option<u16>,
) -> Vec<Verweis> {
    let mut out = Vec::new();
    let mut push = |hit: &str, n: Nummer, span| {
        let dokumentnummer = match n {
            Nummer::Voll(d) => d,
            Nummer::Ohne(nr) => match wahlperiode {
                Some(wp) => Dokumentnummer::new(u32::from(wp), nr),
                None => return,
            },
        };
        if Some(dokumentnummer) != eigene {
            out.push(Verweis {
                dokumentnummer,
                gedruckt: hit.to_owned(),
                span,
            });
        }
    };
    // every prefix holds `Drs.` or `rucksache`: lines without either are skipped unread
    let kann = |t: &str| {
        let b = t.as_bytes();
        b.iter().enumerate().any(|(i, &c)| match c {
            b'D' => b.get(i..i + 4) == Some(b"Drs."),
            b'r' => b.get(i..i + 9) == Some(b"rucksache"),
            _ => false,
        })
    };
    for i in 0..lines.len() {
        let text = lines.text(i);
        if !kann(text) {
            continue;
        }
        for (hit, n) in finde_alle(text, verweis) {
            push(hit, n, lines.span_of(i, hit));
        }
        for (hit, n) in finde_alle(text, klammer) {
            push(hit, Nummer::Voll(n), lines.span_of(i, hit));
        }
        // a reference broken after its prefix: `auf Bundestagsdrucksache` / `20/15078 wird …`
        if let Some((praefix, nummer, n)) = umbrochen(text, lines.text(i + 1)) {
            let span = lines.span_of(i, praefix).to(lines.span_of(i + 1, nummer));
            push(&format!("{praefix} {nummer}"), n, span);
        }
    }
    for f in &lines.fussnoten {
        let text = lines.fussnote_text(f);
        if !kann(text) {
            continue;
        }
        for (hit, n) in finde_alle(text, verweis) {
            push(hit, n, f.span);
        }
    }
    out.sort_by_key(|v| v.span.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_forms() {
        let l = Lines::new(
            "beweist die Antwort auf die Kleine Anfrage LT-Drs. 17/9170. Siehe (LT-Drs. 9564) und Drucksache 19 /10 041.\nDrucksache 17/9993",
        );
        let v = verweise(&l, Some("17/9993".parse().unwrap()), Some(17));
        let broken = Lines::new("auf (Bundestagsdrucksache\n20/15078) wird erklärt");
        let w = verweise(&broken, None, Some(21));
        assert_eq!(
            w.iter().map(|v| v.gedruckt.as_str()).collect::<Vec<_>>(),
            ["Bundestagsdrucksache 20/15078"]
        );
        assert_eq!(
            w.first().and_then(|v| v.span.slice(broken.input())),
            Some("Bundestagsdrucksache\n20/15078")
        );
        let nr = Lines::new("bzw. Nr. 88 Bundestagsdrucksache\nNr. 24/469.");
        assert_eq!(
            verweise(&nr, None, Some(21))
                .iter()
                .map(|v| v.dokumentnummer.to_string())
                .collect::<Vec<_>>(),
            ["24/469"]
        );
        let klammer = Lines::new("16. Wahlperiode Drucksache 16/1665 (16/1631)");
        let k = verweise(&klammer, Some("16/1665".parse().unwrap()), Some(16));
        assert_eq!(
            k.iter()
                .map(|v| v.dokumentnummer.to_string())
                .collect::<Vec<_>>(),
            ["16/1631"]
        );
        let nummern: Vec<String> = v.iter().map(|v| v.dokumentnummer.to_string()).collect();
        assert_eq!(nummern, ["17/9170", "17/9564", "19/10041"]);
        assert_eq!(
            v.first().map(|v| v.gedruckt.as_str()),
            Some("LT-Drs. 17/9170")
        );
        let input = l.input();
        assert_eq!(
            v.first().and_then(|v| v.span.slice(input)),
            Some("LT-Drs. 17/9170")
        );
    }
}
