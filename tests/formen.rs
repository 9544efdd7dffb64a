//! The metamorphic suite of issue 5: one document, every text form.
//!
//! Each document is parsed as it is, then its text is rewritten into the other forms a user may
//! get it in, and each rewrite must give the same `meta` line and the same model up to what
//! [`Drucksache::ohne_druckform`] sets aside (spans, diagnostics, printed forms):
//!
//! - `seiten`: page furniture every [`SEITE`] lines, a form feed, a running head with the page
//!   number (in the parliament's style) or a bare or dashed page number;
//! - `trennung`: syllable hyphenation of long words at line ends (`Maß-` / `nahme …`);
//! - `sperrung`: letter-spaced section headings (`V o r b e m e r k u n g  d e r …`);
//! - `markdown`: Markdown headings with emphasis, bold questions, escaped numbers and
//!   markup characters, two trailing spaces as line breaks;
//! - `pdf`: `seiten`, `trennung` and `sperrung` together, as a PDF text layer has them;
//! - the byte forms `bom` (UTF-8 with byte order mark), `crlf` (Windows line ends),
//!   `latin1` (Windows-1252, where the text fits in it) and `utf16`, read through
//!   [`Drucksache::from_bytes`].
//!
//! Checked for every annotated fixture and every Bundestag and Bundesrat fixture; when
//! `DRUCKSACHE_SHARED` names the shared folder (.ci/run sets it), also for a spread sample of
//! `DRUCKSACHE_FORMEN_ANZAHL` documents (default 320, up to 64 KiB each) of its Bundestag,
//! Bundesrat and Niedersachsen corpus folders.

mod util;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use drucksache::{Drucksache, Options, Parlament};
use serde_json::Value;

/// Lines per page in the `seiten` form.
const SEITE: usize = 50;

/// The length from which a line counts as full, so that a print would hyphenate at its end.
const VOLL: usize = 40;

/// A text form the suite rewrites a document into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Seiten,
    Trennung,
    Sperrung,
    Markdown,
    Pdf,
    Bom,
    Crlf,
    Latin1,
    Utf16,
}

const FORMEN: [Form; 9] = [
    Form::Seiten,
    Form::Trennung,
    Form::Sperrung,
    Form::Markdown,
    Form::Pdf,
    Form::Bom,
    Form::Crlf,
    Form::Latin1,
    Form::Utf16,
];

