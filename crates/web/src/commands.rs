//! The desktop app's commands (src-tauri/src/commands/*) by name, with their arguments as the
//! UI sends them (camelCase, like Tauri's IPC) and their answers as JSON.

use crate::views::{
    self, AlertView, AppInfo, Catalog, GuideAnswerView, ReminderView, SettingsPatch,
    SyncProgressView,
};
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use welcome_core::contacts::{ContactQuery, GuideRequestDraft};
use welcome_core::jobs::JobQuery;
use welcome_core::plan::appointments::Appointment;
use welcome_core::plan::reminders::ReminderSettings;
use welcome_core::plan::{Answers, ItemStatus, Person, Relation};
use welcome_core::{Companion, Error, Result};

/// The error shape of the desktop app's IPC: `{kind, message}`, the message translated.
#[derive(Debug, Serialize)]
pub struct CommandError {
    pub kind: String,
    pub message: String,
}

impl CommandError {
    pub fn from_core(error: &Error, companion: &Companion) -> Self {
        Self {
            kind: error.kind().to_owned(),
            message: error.localized(&companion.localizer()),
        }
    }

    /// A command the browser cannot carry out (no file system, keychain or deep links).
    pub fn unsupported(command: &str) -> Self {
        Self {
            kind: "unsupported".to_owned(),
            message: format!("“{command}” is not available in the web app"),
        }
    }
}

/// Sends an event to the UI (`sync-progress`, `settings-changed`), as the desktop app emits
/// them. A plain function (the worker's), so the sync's `Send` progress callback can call it.
pub type Emit = fn(&str, Value);

fn arg<T: DeserializeOwned>(args: &Value, name: &str) -> Result<T> {
    let value = args.get(name).cloned().unwrap_or(Value::Null);
    serde_json::from_value(value).map_err(|e| {
        Error::BadResponse(format!("the command's argument “{name}” is not valid: {e}"))
    })
}

fn json<T: Serialize>(value: T) -> Result<Value> {
    serde_json::to_value(value).map_err(|e| Error::BadResponse(e.to_string()))
}

