//! The crate's error and diagnostic types.
//!
//! A [`Diagnostic`] records one thing the parser could not read: where (byte span, line and
//! column in the caller's input), what it expected and what it found. Lenient parsing collects
//! diagnostics in [`Drucksache::diagnosen`](crate::Drucksache::diagnosen); strict parsing and
//! inputs that are no parliamentary document at all return an [`Error`], which wraps the same
//! record.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Span;

/// What kind of problem a [`Diagnostic`] or an [`Error`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is empty or holds only whitespace.
    Empty,
    /// The input is binary data (NUL bytes, an image, a PDF), not text.
    Binary,
    /// The input is neither UTF-8 nor a Windows-1252/Latin-1 text.
    Encoding,
    /// The text is not a parliamentary document: no header, number or questions were found.
    NotADrucksache,
    /// A parliament code or name could not be read.
    Parlament,
    /// A Drucksache number could not be read.
    Dokumentnummer,
    /// A date could not be read.
    Datum,
    /// A question number could not be read.
    Fragenummer,
    /// The header lacks an element it should print (number, Wahlperiode, date, type).
    Kopf,
    /// The document has no title where one was expected.
    Titel,
    /// The askers could not be read.
    Urheber,
    /// The questions are incomplete or out of order.
    Frage,
    /// The answer part is incomplete: an answer without its question, a question without an answer.
    Antwort,
}

impl ErrorKind {
    /// A short English name of the kind, as used in messages.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty input",
            ErrorKind::Binary => "binary input",
            ErrorKind::Encoding => "unknown encoding",
            ErrorKind::NotADrucksache => "not a Drucksache",
            ErrorKind::Parlament => "parliament",
            ErrorKind::Dokumentnummer => "Drucksache number",
            ErrorKind::Datum => "date",
            ErrorKind::Fragenummer => "question number",
            ErrorKind::Kopf => "header",
            ErrorKind::Titel => "title",
            ErrorKind::Urheber => "askers",
            ErrorKind::Frage => "questions",
            ErrorKind::Antwort => "answers",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing the parser could not read, with its place in the caller's input.
///
/// `Display` gives one line: `line 3, column 14: expected a Drucksache number like "20/1234",
/// found "20/12a4"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Diagnostic {
    /// What kind of problem this is.
    pub kind: ErrorKind,
    /// The byte range of the input the problem was found at (may be empty).
    pub span: Span,
    /// The 1-based line of `span.start`.
    pub line: usize,
    /// The 1-based column (in characters) of `span.start`.
    pub column: usize,
    /// What the parser expected there.
    pub expected: String,
    /// What it found instead, shortened to a few dozen characters.
    pub found: String,
}

/// The longest `found` text kept in a message, in characters.
const FOUND_CHARS: usize = 40;

impl Diagnostic {
    /// Builds a diagnostic; `found` is shortened to one line of at most 40 characters.
    pub fn new(
        kind: ErrorKind,
        span: Span,
        line: usize,
        column: usize,
        expected: impl Into<String>,
        found: &str,
    ) -> Self {
        Diagnostic {
            kind,
            span,
            line,
            column,
            expected: expected.into(),
            found: shorten(found),
        }
    }
}

/// Cuts `s` at its first line end and after [`FOUND_CHARS`] characters, marking cuts with `…`.
fn shorten(s: &str) -> String {
    // `\r` alone ends a line too (old Mac text), as it does for line numbers
    let line = s.split(['\n', '\r']).next().unwrap_or("").trim_end();
    let mut out: String = line.chars().take(FOUND_CHARS).collect();
    if out.len() < s.trim_end().len() {
        out.push('…');
    }
    out
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: expected {}, found ",
            self.line, self.column, self.expected
        )?;
        if self.found.is_empty() {
            f.write_str("nothing")
        } else {
            write!(f, "\"{}\"", self.found)
        }
    }
}

/// The error returned when a text cannot be read as a Drucksache, or when strict parsing meets
/// a [`Diagnostic`].
///
/// It records the byte offset, line and column in the caller's input, what was expected and
/// what was found. It is `Send + Sync + Clone + 'static`, and holds no type of the parser
/// library.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{inner}")]
pub struct Error {
    inner: Box<Diagnostic>,
}

impl Error {
    /// The kind of problem.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The byte offset into the input where the problem was found.
    pub fn offset(&self) -> usize {
        self.inner.span.start
    }

    /// The byte range of the input the problem was found at.
    pub fn span(&self) -> Span {
        self.inner.span
    }

    /// The 1-based line of the problem.
    pub fn line(&self) -> usize {
        self.inner.line
    }

    /// The 1-based column (in characters) of the problem.
    pub fn column(&self) -> usize {
        self.inner.column
    }

    /// What the parser expected.
    pub fn expected(&self) -> &str {
        &self.inner.expected
    }

    /// What it found instead (shortened).
    pub fn found(&self) -> &str {
        &self.inner.found
    }

    /// The full record, as a lenient parse would have listed it.
    pub fn diagnostic(&self) -> &Diagnostic {
        &self.inner
    }

    /// An error about a single value (a `FromStr` input), placed at its first character.
    pub(crate) fn value(kind: ErrorKind, expected: &str, found: &str) -> Self {
        Diagnostic::new(kind, Span::new(0, found.len()), 1, 1, expected, found).into()
    }
}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Self {
        Error { inner: Box::new(d) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_place_expectation_and_finding() {
        let d = Diagnostic::new(
            ErrorKind::Dokumentnummer,
            Span::new(30, 37),
            3,
            14,
            "a Drucksache number like \"20/1234\"",
            "20/12a4",
        );
        assert_eq!(
            d.to_string(),
            "line 3, column 14: expected a Drucksache number like \"20/1234\", found \"20/12a4\""
        );
        let e = Error::from(d);
        assert_eq!(e.line(), 3);
        assert_eq!(e.offset(), 30);
        assert_eq!(e.kind(), ErrorKind::Dokumentnummer);
    }

    #[test]
    fn found_is_shortened_to_one_line() {
        let d = Diagnostic::new(
            ErrorKind::Kopf,
            Span::new(0, 0),
            1,
            1,
            "x",
            "first line\nsecond",
        );
        assert_eq!(d.found, "first line…");
        let d = Diagnostic::new(ErrorKind::Kopf, Span::new(0, 0), 1, 1, "x", "one\rtwo");
        assert_eq!(d.found, "one…");
        let long = "a".repeat(100);
        let d = Diagnostic::new(ErrorKind::Kopf, Span::new(0, 0), 1, 1, "x", &long);
        assert_eq!(d.found.chars().count(), FOUND_CHARS + 1);
        let d = Diagnostic::new(ErrorKind::Empty, Span::new(0, 0), 1, 1, "text", "");
        assert!(d.to_string().ends_with("found nothing"));
    }
}
