//! Export to `OParl` 1.1 (feature `oparl`): a [`Drucksache`] as a [`Paper`], its askers as
//! [`Person`]s, factions and ministries as [`Organization`]s.
//!
//! `OParl` objects are identified by URLs, so an [`Export`] is made with the caller's base URL
//! and the time to stamp as `created` and `modified` (DIP's `aktualisiert`, or the time of the
//! export). Ids follow one scheme:
//!
//! | object | id |
//! |---|---|
//! | Body (one per parliament) | `<base>/body/<PARL>` |
//! | Paper | `<base>/paper/<PARL>/<wp>/<nr>` (Bundesrat `<base>/paper/BR/16/1/25`) |
//! | File (the text) | `<base>/file/<PARL>/<wp>/<nr>` |
//! | Person | `<base>/person/<PARL>/<name>` |
//! | Organization | `<base>/organization/<PARL>/fraktion/<name>`, `…/ressort/<name>` |
//!
//! Names in ids are lower case, umlauts spelt out, other characters turned into `-`. The mapping
//! follows `INTEROP.md`: `dokumentnummer` → `reference`, `titel` → `name`, `drucksachetyp` →
//! `paperType`, askers → `originatorPerson`, factions → `originatorOrganization`, the answering
//! ministry (lead first, then the co-answering ones) → `underDirectionOf`, the Anfrage an Antwort
//! answers → `superordinatedPaper` and `relatedPaper` (and, with [`verknuepfen`], the Antwort in
//! the Anfrage's `subordinatedPaper`), other Drucksachen cited → `relatedPaper`, the running
//! Anfrage number → `keyword`. Properties without a value are left out, as `OParl` asks (no
//! `null`, no empty lists).
//!
//! ```
//! use chrono::DateTime;
//! use drucksache::Drucksache;
//! use drucksache::oparl::{verknuepfen, Export};
//!
//! let anfrage = Drucksache::parse("Deutscher Bundestag Drucksache 21/162\n21. Wahlperiode 22.05.2025\n\
//!     Kleine Anfrage\nder Abgeordneten Eva Muster und der Fraktion der AfD\nEin Titel\n\
//!     Wir fragen die Bundesregierung:\n1. Wie viele?\n")?;
//! let antwort = Drucksache::parse("Deutscher Bundestag Drucksache 21/375\n21. Wahlperiode 06.06.2025\n\
//!     Antwort\nder Bundesregierung\nauf die Kleine Anfrage der Abgeordneten Eva Muster und der Fraktion der AfD\n\
//!     – Drucksache 21/162 –\nEin Titel\n1. Wie viele?\nDrei.\n")?;
//! let export = Export::new("https://example.org/oparl", DateTime::parse_from_rfc3339("2025-06-06T12:00:00+02:00").unwrap());
//! let mut papers = vec![export.paper(&anfrage, None), export.paper(&antwort, None)];
//! verknuepfen(&mut papers);
//! assert_eq!(papers[0].id, "https://example.org/oparl/paper/BT/21/162");
//! assert_eq!(papers[1].superordinated_paper, [papers[0].id.clone()]);
//! assert_eq!(papers[0].subordinated_paper, [papers[1].id.clone()]);
//! let json = serde_json::to_value(&papers[1]).unwrap();
//! assert_eq!(json["type"], "https://schema.oparl.org/1.1/Paper");
//! assert_eq!(json["reference"], "21/375");
//! assert_eq!(json["created"], "2025-06-06T12:00:00+02:00");
//! # Ok::<(), drucksache::Error>(())
//! ```

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::profil::Profil;
use crate::{Dokumentnummer, Drucksache, Inhalt, Parlament, Ressort};

/// The `type` of an `OParl` 1.1 Paper.
pub const TYPE_PAPER: &str = "https://schema.oparl.org/1.1/Paper";
/// The `type` of an `OParl` 1.1 File.
pub const TYPE_FILE: &str = "https://schema.oparl.org/1.1/File";
/// The `type` of an `OParl` 1.1 Person.
pub const TYPE_PERSON: &str = "https://schema.oparl.org/1.1/Person";
/// The `type` of an `OParl` 1.1 Organization.
pub const TYPE_ORGANIZATION: &str = "https://schema.oparl.org/1.1/Organization";
/// The `type` of an `OParl` 1.1 Membership.
pub const TYPE_MEMBERSHIP: &str = "https://schema.oparl.org/1.1/Membership";

