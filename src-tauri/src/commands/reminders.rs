//! The reminders inbox and the reminder settings (global and per plan item).

use crate::error::CommandResult;
use crate::state::AppState;
use tauri::State;
use welcome_core::plan::reminders::ReminderSettings;
use welcome_core::plan::Plan;

pub use welcome_core::views::ReminderView;

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
