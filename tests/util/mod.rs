//! Helpers shared by the integration tests.
#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The crate's fixture folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Reads a fixture as text.
#[track_caller]
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Letters and digits only, case-folded: how the corpus scorer compares printed text.
pub fn alnum(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Drops a leading question number such as `1.`, `3a)` or `a)`, as the scorer does.
fn question(s: &str) -> String {
    let t = s.trim_start();
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let rest = if rest.len() < t.len() {
        rest.trim_start_matches(|c: char| c.is_ascii_lowercase() && rest.len() < t.len())
            .trim_start_matches([')', '.'])
    } else {
        rest
    };
    alnum(rest)
}

fn fraktion(s: &str) -> String {
    let n = alnum(s);
    for p in ["fraktionder", "fraktion", "gruppeder", "gruppe"] {
        if let Some(rest) = n.strip_prefix(p) {
            if !rest.is_empty() {
                return rest.to_owned();
            }
        }
    }
    n
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// The fields of a `meta` object that disagree with the ground truth `want` (the corpus's
/// annotated JSON), compared as the corpus scorer compares them.
pub fn mismatches(want: &Value, got: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let fields = [
        "parlament",
        "wahlperiode",
        "dokumentnummer",
        "drucksachetyp",
        "anfrageart",
        "datum",
        "titel",
        "ressort",
        "bezug",
        "anfragenummer",
        "fragen_anzahl",
        "erste_frage",
        "letzte_frage",
    ];
    let null_matters = ["dokumentnummer", "bezug", "anfragenummer", "ressort"];
    for f in fields {
        let w = &want[f];
        let g = &got[f];
        if w.is_null() && !null_matters.contains(&f) {
            continue;
        }
        let same = match (f, w) {
            (_, Value::Null) => g.is_null() || g.as_str() == Some(""),
            ("titel" | "ressort" | "anfrageart", Value::String(w)) => {
                g.as_str().is_some_and(|g| alnum(g) == alnum(w))
            }
            ("erste_frage" | "letzte_frage", Value::String(w)) => g
                .as_str()
                .is_some_and(|g| !question(w).is_empty() && question(g).starts_with(&question(w))),
            ("dokumentnummer" | "bezug" | "anfragenummer", Value::String(w)) => {
                g.as_str().is_some_and(|g| {
                    g.replace(char::is_whitespace, "") == w.replace(char::is_whitespace, "")
                })
            }
            _ => w == g,
        };
        if !same {
            out.push(format!("{f}: want {w}, got {g}"));
        }
    }
    if !want["urheber"].is_null() {
        let mut wp: Vec<String> = strings(want["urheber"].get("personen"))
            .iter()
            .map(|s| alnum(s))
            .collect();
        let mut gp: Vec<String> = strings(got["urheber"].get("personen"))
            .iter()
            .map(|s| alnum(s))
            .collect();
        wp.sort();
        gp.sort();
        if wp != gp {
            out.push(format!("personen: want {wp:?}, got {gp:?}"));
        }
        let mut wf: Vec<String> = strings(want["urheber"].get("fraktionen"))
            .iter()
            .map(|s| fraktion(s))
            .collect();
        let mut gf: Vec<String> = strings(got["urheber"].get("fraktionen"))
            .iter()
            .map(|s| fraktion(s))
            .collect();
        for v in [&mut wf, &mut gf] {
            v.sort();
            v.dedup();
        }
        if wf != gf {
            out.push(format!("fraktionen: want {wf:?}, got {gf:?}"));
        }
    }
    out
}

/// The first place where two JSON values differ, as a path with both values (shortened).
#[allow(clippy::many_single_char_names, reason = "left, right and their parts")]
pub fn first_difference(path: &str, a: &Value, b: &Value) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                let w = y.get(k).unwrap_or(&Value::Null);
                if let Some(d) = first_difference(&format!("{path}.{k}"), v, w) {
                    return Some(d);
                }
            }
            y.keys()
                .find(|k| !x.contains_key(*k))
                .map(|k| format!("{path}.{k}: missing on the left"))
        }
        (Value::Array(x), Value::Array(y)) => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                if let Some(d) = first_difference(&format!("{path}[{i}]"), v, w) {
                    return Some(d);
                }
            }
            (x.len() != y.len()).then(|| {
                format!(
                    "{path}: {} items, then {} items; first extra: {}",
                    x.len(),
                    y.len(),
                    short(
                        x.get(y.len())
                            .or_else(|| y.get(x.len()))
                            .unwrap_or(&Value::Null)
                    )
                )
            })
        }
        _ if a == b => None,
        (Value::String(x), Value::String(y)) => {
            // long texts: from a little before the first character that differs
            let gleich = x.chars().zip(y.chars()).take_while(|(c, d)| c == d).count();
            let ab = |s: &str| {
                let t: String = s
                    .chars()
                    .skip(gleich.saturating_sub(30))
                    .take(100)
                    .collect();
                if gleich > 30 {
                    format!("\"…{t}\"")
                } else {
                    format!("\"{t}\"")
                }
            };
            Some(format!("{path}: {} ≠ {}", ab(x), ab(y)))
        }
        _ => Some(format!("{path}: {} ≠ {}", short(a), short(b))),
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 160 {
        format!("{}…", s.chars().take(160).collect::<String>())
    } else {
        s
    }
}
