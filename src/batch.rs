//! [`Batch`]: many documents parsed in parallel on rayon's threads, results streamed in input
//! order with their index (feature `rayon`).

use std::collections::BTreeMap;
use std::iter::{Enumerate, Fuse};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::thread;
use std::time::Duration;

use crate::{Drucksache, Error, Options};

/// How many documents per thread may be in flight (parsing or parsed but not yet taken) ahead
/// of the one the caller waits for. Enough to keep every thread busy behind one long
/// document: the longest Bundestag Drucksache of the corpus (3 MB) takes as long as about a
/// hundred typical ones, and with eight per thread the other thread ran dry behind it (2
/// threads: 1.67× the throughput of one; with 64, 1.9×). The results held stay bounded by the
/// window.
const JE_THREAD: usize = 64;

/// Parses many documents in parallel and streams the results in input order.
///
/// Inputs are pulled lazily from the iterator the caller passes (a file reader, say), at most a
/// bounded window ahead of the result the caller is waiting for ([`Batch::window`]), so a
/// whole archive can be parsed with the memory of a few hundred documents. Each result comes
/// with the index of its input. Work runs on rayon's global thread pool (sized by
/// `RAYON_NUM_THREADS` or the number of cores), or on a pool of its own with
/// [`Batch::threads`].
///
/// ```
/// use drucksache::{Batch, Parlament};
///
/// let texts = vec![
///     "Deutscher Bundestag Drucksache 21/1\n21. Wahlperiode 06.05.2025\nAntrag\nder Fraktion der SPD\nEin Titel\n".to_owned(),
///     "Hello, world".to_owned(),
/// ];
/// let mut results = Batch::new().threads(2).parse(texts);
/// let (i, first) = results.next().unwrap();
/// assert_eq!(i, 0);
/// assert_eq!(first?.kopf.parlament, Some(Parlament::BT));
/// let (i, second) = results.next().unwrap();
/// assert_eq!(i, 1);
/// assert!(second.is_err());
/// assert!(results.next().is_none());
/// # Ok::<(), drucksache::Error>(())
/// ```
///
/// [`Batch::map`] runs any function of the input in parallel, for example parsing, [`meta`]
/// and serialising together, or reading a file first:
///
/// ```
/// use drucksache::{Batch, Drucksache};
///
/// let texts = ["Kleine Anfrage\nder Abgeordneten Eva Muster SPD\nTitel\nIch frage:\n1. Wie viele?\n"; 3];
/// let anzahl: Vec<Option<usize>> = Batch::new()
///     .map(texts, |t| Drucksache::parse(t).ok().and_then(|d| d.meta().fragen_anzahl))
///     .map(|(_, n)| n)
///     .collect();
/// assert_eq!(anzahl, [Some(1); 3]);
/// ```
///
/// [`meta`]: Drucksache::meta
#[derive(Debug, Clone, Default)]
pub struct Batch {
    options: Options,
    threads: Option<usize>,
    window: Option<usize>,
}

impl Batch {
    /// A batch with default [`Options`] on rayon's global pool.
    pub fn new() -> Self {
        Batch::default()
    }

    /// Parses every document with these options.
    #[must_use]
    pub fn options(mut self, options: Options) -> Self {
        self.options = options;
        self
    }

    /// Runs on a pool of its own with `n` threads (at least one) instead of rayon's global
    /// pool. If the pool cannot be started, the global pool is used.
    #[must_use]
    pub fn threads(mut self, n: usize) -> Self {
        self.threads = Some(n.max(1));
        self
    }

    /// How many inputs may be taken ahead of the result the caller waits for (at least one);
    /// by default 64 per thread. Up to this many results are held until their turn comes: a
    /// smaller window holds less memory where documents are large, a larger one keeps the
    /// threads busy behind a document that takes much longer than the rest.
    #[must_use]
    pub fn window(mut self, n: usize) -> Self {
        self.window = Some(n.max(1));
        self
    }

