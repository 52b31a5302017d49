//! The PostgreSQL backend: one database shared by any number of portal processes, each with a
//! pool of connections. Semantics are those of the SQLite backend (see `sqlite.rs`); what
//! differs is how they hold with many writers at once:
//!
//! - Sequence numbers come from a counter row that a writer locks just before it assigns them
//!   and holds until it commits, so transactions commit in the order of their numbers and a
//!   reader never passes a number whose transaction is still open (ARCHITECTURE.md, "Sequence
//!   numbers with many writers").
//! - A user's mutation batches run one at a time (a transaction-scoped advisory lock per user),
//!   so a batch retried on another process while the first attempt is still running waits and
//!   is then answered as a duplicate.
//! - Reads of the feeds run in one `REPEATABLE READ` snapshot, as SQLite's read transaction.
//!
//! The client is the synchronous `postgres` crate, which runs a small runtime of its own: like
//! every store call, it must be made off the async runtime's threads (`spawn_blocking`).
//! Statements go with their parameter types (`*_typed`), so each is one round trip rather than
//! a prepare and an execute (a session lookup on loopback: about 150 → 100 µs).

use super::pg_migrations;
use super::pg_restore_guard::{self, random_epoch, CheckOnConnect};
use super::*;
use crate::mutations::{self, RecordState};
use anyhow::Context;
use postgres::types::Type;
use postgres::{IsolationLevel, NoTls, Transaction};
use r2d2_postgres::PostgresConnectionManager;
use std::collections::{HashMap, HashSet};
use welcome_protocol::{Collection, Guide, Mutation, MutationResult, MutationStatus, RecordChange};

type Pool = r2d2::Pool<PostgresConnectionManager<NoTls>>;

/// Connections per portal process: one for each feed page being sent (it keeps its snapshot
/// until the last byte is out, and at most `Limits::feed_streams` are), and eight for every
/// other request meanwhile. The server's `max_connections` must allow this many for every
/// process (docs/operating.md).
pub fn pool_size() -> u32 {
    pool_size_for(crate::limits::Limits::default().feed_streams)
}

/// [`pool_size`] for a configured number of feed streams.
pub fn pool_size_for(feed_streams: usize) -> u32 {
    u32::try_from(feed_streams.saturating_add(8)).unwrap_or(u32::MAX)
}

/// Rows fetched per round trip while a feed page is read: the page usually stops early (its
/// byte budget), so the rest of the feed is never sent.
const FEED_FETCH: i32 = 512;

/// Rows per statement of a bulk write (the parameters are arrays, so this bounds one message).
const WRITE_CHUNK: usize = 5_000;

pub struct PgStore {
    /// `None` only while dropping (see the `Drop` impl).
    pool: Option<Pool>,
}

/// The parts of a `postgres://` URL worth logging: never the password.
pub fn describe(url: &str) -> String {
    match url.parse::<postgres::Config>() {
        Ok(c) => {
            let hosts: Vec<String> = c
                .get_hosts()
                .iter()
                .map(|h| match h {
                    postgres::config::Host::Tcp(name) => name.clone(),
                    #[cfg(unix)]
                    postgres::config::Host::Unix(path) => path.display().to_string(),
                })
                .collect();
            let port = c.get_ports().first().copied().unwrap_or(5432);
            format!(
                "postgres://{}@{}:{port}/{}",
                c.get_user().unwrap_or(""),
                hosts.join(","),
                c.get_dbname().unwrap_or("")
            )
        }
        Err(_) => "postgres://(unparsable URL)".into(),
    }
}

/// How long connecting, or waiting for a free connection of the pool, may take before the
/// call fails (a database that is down answers 500s, not requests that hang).
const CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// The client settings of a URL, with a connect timeout unless it names one.
fn client_config(url: &str) -> anyhow::Result<postgres::Config> {
    let mut config: postgres::Config = url
        .parse()
        .with_context(|| format!("parsing the database URL {}", describe(url)))?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(CONNECT_TIMEOUT);
    }
    config.application_name("welcome-portal");
    Ok(config)
}

impl PgStore {
    /// Connects to the database at `url`, migrates it and checks it for a restore.
    pub fn open(url: &str) -> anyhow::Result<Self> {
        Self::open_with(url, pool_size())
    }

    /// As [`PgStore::open`], with at most `max_connections` in the pool (see [`pool_size_for`]).
    pub fn open_with(url: &str, max_connections: u32) -> anyhow::Result<Self> {
        let config = client_config(url)?;
        {
            // Migrations first, on a connection of their own: the pool checks every connection
            // it opens against tables that the migrations make.
            let mut client = config
                .connect(NoTls)
                .with_context(|| format!("connecting to {}", describe(url)))?;
            pg_migrations::migrate(&mut client, &random_epoch())?;
        }
        let pool = r2d2::Pool::builder()
            .max_size(max_connections.max(1))
            .min_idle(Some(0))
            .connection_timeout(CONNECT_TIMEOUT)
            .connection_customizer(Box::new(CheckOnConnect))
            .build(PostgresConnectionManager::new(config, NoTls))?;
        let store = Self { pool: Some(pool) };
        // The first connection runs the restore check before the store is used.
        drop(store.conn()?);
        Ok(store)
    }

