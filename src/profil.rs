//! Each parliament's conventions as data: how it names itself, what its government is called,
//! which phrases give it away, how it words the question and labels the answers. One shared
//! grammar reads every parliament through its profile, and the renderer prints through the same
//! profile; a new layout means a new profile (and fixtures), not a new parser or printer.

use crate::{Datumsrolle, Parlament};

/// The conventions of one parliament.
#[derive(Debug)]
pub(crate) struct Profil {
    /// The parliament; `None` for the fallback profile of unknown texts.
    pub(crate) parlament: Option<Parlament>,
    /// Names printed in its header, compared case-insensitively at the start of a line.
    pub(crate) namen: &'static [&'static str],
    /// Phrases elsewhere in the text that only this parliament prints.
    pub(crate) signaturen: &'static [&'static str],
    /// The answering body when the print names no ministry (`ressort` then): `Landesregierung`,
    /// `Senat`, `Bundesregierung`.
    pub(crate) regierung: &'static str,
    /// Whether question and answer may share one Drucksache (combined prints, LAYOUTS.md trap 5);
    /// the Bundestag, the Bundesrat, BB, NI, NW, RP, SL and TH print answers separately.
    pub(crate) kombiniert: bool,
    /// The government as the object of the question line: `Wir fragen die Bundesregierung:`,
    /// `Ich frage den Senat:`.
    pub(crate) regierung_akkusativ: &'static str,
    /// The government in the genitive, as the answer's type line continues: `Antwort` / `der
    /// Landesregierung`, `des Senats`.
    pub(crate) regierung_genitiv: &'static str,
    /// How answers are introduced in print.
    pub(crate) beschriftung: Beschriftung,
    /// Whether the answer reprints the questions without their numbers, each in the paragraph
    /// before its label (`Zu Frage 2:`), as the Saarland does.
    pub(crate) fragen_ohne_nummer: bool,
    /// Whether an answer's header names the question's Drucksache in brackets after its own,
    /// `Drucksache 16/1665 (16/1631)` (Saarland), rather than a line `– Drucksache N –` after
    /// the askers.
    pub(crate) bezug_in_klammern: bool,
    /// Words that name the answering body under the answer's heading: `Antwort der
    /// Landesregierung` / `erstellt vom Ministerium für …` (Sachsen-Anhalt).
    pub(crate) ressort_einleitungen: &'static [&'static str],
    /// What the print adds after a body's name that is not part of it: `… des Landes
    /// Sachsen-Anhalt`.
    pub(crate) ressort_zusaetze: &'static [&'static str],
    /// Words that give a printed date its role, lower case, tried in order on the text before
    /// the date: `Datum des Originals:`, `eingegangen am`, `an die Staatskanzlei übersandt am`,
    /// `(Verteilt am …)`, `Antwort des … vom`.
    pub(crate) datumsrollen: &'static [(&'static str, Datumsrolle)],
    /// The words that open a Vorbemerkung's heading, compared case-insensitively:
    /// `Vorbemerkung der Fragesteller`, `Vorbemerkungen der Landesregierung:`, Hamburg's
    /// `Einleitung für die Fragen` and `Einleitung für die Antworten des Senats`.
    pub(crate) vorbemerkungen: &'static [&'static str],
}

/// How a parliament introduces the answer to a reprinted question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Beschriftung {
    /// No label: the answer follows the reprinted question (Bundestag, Nordrhein-Westfalen).
    Keine,
    /// `Zu Frage 3:`, `Zu den Fragen 1 und 2:` (Saarland, …).
    ZuFrage,
    /// `Zu 3.:`, `Zu 1. und 2.:` (Baden-Württemberg).
    Zu,
}

/// The date roles every parliament prints.
const DATUMSROLLEN: [(&str, Datumsrolle); 10] = [
    ("datum des originals", Datumsrolle::Original),
    ("eingegangen", Datumsrolle::Eingang),
    ("eingang", Datumsrolle::Eingang),
    ("ausgegeben", Datumsrolle::Ausgegeben),
    ("verteilt", Datumsrolle::Verteilt),
    ("druck", Datumsrolle::Druck),
    ("zuleitung", Datumsrolle::Zuleitung),
    ("übersandt", Datumsrolle::Zuleitung),
    ("antwort des", Datumsrolle::Antwort),
    ("antwort der", Datumsrolle::Antwort),
];

/// What every profile starts from: an unknown parliament's conventions.
const BASIS: Profil = Profil {
    parlament: None,
    namen: &[],
    signaturen: &[],
    regierung: "Landesregierung",
    kombiniert: true,
    regierung_akkusativ: "die Landesregierung",
    regierung_genitiv: "der Landesregierung",
    beschriftung: Beschriftung::ZuFrage,
    fragen_ohne_nummer: false,
    bezug_in_klammern: false,
    ressort_einleitungen: &[],
    ressort_zusaetze: &[],
    datumsrollen: &DATUMSROLLEN,
    vorbemerkungen: &["Vorbemerkung"],
};

