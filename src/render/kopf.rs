//! The header (`Deutscher Bundestag Drucksache 21/375` / `21. Wahlperiode 02.06.2025`), the type
//! line, and what stands apart from the running text: page-1 footers with their dates, the
//! Vorabfassung note and the footnotes.

use std::fmt::Write as _;

use super::{Satz, datum_kurz};
use crate::{Datumsrolle, Drucksache};

/// The header lines and the type line (`Kleine Anfrage 5441`, `Antwort`, `Gesetzentwurf`).
pub(super) fn kopf(s: &mut Satz, d: &Drucksache, typzeile: Option<&str>) {
    let k = &d.kopf;
    let name = k
        .parlament
        .map(|p| s.profil.namen.first().copied().unwrap_or(p.name()));
    let bezug = match &d.inhalt {
        crate::Inhalt::Antwort(a) if s.profil.bezug_in_klammern => a.anfrage.drucksache,
        _ => None,
    };
    let nummer = k.dokumentnummer.map(|n| match bezug {
        Some(b) => format!("Drucksache {n} ({b})"),
        None => format!("Drucksache {n}"),
    });
    let erste = match (name, nummer) {
        (Some(name), Some(nr)) if s.md => Some(format!("**{name}** · {nr}")),
        (Some(name), Some(nr)) => Some(format!("{name} {nr}")),
        (Some(name), None) if s.md => Some(format!("**{name}**")),
        (Some(name), None) => Some(name.to_owned()),
        (None, nr) => nr,
    };
    if let Some(l) = erste {
        s.zeile(&l);
    }
    let mut zweite = Vec::new();
    if let Some(wp) = k.wahlperiode {
        zweite.push(format!("{wp}. Wahlperiode"));
    }
    if let Some(datum) = k.datum {
        zweite.push(datum_kurz(datum));
    }
    if !zweite.is_empty() {
        s.zeile(&zweite.join(if s.md { " · " } else { " " }));
    }
    if k.neudruck {
        s.zeile("Neudruck");
    }
    if let Some(t) = typzeile {
        s.ueberschrift(1, t);
    }
}

/// What closes the document: the page-1 footers, the Vorabfassung note, the footnotes.
pub(super) fn schluss(s: &mut Satz, d: &Drucksache) {
    for line in fusszeilen(d) {
        s.block();
        if s.md {
            s.zeile(&format!("*{line}*"));
        } else {
            s.zeile(&line);
        }
    }
    if d.kopf.vorabfassung {
        s.block();
        s.zeile("Vorabfassung - wird durch die lektorierte Version ersetzt.");
    }
    fussnoten(s, d);
}

/// The footer lines for the printed dates: `Datum des Originals: 18.08.2020 / Ausgegeben:
/// 24.08.2020`; a reprint's date follows its issue date in brackets.
fn fusszeilen(d: &Drucksache) -> Vec<String> {
    let mut zeilen: Vec<String> = Vec::new();
    let mut zeile = String::new();
    let mut vorige: Option<Datumsrolle> = None;
    for angabe in &d.kopf.daten {
        let datum = datum_kurz(angabe.datum);
        let teil = match angabe.rolle {
            Datumsrolle::Neudruck
                if matches!(
                    vorige,
                    Some(Datumsrolle::Ausgegeben | Datumsrolle::Neudruck)
                ) =>
            {
                let _ = write!(zeile, " ({datum})");
                vorige = Some(Datumsrolle::Neudruck);
                continue;
            }
            // the answer's date stands with the answer, not in a footer
            Datumsrolle::Neudruck | Datumsrolle::Antwort => continue,
            Datumsrolle::Original => format!("Datum des Originals: {datum}"),
            Datumsrolle::Eingang => format!("Eingegangen: {datum}"),
            Datumsrolle::Ausgegeben => format!("Ausgegeben: {datum}"),
            Datumsrolle::Verteilt => format!("Verteilt am {datum}"),
            Datumsrolle::Druck => format!("Druck: {datum}"),
            Datumsrolle::Zuleitung => format!("Zuleitung an die Landesregierung: {datum}"),
        };
        if zeile.len() + teil.len() > 120 {
            zeilen.push(std::mem::take(&mut zeile));
        }
        if !zeile.is_empty() {
            zeile.push_str(" / ");
        }
        zeile.push_str(&teil);
        vorige = Some(angabe.rolle);
    }
    if !zeile.is_empty() {
        zeilen.push(zeile);
    }
    zeilen
}

/// The footnotes at the foot of the last page: `1 Text`, one line each, the page ended by a
/// form feed. The first carries its marker at the end of the first paragraph that ends in a
/// word (the model does not keep where the markers stood).
fn fussnoten(s: &mut Satz, d: &Drucksache) {
    if d.fussnoten.is_empty() {
        return;
    }
    if s.md {
        s.ueberschrift(4, "Fußnoten");
        for f in &d.fussnoten {
            let t = format!("{}. {}", f.nummer, super::inline(&f.text));
            s.listenzeile(&t);
        }
        return;
    }
    let erste = d.fussnoten.first().map_or(1, |f| f.nummer);
    let stelle = s.absatz_enden.iter().copied().find(|&end| {
        let vor = s.out.get(..end).unwrap_or("");
        let mut rev = vor.chars().rev();
        match rev.next() {
            Some(c) if c.is_alphabetic() || matches!(c, '“' | '”' | '"' | ')' | '?' | '!') => {
                true
            }
            Some('.' | ',' | ';' | ':') => rev
                .next()
                .is_some_and(|c| c.is_alphabetic() || matches!(c, '“' | '”' | '"' | ')')),
            _ => false,
        }
    });
    if let Some(end) = stelle {
        s.out.insert_str(end, &erste.to_string());
    }
    s.block();
    for f in &d.fussnoten {
        s.listenzeile(&format!("{} {}", f.nummer, f.text));
    }
    s.out.push('\u{c}');
}
