//! The question paper: [`KleineAnfrage`] and who asks it ([`Urheber`]).

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Abschnitt, Datumsangabe, Dokumentnummer, Frage};

/// A question paper: Kleine Anfrage, Große Anfrage, Schriftliche Anfrage and their Landtag
/// variants, distinguished by [`KleineAnfrage::anfrageart`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct KleineAnfrage {
    /// The instrument as the parliament names it.
    pub anfrageart: Anfrageart,
    /// The running number where printed: `3929` (NRW), `KA 8/1400` (Sachsen-Anhalt), `8/980`
    /// (Thüringen).
    pub nummer: Option<String>,
    /// The date the question was asked or received, where printed apart from the header.
    pub datum: Option<NaiveDate>,
    /// The paper's own Drucksache number, where it has one.
    pub drucksache: Option<Dokumentnummer>,
    /// The question's dates with their roles where an answer reprints them (`eingegangen am …`,
    /// `an die Staatskanzlei übersandt am …`); a question paper's own dates are in the
    /// [`Kopf`](super::Kopf). Absent in JSON written before this field existed.
    #[serde(default)]
    pub daten: Vec<Datumsangabe>,
    /// Who asks.
    pub urheber: Urheber,
    /// The subject line.
    pub titel: Option<String>,
    /// The askers' preamble (printed with or without a heading).
    pub vorbemerkung: Option<Abschnitt>,
    /// The questions, in order.
    pub fragen: Vec<Frage>,
    /// The closing: place and date, signatures (`Berlin, den 2. Mai 2025` / `Dr. Alice Weidel, …`).
    pub unterzeichnung: Option<Unterzeichnung>,
}

impl KleineAnfrage {
    /// An empty Anfrage of the given kind, to be filled field by field.
    pub fn new(anfrageart: Anfrageart) -> Self {
        KleineAnfrage {
            anfrageart,
            nummer: None,
            datum: None,
            drucksache: None,
            daten: Vec::new(),
            urheber: Urheber::default(),
            titel: None,
            vorbemerkung: None,
            fragen: Vec::new(),
            unterzeichnung: None,
        }
    }

    /// The questions, in order.
    pub fn fragen(&self) -> &[Frage] {
        &self.fragen
    }
}

/// The closing of a question paper.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Unterzeichnung {
    /// The place, e.g. `Berlin`.
    pub ort: Option<String>,
    /// The date of signing.
    pub datum: Option<NaiveDate>,
    /// The signature line(s) as printed, e.g. `Dr. Alice Weidel, Tino Chrupalla und Fraktion`.
    pub text: String,
}

/// The parliamentary instrument of a question paper.
///
/// `Display` and serde give the name as the parliament prints it, e.g.
/// `"Kleine Anfrage zur schriftlichen Beantwortung"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Anfrageart {
    /// `Kleine Anfrage`.
    KleineAnfrage,
    /// `Große Anfrage`.
    GrosseAnfrage,
    /// `Schriftliche Anfrage` (Bayern, Berlin).
    SchriftlicheAnfrage,
    /// `Schriftliche Kleine Anfrage` (Hamburg).
    SchriftlicheKleineAnfrage,
    /// `Kleine Anfrage zur schriftlichen Beantwortung` (Niedersachsen, Sachsen-Anhalt).
    KleineAnfrageZurSchriftlichenBeantwortung,
    /// `Anfrage` (Saarland).
    Anfrage,
    /// `Schriftliche Frage` (Bundestag, one question of a weekly collection).
    SchriftlicheFrage,
    /// `Mündliche Anfrage`.
    MuendlicheAnfrage,
    /// Any other instrument, as printed.
    Sonstige(String),
}

impl Anfrageart {
    /// The printed name.
    pub fn as_str(&self) -> &str {
        match self {
            Anfrageart::KleineAnfrage => "Kleine Anfrage",
            Anfrageart::GrosseAnfrage => "Große Anfrage",
            Anfrageart::SchriftlicheAnfrage => "Schriftliche Anfrage",
            Anfrageart::SchriftlicheKleineAnfrage => "Schriftliche Kleine Anfrage",
            Anfrageart::KleineAnfrageZurSchriftlichenBeantwortung => {
                "Kleine Anfrage zur schriftlichen Beantwortung"
            }
            Anfrageart::Anfrage => "Anfrage",
            Anfrageart::SchriftlicheFrage => "Schriftliche Frage",
            Anfrageart::MuendlicheAnfrage => "Mündliche Anfrage",
            Anfrageart::Sonstige(s) => s,
        }
    }

    /// The Drucksache type of a paper that holds only this question (DIP's vocabulary).
    pub fn drucksachetyp(&self) -> super::Drucksachetyp {
        use super::Drucksachetyp as T;
        match self {
            Anfrageart::GrosseAnfrage => T::GrosseAnfrage,
            Anfrageart::SchriftlicheAnfrage => T::SchriftlicheAnfrage,
            Anfrageart::SchriftlicheFrage => T::SchriftlicheFragen,
            _ => T::KleineAnfrage,
        }
    }
}