impl Form {
    fn name(self) -> &'static str {
        match self {
            Form::Seiten => "seiten",
            Form::Trennung => "trennung",
            Form::Sperrung => "sperrung",
            Form::Markdown => "markdown",
            Form::Pdf => "pdf",
            Form::Bom => "bom",
            Form::Crlf => "crlf",
            Form::Latin1 => "latin1",
            Form::Utf16 => "utf16",
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The rewrites

/// The document's running head for page `seite` (from 2), in the style of its parliament.
fn kopfzeilen(doc: &Drucksache, seite: usize) -> Vec<String> {
    let nr = doc.kopf.dokumentnummer.as_ref().map(ToString::to_string);
    let wp = doc.kopf.wahlperiode;
    match (doc.kopf.parlament, nr, wp) {
        (Some(Parlament::BT), Some(nr), Some(wp)) if seite % 2 == 0 => vec![format!(
            "Drucksache {nr} – {seite} – Deutscher Bundestag – {wp}. Wahlperiode"
        )],
        (Some(Parlament::BT), Some(nr), Some(wp)) => vec![format!(
            "Deutscher Bundestag – {wp}. Wahlperiode – {seite} – Drucksache {nr}"
        )],
        (Some(Parlament::BR), Some(nr), _) => vec![format!("Drucksache {nr} - {seite} -")],
        (Some(p), Some(nr), Some(wp)) => vec![
            format!("{} – {wp}. Wahlperiode Drucksache {nr}", p.name()),
            String::new(),
        ],
        (Some(p), None, Some(wp)) => vec![
            format!("{} – {wp}. Wahlperiode", p.name()),
            format!("– {seite} –"),
        ],
        _ => vec![format!("- {seite} -")],
    }
}

/// Page furniture every [`SEITE`] lines (a short document gets one page break two thirds in):
/// on even pages a bare page number closes the page before, on odd ones the head carries it.
fn seiten(text: &str, doc: &Drucksache) -> Option<String> {
    if text.contains('\x0c') {
        // already paged: its footnotes stand at its own pages' feet
        return None;
    }
    let zeilen: Vec<&str> = text.lines().collect();
    // a page breaks inside running text, between two lines that are not blank: the text form
    // does not show whether a paragraph ended at a page's foot, so the suite does not ask
    let im_text = |i: usize| {
        i > 0
            && zeilen.get(i - 1).is_some_and(|z| !z.trim().is_empty())
            && zeilen.get(i).is_some_and(|z| !z.trim().is_empty())
    };
    let naechster = |i: usize| (i..zeilen.len()).find(|&j| im_text(j));
    let mut brueche: Vec<usize> = (SEITE..zeilen.len())
        .step_by(SEITE)
        .filter_map(naechster)
        .collect();
    brueche.dedup();
    if brueche.is_empty() && zeilen.len() >= 24 {
        brueche.extend(naechster(zeilen.len() * 2 / 3));
    }
    let mut out = String::with_capacity(text.len() + 200);
    let mut seite = 1;
    for (i, z) in zeilen.iter().enumerate() {
        if brueche.contains(&i) {
            seite += 1;
            if seite % 3 == 0 {
                // a bare page number at the foot of the page ending
                let _ = writeln!(out, "{}", seite - 1);
            }
            out.push('\x0c');
            for k in kopfzeilen(doc, seite) {
                out.push_str(&k);
                out.push('\n');
            }
        }
        out.push_str(z);
        out.push('\n');
    }
    Some(out)
}

/// Where a word may be broken: after a vowel before one consonant and a vowel (`Ma-ße`), or
/// between two consonants between vowels (`Hal-tung`), never inside `ch`, `ck`, `sch`, `ph`,
/// `th`, `qu`, and leaving at least four letters on each side. The last such place is taken.
fn trennstelle(wort: &[char]) -> Option<usize> {
    let vokal = |c: char| "aeiouäöüyAEIOUÄÖÜ".contains(c);
    let n = wort.len();
    let mut best = None;
    for i in 4..n.saturating_sub(3) {
        let (a, b) = (wort[i - 1], wort[i]);
        let c = wort.get(i + 1).copied().unwrap_or(' ');
        let untrennbar = matches!(
            (a, b),
            ('c', 'h' | 'k') | ('s', 'c') | ('p' | 't', 'h') | ('q', 'u')
        ) || (b == 'c' && c == 'h');
        if untrennbar || !b.is_lowercase() || !a.is_lowercase() {
            continue;
        }
        let v_kv = vokal(a) && !vokal(b) && vokal(c);
        let k_kv = !vokal(a) && !vokal(b) && vokal(c) && i >= 2 && vokal(wort[i - 2]);
        if v_kv || k_kv {
            best = Some(i);
        }
    }
    best
}

/// Syllable hyphenation: the last word of a full line (at least [`VOLL`] characters), when it
/// is long and the next line goes on in lower case (running text), is broken and its tail moved
/// to the next line.
fn trennung(text: &str) -> String {
    let mut zeilen: Vec<String> = text.lines().map(str::to_owned).collect();
    for i in 0..zeilen.len().saturating_sub(1) {
        // a form feed ends a line too: a page's last line and the next page's head are no
        // running text; nor is a running head that stands in the text
        let kopf =
            |z: &str| z.contains('\x0c') || (z.contains("Drucksache") && z.contains("Wahlperiode"));
        if zeilen[i].chars().count() < VOLL || kopf(&zeilen[i]) || kopf(&zeilen[i + 1]) {
            continue;
        }
        let weiter = zeilen[i + 1].chars().next().is_some_and(char::is_lowercase);
        if !weiter {
            continue;
        }
        let zeile = zeilen[i].trim_end();
        let start = zeile.rfind(' ').map_or(0, |p| p + 1);
        let wort: Vec<char> = zeile[start..].chars().collect();
        if wort.len() < 10 || !wort.iter().all(|c| c.is_alphabetic()) {
            continue;
        }
        let Some(at) = trennstelle(&wort) else {
            continue;
        };
        let vorne: String = wort[..at].iter().collect();
        let hinten: String = wort[at..].iter().collect();
        let neu = format!("{}{vorne}-", &zeile[..start]);
        let naechste = format!("{hinten} {}", zeilen[i + 1]);
        zeilen[i] = neu;
        zeilen[i + 1] = naechste;
    }
    let mut out = zeilen.join("\n");
    out.push('\n');
    out
}

/// Section headings a print may letter-space or a converter may mark as a heading.
fn ueberschrift(zeile: &str) -> bool {
    const GENAU: [&str; 10] = [
        "Antwort",
        "Kleine Anfrage",
        "Große Anfrage",
        "Anfrage",
        "Begründung",
        "Vorbemerkung",
        "Vorbemerkungen",
        "Antwort der Bundesregierung",
        "Antwort der Landesregierung",
        "Antwort des Senats",
    ];
    let t = zeile.trim();
    GENAU.contains(&t)
        || (t.starts_with("Vorbemerkung ")
            && t.split(' ').count() <= 6
            && t.chars().all(|c| c.is_alphabetic() || c == ' '))
}

/// Letter spacing: `V o r b e m e r k u n g  d e r  F r a g e s t e l l e r`.
fn gesperrt(zeile: &str) -> String {
    zeile
        .trim()
        .split(' ')
        .map(|w| {
            let mut s = String::new();
            for (k, c) in w.chars().enumerate() {
                if k > 0 {
                    s.push(' ');
                }
                s.push(c);
            }
            s
        })
        .collect::<Vec<_>>()
        .join("  ")
}

fn sperrung(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 100);
    for z in text.lines() {
        if ueberschrift(z) {
            out.push_str(&gesperrt(z));
        } else {
            out.push_str(z);
        }
        out.push('\n');
    }
    out
}

/// A question line: `1. Wie …`, `12. Welche …`.
fn fragezeile(z: &str) -> Option<(&str, &str)> {
    let digits = z.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = z[digits..].strip_prefix(". ")?;
    rest.starts_with(char::is_uppercase)
        .then(|| (&z[..digits], rest))
}

/// Markdown as converters write it: headings (with emphasis on every other one), questions in
/// bold or with the number escaped, `*`, `_`, `[` and `]` escaped, two trailing spaces where a
/// line goes on in the same paragraph.
fn markdown(text: &str) -> Option<String> {
    if text.starts_with("---\n") || text.lines().any(|l| l.starts_with("## ")) {
        // already Markdown
        return None;
    }
    let zeilen: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() * 11 / 10);
    let mut ueberschriften = 0;
    let mut fragen = 0;
    let mut erste = true;
    for (i, z) in zeilen.iter().enumerate() {
        if erste && !z.trim().is_empty() {
            // the converter's document heading: the first line
            erste = false;
            let _ = writeln!(out, "# {}", z.trim());
            continue;
        }
        let escaped: String = z
            .chars()
            .flat_map(|c| {
                let esc = matches!(c, '*' | '_' | '[' | ']');
                esc.then_some('\\').into_iter().chain(std::iter::once(c))
            })
            .collect();
        let weiter = zeilen.get(i + 1).is_some_and(|n| !n.trim().is_empty());
        // a heading where the text shows one: a section label, or a heading line after a
        // blank line (a Markdown heading always begins a paragraph)
        let nach_leerzeile = i > 0 && zeilen.get(i - 1).is_some_and(|z| z.trim().is_empty());
        if ueberschrift(z) && (z.starts_with("Vorbemerkung") || nach_leerzeile) {
            ueberschriften += 1;
            if ueberschriften % 2 == 0 {
                let _ = writeln!(out, "#### ***{}***", z.trim());
            } else {
                let _ = writeln!(out, "## {}", z.trim());
            }
            continue;
        }
        if let Some((nr, rest)) = fragezeile(&escaped) {
            fragen += 1;
            if fragen % 2 == 0 {
                let _ = write!(out, "{nr}\\. {rest}");
            } else {
                let _ = write!(out, "{nr}. **{}**", rest.trim_end());
            }
        } else {
            out.push_str(&escaped);
        }
        if weiter && !escaped.trim().is_empty() {
            out.push_str("  ");
        }
        out.push('\n');
    }
    Some(out)
}

