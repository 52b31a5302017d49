//! The household and each person's plan.

use crate::error::CommandResult;
use crate::state::AppState;
use chrono::NaiveDate;
use tauri::State;
use welcome_core::plan::appointments::Appointment;
use welcome_core::plan::{Answers, ItemStatus, Person, Plan, Relation};
use welcome_protocol::Municipality;

#[tauri::command]
pub fn municipalities(state: State<'_, AppState>) -> CommandResult<Vec<Municipality>> {
    state.run(|c| c.municipalities())
}

/// Adds a person to the household and returns their id.
#[tauri::command]
pub fn add_person(
    state: State<'_, AppState>,
    name: String,
    relation: Relation,
) -> CommandResult<String> {
    state.run(|c| {
        let id = format!("p{}", chrono::Utc::now().timestamp_millis());
        c.add_person(&id, &name, relation).map(|p: Person| p.id)
    })
}

#[tauri::command]
pub fn remove_person(state: State<'_, AppState>, person_id: String) -> CommandResult<()> {
    state.run(|c| c.remove_person(&person_id))
}

/// The plans of everyone in the household who has answered the questionnaire.
#[tauri::command]
pub fn household_plans(state: State<'_, AppState>) -> CommandResult<Vec<Plan>> {
    state.run(|c| {
        let mut plans = Vec::new();
        for person in c.people()? {
            if c.plan_answers(&person.id)?.is_some() {
                plans.push(c.plan(&person.id)?);
            }
        }
        Ok(plans)
    })
}

/// One person's plan; `None` before they answered the questionnaire.
#[tauri::command]
pub fn plan(state: State<'_, AppState>, person_id: String) -> CommandResult<Option<Plan>> {
    state.run(|c| match c.plan_answers(&person_id)? {
        Some(_) => c.plan(&person_id).map(Some),
        None => Ok(None),
    })
}

#[tauri::command]
pub fn set_answers(
    state: State<'_, AppState>,
    person_id: String,
    answers: Answers,
) -> CommandResult<Plan> {
    state.run(|c| c.set_answers(&person_id, answers))
}

#[tauri::command]
pub fn set_item_status(
    state: State<'_, AppState>,
    person_id: String,
    item_id: String,
    status: ItemStatus,
) -> CommandResult<Plan> {
    state.run(|c| c.set_item_status(&person_id, &item_id, status))
}

#[tauri::command]
pub fn set_item_due(
    state: State<'_, AppState>,
    person_id: String,
    item_id: String,
    due: Option<NaiveDate>,
) -> CommandResult<Plan> {
    let plan = state.run(|c| c.set_item_due(&person_id, &item_id, due))?;
    state.wake_reminders();
    Ok(plan)
}

#[tauri::command]
pub fn set_item_note(
    state: State<'_, AppState>,
    person_id: String,
    item_id: String,
    note: String,
) -> CommandResult<Plan> {
    state.run(|c| c.set_item_note(&person_id, &item_id, &note))
}

#[tauri::command]
pub fn set_document_expiry(
    state: State<'_, AppState>,
    person_id: String,
    item_id: String,
    expiry: Option<NaiveDate>,
) -> CommandResult<Plan> {
    let plan = state.run(|c| c.set_document_expiry(&person_id, &item_id, expiry))?;
    state.wake_reminders();
    Ok(plan)
}

/// Writes the deadlines as an `.ics` file into the user's downloads and returns its path.
#[tauri::command]
pub fn export_ics(state: State<'_, AppState>, person_id: String) -> CommandResult<String> {
    state.run(|c| {
        let ics = c.export_ics(&person_id)?;
        state.write_export(&format!("welcome-ruhr-{person_id}-deadlines.ics"), &ics)
    })
}

/// Writes the printable document list as an HTML file and returns its path.
#[tauri::command]
pub fn export_documents(state: State<'_, AppState>, person_id: String) -> CommandResult<String> {
    state.run(|c| {
        let html = c.export_documents_html(&person_id)?;
        state.write_export(&format!("welcome-ruhr-{person_id}-documents.html"), &html)
    })
}

/// A person's appointments, soonest first.
#[tauri::command]
pub fn appointments(
    state: State<'_, AppState>,
    person_id: String,
) -> CommandResult<Vec<Appointment>> {
    state.run(|c| c.appointments(&person_id))
}

/// Saves a new appointment (empty id) or changes one; its reminders follow at once.
#[tauri::command]
pub fn save_appointment(
    state: State<'_, AppState>,
    appointment: Appointment,
) -> CommandResult<Appointment> {
    let saved = state.run(|c| c.save_appointment(appointment))?;
    state.wake_reminders();
    Ok(saved)
}

#[tauri::command]
pub fn delete_appointment(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.run(|c| c.delete_appointment(&id))
}
