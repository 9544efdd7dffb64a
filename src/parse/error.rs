//! The grammar's own error: a small `Copy` value, so failed `alt` branches cost nothing.

use nom::error::{ContextError, ErrorKind as NomKind, ParseError};

/// Where a production failed and what it expected there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PError<'a> {
    /// The input at the failure.
    pub(crate) input: &'a str,
    /// What was expected, from the innermost `context` or the failing combinator.
    pub(crate) expected: &'static str,
}

impl<'a> ParseError<&'a str> for PError<'a> {
    fn from_error_kind(input: &'a str, _: NomKind) -> Self {
        PError {
            input,
            expected: "well-formed text",
        }
    }

    fn append(_: &'a str, _: NomKind, other: Self) -> Self {
        other
    }
}

impl<'a> ContextError<&'a str> for PError<'a> {
    fn add_context(input: &'a str, expected: &'static str, _: Self) -> Self {
        PError { input, expected }
    }
}

/// The result of a production.
pub(crate) type PResult<'a, T> = nom::IResult<&'a str, T, PError<'a>>;
