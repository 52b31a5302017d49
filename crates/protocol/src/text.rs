//! Multilingual text as the portal serves it.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The languages every piece of portal content must carry, in fallback order: a text missing in
/// the user's language is shown in English, then German (the portal's own languages).
pub const CONTENT_FALLBACK: [&str; 2] = ["en", "de"];

/// A text in several languages, keyed by BCP 47 language code (`"de"`, `"en"`, `"ar"`, ...).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, type = "Record<string, string>")
)]
#[serde(transparent)]
pub struct LocalizedText(pub BTreeMap<String, String>);

/// A text resolved for one reader: the words and the language they are really in, so the UI can
/// mark text shown in a fallback language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ResolvedText {
    pub text: String,
    pub lang: String,
    /// True when `lang` is not the language the reader asked for.
    pub fallback: bool,
}

impl LocalizedText {
    /// A text with German and English versions.
    pub fn de_en(de: impl Into<String>, en: impl Into<String>) -> Self {
        let mut map = BTreeMap::new();
        map.insert("de".to_owned(), de.into());
        map.insert("en".to_owned(), en.into());
        Self(map)
    }

    /// The text in the first of `preferred` that it has, else in the content fallback order,
    /// else in any language it has. `None` only for an empty text.
    pub fn resolve(&self, preferred: &[&str]) -> Option<ResolvedText> {
        let wanted = preferred.first().copied().unwrap_or("en");
        let pick = preferred
            .iter()
            .chain(CONTENT_FALLBACK.iter())
            .find_map(|lang| {
                self.0
                    .get(*lang)
                    .filter(|t| !t.trim().is_empty())
                    .map(|t| (*lang, t))
            })
            .or_else(|| {
                self.0
                    .iter()
                    .find(|(_, t)| !t.trim().is_empty())
                    .map(|(l, t)| (l.as_str(), t))
            })?;
        Some(ResolvedText {
            text: pick.1.clone(),
            lang: pick.0.to_owned(),
            fallback: pick.0 != wanted,
        })
    }

    /// Every language version joined, for full-text indexing.
    pub fn all_text(&self) -> String {
        self.0.values().cloned().collect::<Vec<_>>().join(" \n ")
    }

    /// True when the required content languages (de and en) are present and not blank.
    pub fn has_required_languages(&self) -> bool {
        CONTENT_FALLBACK
            .iter()
            .all(|l| self.0.get(*l).is_some_and(|t| !t.trim().is_empty()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_preferred_then_english_then_german() {
        let mut t = LocalizedText::de_en("Anmeldung", "Registration");
        let r = t.resolve(&["de"]).unwrap();
        assert_eq!((r.text.as_str(), r.fallback), ("Anmeldung", false));
        let r = t.resolve(&["ar"]).unwrap();
        assert_eq!(
            (r.text.as_str(), r.lang.as_str(), r.fallback),
            ("Registration", "en", true)
        );
        t.0.remove("en");
        let r = t.resolve(&["ar"]).unwrap();
        assert_eq!(r.lang, "de");
    }
}
