//! Multilingual text as the portal serves it.
//!
//! German and English are the originals every text must have; the other app languages are
//! translations of them, each marked with how far it can be trusted. On the wire an original is
//! a plain string and a translation an object with its status, so a client of the first API
//! version, which asks for no languages and so gets only the originals, reads the same JSON
//! as before.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

/// The languages every piece of portal content must carry, in fallback order: a text missing in
/// the user's language is shown in English, then German (the portal's own languages).
pub const CONTENT_FALLBACK: [&str; 2] = ["en", "de"];

/// How far one language version of a text can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum TextStatus {
    /// Written in this language by the content's authors (German and English).
    #[default]
    Original,
    /// Translated from the originals, not yet checked by a reviewer who reads both.
    Translated,
    /// Translated and checked by a reviewer.
    Reviewed,
    /// A status this build does not know (a newer portal): shown like an unreviewed translation.
    #[serde(other)]
    Other,
}

impl TextStatus {
    /// True for a translation nobody has checked yet: the app marks it and offers the original.
    pub fn needs_review(self) -> bool {
        matches!(self, TextStatus::Translated | TextStatus::Other)
    }
}

/// One language version of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEntry {
    pub text: String,
    pub status: TextStatus,
}

/// A text in several languages, keyed by BCP 47 language code (`"de"`, `"en"`, `"ar"`, ...).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(
        export,
        type = "Record<string, string | { text: string; status: \"original\" | \"translated\" | \"reviewed\" | \"other\" }>"
    )
)]
pub struct LocalizedText(BTreeMap<String, TextEntry>);

/// The wire form of one language version.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(untagged)]
enum WireEntry {
    /// An original.
    Original(String),
    /// A translation with its status.
    Marked { text: String, status: TextStatus },
}

impl Serialize for LocalizedText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(lang, e)| {
            let wire = match e.status {
                TextStatus::Original => WireEntry::Original(e.text.clone()),
                status => WireEntry::Marked {
                    text: e.text.clone(),
                    status,
                },
            };
            (lang, wire)
        }))
    }
}

impl<'de> Deserialize<'de> for LocalizedText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let wire = BTreeMap::<String, WireEntry>::deserialize(d)?;
        Ok(Self(
            wire.into_iter()
                .map(|(lang, w)| {
                    let entry = match w {
                        WireEntry::Original(text) => TextEntry {
                            text,
                            status: TextStatus::Original,
                        },
                        WireEntry::Marked { text, status } => TextEntry { text, status },
                    };
                    (lang, entry)
                })
                .collect(),
        ))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for LocalizedText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LocalizedText".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <BTreeMap<String, WireEntry>>::json_schema(generator)
    }
}

/// An original a translation was made from, for the reader who wants to check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct OriginalText {
    pub lang: String,
    pub text: String,
}

/// A text resolved for one reader: the words and the language they are really in, so the UI can
/// mark text shown in a fallback language or in a translation nobody has checked yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ResolvedText {
    pub text: String,
    pub lang: String,
    /// True when `lang` is not the language the reader asked for.
    pub fallback: bool,
    #[serde(default)]
    pub status: TextStatus,
    /// The originals (English, then German) of an unreviewed translation; empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub originals: Vec<OriginalText>,
}

impl LocalizedText {
    /// A text with German and English versions.
    pub fn de_en(de: impl Into<String>, en: impl Into<String>) -> Self {
        let mut text = Self::default();
        text.insert("de", de, TextStatus::Original);
        text.insert("en", en, TextStatus::Original);
        text
    }

    /// Sets the version in `lang`.
    pub fn insert(&mut self, lang: &str, text: impl Into<String>, status: TextStatus) {
        self.0.insert(
            lang.to_owned(),
            TextEntry {
                text: text.into(),
                status,
            },
        );
    }

    /// The version in `lang`, if it has one.
    pub fn get(&self, lang: &str) -> Option<&TextEntry> {
        self.0.get(lang)
    }

    /// The words in `lang`, if it has them and they are not blank.
    pub fn text(&self, lang: &str) -> Option<&str> {
        self.0
            .get(lang)
            .map(|e| e.text.as_str())
            .filter(|t| !t.trim().is_empty())
    }

    /// The language codes it has, in code order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps only the languages in `langs` and the originals: what a client that asked for
    /// `langs` is sent (every text stays readable through the fallback order).
    pub fn retain_languages(&mut self, langs: &[String]) {
        self.0.retain(|lang, _| {
            CONTENT_FALLBACK.contains(&lang.as_str()) || langs.iter().any(|l| l == lang)
        });
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
                    .get_key_value(*lang)
                    .filter(|(_, e)| !e.text.trim().is_empty())
            })
            .or_else(|| self.0.iter().find(|(_, e)| !e.text.trim().is_empty()))?;
        let (lang, entry) = pick;
        let originals = if entry.status.needs_review() {
            CONTENT_FALLBACK
                .iter()
                .filter_map(|l| {
                    self.0
                        .get(*l)
                        .filter(|e| e.status == TextStatus::Original && !e.text.trim().is_empty())
                        .map(|e| OriginalText {
                            lang: (*l).to_owned(),
                            text: e.text.clone(),
                        })
                })
                .collect()
        } else {
            Vec::new()
        };
        Some(ResolvedText {
            text: entry.text.clone(),
            lang: lang.clone(),
            fallback: lang != wanted,
            status: entry.status,
            originals,
        })
    }

    /// Every language version joined, for full-text indexing.
    pub fn all_text(&self) -> String {
        self.0
            .values()
            .map(|e| e.text.as_str())
            .collect::<Vec<_>>()
            .join(" \n ")
    }

    /// True when the required content languages (de and en) are present, not blank and
    /// originals.
    pub fn has_required_languages(&self) -> bool {
        CONTENT_FALLBACK.iter().all(|l| {
            self.0
                .get(*l)
                .is_some_and(|e| e.status == TextStatus::Original && !e.text.trim().is_empty())
        })
    }
}