    /// Parses each text as [`Drucksache::parse_with`] does, in parallel; yields `(index,
    /// result)` in input order.
    pub fn parse<I>(&self, texts: I) -> BatchResults<I::IntoIter, Result<Drucksache, Error>>
    where
        I: IntoIterator,
        I::Item: AsRef<str> + Send + 'static,
    {
        let options = self.options.clone();
        self.map(texts, move |t| Drucksache::parse_with(t.as_ref(), &options))
    }

    /// Applies `f` to each input in parallel; yields `(index, f(input))` in input order. A
    /// panic in `f` is resumed on the caller's thread when its result is due.
    pub fn map<I, F, R>(&self, inputs: I, f: F) -> BatchResults<I::IntoIter, R>
    where
        I: IntoIterator,
        I::Item: Send + 'static,
        F: Fn(I::Item) -> R + Send + Sync + 'static,
        R: Send + 'static,
    {
        let pool = self.threads.and_then(|n| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .thread_name(|i| format!("drucksache-batch-{i}"))
                .build()
                .ok()
        });
        let threads = pool.as_ref().map_or_else(
            rayon::current_num_threads,
            rayon::ThreadPool::current_num_threads,
        );
        let (tx, rx) = mpsc::channel();
        BatchResults {
            inputs: inputs.into_iter().enumerate().fuse(),
            job: Arc::new(f),
            pool,
            tx,
            rx,
            fertig: BTreeMap::new(),
            next: 0,
            started: 0,
            window: self.window.unwrap_or(threads.max(1) * JE_THREAD),
        }
    }
}

/// A finished job: its input's index and the function's result or its panic.
type Fertig<R> = (usize, thread::Result<R>);

/// The results of a [`Batch`], in input order, each with its input's index.
///
/// Dropping it early stops taking inputs; jobs already started finish on the pool and their
/// results are discarded.
pub struct BatchResults<I: Iterator, R> {
    inputs: Fuse<Enumerate<I>>,
    job: Arc<dyn Fn(I::Item) -> R + Send + Sync>,
    pool: Option<rayon::ThreadPool>,
    tx: Sender<Fertig<R>>,
    rx: Receiver<Fertig<R>>,
    /// Results that finished before an earlier one.
    fertig: BTreeMap<usize, thread::Result<R>>,
    /// The index of the next result to yield.
    next: usize,
    /// How many inputs have been started.
    started: usize,
    window: usize,
}

impl<I, R> BatchResults<I, R>
where
    I: Iterator,
    I::Item: Send + 'static,
    R: Send + 'static,
{
    /// Starts inputs until the window ahead of `next` is full or the inputs are exhausted.
    fn fill(&mut self) {
        while self.started - self.next < self.window {
            let Some((i, input)) = self.inputs.next() else {
                return;
            };
            let job = Arc::clone(&self.job);
            let tx = self.tx.clone();
            let work = move || {
                let r = panic::catch_unwind(AssertUnwindSafe(|| job(input)));
                // the receiver is gone only when the caller dropped the results
                let _ = tx.send((i, r));
            };
            match &self.pool {
                Some(pool) => pool.spawn(work),
                None => rayon::spawn(work),
            }
            self.started += 1;
        }
    }

    /// Waits for the next finished job. On a rayon worker thread (the caller inside a parallel
    /// iterator) it runs pending work meanwhile, so that a pool of one thread cannot deadlock.
    fn receive(&self) -> Option<Fertig<R>> {
        loop {
            match self.rx.try_recv() {
                Ok(f) => return Some(f),
                Err(TryRecvError::Disconnected) => return None,
                Err(TryRecvError::Empty) => {}
            }
            match rayon::yield_now() {
                Some(rayon::Yield::Executed) => {}
                Some(rayon::Yield::Idle) => match self.rx.recv_timeout(Duration::from_millis(1)) {
                    Ok(f) => return Some(f),
                    Err(RecvTimeoutError::Disconnected) => return None,
                    Err(RecvTimeoutError::Timeout) => {}
                },
                None => return self.rx.recv().ok(),
            }
        }
    }
}

