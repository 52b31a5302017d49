//! The list of the app's languages (`i18n/locales.toml`): name, direction and completeness.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Writing direction; the UI sets `<html dir>` from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// Whether a catalog promises every message of the source catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LocaleStatus {
    Complete,
    Partial,
}

/// One of the app's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocaleInfo {
    pub code: String,
    /// The language's own name for itself, e.g. "العربية".
    pub name: String,
    pub direction: Direction,
    pub status: LocaleStatus,
}

#[derive(Deserialize)]
struct LocalesFile {
    source: String,
    locale: Vec<LocaleInfo>,
}

fn parsed() -> &'static LocalesFile {
    static FILE: OnceLock<LocalesFile> = OnceLock::new();
    FILE.get_or_init(|| {
        toml::from_str(super::catalogs::LOCALES_TOML)
            .expect("i18n/locales.toml is checked by the test suite")
    })
}

/// Every language the app ships, in the order of `i18n/locales.toml`.
pub fn available_locales() -> &'static [LocaleInfo] {
    &parsed().locale
}

/// The locale whose catalog is the source of truth for message ids.
pub fn source_locale() -> &'static str {
    &parsed().source
}

pub(super) fn direction_of(code: &str) -> Direction {
    available_locales()
        .iter()
        .find(|l| l.code == code)
        .map(|l| l.direction)
        .unwrap_or(Direction::Ltr)
}
