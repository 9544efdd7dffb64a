//! The printed document: [`Drucksache`], its header [`Kopf`] and the header's value types.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{
    Abschnitt, Antwort, Fussnote, KleineAnfrage, Parlament, SchriftlicheFragen, Span, Verweis,
};
use crate::{Diagnostic, Error, ErrorKind};

/// A printed parliamentary document (Drucksache): its header, title and typed body.
///
/// Build one with [`Drucksache::parse`] (or `str::parse`); the result holds what could be read
/// plus a list of [`Diagnostic`]s for what could not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Drucksache {
    /// The header: parliament, number, Wahlperiode, date, type.
    pub kopf: Kopf,
    /// The title (subject line), hyphenation undone, on one line.
    pub titel: Option<String>,
    /// The typed body.
    pub inhalt: Inhalt,
    /// Every reference to another Drucksache found in the text, in order.
    pub verweise: Vec<Verweis>,
    /// Footnotes, separated from the running text.
    pub fussnoten: Vec<Fussnote>,
    /// What could not be read, with line and column.
    pub diagnosen: Vec<Diagnostic>,
}

/// The body of a [`Drucksache`], by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(tag = "art", rename_all = "snake_case")]
#[non_exhaustive]
#[allow(
    clippy::large_enum_variant,
    reason = "one body per document; boxing would only complicate matching"
)]
pub enum Inhalt {
    /// A question paper: Kleine Anfrage, Große Anfrage, Schriftliche Anfrage, … .
    Anfrage(KleineAnfrage),
    /// The government's answer (with the question reprinted, or in a combined print).
    Antwort(Antwort),
    /// A Bundestag collection of written questions with their answers.
    SchriftlicheFragen(SchriftlicheFragen),
    /// Any other Drucksache: its text in sections.
    Text(Text),
}

/// The running text of a Drucksache the crate does not model in detail.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Text {
    /// The sections, in order.
    pub abschnitte: Vec<Abschnitt>,
}

/// The header of a Drucksache.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Kopf {
    /// The parliament, recognised from the text or passed by the caller.
    pub parlament: Option<Parlament>,
    /// The Wahlperiode (electoral term); for the Bundesrat, whose numbers run per year, `None`.
    pub wahlperiode: Option<u16>,
    /// The document's own number; `None` where the print does not show it.
    pub dokumentnummer: Option<Dokumentnummer>,
    /// The document's date as the header prints it; where that contradicts the closing date
    /// (`Berlin, den …`) by a slip of the month or the year, the closing's reading, with a
    /// diagnostic that keeps the printed date.
    pub datum: Option<NaiveDate>,
    /// The type in DIP's vocabulary.
    pub drucksachetyp: Option<Drucksachetyp>,
    /// Originators the header prints: factions, `Bundesregierung`, Länder, committees.
    pub urheber: Vec<String>,
    /// Further dates printed in the header or on page 1 (issued, received, …).
    pub daten: Vec<Datumsangabe>,
    /// Whether this is a preliminary print (`Vorabfassung`).
    pub vorabfassung: bool,
    /// Whether this is a reprint (`Neudruck`, `(neu)`).
    pub neudruck: bool,
}

impl Kopf {
    /// The first printed date with the given role.
    pub fn datum_als(&self, rolle: Datumsrolle) -> Option<NaiveDate> {
        self.daten
            .iter()
            .find(|d| d.rolle == rolle)
            .map(|d| d.datum)
    }
}

/// A date printed in the header or on page 1, with what it dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Datumsangabe {
    /// What the date stands for.
    pub rolle: Datumsrolle,
    /// The date.
    pub datum: NaiveDate,
    /// Where it is printed.
    pub span: Span,
}

/// The role of a printed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Datumsrolle {
    /// `Eingegangen`, `Eingang`: received by the parliament.
    Eingang,
    /// `Ausgegeben`: issued.
    Ausgegeben,
    /// `Datum des Originals`.
    Original,
    /// `Verteilt am`.
    Verteilt,
    /// `Druck`: printed.
    Druck,
    /// `Zuleitung an die Landesregierung`.
    Zuleitung,
    /// The date of a reprint (`Neudruck`).
    Neudruck,
    /// The date of the government's answer where the paper prints it apart from the header
    /// (`Antwort des … namens der Landesregierung vom 08.08.2025`, Niedersachsen).
    Antwort,
}

