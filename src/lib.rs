//! Typed data from the printed documents of German parliaments.
//!
//! `drucksache` reads a Drucksache (the printed paper of the Bundestag, the Bundesrat or one of
//! the sixteen Landtage) as text and returns a typed model: its header ([`Kopf`]: parliament,
//! Wahlperiode, [`Dokumentnummer`], date, [`Drucksachetyp`]), its title and, for Kleine
//! Anfragen and their answers, the askers, the questions ([`Frage`]), the Vorbemerkungen, who
//! answers ([`Ressort`]) and each answer block ([`Antwortblock`]), plus every reference to
//! another Drucksache ([`Verweis`]).
//!
//! The same document may arrive as DIP text (the Bundestag API's text field), as a PDF text
//! layer with page furniture, or as a Markdown conversion; running heads, page numbers, page-1
//! footers, Markdown markup and line-end hyphenation are removed before the grammar reads it,
//! and every [`Span`] still points into the text the caller passed.
//!
//! # Example
//!
//! ```
//! use drucksache::{Drucksache, Inhalt, Parlament};
//!
//! let text = "\
//! LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/13528
//! 18. Wahlperiode
//! 17.04.2025
//! Kleine Anfrage 5441
//! der Abgeordneten Lisa-Kristin Kapteinat SPD
//! Zugriff der Zentralen Ausländerbehörden auf An- und Abwesenheitssysteme
//!
//! Vor diesem Hintergrund frage ich die Landesregierung:
//!
//! 1. Wie oft wurde die Bitte um Zugriff herangetragen?
//!
//! 2. Zu welchen Zeitpunkten wurden die Anfragen herangetragen?
//! ";
//! let doc: Drucksache = text.parse()?;
//! assert_eq!(doc.kopf.parlament, Some(Parlament::NW));
//! assert_eq!(doc.kopf.dokumentnummer.map(|n| n.to_string()).as_deref(), Some("18/13528"));
//! let Inhalt::Anfrage(anfrage) = &doc.inhalt else { panic!("a Kleine Anfrage") };
//! assert_eq!(anfrage.nummer.as_deref(), Some("5441"));
//! assert_eq!(anfrage.urheber.personen[0].name, "Lisa-Kristin Kapteinat");
//! assert_eq!(anfrage.fragen.len(), 2);
//! assert_eq!(doc.meta().fragen_anzahl, Some(2));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Lenient and strict
//!
//! [`Drucksache::parse`] returns what could be read and lists what could not in
//! [`Drucksache::diagnosen`], each [`Diagnostic`] with line, column, what was expected and what
//! was found. It fails only when the text is no parliamentary document at all (or empty).
//! [`Options::strict`] turns the first diagnostic into an [`Error`]. No input makes the parser
//! panic.
//!
//! # JSON
//!
//! Every public type implements serde's `Serialize` and `Deserialize`; value types serialize as
//! the strings printed on paper (`"17/9993"`, `"4d"`, `"Kleine Anfrage"`, `"NW"`), dates as
//! ISO 8601. [`Drucksache::meta`] gives the flat [`Meta`] summary.
//!
//! # Crate features
//!
//! - `schemars`: `drucksache::schema()` returns the JSON Schema of a serialized [`Drucksache`], and every
//!   model type implements `schemars::JsonSchema`. The schema is committed as
//!   `schema/drucksache.schema.json`; the CI checks it against a fresh generation and against
//!   the JSON of every fixture.
//! - `rayon`: `Batch` parses many documents in parallel on rayon's thread pool and streams
//!   the results in input order, each with its index.
//! - `oparl`: `drucksache::oparl` exports a Drucksache as an `OParl` 1.1 `Paper`, its askers as
//!   `Person`s, factions and ministries as `Organization`s, under a base URL the caller gives.
//! - `dip`: `drucksache::dip` reads the JSON of the Bundestag's DIP API (`drucksache-text`, one
//!   record or a list response), parses each text and merges DIP's metadata into the model.
//!
//! # Minimum Rust version
//!
//! Rust 1.85 (edition 2024).

#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

