//! The welcome.RUHR Companion's logic, free of Tauri so it builds and tests with no display.
//!
//! The app (`src-tauri`) and the CLI (`crates/cli`) are thin adapters over [`Companion`].

pub mod companion;
pub mod contacts;
pub mod error;
pub mod i18n;
pub mod jobs;
pub mod pdf;
pub mod plan;
pub mod platform;
pub mod secrets;
pub mod store;
pub mod sync;
pub mod vault;

pub use companion::Companion;
pub use error::{Error, Result};