/// Runs one command. `Ok(None)`: no such command.
pub async fn run(c: &Companion, command: &str, args: &Value, emit: Emit) -> Result<Option<Value>> {
    let answer = match command {
        // app
        "app_info" => json(AppInfo::of(&c.localizer()))?,
        "i18n_catalog" => json(Catalog::chain(&c.localizer()))?,
        "set_locale" => {
            let locale: Option<String> = arg(args, "locale")?;
            c.set_locale(locale.as_deref())?;
            json(AppInfo::of(&c.localizer()))?
        }
        // A page has no launch arguments: nothing starts the web app with a welcome-ruhr://
        // link (the desktop's scheme), so there is never one to hand over.
        "take_launch_link" => Value::Null,
        // contacts
        "search_contacts" => json(c.search_contacts(&arg::<ContactQuery>(args, "query")?)?)?,
        // Requests to the Welcome Guides go through the outbox like the rest of the user's
        // data; the worker syncs after a new one (js/worker.js), as the desktop app wakes its
        // background sync.
        "send_guide_request" => {
            let draft: GuideRequestDraft = arg(args, "draft")?;
            json(c.send_guide_request(&draft)?)?
        }
        "guide_requests" => json(c.guide_requests()?)?,
        "guide_answers" => {
            let loc = c.localizer();
            let answers = c.guide_answers()?;
            json(
                answers
                    .iter()
                    .map(|n| GuideAnswerView::of(n, &loc))
                    .collect::<Vec<_>>(),
            )?
        }
        "mark_guide_answer_read" => json(c.mark_guide_answer_read(&arg::<String>(args, "id")?)?)?,
        // jobs
        "search_jobs" => json(c.search_jobs(&arg::<JobQuery>(args, "query")?)?)?,
        "job_detail" => json(c.job_detail(&arg::<String>(args, "id")?).await?)?,
        "job_advice" => {
            let person: Option<String> = arg(args, "person")?;
            json(c.job_advice(&arg::<String>(args, "id")?, person.as_deref())?)?
        }
        "save_job" => {
            c.save_job(&arg::<String>(args, "id")?).await?;
            Value::Null
        }
        "unsave_job" => json(c.unsave_job(&arg::<String>(args, "id")?)?)?,
        "saved_jobs" => json(c.saved_jobs()?)?,
        "save_search" => {
            let query: JobQuery = arg(args, "query")?;
            c.save_search(&arg::<String>(args, "name")?, &query)?;
            Value::Null
        }
        "delete_search" => json(c.delete_search(&arg::<String>(args, "id")?)?)?,
        "saved_searches" => json(c.saved_searches()?)?,
        "alerts" => {
            let loc = c.localizer();
            let alerts = c.alerts(false)?;
            json(
                alerts
                    .iter()
                    .map(|a| AlertView::of(a, &loc))
                    .collect::<Vec<_>>(),
            )?
        }
        "mark_alert_read" => json(c.mark_alert_read(arg(args, "id")?)?)?,
        "mark_all_alerts_read" => json(c.mark_all_alerts_read()?)?,
        // overview and settings
        "overview" => json(views::overview(c)?)?,
        "dismiss_rejected_changes" => json(c.dismiss_rejected_changes()?)?,
        "settings" => json(views::settings(c)?)?,
        "update_settings" => {
            let patch: SettingsPatch = arg(args, "patch")?;
            views::update_settings(c, &patch)?;
            emit("settings-changed", Value::Null);
            Value::Null
        }
        // plan
        "municipalities" => json(c.municipalities()?)?,
        "add_person" => {
            let relation: Relation = arg(args, "relation")?;
            let id = format!("p{}", chrono::Utc::now().timestamp_millis());
            let person: Person = c.add_person(&id, &arg::<String>(args, "name")?, relation)?;
            json(person.id)?
        }
        "remove_person" => json(c.remove_person(&arg::<String>(args, "personId")?)?)?,
        "household_plans" => {
            let mut plans = Vec::new();
            for person in c.people()? {
                if c.plan_answers(&person.id)?.is_some() {
                    plans.push(c.plan(&person.id)?);
                }
            }
            json(plans)?
        }
        "plan" => {
            let person: String = arg(args, "personId")?;
            match c.plan_answers(&person)? {
                Some(_) => json(c.plan(&person)?)?,
                None => Value::Null,
            }
        }
        "set_answers" => {
            let answers: Answers = arg(args, "answers")?;
            json(c.set_answers(&arg::<String>(args, "personId")?, answers)?)?
        }
        "set_item_status" => {
            let status: ItemStatus = arg(args, "status")?;
            json(c.set_item_status(
                &arg::<String>(args, "personId")?,
                &arg::<String>(args, "itemId")?,
                status,
            )?)?
        }
        "set_item_due" => {
            let due: Option<NaiveDate> = arg(args, "due")?;
            json(c.set_item_due(
                &arg::<String>(args, "personId")?,
                &arg::<String>(args, "itemId")?,
                due,
            )?)?
        }
        "set_item_note" => json(c.set_item_note(
            &arg::<String>(args, "personId")?,
            &arg::<String>(args, "itemId")?,
            &arg::<String>(args, "note")?,
        )?)?,
        "set_document_expiry" => {
            let expiry: Option<NaiveDate> = arg(args, "expiry")?;
            json(c.set_document_expiry(
                &arg::<String>(args, "personId")?,
                &arg::<String>(args, "itemId")?,
                expiry,
            )?)?
        }
        // A browser has no downloads folder to write to: the file comes back to the page,
        // which hands it to the browser's download (ui/src/lib/backend.ts), answering its name.
        "export_ics" => {
            let person: String = arg(args, "personId")?;
            json(Download {
                file_name: format!("welcome-ruhr-{person}-deadlines.ics"),
                mime: "text/calendar",
                content: c.export_ics(&person)?,
            })?
        }
        "export_documents" => {
            let person: String = arg(args, "personId")?;
            json(Download {
                file_name: format!("welcome-ruhr-{person}-documents.html"),
                mime: "text/html",
                content: c.export_documents_html(&person)?,
            })?
        }
        "appointments" => json(c.appointments(&arg::<String>(args, "personId")?)?)?,
        "save_appointment" => {
            let appointment: Appointment = arg(args, "appointment")?;
            json(c.save_appointment(appointment)?)?
        }
        "delete_appointment" => json(c.delete_appointment(&arg::<String>(args, "id")?)?)?,
        // reminders
        "reminders" => {
            let loc = c.localizer();
            let reminders = c.reminders()?;
            json(
                reminders
                    .iter()
                    .map(|r| ReminderView::of(r, &loc))
                    .collect::<Vec<_>>(),
            )?
        }
        // Not a screen's command: the worker's reminder loop, as src-tauri/src/reminders.rs
        // on the desktop (without the system notification; the inbox has them).
        "deliver_reminders" => {
            let loc = c.localizer();
            let delivered = c.deliver_reminders()?;
            if !delivered.is_empty() {
                emit("data-changed", Value::Null);
            }
            json(
                delivered
                    .iter()
                    .map(|r| ReminderView::of(r, &loc))
                    .collect::<Vec<_>>(),
            )?
        }
        "mark_reminder_read" => json(c.mark_reminder_read(arg(args, "id")?)?)?,
        "reminder_settings" => json(c.reminder_settings()?)?,
        "set_reminder_settings" => {
            let settings: ReminderSettings = arg(args, "settings")?;
            json(c.set_reminder_settings(settings)?)?
        }
        "set_item_reminders" => {
            let days: Option<Vec<u32>> = arg(args, "days")?;
            json(c.set_item_reminders(
                &arg::<String>(args, "personId")?,
                &arg::<String>(args, "itemId")?,
                days,
            )?)?
        }
        // sync and account
        "sync_now" => {
            sync_once(c, emit).await?;
            Value::Null
        }
        "network_online" => Value::Null,
        "login" => json(
            c.login(
                &arg::<String>(args, "email")?,
                &arg::<String>(args, "password")?,
            )
            .await?,
        )?,
        "register" => json(
            c.register(
                &arg::<String>(args, "email")?,
                &arg::<String>(args, "password")?,
            )
            .await?,
        )?,
        "logout" => json(c.logout(arg(args, "keepData")?).await?)?,
        "sessions" => json(c.sessions().await?)?,
        "revoke_session" => json(c.revoke_session(&arg::<String>(args, "id")?).await?)?,
        _ => return Ok(None),
    };
    Ok(Some(answer))
}

