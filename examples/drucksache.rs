//! The `drucksache` command line: parse printed parliamentary documents into JSON.
//!
//! ```text
//! cargo run --example drucksache                      # the embedded seed document, full JSON
//! cargo run --example drucksache -- parse FILE…       # full JSON of each file
//! cargo run --example drucksache -- meta [--parlament NW] FILE…   # one `meta` line per file
//! cargo run --example drucksache -- render [--markdown] FILE.json  # the printed form of a model
//! cargo run --release --example drucksache -- batch [--meta] [--out FILE.ndjson] DIR|FILE…
//! cargo run --example drucksache --features schemars -- schema     # the JSON Schema of the model
//! cargo run --example drucksache --features oparl -- oparl --base URL FILE…  # OParl 1.1 objects
//! ```
//! `-` reads standard input. `meta` goes on after a file that fails, printing
//! `{"file": …, "fehler": …}` for it, and exits with status 1 at the end.
//!
//! `batch` walks folders for `*.txt` files, parses them (in parallel with feature `rayon`) and
//! writes one NDJSON line per document in input order: `{"file": …, …the model or meta…}`, or
//! `{"file": …, "fehler": …, "art": …}` for a document that fails. A summary goes to standard
//! error. Ctrl-C stops it after the current line: what was written is a valid NDJSON prefix.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use clap::{Parser, Subcommand};
use drucksache::{Drucksache, Format, Options, Parlament};
use serde::Serialize;

/// The seed document: a Markdown conversion of an Antwort of the Landesregierung NRW.
const SEED: &str = include_str!("../tests/fixtures/annotated/NW-17-seed.txt");

#[derive(Parser)]
#[command(
    version,
    about = "Parse printed documents of German parliaments into JSON"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the full model of each file as JSON.
    Parse {
        /// Parliament code (BT, BR, NW, …) when the text does not show it.
        #[arg(long)]
        parlament: Option<Parlament>,
        /// Fail on the first diagnostic instead of returning a partial result.
        #[arg(long)]
        strict: bool,
        /// Files to read; `-` is standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print one JSON line of facts (`meta`) per file, in order.
    Meta {
        /// Parliament code (BT, BR, NW, …) when the text does not show it.
        #[arg(long)]
        parlament: Option<Parlament>,
        /// Files to read; `-` is standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the printed form of a model (JSON as `parse` prints it) as plain text.
    Render {
        /// Markdown for the web instead of plain text.
        #[arg(long)]
        markdown: bool,
        /// The model as JSON; `-` is standard input.
        file: PathBuf,
    },
    /// Parse many documents into NDJSON, one line per document, with a summary on stderr.
    Batch {
        /// Write `meta` lines instead of the full model.
        #[arg(long)]
        meta: bool,
        /// Parliament code (BT, BR, NW, …) when the texts do not show it.
        #[arg(long)]
        parlament: Option<Parlament>,
        /// Worker threads (with feature `rayon`; default: one per core).
        #[arg(long)]
        threads: Option<usize>,
        /// The NDJSON file to write; standard output if not given.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Folders (walked for `*.txt`, sorted), text files and, with feature `dip`, DIP API
        /// responses (`*.json`: a record or a list response; `*.jsonl`: one per line).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
    },
    /// Print the JSON Schema of the model as `parse` and `batch` write it (feature `schemars`).
    #[cfg(feature = "schemars")]
    Schema,
    /// Print the documents as `OParl` 1.1 objects, one per line: the Papers (linked among each
    /// other), then their Persons and Organizations (feature `oparl`).
    #[cfg(feature = "oparl")]
    Oparl {
        /// The base URL of the ids, e.g. `https://example.org/oparl`.
        #[arg(long)]
        base: String,
        /// Parliament code (BT, BR, NW, …) when the texts do not show it.
        #[arg(long)]
        parlament: Option<Parlament>,
        /// Text files; `-` is standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

/// The bytes of a file or of standard input; decoding is the library's job
/// ([`Drucksache::from_bytes_with`]: UTF-8, UTF-16, Windows-1252).
fn read(path: &PathBuf) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    }
    Ok(bytes)
}

fn options(parlament: Option<Parlament>, strict: bool) -> Options {
    let mut o = Options::new().strict(strict);
    if let Some(p) = parlament {
        o = o.parlament(p);
    }
    o
}

/// One NDJSON line: the file name, then the fields of the model or of its `meta`.
#[derive(Serialize)]
struct Zeile<'a, T: Serialize> {
    file: &'a str,
    /// DIP's record id, for DIP input.
    #[serde(skip_serializing_if = "Option::is_none")]
    dip_id: Option<&'a str>,
    /// DIP's PDF link, for DIP input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pdf_url: Option<&'a str>,
    #[serde(flatten)]
    inhalt: &'a T,
}

