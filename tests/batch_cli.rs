//! The example CLI's `batch` subcommand: one NDJSON line per document with a summary on
//! standard error, and a valid NDJSON prefix when interrupted with Ctrl-C (a real SIGINT).

mod util;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;

/// The example binary beside this test's binary, brought up to date first with this test's
/// features (`cargo test` builds examples, `cargo test --test batch_cli` does not).
fn cli() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().expect("test binary path");
        let profile = exe
            .parent()
            .and_then(Path::parent)
            .expect("target/<profile>/deps");
        let features: Vec<&str> = [
            ("rayon", cfg!(feature = "rayon")),
            ("schemars", cfg!(feature = "schemars")),
            ("oparl", cfg!(feature = "oparl")),
            ("dip", cfg!(feature = "dip")),
        ]
        .into_iter()
        .filter_map(|(f, on)| on.then_some(f))
        .collect();
        let mut build = Command::new(env!("CARGO"));
        build.args(["build", "--quiet", "--example", "drucksache"]);
        if !features.is_empty() {
            build.arg("--features").arg(features.join(","));
        }
        if profile.file_name().is_some_and(|n| n == "release") {
            build.arg("--release");
        }
        let status = build.status().expect("cargo runs");
        assert!(status.success(), "cargo build --example drucksache failed");
        profile
            .join("examples")
            .join(format!("drucksache{}", std::env::consts::EXE_SUFFIX))
    })
    .clone()
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

/// Parses every line as a JSON object with a `file`, and returns the files in order.
fn ndjson_files(out: &str) -> Vec<String> {
    out.lines()
        .enumerate()
        .map(|(i, line)| {
            let v: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("line {} is no JSON ({e}): {line:.80}", i + 1));
            v.get("file")
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("line {} has no file: {line:.80}", i + 1))
                .to_owned()
        })
        .collect()
}

