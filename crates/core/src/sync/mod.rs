//! The sync engine: content feed down, user data up and down.
//!
//! [`crate::Companion::sync_now`] runs one sync: the content feed (every page in its own
//! transaction with its cursor, see [`content`]), then, when logged in, the outbox up and the
//! user feed down (see [`user`]). Downloads never wait for uploads: a failing push does not stop
//! the pull. Every failure is an [`crate::Error`] and leaves the cache as it was.

pub mod account;
pub mod apply;
pub mod content;
pub mod http;
pub mod user;

use chrono::{DateTime, Utc};
use serde::Serialize;
use std::time::Duration;

/// What the sync is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum SyncPhase {
    /// Pulling the content feed.
    Content,
    /// Building the jobs' full-text index after a first sync.
    Index,
    /// Pushing the user's changes.
    Upload,
    /// Pulling the user's data.
    Download,
}

/// Progress for a progress bar, reported after every page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SyncProgress {
    pub phase: SyncPhase,
    pub pages: u64,
    pub items: u64,
    pub bytes: u64,
    /// Changes still waiting on the portal, when it says.
    pub remaining: Option<u64>,
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SyncReport {
    /// The run number; jobs first seen in this run carry it (`first_seen_run`).
    pub run_id: i64,
    /// Rows of the cache that changed.
    pub items_applied: u64,
    pub jobs_added: u64,
    /// Body bytes received (after decompression).
    pub bytes: u64,
    /// HTTP requests made.
    pub requests: u64,
    /// The portal asked for a resync and the cache was refilled (mark and sweep).
    pub resynced: bool,
    /// The user's changes the portal acknowledged.
    pub pushed: u64,
    /// Records merged from the user feed.
    pub pulled: u64,
    #[cfg_attr(feature = "ts", ts(type = "{ secs: number, nanos: number }"))]
    pub duration: Duration,
    /// Of `duration`, the time spent writing the content into SQLite (parsing lines, upserts,
    /// the full-text index, commits), without the time waiting for bytes from the network.
    #[cfg_attr(feature = "ts", ts(type = "{ secs: number, nanos: number }"))]
    pub content_apply: Duration,
    /// Of `duration`, the time the saved searches took to check the jobs this run brought.
    #[cfg_attr(feature = "ts", ts(type = "{ secs: number, nanos: number }"))]
    pub alert_check: Duration,
}

/// The sync's state for a status bar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SyncStatus {
    pub last_success: Option<DateTime<Utc>>,
    /// [`crate::Error::kind`] of the last sync's failure; `None` after a success.
    pub last_error_kind: Option<String>,
    /// The user's changes not yet acknowledged by the portal.
    pub pending_changes: u64,
    /// Changes the portal did not accept (undone on the device) that the user has not seen.
    pub rejected_changes: u64,
    /// The next sync continues from a cursor (false before the first completed page).
    pub cursor_present: bool,
    pub job_count: u64,
    pub logged_in: bool,
}

/// Tunables of the sync; the defaults suit the app, tests and benchmarks change them.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncOptions {
    /// Content feed page size asked for (at most `MAX_PAGE_SIZE` is sent).
    pub page_size: u32,
    /// Longest silence while waiting for bytes of an answer.
    pub read_timeout: Duration,
    /// Mutations per pushed batch.
    pub push_batch: usize,
    /// Tries per batch on network errors.
    pub push_attempts: u32,
    /// First backoff delay; doubled per retry, plus jitter.
    pub retry_base: Duration,
}

impl Default for SyncOptions {
    fn default() -> Self {
        Self {
            page_size: welcome_protocol::DEFAULT_PAGE_SIZE,
            read_timeout: Duration::from_secs(30),
            push_batch: 100,
            push_attempts: 4,
            retry_base: Duration::from_millis(250),
        }
    }
}
