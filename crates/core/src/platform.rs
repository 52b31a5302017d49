//! What differs between the native build and the web build (`wasm32-unknown-unknown`, run in
//! a browser's Web Worker): clocks, waiting, and work that natively runs on a blocking thread.
//!
//! A browser has no threads for the core (one worker runs it) and no `std::time` clock
//! (`Instant::now` panics there), so the shared paths use these instead of `tokio` and
//! `std::time` directly. Natively they are exactly what the code used before.

use std::time::Duration;

/// A monotonic clock reading (`std::time::Instant` natively, `performance.now()` on the web).
pub use web_time::Instant;
/// The wall clock (`std::time::SystemTime` natively, `Date.now()` on the web).
pub use web_time::{SystemTime, UNIX_EPOCH};

/// Why work handed to [`spawn_blocking`] did not finish (it panicked or was cancelled).
#[derive(Debug)]
pub struct JoinError(String);

impl std::fmt::Display for JoinError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JoinError {}

/// Runs synchronous work (SQLite) off the async executor: on tokio's blocking pool natively;
/// in place on the web, where the worker running the core has nothing else to block.
#[cfg(not(target_arch = "wasm32"))]
pub async fn spawn_blocking<T, F>(work: F) -> Result<T, JoinError>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| JoinError(e.to_string()))
}

/// Runs synchronous work (SQLite) off the async executor: on tokio's blocking pool natively;
/// in place on the web, where the worker running the core has nothing else to block.
#[cfg(target_arch = "wasm32")]
pub async fn spawn_blocking<T, F>(work: F) -> Result<T, JoinError>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    Ok(work())
}

/// Waits without blocking the executor (tokio's timer natively, `setTimeout` on the web).
#[cfg(not(target_arch = "wasm32"))]
pub async fn sleep(wait: Duration) {
    tokio::time::sleep(wait).await;
}

/// Waits without blocking the executor (tokio's timer natively, `setTimeout` on the web).
#[cfg(target_arch = "wasm32")]
pub async fn sleep(wait: Duration) {
    let millis = u32::try_from(wait.as_millis()).unwrap_or(u32::MAX);
    gloo_timers::future::TimeoutFuture::new(millis).await;
}
