//! The background sync: on start, on the interval from the settings, as soon as the system says
//! the network is back (the UI forwards the webview's `online` event), and, while the portal is
//! unreachable, again after a short backoff, so queued changes leave soon after the network
//! returns. New job alerts and the guides' answers become desktop notifications, each once per
//! device.

use crate::commands::overview::sync_interval_minutes;
use std::sync::Arc;
use std::time::Duration;
use tauri::{AppHandle, Emitter, Runtime};
use tauri_plugin_notification::NotificationExt;
use tokio::sync::Notify;
use welcome_core::sync::SyncReport;
use welcome_core::Companion;

/// Retry delays while the portal cannot be reached; the last one repeats.
const OFFLINE_BACKOFF: [Duration; 5] = [
    Duration::from_secs(5),
    Duration::from_secs(15),
    Duration::from_secs(60),
    Duration::from_secs(180),
    Duration::from_secs(600),
];

pub use welcome_core::views::SyncProgressView;

/// One sync with progress events, then notifications for new alerts; used by the background
/// loop and by the "Sync now" button alike.
pub async fn sync_once<R: Runtime>(
    app: &AppHandle<R>,
    companion: &Arc<Companion>,
) -> welcome_core::Result<SyncReport> {
    let events = app.clone();
    let result = companion
        .sync_now(move |p| {
            let _ = events.emit("sync-progress", SyncProgressView::of(&p));
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
    let _ = app.emit("sync-progress", last);
    // Alerts are raised by every sync that brought content, even when the upload of the
    // user's changes failed afterwards.
    notify_new_alerts(app, companion);
    notify_guide_answers(app, companion);
    result
}

/// Guides' answers that came with this sync: each a desktop notification once per device, and
/// the home screen's inbox reloads.
fn notify_guide_answers<R: Runtime>(app: &AppHandle<R>, companion: &Companion) {
    let answers = match companion.deliver_guide_answers() {
        Ok(answers) => answers,
        Err(error) => {
            tracing::warn!(%error, "could not read the guides' answers");
            return;
        }
    };
    if answers.is_empty() {
        return;
    }
    let loc = companion.localizer();
    for n in &answers {
        let shown = app
            .notification()
            .builder()
            .title(welcome_core::contacts::guide_requests::answer_title(
                n, &loc,
            ))
            .body(welcome_core::contacts::guide_requests::answer_excerpt(n))
            .show();
        if let Err(error) = shown {
            // No notification daemon: the in-app inbox still has it.
            tracing::info!(%error, "desktop notification not shown");
        }
    }
    tracing::info!(count = answers.len(), "guide answers delivered");
    let _ = app.emit("data-changed", ());
}

fn notify_new_alerts<R: Runtime>(app: &AppHandle<R>, companion: &Companion) {
    let loc = companion.localizer();
    let alerts = match companion.take_unnotified_alerts() {
        Ok(alerts) => alerts,
        Err(error) => {
            tracing::warn!(%error, "could not read new alerts");
            return;
        }
    };
    for alert in alerts {
        let shown = app
            .notification()
            .builder()
            .title(welcome_core::jobs::alert_title(&alert, &loc))
            .body(welcome_core::jobs::alert_body(&alert, &loc))
            .show();
        if let Err(error) = shown {
            // No notification daemon (e.g. a bare X session): the in-app inbox still has it.
            tracing::info!(%error, "desktop notification not shown");
        }
    }
}

/// Starts the loop; it runs for the app's lifetime. `wake` ends a wait early.
pub fn spawn<R: Runtime>(app: AppHandle<R>, companion: Arc<Companion>, wake: Arc<Notify>) {
    tauri::async_runtime::spawn(async move {
        let mut failures = 0usize;
        loop {
            let wait = if companion.sync_paused() {
                Duration::from_secs(30)
            } else {
                match sync_once(&app, &companion).await {
                    Ok(_) => {
                        failures = 0;
                        Duration::from_secs(u64::from(sync_interval_minutes(&companion)) * 60)
                    }
                    Err(error) => {
                        tracing::info!(%error, "background sync failed; retrying later");
                        let wait = OFFLINE_BACKOFF[failures.min(OFFLINE_BACKOFF.len() - 1)];
                        failures += 1;
                        wait
                    }
                }
            };
            if tokio::time::timeout(jitter(wait), wake.notified())
                .await
                .is_ok()
            {
                // Woken (network back, settings changed): try at once, with a fresh backoff.
                failures = 0;
            }
        }
    });
}

/// Up to 10 % more, so many devices coming back online do not all call at once.
fn jitter(d: Duration) -> Duration {
    let spread = d.as_millis() as u64 / 10;
    let extra = if spread == 0 {
        0
    } else {
        u64::from(std::process::id()).wrapping_mul(2_654_435_761) % spread
    };
    d + Duration::from_millis(extra)
}
