//! Job search, saved jobs, saved searches and the alert inbox.

use crate::error::CommandResult;
use crate::state::AppState;
use tauri::State;
use welcome_core::jobs::advice::JobAdvice;
use welcome_core::jobs::{JobPage, JobQuery, SavedJob, SavedSearch};
use welcome_protocol::JobDetail;

pub use welcome_core::views::AlertView;

#[tauri::command]
pub fn search_jobs(state: State<'_, AppState>, query: JobQuery) -> CommandResult<JobPage> {
    state.run(|c| c.search_jobs(&query))
}

/// The full ad: fetched from the portal when online, else the copy kept on this device.
#[tauri::command]
pub async fn job_detail(state: State<'_, AppState>, id: String) -> CommandResult<JobDetail> {
    let companion = state.companion();
    state.finish(companion.job_detail(&id).await)
}

/// Where to apply and, for a regulated profession, the recognition counselling of the
/// person's town (works offline).
#[tauri::command]
pub fn job_advice(
    state: State<'_, AppState>,
    id: String,
    person: Option<String>,
) -> CommandResult<JobAdvice> {
    state.run(|c| c.job_advice(&id, person.as_deref()))
}

#[tauri::command]
pub async fn save_job(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    let companion = state.companion();
    state.finish(companion.save_job(&id).await.map(|_| ()))
}

#[tauri::command]
pub fn unsave_job(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.run(|c| c.unsave_job(&id))
}

#[tauri::command]
pub fn saved_jobs(state: State<'_, AppState>) -> CommandResult<Vec<SavedJob>> {
    state.run(|c| c.saved_jobs())
}

#[tauri::command]
pub fn save_search(state: State<'_, AppState>, name: String, query: JobQuery) -> CommandResult<()> {
    state.run(|c| c.save_search(&name, &query).map(|_| ()))
}

#[tauri::command]
pub fn delete_search(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.run(|c| c.delete_search(&id))
}

#[tauri::command]
pub fn saved_searches(state: State<'_, AppState>) -> CommandResult<Vec<SavedSearch>> {
    state.run(|c| c.saved_searches())
}

#[tauri::command]
pub fn alerts(state: State<'_, AppState>) -> CommandResult<Vec<AlertView>> {
    let loc = state.localizer();
    state.run(|c| {
        Ok(c.alerts(false)?
            .iter()
            .map(|a| AlertView::of(a, &loc))
            .collect())
    })
}

#[tauri::command]
pub fn mark_alert_read(state: State<'_, AppState>, id: i64) -> CommandResult<()> {
    state.run(|c| c.mark_alert_read(id))
}

#[tauri::command]
pub fn mark_all_alerts_read(state: State<'_, AppState>) -> CommandResult<()> {
    state.run(|c| c.mark_all_alerts_read())
}
