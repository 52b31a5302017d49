//! The commands the UI may call, one module per screen area. Each only unpacks its arguments,
//! calls core and maps the error (see `state::AppState::run`).

pub mod app;
pub mod contacts;
pub mod jobs;
pub mod overview;
pub mod plan;
pub mod reminders;
pub mod sync;
pub mod vault;
