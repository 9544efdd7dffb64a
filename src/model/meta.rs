//! [`Meta`]: the flat summary of a Drucksache that indexes and the scorer read.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Anfrageart, Dokumentnummer, Drucksache, Drucksachetyp, Frage, Inhalt, Parlament};

/// A flat summary of a [`Drucksache`]: the facts a search index or a listing needs.
///
/// Its JSON form is the `meta` line of the example CLI, with exactly these keys; `null` means the
/// text does not print the fact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Meta {
    /// The parliament.
    pub parlament: Option<Parlament>,
    /// The Wahlperiode.
    pub wahlperiode: Option<u16>,
    /// The document's own number.
    pub dokumentnummer: Option<Dokumentnummer>,
    /// The type in DIP's vocabulary.
    pub drucksachetyp: Option<Drucksachetyp>,
    /// The instrument of the question asked or answered.
    pub anfrageart: Option<Anfrageart>,
    /// The header date.
    pub datum: Option<NaiveDate>,
    /// The title.
    pub titel: Option<String>,
    /// The askers and their factions.
    pub urheber: MetaUrheber,
    /// Who answers, in the nominative.
    pub ressort: Option<String>,
    /// The Drucksache number of the question an answer answers.
    pub bezug: Option<Dokumentnummer>,
    /// The question's running number.
    pub anfragenummer: Option<String>,
    /// How many questions are asked (numbered sub-questions count each, their group headings
    /// and lettered sub-questions do not).
    pub fragen_anzahl: Option<usize>,
    /// The text of the first question.
    pub erste_frage: Option<String>,
    /// The text of the last question.
    pub letzte_frage: Option<String>,
}

/// The askers in a [`Meta`]: names as printed and faction names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct MetaUrheber {
    /// The asking members, academic titles kept, in printed order.
    pub personen: Vec<String>,
    /// Their factions, without the word `Fraktion`, each once.
    pub fraktionen: Vec<String>,
}

impl Drucksache {
    /// The flat summary of this document.
    pub fn meta(&self) -> Meta {
        let kopf = &self.kopf;
        let mut meta = Meta {
            parlament: kopf.parlament,
            wahlperiode: kopf.wahlperiode,
            dokumentnummer: kopf.dokumentnummer,
            drucksachetyp: kopf.drucksachetyp.clone(),
            datum: kopf.datum,
            titel: self.titel.clone(),
            ..Meta::default()
        };
        let anfrage = match &self.inhalt {
            Inhalt::Anfrage(a) => Some(a),
            Inhalt::Antwort(a) => {
                meta.ressort = a.ressort.as_ref().map(|r| r.name.clone());
                meta.bezug = a.anfrage.drucksache;
                Some(&a.anfrage)
            }
            Inhalt::SchriftlicheFragen(s) => {
                meta.anfrageart = Some(Anfrageart::SchriftlicheFrage);
                for f in &s.fragen {
                    push_unique(&mut meta.urheber.personen, &f.person.name);
                    // members without a faction print "(fraktionslos)"
                    if let Some(fr) = f
                        .person
                        .fraktion
                        .as_ref()
                        .filter(|fr| !fr.eq_ignore_ascii_case("fraktionslos"))
                    {
                        push_unique(&mut meta.urheber.fraktionen, fr);
                    }
                }
                meta.fragen_anzahl = Some(s.fragen.len());
                meta.erste_frage = s.fragen.first().map(|f| f.text.clone());
                meta.letzte_frage = s.fragen.last().map(|f| f.text.clone());
                None
            }
            Inhalt::Text(_) => None,
        };
        if let Some(a) = anfrage {
            meta.anfrageart = Some(a.anfrageart.clone());
            meta.anfragenummer.clone_from(&a.nummer);
            meta.urheber.personen = a.urheber.personen.iter().map(|p| p.name.clone()).collect();
            for f in &a.urheber.fraktionen {
                push_unique(&mut meta.urheber.fraktionen, &f.name);
            }
            let gezaehlt = gezaehlte_fragen(&a.fragen);
            meta.fragen_anzahl = Some(gezaehlt.len());
            meta.erste_frage = gezaehlt.first().map(|f| f.volltext());
            meta.letzte_frage = gezaehlt.last().map(|f| f.volltext());
        }
        meta
    }
}

/// The questions that count: all but group headings (a `1` followed by its `1.1`, `1.2` that
/// asks nothing itself; `1. Welche Kürzungen … vor?` over `1.1` is a question of its own).
fn gezaehlte_fragen(fragen: &[Frage]) -> Vec<&Frage> {
    fragen
        .iter()
        .enumerate()
        .filter(|(i, f)| {
            let gruppe = fragen.get(i + 1).is_some_and(|next| {
                next.nummer.teile().len() > f.nummer.teile().len()
                    && next.nummer.liegt_in(&f.nummer)
            });
            !gruppe || f.text.trim_end().ends_with('?')
        })
        .map(|(_, f)| f)
        .collect()
}

fn push_unique(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|x| x == item) {
        list.push(item.to_owned());
    }
}
