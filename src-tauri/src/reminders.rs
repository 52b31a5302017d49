//! Delivers reminders while the app runs: at start (so one that fell due while the app was
//! closed comes now, marked late), every minute, and at once when a date or a reminder setting
//! changes. Each becomes a desktop notification and lands in the inbox; the UI is told to
//! refresh it.

use crate::commands::reminders::ReminderView;
use std::sync::Arc;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Runtime};
use tauri_plugin_notification::NotificationExt;
use tokio::sync::Notify;
use welcome_core::Companion;

/// How often due reminders are looked for (their moments are at full hours; a minute keeps a
/// running app's reminders on time).
const CHECK_EVERY: Duration = Duration::from_secs(60);

/// Starts the loop; it runs for the app's lifetime. `wake` runs a check early.
pub fn spawn<R: Runtime>(app: AppHandle<R>, companion: Arc<Companion>, wake: Arc<Notify>) {
    tauri::async_runtime::spawn(async move {
        loop {
            let c = companion.clone();
            match tauri::async_runtime::spawn_blocking(move || c.deliver_reminders()).await {
                Ok(Ok(delivered)) if !delivered.is_empty() => show(&app, &companion, &delivered),
                Ok(Ok(_)) => {}
                Ok(Err(error)) => tracing::warn!(%error, "reminders could not be checked"),
                Err(error) => tracing::warn!(%error, "reminder check failed"),
            }
            tokio::select! {
                () = tokio::time::sleep(CHECK_EVERY) => {}
                () = wake.notified() => {}
            }
        }
    });
}

fn show<R: Runtime>(
    app: &AppHandle<R>,
    companion: &Companion,
    delivered: &[welcome_core::plan::reminders::Reminder],
) {
    let loc = companion.localizer();
    for r in delivered {
        let view = ReminderView::of(r, &loc);
        let shown = app
            .notification()
            .builder()
            .title(&view.title)
            .body(&view.body)
            .show();
        if let Err(error) = shown {
            // No notification daemon (e.g. a bare X session): the in-app inbox still has it.
            tracing::info!(%error, "desktop notification not shown");
        }
    }
    tracing::info!(count = delivered.len(), "reminders delivered");
    // The screens reload what they show (the home screen its reminders).
    let _ = app.emit("data-changed", ());
}
