//! The welcome.RUHR Companion's logic, free of Tauri so it builds and tests with no display.
//!
//! The app (`src-tauri`) and the CLI (`crates/cli`) are thin adapters over [`Companion`].

pub mod companion;
pub mod contacts;
pub mod error;
pub mod i18n;
pub mod jobs;
// The document vault and the PDFs with its scans: the desktop app's only (the key needs the
// system keychain), so the web build leaves out the cipher, the image and PDF crates.
#[cfg(not(target_arch = "wasm32"))]
pub mod pdf;
pub mod plan;
pub mod platform;
pub mod secrets;
pub mod store;
pub mod sync;
#[cfg(not(target_arch = "wasm32"))]
pub mod vault;
pub mod views;

pub use companion::Companion;
pub use error::{Error, Result};