/// A document that failed: its file, the message (with line and column) and the error kind.
#[derive(Serialize)]
struct Fehlerzeile<'a> {
    file: &'a str,
    fehler: &'a str,
    art: &'a str,
}

/// What one document of a batch gave: its NDJSON line and, if it failed, the kind of failure.
struct Ergebnis {
    zeile: String,
    fehler: Option<String>,
}

/// One input of a batch: a text file, or a DIP record read from a JSON file.
enum Eingabe {
    Datei(PathBuf),
    #[cfg(feature = "dip")]
    Dip(String, Box<drucksache::dip::DipDrucksache>),
    /// An input that could not be read as a whole (a DIP file that is no DIP JSON).
    #[cfg_attr(not(feature = "dip"), allow(dead_code))]
    Fehler(String, String),
}

/// A failure line and its kind.
fn fehlerzeile(file: &str, art: &str, msg: &str) -> Ergebnis {
    Ergebnis {
        zeile: serde_json::to_string(&Fehlerzeile {
            file,
            fehler: msg,
            art,
        })
        .unwrap_or_default(),
        fehler: Some(art.to_owned()),
    }
}

/// The line of a parsed document: the model or its `meta`, with DIP's id and PDF if known.
fn modellzeile(
    file: &str,
    doc: &Drucksache,
    meta: bool,
    dip: (Option<&str>, Option<&str>),
) -> Ergebnis {
    let zeile = if meta {
        serde_json::to_string(&Zeile {
            file,
            dip_id: dip.0,
            pdf_url: dip.1,
            inhalt: &doc.meta(),
        })
    } else {
        serde_json::to_string(&Zeile {
            file,
            dip_id: dip.0,
            pdf_url: dip.1,
            inhalt: doc,
        })
    };
    match zeile {
        Ok(zeile) => Ergebnis {
            zeile,
            fehler: None,
        },
        Err(e) => fehlerzeile(file, "Json", &e.to_string()),
    }
}

/// The error kind as serde names it (`NotADrucksache`).
fn art(e: &drucksache::Error) -> String {
    serde_json::to_value(e.kind())
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Reads, parses and serializes one input of a batch (on a worker thread).
fn batch_eins(eingabe: Eingabe, opts: &Options, meta: bool) -> Ergebnis {
    match eingabe {
        Eingabe::Datei(path) => {
            let file = path.display().to_string();
            let bytes = match std::fs::read(&path) {
                Ok(b) => b,
                Err(e) => return fehlerzeile(&file, "Io", &format!("cannot read {file}: {e}")),
            };
            match Drucksache::from_bytes_with(&bytes, opts) {
                Ok(doc) => modellzeile(&file, &doc, meta, (None, None)),
                Err(e) => fehlerzeile(&file, &art(&e), &e.to_string()),
            }
        }
        #[cfg(feature = "dip")]
        Eingabe::Dip(file, record) => match record.parse_with(opts) {
            Ok(doc) => modellzeile(
                &file,
                &doc.drucksache,
                meta,
                (Some(&doc.dip.id), doc.dip.fundstelle.pdf_url.as_deref()),
            ),
            Err(e) => fehlerzeile(&file, &art(&e), &e.to_string()),
        },
        Eingabe::Fehler(file, msg) => fehlerzeile(&file, "Json", &msg),
    }
}

/// The records of a DIP JSON file: `*.json` holds a list response or one record, `*.jsonl`
/// one of either per line. Each is labelled `FILE#N` (N counting from 1).
#[cfg(feature = "dip")]
fn dip_eingaben(path: &Path, out: &mut Vec<Eingabe>) -> io::Result<()> {
    use drucksache::dip::{DipDrucksache, DipListe};
    let text = std::fs::read_to_string(path)?;
    let file = path.display().to_string();
    let jsonl = path
        .extension()
        .is_some_and(|x| x == "jsonl" || x == "ndjson");
    let stuecke: Vec<(usize, &str)> = if jsonl {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| (i + 1, l))
            .collect()
    } else {
        vec![(1, text.as_str())]
    };
    let mut n = 0;
    for (zeile, stueck) in stuecke {
        let records = serde_json::from_str::<DipListe>(stueck)
            .map(|l| l.documents)
            .or_else(|_| serde_json::from_str::<DipDrucksache>(stueck).map(|r| vec![r]));
        match records {
            Ok(records) => {
                for r in records {
                    n += 1;
                    out.push(Eingabe::Dip(format!("{file}#{n}"), Box::new(r)));
                }
            }
            Err(e) => out.push(Eingabe::Fehler(
                format!("{file}:{zeile}"),
                format!("line {zeile}: no DIP record or list response: {e}"),
            )),
        }
    }
    Ok(())
}

