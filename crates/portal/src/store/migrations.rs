//! Embedded, numbered schema migrations; each runs in its own transaction and bumps
//! `user_version`, and a database newer than this build is refused rather than misread.

use anyhow::{bail, Context};
use rusqlite::Connection;

/// Migration `n` (1-based) is `MIGRATIONS[n - 1]`.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE content (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    payload TEXT,
    detail TEXT,
    municipality_id TEXT,
    lat REAL,
    lon REAL,
    field TEXT
);
CREATE UNIQUE INDEX content_kind_id ON content(kind, id);
CREATE INDEX content_seq ON content(seq);
CREATE TABLE users (
    id TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE sessions (
    token_hash TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    device_name TEXT,
    created TEXT NOT NULL
);
CREATE TABLE clients (
    user_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    last_mutation_id INTEGER NOT NULL,
    UNIQUE (user_id, client_id)
);
CREATE TABLE user_records (
    user_id TEXT NOT NULL,
    collection TEXT NOT NULL,
    record_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    deleted TEXT,
    seq INTEGER NOT NULL
);
CREATE UNIQUE INDEX user_records_key ON user_records(user_id, collection, record_id);
CREATE INDEX user_records_seq ON user_records(user_id, seq);
"#];

/// Brings the schema up to date; refuses a database made by a newer build.
pub fn migrate(conn: &mut Connection) -> anyhow::Result<()> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let known = MIGRATIONS.len() as i64;
    if version > known {
        bail!("database schema version {version} is newer than this build ({known}); refusing to open it");
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)
            .with_context(|| format!("migration {}", i + 1))?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
