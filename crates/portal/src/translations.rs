//! Translations of the content into the app's other languages.
//!
//! German and English are written in the content files themselves; every other language lives
//! in `content/translations/<lang>.toml`, one entry per English original (as in gettext: the
//! original is the key). A changed original therefore finds no translation until a translator
//! updates it (the text falls back to English meanwhile, never to a stale meaning), and the
//! coverage report lists both the texts a language lacks and the entries nothing uses.

use anyhow::{bail, Context};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use welcome_protocol::{Entity, LocalizedText, TextStatus, Texts, CONTENT_FALLBACK};

/// One translated text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    /// The English original, exactly.
    en: String,
    text: String,
    #[serde(default = "unreviewed")]
    status: TextStatus,
}

fn unreviewed() -> TextStatus {
    TextStatus::Translated
}

/// `content/translations/<lang>.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    locale: String,
    #[serde(default)]
    text: Vec<Entry>,
    /// Town names in this language, by municipality id (languages in another script).
    #[serde(default)]
    names: BTreeMap<String, String>,
}

/// One language's translations, looked up by the English original.
#[derive(Debug, Default)]
pub struct Language {
    texts: HashMap<String, (String, TextStatus)>,
    names: BTreeMap<String, String>,
}

/// Every translation of a content directory, by language code.
#[derive(Debug, Default)]
pub struct Translations {
    languages: BTreeMap<String, Language>,
}

/// What a content directory's translations cover.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// Texts (English originals) each language has no translation for.
    pub missing: BTreeMap<String, BTreeSet<String>>,
    /// Translations whose original no content text has any more (the original changed).
    pub unused: BTreeMap<String, BTreeSet<String>>,
    /// Distinct texts in the content.
    pub texts: usize,
}

impl Translations {
    /// Reads `dir/translations/*.toml` (none is fine: the content is then German and English).
    pub fn read(dir: &Path) -> anyhow::Result<Self> {
        let mut out = Self::default();
        for path in crate::content_loader::files(&dir.join("translations"), "toml")? {
            let raw = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            let file: File =
                toml::from_str(&raw).with_context(|| format!("parsing {}", path.display()))?;
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            if file.locale != stem {
                bail!(
                    "{}: locale {:?} does not match the file name",
                    path.display(),
                    file.locale
                );
            }
            if CONTENT_FALLBACK.contains(&stem) {
                bail!(
                    "{}: {stem} is an original language; write it in the content files",
                    path.display()
                );
            }
            let mut language = Language {
                names: file.names,
                ..Language::default()
            };
            for e in file.text {
                if e.text.trim().is_empty() {
                    bail!("{}: empty translation of {:?}", path.display(), e.en);
                }
                if e.status == TextStatus::Original {
                    bail!(
                        "{}: {:?} is a translation, its status cannot be \"original\"",
                        path.display(),
                        e.en
                    );
                }
                if language
                    .texts
                    .insert(e.en.clone(), (e.text, e.status))
                    .is_some()
                {
                    bail!("{}: {:?} translated twice", path.display(), e.en);
                }
            }
            out.languages.insert(file.locale, language);
        }
        Ok(out)
    }

    /// The language codes translated into.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.keys().map(String::as_str)
    }

    /// Adds every known translation to the entity's texts (and town names to a municipality).
    pub fn apply(&self, entity: &mut Entity) {
        if let Entity::Municipality(m) = entity {
            for (lang, language) in &self.languages {
                if let Some(name) = language.names.get(&m.id) {
                    m.names.insert(lang, name, TextStatus::Translated);
                }
            }
            return;
        }
        entity.for_each_text(&mut |text: &mut LocalizedText| {
            let Some(en) = text.text("en").map(str::to_owned) else {
                return;
            };
            for (lang, language) in &self.languages {
                if let Some((translation, status)) = language.texts.get(&en) {
                    text.insert(lang, translation.clone(), *status);
                }
            }
        });
    }

    /// Which texts of `entities` each language lacks (every language of `expected` and every
    /// language with a file), and which translations nothing uses. Town names count for the
    /// languages that give any.
    pub fn coverage(&self, entities: &[Entity], expected: &[&str]) -> Coverage {
        let mut originals = BTreeSet::new();
        let mut towns = BTreeSet::new();
        for entity in entities {
            let mut entity = entity.clone();
            if let Entity::Municipality(m) = &entity {
                towns.insert(m.id.clone());
            }
            entity.for_each_text(&mut |text: &mut LocalizedText| {
                if let Some(en) = text.text("en") {
                    originals.insert(en.to_owned());
                }
            });
        }
        let mut coverage = Coverage {
            texts: originals.len(),
            ..Coverage::default()
        };
        let empty = Language::default();
        let langs: BTreeSet<&str> = self
            .languages()
            .chain(
                expected
                    .iter()
                    .copied()
                    .filter(|l| !CONTENT_FALLBACK.contains(l)),
            )
            .collect();
        for lang in langs {
            let language = self.languages.get(lang).unwrap_or(&empty);
            let mut missing: BTreeSet<String> = originals
                .iter()
                .filter(|en| !language.texts.contains_key(*en))
                .cloned()
                .collect();
            if !language.names.is_empty() {
                missing.extend(
                    towns
                        .iter()
                        .filter(|id| !language.names.contains_key(*id))
                        .map(|id| format!("town name: {id}")),
                );
            }
            let mut unused: BTreeSet<String> = language
                .texts
                .keys()
                .filter(|en| !originals.contains(*en))
                .cloned()
                .collect();
            unused.extend(
                language
                    .names
                    .keys()
                    .filter(|id| !towns.contains(*id))
                    .map(|id| format!("town name: {id}")),
            );
            if !missing.is_empty() {
                coverage.missing.insert(lang.to_owned(), missing);
            }
            if !unused.is_empty() {
                coverage.unused.insert(lang.to_owned(), unused);
            }
        }
        coverage
    }
}
