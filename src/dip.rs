//! Input from the Bundestag's DIP API (feature `dip`): the JSON of the `drucksache` and
//! `drucksache-text` endpoints, one record ([`DipDrucksache`]) or a list response
//! ([`DipListe`]: `numFound`, `documents`, `cursor`).
//!
//! The types keep DIP's field names and deserialize with any serde format (`serde_json` for
//! the API's JSON); unknown fields are ignored. [`DipDrucksache::parse`] parses the record's
//! `text` and merges DIP's metadata into the model: where the print does not show a fact
//! (number, date, type, originators, answering ministry), DIP's value is taken; where print
//! and DIP disagree, the printed value is kept (the type: DIP's word) and the disagreement is
//! added to [`Drucksache::diagnosen`]. The record itself is kept beside the model in
//! [`DipDokument::dip`], so DIP's `id`, `fundstelle.pdf_url` and the rest travel with it and
//! serialize back unchanged.
//!
//! ```
//! use drucksache::dip::DipListe;
//!
//! let json = r#"{"numFound": 1, "cursor": "AoE", "documents": [{
//!   "id": "281234", "typ": "Dokument", "dokumentart": "Drucksache",
//!   "drucksachetyp": "Antrag", "dokumentnummer": "21/1", "wahlperiode": 21,
//!   "herausgeber": "BT", "datum": "2025-05-06", "aktualisiert": "2025-05-07T10:15:00+02:00",
//!   "titel": "Ein Titel", "autoren_anzahl": 0, "vorgangsbezug_anzahl": 0,
//!   "fundstelle": {"id": "281234", "dokumentart": "Drucksache", "dokumentnummer": "21/1",
//!     "datum": "2025-05-06", "herausgeber": "BT", "urheber": ["Fraktion der SPD"],
//!     "pdf_url": "https://example.org/21/1.pdf"},
//!   "text": "Deutscher Bundestag Drucksache 21/1\n21. Wahlperiode 06.05.2025\nAntrag\nder Fraktion der SPD\nEin Titel\n"
//! }]}"#;
//! let liste: DipListe = serde_json::from_str(json).unwrap();
//! let doc = liste.documents[0].parse()?;
//! assert_eq!(doc.dip.id, "281234");
//! assert_eq!(doc.dip.fundstelle.pdf_url.as_deref(), Some("https://example.org/21/1.pdf"));
//! assert_eq!(doc.drucksache.kopf.dokumentnummer.map(|n| n.to_string()).as_deref(), Some("21/1"));
//! assert!(doc.drucksache.diagnosen.is_empty());
//! # Ok::<(), drucksache::Error>(())
//! ```

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{
    Diagnostic, Dokumentnummer, Drucksache, Drucksachetyp, Error, ErrorKind, Inhalt, Options,
    Parlament, Ressort, Span,
};

/// A list response of the DIP API: one page of records and the cursor to the next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
#[non_exhaustive]
pub struct DipListe<T = DipDrucksache> {
    /// How many records match the query, on all pages.
    pub num_found: u32,
    /// The records of this page (at most 100, 10 for the `*-text` endpoints).
    #[serde(default = "Vec::new")]
    pub documents: Vec<T>,
    /// Continues the list; paging ends when it no longer changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}

/// A DIP `Drucksache` record, with the full `text` where it comes from `drucksache-text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DipDrucksache {
    /// DIP's internal id (digits), not the Drucksache number.
    pub id: String,
    /// Always `Dokument`.
    pub typ: String,
    /// Always `Drucksache`.
    pub dokumentart: String,
    /// The type, DIP's free text.
    pub drucksachetyp: Drucksachetyp,
    /// The number: `21/1869`, Bundesrat `215/25` or `16/1/25`.
    pub dokumentnummer: Dokumentnummer,
    /// The Wahlperiode (absent for the Bundesrat).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wahlperiode: Option<u16>,
    /// `BT` or `BR`.
    pub herausgeber: String,
    /// The date of the Drucksache.
    pub datum: NaiveDate,
    /// The last change of the record.
    pub aktualisiert: DateTime<FixedOffset>,
    /// The title (Antworten often include the Anfrage's title and number).
    pub titel: String,
    /// The first four persons.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub autoren_anzeige: Vec<DipAutor>,
    /// How many persons there are in all.
    pub autoren_anzahl: u32,
    /// Where the print is published: PDF link, dates, pages.
    pub fundstelle: DipFundstelle,
    /// The MD5 of the PDF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pdf_hash: Option<String>,
    /// Corporate originators: factions, the Bundesregierung, Länder, committees.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urheber: Vec<DipUrheber>,
    /// Linked proceedings (at most four).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vorgangsbezug: Vec<DipVorgangsbezug>,
    /// How many proceedings are linked.
    pub vorgangsbezug_anzahl: u32,
    /// Ministries, when the Bundesregierung is the originator.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ressort: Vec<DipRessort>,
    /// A description of the annexes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anlagen: Option<String>,
    /// The full text (endpoint `drucksache-text`), one printed line per line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// One of the persons in [`DipDrucksache::autoren_anzeige`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DipAutor {
    /// DIP's person id.
    pub id: String,
    /// The name with role, as DIP displays it.
    pub title: String,
    /// The name.
    pub autor_titel: String,
}

