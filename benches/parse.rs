//! Parsing throughput over real documents: the crate's annotated fixtures, or a corpus folder
//! named by `DRUCKSACHE_CORPUS` (every `*.txt` below it).
//!
//! ```text
//! cargo bench --bench parse
//! DRUCKSACHE_CORPUS=../shared/corpus/bundestag cargo bench --bench parse
//! ```
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use drucksache::Drucksache;

fn texts(dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            texts(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            if let Ok(t) = std::fs::read_to_string(&p) {
                out.push(t);
            }
        }
    }
}

fn corpus() -> Vec<String> {
    let dir = std::env::var_os("DRUCKSACHE_CORPUS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annotated"),
        PathBuf::from,
    );
    let mut out = Vec::new();
    texts(&dir, &mut out);
    out
}

fn parse(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(format!("full/{}-docs", docs.len()), |b| {
        b.iter(|| {
            for d in &docs {
                let _ = std::hint::black_box(Drucksache::parse(d));
            }
        });
    });
    g.throughput(Throughput::Elements(docs.len() as u64));
    g.bench_function(format!("meta/{}-docs", docs.len()), |b| {
        b.iter(|| {
            for d in &docs {
                let _ = std::hint::black_box(Drucksache::parse(d).map(|d| d.meta()));
            }
        });
    });
    g.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