/// `OParl`'s `date-time`: `yyyy-mm-ddThh:mm:ss±hh:mm`, without fractions of a second.
mod zeit {
    use chrono::{DateTime, FixedOffset};
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(
        t: &DateTime<FixedOffset>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_str(&t.format("%Y-%m-%dT%H:%M:%S%:z"))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<DateTime<FixedOffset>, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        DateTime::parse_from_rfc3339(&s).map_err(serde::de::Error::custom)
    }
}

/// An `OParl` 1.1 `Paper`: a Drucksache.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Paper {
    /// The paper's own URL.
    pub id: String,
    /// Always [`TYPE_PAPER`].
    #[serde(rename = "type")]
    pub typ: String,
    /// The URL of the parliament's Body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The Drucksache number, `"21/2201"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The date of the paper.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The type in DIP's words (`Kleine Anfrage`, `Antwort`; combined prints `Kleine Anfrage
    /// und Antwort`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paper_type: Option<String>,
    /// Papers this one refers to: the Anfrage an Antwort answers, Drucksachen cited in the text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related_paper: Vec<String>,
    /// The paper this one belongs to: the Anfrage an Antwort answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub superordinated_paper: Vec<String>,
    /// The papers that belong to this one: the Antwort to an Anfrage (see [`verknuepfen`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subordinated_paper: Vec<String>,
    /// The document itself: its text, and its PDF where the caller knows the URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_file: Option<File>,
    /// The asking members (URLs of [`Person`]s).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub originator_person: Vec<String>,
    /// Who answers, lead ministry first (URLs of [`Organization`]s).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub under_direction_of: Vec<String>,
    /// The asking factions (URLs of [`Organization`]s).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub originator_organization: Vec<String>,
    /// The running Anfrage number, e.g. `"KA 8/1400"`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keyword: Vec<String>,
    /// When the record was created.
    #[serde(with = "zeit")]
    pub created: DateTime<FixedOffset>,
    /// When the record was last changed.
    #[serde(with = "zeit")]
    pub modified: DateTime<FixedOffset>,
}

/// An `OParl` 1.1 `File`: the document's text or PDF.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct File {
    /// The file's own URL.
    pub id: String,
    /// Always [`TYPE_FILE`].
    #[serde(rename = "type")]
    pub typ: String,
    /// A name for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `application/pdf` for a PDF, `text/plain` for the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// The date of the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The full text, one printed line per line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Where the file can be fetched: the PDF, or by default the file's own URL.
    pub access_url: String,
    /// When the record was created.
    #[serde(with = "zeit")]
    pub created: DateTime<FixedOffset>,
    /// When the record was last changed.
    #[serde(with = "zeit")]
    pub modified: DateTime<FixedOffset>,
}

/// An `OParl` 1.1 `Person`: an asking member of parliament.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Person {
    /// The person's own URL.
    pub id: String,
    /// Always [`TYPE_PERSON`].
    #[serde(rename = "type")]
    pub typ: String,
    /// The URL of the parliament's Body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The name as printed, without academic title.
    pub name: String,
    /// Academic titles, e.g. `["Dr."]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub title: Vec<String>,
    /// The membership in the faction, where known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub membership: Vec<Membership>,
    /// When the record was created.
    #[serde(with = "zeit")]
    pub created: DateTime<FixedOffset>,
    /// When the record was last changed.
    #[serde(with = "zeit")]
    pub modified: DateTime<FixedOffset>,
}

/// An `OParl` 1.1 `Membership`: a person's membership in a faction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Membership {
    /// The membership's own URL.
    pub id: String,
    /// Always [`TYPE_MEMBERSHIP`].
    #[serde(rename = "type")]
    pub typ: String,
    /// The URL of the faction.
    pub organization: String,
    /// When the record was created.
    #[serde(with = "zeit")]
    pub created: DateTime<FixedOffset>,
    /// When the record was last changed.
    #[serde(with = "zeit")]
    pub modified: DateTime<FixedOffset>,
}

/// An `OParl` 1.1 `Organization`: a faction or a ministry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Organization {
    /// The organization's own URL.
    pub id: String,
    /// Always [`TYPE_ORGANIZATION`].
    #[serde(rename = "type")]
    pub typ: String,
    /// The URL of the parliament's Body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The name: the faction as DIP names it (`Fraktion der AfD`), the ministry in the
    /// nominative.
    pub name: String,
    /// The short name: the faction without `Fraktion`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// `Fraktion` or `Verwaltungsbereich`.
    pub organization_type: String,
    /// `Fraktion`, `Gruppe` or `Ministerium`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<String>,
    /// When the record was created.
    #[serde(with = "zeit")]
    pub created: DateTime<FixedOffset>,
    /// When the record was last changed.
    #[serde(with = "zeit")]
    pub modified: DateTime<FixedOffset>,
}

