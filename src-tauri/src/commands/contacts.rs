//! Offices and Welcome Guides, and contact requests to the guides.

use crate::error::CommandResult;
use crate::state::AppState;
use tauri::State;
use welcome_core::contacts::{Contact, ContactQuery, GuideRequest, GuideRequestDraft};

#[tauri::command]
pub fn search_contacts(
    state: State<'_, AppState>,
    query: ContactQuery,
) -> CommandResult<Vec<Contact>> {
    state.run(|c| c.search_contacts(&query))
}

/// Writes the request and wakes the background sync, so it leaves at once when online.
#[tauri::command]
pub fn send_guide_request(
    state: State<'_, AppState>,
    draft: GuideRequestDraft,
) -> CommandResult<GuideRequest> {
    let sent = state.run(|c| c.send_guide_request(&draft))?;
    state.wake_background_sync();
    Ok(sent)
}

#[tauri::command]
pub fn guide_requests(state: State<'_, AppState>) -> CommandResult<Vec<GuideRequest>> {
    state.run(|c| c.guide_requests())
}

pub use welcome_core::views::GuideAnswerView;

#[tauri::command]
pub fn guide_answers(state: State<'_, AppState>) -> CommandResult<Vec<GuideAnswerView>> {
    let loc = state.localizer();
    state.run(|c| {
        Ok(c.guide_answers()?
            .iter()
            .map(|n| GuideAnswerView::of(n, &loc))
            .collect())
    })
}

#[tauri::command]
pub fn mark_guide_answer_read(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.run(|c| c.mark_guide_answer_read(&id))
}
