//! Drucksachen the crate does not model in detail: their sections of text.

use super::anfrage::titel;
use super::{Satz, aufzaehlung, kopf};
use crate::{Drucksache, Text};

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
