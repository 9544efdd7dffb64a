//! The government's answer: [`Antwort`], who answers ([`Ressort`]) and the answer blocks.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Abschnitt, Fragenummer, KleineAnfrage, Span, Unterzeichnung};

/// The government's answer to an Anfrage.
///
/// Separate answer papers (Bundestag, Nordrhein-Westfalen, Niedersachsen, …) reprint the
/// question; combined prints (Bayern, Baden-Württemberg, Hamburg, …) hold both under one number.
/// Either way [`Antwort::anfrage`] holds the question as far as it is printed: its instrument,
/// running number, date, Drucksache (`bezug`), askers, title, preamble and questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Antwort {
    /// The question answered, as printed in this paper.
    pub anfrage: KleineAnfrage,
    /// Who answers, in the nominative (`Bundesministerium des Innern`, `Minister für …`, `Senat`).
    pub ressort: Option<Ressort>,
    /// Co-answering bodies (`im Einvernehmen mit …`, `in Abstimmung mit …`).
    pub mitbeteiligt: Vec<Ressort>,
    /// The date of the answering letter (`mit Schreiben vom …`, `vom …`).
    pub schreiben_vom: Option<NaiveDate>,
    /// The government's preliminary remark.
    pub vorbemerkung: Option<Abschnitt>,
    /// The answers, in printed order; each covers one or more questions.
    pub antworten: Vec<Antwortblock>,
    /// The closing (place, date, signer), where printed.
    pub unterzeichnung: Option<Unterzeichnung>,
}

impl Antwort {
    /// An empty answer to `anfrage`, to be filled field by field.
    pub fn new(anfrage: KleineAnfrage) -> Self {
        Antwort {
            anfrage,
            ressort: None,
            mitbeteiligt: Vec::new(),
            schreiben_vom: None,
            vorbemerkung: None,
            antworten: Vec::new(),
            unterzeichnung: None,
        }
    }

    /// The answer block that covers question `nummer` (or the question it is part of).
    pub fn antwort_auf(&self, nummer: &Fragenummer) -> Option<&Antwortblock> {
        self.antworten
            .iter()
            .find(|b| b.fragen.contains(nummer))
            .or_else(|| {
                self.antworten
                    .iter()
                    .find(|b| b.fragen.iter().any(|f| nummer.liegt_in(f)))
            })
    }
}

/// Who answers: a ministry, an office holder or the government as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Ressort {
    /// The name in the nominative, without article: `Bundesministerium für Wirtschaft und
    /// Energie`, `Minister für Wirtschaft, Innovation, Digitalisierung und Energie`, `Senat`.
    pub name: String,
    /// The words as printed, in their case: `des Bundesministeriums für Wirtschaft und Energie`,
    /// `Der Minister für …`, `der Ministerin für …`.
    pub gedruckt: String,
}

/// One answer, covering one question or a group answered together.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Antwortblock {
    /// The questions answered, in order.
    pub fragen: Vec<Fragenummer>,
    /// Whether the print says the questions are answered together (`Die Fragen 1 bis 5 werden …
    /// gemeinsam beantwortet.`).
    pub gemeinsam: bool,
    /// The answer's paragraphs (the grouping sentence not included).
    pub absaetze: Vec<String>,
    /// References to other answers or to the Vorbemerkung (`Auf die Antwort zu Frage 3 wird
    /// verwiesen.`).
    pub querverweise: Vec<Querverweis>,
    /// Where the answer stands in the input.
    pub span: Span,
}

/// A reference from an answer to another answer or to a Vorbemerkung.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Querverweis {
    /// What is referred to.
    pub ziel: Verweisziel,
    /// The questions named in the reference (`zu den Fragen 1 bis 4`), expanded.
    pub fragen: Vec<Fragenummer>,
    /// Where the reference stands in the input.
    pub span: Span,
}

/// The target of a [`Querverweis`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Verweisziel {
    /// The answer to the named questions.
    Antwort,
    /// The government's preliminary remark (or its part about the named questions).
    Vorbemerkung,
}