#[cfg(feature = "rayon")]
mod batch;
#[cfg(feature = "dip")]
pub mod dip;
mod error;
mod model;
#[cfg(feature = "oparl")]
pub mod oparl;
mod options;
mod parse;
mod profil;
mod render;

use std::str::FromStr;

#[cfg(feature = "rayon")]
pub use batch::{Batch, BatchResults};
pub use error::{Diagnostic, Error, ErrorKind};
pub use model::{
    Abschnitt, AnfrageBuilder, Anfrageart, Antwort, Antwortblock, Datumsangabe, Datumsrolle,
    Dokumentnummer, Drucksache, Drucksachetyp, Einzelantwort, Frage, Fragender, Fragenummer,
    Fraktion, Fussnote, Geschaeftsbereich, Inhalt, KleineAnfrage, Kopf, Meta, MetaUrheber,
    Parlament, Person, Querverweis, Ressort, SchriftlicheFrage, SchriftlicheFragen, Span, Text,
    Unterfrage, Unterzeichnung, Urheber, Verweis, Verweisziel,
};
pub use options::Options;
pub use render::Format;

impl Drucksache {
    /// Parses a document, recognising its parliament, type and text form.
    ///
    /// Returns what could be read; what could not is listed in [`Drucksache::diagnosen`].
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Empty`] for an empty or blank text and with
    /// [`ErrorKind::NotADrucksache`] when the text shows no header, no type line and no
    /// numbered questions, e.g. `"Hello, world"`.
    pub fn parse(text: &str) -> Result<Drucksache, Error> {
        parse::drucksache(text, &Options::default())
    }

    /// Parses a document with [`Options`]: a known parliament, strict mode.
    ///
    /// # Errors
    ///
    /// As [`Drucksache::parse`]; in strict mode also the first [`Diagnostic`], e.g. for a Kleine
    /// Anfrage without questions.
    pub fn parse_with(text: &str, options: &Options) -> Result<Drucksache, Error> {
        parse::drucksache(text, options)
    }

    /// Parses in strict mode: any diagnostic is an error.
    ///
    /// # Errors
    ///
    /// As [`Drucksache::parse_with`] with [`Options::strict`].
    pub fn parse_strict(text: &str) -> Result<Drucksache, Error> {
        parse::drucksache(text, &Options::new().strict(true))
    }

    /// Parses a document given as bytes, as read from a file: UTF-8 with or without byte order
    /// mark, UTF-16 (with a byte order mark, or plain ASCII-range text without one) and
    /// Windows-1252/Latin-1, as older text extractions write it, are recognised and decoded.
    /// Spans and positions point into `bytes`.
    ///
    /// ```
    /// use drucksache::Drucksache;
    /// // "Kleine Anfrage" and "Maßnahmen" in Windows-1252, with Windows line ends
    /// let bytes = b"LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/1\r\n18. Wahlperiode\r\n\
    ///     Kleine Anfrage 12\r\nder Abgeordneten Eva Muster SPD\r\nMa\xdfnahmen\r\n\
    ///     Ich frage die Landesregierung:\r\n1. Welche Ma\xdfnahmen gibt es?\r\n";
    /// let doc = Drucksache::from_bytes(bytes)?;
    /// assert_eq!(doc.titel.as_deref(), Some("Maßnahmen"));
    /// let frage = &doc.fragen()[0];
    /// assert_eq!(frage.text, "Welche Maßnahmen gibt es?");
    /// assert_eq!(&bytes[frage.span.start..frage.span.end], b"1. Welche Ma\xdfnahmen gibt es?");
    /// # Ok::<(), drucksache::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Empty`] for empty or blank input, with [`ErrorKind::Binary`]
    /// for what is no text (a PDF file, an image, an archive, data with NUL or many control
    /// bytes), and otherwise as [`Drucksache::parse`]. UTF-8 with stray single bytes is read
    /// with those bytes as Windows-1252 and reported as an [`ErrorKind::Encoding`] diagnostic
    /// (an error in strict mode).
    pub fn from_bytes(bytes: &[u8]) -> Result<Drucksache, Error> {
        parse::drucksache_bytes(bytes, &Options::default())
    }