/// The `*.txt` files under `dir`, sorted by path, folders walked recursively.
fn walk(dir: &Path, out: &mut Vec<Eingabe>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(Eingabe::Datei(p));
        }
    }
    Ok(())
}

/// The results of a batch in input order: in parallel with feature `rayon`, else one by one.
fn batch_ergebnisse(
    files: Vec<Eingabe>,
    opts: Options,
    meta: bool,
    threads: Option<usize>,
) -> Box<dyn Iterator<Item = Ergebnis>> {
    #[cfg(feature = "rayon")]
    {
        let mut batch = drucksache::Batch::new();
        if let Some(n) = threads {
            batch = batch.threads(n);
        }
        Box::new(
            batch
                .map(files, move |p| batch_eins(p, &opts, meta))
                .map(|(_, e)| e),
        )
    }
    #[cfg(not(feature = "rayon"))]
    {
        let _ = threads;
        Box::new(files.into_iter().map(move |p| batch_eins(p, &opts, meta)))
    }
}

/// The `batch` subcommand; returns whether every document parsed, or the exit code 130 when
/// interrupted.
fn batch(
    inputs: &[PathBuf],
    out: Option<&Path>,
    opts: Options,
    meta: bool,
    threads: Option<usize>,
) -> ExitCode {
    let start = Instant::now();
    let mut files = Vec::new();
    for input in inputs {
        let r = if input.is_dir() {
            walk(input, &mut files)
        } else if cfg!(feature = "dip")
            && input
                .extension()
                .is_some_and(|x| x == "json" || x == "jsonl" || x == "ndjson")
        {
            #[cfg(feature = "dip")]
            let r = dip_eingaben(input, &mut files);
            #[cfg(not(feature = "dip"))]
            let r = Ok(());
            r
        } else {
            files.push(Eingabe::Datei(input.clone()));
            Ok(())
        };
        if let Err(e) = r {
            eprintln!("cannot read {}: {e}", input.display());
            return ExitCode::FAILURE;
        }
    }
    let gesamt = files.len();
    // Ctrl-C only raises a flag: the loop stops between two lines, so the output stays a
    // sequence of whole lines
    let unterbrochen = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&unterbrochen);
    if let Err(e) = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst)) {
        eprintln!("warning: Ctrl-C is not handled: {e}");
    }
    let mut sink: Box<dyn Write> = match out {
        // unbuffered: each line is one write, so even a hard kill leaves whole lines
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("cannot write {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        },
        None => Box::new(io::stdout().lock()),
    };
    let fortschritt = io::stderr().is_terminal();
    let mut geschrieben = 0usize;
    let mut fehler: BTreeMap<String, usize> = BTreeMap::new();
    for e in batch_ergebnisse(files, opts, meta, threads) {
        if unterbrochen.load(Ordering::SeqCst) {
            break;
        }
        let mut zeile = e.zeile.into_bytes();
        zeile.push(b'\n');
        if let Err(err) = sink.write_all(&zeile) {
            eprintln!("cannot write: {err}");
            return ExitCode::FAILURE;
        }
        geschrieben += 1;
        if let Some(art) = e.fehler {
            *fehler.entry(art).or_default() += 1;
        }
        if fortschritt && (geschrieben % 25 == 0 || geschrieben == gesamt) {
            eprint!("\r{geschrieben}/{gesamt} documents");
        }
    }
    let _ = sink.flush();
    if fortschritt {
        eprintln!();
    }
    let sekunden = start.elapsed().as_secs_f64();
    let fehlgeschlagen: usize = fehler.values().sum();
    let arten: Vec<String> = fehler.iter().map(|(a, n)| format!("{a} {n}")).collect();
    let unterbrochen = unterbrochen.load(Ordering::SeqCst);
    eprintln!(
        "{}{geschrieben} of {gesamt} documents, {} parsed, {fehlgeschlagen} failed{}, {sekunden:.1} s, {:.0} documents/s",
        if unterbrochen { "interrupted: " } else { "" },
        geschrieben - fehlgeschlagen,
        if arten.is_empty() {
            String::new()
        } else {
            format!(" ({})", arten.join(", "))
        },
        f64::from(u32::try_from(geschrieben).unwrap_or(u32::MAX)) / sekunden.max(1e-9),
    );
    if unterbrochen {
        ExitCode::from(130)
    } else if fehlgeschlagen > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The `oparl` subcommand: Papers (linked), then Persons and Organizations, one per line,
/// stamped with the time of the export. Returns whether every file parsed.
#[cfg(feature = "oparl")]
fn oparl(out: &mut impl Write, base: &str, opts: &Options, files: &[PathBuf]) -> bool {
    use drucksache::oparl::{Export, verknuepfen};
    let jetzt = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| chrono::DateTime::from_timestamp(i64::try_from(d.as_secs()).ok()?, 0))
        .unwrap_or_default()
        .fixed_offset();
    let export = Export::new(base, jetzt);
    let mut ok = true;
    let (mut papers, mut personen, mut organisationen) = (Vec::new(), Vec::new(), Vec::new());
    for f in files {
        let parsed = read(f).and_then(|b| {
            let text = String::from_utf8_lossy(&b).into_owned();
            Drucksache::from_bytes_with(&b, opts)
                .map(|d| (d, text))
                .map_err(|e| format!("{}: {e}", f.display()))
        });
        match parsed {
            Ok((doc, text)) => {
                papers.push(export.paper(&doc, Some(&text)));
                personen.extend(export.personen(&doc));
                organisationen.extend(export.organisationen(&doc));
            }
            Err(e) => {
                eprintln!("{e}");
                ok = false;
            }
        }
    }
    verknuepfen(&mut papers);
    let mut seen = std::collections::HashSet::new();
    personen.retain(|p| seen.insert(p.id.clone()));
    organisationen.retain(|o| seen.insert(o.id.clone()));
    let lines = papers
        .iter()
        .map(serde_json::to_string)
        .chain(personen.iter().map(serde_json::to_string))
        .chain(organisationen.iter().map(serde_json::to_string));
    for line in lines.flatten() {
        let _ = writeln!(out, "{line}");
    }
    ok
}

