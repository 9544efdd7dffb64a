//! Arbitrary bytes through the byte entry point: no panic, and every invariant the property
//! tests check (spans inside the input, line and column agree, strict fails where lenient
//! reports, bounded output).
#![no_main]

#[path = "../../tests/util/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    invariants::check(&text);
});
