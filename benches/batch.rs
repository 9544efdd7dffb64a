//! Batch parsing ([`Batch`]) on one and on two threads over the same documents, with the
//! speed-up of two threads over one (needs feature `rayon`). Documents as in
//! `benches/parse.rs` (`DRUCKSACHE_CORPUS`, else the crate's fixtures). On a shared machine
//! the speed-up is only meaningful while no one else keeps the cores busy: give the load
//! average with the figure.
//!
//! ```text
//! DRUCKSACHE_CORPUS=../shared/corpus/bundestag cargo bench --features rayon --bench batch
//! ```
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
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use drucksache::Batch;

thread_local! {
    /// Iterations and time per thread count, every sample together.
    static MESSUNGEN: RefCell<Vec<(usize, u64, Duration)>> = const { RefCell::new(Vec::new()) };
}

fn main() {
    let docs = korpus::laden();
    let (dir, _) = korpus::ordner();
    if docs.is_empty() {
        eprintln!("no documents below {}: nothing to measure", dir.display());
        return;
    }
    let texte: Vec<Arc<str>> = docs.iter().map(|d| Arc::from(d.text.as_str())).collect();
    let bytes: usize = texte.iter().map(|t| t.len()).sum();
    let mut c = Criterion::default().configure_from_args();
    let mut g = c.benchmark_group("batch");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .throughput(Throughput::Bytes(bytes as u64));
    for threads in [1, 2] {
        let batch = Batch::new().threads(threads);
        g.bench_function(format!("threads-{threads}"), |b| {
            b.iter_custom(|iters| {
                let start = Instant::now();
                for _ in 0..iters {
                    for (_, r) in batch.parse(texte.iter().cloned()) {
                        std::hint::black_box(r.map(|d| d.verweise.len()).ok());
                    }
                }
                let zeit = start.elapsed();
                MESSUNGEN.with_borrow_mut(|m| match m.iter_mut().find(|m| m.0 == threads) {
                    Some(m) => {
                        m.1 += iters;
                        m.2 += zeit;
                    }
                    None => m.push((threads, iters, zeit)),
                });
                zeit
            });
        });
    }
    g.finish();
    c.final_summary();
    MESSUNGEN.with_borrow(|m| {
        let rate = |n: usize| {
            m.iter()
                .find(|x| x.0 == n)
                .map(|x| x.1 as f64 / x.2.as_secs_f64())
        };
        for &(n, iters, zeit) in m {
            let s = zeit.as_secs_f64() / iters as f64;
            println!(
                "batch on {n} thread(s): {:.1} MB/s, {:.0} documents/s",
                bytes as f64 / 1e6 / s,
                texte.len() as f64 / s
            );
        }
        if let (Some(a), Some(b)) = (rate(1), rate(2)) {
            println!("2 threads: {:.2}× the throughput of 1", b / a);
        }
    });
}
