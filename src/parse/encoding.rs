//! Byte input: what arrived (text in some encoding, or a file that is no text) and the text
//! decoded from it, with a map from the decoded text's offsets back to the caller's bytes.
//!
//! UTF-8 (with or without byte order mark) is read in place. Windows-1252, the superset of
//! Latin-1 that older extractions write, is decoded when the bytes are no UTF-8; a file that
//! is UTF-8 in places and Windows-1252 in others is decoded byte by byte and reported once.
//! UTF-16 with a byte order mark (or with the unmistakable zero bytes of ASCII text) is
//! decoded too. Images, PDF files, archives and other binary data are refused with
//! [`ErrorKind::Binary`], empty input with [`ErrorKind::Empty`].

use std::borrow::Cow;

use crate::{Diagnostic, ErrorKind, Span};

/// Windows-1252 in 0x80..=0x9F; the five bytes it leaves undefined map to the C1 controls of
/// the same value, as the WHATWG encoding standard does.
const CP1252_80: [char; 32] = [
    '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2c6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}', '\u{8f}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}', '\u{17e}', '\u{178}',
];

/// The character a Windows-1252 byte stands for.
fn cp1252(b: u8) -> char {
    match b {
        0x80..=0x9f => CP1252_80
            .get(usize::from(b - 0x80))
            .copied()
            .unwrap_or('\u{fffd}'),
        _ => char::from(b),
    }
}

/// File signatures of things that are no text, with what to call them.
const SIGNATUREN: [(&[u8], &str); 10] = [
    (b"%PDF-", "a PDF file (extract its text first)"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, ODT, …)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an OLE file (DOC, XLS, …)",
    ),
    (b"\x7fELF", "an executable"),
];

/// How many bytes from the start are inspected for control bytes.
const PROBE: usize = 64 * 1024;

/// The share of control bytes (per thousand) above which input counts as binary.
const CONTROL_PER_MILLE: usize = 5;

/// The share of NUL bytes (per thousand) above which input counts as binary.
const NUL_PER_MILLE: usize = 1;

/// Where the decoded text's bytes come from: segments `(decoded offset, input offset)`, from
/// which on the two advance in step until the next segment. Empty for text read in place.
#[derive(Debug, Clone, Default)]
pub(crate) struct Herkunft {
    segmente: Vec<(usize, usize)>,
    /// The input's length in bytes.
    laenge: usize,
}

impl Herkunft {
    /// The map of text read in place: offsets are the same.
    pub(crate) fn identisch(laenge: usize) -> Self {
        Herkunft {
            segmente: Vec::new(),
            laenge,
        }
    }

    /// Whether offsets in the decoded text are offsets in the input.
    pub(crate) fn ist_identisch(&self) -> bool {
        self.segmente.is_empty()
    }

    /// The input offset of decoded offset `d`.
    pub(crate) fn eingabe(&self, d: usize) -> usize {
        if self.segmente.is_empty() {
            return d;
        }
        let i = self.segmente.partition_point(|&(s, _)| s <= d);
        let (s, o) = i
            .checked_sub(1)
            .and_then(|i| self.segmente.get(i))
            .copied()
            .unwrap_or((0, 0));
        // an offset inside a character whose encodings differ in length is clamped to where
        // the next segment begins
        let next = self.segmente.get(i).map_or(self.laenge, |&(_, o2)| o2);
        (o + (d - s)).min(next.max(o)).min(self.laenge)
    }

    /// The decoded offset of input offset `o` (the start of the character it falls in).
    pub(crate) fn dekodiert(&self, o: usize) -> usize {
        if self.segmente.is_empty() {
            return o;
        }
        let i = self.segmente.partition_point(|&(_, so)| so <= o);
        let (s, so) = i
            .checked_sub(1)
            .and_then(|i| self.segmente.get(i))
            .copied()
            .unwrap_or((0, 0));
        let next = self.segmente.get(i).map_or(usize::MAX, |&(s2, _)| s2);
        (s + (o - so)).min(next.max(s))
    }

    /// A decoded span as an input span.
    pub(crate) fn span(&self, s: Span) -> Span {
        if self.segmente.is_empty() {
            return s;
        }
        Span::new(self.eingabe(s.start), self.eingabe(s.end))
    }