/// Windows-1252, where every character of the text has a byte there.
fn latin1(text: &str) -> Option<Vec<u8>> {
    const HOCH: [(char, u8); 27] = [
        ('€', 0x80),
        ('‚', 0x82),
        ('ƒ', 0x83),
        ('„', 0x84),
        ('…', 0x85),
        ('†', 0x86),
        ('‡', 0x87),
        ('ˆ', 0x88),
        ('‰', 0x89),
        ('Š', 0x8a),
        ('‹', 0x8b),
        ('Œ', 0x8c),
        ('Ž', 0x8e),
        ('‘', 0x91),
        ('’', 0x92),
        ('“', 0x93),
        ('”', 0x94),
        ('•', 0x95),
        ('–', 0x96),
        ('—', 0x97),
        ('˜', 0x98),
        ('™', 0x99),
        ('š', 0x9a),
        ('›', 0x9b),
        ('œ', 0x9c),
        ('ž', 0x9e),
        ('Ÿ', 0x9f),
    ];
    text.chars()
        .map(|c| match u32::from(c) {
            0..=0x7f | 0xa0..=0xff => u8::try_from(u32::from(c)).ok(),
            _ => HOCH.iter().find(|(h, _)| *h == c).map(|&(_, b)| b),
        })
        .collect()
}

