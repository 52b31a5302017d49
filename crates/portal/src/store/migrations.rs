//! Embedded, numbered schema migrations; each runs in its own transaction and bumps
//! `user_version`, and a database newer than this build is refused rather than misread.

use anyhow::{bail, Context};
use rusqlite::Connection;

/// Migration `n` (1-based) is `MIGRATIONS[n - 1]`.
const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    r#"
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
"#,
    // 2: attempt counters of the rate limits, in the database so that every portal process on it
    // counts together. One row per (bucket, key) and window; `until_ms` is when the window ends.
    r#"
CREATE TABLE attempts (
    bucket TEXT NOT NULL,
    key TEXT NOT NULL,
    count INTEGER NOT NULL,
    until_ms INTEGER NOT NULL,
    PRIMARY KEY (bucket, key)
);
CREATE INDEX attempts_until ON attempts(until_ms);
"#,
    // 3: sessions get a public id (for listing and revoking, never the token hash) and times in
    // Unix milliseconds for the idle and absolute lifetimes. Existing sessions keep their creation
    // time and count as seen then.
    r#"
CREATE TABLE sessions_new (
    id TEXT NOT NULL UNIQUE,
    token_hash TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    device_name TEXT,
    created_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL
);
INSERT INTO sessions_new(id, token_hash, user_id, device_name, created_ms, last_seen_ms)
SELECT 's-' || lower(hex(randomblob(12))), token_hash, user_id, device_name, t, t
FROM (SELECT *, COALESCE(CAST(strftime('%s', created) AS INTEGER),
                         CAST(strftime('%s', 'now') AS INTEGER)) * 1000 AS t FROM sessions);
DROP TABLE sessions;
ALTER TABLE sessions_new RENAME TO sessions;
CREATE INDEX sessions_user ON sessions(user_id);
"#,
    // 4: Welcome Guide accounts (an account linked to one content guide, made by an operator)
    // and the index of guide requests: which user record a request is, and which guide it is
    // addressed to. The request itself stays the user's record in user_records.
    r#"
CREATE TABLE guide_accounts (
    user_id TEXT PRIMARY KEY,
    guide_id TEXT NOT NULL
);
CREATE TABLE guide_requests (
    id TEXT NOT NULL UNIQUE,
    guide_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    received_ms INTEGER NOT NULL,
    PRIMARY KEY (user_id, record_id)
);
CREATE INDEX guide_requests_guide ON guide_requests(guide_id, received_ms);
"#,
];

/// The schema version this build migrates to.
pub fn latest() -> usize {
    MIGRATIONS.len()
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{PortalStore, SqliteStore};

    #[test]
    fn sessions_of_the_first_schema_keep_working_with_an_id_and_their_times() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.sqlite");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(MIGRATIONS[0]).unwrap();
            conn.pragma_update(None, "user_version", 1).unwrap();
            conn.execute_batch(
                "INSERT INTO users VALUES ('u-1', 'a@example.org', 'hash', '2026-01-02T03:04:05+00:00');
                 INSERT INTO sessions VALUES ('th-1', 'u-1', 'Laptop', '2026-01-02T03:04:05.678901234+00:00');
                 INSERT INTO sessions VALUES ('th-2', 'u-1', NULL, '2026-01-03T00:00:00+00:00');",
            )
            .unwrap();
        }
        let store = SqliteStore::open(&path).unwrap();
        let s = store.session_by_token("th-1").unwrap().unwrap();
        assert!(s.id.starts_with("s-") && s.id.len() == 26, "{}", s.id);
        assert_eq!(
            (s.user_id.as_str(), s.email.as_str()),
            ("u-1", "a@example.org")
        );
        assert_eq!(s.device_name.as_deref(), Some("Laptop"));
        assert_eq!(s.created_ms, 1_767_323_045_000);
        assert_eq!(s.last_seen_ms, s.created_ms);
        let other = store.session_by_token("th-2").unwrap().unwrap();
        assert_ne!(other.id, s.id);
        assert_eq!(store.user_sessions("u-1").unwrap().len(), 2);
    }
}
