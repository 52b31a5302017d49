//! The commands the UI may call, one module per screen area.

pub mod app;
