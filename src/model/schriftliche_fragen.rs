//! The Bundestag's weekly collection of written questions ([`SchriftlicheFragen`]) and the
//! questions for a Fragestunde.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Abschnitt, Fragenummer, Person, Ressort, Span, Unterzeichnung};

/// A weekly collection of written questions with the answers received (`Schriftliche Fragen mit
/// den in der Woche vom … eingegangenen Antworten der Bundesregierung`), or the questions for a
/// Fragestunde (type `Fragen`, without answers).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SchriftlicheFragen {
    /// The week the answers arrived in (`in der Woche vom 5. Mai 2025`).
    pub woche_vom: Option<NaiveDate>,
    /// The sitting whose Fragestunde the questions are for (`der 3. Sitzung`).
    pub sitzung: Option<u16>,
    /// The day of that sitting (`am Mittwoch, dem 14. Mai 2025`).
    pub sitzungstag: Option<NaiveDate>,
    /// The index of askers (`Verzeichnis der Fragenden`), in printed (alphabetical) order.
    pub fragende: Vec<Fragender>,
    /// The sections the questions are printed under, in printed order.
    pub geschaeftsbereiche: Vec<Geschaeftsbereich>,
    /// The questions, in printed order.
    pub fragen: Vec<SchriftlicheFrage>,
    /// The closing `Berlin, den 9. Mai 2025`, where printed.
    pub schluss: Option<Unterzeichnung>,
    /// Annexes printed after the closing (`Anlage zu Frage 12` and its tables).
    pub anlagen: Vec<Abschnitt>,
}

impl SchriftlicheFragen {
    /// The question with this number.
    pub fn frage(&self, nummer: &Fragenummer) -> Option<&SchriftlicheFrage> {
        self.fragen.iter().find(|f| f.nummer == *nummer)
    }

    /// The answer to question `nummer`: its own, or the one printed after the last question of
    /// a group answered together (`Die Fragen 36 bis 38 werden zusammen beantwortet.`).
    pub fn antwort_auf(&self, nummer: &Fragenummer) -> Option<&Einzelantwort> {
        self.frage(nummer)
            .and_then(|f| f.antwort.as_ref())
            .or_else(|| {
                self.fragen
                    .iter()
                    .filter_map(|f| f.antwort.as_ref())
                    .find(|a| a.fragen.contains(nummer))
            })
    }
}

/// One entry of the index of askers: `Alhamwi, Alaa, Dr. (BÜNDNIS 90/DIE GRÜNEN) . . . . 76`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Fragender {
    /// The member, name in reading order with academic title (`Dr. Alaa Alhamwi`) and faction.
    pub person: Person,
    /// The entry as printed, without dot leaders and numbers: `Alhamwi, Alaa, Dr. (BÜNDNIS
    /// 90/DIE GRÜNEN)`.
    pub gedruckt: String,
    /// The numbers of the member's questions.
    pub fragen: Vec<Fragenummer>,
    /// Where the entry stands in the input.
    pub span: Span,
}

/// A section of the collection: `Geschäftsbereich des Bundesministeriums der Finanzen`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Geschaeftsbereich {
    /// The office whose remit the section covers: `Bundesministerium der Finanzen` (printed:
    /// `des Bundesministeriums der Finanzen`).
    pub ressort: Ressort,
    /// The numbers of the questions printed under it.
    pub fragen: Vec<Fragenummer>,
    /// Where the heading stands in the input.
    pub span: Span,
}

/// One written question with its asker and, where printed, its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SchriftlicheFrage {
    /// The running number in the collection.
    pub nummer: Fragenummer,
    /// The section it is printed under: `Geschäftsbereich des Bundesministeriums für …`.
    pub geschaeftsbereich: Option<Ressort>,
    /// Who asks, with faction.
    pub person: Person,
    /// The question, on one line.
    pub text: String,
    /// The answer printed after it, where printed. In a group answered together the answer
    /// follows the group's last question; [`SchriftlicheFragen::antwort_auf`] finds it for each.
    pub antwort: Option<Einzelantwort>,
    /// Where the item stands in the input.
    pub span: Span,
}

/// The answer to one written question (or to a group answered together).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Einzelantwort {
    /// The answering office in the nominative: `Parlamentarischer Staatssekretär`,
    /// `Parlamentarische Staatssekretärin`, `Staatsminister`, `Chef des Bundespresseamts`.
    pub amt: String,
    /// The office holder's name as printed: `Dr. Michael Meister`.
    pub name: String,
    /// The answer line as printed, on one line: `Antwort des Parlamentarischen Staatssekretärs
    /// Max Muster vom 6. Mai 2025`.
    pub gedruckt: String,
    /// The answer's date.
    pub datum: Option<NaiveDate>,
    /// The questions this answer covers, in order: the one it follows, or every question of a
    /// group answered together.
    pub fragen: Vec<Fragenummer>,
    /// Whether the print says the questions are answered together (`Die Fragen 36 bis 38
    /// werden zusammen beantwortet.`).
    pub gemeinsam: bool,
    /// The answer's paragraphs (the grouping sentence not included).
    pub absaetze: Vec<String>,
    /// Where the answer stands in the input.
    pub span: Span,
}

impl Einzelantwort {
    /// Office and name in the nominative: `Parlamentarischer Staatssekretär Max Muster`.
    pub fn antwortende(&self) -> String {
        if self.name.is_empty() {
            self.amt.clone()
        } else {
            format!("{} {}", self.amt, self.name)
        }
    }
}
