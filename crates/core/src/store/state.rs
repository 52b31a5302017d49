//! The `sync_state` key-value table: sync bookkeeping and settings, one row per key.

use crate::Result;
use rusqlite::{Connection, OptionalExtension};

/// The content feed cursor of the last committed page.
pub const CURSOR: &str = "cursor";
/// The current mark-and-sweep generation.
pub const GENERATION: &str = "generation";
/// Set while a pull from no cursor runs: its last page sweeps rows it did not see.
pub const FULL_PULL: &str = "full_pull";
/// Set while the jobs' full-text index is out of date (built at the end of a first sync).
pub const FTS_STALE: &str = "fts_stale";
/// The `CREATE INDEX` statements of the jobs' filter indexes (JSON list) while a first sync
/// fills the empty table without them; they are built at its end.
pub const DEFERRED_INDEXES: &str = "deferred_job_indexes";
/// The counter of sync runs (drives job alerts).
pub const SYNC_RUN: &str = "sync_run";
/// RFC 3339 time of the last sync that ended without error.
pub const LAST_SUCCESS: &str = "last_success";
/// Kind ([`crate::Error::kind`]) of the last sync's error; absent after a success.
pub const LAST_ERROR: &str = "last_error";
/// The languages the content's texts were last fetched in (the feed's `lang`, e.g. `ar,en,de`);
/// when the reader's languages differ, the texts are fetched again.
pub const CONTENT_LANGS: &str = "content_langs";
/// JSON of the job scope.
pub const SCOPE: &str = "scope";
/// The random id of this installation.
pub const CLIENT_ID: &str = "client_id";
/// The newest clock reading this device has made or seen.
pub const HLC_LAST: &str = "hlc_last";
/// The last mutation id handed out (ids are never reused).
pub const LAST_MUTATION_ID: &str = "last_mutation_id";
/// The user feed cursor.
pub const USER_CURSOR: &str = "user_cursor";
/// The generation of the user feed's pulls from no cursor (records a full pull did not bring
/// are uploaded again).
pub const USER_GENERATION: &str = "user_generation";
/// Set while a pull of the user feed from no cursor runs.
pub const USER_FULL_PULL: &str = "user_full_pull";
/// Whose records are shown and edited: the account's user id, or absent for "this device, no
/// account" (see `store::user_data::owner`).
pub const OWNER: &str = "owner";
/// The identity of the store file (device and inode) the client id was made for; a copied data
/// folder has another one and gets a new client id.
pub const FILE_ID: &str = "file_id";
/// The portal's request size limit as its health answer published it, after a 413.
pub const PORTAL_MAX_REQUEST: &str = "portal_max_request_bytes";
/// The logged-in account's e-mail and id (the token itself lives in the keychain only).
pub const ACCOUNT_EMAIL: &str = "account_email";
pub const ACCOUNT_USER_ID: &str = "account_user_id";
/// Settings.
pub const PORTAL_URL: &str = "portal_url";
pub const LOCALE: &str = "locale";
pub const SYNC_PAUSED: &str = "sync_paused";
/// The device's reminder setting (JSON `ReminderSettings`).
pub const REMINDERS: &str = "reminders";
/// Fingerprint of the document vault's key (never the key): set once the vault has files, so a
/// keychain that lost the key is told apart from an empty vault.
pub const VAULT_KEY: &str = "vault_key";
/// When this device last checked for due reminders (local time).
pub const REMINDERS_CHECKED: &str = "reminders_checked";
/// The guides' answers this device has announced, as JSON {request id: read}
/// (`contacts::guide_requests`): each answer is a notification once per device.
pub const GUIDE_ANSWERS: &str = "guide_answers";
/// Prefix of free-form settings of the app (`setting:<key>`), kept apart from the sync's keys.
pub const SETTING_PREFIX: &str = "setting:";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM sync_state WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

pub fn get_i64(conn: &Connection, key: &str) -> Result<i64> {
    Ok(get(conn, key)?.and_then(|v| v.parse().ok()).unwrap_or(0))
}

/// Sets a key, or removes it with `None`.
pub fn put(conn: &Connection, key: &str, value: Option<&str>) -> Result<()> {
    match value {
        Some(v) => conn
            .prepare_cached(
                "INSERT INTO sync_state (key, value) VALUES (?1, ?2) \
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            )?
            .execute([key, v])?,
        None => conn
            .prepare_cached("DELETE FROM sync_state WHERE key = ?1")?
            .execute([key])?,
    };
    Ok(())
}

fn fresh_client_id() -> String {
    format!("c{:016x}", rand::random::<u64>())
}

/// The installation's client id, made on first open. A store file that is not the one the id
/// was made for (`file_id` differs: the data folder was copied or restored elsewhere) gets a
/// new id, so the copy's changes are never taken for the original's and dropped as repeats.
pub fn ensure_client_id(conn: &Connection, file_id: Option<&str>) -> Result<String> {
    let fresh = fresh_client_id();
    // OR IGNORE: another process opening the same folder at once keeps the first id.
    conn.execute(
        "INSERT OR IGNORE INTO sync_state (key, value) VALUES (?1, ?2)",
        [CLIENT_ID, fresh.as_str()],
    )?;
    if let Some(file_id) = file_id {
        match get(conn, FILE_ID)? {
            None => put(conn, FILE_ID, Some(file_id))?,
            Some(known) if known != file_id => {
                let id = fresh_client_id();
                tracing::info!(client_id = %id, "the data folder was copied: new client id");
                put(conn, CLIENT_ID, Some(&id))?;
                put(conn, FILE_ID, Some(file_id))?;
            }
            Some(_) => {}
        }
    }
    Ok(get(conn, CLIENT_ID)?.unwrap_or(fresh))
}
