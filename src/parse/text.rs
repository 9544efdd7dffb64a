//! Small productions shared by every grammar module: dates, Drucksache numbers, Wahlperioden,
//! and a scanner that finds a production anywhere in a line.

use chrono::NaiveDate;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, space0, space1};
use nom::combinator::{map_opt, opt, recognize};
use nom::error::context;
use nom::multi::many0;
use nom::{Parser, sequence::preceded};

use super::error::PResult;
use crate::Dokumentnummer;

/// 1–`max` ASCII digits.
fn digits(max: usize) -> impl Fn(&str) -> PResult<'_, &str> {
    move |i| take_while_m_n(1, max, |c: char| c.is_ascii_digit()).parse(i)
}

/// A number of 1–`max` digits.
fn zahl(max: usize) -> impl Fn(&str) -> PResult<'_, u32> {
    move |i| map_opt(digits(max), |d: &str| d.parse().ok()).parse(i)
}

/// A year of two or four digits; `25` is 2025, `98` is 1998.
fn jahr(i: &str) -> PResult<'_, i32> {
    map_opt(digits(4), |d: &str| {
        let y: i32 = d.parse().ok()?;
        match d.len() {
            2 => Some(if y < 50 { 2000 + y } else { 1900 + y }),
            4 => Some(y),
            _ => None,
        }
    })
    .parse(i)
}

/// Not followed by a digit (so `2025` is not read from `20251`).
fn ende_der_zahl(i: &str) -> PResult<'_, ()> {
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        Err(nom::Err::Error(nom::error::ParseError::from_error_kind(
            i,
            nom::error::ErrorKind::Digit,
        )))
    } else {
        Ok((i, ()))
    }
}

// "17.04.2025", "28.5.2025", "22.05.25", "21. 02. 2025"
fn datum_numerisch(i: &str) -> PResult<'_, NaiveDate> {
    map_opt(
        (
            zahl(2),
            char('.'),
            space0,
            zahl(2),
            char('.'),
            space0,
            jahr,
            ende_der_zahl,
        ),
        |(d, _, _, m, _, _, y, ())| NaiveDate::from_ymd_opt(y, m, d),
    )
    .parse(i)
}

// "Januar", "Jan.", "Sept.", "Mai"
fn monat(i: &str) -> PResult<'_, u32> {
    const MONATE: [(&str, u32); 12] = [
        ("Januar", 1),
        ("Februar", 2),
        ("März", 3),
        ("April", 4),
        ("Mai", 5),
        ("Juni", 6),
        ("Juli", 7),
        ("August", 8),
        ("September", 9),
        ("Oktober", 10),
        ("November", 11),
        ("Dezember", 12),
    ];
    let word_end = i.find(|c: char| !c.is_alphabetic()).unwrap_or(i.len());
    let (word, rest) = i.split_at(word_end);
    let found = MONATE.iter().find_map(|&(name, m)| {
        if word == name {
            return Some((rest, m));
        }
        // abbreviations: "Jan.", "Febr.", "Sept.", "Nov."
        let abbr = word.len() >= 3 && name.starts_with(word) && rest.starts_with('.');
        abbr.then(|| (rest.get(1..).unwrap_or(""), m))
    });
    found.ok_or_else(|| {
        nom::Err::Error(nom::error::ParseError::from_error_kind(
            i,
            nom::error::ErrorKind::Tag,
        ))
    })
}

/// Whether a line continues with a month name after a number (`1. Januar 2018 …`).
pub(crate) fn beginnt_mit_monat(rest: &str) -> bool {
    monat(rest.trim_start()).is_ok()
}

// "6. Mai 2025", "23. Nov. 2021", "1.Juni 2025"
fn datum_ausgeschrieben(i: &str) -> PResult<'_, NaiveDate> {
    map_opt(
        (
            zahl(2),
            char('.'),
            space0,
            monat,
            space1,
            jahr,
            ende_der_zahl,
        ),
        |(d, _, _, m, _, y, ())| NaiveDate::from_ymd_opt(y, m, d),
    )
    .parse(i)
}

// "2025-04-30"
fn datum_iso(i: &str) -> PResult<'_, NaiveDate> {
    map_opt(
        (
            take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
            char('-'),
            zahl(2),
            char('-'),
            zahl(2),
            ende_der_zahl,
        ),
        |(y, _, m, _, d, ())| NaiveDate::from_ymd_opt(y.parse().ok()?, m, d),
    )
    .parse(i)
}

/// A numeric date that names no day of the calendar: `31.02.2025`, `17.13.2025` (a misprint or
/// damaged text where a header prints its date).
pub(crate) fn ungueltiges_datum(i: &str) -> PResult<'_, &str> {
    let (rest, (d, _, _, m, _, _, y, ())) = (
        zahl(2),
        char('.'),
        space0,
        zahl(2),
        char('.'),
        space0,
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        ende_der_zahl,
    )
        .parse(i)?;
    let gueltig = y
        .parse()
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
        .is_some();
    if gueltig {
        return Err(nom::Err::Error(nom::error::ParseError::from_error_kind(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, i.get(..i.len() - rest.len()).unwrap_or(i)))
}

/// A printed date in any of the forms the parliaments use.
pub(crate) fn datum(i: &str) -> PResult<'_, NaiveDate> {
    context(
        "a date like \"17.04.2025\" or \"6. Mai 2025\"",
        alt((datum_iso, datum_numerisch, datum_ausgeschrieben)),
    )
    .parse(i)
}

