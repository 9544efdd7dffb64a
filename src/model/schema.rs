//! Hand-written JSON Schemas for the value types that serialize as strings (feature
//! `schemars`); every other model type derives its schema.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::{Anfrageart, Dokumentnummer, Drucksachetyp, Fragenummer, Parlament};

impl JsonSchema for Dokumentnummer {
    fn schema_name() -> Cow<'static, str> {
        "Dokumentnummer".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A Drucksache number as printed, canonical form: `Wahlperiode/Nummer` \
                (Bundestag, Landtage) or, in the Bundesrat, `Nummer/Jahr` and `Nummer/Teil/Jahr`.",
            "pattern": "^[0-9]{1,9}/[0-9]{1,9}(/[0-9]{1,9})?$",
            "examples": ["21/1869", "17/9993", "215/25", "16/1/25"]
        })
    }
}

impl JsonSchema for Fragenummer {
    fn schema_name() -> Cow<'static, str> {
        "Fragenummer".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "The number of a question: up to three dotted parts and an optional \
                lower-case sub-question letter.",
            "pattern": "^[0-9]{1,5}(\\.[0-9]{1,5}){0,2}[a-z]?$",
            "examples": ["3", "3a", "1.2"]
        })
    }
}

impl JsonSchema for Drucksachetyp {
    fn schema_name() -> Cow<'static, str> {
        "Drucksachetyp".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "The type of a Drucksache in the vocabulary of the Bundestag's DIP \
                database; the examples are the words the crate knows, any other string is a type \
                kept as printed.",
            "examples": Drucksachetyp::BEKANNTE
        })
    }
}

impl JsonSchema for Anfrageart {
    fn schema_name() -> Cow<'static, str> {
        "Anfrageart".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let bekannt = [
            Anfrageart::KleineAnfrage,
            Anfrageart::GrosseAnfrage,
            Anfrageart::SchriftlicheAnfrage,
            Anfrageart::SchriftlicheKleineAnfrage,
            Anfrageart::KleineAnfrageZurSchriftlichenBeantwortung,
            Anfrageart::Anfrage,
            Anfrageart::SchriftlicheFrage,
            Anfrageart::MuendlicheAnfrage,
        ];
        let examples: Vec<&str> = bekannt.iter().map(Anfrageart::as_str).collect();
        json_schema!({
            "type": "string",
            "description": "The parliamentary instrument as the parliament names it; the \
                examples are the names the crate knows, any other string is an instrument kept as \
                printed.",
            "examples": examples
        })
    }
}

impl JsonSchema for Parlament {
    fn schema_name() -> Cow<'static, str> {
        "Parlament".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let codes: Vec<&str> = Parlament::ALL.iter().map(|p| p.code()).collect();
        json_schema!({
            "type": "string",
            "description": "A German parliament by its short code: BT (Bundestag), BR \
                (Bundesrat) or one of the sixteen Landtage.",
            "enum": codes
        })
    }
}
