//! Peak heap and allocations while parsing, per document, with a counting global allocator:
//! the peak of the bytes held during [`Drucksache::parse`] (the result included, the input
//! not) against the document's size, for the largest Schriftliche Fragen and over the whole
//! corpus, and the same for the header-only [`Kopf::parse`]. Documents as in `benches/parse.rs`
//! (`DRUCKSACHE_CORPUS`, else the crate's fixtures).
//!
//! ```text
//! DRUCKSACHE_CORPUS=../shared/corpus/bundestag cargo bench --bench memory
//! ```
#![allow(
    unsafe_code,
    reason = "a global allocator that counts is unsafe to implement"
)]
#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "counts and sizes shown as ratios, far below 2^52"
)]

#[path = "util/korpus.rs"]
mod korpus;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use drucksache::{Drucksache, Kopf};

/// The system allocator, counting bytes held, their peak and allocations.
struct Zaehler;

static GEHALTEN: AtomicUsize = AtomicUsize::new(0);
static SPITZE: AtomicUsize = AtomicUsize::new(0);
static ANZAHL: AtomicUsize = AtomicUsize::new(0);

fn dazu(n: usize) {
    let jetzt = GEHALTEN.fetch_add(n, Relaxed) + n;
    SPITZE.fetch_max(jetzt, Relaxed);
}

// SAFETY: every call is passed on to the system allocator unchanged; the counters only watch.
unsafe impl GlobalAlloc for Zaehler {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is the system allocator's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            ANZAHL.fetch_add(1, Relaxed);
            dazu(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            ANZAHL.fetch_add(1, Relaxed);
            dazu(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as for `alloc`.
        unsafe { System.dealloc(ptr, layout) };
        GEHALTEN.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            ANZAHL.fetch_add(1, Relaxed);
            // the old and the new block may both be held while the bytes are copied
            dazu(new_size);
            GEHALTEN.fetch_sub(layout.size(), Relaxed);
        }
        p
    }
}

#[global_allocator]
static ZAEHLER: Zaehler = Zaehler;

/// Peak bytes held above what was held before, and allocations, while `f` runs (its result
/// included: it is dropped after the measurement).
fn messen<R>(f: impl FnOnce() -> R) -> (usize, usize) {
    let vorher = GEHALTEN.load(Relaxed);
    SPITZE.store(vorher, Relaxed);
    let anzahl = ANZAHL.load(Relaxed);
    let r = std::hint::black_box(f());
    let out = (SPITZE.load(Relaxed) - vorher, ANZAHL.load(Relaxed) - anzahl);
    drop(r);
    out
}

struct Zeile<'a> {
    doc: &'a korpus::Dokument,
    spitze: usize,
    anzahl: usize,
    kopf_spitze: usize,
    kopf_anzahl: usize,
}

impl Zeile<'_> {
    fn faktor(&self) -> f64 {
        self.spitze as f64 / self.doc.text.len().max(1) as f64
    }
}

fn quantil(mut v: Vec<f64>, q: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    let i = ((v.len() - 1) as f64 * q).round() as usize;
    v.get(i).copied().unwrap_or(f64::NAN)
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let docs = korpus::laden();
    let (dir, _) = korpus::ordner();
    if docs.is_empty() {
        eprintln!("no documents below {}: nothing to measure", dir.display());
        return;
    }
    let zeilen: Vec<Zeile<'_>> = docs
        .iter()
        .map(|doc| {
            let (spitze, anzahl) = messen(|| Drucksache::parse(&doc.text));
            let (kopf_spitze, kopf_anzahl) = messen(|| Kopf::parse(&doc.text));
            Zeile {
                doc,
                spitze,
                anzahl,
                kopf_spitze,
                kopf_anzahl,
            }
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    println!(
        "{} documents, {:.1} MB, from {}",
        docs.len(),
        bytes as f64 / 1e6,
        dir.display()
    );
    println!(
        "\n| documents | peak heap / size: median | p90 | max | allocations per document: median | per KB |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    let gross: Vec<&Zeile<'_>> = zeilen
        .iter()
        .filter(|z| z.doc.text.len() >= 100_000)
        .collect();
    for (name, auswahl) in [
        ("all", zeilen.iter().collect::<Vec<_>>()),
        ("≥ 100 KB", gross),
    ] {
        if auswahl.is_empty() {
            continue;
        }
        let faktoren: Vec<f64> = auswahl.iter().map(|z| z.faktor()).collect();
        let anzahl: Vec<f64> = auswahl.iter().map(|z| z.anzahl as f64).collect();
        let je_kb = auswahl.iter().map(|z| z.anzahl).sum::<usize>() as f64
            / (auswahl.iter().map(|z| z.doc.text.len()).sum::<usize>() as f64 / 1024.0);
        println!(
            "| {name} ({}) | {:.2}× | {:.2}× | {:.2}× | {:.0} | {:.1} |",
            auswahl.len(),
            quantil(faktoren.clone(), 0.5),
            quantil(faktoren.clone(), 0.9),
            quantil(faktoren, 1.0),
            quantil(anzahl, 0.5),
            je_kb
        );
    }
    println!(
        "\n| document | type | size | peak heap | peak / size | allocations | header only: peak, allocations |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|");
    let mut zeige: Vec<&Zeile<'_>> = Vec::new();
    // the largest Schriftliche Fragen, the largest document, the one with the highest factor
    if let Some(z) = zeilen
        .iter()
        .filter(|z| z.doc.typ == "Schriftliche Fragen")
        .max_by_key(|z| z.doc.text.len())
    {
        zeige.push(z);
    }
    if let Some(z) = zeilen.iter().max_by_key(|z| z.doc.text.len()) {
        zeige.push(z);
    }
    if let Some(z) = zeilen
        .iter()
        .max_by(|a, b| a.faktor().total_cmp(&b.faktor()))
    {
        zeige.push(z);
    }
    for z in zeige {
        println!(
            "| {} | {} | {:.1} KB | {:.1} KB | {:.2}× | {} | {:.1} KB, {} |",
            z.doc.name,
            z.doc.typ,
            z.doc.text.len() as f64 / 1024.0,
            z.spitze as f64 / 1024.0,
            z.faktor(),
            z.anzahl,
            z.kopf_spitze as f64 / 1024.0,
            z.kopf_anzahl
        );
    }
}
