//! The local SQLite store: content cache, user data and outbox, migrations.
//!
//! One file per data folder (`companion.sqlite`) in WAL mode: readers never wait for the sync's
//! page transactions, and a crash at any point leaves the last committed state. Writes go through
//! one writer connection (`BEGIN IMMEDIATE`, so two writers never deadlock on an upgrade); reads
//! take a connection from a small pool, so several threads read at once.

pub mod content;
pub mod hlc;
mod migrations;
pub mod state;
pub mod user_data;

pub use user_data::{Record, UserData};

use crate::Result;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// Reader connections kept open for reuse; more readers than this open and close on demand.
const READER_POOL: usize = 4;

/// How long a connection waits for a lock held by another connection or process.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The schema version this build writes (the number of the newest embedded migration).
pub const SCHEMA_VERSION: u32 = migrations::LATEST;

/// A handle on the store file; cheap to share by reference across threads (`Send + Sync`).
pub struct Store {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
    clock: hlc::Clock,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic in another thread cannot leave SQLite inconsistent (transactions roll back on
    // drop), so a poisoned lock is still safe to use.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

/// The identity of a file on its file system (device and inode): a copy has another one, a
/// rename keeps it. `None` where the platform has no such notion (the web build).
#[cfg(unix)]
fn file_identity(path: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).ok()?;
    Some(format!("{}:{}", m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn file_identity(_path: &Path) -> Option<String> {
    None
}

impl Store {
    /// Opens (or creates) the store file, applies pending migrations and refuses a file written
    /// by a newer build ([`Error::DatabaseTooNew`]).
    pub fn open(path: &Path) -> Result<Self> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            tracing::warn!(
                mode,
                "SQLite did not switch to WAL; continuing in {mode} mode"
            );
        }
        configure(&conn)?;
        // The log is copied into the database after each sync (`checkpoint`), not by the commit
        // that crosses SQLite's default threshold of 1,000 pages: that copy would otherwise
        // land in the middle of applying a page of a delta and more than double its time. The
        // higher threshold still bounds the log during a first sync, and the size limit gives
        // the disk back after a large one.
        conn.execute_batch(
            "PRAGMA wal_autocheckpoint = 8192; PRAGMA journal_size_limit = 67108864;",
        )?;
        let mut conn = conn;
        migrations::apply(&mut conn)?;
        let client_id = state::ensure_client_id(&conn, file_identity(path).as_deref())?;
        let last = state::get(&conn, state::HLC_LAST)?;
        let clock = hlc::Clock::new(client_id, last.as_deref());
        Ok(Self {
            path: path.to_owned(),
            writer: Mutex::new(conn),
            readers: Mutex::new(Vec::new()),
            clock,
        })
    }

    /// The store file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// This installation's random client id (the node of its clocks, the sender of mutations).
    pub fn client_id(&self) -> &str {
        self.clock.node()
    }

    /// The hybrid logical clock of this device.
    pub fn clock(&self) -> &hlc::Clock {
        &self.clock
    }

    /// Runs `f` on a reader connection. Several threads may read at once; a reader sees the last
    /// committed state and never waits for a writer.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let pooled = lock(&self.readers).pop();
        let conn = match pooled {
            Some(c) => c,
            None => {
                let c = Connection::open_with_flags(
                    &self.path,
                    OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )?;
                configure(&c)?;
                c
            }
        };
        let result = f(&conn);
        let mut pool = lock(&self.readers);
        if pool.len() < READER_POOL && conn.is_autocommit() {
            pool.push(conn);
        }
        result
    }

    /// Copies what the write-ahead log holds into the database file (a passive checkpoint: it
    /// neither waits for nor blocks readers and writers). Run after a sync, when the work of
    /// the sync is done and the user sees its result.
    pub fn checkpoint(&self) -> Result<()> {
        self.read(|c| {
            c.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
            Ok(())
        })
    }

    /// Runs `f` in one write transaction (`BEGIN IMMEDIATE`): committed when `f` returns `Ok`,
    /// rolled back otherwise. Writes of the content cache use this (synchronous = NORMAL: a
    /// power cut may lose the last page, which the next sync fetches again).
    pub fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = lock(&self.writer);
        Self::in_transaction(&mut conn, f)
    }

    /// Like [`Store::write`], but durable on return (synchronous = FULL for this commit): the
    /// user's own changes and their outbox entries must survive a power cut once acknowledged.
    pub fn write_durable<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = lock(&self.writer);
        conn.execute_batch("PRAGMA synchronous = FULL")?;
        let result = Self::in_transaction(&mut conn, f);
        let reset = conn.execute_batch("PRAGMA synchronous = NORMAL");
        let value = result?;
        reset?;
        Ok(value)
    }

    fn in_transaction<T>(
        conn: &mut Connection,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// The user's records (plan answers, progress, saved jobs, ...), written with an outbox entry.
    pub fn user_data(&self) -> UserData<'_> {
        UserData::new(self)
    }

    /// A value of `sync_state`.
    pub fn state(&self, key: &str) -> Result<Option<String>> {
        self.read(|c| state::get(c, key))
    }

    /// Sets (or with `None` removes) a value of `sync_state`.
    pub fn set_state(&self, key: &str, value: Option<&str>) -> Result<()> {
        self.write(|tx| state::put(tx, key, value))
    }
}

#[cfg(test)]
mod tests;
