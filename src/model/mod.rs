//! The typed model of a printed parliamentary document. It knows nothing of parsing.

mod anfrage;
mod antwort;
mod builder;
mod drucksache;
mod frage;
mod meta;
mod parlament;
#[cfg(feature = "schemars")]
mod schema;
mod schriftliche_fragen;
mod text;

pub use anfrage::{Anfrageart, Fraktion, KleineAnfrage, Person, Unterzeichnung, Urheber};
pub use antwort::{Antwort, Antwortblock, Querverweis, Ressort, Verweisziel};
pub use builder::AnfrageBuilder;
pub use drucksache::{
    Datumsangabe, Datumsrolle, Dokumentnummer, Drucksache, Drucksachetyp, Inhalt, Kopf, Text,
};
pub use frage::{Frage, Fragenummer, Unterfrage};
pub use meta::{Meta, MetaUrheber};
pub use parlament::Parlament;
pub use schriftliche_fragen::{
    Einzelantwort, Fragender, Geschaeftsbereich, SchriftlicheFrage, SchriftlicheFragen,
};
pub use text::{Abschnitt, Fussnote, Span, Verweis};
