//! Offices and Welcome Guides.

use crate::error::CommandResult;
use crate::state::AppState;
use tauri::State;
use welcome_core::contacts::{Contact, ContactQuery};

#[tauri::command]
pub fn search_contacts(
    state: State<'_, AppState>,
    query: ContactQuery,
) -> CommandResult<Vec<Contact>> {
    state.run(|c| c.search_contacts(&query))
}
