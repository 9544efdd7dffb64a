//! [`AnfrageBuilder`]: composing a question paper without parsing one.

use chrono::NaiveDate;

use super::{
    Abschnitt, Anfrageart, Dokumentnummer, Drucksache, Frage, Fragenummer, Fraktion, Inhalt,
    KleineAnfrage, Kopf, Parlament, Person, Span, Unterfrage, Unterzeichnung,
};

/// Composes a Kleine Anfrage (or another question paper) field by field, for tools that draft
/// them; [`Drucksache::to_text`] then prints it in its parliament's layout.
///
/// Texts are taken as one paragraph each, with runs of whitespace made single spaces (as the
/// parser reads them). Questions are numbered `1`, `2`, … in the order they are added, their
/// sub-questions `a`, `b`, …. The header's originators, type and Wahlperiode follow from what
/// is set, as the parser would read them from the printed paper, so that parsing the printed
/// form gives the composed model again. References to other Drucksachen in the texts are not
/// collected; [`Drucksache::parse`] of the printed form finds them.
///
/// ```
/// use drucksache::{AnfrageBuilder, Drucksache, Parlament};
///
/// let anfrage = AnfrageBuilder::new(Parlament::BT)
///     .dokumentnummer("21/1234".parse()?)
///     .datum(chrono::NaiveDate::from_ymd_opt(2025, 6, 2).unwrap())
///     .abgeordnete("Dr. Eva Muster", "SPD")
///     .abgeordnete("Max Beispiel", "SPD")
///     .titel("Radwege an Bundesstraßen")
///     .vorbemerkung(["Der Radverkehr nimmt zu."])
///     .frage("Wie viele Kilometer Radweg wurden 2024 gebaut?")
///     .frage_mit_unterfragen(
///         "Welche Mittel stehen bereit,",
///         ["im Bundeshaushalt?", "in den Ländern?"],
///     )
///     .unterzeichnung("Berlin", chrono::NaiveDate::from_ymd_opt(2025, 5, 28).unwrap(), "Dr. Eva Muster und Fraktion")
///     .build();
/// let text = anfrage.to_text();
/// assert!(text.contains("Wir fragen die Bundesregierung:"));
/// assert!(text.contains("\n2. Welche Mittel stehen bereit,\na) im Bundeshaushalt?\n"));
/// assert!(Drucksache::parse(&text)?.gleicher_inhalt(&anfrage));
/// # Ok::<(), drucksache::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct AnfrageBuilder {
    kopf: Kopf,
    anfrage: KleineAnfrage,
}

impl AnfrageBuilder {
    /// A Kleine Anfrage in `parlament`.
    pub fn new(parlament: Parlament) -> Self {
        AnfrageBuilder {
            kopf: Kopf {
                parlament: Some(parlament),
                ..Kopf::default()
            },
            anfrage: KleineAnfrage::new(Anfrageart::KleineAnfrage),
        }
    }

    /// The instrument, if not a Kleine Anfrage: `Anfrageart::GrosseAnfrage`, … .
    #[must_use]
    pub fn anfrageart(mut self, art: Anfrageart) -> Self {
        self.anfrage.anfrageart = art;
        self
    }

    /// The paper's Drucksache number; its Wahlperiode becomes the header's (not in the
    /// Bundesrat, whose numbers run per year).
    #[must_use]
    pub fn dokumentnummer(mut self, nummer: Dokumentnummer) -> Self {
        self.kopf.dokumentnummer = Some(nummer);
        if self.kopf.parlament != Some(Parlament::BR) {
            self.kopf.wahlperiode = nummer.wahlperiode().and_then(|w| u16::try_from(w).ok());
        }
        self
    }

    /// The header date.
    #[must_use]
    pub fn datum(mut self, datum: NaiveDate) -> Self {
        self.kopf.datum = Some(datum);
        self
    }

