//! The answers' shapes the UI reads, as the desktop app's commands return them
//! (src-tauri/src/commands: `Overview`, `SettingsView`). They are built from core the same way;
//! keep the two in step until they move into core (the languages, the inbox views and the
//! sync's progress have: `welcome_core::views`).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use welcome_core::plan::Person;
use welcome_core::Companion;

pub use welcome_core::views::{
    AlertView, AppInfo, Catalog, GuideAnswerView, ReminderView, SyncProgressView,
};

#[derive(Debug, Serialize)]
pub struct SyncView {
    pub last_success: Option<DateTime<Utc>>,
    pub last_error_kind: Option<String>,
    pub last_error_message: Option<String>,
    pub pending_changes: u64,
    pub job_count: u64,
    pub rejected: Vec<welcome_core::companion::RejectedChange>,
}

#[derive(Debug, Serialize)]
pub struct Overview {
    pub needs_setup: bool,
    pub people: Vec<Person>,
    pub sync: SyncView,
    pub unread_alerts: u32,
}

pub fn overview(c: &Companion) -> welcome_core::Result<Overview> {
    let loc = c.localizer();
    let status = c.status()?;
    let people = c.people()?;
    let mut needs_setup = true;
    for person in &people {
        if c.plan_answers(&person.id)?.is_some() {
            needs_setup = false;
        }
    }
    let unread_alerts = u32::try_from(c.alerts(true)?.len()).unwrap_or(u32::MAX);
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    System,
    Light,
    Dark,
}

#[derive(Debug, Serialize)]
pub struct SettingsView {
    pub portal_url: String,
    pub sync_paused: bool,
    pub sync_interval_minutes: u32,
    pub theme: Theme,
    pub locale_override: Option<String>,
    pub account_email: Option<String>,
}

#[derive(Debug, Deserialize)]
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

pub fn settings(c: &Companion) -> welcome_core::Result<SettingsView> {
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
}

pub fn update_settings(c: &Companion, patch: &SettingsPatch) -> welcome_core::Result<()> {
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
}
