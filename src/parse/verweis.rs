//! References to other Drucksachen in the running text and the footnotes: `LT-Drs. 17/9170`,
//! `Drucksache 18/13528`, `BT-Drs. 19/7659`, `Drs.-Nr.: 8/3284`; `LT-Drs. 9564` without its
//! Wahlperiode takes the document's.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, digit1, space0};
use nom::combinator::{map, map_opt, opt};
use nom::sequence::preceded;

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
    for i in 0..lines.len() {
        let text = lines.text(i);
        for (hit, n) in finde_alle(text, verweis) {
            push(hit, n, lines.span_of(i, hit));
        }
    }
    for f in &lines.fussnoten {
        for (hit, n) in finde_alle(lines.fussnote_text(f), verweis) {
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