impl fmt::Display for Anfrageart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for Anfrageart {
    /// The instrument with this printed name (spacing and case ignored), else `Sonstige`.
    fn from(s: &str) -> Self {
        let key: String = s
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        match key.as_str() {
            "kleine anfrage" => Anfrageart::KleineAnfrage,
            "große anfrage" => Anfrageart::GrosseAnfrage,
            "schriftliche anfrage" => Anfrageart::SchriftlicheAnfrage,
            "schriftliche kleine anfrage" => Anfrageart::SchriftlicheKleineAnfrage,
            "kleine anfrage zur schriftlichen beantwortung" => {
                Anfrageart::KleineAnfrageZurSchriftlichenBeantwortung
            }
            "anfrage" => Anfrageart::Anfrage,
            "schriftliche frage" => Anfrageart::SchriftlicheFrage,
            "mündliche anfrage" => Anfrageart::MuendlicheAnfrage,
            _ => Anfrageart::Sonstige(s.trim().to_owned()),
        }
    }
}

impl FromStr for Anfrageart {
    type Err = std::convert::Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Anfrageart::from(s))
    }
}

impl Serialize for Anfrageart {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Anfrageart {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(Anfrageart::from(s.as_ref()))
    }
}

/// Who asks: members of parliament and their factions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Urheber {
    /// The asking members, in printed order.
    pub personen: Vec<Person>,
    /// Their factions or groups, in printed order, each once.
    pub fraktionen: Vec<Fraktion>,
    /// Whether the print cuts the list short with `weiterer Abgeordneter` (Bundestag Antworten).
    pub weitere: bool,
}

/// A member of parliament as printed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Person {
    /// The name as printed, academic title kept: `Dr. Anna Rathert`.
    pub name: String,
    /// The academic title alone, e.g. `Dr.` or `Prof. Dr.`.
    pub titel: Option<String>,
    /// The member's faction where printed beside the name.
    pub fraktion: Option<String>,
}

impl Person {
    /// A person with this printed name; the leading academic title is split off into `titel`.
    pub fn new(name: &str) -> Self {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut titel_end = 0;
        for word in name.split(' ') {
            if matches!(
                word,
                "Dr." | "Prof." | "Dr.-Ing." | "Dipl.-Ing." | "h." | "c." | "h.c." | "Dr.h.c."
            ) {
                titel_end += word.len() + 1;
            } else {
                break;
            }
        }
        let titel = name
            .get(..titel_end.saturating_sub(1))
            .filter(|t| !t.is_empty())
            .map(str::to_owned);
        Person {
            name,
            titel,
            fraktion: None,
        }
    }
}

/// A parliamentary faction or group, named without the word `Fraktion`: `AfD`, `Die Linke`,
/// `BÜNDNIS 90/DIE GRÜNEN`, `SPD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Fraktion {
    /// The name as printed, without `Fraktion der`/`Fraktion`/`-Fraktion`.
    pub name: String,
    /// Whether it is a group (`Gruppe BSW`) rather than a faction.
    pub gruppe: bool,
}

impl Fraktion {
    /// A faction with this name.
    pub fn new(name: &str) -> Self {
        Fraktion {
            name: name.trim().to_owned(),
            gruppe: false,
        }
    }

    /// The faction as DIP names originators: `Fraktion der AfD`, `Fraktion Die Linke`
    /// (names with their own article), `Gruppe BSW`.
    pub fn bezeichnung(&self) -> String {
        if self.gruppe {
            return format!("Gruppe {}", self.name);
        }
        let ohne_artikel = ["Die ", "DIE ", "BÜNDNIS", "Bündnis"]
            .iter()
            .any(|p| self.name.starts_with(p));
        if ohne_artikel {
            format!("Fraktion {}", self.name)
        } else {
            format!("Fraktion der {}", self.name)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_splits_title() {
        let p = Person::new("Dr.  Anna Rathert");
        assert_eq!(p.name, "Dr. Anna Rathert");
        assert_eq!(p.titel.as_deref(), Some("Dr."));
        let p = Person::new("Prof. Dr. Eva Muster");
        assert_eq!(p.titel.as_deref(), Some("Prof. Dr."));
        assert_eq!(Person::new("Lisa-Kristin Kapteinat").titel, None);
    }

    #[test]
    fn anfrageart_from_printed_name() {
        assert_eq!(
            Anfrageart::from("Kleine  Anfrage"),
            Anfrageart::KleineAnfrage
        );
        assert_eq!(
            Anfrageart::from("Kleine Anfrage zur schriftlichen Beantwortung").to_string(),
            "Kleine Anfrage zur schriftlichen Beantwortung"
        );
        assert_eq!(
            Anfrageart::from("Dringliche Anfrage"),
            Anfrageart::Sonstige("Dringliche Anfrage".into())
        );
    }
}