    /// The running number printed on the type line (`Kleine Anfrage 5441`): digits and `/`.
    #[must_use]
    pub fn nummer(mut self, nummer: &str) -> Self {
        self.anfrage.nummer = Some(nummer.trim().to_owned());
        self
    }

    /// An asking member (academic title kept in the name) of `fraktion` (named without the word
    /// `Fraktion`: `AfD`, `Die Linke`).
    #[must_use]
    pub fn abgeordnete(mut self, name: &str, fraktion: &str) -> Self {
        let f = Fraktion::new(fraktion);
        let mut p = Person::new(name);
        p.fraktion = Some(f.name.clone());
        self.anfrage.urheber.personen.push(p);
        if !self.anfrage.urheber.fraktionen.contains(&f) {
            self.anfrage.urheber.fraktionen.push(f);
        }
        self
    }

    /// Marks the list of askers as cut short (`weiterer Abgeordneter`).
    #[must_use]
    pub fn weitere_abgeordnete(mut self) -> Self {
        self.anfrage.urheber.weitere = true;
        self
    }

    /// The title.
    #[must_use]
    pub fn titel(mut self, titel: &str) -> Self {
        self.anfrage.titel = Some(einzeilig(titel));
        self
    }

    /// The askers' preamble, one text per paragraph.
    #[must_use]
    pub fn vorbemerkung<I, S>(mut self, absaetze: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let absaetze: Vec<String> = absaetze
            .into_iter()
            .map(|a| einzeilig(a.as_ref()))
            .filter(|a| !a.is_empty())
            .collect();
        self.anfrage.vorbemerkung = (!absaetze.is_empty()).then(|| Abschnitt {
            absaetze,
            ..Abschnitt::default()
        });
        self
    }

    /// The next question.
    #[must_use]
    pub fn frage(self, text: &str) -> Self {
        self.frage_mit_unterfragen(text, std::iter::empty::<&str>())
    }

    /// The next question with its lettered sub-questions (`a)`, `b)`, …); `text` is the stem.
    #[must_use]
    pub fn frage_mit_unterfragen<I, S>(mut self, text: &str, unterfragen: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let n = u16::try_from(self.anfrage.fragen.len() + 1).unwrap_or(u16::MAX);
        let nummer = Fragenummer::new(n);
        let unterfragen = unterfragen
            .into_iter()
            .zip('a'..='z')
            .map(|(u, c)| Unterfrage {
                nummer: nummer.mit_buchstabe(c),
                text: einzeilig(u.as_ref()),
                span: Span::default(),
            })
            .collect();
        self.anfrage.fragen.push(Frage {
            nummer,
            text: einzeilig(text),
            unterfragen,
            span: Span::default(),
        });
        self
    }

    /// The closing: place and date of signing, and the signature (`Dr. Alice Weidel, Tino
    /// Chrupalla und Fraktion`).
    #[must_use]
    pub fn unterzeichnung(mut self, ort: &str, datum: NaiveDate, text: &str) -> Self {
        self.anfrage.unterzeichnung = Some(Unterzeichnung {
            ort: Some(einzeilig(ort)),
            datum: Some(datum),
            text: einzeilig(text),
        });
        self
    }

    /// The composed document.
    pub fn build(self) -> Drucksache {
        let AnfrageBuilder { mut kopf, anfrage } = self;
        kopf.drucksachetyp = Some(anfrage.anfrageart.drucksachetyp());
        kopf.urheber = anfrage
            .urheber
            .fraktionen
            .iter()
            .map(Fraktion::bezeichnung)
            .collect();
        Drucksache {
            kopf,
            titel: anfrage.titel.clone(),
            inhalt: Inhalt::Anfrage(anfrage),
            verweise: Vec::new(),
            fussnoten: Vec::new(),
            diagnosen: Vec::new(),
        }
    }
}

/// Whitespace runs as single spaces, trimmed.
fn einzeilig(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