/// A Drucksache number as printed, e.g. `21/1869` or, in the Bundesrat, `215/25` and `16/1/25`.
///
/// The Bundestag and the Landtage print `Wahlperiode/Nummer`; the Bundesrat prints
/// `Nummer/Jahr` or, for recommendations and motions, `Nummer/Teil/Jahr`. The number keeps its
/// parts; their meaning follows from the parliament. Spaces inside the number (`19 /10 041`)
/// are dropped when parsing; `Display` prints the canonical form.
///
/// ```
/// use drucksache::Dokumentnummer;
/// let nr: Dokumentnummer = "19 /10 041".parse()?;
/// assert_eq!(nr.to_string(), "19/10041");
/// assert_eq!(nr.wahlperiode(), Some(19));
/// assert_eq!(nr.nummer(), 10041);
/// let br: Dokumentnummer = "16/1/25".parse()?;
/// assert_eq!(br.teile(), &[16, 1, 25]);
/// # Ok::<(), drucksache::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Dokumentnummer {
    teile: [u32; 3],
    len: u8,
}

impl Dokumentnummer {
    /// `Wahlperiode/Nummer`, e.g. `Dokumentnummer::new(21, 1869)` for `21/1869`.
    pub fn new(wahlperiode: u32, nummer: u32) -> Self {
        Dokumentnummer {
            teile: [wahlperiode, nummer, 0],
            len: 2,
        }
    }

    /// A three-part Bundesrat number `Nummer/Teil/Jahr`, e.g. `16/1/25`.
    pub fn dreiteilig(nummer: u32, teil: u32, jahr: u32) -> Self {
        Dokumentnummer {
            teile: [nummer, teil, jahr],
            len: 3,
        }
    }

    /// The printed parts, two or three.
    pub fn teile(&self) -> &[u32] {
        self.teile.get(..usize::from(self.len)).unwrap_or(&[])
    }

    /// The first part of a two-part number: the Wahlperiode in the Bundestag and the Landtage.
    /// `None` for three-part (Bundesrat) numbers.
    pub fn wahlperiode(&self) -> Option<u32> {
        (self.len == 2).then_some(self.teile[0])
    }

    /// The running number: the second part of `21/1869`, the first of `16/1/25`.
    pub fn nummer(&self) -> u32 {
        if self.len == 2 {
            self.teile[1]
        } else {
            self.teile[0]
        }
    }
}

impl fmt::Display for Dokumentnummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, t) in self.teile().iter().enumerate() {
            if i > 0 {
                f.write_str("/")?;
            }
            write!(f, "{t}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Dokumentnummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Dokumentnummer({self})")
    }
}

impl PartialOrd for Dokumentnummer {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Dokumentnummer {
    fn cmp(&self, other: &Self) -> Ordering {
        self.teile().cmp(other.teile())
    }
}

impl FromStr for Dokumentnummer {
    type Err = Error;

    /// Reads `21/1869`, `19 /10 041`, `215/25` or `16/1/25`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            Error::value(
                ErrorKind::Dokumentnummer,
                "a Drucksache number like \"20/1234\"",
                s,
            )
        };
        let mut teile = [0u32; 3];
        let mut len = 0usize;
        for part in s.split('/') {
            let digits: String = part.chars().filter(|c| !c.is_whitespace()).collect();
            if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return Err(bad());
            }
            let slot = teile.get_mut(len).ok_or_else(bad)?;
            *slot = digits.parse().map_err(|_| bad())?;
            len += 1;
        }
        if len < 2 {
            return Err(bad());
        }
        Ok(Dokumentnummer {
            teile,
            len: u8::try_from(len).map_err(|_| bad())?,
        })
    }
}

impl Serialize for Dokumentnummer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Dokumentnummer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

