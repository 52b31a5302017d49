//! What the app keeps between commands: the one [`Companion`] over the user's data folder.

use crate::error::{CommandError, CommandResult};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tauri::{AppHandle, Manager, Runtime};
use tokio::sync::Notify;
use welcome_core::i18n::Localizer;
use welcome_core::Companion;

pub struct AppState {
    companion: Arc<Companion>,
    exports_dir: PathBuf,
    /// Wakes the background sync loop before its wait is over (network back, settings changed).
    sync_wake: Arc<Notify>,
    /// Runs the reminder check now (a date or a reminder setting changed).
    reminders_wake: Arc<Notify>,
    /// The welcome-ruhr:// link the app was started with (the desktop opened a link while the
    /// app was closed), until the UI, once loaded, takes it.
    launch_link: Mutex<Option<String>>,
}

impl AppState {
    /// Opens the data folder: `WELCOME_DATA_DIR` when set (tests and demos never touch the real
    /// profile), else the platform's app-data folder. `WELCOME_PORTAL_URL` points a fresh
    /// install at another portal (the README's run command uses it for the bundled one).
    pub fn open<R: Runtime>(app: &AppHandle<R>) -> Result<Self, Box<dyn std::error::Error>> {
        let data_dir = match std::env::var_os("WELCOME_DATA_DIR") {
            Some(dir) => PathBuf::from(dir),
            None => app.path().app_data_dir()?,
        };
        let exports_dir = app
            .path()
            .download_dir()
            .unwrap_or_else(|_| data_dir.join("exports"));
        let companion = Companion::open(&data_dir)?;
        if let Ok(url) = std::env::var("WELCOME_PORTAL_URL") {
            companion.set_portal_url(&url)?;
        }
        Ok(Self::new(Arc::new(companion), exports_dir))
    }

    pub fn new(companion: Arc<Companion>, exports_dir: PathBuf) -> Self {
        Self {
            companion,
            exports_dir,
            sync_wake: Arc::new(Notify::new()),
            reminders_wake: Arc::new(Notify::new()),
            launch_link: Mutex::new(None),
        }
    }

    /// Keeps the link this launch was started with for the UI (see [`Self::take_launch_link`]).
    pub fn keep_launch_link(&self, link: Option<String>) {
        *self.launch_link.lock().unwrap_or_else(|e| e.into_inner()) = link;
    }

    /// The link the app was started with, once: a later reload of the page does not jump there
    /// again.
    pub fn take_launch_link(&self) -> Option<String> {
        self.launch_link
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }

    /// What the background sync loop waits on besides its timer.
    pub fn sync_wake(&self) -> Arc<Notify> {
        self.sync_wake.clone()
    }

    /// Lets the background loop run now instead of after its current wait.
    pub fn wake_background_sync(&self) {
        self.sync_wake.notify_one();
    }

    /// What the reminder loop waits on besides its timer.
    pub fn reminders_wake(&self) -> Arc<Notify> {
        self.reminders_wake.clone()
    }

    /// Lets the reminder loop check now (a plan date or a reminder setting changed).
    pub fn wake_reminders(&self) {
        self.reminders_wake.notify_one();
    }

    pub fn companion(&self) -> Arc<Companion> {
        self.companion.clone()
    }

    pub fn localizer(&self) -> Localizer {
        self.companion.localizer()
    }

    /// Runs a core call and maps its error to the IPC shape, translated.
    pub fn run<T>(
        &self,
        f: impl FnOnce(&Companion) -> welcome_core::Result<T>,
    ) -> CommandResult<T> {
        self.finish(f(&self.companion))
    }

    pub fn finish<T>(&self, result: welcome_core::Result<T>) -> CommandResult<T> {
        result.map_err(|e| CommandError::from_core(&e, &self.localizer()))
    }

    /// Saves an export next to the user's other downloads; returns the full path.
    pub fn write_export(
        &self,
        file_name: &str,
        content: impl AsRef<[u8]>,
    ) -> welcome_core::Result<String> {
        std::fs::create_dir_all(&self.exports_dir)?;
        let path = self.exports_dir.join(file_name);
        std::fs::write(&path, content)?;
        Ok(path.display().to_string())
    }

    /// The private folder of decrypted copies handed to the system's viewer.
    fn opened_dir(&self) -> PathBuf {
        self.companion.data_dir().join("opened")
    }

    /// A decrypted copy of an attachment for the system's viewer, readable by this user only.
    pub fn write_opened(
        &self,
        attachment: &welcome_core::vault::Attachment,
        bytes: &[u8],
    ) -> welcome_core::Result<PathBuf> {
        let dir = self.opened_dir();
        std::fs::create_dir_all(&dir)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))?;
        }
        let path = dir.join(format!(
            "{}.{}",
            attachment.id,
            attachment.media_type.extension()
        ));
        std::fs::write(&path, bytes)?;
        Ok(path)
    }

    /// Removes the decrypted copies (at start and quit: a viewer has had them by then).
    pub fn clear_opened(&self) {
        let dir = self.opened_dir();
        if dir.exists() {
            if let Err(e) = std::fs::remove_dir_all(&dir) {
                tracing::warn!(error = %e, "opened copies could not be removed");
            }
        }
    }
}
