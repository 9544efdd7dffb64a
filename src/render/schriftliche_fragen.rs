//! The Bundestag's weekly Schriftliche Fragen and the questions for a Fragestunde, in the
//! layout the parser reads (LAYOUTS.md 2.5):
//!
//! ```text
//! Schriftliche Fragen / mit den in der Woche vom 5. Mai 2025 eingegangenen Antworten …
//! Verzeichnis der Fragenden / Alhamwi, Alaa, Dr. (BÜNDNIS 90/DIE GRÜNEN) . . . . 76
//! Geschäftsbereich des Bundesministeriums für Wirtschaft und Klimaschutz
//! 3. Abgeordnete / Lisa Badum / (BÜNDNIS 90/DIE GRÜNEN) / <question>
//! Antwort des Staatssekretärs Bernhard Kluttig vom 7. Mai 2025 / <answer>
//! Berlin, den 9. Mai 2025 / annexes
//! ```
//!
//! The index of questions by Geschäftsbereich, which only gives page numbers, is not printed.

use super::antwort::{Kasus, phrase};
use super::{Satz, aufzaehlung, datum_lang, inline, kopf};
use crate::{Drucksache, Einzelantwort, Fragender, Person, SchriftlicheFrage, SchriftlicheFragen};

/// A collection: title, index of askers, each question under its Geschäftsbereich with asker,
/// question and answer, the closing and the annexes.
pub(super) fn schriftliche_fragen(s: &mut Satz, d: &Drucksache, f: &SchriftlicheFragen) {
    let typ = d
        .kopf
        .drucksachetyp
        .as_ref()
        .map_or("Schriftliche Fragen", |t| t.as_str());
    kopf::kopf(s, d, Some(typ));
    // the title starts with the type line and goes on below it
    let titel = match (d.titel.as_deref(), f.woche_vom) {
        (Some(t), _) => Some(t.to_owned()),
        (None, Some(w)) => Some(format!(
            "{typ} mit den in der Woche vom {} eingegangenen Antworten der Bundesregierung",
            datum_lang(w)
        )),
        (None, None) => None,
    };
    if let Some(t) = titel {
        let rest = t.strip_prefix(typ).unwrap_or(&t).trim();
        if !rest.is_empty() {
            s.ueberschrift(2, rest);
        }
    }
    verzeichnis(s, &f.fragende);
    let mut bereich = None;
    for frage in &f.fragen {
        if let Some(r) = frage.geschaeftsbereich.as_ref() {
            if bereich != Some(&r.name) {
                let wer = if r.gedruckt.is_empty() {
                    phrase(&r.name, Kasus::Genitiv)
                } else {
                    r.gedruckt.clone()
                };
                s.ueberschrift(3, &format!("Geschäftsbereich {wer}"));
                bereich = Some(&r.name);
            }
        }
        item(s, frage);
    }
    if let Some(u) = &f.schluss {
        if let (Some(ort), Some(datum)) = (&u.ort, u.datum) {
            s.absatz(&format!("{ort}, den {}", datum_lang(datum)));
        }
    }
    for a in &f.anlagen {
        if !a.ueberschrift.is_empty() {
            s.ueberschrift(3, &a.ueberschrift);
        }
        for p in &a.absaetze {
            s.absatz(p);
        }
    }
}

/// The index of askers: `Verzeichnis der Fragenden`, one entry a line, `Aken, Jan van (Die
/// Linke) . . . . 18, 19` (Markdown: a list).
fn verzeichnis(s: &mut Satz, fragende: &[Fragender]) {
    if fragende.is_empty() {
        return;
    }
    s.ueberschrift(3, "Verzeichnis der Fragenden");
    for e in fragende {
        let eintrag = if e.gedruckt.is_empty() {
            eintrag(&e.person)
        } else {
            e.gedruckt.clone()
        };
        let nummern: Vec<String> = e.fragen.iter().map(ToString::to_string).collect();
        let nummern = nummern.join(", ");
        if s.md {
            s.listenzeile(&format!("- {}: {nummern}", inline(&eintrag)));
        } else {
            s.zeile(&format!("{eintrag} . . . . {nummern}"));
        }
    }
    s.block();
}