/// Where a Drucksache is published (DIP `Fundstelle`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DipFundstelle {
    /// The record's id.
    pub id: String,
    /// `Drucksache` or `Plenarprotokoll`.
    pub dokumentart: String,
    /// The number.
    pub dokumentnummer: String,
    /// The date.
    pub datum: NaiveDate,
    /// `BT` or `BR`.
    pub herausgeber: String,
    /// The originators as strings, e.g. `"Fraktion der CDU/CSU"`.
    #[serde(default)]
    pub urheber: Vec<String>,
    /// The PDF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pdf_url: Option<String>,
    /// The type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drucksachetyp: Option<String>,
    /// The date of distribution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verteildatum: Option<NaiveDate>,
    /// The page, e.g. `"4292B"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seite: Option<String>,
    /// The first page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anfangsseite: Option<u32>,
    /// The last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endseite: Option<u32>,
    /// The first quadrant, `A`–`D`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anfangsquadrant: Option<String>,
    /// The last quadrant, `A`–`D`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endquadrant: Option<String>,
    /// The question's number (written questions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frage_nummer: Option<String>,
    /// Annexes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anlagen: Option<String>,
    /// The agenda item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top: Option<u32>,
    /// The agenda item's addition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_zusatz: Option<String>,
}

/// A corporate originator (DIP `Urheber`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DipUrheber {
    /// Whether it introduced the paper.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub einbringer: Option<bool>,
    /// The short name, e.g. `"B90/GR"`.
    pub bezeichnung: String,
    /// The full name, e.g. `"Fraktion BÜNDNIS 90/DIE GRÜNEN"`.
    pub titel: String,
    /// `B` or `U` (undocumented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rolle: Option<String>,
}

/// A ministry (DIP `Ressort`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DipRessort {
    /// Whether it leads.
    pub federfuehrend: bool,
    /// The name, e.g. `"Bundesministerium für Wirtschaft und Energie"`.
    pub titel: String,
}

/// A linked proceeding (DIP `Vorgangsbezug`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DipVorgangsbezug {
    /// The proceeding's id.
    pub id: String,
    /// Its title.
    pub titel: String,
    /// Its type, e.g. `"Kleine Anfrage"`.
    pub vorgangstyp: String,
}

/// A DIP record and the model parsed from its text, with DIP's metadata merged in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DipDokument {
    /// The record as DIP gave it.
    pub dip: DipDrucksache,
    /// The parsed text.
    pub drucksache: Drucksache,
}

impl DipDrucksache {
    /// The parliament: `BT` or `BR` from `herausgeber`.
    pub fn parlament(&self) -> Option<Parlament> {
        match self.herausgeber.as_str() {
            "BT" => Some(Parlament::BT),
            "BR" => Some(Parlament::BR),
            _ => None,
        }
    }

    /// Parses the record's `text` (the parliament from `herausgeber`) and merges DIP's
    /// metadata, as the [module](self) describes.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Empty`] when the record has no text (the `drucksache` endpoint gives
    /// none), else as [`Drucksache::parse_with`].
    pub fn parse(&self) -> Result<DipDokument, Error> {
        self.parse_with(&Options::default())
    }

