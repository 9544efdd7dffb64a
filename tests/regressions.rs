//! Inputs that once broke an invariant, found by the fuzzer or the property tests and
//! minimised: each parses within bounds now (`tests/util/invariants.rs`).
//!
//! `tests/fixtures/regressions/<finder>-<what>.txt`, read through the byte entry and as lossy
//! UTF-8 text, as the fuzz target does.

#[path = "util/invariants.rs"]
mod invariants;

use std::path::Path;

#[test]
fn every_regression_input_parses_within_bounds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/regressions");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("the regressions folder") {
        let path = entry.expect("a folder entry").path();
        if path.extension().is_none_or(|x| x != "txt") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("readable");
        invariants::check_bytes(&bytes);
        invariants::check(&String::from_utf8_lossy(&bytes));
        seen += 1;
    }
    assert!(seen >= 1, "no regression inputs in {}", dir.display());
}

/// The first regression: a lone `\r` ended the found text's line for line numbers but not for
/// the message, which then spanned two lines.
#[test]
fn a_lone_carriage_return_ends_the_found_text() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/regressions/proptest-cr-im-fundtext.txt"),
    )
    .expect("the fixture");
    let doc = drucksache::Drucksache::parse(&text).expect("parses");
    assert!(!doc.diagnosen.is_empty());
    for d in &doc.diagnosen {
        assert!(!d.found.contains('\r'), "{d}");
    }
}
