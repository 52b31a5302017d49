//! What the app keeps between commands: the user's data folder and language.

use std::path::PathBuf;
use std::sync::RwLock;
use tauri::{AppHandle, Manager, Runtime};
use welcome_core::i18n::Localizer;

pub struct AppState {
    pub data_dir: PathBuf,
    localizer: RwLock<Localizer>,
}

impl AppState {
    /// Opens the data folder: `WELCOME_DATA_DIR` when set (tests and demos never touch the real
    /// profile), else the platform's app-data folder.
    pub fn open<R: Runtime>(app: &AppHandle<R>) -> Result<Self, Box<dyn std::error::Error>> {
        let data_dir = match std::env::var_os("WELCOME_DATA_DIR") {
            Some(dir) => PathBuf::from(dir),
            None => app.path().app_data_dir()?,
        };
        std::fs::create_dir_all(&data_dir)?;
        Ok(Self {
            data_dir,
            localizer: RwLock::new(Localizer::system()),
        })
    }

    pub fn localizer(&self) -> Localizer {
        self.localizer
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    pub fn set_localizer(&self, loc: Localizer) {
        *self
            .localizer
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = loc;
    }
}