/// An index entry for a member: surname first, then given names and title, qualifiers and the
/// faction in brackets: `Dr. Alaa Alhamwi` → `Alhamwi, Alaa, Dr. (BÜNDNIS 90/DIE GRÜNEN)`,
/// `Stephan Mayer (Altötting)` → `Mayer, Stephan (Altötting) (CDU/CSU)`.
fn eintrag(p: &Person) -> String {
    let titel = p.titel.as_deref().unwrap_or("");
    let mut rest = p.name.strip_prefix(titel).unwrap_or(&p.name).trim();
    let mut zusaetze = Vec::new();
    while let Some(innen) = rest.strip_suffix(')') {
        let Some(auf) = innen.rfind('(') else { break };
        zusaetze.push(innen.get(auf..).unwrap_or("").to_owned() + ")");
        rest = innen.get(..auf).unwrap_or("").trim_end();
    }
    let mut out = match rest.rsplit_once(' ') {
        Some((vorname, nachname)) => format!("{nachname}, {vorname}"),
        None => rest.to_owned(),
    };
    if !titel.is_empty() {
        out.push_str(", ");
        out.push_str(titel);
    }
    for z in zusaetze.iter().rev() {
        out.push(' ');
        out.push_str(z);
    }
    if let Some(f) = &p.fraktion {
        out.push_str(" (");
        out.push_str(f);
        out.push(')');
    }
    out
}

/// One item: `3. Abgeordnete` / name / `(Faction)`, the question, the answer line and the
/// answer.
fn item(s: &mut Satz, frage: &SchriftlicheFrage) {
    s.block();
    let fraktion = frage.person.fraktion.as_deref();
    if s.md {
        let wer = match fraktion {
            Some(f) => format!("{} ({f})", frage.person.name),
            None => frage.person.name.clone(),
        };
        s.zeile(&format!(
            "**{}. Abgeordnete** {}",
            frage.nummer,
            inline(&wer)
        ));
    } else {
        // the name and the bracketed faction on lines of their own: the question follows them
        s.zeile(&format!("{}. Abgeordnete", frage.nummer));
        s.zeile(&frage.person.name);
        if let Some(f) = fraktion {
            s.zeile(&format!("({f})"));
        }
    }
    s.absatz(&frage.text);
    if let Some(a) = &frage.antwort {
        antwort(s, a);
    }
}

/// The answer line (`Antwort des Parlamentarischen Staatssekretärs Max Muster vom 6. Mai
/// 2025`), a grouped answer's sentence naming its questions, the paragraphs.
fn antwort(s: &mut Satz, a: &Einzelantwort) {
    let kopfzeile = if a.gedruckt.is_empty() {
        let mut z = format!("Antwort {}", phrase(&a.amt, Kasus::Genitiv));
        if !a.name.is_empty() {
            z.push(' ');
            z.push_str(&a.name);
        }
        if let Some(d) = a.datum {
            z.push_str(" vom ");
            z.push_str(&datum_lang(d));
        }
        z
    } else {
        a.gedruckt.clone()
    };
    s.ueberschrift(4, &kopfzeile);
    if a.gemeinsam {
        let nummern: Vec<String> = a.fragen.iter().map(ToString::to_string).collect();
        s.absatz(&format!(
            "Die Fragen {} werden gemeinsam beantwortet.",
            aufzaehlung(&nummern)
        ));
    }
    for p in &a.absaetze {
        s.absatz(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The answer line declines the office as the answering bodies are declined.
    #[test]
    fn offices_in_the_genitive() {
        let amt_genitiv = |amt: &str| phrase(amt, Kasus::Genitiv);
        assert_eq!(
            amt_genitiv("Parlamentarischer Staatssekretär"),
            "des Parlamentarischen Staatssekretärs"
        );
        assert_eq!(
            amt_genitiv("Parlamentarische Staatssekretärin"),
            "der Parlamentarischen Staatssekretärin"
        );
        assert_eq!(amt_genitiv("Staatsminister"), "des Staatsministers");
        assert_eq!(
            amt_genitiv("Chef des Bundespresseamts"),
            "des Chefs des Bundespresseamts"
        );
    }

    #[test]
    fn index_entries() {
        let mut p = Person::new("Dr. Alaa Alhamwi");
        p.fraktion = Some("BÜNDNIS 90/DIE GRÜNEN".into());
        assert_eq!(eintrag(&p), "Alhamwi, Alaa, Dr. (BÜNDNIS 90/DIE GRÜNEN)");
        let mut p = Person::new("Stephan Mayer (Altötting)");
        p.fraktion = Some("CDU/CSU".into());
        assert_eq!(eintrag(&p), "Mayer, Stephan (Altötting) (CDU/CSU)");
    }
}
