//! Embedded, numbered schema migrations of the PostgreSQL backend. They run in one transaction
//! under an advisory lock, so several portal processes starting at once against one database
//! migrate it once; a database newer than this build is refused rather than misread.

use anyhow::{bail, Context};

/// Key of the transaction-scoped advisory lock that serialises migrations (any fixed number;
/// advisory locks are per database, so other databases on the server are not affected).
const MIGRATION_LOCK: i64 = 0x7765_6c63_6f6d_6501;

/// Migration `n` (1-based) is `MIGRATIONS[n - 1]`. The schema is the SQLite one's final state:
/// the same tables and meanings, with native types. Text that is ordered or compared as a key
/// uses the "C" collation, so orders match SQLite's byte order whatever the database's locale.
const MIGRATIONS: &[&str] = &[
    // 1: the first schema.
    r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
CREATE TABLE content (
    kind TEXT COLLATE "C" NOT NULL,
    id TEXT COLLATE "C" NOT NULL,
    seq BIGINT NOT NULL,
    deleted BOOLEAN NOT NULL DEFAULT false,
    source TEXT NOT NULL,
    payload TEXT,
    detail TEXT,
    municipality_id TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    field TEXT,
    PRIMARY KEY (kind, id)
);
CREATE UNIQUE INDEX content_seq ON content(seq);
CREATE INDEX content_live_source ON content(source) WHERE NOT deleted;
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    device_name TEXT,
    created_ms BIGINT NOT NULL,
    last_seen_ms BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE clients (
    user_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    last_mutation_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
CREATE TABLE user_records (
    user_id TEXT NOT NULL,
    collection TEXT NOT NULL,
    record_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    deleted TEXT,
    seq BIGINT NOT NULL,
    PRIMARY KEY (user_id, collection, record_id)
);
CREATE INDEX user_records_seq ON user_records(user_id, seq);
CREATE TABLE attempts (
    bucket TEXT NOT NULL,
    key TEXT NOT NULL,
    count BIGINT NOT NULL,
    until_ms BIGINT NOT NULL,
    PRIMARY KEY (bucket, key)
);
CREATE INDEX attempts_until ON attempts(until_ms);
"#,
    // 2: Welcome Guide accounts and the index of guide requests (SQLite's migration 4).
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
    received_ms BIGINT NOT NULL,
    PRIMARY KEY (user_id, record_id)
);
CREATE INDEX guide_requests_guide ON guide_requests(guide_id, received_ms);
"#,
];

/// Brings the schema up to date and fills in the bookkeeping rows of a new database (its epoch
/// is `new_epoch`); refuses a database made by a newer build. Returns the schema version.
pub fn migrate(client: &mut postgres::Client, new_epoch: &str) -> anyhow::Result<usize> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    // Under the lock, so no other process makes it meanwhile (and with no notice in the log,
    // as `IF NOT EXISTS` would give on every start).
    let fresh: bool = tx
        .query_one("SELECT to_regclass('portal_schema') IS NULL", &[])?
        .get(0);
    if fresh {
        tx.batch_execute(
            "CREATE TABLE portal_schema (version INTEGER NOT NULL);
             INSERT INTO portal_schema (version) VALUES (0);",
        )?;
    }
    let version: i32 = tx
        .query_one("SELECT version FROM portal_schema", &[])?
        .get(0);
    let known = MIGRATIONS.len();
    let version = usize::try_from(version).unwrap_or(usize::MAX);
    if version > known {
        bail!("database schema version {version} is newer than this build ({known}); refusing to open it");
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
        tx.batch_execute(sql)
            .with_context(|| format!("migration {}", i + 1))?;
    }
    tx.execute(
        "UPDATE portal_schema SET version = $1",
        &[&i32::try_from(known)?],
    )?;
    tx.execute(
        "INSERT INTO meta(key, value) VALUES ('epoch', $1), ('min_seq_kept', '0'), ('generation', '0'),
             ($2, $3)
         ON CONFLICT (key) DO NOTHING",
        &[
            &new_epoch,
            &crate::answer_seal::KEY_META,
            &crate::answer_seal::new_key(),
        ],
    )?;
    tx.batch_execute(
        "INSERT INTO counters(name, value) VALUES ('content', 0), ('user', 0) ON CONFLICT (name) DO NOTHING",
    )?;
    tx.commit()?;
    Ok(known)
}