/// One sync with `sync-progress` events, the last one `done`, as the desktop app's.
pub async fn sync_once(c: &Companion, emit: Emit) -> Result<welcome_core::sync::SyncReport> {
    let result = c
        .sync_now(move |p| {
            if let Ok(view) = json(SyncProgressView::of(&p)) {
                emit("sync-progress", view);
            }
        })
        .await;
    let last = match &result {
        Ok(r) => SyncProgressView {
            pages: 0,
            items: r.items_applied,
            bytes: r.bytes,
            remaining: Some(0),
            done: true,
        },
        Err(_) => SyncProgressView {
            pages: 0,
            items: 0,
            bytes: 0,
            remaining: None,
            done: true,
        },
    };
    emit("sync-progress", json(last)?);
    result
}

/// Commands the desktop app has that a browser cannot carry out. Exports become downloads, the
/// login an encrypted store, and `welcome-ruhr://` links are not offered; but the document
/// vault keeps passports' scans under a key in the system keychain, which a browser does not
/// have (a key beside the files in the same origin's storage would not protect them), so the
/// vault and its PDF stay the desktop app's, and the web app says so.
pub const UNSUPPORTED: &[&str] = &[
    "vault_status",
    "attachments",
    "attach_file",
    "replace_attachment",
    "delete_attachment",
    "attachment_thumbnail",
    "attachment_content",
    "open_attachment",
    "export_pdf",
];

/// An export for the page to download (the desktop app writes it to the downloads folder).
#[derive(Debug, Serialize)]
struct Download {
    /// Tells the page's adapter this answer is a file to download.
    #[serde(rename = "__download")]
    file_name: String,
    mime: &'static str,
    content: String,
}
