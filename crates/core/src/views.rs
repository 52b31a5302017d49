//! The app's languages, the inbox entries and the sync's progress as the UI reads them, with
//! their texts already in the user's language. One definition for both adapters: the desktop
//! app's commands (src-tauri) and the web app's worker (crates/web) answer with these.

use crate::contacts::guide_requests::answer_title;
use crate::contacts::GuideAnswerNote;
use crate::i18n::{available_locales, Direction, LocaleStatus, Localizer};
use crate::jobs::{alert_body, alert_title, Alert};
use crate::plan::reminders::{reminder_body, reminder_title, Reminder};
use crate::sync::SyncProgress;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A language the user can choose, as the settings list it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LocaleOption {
    pub code: String,
    /// The language's name in itself, e.g. "العربية".
    pub name: String,
    pub rtl: bool,
    pub complete: bool,
}

/// The app's version and languages: the one in use, its direction, and every one available.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AppInfo {
    pub version: String,
    pub locale: String,
    pub rtl: bool,
    pub locales: Vec<LocaleOption>,
}

impl AppInfo {
    pub fn of(loc: &Localizer) -> Self {
        Self {
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
}

/// One catalog of the locale chain: the chosen locale first, then the fallbacks.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Catalog {
    pub locale: String,
    pub source: String,
}

impl Catalog {
    /// The UI's catalogs (Fluent source) for a localizer's chain, in its order.
    pub fn chain(loc: &Localizer) -> Vec<Self> {
        loc.catalog_sources()
            .into_iter()
            .map(|(locale, source)| Self { locale, source })
            .collect()
    }
}

/// An alert as the inbox shows it: title and body already in the user's language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AlertView {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub read: bool,
}

impl AlertView {
    pub fn of(alert: &Alert, loc: &Localizer) -> Self {
        Self {
            id: alert.id,
            title: alert_title(alert, loc),
            body: alert_body(alert, loc),
            created_at: alert.created_at,
            read: alert.read,
        }
    }
}

/// An answer in the home screen's inbox, with its title in the user's language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GuideAnswerView {
    pub id: String,
    pub title: String,
    pub answer: String,
    pub answered_at: String,
    pub message: String,
    pub read: bool,
}

impl GuideAnswerView {
    pub fn of(n: &GuideAnswerNote, loc: &Localizer) -> Self {
        Self {
            id: n.id.clone(),
            title: answer_title(n, loc),
            answer: n.answer.clone(),
            answered_at: n.answered_at.clone(),
            message: n.message.clone(),
            read: n.read,
        }
    }
}

/// A delivered reminder as the inbox shows it, in the user's language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReminderView {
    pub id: i64,
    pub person_id: String,
    pub item_id: String,
    pub title: String,
    pub body: String,
    pub late: bool,
    pub read: bool,
}

impl ReminderView {
    pub fn of(r: &Reminder, loc: &Localizer) -> Self {
        let today = chrono::Local::now().date_naive();
        Self {
            id: r.id,
            person_id: r.person_id.clone(),
            item_id: r.item_id.clone(),
            title: reminder_title(r, loc),
            body: reminder_body(r, loc, today),
            late: r.late,
            read: r.read,
        }
    }
}

/// A sync's progress as the UI's progress bar reads it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SyncProgressView {
    pub pages: u64,
    pub items: u64,
    pub bytes: u64,
    pub remaining: Option<u64>,
    pub done: bool,
}

impl SyncProgressView {
    pub fn of(p: &SyncProgress) -> Self {
        Self {
            pages: p.pages,
            items: p.items,
            bytes: p.bytes,
            remaining: p.remaining,
            done: false,
        }
    }
}
