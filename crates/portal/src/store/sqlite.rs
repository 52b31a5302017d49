//! The SQLite backend: one file in WAL mode, one writer connection behind a mutex and a fresh
//! read-only connection per read, so readers never queue behind each other or the writer.

use super::restore_guard::{Mark, RestoreGuard};
use super::*;
use crate::answer_seal;
use crate::mutations::{self, RecordState};
use anyhow::Context;
use rand::RngCore;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use welcome_protocol::{Collection, Guide, Mutation, MutationResult, MutationStatus, RecordChange};

pub struct SqliteStore {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
    guard: RestoreGuard,
}

/// Idle read connections kept for reuse; more are opened under load and closed after.
const IDLE_READERS: usize = 16;

/// A read connection that goes back to the store's idle list when dropped.
struct Reader<'a> {
    conn: Option<Connection>,
    idle: &'a Mutex<Vec<Connection>>,
}

impl std::ops::Deref for Reader<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.conn
            .as_ref()
            .expect("a reader holds its connection until dropped")
    }
}

impl std::ops::DerefMut for Reader<'_> {
    fn deref_mut(&mut self) -> &mut Connection {
        self.conn
            .as_mut()
            .expect("a reader holds its connection until dropped")
    }
}

impl Drop for Reader<'_> {
    fn drop(&mut self) {
        // A transaction still open here was rolled back when its guard dropped, so the
        // connection is clean for the next request.
        if let Some(conn) = self.conn.take() {
            let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
            if idle.len() < IDLE_READERS {
                idle.push(conn);
            }
        }
    }
}

/// The key that seals guides' answers (see [`answer_seal`]).
fn answer_key(conn: &Connection) -> anyhow::Result<Option<Vec<u8>>> {
    let stored: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = ?1",
            [answer_seal::KEY_META],
            |r| r.get(0),
        )
        .optional()?;
    Ok(stored.as_deref().and_then(answer_seal::key_bytes))
}

fn random_hex(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    rand::thread_rng().fill_bytes(&mut b);
    hex::encode(b)
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

impl SqliteStore {
    /// Opens (creating and migrating on first use) the database at `path`.
    pub fn open(path: &Path) -> anyhow::Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let mut conn =
            Connection::open(path).with_context(|| format!("opening {}", path.display()))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        configure(&conn)?;
        migrations::migrate(&mut conn)?;
        conn.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('epoch', ?1), ('min_seq_kept', '0'), ('generation', '0'), (?2, ?3)",
            params![random_hex(8), answer_seal::KEY_META, answer_seal::new_key()],
        )?;
        conn.execute(
            "INSERT OR IGNORE INTO counters(name, value) VALUES ('content', 0), ('user', 0)",
            [],
        )?;
        let guard = RestoreGuard::beside(path);
        if guard.went_back(&mark(&conn)?) {
            let epoch = random_hex(8);
            tracing::warn!(
                epoch,
                "the database is older than the one this portal last wrote (restored from a \
                 backup?): new epoch, clients resync"
            );
            conn.execute("UPDATE meta SET value = ?1 WHERE key = 'epoch'", [&epoch])?;
        }
        guard.record(&mark(&conn)?);
        Ok(Self {
            path: path.to_owned(),
            writer: Mutex::new(conn),
            readers: Mutex::new(Vec::new()),
            guard,
        })
    }

    /// A read-only connection, reused: opening one (file, locks, schema) costs more than an
    /// empty poll's whole query, and its prepared statements stay cached.
    fn reader(&self) -> anyhow::Result<Reader<'_>> {
        let pooled = self.readers.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let conn = match pooled {
            Some(conn) => conn,
            None => {
                let conn = Connection::open_with_flags(
                    &self.path,
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )?;
                configure(&conn)?;
                // Reads walk the feed in order and look rows up by key: a page cache of 1 MiB
                // (SQLite's default is 2) loses nothing and keeps many readers small.
                conn.pragma_update(None, "cache_size", -1024)?;
                conn
            }
        };
        Ok(Reader {
            conn: Some(conn),
            idle: &self.readers,
        })
    }

    fn write<T>(&self, f: impl FnOnce(&Transaction) -> anyhow::Result<T>) -> anyhow::Result<T> {
        let mut conn = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        self.guard.record(&mark(&conn)?);
        Ok(out)
    }
}