/// The profiles of all eighteen parliaments. Each names what differs from [`BASIS`]; a field
/// added to [`Profil`] needs a value in `BASIS` only.
#[allow(
    clippy::needless_update,
    reason = "every profile starts from BASIS, so that new fields need no edit here"
)]
pub(crate) static PROFILE: [Profil; 18] = [
    // BT
    Profil {
        parlament: Some(Parlament::BT),
        namen: &["Deutscher Bundestag"],
        signaturen: &["Wir fragen die Bundesregierung", "ISSN 0722-8333"],
        regierung: "Bundesregierung",
        kombiniert: false,
        regierung_akkusativ: "die Bundesregierung",
        regierung_genitiv: "der Bundesregierung",
        beschriftung: Beschriftung::Keine,
        ..BASIS
    },
    // BR
    Profil {
        parlament: Some(Parlament::BR),
        namen: &["Bundesrat"],
        signaturen: &["ISSN 0720-2946", "Sitzung des Bundesrates"],
        regierung: "Bundesregierung",
        kombiniert: false,
        regierung_akkusativ: "die Bundesregierung",
        regierung_genitiv: "der Bundesregierung",
        beschriftung: Beschriftung::Keine,
        ..BASIS
    },
    // BW
    Profil {
        parlament: Some(Parlament::BW),
        namen: &["Landtag von Baden-Württemberg"],
        signaturen: &[
            "beantwortet das Ministerium",
            "Landtag von Baden-Württemberg",
        ],
        regierung: "Landesregierung",
        kombiniert: true,
        beschriftung: Beschriftung::Zu,
        ..BASIS
    },
    // BY
    Profil {
        parlament: Some(Parlament::BY),
        namen: &["Bayerischer Landtag"],
        signaturen: &[
            "Hinweise des Landtagsamts",
            "Die Staatsregierung wird gefragt",
        ],
        regierung: "Staatsregierung",
        kombiniert: true,
        regierung_akkusativ: "die Staatsregierung",
        regierung_genitiv: "der Staatsregierung",
        beschriftung: Beschriftung::Keine,
        ..BASIS
    },
    // BE
    Profil {
        parlament: Some(Parlament::BE),
        namen: &["Abgeordnetenhaus Berlin", "Abgeordnetenhaus von Berlin"],
        signaturen: &[
            "Eingang beim Abgeordnetenhaus",
            "Im Namen des Senats von Berlin",
            "Abgeordnetenhauses von Berlin",
        ],
        regierung: "Senat",
        kombiniert: true,
        regierung_akkusativ: "den Senat",
        regierung_genitiv: "des Senats",
        ..BASIS
    },
    // BB
    Profil {
        parlament: Some(Parlament::BB),
        namen: &["Landtag Brandenburg"],
        signaturen: &["Landtag Brandenburg"],
        regierung: "Landesregierung",
        kombiniert: false,
        ..BASIS
    },
    // HB
    Profil {
        parlament: Some(Parlament::HB),
        namen: &["Bremische Bürgerschaft", "Bremischen Bürgerschaft"],
        signaturen: &["Bremische Bürgerschaft"],
        regierung: "Senat",
        kombiniert: true,
        regierung_akkusativ: "den Senat",
        regierung_genitiv: "des Senats",
        ..BASIS
    },
    // HH
    Profil {
        parlament: Some(Parlament::HH),
        namen: &[
            "Bürgerschaft der Freien und Hansestadt Hamburg",
            "Hamburgische Bürgerschaft",
        ],
        signaturen: &[
            "Schriftliche Kleine Anfrage",
            "Bürgerschaft der Freien und Hansestadt Hamburg",
        ],
        regierung: "Senat",
        kombiniert: true,
        regierung_akkusativ: "den Senat",
        regierung_genitiv: "des Senats",
        vorbemerkungen: &["Vorbemerkung", "Einleitung für die"],
        ..BASIS
    },
    // HE
    Profil {
        parlament: Some(Parlament::HE),
        namen: &["Hessischer Landtag"],
        signaturen: &["Hessischer Landtag"],
        regierung: "Landesregierung",
        kombiniert: true,
        ..BASIS
    },
    // MV
    Profil {
        parlament: Some(Parlament::MV),
        namen: &["Landtag Mecklenburg-Vorpommern"],
        signaturen: &["Landtag Mecklenburg-Vorpommern"],
        regierung: "Landesregierung",
        kombiniert: true,
        ..BASIS
    },
    // NI
    Profil {
        parlament: Some(Parlament::NI),
        namen: &["Niedersächsischer Landtag"],
        signaturen: &["Niedersächsischer Landtag", "(Verteilt am"],
        regierung: "Landesregierung",
        kombiniert: false,
        ..BASIS
    },
    // NW
    Profil {
        parlament: Some(Parlament::NW),
        namen: &["Landtag Nordrhein-Westfalen"],
        signaturen: &["Datum des Originals:", "Landtag Nordrhein-Westfalen"],
        regierung: "Landesregierung",
        kombiniert: false,
        beschriftung: Beschriftung::Keine,
        ..BASIS
    },
    // RP
    Profil {
        parlament: Some(Parlament::RP),
        namen: &["Landtag Rheinland-Pfalz"],
        signaturen: &["Landtag Rheinland-Pfalz"],
        regierung: "Landesregierung",
        kombiniert: false,
        ..BASIS
    },
    // SL
    Profil {
        parlament: Some(Parlament::SL),
        namen: &["Landtag des Saarlandes"],
        signaturen: &["Regierung des Saarlandes", "Landtag des Saarlandes"],
        regierung: "Landesregierung",
        kombiniert: false,
        fragen_ohne_nummer: true,
        bezug_in_klammern: true,
        ..BASIS
    },
    // SN
    Profil {
        parlament: Some(Parlament::SN),
        namen: &["Sächsischer Landtag"],
        signaturen: &["Sächsischen Staatsregierung", "Sächsischer Landtag"],
        regierung: "Staatsregierung",
        kombiniert: true,
        regierung_akkusativ: "die Staatsregierung",
        regierung_genitiv: "der Staatsregierung",
        beschriftung: Beschriftung::Keine,
        ..BASIS
    },
    // ST
    Profil {
        parlament: Some(Parlament::ST),
        namen: &["Landtag von Sachsen-Anhalt"],
        signaturen: &["Landtag von Sachsen-Anhalt", "des Landes Sachsen-Anhalt"],
        regierung: "Landesregierung",
        kombiniert: true,
        ressort_einleitungen: &["erstellt vom ", "erstellt von "],
        ressort_zusaetze: &[" des Landes Sachsen-Anhalt"],
        ..BASIS
    },
    // SH
    Profil {
        parlament: Some(Parlament::SH),
        namen: &["Schleswig-Holsteinischer Landtag"],
        signaturen: &["Schleswig-Holsteinischer Landtag"],
        regierung: "Landesregierung",
        kombiniert: true,
        ..BASIS
    },
    // TH
    Profil {
        parlament: Some(Parlament::TH),
        namen: &["Thüringer Landtag"],
        signaturen: &["Thüringer Landtag"],
        regierung: "Landesregierung",
        kombiniert: false,
        ..BASIS
    },
];

