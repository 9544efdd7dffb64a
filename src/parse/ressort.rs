//! Who answers: the answering body named in a genitive, dative or nominative phrase, put into
//! the nominative (`des Bundesministeriums für Verkehr` → `Bundesministerium für Verkehr`,
//! `der Ministerin für …` → `Ministerin für …`).

use crate::Ressort;

/// Articles and prepositions that may precede the body's name.
const ARTIKEL: [&str; 9] = [
    "Der ", "Die ", "Das ", "der ", "die ", "das ", "des ", "dem ", "den ",
];

/// Head nouns and their nominative; matched as word endings, so `Bundesministeriums` and
/// `Staatsministeriums` use `ministeriums`. The gender decides the adjective ending.
const KOEPFE: [(&str, &str, Genus); 31] = [
    ("ministeriums", "ministerium", Genus::Neutrum),
    ("ministerium", "ministerium", Genus::Neutrum),
    ("ministerin", "ministerin", Genus::Femininum),
    ("ministers", "minister", Genus::Maskulinum),
    ("minister", "minister", Genus::Maskulinum),
    ("amtes", "amt", Genus::Neutrum),
    ("amts", "amt", Genus::Neutrum),
    ("amt", "amt", Genus::Neutrum),
    ("senats", "senat", Genus::Maskulinum),
    ("senat", "senat", Genus::Maskulinum),
    ("senatorin", "senatorin", Genus::Femininum),
    ("senators", "senator", Genus::Maskulinum),
    ("sekretärs", "sekretär", Genus::Maskulinum),
    ("sekretärin", "sekretärin", Genus::Femininum),
    ("kanzlers", "kanzler", Genus::Maskulinum),
    ("kanzlerin", "kanzlerin", Genus::Femininum),
    ("chefs", "chef", Genus::Maskulinum),
    ("chefin", "chefin", Genus::Femininum),
    ("staatskanzlei", "staatskanzlei", Genus::Femininum),
    ("senatsverwaltung", "senatsverwaltung", Genus::Femininum),
    ("ausschusses", "ausschuss", Genus::Maskulinum),
    ("ausschuss", "ausschuss", Genus::Maskulinum),
    ("rates", "rat", Genus::Maskulinum),
    ("rats", "rat", Genus::Maskulinum),
    ("bundestages", "bundestag", Genus::Maskulinum),
    ("landes", "land", Genus::Neutrum),
    ("freistaates", "freistaat", Genus::Maskulinum),
    ("freistaats", "freistaat", Genus::Maskulinum),
    ("präsidenten", "präsident", Genus::Maskulinum),
    ("präsidentin", "präsidentin", Genus::Femininum),
    ("kommission", "kommission", Genus::Femininum),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Genus {
    Maskulinum,
    Femininum,
    Neutrum,
}

/// Whether `line` starts with a body's name in the nominative, as a letterhead prints it:
/// `Senatsverwaltung für Inneres und Sport`, `Staatsministerium der Finanzen`.
pub(crate) fn ist_behoerde(line: &str) -> bool {
    // the head noun within the first two words (`SÄCHSISCHES STAATSMINISTERIUM DER FINANZEN`)
    let kopf = line.split(' ').take(2).any(|w| {
        let w = w.to_lowercase();
        [
            "senatsverwaltung",
            "ministerium",
            "staatskanzlei",
            "senatskanzlei",
        ]
        .iter()
        .any(|k| w.ends_with(k))
    });
    kopf && line.len() < 120 && !line.contains(|c: char| c.is_ascii_digit())
}

/// A name printed in capitals in ordinary case: `SÄCHSISCHES STAATSMINISTERIUM DER FINANZEN` →
/// `Sächsisches Staatsministerium der Finanzen` (function words lower case, other words
/// capitalised); names already in mixed case stay as printed.
pub(crate) fn ohne_versalien(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.trim().to_owned();
    }
    let klein = [
        "der", "des", "die", "das", "für", "und", "von", "im", "in", "am",
    ];
    name.split_whitespace()
        .map(|w| {
            let w = w.to_lowercase();
            if klein.contains(&w.as_str()) {
                w
            } else {
                capitalise(&w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The body named by `gedruckt` (article and case as printed), in the nominative.
pub(crate) fn ressort(gedruckt: &str) -> Ressort {
    Ressort {
        name: nominativ(gedruckt),
        gedruckt: gedruckt.trim().to_owned(),
    }
}

/// Puts the head of a name phrase into the nominative and drops its article; the complement
/// (`für Arbeit und Soziales`, `der Finanzen`) stays as printed.
pub(crate) fn nominativ(phrase: &str) -> String {
    let mut p = phrase.trim();
    let mut artikel = "";
    for a in ARTIKEL {
        if let Some(rest) = p.strip_prefix(a) {
            artikel = a.trim();
            p = rest;
            break;
        }
    }
    let words: Vec<&str> = p.split(' ').collect();
    // the head is the first word (after adjectives) that ends in a known head noun
    let head = words.iter().position(|w| {
        let lower = w.to_lowercase();
        KOEPFE.iter().any(|(end, _, _)| lower.ends_with(end))
    });
    let Some(h) = head.filter(|&h| h <= 2) else {
        return beauftragter(artikel, p);
    };
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let genus = words.get(h).and_then(|w| {
        let lower = w.to_lowercase();
        KOEPFE
            .iter()
            .find(|(end, _, _)| lower.ends_with(end))
            .map(|&(end, nom, g)| (w, end, nom, g))
    });
    let Some((word, end, nom, genus)) = genus else {
        return p.to_owned();
    };
    for (k, w) in words.iter().enumerate() {
        match k.cmp(&h) {
            std::cmp::Ordering::Less => out.push(adjektiv(w, genus)),
            std::cmp::Ordering::Equal => {
                let stem = word.get(..word.len() - end.len()).unwrap_or("");
                let noun = format!("{stem}{nom}");
                out.push(if stem.is_empty() {
                    capitalise(&noun)
                } else {
                    noun
                });
            }
            std::cmp::Ordering::Greater => out.push((*w).to_owned()),
        }
    }
    out.join(" ")
}

/// Bodies named side by side, each in the nominative: `des Bundeskanzlers und des
/// Bundeskanzleramtes` → `Bundeskanzler und Bundeskanzleramt`.
pub(crate) fn nominativ_gereiht(phrase: &str) -> String {
    let mut teile: Vec<String> = Vec::new();
    let mut rest = phrase.trim();
    while let Some(p) = [" und des ", " und der "]
        .iter()
        .filter_map(|t| rest.find(t))
        .min()
    {
        teile.push(nominativ(rest.get(..p).unwrap_or(rest)));
        rest = rest.get(p + " und ".len()..).unwrap_or("");
    }
    teile.push(nominativ(rest));
    teile.join(" und ")
}

/// `Beauftragten der Bundesregierung für …`: the weak noun declines by article.
fn beauftragter(artikel: &str, p: &str) -> String {
    match p.strip_prefix("Beauftragten") {
        Some(rest) if artikel == "der" => format!("Beauftragte{rest}"),
        Some(rest) => format!("Beauftragter{rest}"),
        None => p.to_owned(),
    }
}

/// A declined adjective before the head: `Auswärtigen` → `Auswärtiges` (neuter),
/// `Niedersächsischen` → `Niedersächsisches`; `Thüringer` stays.
fn adjektiv(w: &str, genus: Genus) -> String {
    match w.strip_suffix("en") {
        Some(stem) if w.chars().next().is_some_and(char::is_uppercase) => match genus {
            Genus::Neutrum => format!("{stem}es"),
            Genus::Maskulinum => format!("{stem}er"),
            Genus::Femininum => format!("{stem}e"),
        },
        _ => w.to_owned(),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letterheads_in_capitals() {
        assert!(ist_behoerde("SÄCHSISCHES STAATSMINISTERIUM DER FINANZEN"));
        assert!(!ist_behoerde("Postfach 100 948 | 01076 Dresden"));
        assert_eq!(
            ohne_versalien("SÄCHSISCHES STAATSMINISTERIUM DER FINANZEN"),
            "Sächsisches Staatsministerium der Finanzen"
        );
        assert_eq!(
            ohne_versalien("Senatsverwaltung für Inneres"),
            "Senatsverwaltung für Inneres"
        );
    }

    #[test]
    fn genitive_ministries() {
        assert_eq!(
            nominativ("des Bundesministeriums für wirtschaftliche Zusammenarbeit und Entwicklung"),
            "Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung"
        );
        assert_eq!(
            nominativ("des Bundesministeriums des Innern"),
            "Bundesministerium des Innern"
        );
        assert_eq!(nominativ("des Auswärtigen Amts"), "Auswärtiges Amt");
        assert_eq!(nominativ("des Bundeskanzleramtes"), "Bundeskanzleramt");
        assert_eq!(
            nominativ("des Presse- und Informationsamtes der Bundesregierung"),
            "Presse- und Informationsamt der Bundesregierung"
        );
        assert_eq!(
            nominativ("des Beauftragten der Bundesregierung für Kultur und Medien"),
            "Beauftragter der Bundesregierung für Kultur und Medien"
        );
        assert_eq!(
            nominativ("des Niedersächsischen Ministeriums für Inneres, Sport und Digitalisierung"),
            "Niedersächsisches Ministerium für Inneres, Sport und Digitalisierung"
        );
        assert_eq!(
            nominativ("des Thüringer Ministeriums für Bildung"),
            "Thüringer Ministerium für Bildung"
        );
        assert_eq!(nominativ("des Kultusministers"), "Kultusminister");
    }

    #[test]
    fn office_holders() {
        assert_eq!(
            nominativ("Der Minister für Wirtschaft, Innovation, Digitalisierung und Energie"),
            "Minister für Wirtschaft, Innovation, Digitalisierung und Energie"
        );
        assert_eq!(
            nominativ("der Ministerin für Heimat, Kommunales, Bau und Gleichstellung"),
            "Ministerin für Heimat, Kommunales, Bau und Gleichstellung"
        );
        assert_eq!(
            nominativ("dem Ministerium für Finanzen"),
            "Ministerium für Finanzen"
        );
        assert_eq!(
            nominativ("des Chefs der Staatskanzlei"),
            "Chef der Staatskanzlei"
        );
        assert_eq!(nominativ("des Senats"), "Senat");
        assert_eq!(
            nominativ("des Parlamentarischen Staatssekretärs"),
            "Parlamentarischer Staatssekretär"
        );
        assert_eq!(
            nominativ("der Parlamentarischen Staatssekretärin"),
            "Parlamentarische Staatssekretärin"
        );
        assert_eq!(nominativ("des Staatsministers"), "Staatsminister");
        assert_eq!(
            nominativ("des Chefs des Bundespresseamts"),
            "Chef des Bundespresseamts"
        );
        assert_eq!(
            nominativ_gereiht("des Bundeskanzlers und des Bundeskanzleramtes"),
            "Bundeskanzler und Bundeskanzleramt"
        );
        assert_eq!(
            nominativ_gereiht("des Bundesministeriums des Innern und für Heimat"),
            "Bundesministerium des Innern und für Heimat"
        );
    }

    #[test]
    fn originators_of_other_papers() {
        assert_eq!(
            nominativ("des Petitionsausschusses (2. Ausschuss)"),
            "Petitionsausschuss (2. Ausschuss)"
        );
        assert_eq!(
            nominativ("des Deutschen Bundestages"),
            "Deutscher Bundestag"
        );
        assert_eq!(nominativ("des Bundesrates"), "Bundesrat");
        assert_eq!(
            nominativ("des Landes Nordrhein-Westfalen"),
            "Land Nordrhein-Westfalen"
        );
        assert_eq!(nominativ("des Freistaates Bayern"), "Freistaat Bayern");
        assert_eq!(
            nominativ("des Präsidenten des Bundesrechnungshofes"),
            "Präsident des Bundesrechnungshofes"
        );
        assert_eq!(nominativ("des Ständigen Beirats"), "Ständiger Beirat");
        assert_eq!(
            nominativ("die Europäische Kommission"),
            "Europäische Kommission"
        );
    }
}