/// Builds `OParl` objects under one base URL with one time stamp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    basis: String,
    zeitpunkt: DateTime<FixedOffset>,
}

impl Export {
    /// An export under `basis` (e.g. `https://example.org/oparl`; a trailing `/` is dropped),
    /// stamping every object's `created` and `modified` with `zeitpunkt`.
    pub fn new(basis: &str, zeitpunkt: DateTime<FixedOffset>) -> Self {
        Export {
            basis: basis.trim_end_matches('/').to_owned(),
            zeitpunkt,
        }
    }

    /// The same export with another time stamp (DIP's `aktualisiert` of one record, say).
    #[must_use]
    pub fn zeitpunkt(mut self, zeitpunkt: DateTime<FixedOffset>) -> Self {
        self.zeitpunkt = zeitpunkt;
        self
    }

    /// The URL of a parliament's Body: `<base>/body/BT`.
    pub fn body_id(&self, parlament: Parlament) -> String {
        format!("{}/body/{}", self.basis, parlament.code())
    }

    /// The URL of a Paper: `<base>/paper/BT/21/1869`; `XX` stands for an unknown parliament.
    pub fn paper_id(&self, parlament: Option<Parlament>, nummer: &Dokumentnummer) -> String {
        format!("{}/paper/{}/{nummer}", self.basis, code(parlament))
    }

    /// The URL of a Person: `<base>/person/BT/eva-muster`.
    pub fn person_id(&self, parlament: Option<Parlament>, name: &str) -> String {
        format!("{}/person/{}/{}", self.basis, code(parlament), slug(name))
    }

    /// The URL of a faction: `<base>/organization/BT/fraktion/afd`.
    pub fn fraktion_id(&self, parlament: Option<Parlament>, name: &str) -> String {
        format!(
            "{}/organization/{}/fraktion/{}",
            self.basis,
            code(parlament),
            slug(name)
        )
    }

    /// The URL of a ministry or other answering body:
    /// `<base>/organization/BT/ressort/bundesministerium-des-innern`.
    pub fn ressort_id(&self, parlament: Option<Parlament>, name: &str) -> String {
        format!(
            "{}/organization/{}/ressort/{}",
            self.basis,
            code(parlament),
            slug(name)
        )
    }

