//! The welcome.RUHR Companion app: a thin Tauri adapter over `welcome-core`.
//!
//! Commands unpack their arguments, call [`welcome_core::Companion`] and map errors to the one
//! [`error::CommandError`] shape; everything else (sync, plan, jobs, i18n) lives in core.

pub mod commands;
pub mod error;
pub mod state;

use tauri::{Manager, Runtime};

/// Builds the app on any runtime, so tests can pass `tauri::test::mock_builder()`.
pub fn build<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::app::app_info,
        commands::app::i18n_catalog,
        commands::app::set_locale,
    ])
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info".into()),
        )
        .init();
    let builder = tauri::Builder::default();
    build(builder)
        .setup(|app| {
            let state = state::AppState::open(app.handle())?;
            app.manage(state);
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("the app window could not be started");
}
