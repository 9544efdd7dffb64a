//! Parsing throughput over real documents held in memory, against the limit of a memchr
//! newline count over the same bytes: `scan` (the limit), `kopf` (header only,
//! [`Kopf::parse`]), `full` ([`Drucksache::parse`]) and `meta` (parse and [`Drucksache::meta`]),
//! over all documents and per document type. Documents: every `*.txt` below the folder named
//! by `DRUCKSACHE_CORPUS`, else the crate's annotated fixtures (`benches/util/korpus.rs`).
//!
//! ```text
//! DRUCKSACHE_CORPUS=../shared/corpus/bundestag cargo bench --bench parse
//! DRUCKSACHE_CORPUS=../shared/corpus/bundestag cargo bench --bench parse -- alle/   # all documents only
//! ```
//! After criterion's own lines, a table gives each benchmark in MB/s and documents/s (from the
//! same samples) and the ratio of the full parse to the newline scan.
#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]
#![allow(
    clippy::cast_precision_loss,
    reason = "counts shown as rates, far below 2^52"
)]

#[path = "util/korpus.rs"]
mod korpus;

use std::cell::RefCell;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use drucksache::{Drucksache, Kopf};

/// What one benchmark measured: its name, bytes and documents per iteration, iterations run
/// and the time they took (every sample of the run together).
struct Messung {
    name: String,
    bytes: usize,
    docs: usize,
    iters: u64,
    zeit: Duration,
}

thread_local! {
    static MESSUNGEN: RefCell<Vec<Messung>> = const { RefCell::new(Vec::new()) };
}

fn scan(d: &str) -> usize {
    memchr::memchr_iter(b'\n', d.as_bytes()).count()
}

fn kopf(d: &str) -> usize {
    Kopf::parse(d).map_or(0, |k| k.urheber.len())
}

fn full(d: &str) -> usize {
    Drucksache::parse(d).map_or(0, |d| d.verweise.len())
}

fn meta(d: &str) -> usize {
    Drucksache::parse(d).map_or(0, |d| d.meta().urheber.personen.len())
}

/// What a benchmark runs on each document.
type Art = fn(&str) -> usize;

const ARTEN: [(&str, Art); 4] = [
    ("scan", scan),
    ("kopf", kopf),
    ("full", full),
    ("meta", meta),
];

/// Runs each of `arten` over `docs` as one benchmark of group `gruppe`.
fn gruppe(c: &mut Criterion, gruppe: &str, docs: &[&str], arten: &[&str]) {
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mut g = c.benchmark_group(gruppe);
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .throughput(Throughput::Bytes(bytes as u64));
    for &(art, f) in ARTEN.iter().filter(|(a, _)| arten.contains(a)) {
        let name = format!("{gruppe}/{art}");
        g.bench_function(art, |b| {
            b.iter_custom(|iters| {
                let start = Instant::now();
                for _ in 0..iters {
                    for d in docs {
                        std::hint::black_box(f(std::hint::black_box(d)));
                    }
                }
                let zeit = start.elapsed();
                MESSUNGEN.with_borrow_mut(|m| match m.iter_mut().find(|m| m.name == name) {
                    Some(m) => {
                        m.iters += iters;
                        m.zeit += zeit;
                    }
                    None => m.push(Messung {
                        name: name.clone(),
                        bytes,
                        docs: docs.len(),
                        iters,
                        zeit,
                    }),
                });
                zeit
            });
        });
    }
    g.finish();
}

/// Prints the table of the measurements and the ratio of the full parse to the scan.
fn tabelle() {
    MESSUNGEN.with_borrow(|m| {
        if m.is_empty() {
            return;
        }
        println!("\n| benchmark | documents | MB | MB/s | documents/s |");
        println!("|---|---:|---:|---:|---:|");
        for x in m {
            let s = x.zeit.as_secs_f64() / x.iters as f64;
            println!(
                "| {} | {} | {:.1} | {:.1} | {:.0} |",
                x.name,
                x.docs,
                x.bytes as f64 / 1e6,
                x.bytes as f64 / 1e6 / s,
                x.docs as f64 / s
            );
        }
        let rate = |n: &str| {
            m.iter()
                .find(|x| x.name == n)
                .map(|x| x.iters as f64 / x.zeit.as_secs_f64())
        };
        let gruppen: Vec<&str> = m
            .iter()
            .filter_map(|x| x.name.split_once('/'))
            .map(|(g, _)| g)
            .collect();
        let mut gesehen = Vec::new();
        for g in gruppen {
            if gesehen.contains(&g) {
                continue;
            }
            gesehen.push(g);
            if let (Some(f), Some(s)) = (rate(&format!("{g}/full")), rate(&format!("{g}/scan"))) {
                println!("{g}: full parse at 1/{:.0} of the newline scan", s / f);
            }
        }
    });
}

fn main() {
    let docs = korpus::laden();
    let (dir, env) = korpus::ordner();
    if docs.is_empty() {
        eprintln!("no documents below {}: nothing to measure", dir.display());
        return;
    }
    eprintln!(
        "{} documents, {:.1} MB, from {}{}",
        docs.len(),
        docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6,
        dir.display(),
        if env {
            ""
        } else {
            " (set DRUCKSACHE_CORPUS for a corpus)"
        }
    );
    let mut c = Criterion::default().configure_from_args();
    let alle: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    gruppe(&mut c, "alle", &alle, &["scan", "kopf", "full", "meta"]);
    for (typ, ds) in korpus::nach_typ(&docs, 20) {
        let texte: Vec<&str> = ds.iter().map(|d| d.text.as_str()).collect();
        gruppe(
            &mut c,
            &typ.replace(' ', "_"),
            &texte,
            &["scan", "kopf", "full"],
        );
    }
    c.final_summary();
    tabelle();
}