    /// Connects and migrates, nothing else (`welcome-portal migrate`); returns the version.
    pub fn migrate_only(url: &str) -> anyhow::Result<usize> {
        let mut client = client_config(url)?
            .connect(NoTls)
            .with_context(|| format!("connecting to {}", describe(url)))?;
        let version = pg_migrations::migrate(&mut client, &random_epoch())?;
        pg_restore_guard::check(&mut client)?;
        Ok(version)
    }

    fn conn(&self) -> anyhow::Result<r2d2::PooledConnection<PostgresConnectionManager<NoTls>>> {
        let pool = self
            .pool
            .as_ref()
            .expect("the pool lives as long as the store");
        Ok(pool.get()?)
    }

    /// Runs `f` in a read-write transaction (`READ COMMITTED`: writers lock what they depend on).
    fn write<T>(&self, f: impl FnOnce(&mut Transaction) -> anyhow::Result<T>) -> anyhow::Result<T> {
        let mut conn = self.conn()?;
        let mut tx = conn.transaction()?;
        let out = f(&mut tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Runs `f` in one read-only snapshot.
    fn read<T>(&self, f: impl FnOnce(&mut Transaction) -> anyhow::Result<T>) -> anyhow::Result<T> {
        let mut conn = self.conn()?;
        let mut tx = conn
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let out = f(&mut tx)?;
        tx.commit()?;
        Ok(out)
    }
}

impl Drop for PgStore {
    /// A `postgres` client closes its connection on its own runtime, which panics on a thread
    /// that drives async tasks; the last handle on a store is often dropped on one (a test's
    /// portal), so the pool is dropped on a thread of its own.
    fn drop(&mut self) {
        if let Some(pool) = self.pool.take() {
            let _ = std::thread::spawn(move || drop(pool)).join();
        }
    }
}

/// Hands out sequence numbers of one counter inside a write transaction. Creating it locks the
/// counter's row until the transaction ends: this is what makes commit order equal number order.
struct SeqCounter {
    name: &'static str,
    value: i64,
}

impl SeqCounter {
    fn lock(tx: &mut Transaction, name: &'static str) -> anyhow::Result<Self> {
        let value: i64 = tx
            .query_typed_one(
                "SELECT value FROM counters WHERE name = $1 FOR UPDATE",
                &[(&name, Type::TEXT)],
            )?
            .get(0);
        Ok(Self { name, value })
    }
    fn next(&mut self) -> i64 {
        self.value += 1;
        self.value
    }
    fn save(self, tx: &mut Transaction) -> anyhow::Result<()> {
        tx.execute_typed(
            "UPDATE counters SET value = $1 WHERE name = $2",
            &[(&self.value, Type::INT8), (&self.name, Type::TEXT)],
        )?;
        Ok(())
    }
}

const SESSION_SELECT: &str =
    "SELECT s.id, s.user_id, u.email, s.device_name, s.created_ms, s.last_seen_ms
     FROM sessions s JOIN users u ON u.id = s.user_id";

fn session_row(r: &postgres::Row) -> SessionRow {
    SessionRow {
        id: r.get(0),
        user_id: r.get(1),
        email: r.get(2),
        device_name: r.get(3),
        created_ms: r.get(4),
        last_seen_ms: r.get(5),
    }
}

fn read_meta(tx: &mut impl postgres::GenericClient) -> anyhow::Result<FeedMeta> {
    let r = tx.query_typed_one(
        "SELECT (SELECT value FROM meta WHERE key = 'epoch'),
                (SELECT value FROM meta WHERE key = 'min_seq_kept'),
                (SELECT value FROM counters WHERE name = 'content'),
                (SELECT value FROM meta WHERE key = 'generation')",
        &[],
    )?;
    Ok(FeedMeta {
        epoch: r.get(0),
        min_seq_kept: r.get::<_, String>(1).parse()?,
        max_seq: r.get::<_, i64>(2) as u64,
        generation: r.get::<_, String>(3).parse()?,
    })
}

/// Feed rows (live or tombstones) after `seq`, in the transaction's snapshot.
fn rows_after(tx: &mut Transaction, seq: u64) -> anyhow::Result<u64> {
    let n: i64 = tx
        .query_typed_one(
            "SELECT count(*) FROM content WHERE seq > $1",
            &[(&(seq as i64), Type::INT8)],
        )?
        .get(0);
    Ok(n as u64)
}

/// A content row as stored, for comparing a write with it.
struct Stored {
    payload: Option<String>,
    detail: Option<String>,
    deleted: bool,
    source: String,
}

/// The stored rows of these keys.
fn stored_rows(
    tx: &mut Transaction,
    keys: &[(&str, &str)],
) -> anyhow::Result<HashMap<(String, String), Stored>> {
    let mut out = HashMap::with_capacity(keys.len());
    for chunk in keys.chunks(WRITE_CHUNK) {
        let kinds: Vec<&str> = chunk.iter().map(|k| k.0).collect();
        let ids: Vec<&str> = chunk.iter().map(|k| k.1).collect();
        let rows = tx.query_typed(
            "SELECT c.kind, c.id, c.payload, c.detail, c.deleted, c.source
             FROM content c JOIN unnest($1::text[], $2::text[]) AS k(kind, id)
               ON c.kind = k.kind AND c.id = k.id",
            &[(&kinds, Type::TEXT_ARRAY), (&ids, Type::TEXT_ARRAY)],
        )?;
        for r in rows {
            out.insert(
                (r.get(0), r.get(1)),
                Stored {
                    payload: r.get(2),
                    detail: r.get(3),
                    deleted: r.get(4),
                    source: r.get(5),
                },
            );
        }
    }
    Ok(out)
}

/// Writes upserted rows (with their sequence numbers) in bulk.
fn upsert_rows(
    tx: &mut Transaction,
    rows: &[(&ContentRow, i64)],
    source: &str,
) -> anyhow::Result<()> {
    for chunk in rows.chunks(WRITE_CHUNK) {
        let kinds: Vec<&str> = chunk.iter().map(|(r, _)| r.kind).collect();
        let ids: Vec<&str> = chunk.iter().map(|(r, _)| r.id.as_str()).collect();
        let seqs: Vec<i64> = chunk.iter().map(|(_, s)| *s).collect();
        let payloads: Vec<&str> = chunk.iter().map(|(r, _)| r.payload.as_str()).collect();
        let details: Vec<Option<&str>> = chunk.iter().map(|(r, _)| r.detail.as_deref()).collect();
        let towns: Vec<Option<&str>> = chunk
            .iter()
            .map(|(r, _)| r.municipality_id.as_deref())
            .collect();
        let lats: Vec<Option<f64>> = chunk.iter().map(|(r, _)| r.lat).collect();
        let lons: Vec<Option<f64>> = chunk.iter().map(|(r, _)| r.lon).collect();
        let fields: Vec<Option<&str>> = chunk.iter().map(|(r, _)| r.field.as_deref()).collect();
        tx.execute_typed(
            "INSERT INTO content(kind, id, seq, deleted, source, payload, detail, municipality_id, lat, lon, field)
             SELECT kind, id, seq, false, $4, payload, detail, town, lat, lon, field
             FROM unnest($1::text[], $2::text[], $3::bigint[], $5::text[], $6::text[], $7::text[],
                         $8::float8[], $9::float8[], $10::text[])
               AS u(kind, id, seq, payload, detail, town, lat, lon, field)
             ON CONFLICT (kind, id) DO UPDATE SET seq = excluded.seq, deleted = false,
               source = excluded.source, payload = excluded.payload, detail = excluded.detail,
               municipality_id = excluded.municipality_id, lat = excluded.lat,
               lon = excluded.lon, field = excluded.field",
            &[
                (&kinds, Type::TEXT_ARRAY),
                (&ids, Type::TEXT_ARRAY),
                (&seqs, Type::INT8_ARRAY),
                (&source, Type::TEXT),
                (&payloads, Type::TEXT_ARRAY),
                (&details, Type::TEXT_ARRAY),
                (&towns, Type::TEXT_ARRAY),
                (&lats, Type::FLOAT8_ARRAY),
                (&lons, Type::FLOAT8_ARRAY),
                (&fields, Type::TEXT_ARRAY),
            ],
        )?;
    }
    Ok(())
}

/// Turns live rows into tombstones, each with the next sequence number, in the order given;
/// keys that are not live (or repeat) take no number. The counter must be locked.
fn tombstone(
    tx: &mut Transaction,
    seq: &mut SeqCounter,
    keys: &[(String, String)],
) -> anyhow::Result<usize> {
    let mut n = 0;
    for chunk in keys.chunks(WRITE_CHUNK) {
        let kinds: Vec<&str> = chunk.iter().map(|k| k.0.as_str()).collect();
        let ids: Vec<&str> = chunk.iter().map(|k| k.1.as_str()).collect();
        let live: HashSet<(String, String)> = tx
            .query_typed(
                "SELECT c.kind, c.id FROM content c
                 JOIN unnest($1::text[], $2::text[]) AS k(kind, id) ON c.kind = k.kind AND c.id = k.id
                 WHERE NOT c.deleted",
                &[(&kinds, Type::TEXT_ARRAY), (&ids, Type::TEXT_ARRAY)],
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        let mut done = HashSet::new();
        let (mut kinds, mut ids, mut seqs) = (Vec::new(), Vec::new(), Vec::new());
        for key in chunk {
            if live.contains(key) && done.insert(key) {
                kinds.push(key.0.as_str());
                ids.push(key.1.as_str());
                seqs.push(seq.next());
            }
        }
        tx.execute_typed(
            "UPDATE content c SET deleted = true, payload = NULL, detail = NULL, seq = u.seq
             FROM unnest($1::text[], $2::text[], $3::bigint[]) AS u(kind, id, seq)
             WHERE c.kind = u.kind AND c.id = u.id",
            &[
                (&kinds, Type::TEXT_ARRAY),
                (&ids, Type::TEXT_ARRAY),
                (&seqs, Type::INT8_ARRAY),
            ],
        )?;
        n += seqs.len();
    }
    Ok(n)
}

impl PortalStore for PgStore {
    fn feed_meta(&self) -> anyhow::Result<FeedMeta> {
        // One statement is one snapshot: no transaction around it, so a poll at the head costs
        // the portal a single round trip to the server.
        read_meta(&mut *self.conn()?)
    }

    fn feed_snapshot(
        &self,
        start: &mut dyn FnMut(&FeedMeta, &mut RowsAfter<'_>) -> Option<u64>,
        take: &mut dyn FnMut(&FeedRow) -> bool,
    ) -> anyhow::Result<Option<(FeedMeta, PageEnd)>> {
        self.read(|tx| {
            let meta = read_meta(tx)?;
            let Some(after) = start(&meta, &mut |seq| rows_after(tx, seq)) else {
                return Ok(None);
            };
            let mut last_seq = after;
            let portal = tx.bind(
                "SELECT seq, kind, id, deleted, payload, municipality_id, lat, lon, field
                 FROM content WHERE seq > $1 ORDER BY seq",
                &[&(after as i64)],
            )?;
            'fetch: loop {
                let rows = tx.query_portal(&portal, FEED_FETCH)?;
                for r in &rows {
                    let row = FeedRow {
                        seq: r.get::<_, i64>(0) as u64,
                        kind: r.get(1),
                        id: r.get(2),
                        deleted: r.get(3),
                        payload: r.get(4),
                        municipality_id: r.get(5),
                        lat: r.get::<_, Option<f64>>(6).unwrap_or(0.0),
                        lon: r.get::<_, Option<f64>>(7).unwrap_or(0.0),
                        field: r.get::<_, Option<String>>(8).unwrap_or_default(),
                    };
                    if !take(&row) {
                        break 'fetch;
                    }
                    last_seq = row.seq;
                }
                if rows.len() < FEED_FETCH as usize {
                    break;
                }
            }
            let remaining = rows_after(tx, last_seq)?;
            Ok(Some((
                meta,
                PageEnd {
                    last_seq,
                    remaining,
                },
            )))
        })
    }

    fn job_detail(&self, id: &str) -> anyhow::Result<Option<String>> {
        let row = self.conn()?.query_typed_opt(
            "SELECT detail FROM content WHERE kind = 'job' AND id = $1 AND NOT deleted",
            &[(&id, Type::TEXT)],
        )?;
        Ok(row.and_then(|r| r.get(0)))
    }

    fn write_content(
        &self,
        rows: &[ContentRow],
        source: &str,
        replace_source: bool,
    ) -> anyhow::Result<WriteStats> {
        self.write(|tx| {
            let mut stats = WriteStats::default();
            let mut seq = SeqCounter::lock(tx, "content")?;
            let keys: Vec<(&str, &str)> = rows.iter().map(|r| (r.kind, r.id.as_str())).collect();
            let mut stored = stored_rows(tx, &keys)?;
            // In the order given, as SQLite writes them: a key given twice compares with the
            // first of the two and takes a number for each write.
            let mut latest: HashMap<(&str, &str), usize> = HashMap::new();
            let mut writes: Vec<(&ContentRow, i64)> = Vec::new();
            for row in rows {
                let key = (row.kind.to_owned(), row.id.clone());
                if let Some(s) = stored.get(&key) {
                    if !s.deleted
                        && s.payload.as_deref() == Some(row.payload.as_str())
                        && s.detail == row.detail
                        && s.source == source
                    {
                        stats.unchanged += 1;
                        continue;
                    }
                }
                stored.insert(
                    key,
                    Stored {
                        payload: Some(row.payload.clone()),
                        detail: row.detail.clone(),
                        deleted: false,
                        source: source.to_owned(),
                    },
                );
                let write = (row, seq.next());
                match latest.get(&(row.kind, row.id.as_str())) {
                    Some(&i) => writes[i] = write,
                    None => {
                        latest.insert((row.kind, row.id.as_str()), writes.len());
                        writes.push(write);
                    }
                }
                stats.upserted += 1;
            }
            upsert_rows(tx, &writes, source)?;
            if replace_source {
                let keep: HashSet<(&str, &str)> = keys.iter().copied().collect();
                let mut gone: Vec<(String, String)> = tx
                    .query_typed(
                        "SELECT kind, id FROM content WHERE source = $1 AND NOT deleted",
                        &[(&source, Type::TEXT)],
                    )?
                    .iter()
                    .map(|r| (r.get::<_, String>(0), r.get::<_, String>(1)))
                    .filter(|(k, i)| !keep.contains(&(k.as_str(), i.as_str())))
                    .collect();
                gone.sort();
                stats.deleted += tombstone(tx, &mut seq, &gone)?;
            }
            seq.save(tx)?;
            Ok(stats)
        })
    }

    fn delete_content(&self, kind: &str, ids: &[String]) -> anyhow::Result<usize> {
        self.write(|tx| {
            let mut seq = SeqCounter::lock(tx, "content")?;
            let keys: Vec<(String, String)> =
                ids.iter().map(|id| (kind.to_owned(), id.clone())).collect();
            let n = tombstone(tx, &mut seq, &keys)?;
            seq.save(tx)?;
            Ok(n)
        })
    }

    fn compact_tombstones(&self) -> anyhow::Result<u64> {
        self.write(|tx| {
            // Holding the counter: no tombstone can be written meanwhile, and `min_seq_kept` is
            // the highest number any committed change has.
            let seq = SeqCounter::lock(tx, "content")?;
            let dropped = tx.execute_typed("DELETE FROM content WHERE deleted", &[])?;
            tx.execute_typed(
                "UPDATE meta SET value = $1 WHERE key = 'min_seq_kept'",
                &[(&seq.value.to_string(), Type::TEXT)],
            )?;
            tx.execute_typed(
                "UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'generation'",
                &[],
            )?;
            Ok(dropped)
        })
    }

    fn new_epoch(&self) -> anyhow::Result<String> {
        let epoch = random_epoch();
        self.write(|tx| {
            tx.execute_typed(
                "UPDATE meta SET value = $1 WHERE key = 'epoch'",
                &[(&epoch, Type::TEXT)],
            )?;
            Ok(())
        })?;
        Ok(epoch)
    }

    fn live_content(&self) -> anyhow::Result<Vec<(String, String)>> {
        let rows = self.conn()?.query_typed(
            "SELECT kind, payload FROM content WHERE NOT deleted ORDER BY seq",
            &[],
        )?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    fn job_details(&self) -> anyhow::Result<Vec<String>> {
        let rows = self.conn()?.query_typed(
            "SELECT detail FROM content
             WHERE kind = 'job' AND NOT deleted AND detail IS NOT NULL ORDER BY id",
            &[],
        )?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn create_user(&self, email: &str, password_hash: &str) -> anyhow::Result<Option<String>> {
        let id = format!("u-{}", random_hex(12));
        let n = self.conn()?.execute_typed(
            "INSERT INTO users(id, email, password_hash, created) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING",
            &[
                (&id, Type::TEXT),
                (&email, Type::TEXT),
                (&password_hash, Type::TEXT),
                (&chrono::Utc::now().to_rfc3339(), Type::TEXT),
            ],
        )?;
        Ok((n == 1).then_some(id))
    }

    fn user_by_email(&self, email: &str) -> anyhow::Result<Option<(String, String)>> {
        let row = self.conn()?.query_typed_opt(
            "SELECT id, password_hash FROM users WHERE email = $1",
            &[(&email, Type::TEXT)],
        )?;
        Ok(row.map(|r| (r.get(0), r.get(1))))
    }

    fn create_session(
        &self,
        user_id: &str,
        token_hash: &str,
        device: Option<&str>,
        now_ms: i64,
    ) -> anyhow::Result<String> {
        let id = format!("s-{}", random_hex(12));
        self.conn()?.execute_typed(
            "INSERT INTO sessions(id, token_hash, user_id, device_name, created_ms, last_seen_ms)
             VALUES ($1, $2, $3, $4, $5, $5)",
            &[
                (&id, Type::TEXT),
                (&token_hash, Type::TEXT),
                (&user_id, Type::TEXT),
                (&device, Type::TEXT),
                (&now_ms, Type::INT8),
            ],
        )?;
        Ok(id)
    }

    fn session_by_token(&self, token_hash: &str) -> anyhow::Result<Option<SessionRow>> {
        let row = self.conn()?.query_typed_opt(
            &format!("{SESSION_SELECT} WHERE s.token_hash = $1"),
            &[(&token_hash, Type::TEXT)],
        )?;
        Ok(row.as_ref().map(session_row))
    }

    fn touch_session(&self, id: &str, now_ms: i64) -> anyhow::Result<()> {
        // Never backwards: another process may have touched it later already.
        self.conn()?.execute_typed(
            "UPDATE sessions SET last_seen_ms = $2 WHERE id = $1 AND last_seen_ms < $2",
            &[(&id, Type::TEXT), (&now_ms, Type::INT8)],
        )?;
        Ok(())
    }

    fn user_sessions(&self, user_id: &str) -> anyhow::Result<Vec<SessionRow>> {
        let rows = self.conn()?.query_typed(
            &format!(
                "{SESSION_SELECT} WHERE s.user_id = $1 ORDER BY s.last_seen_ms DESC, s.id COLLATE \"C\""
            ),
            &[(&user_id, Type::TEXT)],
        )?;
        Ok(rows.iter().map(session_row).collect())
    }

    fn delete_session(&self, token_hash: &str) -> anyhow::Result<()> {
        self.conn()?.execute_typed(
            "DELETE FROM sessions WHERE token_hash = $1",
            &[(&token_hash, Type::TEXT)],
        )?;
        Ok(())
    }

    fn delete_user_session(&self, user_id: &str, id: &str) -> anyhow::Result<bool> {
        let n = self.conn()?.execute_typed(
            "DELETE FROM sessions WHERE user_id = $1 AND id = $2",
            &[(&user_id, Type::TEXT), (&id, Type::TEXT)],
        )?;
        Ok(n > 0)
    }

    fn delete_expired_sessions(
        &self,
        user_id: &str,
        seen_before_ms: i64,
        created_before_ms: i64,
    ) -> anyhow::Result<u64> {
        Ok(self.conn()?.execute_typed(
            "DELETE FROM sessions WHERE user_id = $1 AND (last_seen_ms < $2 OR created_ms < $3)",
            &[
                (&user_id, Type::TEXT),
                (&seen_before_ms, Type::INT8),
                (&created_before_ms, Type::INT8),
            ],
        )?)
    }

    fn count_attempt(
        &self,
        bucket: &str,
        key: &str,
        max: u32,
        window_ms: i64,
        now_ms: i64,
    ) -> anyhow::Result<Attempt> {
        let until = now_ms.saturating_add(window_ms);
        let max = i64::from(max);
        let mut conn = self.conn()?;
        // Ended windows of every key go first (indexed), so the table holds only live windows
        // however many addresses and e-mails were tried. Rows another process is sweeping or
        // counting are skipped: the sweep never waits, so it cannot deadlock with a count.
        conn.execute_typed(
            "DELETE FROM attempts WHERE ctid IN
               (SELECT ctid FROM attempts WHERE until_ms <= $1 FOR UPDATE SKIP LOCKED)",
            &[(&now_ms, Type::INT8)],
        )?;
        if max == 0 {
            let row = conn.query_typed_opt(
                "SELECT until_ms FROM attempts WHERE bucket = $1 AND key = $2 AND until_ms > $3",
                &[
                    (&bucket, Type::TEXT),
                    (&key, Type::TEXT),
                    (&now_ms, Type::INT8),
                ],
            )?;
            return Ok(Attempt::Limited {
                until_ms: row.map_or(until, |r| r.get(0)),
            });
        }
        // One statement decides and counts, so processes counting the same key at once queue
        // on its row and each sees the others' attempts. The count stops at `max + 1`, which
        // stands for "full": an attempt over the limit changes nothing. A window that ended
        // since the sweep starts again.
        let r = conn.query_typed_one(
            "INSERT INTO attempts(bucket, key, count, until_ms) VALUES ($1, $2, 1, $3)
             ON CONFLICT (bucket, key) DO UPDATE SET
               count = CASE WHEN attempts.until_ms <= $4 THEN 1
                            ELSE LEAST(attempts.count + 1, $5::bigint + 1) END,
               until_ms = CASE WHEN attempts.until_ms <= $4 THEN $3 ELSE attempts.until_ms END
             RETURNING count, until_ms",
            &[
                (&bucket, Type::TEXT),
                (&key, Type::TEXT),
                (&until, Type::INT8),
                (&now_ms, Type::INT8),
                (&max, Type::INT8),
            ],
        )?;
        let (count, until_ms): (i64, i64) = (r.get(0), r.get(1));
        Ok(if count <= max {
            Attempt::Allowed
        } else {
            Attempt::Limited { until_ms }
        })
    }

    fn reset_attempts(&self, bucket: &str, key: &str) -> anyhow::Result<()> {
        self.conn()?.execute_typed(
            "DELETE FROM attempts WHERE bucket = $1 AND key = $2",
            &[(&bucket, Type::TEXT), (&key, Type::TEXT)],
        )?;
        Ok(())
    }

    fn apply_mutations(
        &self,
        user_id: &str,
        batch: &MutationBatch,
    ) -> anyhow::Result<MutationBatchResponse> {
        self.write(|tx| {
            // One batch of a user at a time, whichever process it reached.
            tx.execute_typed(
                "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
                &[(&user_id, Type::TEXT)],
            )?;
            let mut last = tx
                .query_typed_opt(
                    "SELECT last_mutation_id FROM clients WHERE user_id = $1 AND client_id = $2",
                    &[(&user_id, Type::TEXT), (&batch.client_id, Type::TEXT)],
                )?
                .map_or(0, |r| r.get::<_, i64>(0) as u64);
            let collections: Vec<&str> =
                batch.mutations.iter().map(|m| m.collection.as_str()).collect();
            let ids: Vec<&str> = batch.mutations.iter().map(|m| m.record_id.as_str()).collect();
            let mut states: HashMap<(String, String), RecordState> = HashMap::new();
            for r in tx.query_typed(
                "SELECT r.collection, r.record_id, r.fields, r.deleted FROM user_records r
                 JOIN (SELECT DISTINCT * FROM unnest($2::text[], $3::text[])) AS k(collection, record_id)
                   ON r.collection = k.collection AND r.record_id = k.record_id
                 WHERE r.user_id = $1",
                &[(&user_id, Type::TEXT), (&collections, Type::TEXT_ARRAY), (&ids, Type::TEXT_ARRAY)],
            )? {
                states.insert(
                    (r.get(0), r.get(1)),
                    RecordState {
                        fields: serde_json::from_str(r.get::<_, &str>(2))?,
                        deleted: r.get::<_, Option<String>>(3).map(welcome_protocol::Hlc),
                    },
                );
            }
            // Records in the order of their last change, as SQLite numbers them.
            let mut changed: Vec<(String, String)> = Vec::new();
            // Applied changes of guide requests, for their index, in order.
            let mut requests: Vec<Mutation> = Vec::new();
            let mut results = Vec::with_capacity(batch.mutations.len());
            let now_millis = u64::try_from(chrono::Utc::now().timestamp_millis()).unwrap_or(0);
            // The key that seals guides' answers, read once a batch has a guide request.
            let mut answer_key: Option<Option<Vec<u8>>> = None;
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
                let key = (m.collection.as_str().to_owned(), m.record_id.clone());
                let is_request = m.collection == Collection::GuideRequest;
                if is_request {
                    if answer_key.is_none() {
                        answer_key = Some(answer_key_in(tx)?);
                    }
                    let sealing = answer_key.clone().flatten();
                    let verdict = mutations::validate_guide_request(
                        m,
                        user_id,
                        states.get(&key),
                        &mut || Ok(sealing.clone()),
                        &mut |id: &str| guide_in(tx, id),
                    )?;
                    if let Err(e) = verdict {
                        results.push(MutationResult { id: m.id, status: MutationStatus::Rejected, error: Some(e) });
                        continue;
                    }
                }
                let state = states.entry(key.clone()).or_default();
                if mutations::apply(state, m) {
                    changed.retain(|k| *k != key);
                    changed.push(key);
                    if is_request {
                        requests.push(m.clone());
                    }
                }
                results.push(MutationResult { id: m.id, status: MutationStatus::Applied, error: None });
            }
            if !changed.is_empty() {
                let (mut cols, mut recs, mut fields, mut deleted) =
                    (Vec::new(), Vec::new(), Vec::new(), Vec::new());
                for key in &changed {
                    let state = &states[key];
                    cols.push(key.0.as_str());
                    recs.push(key.1.as_str());
                    fields.push(serde_json::to_string(&state.fields)?);
                    deleted.push(state.deleted.as_ref().map(|h| h.0.as_str()));
                }
                // The numbers last, just before the commit: the counter's row stays locked
                // (every user's writers queue on it) for as short a time as possible.
                let n = changed.len() as i64;
                let top: i64 = tx
                    .query_typed_one(
                        "UPDATE counters SET value = value + $1 WHERE name = 'user' RETURNING value",
                        &[(&n, Type::INT8)],
                    )?
                    .get(0);
                let seqs: Vec<i64> = (top - n + 1..=top).collect();
                tx.execute_typed(
                    "INSERT INTO user_records(user_id, collection, record_id, fields, deleted, seq)
                     SELECT $1, c, r, f, d, s
                     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[]) AS u(c, r, f, d, s)
                     ON CONFLICT (user_id, collection, record_id) DO UPDATE SET
                       fields = excluded.fields, deleted = excluded.deleted, seq = excluded.seq",
                    &[(&user_id, Type::TEXT), (&cols, Type::TEXT_ARRAY), (&recs, Type::TEXT_ARRAY), (&fields, Type::TEXT_ARRAY), (&deleted, Type::TEXT_ARRAY), (&seqs, Type::INT8_ARRAY)],
                )?;
            }
            for m in &requests {
                index_guide_request(tx, user_id, m)?;
            }
            tx.execute_typed(
                "INSERT INTO clients(user_id, client_id, last_mutation_id) VALUES ($1, $2, $3)
                 ON CONFLICT (user_id, client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id",
                &[(&user_id, Type::TEXT), (&batch.client_id, Type::TEXT), (&(last as i64), Type::INT8)],
            )?;
            Ok(MutationBatchResponse { results, last_mutation_id: last })
        })
    }

    fn content_payload(&self, kind: &str, id: &str) -> anyhow::Result<Option<String>> {
        let row = self.conn()?.query_typed_opt(
            "SELECT payload FROM content WHERE kind = $1 AND id = $2 AND NOT deleted",
            &[(&kind, Type::TEXT), (&id, Type::TEXT)],
        )?;
        Ok(row.and_then(|r| r.get(0)))
    }

    fn set_guide_account(&self, user_id: &str, guide_id: &str) -> anyhow::Result<()> {
        self.conn()?.execute_typed(
            "INSERT INTO guide_accounts(user_id, guide_id) VALUES ($1, $2)
             ON CONFLICT (user_id) DO UPDATE SET guide_id = excluded.guide_id",
            &[(&user_id, Type::TEXT), (&guide_id, Type::TEXT)],
        )?;
        Ok(())
    }

    fn guide_of(&self, user_id: &str) -> anyhow::Result<Option<String>> {
        let row = self.conn()?.query_typed_opt(
            "SELECT guide_id FROM guide_accounts WHERE user_id = $1",
            &[(&user_id, Type::TEXT)],
        )?;
        Ok(row.map(|r| r.get(0)))
    }

    fn guide_accounts(&self) -> anyhow::Result<Vec<GuideAccountRow>> {
        let rows = self.conn()?.query_typed(
            "SELECT u.id, u.email, g.guide_id,
                    (SELECT count(*) FROM sessions s WHERE s.user_id = u.id)
             FROM guide_accounts g JOIN users u ON u.id = g.user_id ORDER BY u.email",
            &[],
        )?;
        Ok(rows
            .iter()
            .map(|r| GuideAccountRow {
                user_id: r.get(0),
                email: r.get(1),
                guide_id: r.get(2),
                sessions: u64::try_from(r.get::<_, i64>(3)).unwrap_or(0),
            })
            .collect())
    }

    fn remove_guide_account(&self, user_id: &str) -> anyhow::Result<bool> {
        let n = self.conn()?.execute_typed(
            "DELETE FROM guide_accounts WHERE user_id = $1",
            &[(&user_id, Type::TEXT)],
        )?;
        Ok(n > 0)
    }

    fn set_password(&self, user_id: &str, password_hash: &str) -> anyhow::Result<u64> {
        self.write(|tx| {
            let n = tx.execute_typed(
                "UPDATE users SET password_hash = $2 WHERE id = $1",
                &[(&user_id, Type::TEXT), (&password_hash, Type::TEXT)],
            )?;
            anyhow::ensure!(n == 1, "no account {user_id}");
            Ok(tx.execute_typed(
                "DELETE FROM sessions WHERE user_id = $1",
                &[(&user_id, Type::TEXT)],
            )?)
        })
    }

    fn guide_requests(&self, guide_id: &str) -> anyhow::Result<Vec<GuideRequestRow>> {
        let rows = self.conn()?.query_typed(
            "SELECT g.id, g.received_ms, r.fields FROM guide_requests g
             JOIN user_records r ON r.user_id = g.user_id AND r.collection = 'guide_request'
               AND r.record_id = g.record_id
             WHERE g.guide_id = $1 ORDER BY g.received_ms DESC, g.id",
            &[(&guide_id, Type::TEXT)],
        )?;
        Ok(rows
            .iter()
            .map(|r| GuideRequestRow {
                id: r.get(0),
                received_ms: r.get(1),
                fields: r.get(2),
            })
            .collect())
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
            let Some(found) = tx.query_typed_opt(
                "SELECT user_id, record_id, received_ms FROM guide_requests
                 WHERE id = $1 AND guide_id = $2",
                &[(&request_id, Type::TEXT), (&guide_id, Type::TEXT)],
            )?
            else {
                return Ok(AnswerOutcome::NotFound);
            };
            let (user_id, record_id, received_ms): (String, String, i64) =
                (found.get(0), found.get(1), found.get(2));
            // The user's batches and this answer change the record one at a time.
            tx.execute_typed(
                "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
                &[(&user_id, Type::TEXT)],
            )?;
            let Some(stored) = tx.query_typed_opt(
                "SELECT fields, deleted FROM user_records
                 WHERE user_id = $1 AND collection = 'guide_request' AND record_id = $2",
                &[(&user_id, Type::TEXT), (&record_id, Type::TEXT)],
            )?
            else {
                return Ok(AnswerOutcome::NotFound);
            };
            let mut state = RecordState {
                fields: serde_json::from_str(stored.get::<_, &str>(0))?,
                deleted: stored
                    .get::<_, Option<String>>(1)
                    .map(welcome_protocol::Hlc),
            };
            if state
                .fields
                .contains_key(welcome_protocol::guide_request::ANSWER_FIELD)
            {
                return Ok(AnswerOutcome::AlreadyAnswered);
            }
            let key = answer_key_in(tx)?.context("the database has no key for sealing answers")?;
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
            let seq: i64 = tx
                .query_typed_one(
                    "UPDATE counters SET value = value + 1 WHERE name = 'user' RETURNING value",
                    &[],
                )?
                .get(0);
            tx.execute_typed(
                "UPDATE user_records SET fields = $1, seq = $2
                 WHERE user_id = $3 AND collection = 'guide_request' AND record_id = $4",
                &[
                    (&fields, Type::TEXT),
                    (&seq, Type::INT8),
                    (&user_id, Type::TEXT),
                    (&record_id, Type::TEXT),
                ],
            )?;
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
        self.read(|tx| {
            let r = tx.query_typed_one(
                "SELECT (SELECT value FROM meta WHERE key = 'epoch'),
                        (SELECT value FROM counters WHERE name = 'user')",
                &[],
            )?;
            let meta = UserFeedMeta {
                epoch: r.get(0),
                max_seq: r.get::<_, i64>(1) as u64,
            };
            let Some(after) = start(&meta) else {
                return Ok(None);
            };
            let mut rows: Vec<UserRow> = tx
                .query_typed(
                    "SELECT seq, collection, record_id, fields, deleted FROM user_records
                     WHERE user_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
                    &[
                        (&user_id, Type::TEXT),
                        (&(after as i64), Type::INT8),
                        (&((limit + 1) as i64), Type::INT8),
                    ],
                )?
                .iter()
                .map(|r| UserRow {
                    seq: r.get::<_, i64>(0) as u64,
                    collection: r.get(1),
                    record_id: r.get(2),
                    fields: r.get(3),
                    deleted: r.get(4),
                })
                .collect();
            let has_more = rows.len() > limit;
            rows.truncate(limit);
            Ok(Some(UserPage {
                meta,
                after,
                rows,
                has_more,
            }))
        })
    }
}

/// A live guide of the content, inside a write.
/// The key that seals guides' answers (see [`crate::answer_seal`]).
fn answer_key_in(tx: &mut Transaction) -> anyhow::Result<Option<Vec<u8>>> {
    let row = tx.query_typed_opt(
        "SELECT value FROM meta WHERE key = $1",
        &[(&crate::answer_seal::KEY_META, Type::TEXT)],
    )?;
    let stored: Option<String> = row.map(|r| r.get(0));
    Ok(stored.as_deref().and_then(crate::answer_seal::key_bytes))
}

fn guide_in(tx: &mut Transaction, id: &str) -> anyhow::Result<Option<Guide>> {
    let row = tx.query_typed_opt(
        "SELECT payload FROM content WHERE kind = 'guide' AND id = $1 AND NOT deleted",
        &[(&id, Type::TEXT)],
    )?;
    let payload: Option<String> = row.and_then(|r| r.get(0));
    Ok(payload.map(|p| serde_json::from_str(&p)).transpose()?)
}

/// Keeps the guide-request index in step with an applied change (as SQLite's).
fn index_guide_request(tx: &mut Transaction, user_id: &str, m: &Mutation) -> anyhow::Result<()> {
    match &m.change {
        RecordChange::Set { fields, .. } => {
            let guide = fields
                .get(welcome_protocol::guide_request::GUIDE_ID_FIELD)
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            let id = format!("gr-{}", random_hex(12));
            let now = chrono::Utc::now().timestamp_millis();
            tx.execute_typed(
                "INSERT INTO guide_requests(id, guide_id, user_id, record_id, received_ms)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                &[
                    (&id, Type::TEXT),
                    (&guide, Type::TEXT),
                    (&user_id, Type::TEXT),
                    (&m.record_id, Type::TEXT),
                    (&now, Type::INT8),
                ],
            )?;
        }
        RecordChange::Delete => {
            tx.execute_typed(
                "DELETE FROM guide_requests WHERE user_id = $1 AND record_id = $2",
                &[(&user_id, Type::TEXT), (&m.record_id, Type::TEXT)],
            )?;
        }
    }
    Ok(())
}

fn random_hex(bytes: usize) -> String {
    use rand::RngCore;
    let mut b = vec![0u8; bytes];
    rand::thread_rng().fill_bytes(&mut b);
    hex::encode(b)
}