    /// As [`DipDrucksache::parse`], with [`Options`]; a parliament given there wins over
    /// `herausgeber`.
    ///
    /// # Errors
    ///
    /// As [`DipDrucksache::parse`].
    pub fn parse_with(&self, options: &Options) -> Result<DipDokument, Error> {
        let text = self.text.as_deref().unwrap_or("");
        let mut options = options.clone();
        if options.parlament.is_none() {
            options.parlament = self.parlament();
        }
        let mut drucksache = Drucksache::parse_with(text, &options)?;
        self.merge(&mut drucksache);
        Ok(DipDokument {
            dip: self.clone(),
            drucksache,
        })
    }

    /// Merges this record's metadata into `doc`: fills what the print does not show and adds a
    /// diagnostic for every disagreement.
    pub fn merge(&self, doc: &mut Drucksache) {
        let mut diagnosen = Vec::new();
        let mut abweichung = |was: &str, dip: &str, druck: &str| {
            diagnosen.push(Diagnostic::new(
                ErrorKind::Kopf,
                Span::default(),
                1,
                1,
                format!("the {was} DIP gives, {dip:?}"),
                druck,
            ));
        };
        let kopf = &mut doc.kopf;
        match kopf.dokumentnummer {
            None => kopf.dokumentnummer = Some(self.dokumentnummer),
            Some(n) if n != self.dokumentnummer => {
                abweichung("number", &self.dokumentnummer.to_string(), &n.to_string());
            }
            Some(_) => {}
        }
        match kopf.datum {
            None => kopf.datum = Some(self.datum),
            Some(d) if d != self.datum => {
                abweichung("date", &self.datum.to_string(), &d.to_string());
            }
            Some(_) => {}
        }
        if kopf.wahlperiode.is_none() {
            kopf.wahlperiode = self.wahlperiode;
        }
        match &kopf.drucksachetyp {
            Some(t) if *t != self.drucksachetyp => {
                abweichung("type", self.drucksachetyp.as_str(), t.as_str());
                kopf.drucksachetyp = Some(self.drucksachetyp.clone());
            }
            Some(_) => {}
            None => kopf.drucksachetyp = Some(self.drucksachetyp.clone()),
        }
        if kopf.urheber.is_empty() {
            kopf.urheber = self.urheber.iter().map(|u| u.titel.clone()).collect();
        }
        if doc.titel.as_deref().is_none_or(str::is_empty) {
            doc.titel = Some(self.titel.clone());
        }
        if let Inhalt::Antwort(a) = &mut doc.inhalt {
            let lead = self
                .ressort
                .iter()
                .find(|r| r.federfuehrend)
                .or(self.ressort.first());
            match (&a.ressort, lead) {
                (None, Some(r)) => {
                    a.ressort = Some(Ressort {
                        name: r.titel.clone(),
                        gedruckt: String::new(),
                    });
                }
                (Some(printed), Some(r)) if !gleich(&printed.name, &r.titel) => {
                    abweichung("lead ministry", &r.titel, &printed.name);
                }
                _ => {}
            }
        }
        doc.diagnosen.extend(diagnosen);
    }
}

/// Names compared as the scorer does: letters and digits only, case-folded.
fn gleich(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .flat_map(char::to_lowercase)
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    norm(a) == norm(b)
}

impl DipListe<DipDrucksache> {
    /// Parses every record's text, in order (see [`DipDrucksache::parse`]).
    pub fn parse(&self) -> Vec<Result<DipDokument, Error>> {
        self.documents.iter().map(DipDrucksache::parse).collect()
    }
}

impl DipDokument {
    /// The record as an `OParl` Paper (feature `oparl`): the parsed model, stamped with DIP's
    /// `aktualisiert`, the PDF from `fundstelle.pdf_url` as `mainFile.accessUrl` and the text
    /// in `mainFile.text`.
    #[cfg(feature = "oparl")]
    pub fn oparl(&self, export: &crate::oparl::Export) -> crate::oparl::Paper {
        let export = export.clone().zeitpunkt(self.dip.aktualisiert);
        let mut paper = export.paper(&self.drucksache, self.dip.text.as_deref());
        if let (Some(file), Some(pdf)) = (&mut paper.main_file, &self.dip.fundstelle.pdf_url) {
            file.access_url.clone_from(pdf);
            file.mime_type = Some("application/pdf".to_owned());
        }
        paper
    }
}
