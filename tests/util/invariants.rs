//! What every parse must hold, whatever the input (issue 6): it returns instead of panicking,
//! every span lies inside the input on character boundaries, every diagnostic's line and
//! column agree with its span, strict parsing fails exactly where lenient parsing reports its
//! first diagnostic, and the model stays proportional to the input.
//!
//! Shared by the property tests, the fuzz regression tests and the fuzz target.
#![allow(dead_code, unreachable_pub)]

use drucksache::{Diagnostic, Drucksache, Error};
use serde_json::Value;

/// How much larger than its input the JSON of a model may be, per input byte, plus a constant:
/// a line `1. ` is a question object of some 80 bytes.
const JSON_JE_BYTE: usize = 64;
const JSON_GRUND: usize = 1 << 20;

/// Parses `input` leniently and strictly and checks every invariant; panics with the input's
/// length and the broken invariant otherwise.
#[track_caller]
pub fn check(input: &str) {
    let lenient = Drucksache::parse(input);
    let strict = Drucksache::parse_strict(input);
    match &lenient {
        Ok(doc) => {
            check_model(input, doc);
            match (&strict, doc.diagnosen.first()) {
                (Ok(s), None) => assert_eq!(s, doc, "strict and lenient models differ"),
                (Err(e), Some(first)) => assert_eq!(
                    e.diagnostic(),
                    first,
                    "strict parsing must fail at the first diagnostic"
                ),
                (Ok(_), Some(d)) => panic!("strict parsing ignored the diagnostic {d}"),
                (Err(e), None) => panic!("strict parsing failed without a diagnostic: {e}"),
            }
        }
        Err(e) => {
            check_error(input, e);
            assert_eq!(
                strict.as_ref().err(),
                Some(e),
                "strict parsing must fail as lenient parsing does"
            );
        }
    }
}

/// Checks a model read from `input`: its spans and diagnostics, and its size.
#[track_caller]
pub fn check_model(input: &str, doc: &Drucksache) {
    let zeilen = Zeilen::new(input);
    for d in &doc.diagnosen {
        zeilen.check_diagnostic(d);
    }
    let json = serde_json::to_value(doc).expect("every model serializes");
    check_spans(input, &json, "$");
    let bytes = json.to_string().len();
    assert!(
        bytes <= JSON_GRUND + JSON_JE_BYTE * input.len(),
        "a model of {bytes} JSON bytes for {} input bytes",
        input.len()
    );
}

/// Checks an error as [`Zeilen::check_diagnostic`] does.
#[track_caller]
pub fn check_error(input: &str, e: &Error) {
    Zeilen::new(input).check_diagnostic(e.diagnostic());
    assert_eq!(e.offset(), e.span().start);
    assert_eq!(
        (e.line(), e.column()),
        (e.diagnostic().line, e.diagnostic().column)
    );
}

/// The line starts of an input, to check line and column of many diagnostics.
pub struct Zeilen<'a> {
    input: &'a str,
    starts: Vec<usize>,
}

impl<'a> Zeilen<'a> {
    /// Lines end at `\n`, `\r\n` and `\r`, as the crate counts them.
    pub fn new(input: &'a str) -> Self {
        let bytes = input.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        Zeilen { input, starts }
    }

    /// The 1-based line and column (in characters) of byte `offset`.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let column = self
            .input
            .get(start..offset)
            .map_or(0, |s| s.chars().count())
            + 1;
        (line, column)
    }

    /// A diagnostic's span lies inside the input on character boundaries, its line and column
    /// are those of the span's start, and its message names place, expectation and finding.
    #[track_caller]
    pub fn check_diagnostic(&self, d: &Diagnostic) {
        check_span(self.input, d.span.start, d.span.end, "diagnostic");
        assert_eq!(
            (d.line, d.column),
            self.position(d.span.start),
            "line and column of {d} disagree with its span {:?}",
            d.span
        );
        assert!(!d.expected.is_empty(), "a diagnostic without expectation");
        assert!(
            !d.found.contains(['\n', '\r']) && d.found.chars().count() <= 41,
            "found is one short line: {:?}",
            d.found
        );
        let text = d.to_string();
        let place = format!("line {}, column {}: expected ", d.line, d.column);
        assert!(text.starts_with(&place), "{text}");
        assert!(text.contains(", found "), "{text}");
    }
}

#[track_caller]
fn check_span(input: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end && end <= input.len(),
        "{what} span {start}..{end} outside an input of {} bytes",
        input.len()
    );
    assert!(
        input.is_char_boundary(start) && input.is_char_boundary(end),
        "{what} span {start}..{end} splits a character"
    );
}

/// Every `span` object in the model's JSON.
#[track_caller]
fn check_spans(input: &str, v: &Value, path: &str) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                if k == "span" {
                    let start = x["start"].as_u64().and_then(|n| usize::try_from(n).ok());
                    let end = x["end"].as_u64().and_then(|n| usize::try_from(n).ok());
                    let (Some(start), Some(end)) = (start, end) else {
                        panic!("{path}.span is no span: {x}");
                    };
                    check_span(input, start, end, &format!("{path}.span"));
                } else {
                    check_spans(input, x, &format!("{path}.{k}"));
                }
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                check_spans(input, x, &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}
