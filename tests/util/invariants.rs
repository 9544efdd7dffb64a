//! What every parse must hold, whatever the input (issue 6): it returns instead of panicking,
//! every span lies inside the input (on character boundaries, for text), every diagnostic's
//! line and column agree with its span, strict parsing fails exactly where lenient parsing
//! reports its first diagnostic, and the model stays proportional to the input.
//!
//! Shared by the property tests, the regression tests and the fuzz target.
#![allow(dead_code, unreachable_pub)]

use drucksache::{Diagnostic, Drucksache, Error, ErrorKind, Options};
use serde_json::Value;

/// How much larger than its input the JSON of a model may be, per input byte, plus a constant:
/// a line `1. ` is a question object of some 80 bytes.
const JSON_JE_BYTE: usize = 64;
const JSON_GRUND: usize = 1 << 20;

/// Parses text leniently and strictly and checks every invariant; panics naming the broken
/// invariant otherwise.
#[track_caller]
pub fn check(input: &str) {
    let lenient = Drucksache::parse(input);
    let strict = Drucksache::parse_strict(input);
    let quelle = Quelle::Text(Zeilen::new(input));
    check_result(&quelle, &lenient);
    check_strict(&lenient, &strict);
}

/// Parses bytes through the byte entry point leniently and strictly and checks every
/// invariant; bytes that are UTF-8 (without byte order mark) and text must read as the text
/// entry reads them.
#[track_caller]
pub fn check_bytes(bytes: &[u8]) {
    let lenient = Drucksache::from_bytes(bytes);
    let strict = Drucksache::from_bytes_with(bytes, &Options::new().strict(true));
    check_result(&Quelle::Bytes(bytes.len()), &lenient);
    check_strict(&lenient, &strict);
    let binary = lenient
        .as_ref()
        .is_err_and(|e| e.kind() == ErrorKind::Binary);
    if let Ok(text) = std::str::from_utf8(bytes) {
        if !binary && !text.starts_with('\u{feff}') {
            assert_eq!(
                lenient,
                Drucksache::parse(text),
                "UTF-8 bytes read otherwise than their text"
            );
            check(text);
        }
    }
}

/// Checks a model read from the text `input`: its spans and diagnostics, and its size.
#[track_caller]
pub fn check_model(input: &str, doc: &Drucksache) {
    check_result(&Quelle::Text(Zeilen::new(input)), &Ok(doc.clone()));
}

/// What was parsed: text, whose line starts are known, or bytes of some encoding.
enum Quelle<'a> {
    Text(Zeilen<'a>),
    Bytes(usize),
}

impl Quelle<'_> {
    fn len(&self) -> usize {
        match self {
            Quelle::Text(z) => z.input.len(),
            Quelle::Bytes(n) => *n,
        }
    }

    #[track_caller]
    fn check_span(&self, start: usize, end: usize, what: &str) {
        let len = self.len();
        assert!(
            start <= end && end <= len,
            "{what} span {start}..{end} outside an input of {len} bytes"
        );
        if let Quelle::Text(z) = self {
            assert!(
                z.input.is_char_boundary(start) && z.input.is_char_boundary(end),
                "{what} span {start}..{end} splits a character"
            );
        }
    }

    /// A diagnostic's span lies inside the input, its line and column are those of the span's
    /// start (for text), and its message names place, expectation and finding.
    #[track_caller]
    fn check_diagnostic(&self, d: &Diagnostic) {
        self.check_span(d.span.start, d.span.end, "diagnostic");
        match self {
            Quelle::Text(z) => assert_eq!(
                (d.line, d.column),
                z.position(d.span.start),
                "line and column of {d} disagree with its span {:?}",
                d.span
            ),
            Quelle::Bytes(_) => assert!(d.line >= 1 && d.column >= 1, "{d}"),
        }
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

    /// Every `span` object in the model's JSON.
    #[track_caller]
    fn check_spans(&self, v: &Value, path: &str) {
        match v {
            Value::Object(map) => {
                for (k, x) in map {
                    if k == "span" {
                        let start = x["start"].as_u64().and_then(|n| usize::try_from(n).ok());
                        let end = x["end"].as_u64().and_then(|n| usize::try_from(n).ok());
                        let (Some(start), Some(end)) = (start, end) else {
                            panic!("{path}.span is no span: {x}");
                        };
                        self.check_span(start, end, &format!("{path}.span"));
                    } else {
                        self.check_spans(x, &format!("{path}.{k}"));
                    }
                }
            }
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    self.check_spans(x, &format!("{path}[{i}]"));
                }
            }
            _ => {}
        }
    }
}

/// A model's spans, diagnostics and size, or an error's place and message.
#[track_caller]
fn check_result(quelle: &Quelle<'_>, result: &Result<Drucksache, Error>) {
    match result {
        Ok(doc) => {
            for d in &doc.diagnosen {
                quelle.check_diagnostic(d);
            }
            let json = serde_json::to_value(doc).expect("every model serializes");
            quelle.check_spans(&json, "$");
            let bytes = json.to_string().len();
            assert!(
                bytes <= JSON_GRUND + JSON_JE_BYTE * quelle.len(),
                "a model of {bytes} JSON bytes for {} input bytes",
                quelle.len()
            );
        }
        Err(e) => {
            quelle.check_diagnostic(e.diagnostic());
            assert_eq!(e.offset(), e.span().start);
            assert_eq!(
                (e.line(), e.column()),
                (e.diagnostic().line, e.diagnostic().column)
            );
        }
    }
}

/// Strict parsing fails exactly at lenient parsing's first diagnostic, and otherwise returns
/// the same model.
#[track_caller]
fn check_strict(lenient: &Result<Drucksache, Error>, strict: &Result<Drucksache, Error>) {
    match lenient {
        Ok(doc) => match (strict, doc.diagnosen.first()) {
            (Ok(s), None) => assert_eq!(s, doc, "strict and lenient models differ"),
            (Err(e), Some(first)) => assert_eq!(
                e.diagnostic(),
                first,
                "strict parsing must fail at the first diagnostic"
            ),
            (Ok(_), Some(d)) => panic!("strict parsing ignored the diagnostic {d}"),
            (Err(e), None) => panic!("strict parsing failed without a diagnostic: {e}"),
        },
        Err(e) => assert_eq!(
            strict.as_ref().err(),
            Some(e),
            "strict parsing must fail as lenient parsing does"
        ),
    }
}

/// The line starts of a text, to check line and column of many diagnostics.
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
}
