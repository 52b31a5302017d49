//! The welcome.RUHR Companion's logic, free of Tauri so it builds and tests with no display.

pub mod i18n;
