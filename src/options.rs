//! [`Options`]: how a text is parsed.

use crate::Parlament;

/// Options for [`Drucksache::parse_with`](crate::Drucksache::parse_with).
///
/// ```
/// use drucksache::{Drucksache, Options, Parlament};
/// let text = "Kleine Anfrage\nder Abgeordneten Eva Muster SPD\nTitel\nIch frage die Landesregierung:\n1. Wie viele?\n";
/// let doc = Drucksache::parse_with(text, &Options::new().parlament(Parlament::NW))?;
/// assert_eq!(doc.kopf.parlament, Some(Parlament::NW));
/// # Ok::<(), drucksache::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The parliament, when the caller knows it (an excerpt without its header). Overrides
    /// what the text says.
    pub parlament: Option<Parlament>,
    /// Turn the first diagnostic into an error instead of returning a partial result.
    pub strict: bool,
}

impl Options {
    /// Lenient parsing, parliament recognised from the text.
    pub fn new() -> Self {
        Options::default()
    }

    /// Sets the parliament.
    #[must_use]
    pub fn parlament(mut self, parlament: Parlament) -> Self {
        self.parlament = Some(parlament);
        self
    }

    /// Sets strict parsing.
    #[must_use]
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }
}
