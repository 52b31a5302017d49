//! The Companion's core in the browser. A dedicated Web Worker (`js/worker.js`) loads this
//! module, opens the store in the origin-private file system (OPFS) and answers the UI's
//! commands: the same commands, with the same arguments and answers, as the desktop app's
//! (src-tauri/src/commands), each a thin call into [`welcome_core::Companion`].
//!
//! The command table and the token store build natively too, so they are tested like the rest
//! of the workspace (tests/commands.rs); the worker's side (`worker`) is wasm-only.

pub mod commands;
pub mod tokens;
mod views;
#[cfg(target_arch = "wasm32")]
mod worker;
