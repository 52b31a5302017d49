//! `welcome-ruhr://job/<id>` and `welcome-ruhr://plan/<item>` open a job or a plan step. The URL
//! is handed to the UI unchanged; the UI accepts only those two shapes (see ui/src/lib/router.ts),
//! so a crafted link can do nothing but navigate.

use tauri::{AppHandle, Emitter, Manager, Runtime};

/// Brings the main window forward and asks the UI to open what the link names.
pub fn open<R: Runtime>(app: &AppHandle<R>, url: &str) {
    if !url.starts_with("welcome-ruhr://") {
        return;
    }
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
    if let Err(error) = app.emit("deep-link", url.to_owned()) {
        tracing::warn!(%error, "could not pass a deep link to the UI");
    }
}

/// The deep link among a second instance's command-line arguments, if any.
pub fn from_args(args: &[String]) -> Option<&str> {
    args.iter()
        .map(String::as_str)
        .find(|a| a.starts_with("welcome-ruhr://"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_link_among_arguments() {
        let args = vec![
            "welcome-app".to_owned(),
            "welcome-ruhr://job/123".to_owned(),
        ];
        assert_eq!(from_args(&args), Some("welcome-ruhr://job/123"));
        assert_eq!(from_args(&args[..1]), None);
    }
}
