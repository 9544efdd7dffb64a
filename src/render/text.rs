//! Drucksachen the crate does not model in detail (their sections of text) and the Bundestag's
//! weekly Schriftliche Fragen.

use super::anfrage::titel;
use super::{Satz, aufzaehlung, datum_lang, kopf};
use crate::{Drucksache, SchriftlicheFragen, Text};

/// The header, the type, the originators (`der Fraktion der AfD`), the title and the sections.
pub(super) fn text(s: &mut Satz, d: &Drucksache, t: &Text) {
    let typ = d.kopf.drucksachetyp.as_ref().map(|t| t.as_str().to_owned());
    kopf::kopf(s, d, typ.as_deref());
    if let Some(u) = urheber(&d.kopf.urheber) {
        s.absatz(&u);
    }
    titel(s, d.titel.as_deref());
    for a in &t.abschnitte {
        if !a.ueberschrift.is_empty() {
            s.ueberschrift(3, &a.ueberschrift);
        }
        for p in &a.absaetze {
            s.absatz(p);
        }
    }
}

/// The originators after the type line: `der Fraktion der AfD`, `der Fraktionen der CDU/CSU und
/// SPD`, `der Bundesregierung`.
fn urheber(urheber: &[String]) -> Option<String> {
    let fraktionen: Option<Vec<String>> = urheber
        .iter()
        .map(|u| {
            u.strip_prefix("Fraktion der ")
                .or_else(|| u.strip_prefix("Fraktion "))
                .map(str::to_owned)
        })
        .collect();
    match (urheber, fraktionen) {
        ([], _) => None,
        ([eine], Some(_)) => Some(format!("der {eine}")),
        (_, Some(namen)) => Some(format!("der Fraktionen der {}", aufzaehlung(&namen))),
        (viele, None) => Some(format!("der {}", aufzaehlung(viele))),
    }
}

/// A weekly collection: each question under its Geschäftsbereich, with asker, question and
/// answer (`Antwort des Parlamentarischen Staatssekretärs … vom …`).
pub(super) fn schriftliche_fragen(s: &mut Satz, d: &Drucksache, f: &SchriftlicheFragen) {
    let typ = d
        .kopf
        .drucksachetyp
        .as_ref()
        .map_or("Schriftliche Fragen", |t| t.as_str());
    kopf::kopf(s, d, Some(typ));
    match (d.titel.as_deref(), f.woche_vom) {
        (Some(t), _) => titel(s, Some(t)),
        (None, Some(w)) => titel(
            s,
            Some(&format!(
                "mit den in der Woche vom {} eingegangenen Antworten der Bundesregierung",
                datum_lang(w)
            )),
        ),
        (None, None) => {}
    }
    let mut bereich: Option<&str> = None;
    for frage in &f.fragen {
        if let Some(r) = frage.geschaeftsbereich.as_ref() {
            let g = r.name.as_str();
            if bereich != Some(g) {
                let wer = if r.gedruckt.is_empty() {
                    &r.name
                } else {
                    &r.gedruckt
                };
                s.ueberschrift(3, &format!("Geschäftsbereich {wer}"));
                bereich = Some(g);
            }
        }
        s.block();
        let wer = match &frage.person.fraktion {
            Some(fr) => format!("{} ({fr})", frage.person.name),
            None => frage.person.name.clone(),
        };
        if s.md {
            s.zeile(&format!(
                "**{}. Abgeordnete** {}",
                frage.nummer,
                super::inline(&wer)
            ));
        } else {
            s.zeile(&format!("{}. Abgeordnete", frage.nummer));
            s.zeile(&wer);
        }
        s.absatz(&frage.text);
        if let Some(a) = &frage.antwort {
            let kopfzeile = if a.gedruckt.is_empty() {
                match a.datum {
                    Some(d) => format!("Antwort {} vom {}", a.antwortende(), datum_lang(d)),
                    None => format!("Antwort {}", a.antwortende()),
                }
            } else {
                a.gedruckt.clone()
            };
            s.ueberschrift(4, &kopfzeile);
            for p in &a.absaetze {
                s.absatz(p);
            }
        }
    }
}
