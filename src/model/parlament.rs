//! The parliaments whose printed documents the crate reads.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A German parliament: the Bundestag, the Bundesrat or one of the sixteen Landtage.
///
/// The variants are the short codes used by DIP and `OParl` (`BT`, `BR`, `NW`, …); `Display` and
/// serde use the code, [`Parlament::name`] gives the official name.
///
/// ```
/// use drucksache::Parlament;
/// let nrw: Parlament = "NW".parse()?;
/// assert_eq!(nrw.name(), "Landtag Nordrhein-Westfalen");
/// assert_eq!(nrw.to_string(), "NW");
/// # Ok::<(), drucksache::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Parlament {
    /// Deutscher Bundestag.
    BT,
    /// Bundesrat.
    BR,
    /// Landtag von Baden-Württemberg.
    BW,
    /// Bayerischer Landtag.
    BY,
    /// Abgeordnetenhaus Berlin.
    BE,
    /// Landtag Brandenburg.
    BB,
    /// Bremische Bürgerschaft.
    HB,
    /// Hamburgische Bürgerschaft.
    HH,
    /// Hessischer Landtag.
    HE,
    /// Landtag Mecklenburg-Vorpommern.
    MV,
    /// Niedersächsischer Landtag.
    NI,
    /// Landtag Nordrhein-Westfalen.
    NW,
    /// Landtag Rheinland-Pfalz.
    RP,
    /// Landtag des Saarlandes.
    SL,
    /// Sächsischer Landtag.
    SN,
    /// Landtag von Sachsen-Anhalt.
    ST,
    /// Schleswig-Holsteinischer Landtag.
    SH,
    /// Thüringer Landtag.
    TH,
}

impl Parlament {
    /// Every parliament, Bundestag and Bundesrat first, then the Länder in the order of their codes.
    pub const ALL: [Parlament; 18] = [
        Parlament::BT,
        Parlament::BR,
        Parlament::BW,
        Parlament::BY,
        Parlament::BE,
        Parlament::BB,
        Parlament::HB,
        Parlament::HH,
        Parlament::HE,
        Parlament::MV,
        Parlament::NI,
        Parlament::NW,
        Parlament::RP,
        Parlament::SL,
        Parlament::SN,
        Parlament::ST,
        Parlament::SH,
        Parlament::TH,
    ];

    /// The two-letter code used by DIP and `OParl`, e.g. `"NW"`.
    pub fn code(self) -> &'static str {
        match self {
            Parlament::BT => "BT",
            Parlament::BR => "BR",
            Parlament::BW => "BW",
            Parlament::BY => "BY",
            Parlament::BE => "BE",
            Parlament::BB => "BB",
            Parlament::HB => "HB",
            Parlament::HH => "HH",
            Parlament::HE => "HE",
            Parlament::MV => "MV",
            Parlament::NI => "NI",
            Parlament::NW => "NW",
            Parlament::RP => "RP",
            Parlament::SL => "SL",
            Parlament::SN => "SN",
            Parlament::ST => "ST",
            Parlament::SH => "SH",
            Parlament::TH => "TH",
        }
    }

    /// The official name of the parliament, e.g. `"Hamburgische Bürgerschaft"`.
    pub fn name(self) -> &'static str {
        match self {
            Parlament::BT => "Deutscher Bundestag",
            Parlament::BR => "Bundesrat",
            Parlament::BW => "Landtag von Baden-Württemberg",
            Parlament::BY => "Bayerischer Landtag",
            Parlament::BE => "Abgeordnetenhaus Berlin",
            Parlament::BB => "Landtag Brandenburg",
            Parlament::HB => "Bremische Bürgerschaft",
            Parlament::HH => "Hamburgische Bürgerschaft",
            Parlament::HE => "Hessischer Landtag",
            Parlament::MV => "Landtag Mecklenburg-Vorpommern",
            Parlament::NI => "Niedersächsischer Landtag",
            Parlament::NW => "Landtag Nordrhein-Westfalen",
            Parlament::RP => "Landtag Rheinland-Pfalz",
            Parlament::SL => "Landtag des Saarlandes",
            Parlament::SN => "Sächsischer Landtag",
            Parlament::ST => "Landtag von Sachsen-Anhalt",
            Parlament::SH => "Schleswig-Holsteinischer Landtag",
            Parlament::TH => "Thüringer Landtag",
        }
    }

    /// The Land of a Landtag, `None` for the Bundestag and the Bundesrat.
    pub fn land(self) -> Option<&'static str> {
        Some(match self {
            Parlament::BT | Parlament::BR => return None,
            Parlament::BW => "Baden-Württemberg",
            Parlament::BY => "Bayern",
            Parlament::BE => "Berlin",
            Parlament::BB => "Brandenburg",
            Parlament::HB => "Bremen",
            Parlament::HH => "Hamburg",
            Parlament::HE => "Hessen",
            Parlament::MV => "Mecklenburg-Vorpommern",
            Parlament::NI => "Niedersachsen",
            Parlament::NW => "Nordrhein-Westfalen",
            Parlament::RP => "Rheinland-Pfalz",
            Parlament::SL => "Saarland",
            Parlament::SN => "Sachsen",
            Parlament::ST => "Sachsen-Anhalt",
            Parlament::SH => "Schleswig-Holstein",
            Parlament::TH => "Thüringen",
        })
    }

    /// Whether this is one of the sixteen Landtage (Bürgerschaften and the Abgeordnetenhaus included).
    pub fn is_landtag(self) -> bool {
        self.land().is_some()
    }
}

impl fmt::Display for Parlament {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Parlament {
    type Err = crate::Error;

    /// Reads a code such as `"NW"` (case-insensitive; `"NRW"` is accepted for `NW`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim();
        if code.eq_ignore_ascii_case("NRW") {
            return Ok(Parlament::NW);
        }
        Parlament::ALL
            .into_iter()
            .find(|p| p.code().eq_ignore_ascii_case(code))
            .ok_or_else(|| {
                crate::Error::value(
                    crate::ErrorKind::Parlament,
                    "a parliament code such as \"BT\", \"BR\" or \"NW\"",
                    s,
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for p in Parlament::ALL {
            assert_eq!(p.code().parse::<Parlament>().ok(), Some(p));
            assert_eq!(p.to_string(), p.code());
        }
        assert_eq!("nrw".parse::<Parlament>().ok(), Some(Parlament::NW));
        assert!("XX".parse::<Parlament>().is_err());
    }

    #[test]
    fn landtage_have_a_land() {
        assert_eq!(Parlament::ALL.iter().filter(|p| p.is_landtag()).count(), 16);
        assert_eq!(Parlament::HH.land(), Some("Hamburg"));
        assert_eq!(Parlament::BR.land(), None);
    }
}
