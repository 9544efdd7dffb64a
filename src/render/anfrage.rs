//! The question paper: askers (`der Abgeordneten … und der Fraktion der AfD`), title, preamble,
//! the line that introduces the questions, the questions with their sub-questions, the closing.

use super::{Satz, aufzaehlung, datum_kurz, datum_lang, kopf};
use crate::{
    Drucksache, Frage, Fragenummer, Fraktion, KleineAnfrage, Parlament, Unterzeichnung, Urheber,
};

/// A question paper as its parliament prints it.
pub(super) fn drucksache(s: &mut Satz, d: &Drucksache, a: &KleineAnfrage) {
    kopf::kopf(s, d, Some(&typzeile(a)));
    eroeffnung(s, d, a);
    if let Some(v) = &a.vorbemerkung {
        if !v.ueberschrift.is_empty() {
            s.ueberschrift(3, &v.ueberschrift);
        }
        for p in &v.absaetze {
            s.absatz(p);
        }
    }
    einleitung(s, d, &a.urheber);
    fragen(s, &a.fragen);
    if let Some(u) = &a.unterzeichnung {
        unterzeichnung(s, u);
    }
}

/// The type line of a question paper: the instrument and its running number.
pub(super) fn typzeile(a: &KleineAnfrage) -> String {
    match &a.nummer {
        Some(n) => format!("{} {n}", a.anfrageart),
        None => a.anfrageart.to_string(),
    }
}

/// The askers, the date of asking and the title, after the type line.
fn eroeffnung(s: &mut Satz, d: &Drucksache, a: &KleineAnfrage) {
    if let Some(u) = urheber(&a.urheber) {
        s.absatz(&u);
    }
    if let Some(datum) = a.datum {
        s.absatz(&format!("vom {}", datum_kurz(datum)));
    }
    titel(s, d.titel.as_deref().or(a.titel.as_deref()));
}

/// The title, a line of its own (a heading in Markdown).
pub(super) fn titel(s: &mut Satz, titel: Option<&str>) {
    if let Some(t) = titel {
        s.ueberschrift(2, t);
    }
}

/// The askers as printed: `der Abgeordneten A, B, weiterer Abgeordneter und der Fraktion der
/// AfD`; members of different factions in groups joined by `sowie`.
pub(super) fn urheber(u: &Urheber) -> Option<String> {
    let mut gruppen: Vec<(Vec<&str>, Option<&str>)> = Vec::new();
    for p in &u.personen {
        match gruppen.last_mut() {
            Some((namen, f)) if *f == p.fraktion.as_deref() => namen.push(&p.name),
            _ => gruppen.push((vec![&p.name], p.fraktion.as_deref())),
        }
    }
    if gruppen.is_empty() {
        if u.weitere {
            gruppen.push((Vec::new(), None));
        } else {
            return None;
        }
    }
    let letzte = gruppen.len() - 1;
    let teile: Vec<String> = gruppen
        .iter()
        .enumerate()
        .map(|(i, (namen, fraktion))| {
            let mut namen: Vec<String> = namen.iter().map(|n| (*n).to_owned()).collect();
            if i == letzte && u.weitere {
                namen.push("weiterer Abgeordneter".to_owned());
            }
            let anrede = if namen.len() == 1 && !(i == letzte && u.weitere) {
                "des Abgeordneten"
            } else {
                "der Abgeordneten"
            };
            match fraktion.and_then(|f| u.fraktionen.iter().find(|x| x.name == f)) {
                Some(f) => format!("{anrede} {} und {}", namen.join(", "), fraktion_dativ(f)),
                None => match fraktion {
                    Some(f) => format!("{anrede} {} und der Fraktion der {f}", namen.join(", ")),
                    None => format!("{anrede} {}", aufzaehlung(&namen)),
                },
            }
        })
        .collect();
    Some(teile.join(" sowie "))
}

/// `der Fraktion der AfD`, `der Fraktion Die Linke`, `der Gruppe BSW`.
fn fraktion_dativ(f: &Fraktion) -> String {
    format!("der {}", f.bezeichnung())
}

/// The line that introduces the questions: `Wir fragen die Bundesregierung:`, `Ich frage die
/// Landesregierung:` (a single asker in a Landtag).
pub(super) fn einleitung(s: &mut Satz, d: &Drucksache, u: &Urheber) {
    let allein = u.personen.len() == 1 && !u.weitere && d.kopf.parlament != Some(Parlament::BT);
    let verb = if allein { "Ich frage" } else { "Wir fragen" };
    let line = format!("{verb} {}:", s.profil.regierung_akkusativ);
    s.absatz(&line);
}

/// The questions of a paper, each with its sub-questions.
pub(super) fn fragen(s: &mut Satz, fragen: &[Frage]) {
    for f in fragen {
        frage(s, f, true);
    }
}

/// One question: `1. Wie viele …?`, its sub-questions `a) …` below it (unless they are
/// printed apart, each before its own answer).
pub(super) fn frage(s: &mut Satz, f: &Frage, mit_unterfragen: bool) {
    s.block();
    let nr = nummer(&f.nummer);
    if s.md && f.nummer.teile().len() > 1 {
        s.nummeriert(&format!("**{nr}**"), &f.text);
    } else {
        s.nummeriert(&nr, &f.text);
    }
    if mit_unterfragen {
        for u in &f.unterfragen {
            unterfrage_zeile(s, u);
        }
    }
    s.block();
}

/// A sub-question on a line of its own: `a) In wie vielen Fällen …?`.
pub(super) fn unterfrage_zeile(s: &mut Satz, u: &crate::Unterfrage) {
    let buchstabe = u.nummer.buchstabe().unwrap_or('a');
    if s.md {
        s.nummeriert(&format!("   - {buchstabe})"), &u.text);
    } else {
        s.nummeriert(&format!("{buchstabe})"), &u.text);
    }
}

/// A question number as printed at a line start: `3.`, `1.2`.
pub(super) fn nummer(n: &Fragenummer) -> String {
    if n.teile().len() == 1 && n.buchstabe().is_none() {
        format!("{n}.")
    } else {
        n.to_string()
    }
}

/// The closing: `Berlin, den 18. September 2025` and the signature, in lines shorter than the
/// parser's limit for a signature line.
pub(super) fn unterzeichnung(s: &mut Satz, u: &Unterzeichnung) {
    s.block();
    if let Some(ort) = &u.ort {
        let line = match u.datum {
            Some(d) => format!("{ort}, den {}", datum_lang(d)),
            None => format!("{ort}, den"),
        };
        s.zeile(&line);
    }
    for line in umbrechen(&u.text, 100) {
        let t = s.text(&line);
        s.zeile(&t);
    }
    s.block();
}

/// Breaks `text` at spaces into lines of at most `breite` bytes (longer words stand alone).
fn umbrechen(text: &str, breite: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > breite {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}