#[test]
fn batch_writes_one_line_per_document_and_a_summary() {
    let dir = util::fixtures().join("bundestag");
    let files = txt_files(&dir);
    let out = std::env::temp_dir().join(format!("drucksache-batch-{}.ndjson", std::process::id()));
    let run = Command::new(cli())
        .args(["batch", "--meta", "--out"])
        .arg(&out)
        .arg(&dir)
        .output()
        .expect("the CLI runs");
    let written = std::fs::read_to_string(&out).expect("output written");
    let _ = std::fs::remove_file(&out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    let seen = ndjson_files(&written);
    let expected: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    assert_eq!(seen, expected, "one line per file, in order");
    let n = files.len();
    assert!(
        stderr.contains(&format!("{n} of {n} documents")),
        "summary: {stderr}"
    );
    assert!(stderr.contains("documents/s"), "throughput: {stderr}");
    // meta lines carry the facts
    let first: Value = serde_json::from_str(written.lines().next().unwrap_or("")).unwrap();
    assert!(first.get("dokumentnummer").is_some(), "{first}");
}

#[test]
fn a_failing_document_is_a_line_too() {
    let dir = std::env::temp_dir().join(format!("drucksache-batch-fail-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "Hello, world").unwrap();
    std::fs::write(
        dir.join("b.txt"),
        util::read(&util::fixtures().join("annotated/BT-21-375.txt")),
    )
    .unwrap();
    let run = Command::new(cli())
        .arg("batch")
        .arg(&dir)
        .output()
        .expect("the CLI runs");
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&run.stdout);
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(lines[0]["art"], "NotADrucksache");
    assert!(
        lines[0]["fehler"]
            .as_str()
            .is_some_and(|f| f.contains("line 1")),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1]["kopf"]["dokumentnummer"], "21/375");
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("1 failed (NotADrucksache 1)"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_leaves_a_valid_ndjson_prefix() {
    // a folder of copies of the annotated fixtures, large enough to be interrupted mid-way
    let dir = std::env::temp_dir().join(format!("drucksache-batch-int-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let sources = txt_files(&util::fixtures().join("annotated"));
    let copies = 4000;
    for i in 0..copies {
        let src = &sources[i % sources.len()];
        std::fs::copy(src, dir.join(format!("{i:05}.txt"))).unwrap();
    }
    let out = dir.with_extension("ndjson");
    let child = Command::new(cli())
        .args(["batch", "--threads", "1", "--out"])
        .arg(&out)
        .arg(&dir)
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI runs");
    // interrupt as soon as the first lines are out
    let start = Instant::now();
    while std::fs::metadata(&out).map_or(0, |m| m.len()) == 0 {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "no output after 2 minutes"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let kill = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(kill.success());
    let run = child.wait_with_output().expect("the CLI ends");
    let written = std::fs::read_to_string(&out).expect("output written");
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_file(&out);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(130), "stderr: {stderr}");
    assert!(stderr.contains("interrupted"), "summary: {stderr}");
    assert!(written.ends_with('\n'), "the last line is whole");
    let seen = ndjson_files(&written);
    assert!(
        !seen.is_empty() && seen.len() < copies,
        "{} of {copies} lines: not interrupted mid-way",
        seen.len()
    );
    for (i, f) in seen.iter().enumerate() {
        assert!(f.ends_with(&format!("{i:05}.txt")), "line {i} is {f}");
    }
}

#[cfg(feature = "dip")]
#[test]
fn batch_reads_a_dip_list_response() {
    let file = util::fixtures().join("dip/drucksache-text.json");
    let run = Command::new(cli())
        .args(["batch", "--meta"])
        .arg(&file)
        .output()
        .expect("the CLI runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let raw: Value = serde_json::from_str(&util::read(&file)).expect("JSON");
    let records = raw["documents"].as_array().expect("documents");
    assert_eq!(lines.len(), records.len(), "{stdout}");
    for (i, (line, record)) in lines.iter().zip(records).enumerate() {
        assert_eq!(line["file"], format!("{}#{}", file.display(), i + 1));
        assert_eq!(line["dip_id"], record["id"]);
        assert_eq!(line["pdf_url"], record["fundstelle"]["pdf_url"]);
        assert_eq!(line["dokumentnummer"], record["dokumentnummer"]);
    }
    let stderr = String::from_utf8_lossy(&run.stderr);
    let n = records.len();
    assert!(
        stderr.contains(&format!("{n} of {n} documents")),
        "{stderr}"
    );
}

#[cfg(feature = "oparl")]
#[test]
fn oparl_prints_linked_papers_then_persons_and_organizations() {
    let dir = util::fixtures().join("annotated");
    let run = Command::new(cli())
        .args(["oparl", "--base", "https://oparl.example.org/"])
        .arg(dir.join("BT-21-375.txt"))
        .arg(dir.join("BT-21-162.txt"))
        .output()
        .expect("the CLI runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let types: Vec<&str> = lines.iter().filter_map(|l| l["type"].as_str()).collect();
    assert_eq!(types.len(), lines.len());
    assert_eq!(&types[..2], ["https://schema.oparl.org/1.1/Paper"; 2]);
    assert!(
        types[2..]
            .iter()
            .all(|t| t.ends_with("/Person") || t.ends_with("/Organization"))
    );
    let (antwort, anfrage) = (&lines[0], &lines[1]);
    assert_eq!(antwort["id"], "https://oparl.example.org/paper/BT/21/375");
    assert_eq!(antwort["superordinatedPaper"][0], anfrage["id"]);
    assert_eq!(anfrage["subordinatedPaper"][0], antwort["id"]);
    let ids: Vec<&str> = lines.iter().filter_map(|l| l["id"].as_str()).collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "each object once");
}

#[cfg(feature = "schemars")]
#[test]
fn schema_prints_the_committed_schema() {
    let run = Command::new(cli())
        .arg("schema")
        .output()
        .expect("the CLI runs");
    let committed =
        util::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/drucksache.schema.json"));
    assert!(
        String::from_utf8_lossy(&run.stdout) == committed,
        "schema differs"
    );
}
