//! Arbitrary bytes through the byte entry point (`Drucksache::from_bytes`), and as lossy UTF-8
//! through the text entry: no panic, and every invariant the property tests check (spans inside
//! the input, line and column agree, strict fails where lenient reports, UTF-8 bytes read as
//! their text, bounded output).
#![no_main]

#[path = "../../tests/util/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    invariants::check_bytes(data);
    if std::str::from_utf8(data).is_err() {
        invariants::check(&String::from_utf8_lossy(data));
    }
});