/// The input of `form`, as text or as bytes; `None` where the form does not apply (text that
/// Windows-1252 cannot hold).
fn umformen(text: &str, doc: &Drucksache, form: Form) -> Option<Vec<u8>> {
    Some(match form {
        Form::Seiten => seiten(text, doc)?.into_bytes(),
        Form::Trennung => trennung(text).into_bytes(),
        Form::Sperrung => sperrung(text).into_bytes(),
        Form::Markdown => markdown(text)?.into_bytes(),
        Form::Pdf => {
            let t = sperrung(&trennung(text));
            seiten(&t, doc).unwrap_or(t).into_bytes()
        }
        Form::Bom => {
            let mut b = b"\xef\xbb\xbf".to_vec();
            b.extend_from_slice(text.as_bytes());
            b
        }
        Form::Crlf => text
            .replace("\r\n", "\n")
            .replace('\n', "\r\n")
            .into_bytes(),
        Form::Latin1 => latin1(text)?,
        Form::Utf16 => {
            let mut b = vec![0xff, 0xfe];
            for u in text.encode_utf16() {
                b.extend_from_slice(&u.to_le_bytes());
            }
            b
        }
    })
}

// ---------------------------------------------------------------------------------------------
// The check

/// A document to check: where it is from, its text and the options to parse it with.
struct Fall {
    name: String,
    text: String,
    options: Options,
}

/// The first difference between the original's model and a form's, if there is one.
fn vergleich(original: &Drucksache, form: &Drucksache) -> Option<String> {
    let ma = serde_json::to_value(original.meta()).expect("meta serializes");
    let mb = serde_json::to_value(form.meta()).expect("meta serializes");
    if ma != mb {
        return Some(format!(
            "meta{}",
            util::first_difference("", &ma, &mb).unwrap_or_default()
        ));
    }
    if original.gleicher_inhalt(form) {
        return None;
    }
    let a = serde_json::to_value(original.ohne_druckform()).expect("model serializes");
    let b = serde_json::to_value(form.ohne_druckform()).expect("model serializes");
    Some(util::first_difference("", &a, &b).unwrap_or_else(|| "differs".to_owned()))
}

/// Every form of one document: `(form, difference)` for each form that differs, and how many
/// forms were checked.
fn pruefe(fall: &Fall) -> (usize, Vec<(Form, String)>) {
    let Ok(original) = Drucksache::parse_with(&fall.text, &fall.options) else {
        // a text that is no document stays none in every form; not this suite's subject
        return (0, Vec::new());
    };
    let mut geprueft = 0;
    let mut fehler = Vec::new();
    for form in FORMEN {
        let Some(bytes) = umformen(&fall.text, &original, form) else {
            continue;
        };
        geprueft += 1;
        match Drucksache::from_bytes_with(&bytes, &fall.options) {
            Ok(doc) => {
                if let Some(d) = vergleich(&original, &doc) {
                    fehler.push((form, d));
                }
            }
            Err(e) => fehler.push((form, format!("fails: {e}"))),
        }
    }
    (geprueft, fehler)
}

