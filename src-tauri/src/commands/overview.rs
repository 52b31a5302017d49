//! What every screen needs to know at a glance, and the settings.

use crate::error::CommandResult;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Runtime, State};
use welcome_core::plan::Person;
use welcome_core::Companion;

/// The sync's state as the status bar shows it.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SyncView {
    pub last_success: Option<DateTime<Utc>>,
    pub last_error_kind: Option<String>,
    /// Why the last sync failed, in the user's language.
    pub last_error_message: Option<String>,
    pub pending_changes: u64,
    pub job_count: u64,
    /// Changes the portal did not accept, undone on this device, until the user dismisses them.
    pub rejected: Vec<welcome_core::companion::RejectedChange>,
}

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Overview {
    /// No one has answered the questionnaire yet: the app shows the first run.
    pub needs_setup: bool,
    pub people: Vec<Person>,
    pub sync: SyncView,
    pub unread_alerts: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    System,
    Light,
    Dark,
}

#[derive(Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SettingsView {
    pub portal_url: String,
    pub sync_paused: bool,
    pub sync_interval_minutes: u32,
    pub theme: Theme,
    /// The language chosen in the app; `None` follows the system.
    pub locale_override: Option<String>,
    /// The account's e-mail when logged in.
    pub account_email: Option<String>,
}

/// A change of some settings; absent fields stay as they are.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(deny_unknown_fields)]
pub struct SettingsPatch {
    #[serde(default)]
    pub portal_url: Option<String>,
    #[serde(default)]
    pub sync_paused: Option<bool>,
    #[serde(default)]
    pub sync_interval_minutes: Option<u32>,
    #[serde(default)]
    pub theme: Option<Theme>,
}

pub const SYNC_INTERVAL_KEY: &str = "app.sync_interval_minutes";
pub const THEME_KEY: &str = "app.theme";
pub const DEFAULT_SYNC_INTERVAL_MINUTES: u32 = 60;

pub fn sync_interval_minutes(c: &Companion) -> u32 {
    c.setting(SYNC_INTERVAL_KEY)
        .ok()
        .flatten()
        .and_then(|v| v.parse().ok())
        .filter(|m| (5..=10_080).contains(m))
        .unwrap_or(DEFAULT_SYNC_INTERVAL_MINUTES)
}

pub fn overview_of(c: &Companion) -> welcome_core::Result<Overview> {
    let loc = c.localizer();
    let status = c.status()?;
    let people = c.people()?;
    let mut needs_setup = true;
    for person in &people {
        if c.plan_answers(&person.id)?.is_some() {
            needs_setup = false;
        }
    }
    let unread_alerts = c.alerts(true)?.len() as u32;
    Ok(Overview {
        needs_setup,
        people,
        sync: SyncView {
            last_success: status.last_success,
            last_error_message: status
                .last_error_kind
                .as_deref()
                .map(|kind| loc.t(&format!("error-{kind}"))),
            last_error_kind: status.last_error_kind,
            pending_changes: status.pending_changes,
            job_count: status.job_count,
            rejected: c.rejected_changes()?,
        },
        unread_alerts,
    })
}

#[tauri::command]
pub fn overview(state: State<'_, AppState>) -> CommandResult<Overview> {
    state.run(overview_of)
}

/// The user has read which changes were not saved.
#[tauri::command]
pub fn dismiss_rejected_changes(state: State<'_, AppState>) -> CommandResult<()> {
    state.run(|c| c.dismiss_rejected_changes())
}

#[tauri::command]
pub fn settings(state: State<'_, AppState>) -> CommandResult<SettingsView> {
    state.run(|c| {
        let theme = match c.setting(THEME_KEY)?.as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        };
        Ok(SettingsView {
            portal_url: c.portal_url(),
            sync_paused: c.sync_paused(),
            sync_interval_minutes: sync_interval_minutes(c),
            theme,
            locale_override: c.locale_override(),
            account_email: c.account_email(),
        })
    })
}

/// Saves settings; the background sync picks up a new interval or pause at once.
#[tauri::command]
pub fn update_settings<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    patch: SettingsPatch,
) -> CommandResult<()> {
    state.run(|c| {
        // Every check before the first change: a rejected patch leaves all settings as they were.
        if let Some(minutes) = patch.sync_interval_minutes {
            if !(5..=10_080).contains(&minutes) {
                return Err(welcome_core::Error::invalid(
                    "error-app-sync-interval",
                    &[("minutes", minutes.to_string())],
                ));
            }
        }
        if let Some(url) = &patch.portal_url {
            c.set_portal_url(url)?;
        }
        if let Some(paused) = patch.sync_paused {
            c.set_sync_paused(paused)?;
        }
        if let Some(minutes) = patch.sync_interval_minutes {
            c.set_setting(SYNC_INTERVAL_KEY, &minutes.to_string())?;
        }
        if let Some(theme) = patch.theme {
            let value = match theme {
                Theme::System => "system",
                Theme::Light => "light",
                Theme::Dark => "dark",
            };
            c.set_setting(THEME_KEY, value)?;
        }
        Ok(())
    })?;
    let _ = app.emit("settings-changed", ());
    // A new interval, address or pause takes effect now, not after the old interval.
    state.wake_background_sync();
    Ok(())
}