macro_rules! drucksachetypen {
    ($($variant:ident => $text:literal,)*) => {
        /// The type of a Drucksache in the vocabulary of the Bundestag's DIP database.
        ///
        /// `Display` and serde give DIP's words (`"Kleine Anfrage"`, `"Beschlussempfehlung und
        /// Bericht"`); a type the crate does not know is kept as printed in
        /// [`Drucksachetyp::Sonstige`], never an error.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Drucksachetyp {
            $(
                #[doc = concat!("`", $text, "`")]
                $variant,
            )*
            /// Any other type, as printed.
            Sonstige(String),
        }

        impl Drucksachetyp {
            /// DIP's words for the known types, in declaration order.
            #[cfg(feature = "schemars")]
            pub(crate) const BEKANNTE: &[&str] = &[$($text,)*];

            /// DIP's word for the type.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Drucksachetyp::$variant => $text,)*
                    Drucksachetyp::Sonstige(s) => s,
                }
            }

            /// The known type with exactly this DIP word, if any.
            pub fn bekannt(s: &str) -> Option<Self> {
                match s {
                    $($text => Some(Drucksachetyp::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

drucksachetypen! {
    KleineAnfrage => "Kleine Anfrage",
    GrosseAnfrage => "Große Anfrage",
    Antwort => "Antwort",
    SchriftlicheAnfrage => "Schriftliche Anfrage",
    SchriftlicheFragen => "Schriftliche Fragen",
    Fragen => "Fragen",
    Gesetzentwurf => "Gesetzentwurf",
    Gesetzesantrag => "Gesetzesantrag",
    Gesetzesbeschluss => "Gesetzesbeschluss",
    Antrag => "Antrag",
    Entschliessungsantrag => "Entschließungsantrag",
    Aenderungsantrag => "Änderungsantrag",
    Unterrichtung => "Unterrichtung",
    Beschlussempfehlung => "Beschlussempfehlung",
    BeschlussempfehlungUndBericht => "Beschlussempfehlung und Bericht",
    ErgaenzungZuDenBeschlussempfehlungen => "Ergänzung zu den Beschlussempfehlungen",
    Bericht => "Bericht",
    Wahlvorschlag => "Wahlvorschlag",
    Verordnung => "Verordnung",
    Empfehlungen => "Empfehlungen",
    Vorschlag => "Vorschlag",
    Mitteilung => "Mitteilung",
    Vorlage => "Vorlage",
    Beschluss => "Beschluss",
    Stellungnahme => "Stellungnahme",
    AllgemeineVerwaltungsvorschrift => "Allgemeine Verwaltungsvorschrift",
}

impl Drucksachetyp {
    /// Whether the type is a question paper (Kleine, Große or Schriftliche Anfrage).
    pub fn is_anfrage(&self) -> bool {
        matches!(
            self,
            Drucksachetyp::KleineAnfrage
                | Drucksachetyp::GrosseAnfrage
                | Drucksachetyp::SchriftlicheAnfrage
        )
    }
}

impl fmt::Display for Drucksachetyp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for Drucksachetyp {
    /// The known type with this DIP word, else [`Drucksachetyp::Sonstige`] with the text.
    fn from(s: &str) -> Self {
        Drucksachetyp::bekannt(s).unwrap_or_else(|| Drucksachetyp::Sonstige(s.to_owned()))
    }
}

impl FromStr for Drucksachetyp {
    type Err = std::convert::Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Drucksachetyp::from(s))
    }
}

impl Serialize for Drucksachetyp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Drucksachetyp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(Drucksachetyp::from(s.as_ref()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dokumentnummer_reads_printed_forms() {
        for (printed, canonical) in [
            ("17/9993", "17/9993"),
            ("19 /10 041", "19/10041"),
            ("17 / 8906", "17/8906"),
            ("16/1/25", "16/1/25"),
        ] {
            let nr: Dokumentnummer = printed.parse().unwrap();
            assert_eq!(nr.to_string(), canonical);
        }
        for bad in ["", "17", "17/", "/5", "20/12a4", "1/2/3/4", "99999999999/1"] {
            assert!(bad.parse::<Dokumentnummer>().is_err(), "{bad}");
        }
        let e = "20/12a4".parse::<Dokumentnummer>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 1, column 1: expected a Drucksache number like \"20/1234\", found \"20/12a4\""
        );
    }

    #[test]
    fn dokumentnummer_orders_numerically() {
        let a: Dokumentnummer = "21/99".parse().unwrap();
        let b: Dokumentnummer = "21/100".parse().unwrap();
        assert!(a < b);
        assert_eq!(b.wahlperiode(), Some(21));
        assert_eq!(Dokumentnummer::dreiteilig(16, 1, 25).wahlperiode(), None);
        assert_eq!(Dokumentnummer::dreiteilig(16, 1, 25).nummer(), 16);
    }

    #[test]
    fn drucksachetyp_keeps_unknown_words() {
        assert_eq!(
            Drucksachetyp::from("Kleine Anfrage"),
            Drucksachetyp::KleineAnfrage
        );
        assert_eq!(
            Drucksachetyp::from("Beschlussempfehlung und Bericht"),
            Drucksachetyp::BeschlussempfehlungUndBericht
        );
        let other = Drucksachetyp::from("Sammelübersicht");
        assert_eq!(other, Drucksachetyp::Sonstige("Sammelübersicht".into()));
        assert_eq!(other.to_string(), "Sammelübersicht");
    }
}
