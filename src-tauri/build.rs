//! Declares the app's own commands, so each needs an explicit permission: the capability file
//! (capabilities/default.json) grants exactly these and nothing else.

/// Every command the UI may call; keep in step with `lib.rs` and the capability file.
const COMMANDS: &[&str] = &[
    "app_info",
    "i18n_catalog",
    "set_locale",
    "overview",
    "dismiss_rejected_changes",
    "settings",
    "update_settings",
    "sync_now",
    "network_online",
    "login",
    "register",
    "logout",
    "sessions",
    "revoke_session",
    "municipalities",
    "add_person",
    "remove_person",
    "household_plans",
    "plan",
    "set_answers",
    "set_item_status",
    "set_item_due",
    "set_item_note",
    "set_document_expiry",
    "export_ics",
    "export_documents",
    "search_jobs",
    "job_detail",
    "job_advice",
    "appointments",
    "save_appointment",
    "delete_appointment",
    "reminders",
    "mark_reminder_read",
    "reminder_settings",
    "set_reminder_settings",
    "set_item_reminders",
    "save_job",
    "unsave_job",
    "saved_jobs",
    "save_search",
    "delete_search",
    "saved_searches",
    "alerts",
    "mark_alert_read",
    "mark_all_alerts_read",
    "search_contacts",
    "send_guide_request",
    "guide_requests",
    "guide_answers",
    "mark_guide_answer_read",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("the Tauri build step failed");
}