/// Documents whose forms do not all give the same model yet, from
/// `tests/fixtures/formen_known_failures.txt`: `name form` per line, `#` comments.
fn known_failures() -> Vec<(String, String)> {
    util::read(&util::fixtures().join("formen_known_failures.txt"))
        .lines()
        .filter_map(|l| {
            let mut w = l.split('#').next().unwrap_or("").split_whitespace();
            Some((w.next()?.to_owned(), w.next()?.to_owned()))
        })
        .collect()
}

/// Runs the suite over `faelle`; panics with every new failure.
fn suite(was: &str, faelle: &[Fall]) {
    let known = known_failures();
    // byte input with a BOM, CRLF, Windows-1252 or UTF-16 must always give the model of the
    // clean UTF-8: these forms are never allowed to be known failures
    for (name, form) in &known {
        assert!(
            !["bom", "crlf", "latin1", "utf16"].contains(&form.as_str()),
            "{name} {form}: the byte forms may not be listed as known failures"
        );
    }
    let mut dokumente = 0;
    let mut formen = 0;
    let mut fehlgeschlagen = 0;
    let mut ganz = 0; // documents passing in every form
    let mut neu = Vec::new();
    let mut bekannt_ok = Vec::new();
    for fall in faelle {
        let (n, fehler) = pruefe(fall);
        if n == 0 {
            continue;
        }
        dokumente += 1;
        formen += n;
        fehlgeschlagen += fehler.len();
        ganz += usize::from(fehler.is_empty());
        for (form, d) in &fehler {
            if !known
                .iter()
                .any(|(k, f)| *k == fall.name && f == form.name())
            {
                neu.push(format!("{} {:<9} # {d}", fall.name, form.name()));
            }
        }
        for (k, f) in &known {
            if *k == fall.name && !fehler.iter().any(|(form, _)| form.name() == f) {
                bekannt_ok.push(format!("{k} {f}"));
            }
        }
    }
    for k in &bekannt_ok {
        eprintln!("{k} now passes: remove it from formen_known_failures.txt");
    }
    eprintln!(
        "forms ({was}): {dokumente} documents ({ganz} in every form), {formen} document forms, {} pass, {fehlgeschlagen} known or new failures ({} new)",
        formen - fehlgeschlagen,
        neu.len()
    );
    assert!(dokumente > 0, "no documents for {was}");
    assert!(
        neu.is_empty(),
        "{} document forms newly differ from the original ({was}):\n{}",
        neu.len(),
        neu.join("\n")
    );
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

fn annotated_options(path: &Path) -> Options {
    let truth: Value =
        serde_json::from_str(&util::read(&path.with_extension("json"))).expect("ground truth JSON");
    let mut options = Options::new();
    if let Some(p) = truth["parlament_hinweis"].as_str() {
        options = options.parlament(p.parse::<Parlament>().expect("a parliament code"));
    }
    options
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn annotated_documents_read_the_same_in_every_form() {
    let faelle: Vec<Fall> = txt_files(&util::fixtures().join("annotated"))
        .iter()
        .map(|p| Fall {
            name: stem(p),
            text: util::read(p),
            options: annotated_options(p),
        })
        .collect();
    assert!(faelle.len() >= 24);
    suite("annotated", &faelle);
}

#[test]
fn fixture_documents_read_the_same_in_every_form() {
    let mut faelle = Vec::new();
    for ordner in ["bundestag", "bundesrat", "niedersachsen"] {
        let dir = util::fixtures().join(ordner);
        if !dir.is_dir() {
            continue;
        }
        for p in txt_files(&dir) {
            faelle.push(Fall {
                name: format!("fixtures/{ordner}/{}", stem(&p)),
                text: util::read(&p),
                options: Options::new(),
            });
        }
    }
    suite("fixtures", &faelle);
}

/// The files a corpus folder lists in its manifest (last column).
fn manifest_files(dir: &Path) -> Vec<String> {
    util::read(&dir.join("manifest.tsv"))
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next_back().map(str::to_owned))
        .filter(|f| Path::new(f).extension().is_some_and(|x| x == "txt"))
        .collect()
}

#[test]
fn corpus_documents_read_the_same_in_every_form() {
    let Ok(shared) = std::env::var("DRUCKSACHE_SHARED") else {
        eprintln!("DRUCKSACHE_SHARED not set: the corpus forms are skipped");
        return;
    };
    let anzahl: usize = std::env::var("DRUCKSACHE_FORMEN_ANZAHL")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(320);
    // `DRUCKSACHE_FORMEN_NUR`: only the sampled documents whose name holds this (to look into one)
    let nur = std::env::var("DRUCKSACHE_FORMEN_NUR").ok();
    let corpus = Path::new(&shared).join("corpus");
    let ordner = ["bundestag", "bundesrat", "niedersachsen"];
    // documents up to 64 KiB (nine in ten of the corpus): the suite parses each ten times
    let groesse =
        |o: &str, f: &str| std::fs::metadata(corpus.join(o).join(f)).map_or(u64::MAX, |m| m.len());
    let listen: Vec<(&str, Vec<String>)> = ordner
        .iter()
        .map(|o| {
            let files = manifest_files(&corpus.join(o))
                .into_iter()
                .filter(|f| groesse(o, f) <= 64 * 1024)
                .collect();
            (*o, files)
        })
        .collect();
    let gesamt: usize = listen.iter().map(|(_, l)| l.len()).sum();
    let mut faelle = Vec::new();
    for (o, files) in &listen {
        // each folder in proportion, at least 40 (or all it has), spread evenly over it
        let n = (anzahl * files.len())
            .div_ceil(gesamt.max(1))
            .max(40)
            .min(files.len());
        for k in 0..n {
            let f = &files[k * files.len() / n];
            if nur
                .as_ref()
                .is_some_and(|nur| !format!("{o}/{f}").contains(nur.as_str()))
            {
                continue;
            }
            faelle.push(Fall {
                name: format!("{o}/{f}"),
                text: util::read(&corpus.join(o).join(f)),
                options: Options::new(),
            });
        }
    }
    for o in ordner {
        if nur.is_some() {
            break;
        }
        assert!(
            faelle.iter().any(|f| f.name.starts_with(o)),
            "no documents from {o}"
        );
    }
    suite("corpus", &faelle);
}

#[test]
fn the_rewrites_do_what_they_say() {
    assert_eq!(
        gesperrt("Vorbemerkung der Fragesteller"),
        "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r"
    );
    let t = trennung("Die Bundesregierung plant Verwaltungsmaßnahmen\nin allen Ländern.\n");
    assert_eq!(
        t,
        "Die Bundesregierung plant Verwaltungsmaß-\nnahmen in allen Ländern.\n"
    );
    assert_eq!(
        trennung("Unterrichtung\ndurch die Bundesregierung\n"),
        "Unterrichtung\ndurch die Bundesregierung\n"
    );
    assert_eq!(trennstelle(&"Haltung".chars().collect::<Vec<_>>()), None);
    let m = markdown(
        "Kopf\nVorbemerkung der Fragesteller\nText *mit* Stern\nund weiter.\n1. Wie viele?\n2. Wer?\n\nAntwort\n",
    )
    .expect("plain text");
    assert_eq!(
        m,
        "# Kopf\n## Vorbemerkung der Fragesteller\nText \\*mit\\* Stern  \nund weiter.  \n1. **Wie viele?**  \n2\\. Wer?\n\n#### ***Antwort***\n"
    );
    assert_eq!(latin1("Maß – 5 €"), Some(b"Ma\xdf \x96 5 \x80".to_vec()));
    assert_eq!(latin1("Ǆ"), None);
    let doc = Drucksache::parse(&util::read(
        &util::fixtures().join("annotated/BT-21-375.txt"),
    ))
    .expect("parses");
    assert_eq!(
        kopfzeilen(&doc, 2),
        ["Drucksache 21/375 – 2 – Deutscher Bundestag – 21. Wahlperiode"]
    );
    let mut text = String::new();
    for i in 0..120 {
        let _ = writeln!(text, "Zeile {i}");
    }
    let s = seiten(&text, &doc).expect("not paged yet");
    assert_eq!(seiten("a\x0cb", &doc), None);
    assert_eq!(s.matches('\x0c').count(), 2);
    assert!(s.contains("Zeile 99\n2\n\x0cDeutscher Bundestag – 21. Wahlperiode – 3 – Drucksache 21/375\nZeile 100\n"), "{s}");
}