/// Hands out sequence numbers inside one write transaction, stored back once at the end.
struct SeqCounter<'a> {
    tx: &'a Transaction<'a>,
    name: &'static str,
    value: u64,
}

impl<'a> SeqCounter<'a> {
    fn new(tx: &'a Transaction<'a>, name: &'static str) -> rusqlite::Result<Self> {
        let value: i64 =
            tx.query_row("SELECT value FROM counters WHERE name = ?1", [name], |r| {
                r.get(0)
            })?;
        Ok(Self {
            tx,
            name,
            value: value as u64,
        })
    }
    fn next(&mut self) -> u64 {
        self.value += 1;
        self.value
    }
    fn save(self) -> rusqlite::Result<()> {
        self.tx.execute(
            "UPDATE counters SET value = ?1 WHERE name = ?2",
            params![self.value as i64, self.name],
        )?;
        Ok(())
    }
}

const SESSION_SELECT: &str =
    "SELECT s.id, s.user_id, u.email, s.device_name, s.created_ms, s.last_seen_ms
     FROM sessions s JOIN users u ON u.id = s.user_id";

fn session_row(r: &rusqlite::Row) -> rusqlite::Result<SessionRow> {
    Ok(SessionRow {
        id: r.get(0)?,
        user_id: r.get(1)?,
        email: r.get(2)?,
        device_name: r.get(3)?,
        created_ms: r.get(4)?,
        last_seen_ms: r.get(5)?,
    })
}

