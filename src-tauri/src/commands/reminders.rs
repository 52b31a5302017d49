//! The reminders inbox and the reminder settings (global and per plan item).

use crate::error::CommandResult;
use crate::state::AppState;
use serde::Serialize;
use tauri::State;
use welcome_core::plan::reminders::{reminder_body, reminder_title, Reminder, ReminderSettings};
use welcome_core::plan::Plan;

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
    pub fn of(r: &Reminder, loc: &welcome_core::i18n::Localizer) -> Self {
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

#[tauri::command]
pub fn reminders(state: State<'_, AppState>) -> CommandResult<Vec<ReminderView>> {
    let loc = state.localizer();
    state.run(|c| {
        Ok(c.reminders()?
            .iter()
            .map(|r| ReminderView::of(r, &loc))
            .collect())
    })
}

#[tauri::command]
pub fn mark_reminder_read(state: State<'_, AppState>, id: i64) -> CommandResult<()> {
    state.run(|c| c.mark_reminder_read(id))
}

#[tauri::command]
pub fn reminder_settings(state: State<'_, AppState>) -> CommandResult<ReminderSettings> {
    state.run(|c| c.reminder_settings())
}

#[tauri::command]
pub fn set_reminder_settings(
    state: State<'_, AppState>,
    settings: ReminderSettings,
) -> CommandResult<ReminderSettings> {
    let saved = state.run(|c| c.set_reminder_settings(settings))?;
    state.wake_reminders();
    Ok(saved)
}

/// The item's own reminder days (`[]`: none), or `null` for the device's setting.
#[tauri::command]
pub fn set_item_reminders(
    state: State<'_, AppState>,
    person_id: String,
    item_id: String,
    days: Option<Vec<u32>>,
) -> CommandResult<Plan> {
    let plan = state.run(|c| c.set_item_reminders(&person_id, &item_id, days))?;
    state.wake_reminders();
    Ok(plan)
}
