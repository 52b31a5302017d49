//! `welcome-ruhr://job/<id>` and `welcome-ruhr://plan/<item>` open a job or a plan step. The URL
//! is handed to the UI unchanged; the UI accepts only those two shapes (see ui/src/lib/router.ts),
//! so a crafted link can do nothing but navigate.

use tauri::{AppHandle, Emitter, Manager, Runtime};

/// Brings the main window forward and asks the UI to open what the link names.
pub fn open<R: Runtime>(app: &AppHandle<R>, url: &str) {
    if !url.starts_with("welcome-ruhr://") {
        return;
    }
    bring_forward(app);
    if let Err(error) = app.emit("deep-link", url.to_owned()) {
        tracing::warn!(%error, "could not pass a deep link to the UI");
    }
}

/// Shows the main window in front of the others: the user just launched the app again.
pub fn bring_forward<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
}

/// The welcome-ruhr:// link among a launch's command-line arguments, if any. Any position: the
/// desktop passes it alone, a test driver adds arguments of its own.
pub fn from_args(args: impl IntoIterator<Item = String>) -> Option<String> {
    args.into_iter().find(|a| a.starts_with("welcome-ruhr://"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_link_among_arguments() {
        let args = ["welcome-app", "--automation", "welcome-ruhr://job/123"].map(String::from);
        assert_eq!(
            from_args(args.clone()).as_deref(),
            Some("welcome-ruhr://job/123")
        );
        assert_eq!(from_args(args[..2].to_vec()), None);
    }
}