    /// The document as a Paper. `text`, where given, goes into `mainFile.text`; a document
    /// without a number gets no `mainFile` and an id from its parliament, date and title.
    ///
    /// `paperType` is the header's type, for a paper that prints an answer `Antwort`. An Antwort
    /// names its Anfrage (the printed `– Drucksache 21/1869 –`) in `superordinatedPaper` and
    /// first in `relatedPaper`; a combined print (question and answer under one number, in a
    /// parliament that prints so) is one Paper whose `paperType` names both (`Schriftliche
    /// Anfrage und Antwort`), without such a link.
    pub fn paper(&self, doc: &Drucksache, text: Option<&str>) -> Paper {
        let p = doc.kopf.parlament;
        let nummer = doc.kopf.dokumentnummer;
        let id = self.paper_id_von(doc);
        let mut paper = Paper {
            id,
            typ: TYPE_PAPER.to_owned(),
            body: p.map(|p| self.body_id(p)),
            name: doc.titel.clone().filter(|t| !t.is_empty()),
            reference: nummer.map(|n| n.to_string()),
            date: doc.kopf.datum,
            paper_type: doc.kopf.drucksachetyp.as_ref().map(ToString::to_string),
            related_paper: Vec::new(),
            superordinated_paper: Vec::new(),
            subordinated_paper: Vec::new(),
            main_file: None,
            originator_person: Vec::new(),
            under_direction_of: Vec::new(),
            originator_organization: Vec::new(),
            keyword: Vec::new(),
            created: self.zeitpunkt,
            modified: self.zeitpunkt,
        };
        paper.main_file = nummer.map(|n| self.main_file(p, &n, doc.kopf.datum, text));
        let anfrage = match &doc.inhalt {
            Inhalt::Anfrage(a) => Some(a),
            Inhalt::Antwort(a) => {
                let kombiniert = a.anfrage.drucksache.is_none_or(|b| Some(b) == nummer)
                    && Profil::von(p).kombiniert;
                // the body decides: a paper that prints the answer is an Antwort
                paper.paper_type = Some("Antwort".to_owned());
                match a.anfrage.drucksache.filter(|b| Some(*b) != nummer) {
                    Some(bezug) => {
                        let bezug = self.paper_id(p, &bezug);
                        paper.superordinated_paper.push(bezug.clone());
                        paper.related_paper.push(bezug);
                    }
                    None if kombiniert => {
                        paper.paper_type = Some(format!("{} und Antwort", a.anfrage.anfrageart));
                    }
                    None => {}
                }
                for r in a.ressort.iter().chain(&a.mitbeteiligt) {
                    push_unique(&mut paper.under_direction_of, self.ressort_id(p, &r.name));
                }
                Some(&a.anfrage)
            }
            Inhalt::SchriftlicheFragen(s) => {
                for f in &s.fragen {
                    push_unique(
                        &mut paper.originator_person,
                        self.person_id(p, &f.person.name),
                    );
                    if let Some(r) = &f.geschaeftsbereich {
                        push_unique(&mut paper.under_direction_of, self.ressort_id(p, &r.name));
                    }
                }
                None
            }
            Inhalt::Text(_) => None,
        };
        if let Some(a) = anfrage {
            for person in &a.urheber.personen {
                push_unique(
                    &mut paper.originator_person,
                    self.person_id(p, &person.name),
                );
            }
            for f in &a.urheber.fraktionen {
                push_unique(
                    &mut paper.originator_organization,
                    self.fraktion_id(p, &f.name),
                );
            }
            if let Some(n) = a.nummer.as_ref().filter(|n| !n.is_empty()) {
                paper.keyword.push(n.clone());
            }
        }
        for v in &doc.verweise {
            if Some(v.dokumentnummer) != nummer {
                push_unique(
                    &mut paper.related_paper,
                    self.paper_id(p, &v.dokumentnummer),
                );
            }
        }
        paper
    }

    /// The id of the document's Paper; for a document without a number one from its
    /// parliament, date and title.
    fn paper_id_von(&self, doc: &Drucksache) -> String {
        let p = doc.kopf.parlament;
        match &doc.kopf.dokumentnummer {
            Some(n) => self.paper_id(p, n),
            None => format!(
                "{}/paper/{}/ohne-nummer/{}-{}",
                self.basis,
                code(p),
                doc.kopf
                    .datum
                    .map_or_else(|| "ohne-datum".to_owned(), |d| d.to_string()),
                slug(doc.titel.as_deref().unwrap_or("ohne-titel"))
            ),
        }
    }

    /// The text of Drucksache `n` as a File, served under its own URL.
    fn main_file(
        &self,
        p: Option<Parlament>,
        n: &Dokumentnummer,
        date: Option<NaiveDate>,
        text: Option<&str>,
    ) -> File {
        let id = format!("{}/file/{}/{n}", self.basis, code(p));
        File {
            access_url: id.clone(),
            id,
            typ: TYPE_FILE.to_owned(),
            name: Some(format!("Drucksache {n}")),
            mime_type: Some("text/plain".to_owned()),
            date,
            text: text.map(str::to_owned),
            created: self.zeitpunkt,
            modified: self.zeitpunkt,
        }
    }

    /// The asking members of the document as Persons, each once, with a membership in their
    /// faction where the print gives it beside the name or names a single faction for all.
    pub fn personen(&self, doc: &Drucksache) -> Vec<Person> {
        let p = doc.kopf.parlament;
        let mut out: Vec<Person> = Vec::new();
        let mut add = |person: &crate::Person, fraktion: Option<&str>| {
            let id = self.person_id(p, &person.name);
            if out.iter().any(|x| x.id == id) {
                return;
            }
            let name = person
                .titel
                .as_deref()
                .and_then(|t| person.name.strip_prefix(t))
                .map_or(person.name.as_str(), str::trim)
                .to_owned();
            let membership = fraktion
                .filter(|f| !f.eq_ignore_ascii_case("fraktionslos"))
                .map(|f| Membership {
                    id: format!("{id}/membership/{}", slug(f)),
                    typ: TYPE_MEMBERSHIP.to_owned(),
                    organization: self.fraktion_id(p, f),
                    created: self.zeitpunkt,
                    modified: self.zeitpunkt,
                })
                .into_iter()
                .collect();
            out.push(Person {
                id,
                typ: TYPE_PERSON.to_owned(),
                body: p.map(|p| self.body_id(p)),
                name,
                title: person.titel.iter().cloned().collect(),
                membership,
                created: self.zeitpunkt,
                modified: self.zeitpunkt,
            });
        };
        match &doc.inhalt {
            Inhalt::Anfrage(_) | Inhalt::Antwort(_) => {
                let a = doc
                    .as_anfrage()
                    .or_else(|| doc.as_antwort().map(|a| &a.anfrage));
                if let Some(a) = a {
                    let einzige = match a.urheber.fraktionen.as_slice() {
                        [f] => Some(f.name.as_str()),
                        _ => None,
                    };
                    for person in &a.urheber.personen {
                        add(person, person.fraktion.as_deref().or(einzige));
                    }
                }
            }
            Inhalt::SchriftlicheFragen(s) => {
                for f in &s.fragen {
                    add(&f.person, f.person.fraktion.as_deref());
                }
            }
            Inhalt::Text(_) => {}
        }
        out
    }

