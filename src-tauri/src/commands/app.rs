//! Language and app-wide information.

use crate::error::CommandResult;
use crate::state::AppState;
use serde::Serialize;
use tauri::State;
use welcome_core::i18n::{available_locales, Direction, Localizer};

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LocaleOption {
    pub code: String,
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

/// The catalogs of one locale chain: `[locale, fluent source]`, chosen locale first.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Catalog {
    pub locale: String,
    pub source: String,
}

fn info(loc: &Localizer) -> AppInfo {
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
                complete: l.status == welcome_core::i18n::LocaleStatus::Complete,
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

/// Switches the language; `None` follows the system again.
#[tauri::command]
pub fn set_locale(state: State<'_, AppState>, locale: Option<String>) -> CommandResult<AppInfo> {
    let loc = match locale.as_deref() {
        Some(code) => Localizer::new(&[code]),
        None => Localizer::system(),
    };
    state.set_localizer(loc.clone());
    Ok(info(&loc))
}
