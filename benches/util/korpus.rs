//! The documents the benches read: every `*.txt` below the folder named by
//! `DRUCKSACHE_CORPUS` (the shared Bundestag corpus, say), else the crate's annotated
//! fixtures. A `manifest.tsv` in the folder (DIP's `drucksachetyp` and `file` columns) gives
//! each document's type; without one the type is what the parser reads.

#![allow(dead_code, unreachable_pub, reason = "each bench uses part of it")]
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use drucksache::Drucksache;

/// A document read into memory.
pub struct Dokument {
    /// The path below the corpus folder.
    pub name: String,
    /// DIP's type, or the parser's where there is no manifest.
    pub typ: String,
    pub text: String,
}

/// The corpus folder and whether it came from `DRUCKSACHE_CORPUS`.
pub fn ordner() -> (PathBuf, bool) {
    match std::env::var_os("DRUCKSACHE_CORPUS") {
        Some(d) => (PathBuf::from(d), true),
        None => (
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annotated"),
            false,
        ),
    }
}

fn texte(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            texte(root, &p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            if let Ok(t) = std::fs::read_to_string(&p) {
                let name = p.strip_prefix(root).unwrap_or(&p).to_string_lossy();
                out.push((name.replace('\\', "/"), t));
            }
        }
    }
}

/// DIP's type of each file, from `manifest.tsv`.
fn manifest(dir: &Path) -> BTreeMap<String, String> {
    let Ok(tsv) = std::fs::read_to_string(dir.join("manifest.tsv")) else {
        return BTreeMap::new();
    };
    let mut lines = tsv.lines();
    let head: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| head.iter().position(|h| *h == name);
    let (Some(typ), Some(file)) = (col("drucksachetyp"), col("file")) else {
        return BTreeMap::new();
    };
    lines
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Some(((*f.get(file)?).to_owned(), (*f.get(typ)?).to_owned()))
        })
        .collect()
}

/// Every document of the corpus, in path order. Empty if the folder has none.
pub fn laden() -> Vec<Dokument> {
    let (dir, _) = ordner();
    let typen = manifest(&dir);
    let mut roh = Vec::new();
    texte(&dir, &dir, &mut roh);
    roh.into_iter()
        .map(|(name, text)| {
            let typ = typen.get(&name).cloned().unwrap_or_else(|| {
                Drucksache::parse(&text)
                    .ok()
                    .and_then(|d| d.kopf.drucksachetyp)
                    .map_or_else(|| "unbekannt".to_owned(), |t| t.as_str().to_owned())
            });
            Dokument { name, typ, text }
        })
        .collect()
}

/// The documents grouped by type: types with at least `min` documents on their own, the
/// rest together as `übrige`.
pub fn nach_typ(docs: &[Dokument], min: usize) -> Vec<(String, Vec<&Dokument>)> {
    let mut gruppen: BTreeMap<&str, Vec<&Dokument>> = BTreeMap::new();
    for d in docs {
        gruppen.entry(d.typ.as_str()).or_default().push(d);
    }
    let mut out = Vec::new();
    let mut uebrige = Vec::new();
    for (typ, ds) in gruppen {
        if ds.len() >= min {
            out.push((typ.to_owned(), ds));
        } else {
            uebrige.extend(ds);
        }
    }
    if !uebrige.is_empty() {
        out.push(("übrige".to_owned(), uebrige));
    }
    out
}