impl<I, R> Iterator for BatchResults<I, R>
where
    I: Iterator,
    I::Item: Send + 'static,
    R: Send + 'static,
{
    type Item = (usize, R);

    fn next(&mut self) -> Option<(usize, R)> {
        self.fill();
        if self.next == self.started {
            return None;
        }
        loop {
            if let Some(r) = self.fertig.remove(&self.next) {
                let i = self.next;
                self.next += 1;
                self.fill();
                return match r {
                    Ok(r) => Some((i, r)),
                    Err(payload) => panic::resume_unwind(payload),
                };
            }
            // every started job holds a sender, and so does `self`: `None` cannot happen
            let (i, r) = self.receive()?;
            self.fertig.insert(i, r);
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let running = self.started - self.next;
        let (lo, hi) = self.inputs.size_hint();
        (
            lo.saturating_add(running),
            hi.and_then(|h| h.checked_add(running)),
        )
    }
}

impl<I: Iterator, R> std::fmt::Debug for BatchResults<I, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BatchResults")
            .field("next", &self.next)
            .field("started", &self.started)
            .field("window", &self.window)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_with_their_index() {
        // later inputs finish first: the order must still be the input's
        let out: Vec<(usize, u64)> = Batch::new()
            .threads(2)
            .window(4)
            .map(0..40u64, |n| {
                thread::sleep(Duration::from_micros((40 - n) * 50));
                n * n
            })
            .collect();
        assert_eq!(out.len(), 40);
        for (k, (i, v)) in out.iter().enumerate() {
            assert_eq!(*i, k);
            assert_eq!(*v, (k as u64) * (k as u64));
        }
    }

    #[test]
    fn inputs_are_taken_lazily_within_the_window() {
        let taken = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = Arc::clone(&taken);
        let inputs = (0..1000).inspect(move |_| {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        });
        let mut results = Batch::new()
            .threads(1)
            .window(3)
            .map(inputs, |n: i32| n + 1);
        assert_eq!(results.next(), Some((0, 1)));
        assert_eq!(results.next(), Some((1, 2)));
        let seen = taken.load(std::sync::atomic::Ordering::SeqCst);
        assert!((3..=5).contains(&seen), "took {seen} inputs for 2 results");
        assert_eq!(results.size_hint(), (1000 - 2, Some(1000 - 2)));
    }

    #[test]
    fn parse_matches_the_single_document_parse() {
        let texts: Vec<String> = [
            include_str!("../tests/fixtures/annotated/NW-18-13528.txt"),
            include_str!("../tests/fixtures/annotated/BT-21-375.txt"),
            "",
            "Hello, world",
            include_str!("../tests/fixtures/annotated/NW-17-seed.txt"),
        ]
        .map(str::to_owned)
        .into();
        let batch: Vec<_> = Batch::new().parse(texts.clone()).collect();
        assert_eq!(batch.len(), texts.len());
        for ((i, r), t) in batch.into_iter().zip(&texts) {
            assert_eq!(r, Drucksache::parse(t), "document {i}");
        }
    }

    #[test]
    fn a_panic_in_the_function_reaches_the_caller() {
        let r = panic::catch_unwind(|| {
            Batch::new()
                .threads(2)
                .map(0..10, |n| assert!(n != 7, "seven"))
                .count()
        });
        assert!(r.is_err());
    }

    #[test]
    fn a_caller_inside_a_one_thread_pool_does_not_deadlock() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let sum: i32 = pool.install(|| Batch::new().map(0..100, |n| n).map(|(_, n)| n).sum());
        assert_eq!(sum, 4950);
    }
}
