//! The `drucksache` command line: parse printed parliamentary documents into JSON.
//!
//! ```text
//! cargo run --example drucksache                      # the embedded seed document, full JSON
//! cargo run --example drucksache -- parse FILE…       # full JSON of each file
//! cargo run --example drucksache -- meta [--parlament NW] FILE…   # one `meta` line per file
//! cargo run --example drucksache -- render [--markdown] FILE.json  # the printed form of a model
//! ```
//! `-` reads standard input. `meta` goes on after a file that fails, printing
//! `{"file": …, "fehler": …}` for it, and exits with status 1 at the end.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use drucksache::{Drucksache, Format, Options, Parlament};

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
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
