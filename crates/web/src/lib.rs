//! The Companion's core in the browser. A dedicated Web Worker (`js/worker.js`) loads this
//! module, opens the store in the origin-private file system (OPFS) and answers the UI's
//! commands: the same commands, with the same arguments and answers, as the desktop app's
//! (src-tauri/src/commands), each a thin call into [`welcome_core::Companion`].
//!
//! Natively this crate is empty: it exists for `wasm32-unknown-unknown` only.

#[cfg(target_arch = "wasm32")]
mod commands;
#[cfg(target_arch = "wasm32")]
mod tokens;
#[cfg(target_arch = "wasm32")]
mod views;
#[cfg(target_arch = "wasm32")]
mod worker;
