//! Each parliament's conventions as data: how it names itself, what its government is called,
//! which phrases give it away. One shared grammar reads every parliament through its profile;
//! a new layout means a new profile (and fixtures), not a new parser.

use crate::Parlament;

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
}

const fn profil(
    parlament: Parlament,
    namen: &'static [&'static str],
    signaturen: &'static [&'static str],
    regierung: &'static str,
) -> Profil {
    let kombiniert = !matches!(
        parlament,
        Parlament::BT
            | Parlament::BR
            | Parlament::BB
            | Parlament::NI
            | Parlament::NW
            | Parlament::RP
            | Parlament::SL
            | Parlament::TH
    );
    Profil {
        parlament: Some(parlament),
        namen,
        signaturen,
        regierung,
        kombiniert,
    }
}

/// The profiles of all eighteen parliaments.
pub(crate) static PROFILE: [Profil; 18] = [
    profil(
        Parlament::BT,
        &["Deutscher Bundestag"],
        &["Wir fragen die Bundesregierung", "ISSN 0722-8333"],
        "Bundesregierung",
    ),
    profil(
        Parlament::BR,
        &["Bundesrat"],
        &["ISSN 0720-2946", "Sitzung des Bundesrates"],
        "Bundesregierung",
    ),
    profil(
        Parlament::BW,
        &["Landtag von Baden-Württemberg"],
        &[
            "beantwortet das Ministerium",
            "Landtag von Baden-Württemberg",
        ],
        "Landesregierung",
    ),
    profil(
        Parlament::BY,
        &["Bayerischer Landtag"],
        &[
            "Hinweise des Landtagsamts",
            "Die Staatsregierung wird gefragt",
        ],
        "Staatsregierung",
    ),
    profil(
        Parlament::BE,
        &["Abgeordnetenhaus Berlin", "Abgeordnetenhaus von Berlin"],
        &[
            "Eingang beim Abgeordnetenhaus",
            "Im Namen des Senats von Berlin",
            "Abgeordnetenhauses von Berlin",
        ],
        "Senat",
    ),
    profil(
        Parlament::BB,
        &["Landtag Brandenburg"],
        &["Landtag Brandenburg"],
        "Landesregierung",
    ),
    profil(
        Parlament::HB,
        &["Bremische Bürgerschaft", "Bremischen Bürgerschaft"],
        &["Bremische Bürgerschaft"],
        "Senat",
    ),
    profil(
        Parlament::HH,
        &[
            "Bürgerschaft der Freien und Hansestadt Hamburg",
            "Hamburgische Bürgerschaft",
        ],
        &[
            "Schriftliche Kleine Anfrage",
            "Bürgerschaft der Freien und Hansestadt Hamburg",
        ],
        "Senat",
    ),
    profil(
        Parlament::HE,
        &["Hessischer Landtag"],
        &["Hessischer Landtag"],
        "Landesregierung",
    ),
    profil(
        Parlament::MV,
        &["Landtag Mecklenburg-Vorpommern"],
        &["Landtag Mecklenburg-Vorpommern"],
        "Landesregierung",
    ),
    profil(
        Parlament::NI,
        &["Niedersächsischer Landtag"],
        &["Niedersächsischer Landtag", "(Verteilt am"],
        "Landesregierung",
    ),
    profil(
        Parlament::NW,
        &["Landtag Nordrhein-Westfalen"],
        &["Datum des Originals:", "Landtag Nordrhein-Westfalen"],
        "Landesregierung",
    ),
    profil(
        Parlament::RP,
        &["Landtag Rheinland-Pfalz"],
        &["Landtag Rheinland-Pfalz"],
        "Landesregierung",
    ),
    profil(
        Parlament::SL,
        &["Landtag des Saarlandes"],
        &["Regierung des Saarlandes", "Landtag des Saarlandes"],
        "Landesregierung",
    ),
    profil(
        Parlament::SN,
        &["Sächsischer Landtag"],
        &["Sächsischen Staatsregierung", "Sächsischer Landtag"],
        "Staatsregierung",
    ),
    profil(
        Parlament::ST,
        &["Landtag von Sachsen-Anhalt"],
        &["Landtag von Sachsen-Anhalt", "des Landes Sachsen-Anhalt"],
        "Landesregierung",
    ),
    profil(
        Parlament::SH,
        &["Schleswig-Holsteinischer Landtag"],
        &["Schleswig-Holsteinischer Landtag"],
        "Landesregierung",
    ),
    profil(
        Parlament::TH,
        &["Thüringer Landtag"],
        &["Thüringer Landtag"],
        "Landesregierung",
    ),
];

/// The profile of texts whose parliament is unknown.
pub(crate) static UNBEKANNT: Profil = Profil {
    parlament: None,
    namen: &[],
    signaturen: &[],
    regierung: "Landesregierung",
    kombiniert: true,
};

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
