//! Language and app-wide information.

use crate::error::CommandResult;
use crate::state::AppState;
use tauri::State;
use welcome_core::views::{AppInfo, Catalog};

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo::of(&state.localizer())
}

#[tauri::command]
pub fn i18n_catalog(state: State<'_, AppState>) -> Vec<Catalog> {
    Catalog::chain(&state.localizer())
}

/// Switches the language and remembers it; `None` follows the system again.
#[tauri::command]
pub fn set_locale(state: State<'_, AppState>, locale: Option<String>) -> CommandResult<AppInfo> {
    state.run(|c| c.set_locale(locale.as_deref()))?;
    // The portal's texts come in the reader's languages: fetch the new one's now (unless sync
    // is paused); until then the texts show in English, marked as such.
    state.wake_background_sync();
    Ok(AppInfo::of(&state.localizer()))
}

/// The welcome-ruhr:// link the app was started with, if any, handed out once: the UI opens it
/// after loading (a link that arrives while the app runs comes as the `deep-link` event instead).
#[tauri::command]
pub fn take_launch_link(state: State<'_, AppState>) -> Option<String> {
    state.take_launch_link()
}
