//! The Bundestag's weekly collection of written questions ([`SchriftlicheFragen`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Fragenummer, Person, Span};

/// A weekly collection of written questions with the answers received (`Schriftliche Fragen mit
/// den in der Woche vom … eingegangenen Antworten der Bundesregierung`), or the questions for a
/// Fragestunde (type `Fragen`, without answers).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SchriftlicheFragen {
    /// The week the answers arrived in (`in der Woche vom 5. Mai 2025`).
    pub woche_vom: Option<NaiveDate>,
    /// The questions, in printed order.
    pub fragen: Vec<SchriftlicheFrage>,
}

/// One written question with its asker and, where printed, its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SchriftlicheFrage {
    /// The running number in the collection.
    pub nummer: Fragenummer,
    /// The section it is printed under: `Geschäftsbereich des Bundesministeriums für …`.
    pub geschaeftsbereich: Option<String>,
    /// Who asks, with faction.
    pub person: Person,
    /// The question.
    pub text: String,
    /// The answer, where printed.
    pub antwort: Option<Einzelantwort>,
    /// Where the item stands in the input.
    pub span: Span,
}

/// The answer to one written question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Einzelantwort {
    /// The answering office holder in the nominative: `Parlamentarischer Staatssekretär Max
    /// Muster`.
    pub antwortende: String,
    /// The answer line as printed: `Antwort des Parlamentarischen Staatssekretärs Max Muster vom
    /// 6. Mai 2025`.
    pub gedruckt: String,
    /// The answer's date.
    pub datum: Option<NaiveDate>,
    /// The answer's paragraphs.
    pub absaetze: Vec<String>,
}
