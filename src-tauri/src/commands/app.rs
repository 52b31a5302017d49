//! Language and app-wide information.

use crate::error::CommandResult;
use crate::state::AppState;
use serde::Serialize;
use tauri::State;
use welcome_core::i18n::{available_locales, Direction, LocaleStatus, Localizer};

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LocaleOption {
    pub code: String,
    /// The language's name in itself, e.g. "العربية".
    pub name: String,
    pub rtl: bool,
    pub complete: bool,
}

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AppInfo {
    pub version: String,
    pub locale: String,
    pub rtl: bool,
    pub locales: Vec<LocaleOption>,
}

/// One catalog of the locale chain: the chosen locale first, then the fallbacks.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Catalog {
    pub locale: String,
    pub source: String,
}

pub fn info(loc: &Localizer) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        locale: loc.locale().to_owned(),
        rtl: loc.direction() == Direction::Rtl,
        locales: available_locales()
            .iter()
            .map(|l| LocaleOption {
                code: l.code.clone(),
                name: l.name.clone(),
                rtl: l.direction == Direction::Rtl,
                complete: l.status == LocaleStatus::Complete,
            })
            .collect(),
    }
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    info(&state.localizer())
}

#[tauri::command]
pub fn i18n_catalog(state: State<'_, AppState>) -> Vec<Catalog> {
    state
        .localizer()
        .catalog_sources()
        .into_iter()
        .map(|(locale, source)| Catalog { locale, source })
        .collect()
}

/// Switches the language and remembers it; `None` follows the system again.
#[tauri::command]
pub fn set_locale(state: State<'_, AppState>, locale: Option<String>) -> CommandResult<AppInfo> {
    state.run(|c| c.set_locale(locale.as_deref()))?;
    // The portal's texts come in the reader's languages: fetch the new one's now (unless sync
    // is paused); until then the texts show in English, marked as such.
    state.wake_background_sync();
    Ok(info(&state.localizer()))
}

/// The welcome-ruhr:// link the app was started with, if any, handed out once: the UI opens it
/// after loading (a link that arrives while the app runs comes as the `deep-link` event instead).
#[tauri::command]
pub fn take_launch_link(state: State<'_, AppState>) -> Option<String> {
    state.take_launch_link()
}