    /// Parses bytes as [`Drucksache::from_bytes`] does, with [`Options`].
    ///
    /// # Errors
    ///
    /// As [`Drucksache::from_bytes`]; in strict mode also the first [`Diagnostic`].
    pub fn from_bytes_with(bytes: &[u8], options: &Options) -> Result<Drucksache, Error> {
        parse::drucksache_bytes(bytes, options)
    }

    /// The questions asked or answered, in order; empty for other documents.
    pub fn fragen(&self) -> &[Frage] {
        match &self.inhalt {
            Inhalt::Anfrage(a) => &a.fragen,
            Inhalt::Antwort(a) => &a.anfrage.fragen,
            _ => &[],
        }
    }

    /// The answer, if this is one.
    pub fn as_antwort(&self) -> Option<&Antwort> {
        match &self.inhalt {
            Inhalt::Antwort(a) => Some(a),
            _ => None,
        }
    }

    /// The question paper, if this is one.
    pub fn as_anfrage(&self) -> Option<&KleineAnfrage> {
        match &self.inhalt {
            Inhalt::Anfrage(a) => Some(a),
            _ => None,
        }
    }
}

impl Kopf {
    /// Reads only the header of a document: parliament, Wahlperiode, number, date, type and
    /// originators, from the document's first lines (about its first 3 KB), without parsing
    /// the rest. Much faster than [`Drucksache::parse`] on long documents, for indexing whole
    /// archives.
    ///
    /// What only the rest of the document shows is not read: the running heads of later pages
    /// (a number missing from page 1), footers printed after the first lines, and an answer
    /// printed after a question paper's questions (a combined print is then still a Kleine
    /// Anfrage here).
    ///
    /// ```
    /// use drucksache::{Drucksachetyp, Kopf, Parlament};
    ///
    /// let text = "Deutscher Bundestag Drucksache 21/375\n21. Wahlperiode 02.06.2025\n\
    ///     Kleine Anfrage\nder Abgeordneten Eva Muster und der Fraktion der SPD\nEin Titel\n";
    /// let kopf = Kopf::parse(text)?;
    /// assert_eq!(kopf.parlament, Some(Parlament::BT));
    /// assert_eq!(kopf.dokumentnummer.map(|n| n.to_string()).as_deref(), Some("21/375"));
    /// assert_eq!(kopf.drucksachetyp, Some(Drucksachetyp::KleineAnfrage));
    /// assert_eq!(kopf.urheber, ["Fraktion der SPD"]);
    /// # Ok::<(), drucksache::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Empty`] for an empty or blank text and with
    /// [`ErrorKind::NotADrucksache`] when the first lines show no parliament, no number and no
    /// type line.
    pub fn parse(text: &str) -> Result<Kopf, Error> {
        parse::kopf(text, &Options::default())
    }

    /// Reads the header as [`Kopf::parse`] does, with [`Options`]: a known parliament.
    /// [`Options::strict`] changes nothing here: the header parse reports no diagnostics.
    ///
    /// # Errors
    ///
    /// As [`Kopf::parse`].
    pub fn parse_with(text: &str, options: &Options) -> Result<Kopf, Error> {
        parse::kopf(text, options)
    }
}

/// The JSON Schema (draft 2020-12) of a [`Drucksache`] as serde serializes it.
///
/// The value types that serialize as strings ([`Dokumentnummer`], [`Fragenummer`],
/// [`Drucksachetyp`], [`Anfrageart`], [`Parlament`]) are described as strings with their
/// pattern, codes or known words.
///
/// ```
/// let schema = drucksache::schema();
/// assert_eq!(schema.get("title").and_then(|t| t.as_str()), Some("Drucksache"));
/// ```
#[cfg(feature = "schemars")]
pub fn schema() -> schemars::Schema {
    schemars::schema_for!(Drucksache)
}

impl FromStr for Drucksache {
    type Err = Error;

    /// Same as [`Drucksache::parse`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Drucksache::parse(s)
    }
}

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