fn meta_value(conn: &Connection, key: &str) -> rusqlite::Result<String> {
    conn.prepare_cached("SELECT value FROM meta WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
}

fn counter(conn: &Connection, name: &str) -> rusqlite::Result<u64> {
    conn.prepare_cached("SELECT value FROM counters WHERE name = ?1")?
        .query_row([name], |r| r.get::<_, i64>(0))
        .map(|v| v as u64)
}

/// Where the database stands, for the restore guard.
fn mark(conn: &Connection) -> anyhow::Result<Mark> {
    Ok(Mark {
        epoch: meta_value(conn, "epoch")?,
        content_seq: counter(conn, "content")?,
        user_seq: counter(conn, "user")?,
    })
}

fn read_meta(conn: &Connection) -> anyhow::Result<FeedMeta> {
    Ok(FeedMeta {
        epoch: meta_value(conn, "epoch")?,
        min_seq_kept: meta_value(conn, "min_seq_kept")?.parse()?,
        max_seq: counter(conn, "content")?,
        generation: meta_value(conn, "generation")?.parse()?,
    })
}

fn tombstone(tx: &Transaction, kind: &str, ids: &[String]) -> anyhow::Result<usize> {
    let mut seq = SeqCounter::new(tx, "content")?;
    let mut n = 0;
    {
        let mut stmt = tx.prepare_cached(
            "UPDATE content SET deleted = 1, payload = NULL, detail = NULL, seq = ?1
             WHERE kind = ?2 AND id = ?3 AND deleted = 0",
        )?;
        for id in ids {
            let s = seq.next();
            let changed = stmt.execute(params![s as i64, kind, id])?;
            if changed == 0 {
                seq.value -= 1;
            }
            n += changed;
        }
    }
    seq.save()?;
    Ok(n)
}

/// A live guide of the content, inside a write.
fn guide_in(conn: &Connection, id: &str) -> anyhow::Result<Option<Guide>> {
    let payload: Option<String> = conn
        .prepare_cached(
            "SELECT payload FROM content WHERE kind = 'guide' AND id = ?1 AND deleted = 0",
        )?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(payload.map(|p| serde_json::from_str(&p)).transpose()?)
}

/// Keeps the guide-request index in step with an applied change: a new request is indexed for
/// its guide, a withdrawn one is no longer anyone's to read.
fn index_guide_request(tx: &Transaction, user_id: &str, m: &Mutation) -> anyhow::Result<()> {
    match &m.change {
        RecordChange::Set { fields, .. } => {
            let guide = fields
                .get(welcome_protocol::guide_request::GUIDE_ID_FIELD)
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            tx.execute(
                "INSERT INTO guide_requests(id, guide_id, user_id, record_id, received_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
                params![
                    format!("gr-{}", random_hex(12)),
                    guide,
                    user_id,
                    m.record_id,
                    chrono::Utc::now().timestamp_millis()
                ],
            )?;
        }
        RecordChange::Delete => {
            tx.execute(
                "DELETE FROM guide_requests WHERE user_id = ?1 AND record_id = ?2",
                params![user_id, m.record_id],
            )?;
        }
    }
    Ok(())
}

impl PortalStore for SqliteStore {
    fn feed_meta(&self) -> anyhow::Result<FeedMeta> {
        // The four values in one snapshot (a compaction changes two of them together).
        let conn = self.reader()?;
        let tx = conn.unchecked_transaction()?;
        let meta = read_meta(&tx)?;
        tx.commit()?;
        Ok(meta)
    }

    /// Drops the idle readers and checkpoints the write-ahead log into the file and truncates
    /// it, so the file alone is the whole database once the portal has stopped (a copy of it is
    /// complete, and the next start replays nothing).
    fn close(&self) -> anyhow::Result<()> {
        self.readers
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
        let conn = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let (busy, log, done): (i64, i64, i64) =
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?;
        if busy != 0 {
            tracing::warn!(
                "the checkpoint on close was blocked by a reader: {done} of {log} pages"
            );
        } else {
            tracing::info!("database checkpointed and closed: {}", self.path.display());
        }
        Ok(())
    }

    fn feed_snapshot(
        &self,
        start: &mut dyn FnMut(&FeedMeta, &mut RowsAfter<'_>) -> Option<u64>,
        take: &mut dyn FnMut(&FeedRow) -> bool,
    ) -> anyhow::Result<Option<(FeedMeta, PageEnd)>> {
        let mut conn = self.reader()?;
        // One read transaction: in WAL mode its snapshot starts at the first read (the meta)
        // and every later read sees the same database.
        let tx = conn.transaction()?;
        let meta = read_meta(&tx)?;
        let mut rows_after = |seq: u64| -> anyhow::Result<u64> {
            let n: i64 = tx
                .prepare_cached("SELECT count(*) FROM content WHERE seq > ?1")?
                .query_row([seq as i64], |r| r.get(0))?;
            Ok(n as u64)
        };
        let Some(after) = start(&meta, &mut rows_after) else {
            return Ok(None);
        };
        let mut last_seq = after;
        {
            let mut stmt = tx.prepare_cached(
                "SELECT seq, kind, id, deleted, payload, municipality_id, lat, lon, field
                 FROM content WHERE seq > ?1 ORDER BY seq",
            )?;
            let mut rows = stmt.query([after as i64])?;
            while let Some(r) = rows.next()? {
                let row = FeedRow {
                    seq: r.get::<_, i64>(0)? as u64,
                    kind: r.get(1)?,
                    id: r.get(2)?,
                    deleted: r.get::<_, i64>(3)? != 0,
                    payload: r.get(4)?,
                    municipality_id: r.get(5)?,
                    lat: r.get::<_, Option<f64>>(6)?.unwrap_or(0.0),
                    lon: r.get::<_, Option<f64>>(7)?.unwrap_or(0.0),
                    field: r.get::<_, Option<String>>(8)?.unwrap_or_default(),
                };
                if !take(&row) {
                    break;
                }
                last_seq = row.seq;
            }
        }
        let remaining = rows_after(last_seq)?;
        Ok(Some((
            meta,
            PageEnd {
                last_seq,
                remaining,
            },
        )))
    }

    fn job_detail(&self, id: &str) -> anyhow::Result<Option<String>> {
        let conn = self.reader()?;
        Ok(conn
            .query_row(
                "SELECT detail FROM content WHERE kind = 'job' AND id = ?1 AND deleted = 0",
                [id],
                |r| r.get::<_, Option<String>>(0),
            )
            .optional()?
            .flatten())
    }

    fn write_content(
        &self,
        rows: &[ContentRow],
        source: &str,
        replace_source: bool,
    ) -> anyhow::Result<WriteStats> {
        self.write(|tx| {
            let mut stats = WriteStats::default();
            let mut seq = SeqCounter::new(tx, "content")?;
            {
                let mut current = tx.prepare_cached(
                    "SELECT payload, detail, deleted, source FROM content WHERE kind = ?1 AND id = ?2",
                )?;
                let mut upsert = tx.prepare_cached(
                    "INSERT INTO content(kind, id, seq, deleted, source, payload, detail, municipality_id, lat, lon, field)
                     VALUES (?1, ?2, ?3, 0, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                     ON CONFLICT(kind, id) DO UPDATE SET seq = excluded.seq, deleted = 0,
                       source = excluded.source, payload = excluded.payload, detail = excluded.detail,
                       municipality_id = excluded.municipality_id, lat = excluded.lat,
                       lon = excluded.lon, field = excluded.field",
                )?;
                for row in rows {
                    let existing: Option<(Option<String>, Option<String>, i64, String)> = current
                        .query_row(params![row.kind, row.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                        .optional()?;
                    if let Some((p, d, 0, s)) = &existing {
                        if p.as_deref() == Some(row.payload.as_str()) && *d == row.detail && s == source {
                            stats.unchanged += 1;
                            continue;
                        }
                    }
                    upsert.execute(params![
                        row.kind,
                        row.id,
                        seq.next() as i64,
                        source,
                        row.payload,
                        row.detail,
                        row.municipality_id,
                        row.lat,
                        row.lon,
                        row.field
                    ])?;
                    stats.upserted += 1;
                }
            }
            seq.save()?;
            if replace_source {
                let keep: std::collections::HashSet<(&str, &str)> =
                    rows.iter().map(|r| (r.kind, r.id.as_str())).collect();
                let mut gone: Vec<(String, String)> = Vec::new();
                {
                    let mut stmt = tx.prepare("SELECT kind, id FROM content WHERE source = ?1 AND deleted = 0")?;
                    let mut q = stmt.query([source])?;
                    while let Some(r) = q.next()? {
                        let (k, i): (String, String) = (r.get(0)?, r.get(1)?);
                        if !keep.contains(&(k.as_str(), i.as_str())) {
                            gone.push((k, i));
                        }
                    }
                }
                for (k, i) in gone {
                    stats.deleted += tombstone(tx, &k, &[i])?;
                }
            }
            Ok(stats)
        })
    }

    fn delete_content(&self, kind: &str, ids: &[String]) -> anyhow::Result<usize> {
        self.write(|tx| tombstone(tx, kind, ids))
    }

    fn compact_tombstones(&self) -> anyhow::Result<u64> {
        self.write(|tx| {
            let max: i64 = tx.query_row(
                "SELECT value FROM counters WHERE name = 'content'",
                [],
                |r| r.get(0),
            )?;
            let dropped = tx.execute("DELETE FROM content WHERE deleted = 1", [])?;
            tx.execute(
                "UPDATE meta SET value = ?1 WHERE key = 'min_seq_kept'",
                [max.to_string()],
            )?;
            tx.execute(
                "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'",
                [],
            )?;
            Ok(dropped as u64)
        })
    }

    fn new_epoch(&self) -> anyhow::Result<String> {
        let epoch = random_hex(8);
        self.write(|tx| {
            tx.execute("UPDATE meta SET value = ?1 WHERE key = 'epoch'", [&epoch])?;
            Ok(())
        })?;
        Ok(epoch)
    }

    fn live_content(&self) -> anyhow::Result<Vec<(String, String)>> {
        let conn = self.reader()?;
        let mut stmt =
            conn.prepare("SELECT kind, payload FROM content WHERE deleted = 0 ORDER BY seq")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn job_details(&self) -> anyhow::Result<Vec<String>> {
        let conn = self.reader()?;
        let mut stmt =
            conn.prepare("SELECT detail FROM content WHERE kind = 'job' AND deleted = 0 AND detail IS NOT NULL ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn create_user(&self, email: &str, password_hash: &str) -> anyhow::Result<Option<String>> {
        self.write(|tx| {
            let id = format!("u-{}", random_hex(12));
            let n = tx.execute(
                "INSERT OR IGNORE INTO users(id, email, password_hash, created) VALUES (?1, ?2, ?3, ?4)",
                params![id, email, password_hash, chrono::Utc::now().to_rfc3339()],
            )?;
            Ok((n == 1).then_some(id))
        })
    }

    fn user_by_email(&self, email: &str) -> anyhow::Result<Option<(String, String)>> {
        let conn = self.reader()?;
        Ok(conn
            .query_row(
                "SELECT id, password_hash FROM users WHERE email = ?1",
                [email],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    fn create_session(
        &self,
        user_id: &str,
        token_hash: &str,
        device: Option<&str>,
        now_ms: i64,
    ) -> anyhow::Result<String> {
        let id = format!("s-{}", random_hex(12));
        self.write(|tx| {
            tx.execute(
                "INSERT INTO sessions(id, token_hash, user_id, device_name, created_ms, last_seen_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![id, token_hash, user_id, device, now_ms],
            )?;
            Ok(())
        })?;
        Ok(id)
    }

    fn session_by_token(&self, token_hash: &str) -> anyhow::Result<Option<SessionRow>> {
        let conn = self.reader()?;
        Ok(conn
            .query_row(
                &format!("{SESSION_SELECT} WHERE s.token_hash = ?1"),
                [token_hash],
                session_row,
            )
            .optional()?)
    }

    fn touch_session(&self, id: &str, now_ms: i64) -> anyhow::Result<()> {
        self.write(|tx| {
            // Never backwards: another process may have touched it later already.
            tx.execute(
                "UPDATE sessions SET last_seen_ms = ?2 WHERE id = ?1 AND last_seen_ms < ?2",
                params![id, now_ms],
            )?;
            Ok(())
        })
    }

    fn user_sessions(&self, user_id: &str) -> anyhow::Result<Vec<SessionRow>> {
        let conn = self.reader()?;
        let mut stmt = conn.prepare(&format!(
            "{SESSION_SELECT} WHERE s.user_id = ?1 ORDER BY s.last_seen_ms DESC, s.id"
        ))?;
        let rows = stmt.query_map([user_id], session_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn delete_session(&self, token_hash: &str) -> anyhow::Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
            Ok(())
        })
    }

    fn delete_user_session(&self, user_id: &str, id: &str) -> anyhow::Result<bool> {
        self.write(|tx| {
            let n = tx.execute(
                "DELETE FROM sessions WHERE user_id = ?1 AND id = ?2",
                params![user_id, id],
            )?;
            Ok(n > 0)
        })
    }

    fn delete_expired_sessions(
        &self,
        user_id: &str,
        seen_before_ms: i64,
        created_before_ms: i64,
    ) -> anyhow::Result<u64> {
        self.write(|tx| {
            let n = tx.execute(
                "DELETE FROM sessions WHERE user_id = ?1 AND (last_seen_ms < ?2 OR created_ms < ?3)",
                params![user_id, seen_before_ms, created_before_ms],
            )?;
            Ok(n as u64)
        })
    }

    fn count_attempt(
        &self,
        bucket: &str,
        key: &str,
        max: u32,
        window_ms: i64,
        now_ms: i64,
    ) -> anyhow::Result<Attempt> {
        self.write(|tx| {
            // Ended windows of every key go first (indexed), so the table holds only live
            // windows however many addresses and e-mails were tried.
            tx.execute("DELETE FROM attempts WHERE until_ms <= ?1", [now_ms])?;
            let current: Option<(i64, i64)> = tx
                .query_row(
                    "SELECT count, until_ms FROM attempts WHERE bucket = ?1 AND key = ?2",
                    params![bucket, key],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            match current {
                Some((count, until_ms)) if count >= i64::from(max) => {
                    Ok(Attempt::Limited { until_ms })
                }
                Some(_) => {
                    tx.execute(
                        "UPDATE attempts SET count = count + 1 WHERE bucket = ?1 AND key = ?2",
                        params![bucket, key],
                    )?;
                    Ok(Attempt::Allowed)
                }
                None if max == 0 => Ok(Attempt::Limited {
                    until_ms: now_ms.saturating_add(window_ms),
                }),
                None => {
                    tx.execute(
                        "INSERT INTO attempts(bucket, key, count, until_ms) VALUES (?1, ?2, 1, ?3)",
                        params![bucket, key, now_ms.saturating_add(window_ms)],
                    )?;
                    Ok(Attempt::Allowed)
                }
            }
        })
    }

    fn reset_attempts(&self, bucket: &str, key: &str) -> anyhow::Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM attempts WHERE bucket = ?1 AND key = ?2",
                params![bucket, key],
            )?;
            Ok(())
        })
    }

    fn apply_mutations(
        &self,
        user_id: &str,
        batch: &MutationBatch,
    ) -> anyhow::Result<MutationBatchResponse> {
        self.write(|tx| {
            let mut last: u64 = tx
                .query_row(
                    "SELECT last_mutation_id FROM clients WHERE user_id = ?1 AND client_id = ?2",
                    params![user_id, batch.client_id],
                    |r| r.get::<_, i64>(0),
                )
                .optional()?
                .unwrap_or(0) as u64;
            let mut seq = SeqCounter::new(tx, "user")?;
            let mut results = Vec::with_capacity(batch.mutations.len());
            let now_millis = u64::try_from(chrono::Utc::now().timestamp_millis()).unwrap_or(0);
            for m in &batch.mutations {
                let m = &Mutation {
                    hlc: mutations::clamp_clock(&m.hlc, now_millis),
                    ..m.clone()
                };
                if m.id <= last {
                    results.push(MutationResult { id: m.id, status: MutationStatus::Duplicate, error: None });
                    continue;
                }
                last = m.id;
                if let Err(e) = mutations::validate(m) {
                    results.push(MutationResult { id: m.id, status: MutationStatus::Rejected, error: Some(e) });
                    continue;
                }
                let collection = m.collection.as_str();
                let stored: Option<(String, Option<String>)> = tx
                    .query_row(
                        "SELECT fields, deleted FROM user_records WHERE user_id = ?1 AND collection = ?2 AND record_id = ?3",
                        params![user_id, collection, m.record_id],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                if m.collection == Collection::GuideRequest {
                    let state = stored
                        .as_ref()
                        .map(|(fields, deleted)| -> anyhow::Result<RecordState> {
                            Ok(RecordState {
                                fields: serde_json::from_str(fields)?,
                                deleted: deleted.clone().map(welcome_protocol::Hlc),
                            })
                        })
                        .transpose()?;
                    let verdict = mutations::validate_guide_request(
                        m,
                        user_id,
                        state.as_ref(),
                        &mut || answer_key(tx),
                        &mut |id: &str| guide_in(tx, id),
                    )?;
                    if let Err(e) = verdict {
                        results.push(MutationResult { id: m.id, status: MutationStatus::Rejected, error: Some(e) });
                        continue;
                    }
                }
                let mut state = match &stored {
                    Some((fields, deleted)) => RecordState {
                        fields: serde_json::from_str(fields)?,
                        deleted: deleted.clone().map(welcome_protocol::Hlc),
                    },
                    None => RecordState::default(),
                };
                if mutations::apply(&mut state, m) {
                    if m.collection == Collection::GuideRequest {
                        index_guide_request(tx, user_id, m)?;
                    }
                    tx.execute(
                        "INSERT INTO user_records(user_id, collection, record_id, fields, deleted, seq)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                         ON CONFLICT(user_id, collection, record_id) DO UPDATE SET
                           fields = excluded.fields, deleted = excluded.deleted, seq = excluded.seq",
                        params![
                            user_id,
                            collection,
                            m.record_id,
                            serde_json::to_string(&state.fields)?,
                            state.deleted.as_ref().map(|h| h.0.clone()),
                            seq.next() as i64
                        ],
                    )?;
                }
                results.push(MutationResult { id: m.id, status: MutationStatus::Applied, error: None });
            }
            seq.save()?;
            tx.execute(
                "INSERT INTO clients(user_id, client_id, last_mutation_id) VALUES (?1, ?2, ?3)
                 ON CONFLICT(user_id, client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id",
                params![user_id, batch.client_id, last as i64],
            )?;
            Ok(MutationBatchResponse { results, last_mutation_id: last })
        })
    }

    fn content_payload(&self, kind: &str, id: &str) -> anyhow::Result<Option<String>> {
        let conn = self.reader()?;
        Ok(conn
            .query_row(
                "SELECT payload FROM content WHERE kind = ?1 AND id = ?2 AND deleted = 0",
                params![kind, id],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn set_guide_account(&self, user_id: &str, guide_id: &str) -> anyhow::Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO guide_accounts(user_id, guide_id) VALUES (?1, ?2)
                 ON CONFLICT(user_id) DO UPDATE SET guide_id = excluded.guide_id",
                params![user_id, guide_id],
            )?;
            Ok(())
        })
    }

    fn guide_of(&self, user_id: &str) -> anyhow::Result<Option<String>> {
        let conn = self.reader()?;
        Ok(conn
            .query_row(
                "SELECT guide_id FROM guide_accounts WHERE user_id = ?1",
                [user_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn guide_accounts(&self) -> anyhow::Result<Vec<GuideAccountRow>> {
        let conn = self.reader()?;
        let mut stmt = conn.prepare(
            "SELECT u.id, u.email, g.guide_id,
                    (SELECT count(*) FROM sessions s WHERE s.user_id = u.id)
             FROM guide_accounts g JOIN users u ON u.id = g.user_id ORDER BY u.email",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(GuideAccountRow {
                user_id: r.get(0)?,
                email: r.get(1)?,
                guide_id: r.get(2)?,
                sessions: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn remove_guide_account(&self, user_id: &str) -> anyhow::Result<bool> {
        self.write(|tx| {
            let n = tx.execute("DELETE FROM guide_accounts WHERE user_id = ?1", [user_id])?;
            Ok(n > 0)
        })
    }

    fn set_password(&self, user_id: &str, password_hash: &str) -> anyhow::Result<u64> {
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE users SET password_hash = ?2 WHERE id = ?1",
                params![user_id, password_hash],
            )?;
            anyhow::ensure!(n == 1, "no account {user_id}");
            let ended = tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user_id])?;
            Ok(ended as u64)
        })
    }

    fn guide_requests(&self, guide_id: &str) -> anyhow::Result<Vec<GuideRequestRow>> {
        let conn = self.reader()?;
        let mut stmt = conn.prepare(
            "SELECT g.id, g.received_ms, r.fields FROM guide_requests g
             JOIN user_records r ON r.user_id = g.user_id AND r.collection = 'guide_request'
               AND r.record_id = g.record_id
             WHERE g.guide_id = ?1 ORDER BY g.received_ms DESC, g.id",
        )?;
        let rows = stmt.query_map([guide_id], |r| {
            Ok(GuideRequestRow {
                id: r.get(0)?,
                received_ms: r.get(1)?,
                fields: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn answer_guide_request(
        &self,
        guide_id: &str,
        request_id: &str,
        answer: &str,
        guide_name: &str,
        now_ms: i64,
    ) -> anyhow::Result<AnswerOutcome> {
        self.write(|tx| {
            let found: Option<(String, String, i64)> = tx
                .query_row(
                    "SELECT user_id, record_id, received_ms FROM guide_requests
                     WHERE id = ?1 AND guide_id = ?2",
                    params![request_id, guide_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let Some((user_id, record_id, received_ms)) = found else {
                return Ok(AnswerOutcome::NotFound);
            };
            let stored: Option<(String, Option<String>)> = tx
                .query_row(
                    "SELECT fields, deleted FROM user_records
                     WHERE user_id = ?1 AND collection = 'guide_request' AND record_id = ?2",
                    params![user_id, record_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((fields, deleted)) = stored else {
                return Ok(AnswerOutcome::NotFound);
            };
            let mut state = RecordState {
                fields: serde_json::from_str(&fields)?,
                deleted: deleted.map(welcome_protocol::Hlc),
            };
            if state
                .fields
                .contains_key(welcome_protocol::guide_request::ANSWER_FIELD)
            {
                return Ok(AnswerOutcome::AlreadyAnswered);
            }
            let key = answer_key(tx)?.context("the database has no key for sealing answers")?;
            let change = mutations::answer_change(
                &state,
                (&user_id, &record_id),
                &key,
                answer,
                guide_name,
                now_ms,
            );
            mutations::apply(&mut state, &change);
            let fields = serde_json::to_string(&state.fields)?;
            let mut seq = SeqCounter::new(tx, "user")?;
            tx.execute(
                "UPDATE user_records SET fields = ?1, seq = ?2
                 WHERE user_id = ?3 AND collection = 'guide_request' AND record_id = ?4",
                params![fields, seq.next() as i64, user_id, record_id],
            )?;
            seq.save()?;
            Ok(AnswerOutcome::Answered(GuideRequestRow {
                id: request_id.to_owned(),
                received_ms,
                fields,
            }))
        })
    }

    fn user_feed_page(
        &self,
        user_id: &str,
        start: &mut dyn FnMut(&UserFeedMeta) -> Option<u64>,
        limit: usize,
    ) -> anyhow::Result<Option<UserPage>> {
        let mut conn = self.reader()?;
        let tx = conn.transaction()?;
        let meta = UserFeedMeta {
            epoch: meta_value(&tx, "epoch")?,
            max_seq: counter(&tx, "user")?,
        };
        let Some(after) = start(&meta) else {
            return Ok(None);
        };
        let mut rows: Vec<UserRow> = {
            let mut stmt = tx.prepare_cached(
                "SELECT seq, collection, record_id, fields, deleted FROM user_records
                 WHERE user_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
            )?;
            let rows = stmt.query_map(params![user_id, after as i64, (limit + 1) as i64], |r| {
                Ok(UserRow {
                    seq: r.get::<_, i64>(0)? as u64,
                    collection: r.get(1)?,
                    record_id: r.get(2)?,
                    fields: r.get(3)?,
                    deleted: r.get(4)?,
                })
            })?;
            rows.collect::<Result<_, _>>()?
        };
        let has_more = rows.len() > limit;
        rows.truncate(limit);
        Ok(Some(UserPage {
            meta,
            after,
            rows,
            has_more,
        }))
    }
}
