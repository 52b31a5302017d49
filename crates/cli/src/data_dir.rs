//! The platform's data folder, without a dependency: the same places the app uses.

use std::path::PathBuf;

/// Folder name inside the platform's data folder.
const APP_DIR: &str = "welcome-ruhr";

/// `$XDG_DATA_HOME/welcome-ruhr` (or `~/.local/share/...`) on Linux, `~/Library/Application
/// Support/...` on macOS, `%APPDATA%\...` on Windows; the working folder as a last resort.
pub fn default_data_dir() -> PathBuf {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let base = if cfg!(windows) {
        env("APPDATA")
    } else if cfg!(target_os = "macos") {
        env("HOME").map(|h| h.join("Library").join("Application Support"))
    } else {
        env("XDG_DATA_HOME").or_else(|| env("HOME").map(|h| h.join(".local").join("share")))
    };
    base.unwrap_or_else(|| PathBuf::from(".")).join(APP_DIR)
}
