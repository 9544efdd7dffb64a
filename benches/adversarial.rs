//! Inputs designed to hurt, at 1 MB and at 16 MB: parsing must stay linear, so the time may grow
//! at most 20× for 16× the input (issue 6). The inputs are those of `tests/util/hostile.rs`:
//! lines of `1. `, one line of 16 MB, nested `a)` items, a Kleine Anfrage header over and over,
//! answers with many questions and labels, wide question ranges, runs of hyphenated lines,
//! unclosed Markdown links, footnote pages, running heads, random bytes, real documents
//! repeated, and prefixes of a real document.
//!
//! ```text
//! cargo bench --bench adversarial -- --warm-up-time 1 --measurement-time 5
//! cargo bench --bench adversarial -- eins_punkt        # one input
//! ```
//! The figures land in `target/criterion/adversarial/<input>/<size>/new/estimates.json`.
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

#[path = "../tests/util/hostile.rs"]
mod hostile;

use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use drucksache::Drucksache;

const MB: usize = 1 << 20;

/// The sizes every input is parsed at.
const GROESSEN: [(&str, usize); 2] = [("1MB", MB), ("16MB", 16 * MB)];

/// Eight prefixes of `text`, from an eighth to all of it: parsing them is linear work too.
fn praefixe(text: &str) -> Vec<&str> {
    (1..=8)
        .map(|k| {
            let mut end = text.len() * k / 8;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.get(..end).unwrap_or(text)
        })
        .collect()
}

fn adversarial(c: &mut Criterion) {
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for (name, make) in hostile::ALLE {
        for (label, bytes) in GROESSEN {
            let input = make(bytes);
            g.throughput(Throughput::Bytes(input.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, label), &input, |b, input| {
                b.iter(|| std::hint::black_box(Drucksache::parse(input)));
            });
        }
    }
    let seed = include_str!("../tests/fixtures/annotated/NW-17-seed.txt");
    for (label, bytes) in GROESSEN {
        let text = hostile::wiederholt(seed, bytes);
        let prefixes = praefixe(&text);
        let total: usize = prefixes.iter().map(|p| p.len()).sum();
        g.throughput(Throughput::Bytes(total as u64));
        g.bench_with_input(
            BenchmarkId::new("praefixe", label),
            &prefixes,
            |b, prefixes| {
                b.iter(|| {
                    for p in prefixes {
                        let _ = std::hint::black_box(Drucksache::parse(p));
                    }
                });
            },
        );
    }
    g.finish();
}

criterion_group!(benches, adversarial);
criterion_main!(benches);
