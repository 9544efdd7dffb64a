//! A question ([`Frage`]) and its number ([`Fragenummer`]).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Span;
use crate::{Error, ErrorKind};

/// One numbered question of an Anfrage, as asked or as reprinted in the answer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Frage {
    /// The number as printed, e.g. `3`, `1.2`.
    pub nummer: Fragenummer,
    /// The question's own text (its stem, where it has sub-questions), without the number.
    pub text: String,
    /// Lettered sub-questions `a)`, `b)`, … in order.
    pub unterfragen: Vec<Unterfrage>,
    /// Where the question stands in the input.
    pub span: Span,
}

impl Frage {
    /// The question's text followed by its sub-questions' texts, on one line.
    pub fn volltext(&self) -> String {
        let mut out = self.text.clone();
        for u in &self.unterfragen {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&u.text);
        }
        out
    }
}

/// A lettered sub-question such as `a) In wie vielen Fällen …`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Unterfrage {
    /// The full number, e.g. `1a` for item `a)` of question 1.
    pub nummer: Fragenummer,
    /// The text, without its letter.
    pub text: String,
    /// Where it stands in the input.
    pub span: Span,
}

/// The number of a question: `3`, `3a` (sub-question a of 3), `1.2` (numbered sub-question).
///
/// Numbers order as printed: `1 < 1.1 < 1.2 < 2 < 3 < 3a < 3b < 4`.
///
/// ```
/// use drucksache::Fragenummer;
/// let n: Fragenummer = "4 d)".parse()?;
/// assert_eq!(n.to_string(), "4d");
/// assert_eq!(n.haupt(), 4);
/// assert!("4".parse::<Fragenummer>()? < n);
/// assert_eq!("1.2.".parse::<Fragenummer>()?.to_string(), "1.2");
/// # Ok::<(), drucksache::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fragenummer {
    teile: [u16; 3],
    len: u8,
    buchstabe: Option<char>,
}

impl Fragenummer {
    /// A plain number `n`.
    pub fn new(n: u16) -> Self {
        Fragenummer {
            teile: [n, 0, 0],
            len: 1,
            buchstabe: None,
        }
    }

    /// The dotted number `teile.join(".")`, e.g. `[1, 2]` for `1.2`; `None` for an empty slice or
    /// more than three parts.
    pub fn gegliedert(teile: &[u16]) -> Option<Self> {
        let mut t = [0u16; 3];
        t.get_mut(..teile.len())?.copy_from_slice(teile);
        let len = u8::try_from(teile.len()).ok().filter(|&l| l > 0)?;
        Some(Fragenummer {
            teile: t,
            len,
            buchstabe: None,
        })
    }

    /// The same number with the letter of a sub-question, e.g. `3` → `3a`.
    #[must_use]
    pub fn mit_buchstabe(self, buchstabe: char) -> Self {
        Fragenummer {
            buchstabe: Some(buchstabe.to_ascii_lowercase()),
            ..self
        }
    }

    /// The first part: `4` of `4d`, `1` of `1.2`.
    pub fn haupt(&self) -> u16 {
        self.teile[0]
    }

    /// The dotted parts: `[1, 2]` for `1.2`.
    pub fn teile(&self) -> &[u16] {
        self.teile.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// The sub-question letter, if any.
    pub fn buchstabe(&self) -> Option<char> {
        self.buchstabe
    }

    /// The number without its letter: `4d` → `4`.
    #[must_use]
    pub fn ohne_buchstabe(self) -> Self {
        Fragenummer {
            buchstabe: None,
            ..self
        }
    }

    /// Whether `self` is `other` or one of its parts (`4d` and `4.1` lie within `4`).
    pub fn liegt_in(&self, other: &Fragenummer) -> bool {
        self.teile().starts_with(other.teile())
            && (other.buchstabe.is_none() || self.buchstabe == other.buchstabe)
    }
}

impl fmt::Display for Fragenummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, t) in self.teile().iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            write!(f, "{t}")?;
        }
        if let Some(b) = self.buchstabe {
            write!(f, "{b}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Fragenummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fragenummer({self})")
    }
}

impl FromStr for Fragenummer {
    type Err = Error;

    /// Reads `3`, `3.`, `3a`, `3 a)`, `1.2`, `1.2.`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            Error::value(
                ErrorKind::Fragenummer,
                "a question number like \"3\", \"3a\" or \"1.2\"",
                s,
            )
        };
        let t = s.trim().trim_end_matches([')', '.', ':']).trim_end();
        let (zahlen, buchstabe) = match t.char_indices().last() {
            Some((i, c)) if c.is_ascii_alphabetic() => {
                (t.get(..i).unwrap_or("").trim_end(), Some(c))
            }
            _ => (t, None),
        };
        let mut teile = [0u16; 3];
        let mut len = 0usize;
        for part in zahlen.split('.') {
            let slot = teile.get_mut(len).ok_or_else(bad)?;
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            *slot = part.parse().map_err(|_| bad())?;
            len += 1;
        }
        let mut n = Fragenummer::gegliedert(teile.get(..len).ok_or_else(bad)?).ok_or_else(bad)?;
        if let Some(b) = buchstabe {
            n = n.mit_buchstabe(b);
        }
        Ok(n)
    }
}

impl Serialize for Fragenummer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Fragenummer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Fragenummer {
        s.parse().unwrap()
    }

    #[test]
    fn reads_printed_numbers() {
        assert_eq!(n("3").to_string(), "3");
        assert_eq!(n("3.").to_string(), "3");
        assert_eq!(n("4d").to_string(), "4d");
        assert_eq!(n("4 d)").to_string(), "4d");
        assert_eq!(n("1.2.").to_string(), "1.2");
        assert_eq!(n("1.2.3").teile(), &[1, 2, 3]);
        for bad in ["", "a", "1..2", "1.2.3.4", "x1", "99999999"] {
            assert!(bad.parse::<Fragenummer>().is_err(), "{bad}");
        }
    }

    #[test]
    fn orders_as_printed() {
        let mut v = [
            n("4"),
            n("3b"),
            n("1.2"),
            n("3"),
            n("1"),
            n("3a"),
            n("1.1"),
            n("2"),
        ];
        v.sort();
        let s: Vec<String> = v.iter().map(ToString::to_string).collect();
        assert_eq!(s, ["1", "1.1", "1.2", "2", "3", "3a", "3b", "4"]);
    }

    #[test]
    fn parts_lie_within_their_question() {
        assert!(n("4d").liegt_in(&n("4")));
        assert!(n("4.1").liegt_in(&n("4")));
        assert!(!n("5").liegt_in(&n("4")));
        assert!(!n("4").liegt_in(&n("4d")));
    }
}