    /// Records that decoded offset `d` stands at input offset `o`, if the two left step.
    fn mark(&mut self, d: usize, o: usize) {
        let in_step = match self.segmente.last() {
            Some(&(s, so)) => d + so == o + s,
            None => d == o,
        };
        if !in_step {
            self.segmente.push((d, o));
        }
    }
}

/// Text decoded from bytes.
#[derive(Debug)]
pub(crate) struct Dekodiert<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) herkunft: Herkunft,
    /// A note for input that mixes encodings.
    pub(crate) hinweis: Option<Diagnostic>,
}

/// The 1-based line and column (in bytes) of offset `at` of `bytes`: where to point at in
/// input that could not be decoded.
fn byte_position(bytes: &[u8], at: usize) -> (usize, usize) {
    let head = bytes.get(..at).unwrap_or(bytes);
    let line = memchr::memchr_iter(b'\n', head).count() + 1;
    let start = memchr::memrchr(b'\n', head).map_or(0, |i| i + 1);
    (line, at - start + 1)
}

/// A diagnostic about the raw bytes at `at`.
fn byte_diagnostic(
    bytes: &[u8],
    kind: ErrorKind,
    span: Span,
    expected: &str,
    found: &str,
) -> Diagnostic {
    let (line, column) = byte_position(bytes, span.start);
    Diagnostic::new(kind, span, line, column, expected, found)
}

/// What a text document is expected to be.
const EXPECTED: &str = "a text document (UTF-8, UTF-16 or Windows-1252)";

/// Decodes `bytes`, or says why they are no text.
pub(crate) fn decode(bytes: &[u8]) -> Result<Dekodiert<'_>, Diagnostic> {
    if bytes.is_empty() {
        return Err(byte_diagnostic(
            bytes,
            ErrorKind::Empty,
            Span::new(0, 0),
            "a parliamentary document",
            "",
        ));
    }
    if let Some((sig, what)) = SIGNATUREN.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Err(byte_diagnostic(
            bytes,
            ErrorKind::Binary,
            Span::new(0, sig.len()),
            EXPECTED,
            what,
        ));
    }
    if bytes.starts_with(b"\xff\xfe") {
        return Ok(utf16(bytes, 2, false));
    }
    if bytes.starts_with(b"\xfe\xff") {
        return Ok(utf16(bytes, 2, true));
    }
    if let Some(big_endian) = utf16_without_bom(bytes) {
        return Ok(utf16(bytes, 0, big_endian));
    }
    // a stray NUL or control byte occurs in real extractions (21/2223 has one); many of them
    // mean binary data
    let probe = bytes.get(..PROBE).unwrap_or(bytes);
    let nuls = memchr::memchr_iter(0, probe).count();
    if nuls * 1000 > probe.len() * NUL_PER_MILLE {
        let at = memchr::memchr(0, probe).unwrap_or(0);
        return Err(byte_diagnostic(
            bytes,
            ErrorKind::Binary,
            Span::new(at, at + 1),
            EXPECTED,
            &format!(
                "binary data ({nuls} NUL byte{})",
                if nuls == 1 { "" } else { "s" }
            ),
        ));
    }
    let control = |b: &u8| (*b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || *b == 0x7f;
    let controls = probe.iter().filter(|b| control(b)).count();
    if controls * 1000 > probe.len() * CONTROL_PER_MILLE {
        let at = probe.iter().position(control).unwrap_or(0);
        return Err(byte_diagnostic(
            bytes,
            ErrorKind::Binary,
            Span::new(at, at + 1),
            EXPECTED,
            &format!("binary data ({controls} control bytes)"),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Dekodiert {
            text: Cow::Borrowed(text),
            herkunft: Herkunft::identisch(bytes.len()),
            hinweis: None,
        }),
        Err(_) => Ok(single_bytes(bytes)),
    }
}

/// Input that is no valid UTF-8: Windows-1252 throughout, or UTF-8 with stray single bytes
/// (read as Windows-1252 and reported once). UTF-8 it is when its characters outside ASCII
/// are at least as many as the stray bytes: Windows-1252 text forms a valid UTF-8 pair here and there by
/// chance (`ß“` is `DF 93`, U+07D3), but far fewer than its bytes that are none.
fn single_bytes(bytes: &[u8]) -> Dekodiert<'_> {
    let (mut multibyte, mut stray) = (0usize, 0usize);
    for c in bytes.utf8_chunks() {
        multibyte += c.valid().chars().filter(|ch| !ch.is_ascii()).count();
        stray += c.invalid().len();
    }
    let utf8_multibyte = multibyte >= stray;
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut herkunft = Herkunft::identisch(bytes.len());
    let mut hinweis = None;
    if utf8_multibyte {
        let mut at = 0;
        for chunk in bytes.utf8_chunks() {
            text.push_str(chunk.valid());
            at += chunk.valid().len();
            herkunft.mark(text.len(), at);
            for &b in chunk.invalid() {
                if hinweis.is_none() {
                    // line and column (in characters) of the decoded text
                    let line = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
                    let start = memchr::memrchr(b'\n', text.as_bytes()).map_or(0, |i| i + 1);
                    let column = text.get(start..).map_or(0, |s| s.chars().count()) + 1;
                    hinweis = Some(Diagnostic::new(
                        ErrorKind::Encoding,
                        Span::new(at, at + 1),
                        line,
                        column,
                        "UTF-8 throughout",
                        &format!("byte 0x{b:02X}, read as Windows-1252 \"{}\"", cp1252(b)),
                    ));
                }
                text.push(cp1252(b));
                at += 1;
                herkunft.mark(text.len(), at);
            }
        }
    } else {
        for (at, &b) in bytes.iter().enumerate() {
            text.push(cp1252(b));
            if b >= 0x80 {
                herkunft.mark(text.len(), at + 1);
            }
        }
    }
    Dekodiert {
        text: Cow::Owned(text),
        herkunft,
        hinweis,
    }
}

