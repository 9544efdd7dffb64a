//! Text pieces shared by the model: spans, sections of running text, references, footnotes.

use serde::{Deserialize, Serialize};

use super::Dokumentnummer;

/// A byte range `start..end` in the text the caller passed to the parser.
///
/// Spans always point into the caller's original input (before page furniture, Markdown markup
/// or hyphenation were removed), so `&input[span.start..span.end]` shows the printed source.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `start..end`; an `end` before `start` is raised to `start`.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Whether the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The number of bytes covered.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The covered text of `input`, or `None` if the span does not lie on character
    /// boundaries inside it.
    pub fn slice(self, input: &str) -> Option<&str> {
        input.get(self.start..self.end)
    }
}

/// A titled section of running text, e.g. a Vorbemerkung.
///
/// Lines are joined into paragraphs, hyphenation is undone and page furniture removed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Abschnitt {
    /// The heading as printed (letter spacing and Markdown markup removed), e.g.
    /// `"Vorbemerkung der Fragesteller"`; empty where the section has no heading.
    pub ueberschrift: String,
    /// The paragraphs, each one line of text.
    pub absaetze: Vec<String>,
    /// Where the section stands in the input.
    pub span: Span,
}

impl Abschnitt {
    /// The paragraphs joined with blank lines.
    pub fn text(&self) -> String {
        self.absaetze.join("\n\n")
    }
}

/// A reference to another Drucksache found in the text, e.g. `LT-Drs. 17/9170`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Verweis {
    /// The referenced number; where the print omits the Wahlperiode (`LT-Drs. 9564`), the
    /// document's own Wahlperiode is assumed.
    pub dokumentnummer: Dokumentnummer,
    /// The reference as printed, e.g. `"LT-Drs. 17/9170"`.
    pub gedruckt: String,
    /// Where it stands in the input.
    pub span: Span,
}

/// A footnote, separated from the running text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Fussnote {
    /// The footnote's number as printed.
    pub nummer: u32,
    /// Its text, lines joined.
    pub text: String,
    /// Where it stands in the input.
    pub span: Span,
}