/// Most languages a client may ask for at once (far more than any reader's fallback order).
pub const MAX_LANGUAGES: usize = 16;

/// The feed's `lang` parameter as the OpenAPI document states it; [`parse_language_list`]
/// accepts exactly these strings.
pub const LANGUAGE_LIST_PATTERN: &str =
    "^ *(?:[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)? *(?:, *(?:[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)? *){0,15}$";

/// Reads a comma-separated language list (`"ar,en,de"`): lowercase primary tags of two or three
/// letters, optionally with subtags (`"pt-BR"`), in the client's order, duplicates dropped; at
/// most [`MAX_LANGUAGES`] items.
pub fn parse_language_list(raw: &str) -> Result<Vec<String>, String> {
    let parts: Vec<&str> = raw.split(',').map(|p| p.trim_matches(' ')).collect();
    if parts.len() > MAX_LANGUAGES {
        return Err(format!("at most {MAX_LANGUAGES} languages"));
    }
    let mut out: Vec<String> = Vec::new();
    for part in parts.into_iter().filter(|p| !p.is_empty()) {
        let mut subtags = part.split('-');
        let primary = subtags.next().unwrap_or_default();
        let primary_ok =
            (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
        let rest_ok = subtags
            .all(|t| (1..=8).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_alphanumeric()));
        if !primary_ok || !rest_ok {
            return Err(format!("not a language code: {part:?}"));
        }
        if !out.iter().any(|l| l == part) {
            out.push(part.to_owned());
        }
    }
    Ok(out)
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

    #[test]
    fn an_unreviewed_translation_carries_its_originals() {
        let mut t = LocalizedText::de_en("Anmeldung", "Registration of address (Anmeldung)");
        t.insert("ar", "تسجيل العنوان (Anmeldung)", TextStatus::Translated);
        t.insert("uk", "Реєстрація адреси (Anmeldung)", TextStatus::Reviewed);
        let r = t.resolve(&["ar", "en", "de"]).unwrap();
        assert_eq!((r.lang.as_str(), r.fallback), ("ar", false));
        assert_eq!(r.status, TextStatus::Translated);
        let langs: Vec<_> = r.originals.iter().map(|o| o.lang.as_str()).collect();
        assert_eq!(langs, ["en", "de"]);
        let r = t.resolve(&["uk"]).unwrap();
        assert_eq!(r.status, TextStatus::Reviewed);
        assert!(
            r.originals.is_empty(),
            "a reviewed translation needs no marker"
        );
        assert!(t.resolve(&["de"]).unwrap().originals.is_empty());
    }

    #[test]
    fn originals_are_plain_strings_on_the_wire_and_translations_carry_a_status() {
        let mut t = LocalizedText::de_en("Anmeldung", "Registration");
        t.insert("tr", "Adres kaydı (Anmeldung)", TextStatus::Translated);
        let json = serde_json::to_value(&t).unwrap();
        assert_eq!(json["de"], "Anmeldung");
        assert_eq!(json["tr"]["status"], "translated");
        let back: LocalizedText = serde_json::from_value(json).unwrap();
        assert_eq!(back, t);
        // A first-version text (all plain strings) still reads; an unknown status is kept
        // as "other" and shown like an unreviewed translation.
        let old: LocalizedText =
            serde_json::from_str(r#"{"de":"A","en":"B","fa":{"text":"C","status":"machine"}}"#)
                .unwrap();
        assert!(old.has_required_languages());
        assert!(old.get("fa").unwrap().status.needs_review());
    }

    #[test]
    fn language_lists_are_checked() {
        assert_eq!(
            parse_language_list("ar, en,de,ar").unwrap(),
            ["ar", "en", "de"]
        );
        assert_eq!(parse_language_list("pt-BR").unwrap(), ["pt-BR"]);
        assert!(parse_language_list("").unwrap().is_empty());
        assert!(parse_language_list("AR").is_err());
        assert!(parse_language_list("a'b").is_err());
        let pattern = regex_lite::Regex::new(LANGUAGE_LIST_PATTERN).unwrap();
        let seventeen = vec!["en"; 17].join(",");
        for s in [
            "ar,en,de",
            " ar , en ",
            "",
            ",",
            "pt-BR",
            "AR",
            "a'b",
            "e",
            "ar;de",
            "ar,,de",
            "\tar",
            "ar-",
            "ar-toolongsubtag",
            "ar\u{7f}",
            &seventeen,
            "en,en",
        ] {
            assert_eq!(parse_language_list(s).is_ok(), pattern.is_match(s), "{s:?}");
        }
    }

    #[test]
    fn a_client_gets_its_languages_and_the_originals() {
        let mut t = LocalizedText::de_en("Anmeldung", "Registration");
        t.insert("ar", "تسجيل", TextStatus::Translated);
        t.insert("uk", "Реєстрація", TextStatus::Translated);
        t.retain_languages(&["uk".to_owned()]);
        assert_eq!(t.languages().collect::<Vec<_>>(), ["de", "en", "uk"]);
    }
}
