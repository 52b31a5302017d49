//! Every user-facing word, from the Fluent catalogs in `i18n/<locale>/*.ftl`.
//!
//! The catalogs are embedded at build time (see `build.rs`). A [`Localizer`] holds a chain of
//! bundles: the negotiated locale, then English, then German, so a message missing in a partial
//! translation falls back per message instead of showing a raw key. The UI formats with the same
//! catalogs (it asks the app for [`Localizer::catalog_sources`]), so there is one source for every
//! string.

mod catalogs {
    include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));
}
mod locales;

pub use fluent_bundle::{FluentArgs, FluentValue};
pub use locales::{available_locales, source_locale, Direction, LocaleInfo, LocaleStatus};

use fluent_bundle::{concurrent::FluentBundle, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// Locales every chain falls back to, in order.
pub const FALLBACK_CHAIN: [&str; 2] = ["en", "de"];

/// Formats messages in one negotiated language with per-message fallback.
#[derive(Clone)]
pub struct Localizer {
    locale: String,
    bundles: Arc<Vec<FluentBundle<FluentResource>>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Localizer {
    /// Picks the best available locale for the user's preferences (most preferred first, BCP 47
    /// tags such as `"de-DE"` or `"ar"`); English when none matches.
    pub fn new(requested: &[&str]) -> Self {
        Self::for_locale(&negotiate(requested))
    }

    /// A localizer for the system's preferred languages.
    pub fn system() -> Self {
        let system = system_locales();
        let refs: Vec<&str> = system.iter().map(String::as_str).collect();
        Self::new(&refs)
    }

    /// A localizer for an available locale code (as negotiated); unknown codes get English.
    fn for_locale(locale: &str) -> Self {
        let mut chain = vec![locale.to_owned()];
        for fallback in FALLBACK_CHAIN {
            if !chain.iter().any(|l| l == fallback) {
                chain.push(fallback.to_owned());
            }
        }
        let bundles = chain.iter().map(|l| build_bundle(l)).collect();
        Self {
            locale: locale.to_owned(),
            bundles: Arc::new(bundles),
        }
    }

    /// The negotiated locale code, e.g. `"de"`.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Writing direction of the negotiated locale.
    pub fn direction(&self) -> Direction {
        locales::direction_of(&self.locale)
    }

    /// The message `id` with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments, e.g. `args(&[("count", 3.into())])`.
    pub fn t_args(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    /// True when some bundle of the chain has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// The Fluent sources of the chain (negotiated locale first), for the UI's own formatter.
    pub fn catalog_sources(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut seen = Vec::new();
        for locale in std::iter::once(self.locale.as_str()).chain(FALLBACK_CHAIN) {
            if seen.contains(&locale) {
                continue;
            }
            seen.push(locale);
            let source: String = catalogs::CATALOGS
                .iter()
                .filter(|(l, _, _)| *l == locale)
                .map(|(_, _, src)| *src)
                .collect::<Vec<_>>()
                .join("\n");
            out.push((locale.to_owned(), source));
        }
        out
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in self.bundles.iter() {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let Some(pattern) = message.value() else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() {
                return text.into_owned();
            }
            tracing::warn!(id, locale = %self.locale, ?errors, "message formatted with errors");
            return text.into_owned();
        }
        tracing::warn!(id, "missing message in every catalog");
        id.to_owned()
    }
}

/// Builds `FluentArgs` from pairs: `args(&[("count", 3.into()), ("name", "Essen".into())])`.
pub fn args<'a>(pairs: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::new();
    for (k, v) in pairs {
        out.set(*k, v.clone());
    }
    out
}

/// The best available locale code for the requested BCP 47 tags.
pub fn negotiate(requested: &[&str]) -> String {
    let available: Vec<LanguageIdentifier> = available_locales()
        .iter()
        .filter_map(|l| l.code.parse().ok())
        .collect();
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|r| r.replace('_', "-").split('.').next()?.parse().ok())
        .collect();
    let default: LanguageIdentifier = "en".parse().expect("valid tag");
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Filtering,
    );
    chosen
        .first()
        .map(|l| l.to_string())
        .unwrap_or_else(|| "en".to_owned())
}

fn build_bundle(locale: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Bidi isolation marks would leak into the CLI's plain-text output; the UI isolates
    // interpolated values itself with `dir="auto"`.
    bundle.set_use_isolating(false);
    for (l, file, source) in catalogs::CATALOGS {
        if *l != locale {
            continue;
        }
        match FluentResource::try_new((*source).to_owned()) {
            Ok(resource) => {
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(locale, file, ?errors, "duplicate messages in catalog");
                }
            }
            Err((resource, errors)) => {
                tracing::error!(locale, file, ?errors, "catalog has syntax errors");
                bundle.add_resource_overriding(resource);
            }
        }
    }
    bundle
}

/// Every (locale, file, source) embedded, for the catalog checks.
pub fn embedded_catalogs() -> &'static [(&'static str, &'static str, &'static str)] {
    catalogs::CATALOGS
}

/// The system's preferred languages, most preferred first.
#[cfg(not(target_arch = "wasm32"))]
fn system_locales() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The browser's preferred languages (`navigator.languages`, in a page or a worker).
#[cfg(target_arch = "wasm32")]
fn system_locales() -> Vec<String> {
    use js_sys::{Array, Reflect};
    let languages = Reflect::get(&js_sys::global(), &"navigator".into())
        .and_then(|navigator| Reflect::get(&navigator, &"languages".into()))
        .ok()
        .filter(Array::is_array)
        .map(|v| Array::from(&v))
        .unwrap_or_default();
    languages.iter().filter_map(|l| l.as_string()).collect()
}

#[cfg(test)]
mod tests;