#[allow(clippy::too_many_lines, reason = "one short arm per subcommand")]
fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    match cli.command {
        None => match Drucksache::parse(SEED) {
            Ok(doc) => {
                let _ = serde_json::to_writer_pretty(&mut out, &doc);
                let _ = writeln!(out);
            }
            Err(e) => {
                eprintln!("seed: {e}");
                failed = true;
            }
        },
        Some(Command::Parse {
            parlament,
            strict,
            files,
        }) => {
            let opts = options(parlament, strict);
            for f in &files {
                match read(f)
                    .and_then(|b| Drucksache::from_bytes_with(&b, &opts).map_err(|e| e.to_string()))
                {
                    Ok(doc) => {
                        let _ = serde_json::to_writer_pretty(&mut out, &doc);
                        let _ = writeln!(out);
                    }
                    Err(e) => {
                        eprintln!("{}: {e}", f.display());
                        failed = true;
                    }
                }
            }
        }
        Some(Command::Meta { parlament, files }) => {
            let opts = options(parlament, false);
            for f in &files {
                let file = f.display().to_string();
                let line = match read(f)
                    .and_then(|b| Drucksache::from_bytes_with(&b, &opts).map_err(|e| e.to_string()))
                {
                    Ok(doc) => {
                        let mut v = serde_json::to_value(doc.meta()).unwrap_or_default();
                        if let Some(m) = v.as_object_mut() {
                            m.insert("file".into(), file.into());
                        }
                        v
                    }
                    Err(e) => {
                        failed = true;
                        serde_json::json!({ "file": file, "fehler": e })
                    }
                };
                let _ = writeln!(out, "{line}");
            }
        }
        Some(Command::Render { markdown, file }) => {
            let format = if markdown {
                Format::Markdown
            } else {
                Format::Text
            };
            match read(&file).and_then(|t| {
                serde_json::from_slice::<Drucksache>(&t).map_err(|e| {
                    format!("{}: not a model as `parse` prints it: {e}", file.display())
                })
            }) {
                Ok(doc) => {
                    let _ = out.write_all(doc.render(format).as_bytes());
                }
                Err(e) => {
                    eprintln!("{e}");
                    failed = true;
                }
            }
        }
        Some(Command::Batch {
            meta,
            parlament,
            threads,
            out: ziel,
            inputs,
        }) => {
            drop(out);
            return batch(
                &inputs,
                ziel.as_deref(),
                options(parlament, false),
                meta,
                threads,
            );
        }
        #[cfg(feature = "schemars")]
        Some(Command::Schema) => {
            let _ = serde_json::to_writer_pretty(&mut out, &drucksache::schema());
            let _ = writeln!(out);
        }
        #[cfg(feature = "oparl")]
        Some(Command::Oparl {
            base,
            parlament,
            files,
        }) => {
            failed = !oparl(&mut out, &base, &options(parlament, false), &files);
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