/// The profile of texts whose parliament is unknown.
pub(crate) static UNBEKANNT: Profil = BASIS;

impl Profil {
    /// The profile of `parlament`, or the fallback.
    pub(crate) fn von(parlament: Option<Parlament>) -> &'static Profil {
        parlament
            .and_then(|p| PROFILE.iter().find(|x| x.parlament == Some(p)))
            .unwrap_or(&UNBEKANNT)
    }
}

/// The parliament whose header name starts `line` (case-insensitive), e.g. `LANDTAG
/// NORDRHEIN-WESTFALEN Drucksache 18/13528`, or whose name stands anywhere in a short head line.
pub(crate) fn parlament_im_kopf(line: &str) -> Option<Parlament> {
    let lower = line.to_lowercase();
    PROFILE.iter().find_map(|p| {
        let hit = p.namen.iter().any(|n| {
            let n = n.to_lowercase();
            lower.starts_with(&n) || (line.len() < 120 && lower.contains(&n))
        });
        if hit { p.parlament } else { None }
    })
}

/// The parliament a signature phrase in `text` gives away.
pub(crate) fn parlament_aus_signatur(text: &str) -> Option<Parlament> {
    PROFILE.iter().find_map(|p| {
        if p.signaturen.iter().any(|s| text.contains(s)) {
            p.parlament
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parliament_has_a_profile() {
        for p in Parlament::ALL {
            assert_eq!(Profil::von(Some(p)).parlament, Some(p));
        }
        assert_eq!(Profil::von(None).parlament, None);
    }

    #[test]
    fn header_names_are_recognised_in_any_case() {
        assert_eq!(
            parlament_im_kopf("LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/13528"),
            Some(Parlament::NW)
        );
        assert_eq!(
            parlament_im_kopf("Deutscher Bundestag Drucksache 21/375"),
            Some(Parlament::BT)
        );
        assert_eq!(
            parlament_im_kopf("19. Wahlperiode 10.06.2025 Drucksache 19 / 6524"),
            None
        );
        assert_eq!(
            parlament_aus_signatur("Datum des Originals: 18.08.2020/Ausgegeben: 24.08.2020"),
            Some(Parlament::NW)
        );
    }
}