/// UTF-16 without byte order mark: ASCII text shows a zero byte in every other position.
/// Returns whether it is big-endian.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let probe = bytes.get(..4096).unwrap_or(bytes);
    let pairs = probe.len() / 2;
    if pairs < 8 {
        return None;
    }
    let zero_at = |k: usize| {
        probe
            .iter()
            .skip(k)
            .step_by(2)
            .take(pairs)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zero_at(0), zero_at(1));
    // nine in ten pairs hold an ASCII character, and the other half has no zero at all
    if odd * 10 >= pairs * 9 && even == 0 {
        Some(false)
    } else if even * 10 >= pairs * 9 && odd == 0 {
        Some(true)
    } else {
        None
    }
}

/// Decodes UTF-16 starting at byte `offset` of the input (after a byte order mark).
fn utf16(input: &[u8], offset: usize, big_endian: bool) -> Dekodiert<'_> {
    let bytes = input.get(offset..).unwrap_or(&[]);
    let units = bytes.chunks_exact(2).map(|p| match *p {
        [a, b] if big_endian => u16::from_be_bytes([a, b]),
        [a, b] => u16::from_le_bytes([a, b]),
        _ => 0,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut herkunft = Herkunft::identisch(input.len());
    herkunft.mark(0, offset);
    let mut at = offset;
    let mut hinweis = None;
    for r in char::decode_utf16(units) {
        let (c, len) = if let Ok(c) = r {
            (c, c.len_utf16() * 2)
        } else {
            if hinweis.is_none() {
                hinweis = Some(byte_diagnostic(
                    input,
                    ErrorKind::Encoding,
                    Span::new(at, at + 2),
                    "UTF-16 throughout",
                    "an unpaired surrogate",
                ));
            }
            ('\u{fffd}', 2)
        };
        text.push(c);
        at += len;
        herkunft.mark(text.len(), at);
    }
    Dekodiert {
        text: Cow::Owned(text),
        herkunft,
        hinweis,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_read_in_place_with_or_without_bom() {
        let d = decode("Maßnahme".as_bytes()).unwrap();
        assert!(matches!(d.text, Cow::Borrowed("Maßnahme")));
        assert!(d.herkunft.ist_identisch());
        let d = decode(b"\xef\xbb\xbfDrucksache 21/1").unwrap();
        assert_eq!(d.text, "\u{feff}Drucksache 21/1");
        assert_eq!(d.herkunft.eingabe(3), 3);
    }

    #[test]
    fn windows_1252_is_decoded_with_a_map_back() {
        // "„Maßnahme“ – 5 €" in Windows-1252
        let bytes = b"\x84Ma\xdfnahme\x93 \x96 5 \x80";
        let d = decode(bytes).unwrap();
        assert_eq!(d.text, "„Maßnahme“ – 5 €");
        assert!(d.hinweis.is_none());
        let text = d.text.as_ref();
        let m = text.find("Maß").unwrap();
        assert_eq!(d.herkunft.eingabe(m), 1);
        let n = text.find("nahme").unwrap();
        assert_eq!(d.herkunft.eingabe(n), 4);
        assert_eq!(d.herkunft.dekodiert(4), n);
        assert_eq!(d.herkunft.eingabe(text.len()), bytes.len());
        let euro = text.find('€').unwrap();
        assert_eq!(d.herkunft.eingabe(euro), bytes.len() - 1);
        assert_eq!(d.herkunft.dekodiert(bytes.len() - 1), euro);
    }

    #[test]
    fn windows_1252_that_happens_to_hold_a_utf8_pair_is_windows_1252() {
        // BT 21/1975 in Windows-1252: `„daß“` is `84 64 61 DF 93`, and `DF 93` is valid UTF-8
        let bytes = b"a) In Absatz 1 wird die Angabe \x84umfa\xdft\x93 ersetzt.\nb) Die Angabe \x84da\xdf\x93 wird durch \x84dass\x93 ersetzt.\n";
        let d = decode(bytes).unwrap();
        assert_eq!(
            d.text,
            "a) In Absatz 1 wird die Angabe „umfaßt“ ersetzt.\nb) Die Angabe „daß“ wird durch „dass“ ersetzt.\n"
        );
        assert!(d.hinweis.is_none());
    }

    #[test]
    fn mixed_input_is_decoded_and_reported() {
        let bytes = "Maßnahme und "
            .bytes()
            .chain(*b"Stra\xdfe")
            .collect::<Vec<u8>>();
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Maßnahme und Straße");
        let h = d.hinweis.expect("a note on the stray byte");
        assert_eq!(h.kind, ErrorKind::Encoding);
        assert_eq!(h.span, Span::new(18, 19));
        assert_eq!(
            h.to_string(),
            "line 1, column 18: expected UTF-8 throughout, found \"byte 0xDF, read as Windows-1252 \"ß\"\""
        );
        let e = d.text.find('e').map(|_| d.text.len() - 1).unwrap();
        assert_eq!(d.herkunft.eingabe(e), bytes.len() - 1);
    }

    #[test]
    fn utf16_is_decoded() {
        let mut le = vec![0xff, 0xfe];
        le.extend("Straße 1".encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode(&le).unwrap();
        assert_eq!(d.text, "Straße 1");
        assert_eq!(d.herkunft.eingabe(0), 2);
        assert_eq!(d.herkunft.eingabe(d.text.len()), le.len());
        let be: Vec<u8> = "Drucksache 21/1234 vom 1. Mai"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        let d = decode(&be).unwrap();
        assert_eq!(d.text, "Drucksache 21/1234 vom 1. Mai");
        // a lone surrogate is replaced and reported
        let bytes = [0xff, 0xfe, b'A', 0, 0x00, 0xd8, b'B', 0];
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "A\u{fffd}B");
        assert_eq!(d.hinweis.map(|h| h.span), Some(Span::new(4, 6)));
    }

    #[test]
    fn what_is_no_text_is_refused() {
        let e = decode(b"\xff\xd8\xff\xe0\x00\x10JFIF").unwrap_err();
        assert_eq!(
            (e.kind, e.found.as_str()),
            (ErrorKind::Binary, "a JPEG image")
        );
        let e = decode(b"%PDF-1.7\n").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Binary);
        let e = decode(b"Text\nmit \x00 Null").unwrap_err();
        assert_eq!((e.kind, e.line, e.column), (ErrorKind::Binary, 2, 5));
        // one stray NUL in a long text is read past (the line layer drops it)
        let mut long = "Drucksache 21/1 ".repeat(200).into_bytes();
        long.insert(100, 0);
        assert!(decode(&long).is_ok());
        let noise: Vec<u8> = (0..2000u32)
            .map(|i| u8::try_from(1 + i % 31).unwrap())
            .collect();
        assert_eq!(decode(&noise).unwrap_err().kind, ErrorKind::Binary);
        assert_eq!(decode(b"").unwrap_err().kind, ErrorKind::Empty);
    }
}