    /// The asking factions and the answering bodies of the document as Organizations, each
    /// once: factions (`organizationType` `Fraktion`) first, then the answering bodies
    /// (`Verwaltungsbereich`), lead first.
    pub fn organisationen(&self, doc: &Drucksache) -> Vec<Organization> {
        let p = doc.kopf.parlament;
        let mut out: Vec<Organization> = Vec::new();
        let mut push = |o: Organization| {
            if !out.iter().any(|x| x.id == o.id) {
                out.push(o);
            }
        };
        let anfrage = doc
            .as_anfrage()
            .or_else(|| doc.as_antwort().map(|a| &a.anfrage));
        for f in anfrage.iter().flat_map(|a| &a.urheber.fraktionen) {
            push(Organization {
                id: self.fraktion_id(p, &f.name),
                typ: TYPE_ORGANIZATION.to_owned(),
                body: p.map(|p| self.body_id(p)),
                name: f.bezeichnung(),
                short_name: Some(f.name.clone()),
                organization_type: "Fraktion".to_owned(),
                classification: Some(if f.gruppe { "Gruppe" } else { "Fraktion" }.to_owned()),
                created: self.zeitpunkt,
                modified: self.zeitpunkt,
            });
        }
        let ressorts: Vec<&Ressort> = match &doc.inhalt {
            Inhalt::Antwort(a) => a.ressort.iter().chain(&a.mitbeteiligt).collect(),
            Inhalt::SchriftlicheFragen(s) => s
                .fragen
                .iter()
                .filter_map(|f| f.geschaeftsbereich.as_ref())
                .collect(),
            _ => Vec::new(),
        };
        for r in ressorts {
            push(Organization {
                id: self.ressort_id(p, &r.name),
                typ: TYPE_ORGANIZATION.to_owned(),
                body: p.map(|p| self.body_id(p)),
                name: r.name.clone(),
                short_name: None,
                organization_type: "Verwaltungsbereich".to_owned(),
                classification: None,
                created: self.zeitpunkt,
                modified: self.zeitpunkt,
            });
        }
        out
    }
}

/// Completes the links among papers exported together: every paper named in another's
/// `superordinatedPaper` lists that other in its `subordinatedPaper` (an Anfrage its Antwort).
pub fn verknuepfen(papers: &mut [Paper]) {
    let links: Vec<(String, String)> = papers
        .iter()
        .flat_map(|p| {
            p.superordinated_paper
                .iter()
                .map(|sup| (sup.clone(), p.id.clone()))
        })
        .collect();
    for (sup, sub) in links {
        for p in papers.iter_mut().filter(|p| p.id == sup) {
            push_unique(&mut p.subordinated_paper, sub.clone());
        }
    }
}

fn code(p: Option<Parlament>) -> &'static str {
    p.map_or("XX", Parlament::code)
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// A name as a URL path segment: lower case, umlauts and ß spelt out, runs of other
/// characters as one `-`.
fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => {
                if !out.is_empty() && !out.ends_with('-') {
                    out.push('-');
                }
            }
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push('-');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug("BÜNDNIS 90/DIE GRÜNEN"), "buendnis-90-die-gruenen");
        assert_eq!(slug("Dr. Anna Rathert"), "dr-anna-rathert");
        assert_eq!(slug("Straße"), "strasse");
        assert_eq!(slug("  "), "-");
        assert_eq!(slug("Øre"), "re");
    }
}