// "21/1869", "19 /10 041", "17 / 8906", "16/1/25", "19/21 204"; "21/129 400010" is 21/129
pub(crate) fn dokumentnummer(i: &str) -> PResult<'_, Dokumentnummer> {
    let gruppiert = |i| {
        recognize((
            digits(6),
            many0(preceded(
                char(' '),
                take_while_m_n(3, 3, |c: char| c.is_ascii_digit()),
            )),
            ende_der_zahl,
        ))
        .parse(i)
    };
    // digits grouped by spaces, unless the group runs into a longer number (a table cell)
    let gruppe = |i| alt((gruppiert, digits(6))).parse(i);
    let teil = |i| preceded((space0, char('/'), space0), gruppe).parse(i);
    context(
        "a Drucksache number like \"20/1234\"",
        map_opt(
            (digits(3), teil, opt(teil), ende_der_zahl),
            |(a, b, c, ())| {
                let text = match c {
                    Some(c) => format!("{a}/{b}/{c}"),
                    None => format!("{a}/{b}"),
                };
                text.parse().ok()
            },
        ),
    )
    .parse(i)
}

// "21. Wahlperiode"
pub(crate) fn wahlperiode(i: &str) -> PResult<'_, u16> {
    map_opt(
        (digits(2), char('.'), space0, tag("Wahlperiode")),
        |(d, _, _, _)| d.parse().ok(),
    )
    .parse(i)
}

/// Finds the first place in `s`, at a word start, where `p` matches; returns the matched
/// slice and the value.
pub(crate) fn finde<'a, T>(
    s: &'a str,
    mut p: impl FnMut(&'a str) -> PResult<'a, T>,
) -> Option<(&'a str, T)> {
    let mut prev: Option<char> = None;
    for (at, c) in s.char_indices() {
        let word_start = prev.is_none_or(|p| !p.is_alphanumeric());
        prev = Some(c);
        if !word_start {
            continue;
        }
        let rest = s.get(at..)?;
        if let Ok((after, v)) = p(rest) {
            let len = rest.len() - after.len();
            return Some((rest.get(..len)?, v));
        }
    }
    None
}

/// Finds every match of `p` at word starts in `s`, left to right, without overlaps.
pub(crate) fn finde_alle<'a, T>(
    s: &'a str,
    mut p: impl FnMut(&'a str) -> PResult<'a, T>,
) -> Vec<(&'a str, T)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rest) = s.get(from..) {
        let Some((hit, v)) = finde(rest, &mut p) else {
            break;
        };
        let start = hit.as_ptr() as usize - s.as_ptr() as usize;
        from = start + hit.len().max(1);
        while !s.is_char_boundary(from) {
            from += 1;
        }
        out.push((hit, v));
    }
    out
}

/// Runs `p` on `s` and keeps the rest and value on success.
pub(crate) fn ok<'a, T>(
    s: &'a str,
    mut p: impl FnMut(&'a str) -> PResult<'a, T>,
) -> Option<(&'a str, T)> {
    p(s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_in_every_printed_form() {
        assert_eq!(datum("17.04.2025 x"), Ok((" x", d(2025, 4, 17))));
        assert_eq!(datum("28.5.2025"), Ok(("", d(2025, 5, 28))));
        assert_eq!(datum("22.05.25"), Ok(("", d(2025, 5, 22))));
        assert_eq!(datum("21. 02. 2025"), Ok(("", d(2025, 2, 21))));
        assert_eq!(
            datum("6. Mai 2025 übermittelt"),
            Ok((" übermittelt", d(2025, 5, 6)))
        );
        assert_eq!(datum("23. Nov. 2021"), Ok(("", d(2021, 11, 23))));
        assert_eq!(datum("2025-04-30"), Ok(("", d(2025, 4, 30))));
        assert!(datum("31.02.2025").is_err());
        assert!(datum("1. Juniper 2025").is_err());
        assert!(datum("17.04.20251").is_err());
        assert_eq!(ungueltiges_datum("31.02.2025 x"), Ok((" x", "31.02.2025")));
        assert!(ungueltiges_datum("28.02.2025").is_err());
        assert!(ungueltiges_datum("31.02.20251").is_err());
    }

    #[test]
    fn drucksache_numbers_with_spacing_quirks() {
        let n = |s| dokumentnummer(s).map(|(r, n)| (r, n.to_string()));
        assert_eq!(n("21/1869 –"), Ok((" –", "21/1869".to_owned())));
        assert_eq!(n("19 /10 041"), Ok(("", "19/10041".to_owned())));
        assert_eq!(n("17 / 8906,"), Ok((",", "17/8906".to_owned())));
        assert_eq!(n("16/1/25"), Ok(("", "16/1/25".to_owned())));
        assert_eq!(n("19/21 204 vom"), Ok((" vom", "19/21204".to_owned())));
        assert_eq!(
            n("16/1665 (16/1631)"),
            Ok((" (16/1631)", "16/1665".to_owned()))
        );
        assert_eq!(
            n("21/129 400010 Besonders"),
            Ok((" 400010 Besonders", "21/129".to_owned()))
        );
        assert!(dokumentnummer("20/").is_err());
    }

    #[test]
    fn scanning_finds_productions_at_word_starts() {
        let line = "Deutscher Bundestag Drucksache 21/375";
        assert_eq!(
            finde(line, dokumentnummer).map(|(s, n)| (s, n.to_string())),
            Some(("21/375", "21/375".to_owned()))
        );
        assert_eq!(
            finde("21. Wahlperiode 02.06.2025", wahlperiode).map(|(_, w)| w),
            Some(21)
        );
        assert_eq!(
            finde("21. Wahlperiode 02.06.2025", datum).map(|(_, d)| d),
            Some(d(2025, 6, 2))
        );
        assert_eq!(finde_alle("a 1.1.2020 und 2.2.2021", datum).len(), 2);
        assert!(beginnt_mit_monat(" Januar 2018 eingestellt?"));
        assert!(!beginnt_mit_monat("Wie viele"));
    }
}
