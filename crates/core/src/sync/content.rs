//! Pulling the content feed page by page.
//!
//! Each page streams from the network into a blocking thread that holds the page's write
//! transaction: lines are applied as bytes arrive (memory stays flat however many jobs come),
//! and the transaction commits together with the page's cursor only when the `end` line
//! arrived. A cut-off, malformed or failed page rolls back whole, so the cache is exactly as it
//! was and the next sync resumes from the last committed cursor.

use super::apply::{sweep, LineBuffer, PageApplier, PageEnd, PageMode, PageStats};
use super::http;
use super::{SyncOptions, SyncPhase, SyncProgress, SyncReport};
use crate::platform::Instant;
use crate::store::{state, Store};
use crate::{Error, Result};
use bytes::Bytes;
#[cfg(not(target_arch = "wasm32"))]
use futures_util::StreamExt;
use std::sync::Arc;
use std::time::Duration;
use welcome_protocol::{ApiErrorCode, JobScope};

/// Chunks in flight between the network and the applying thread (back pressure beyond that).
#[cfg(not(target_arch = "wasm32"))]
const CHANNEL_CHUNKS: usize = 16;

/// Everything a content pull needs.
pub struct ContentPull<'a> {
    pub http: &'a reqwest::Client,
    pub base: &'a str,
    pub store: &'a Arc<Store>,
    pub options: &'a SyncOptions,
    pub scope: &'a JobScope,
    /// The reader's languages, most preferred first (the originals are always sent too).
    pub languages: &'a [String],
    pub run_id: i64,
    pub on_progress: &'a (dyn Fn(SyncProgress) + Send + Sync),
}

/// Where the pull stands, as committed in `sync_state`.
struct Position {
    cursor: Option<String>,
    generation: i64,
    full: bool,
    fts_live: bool,
}

/// The page size asked for, within what the portal accepts (it refuses a `limit` outside
/// `1..=MAX_PAGE_SIZE`), so a large `--page-size` still syncs.
fn page_size(wanted: u32) -> u32 {
    wanted.clamp(1, welcome_protocol::MAX_PAGE_SIZE)
}

fn position(store: &Store) -> Result<Position> {
    store.read(|c| {
        Ok(Position {
            cursor: state::get(c, state::CURSOR)?,
            generation: state::get_i64(c, state::GENERATION)?,
            full: state::get(c, state::FULL_PULL)?.is_some(),
            fts_live: state::get(c, state::FTS_STALE)?.is_none(),
        })
    })
}

/// Starts a pull from no cursor: a new generation to mark rows with, swept at its last page.
/// An empty jobs table defers the full-text index to the end (the list is usable sooner).
fn begin_full_pull(store: &Store, langs: &str) -> Result<()> {
    store.write(|tx| {
        let generation = state::get_i64(tx, state::GENERATION)? + 1;
        state::put(tx, state::CURSOR, None)?;
        state::put(tx, state::CONTENT_LANGS, Some(langs))?;
        state::put(tx, state::GENERATION, Some(&generation.to_string()))?;
        state::put(tx, state::FULL_PULL, Some("1"))?;
        let empty: bool =
            tx.query_row("SELECT NOT EXISTS (SELECT 1 FROM jobs)", [], |r| r.get(0))?;
        if empty {
            state::put(tx, state::FTS_STALE, Some("1"))?;
            defer_job_indexes(tx)?;
        }
        Ok(())
    })
}

/// Drops the filter indexes of the empty jobs table for the first sync, keeping their
/// definitions to build them at its end ([`build_deferred_indexes`]): SQLite builds an index
/// from the finished table in one sorted pass, many times faster than it keeps four indexes
/// current row by row once they outgrow its cache (at 1,000,000 jobs that upkeep was half of
/// the first sync). The unique index on the job id stays: the upserts look rows up by it.
fn defer_job_indexes(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    if state::get(tx, state::DEFERRED_INDEXES)?.is_some() {
        return Ok(());
    }
    let indexes: Vec<(String, String)> = tx
        .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'jobs' \
             AND sql IS NOT NULL ORDER BY name",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let sqls: Vec<&str> = indexes.iter().map(|(_, sql)| sql.as_str()).collect();
    let json = serde_json::to_string(&sqls).map_err(|e| Error::BadResponse(e.to_string()))?;
    state::put(tx, state::DEFERRED_INDEXES, Some(&json))?;
    for (name, _) in &indexes {
        tx.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
    }
    Ok(())
}

/// Builds the indexes a first sync left out, in the transaction that ends it.
fn build_deferred_indexes(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    let Some(json) = state::get(tx, state::DEFERRED_INDEXES)? else {
        return Ok(());
    };
    let sqls: Vec<String> = serde_json::from_str(&json).unwrap_or_default();
    for sql in sqls {
        let sql = sql.replacen("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1);
        tx.execute_batch(&sql)?;
    }
    state::put(tx, state::DEFERRED_INDEXES, None)
}

impl ContentPull<'_> {
    /// Pulls until the feed has nothing more, adding to `report`.
    pub async fn run(&self, report: &mut SyncReport) -> Result<()> {
        let scope_json = serde_json::to_string(self.scope)
            .map_err(|e| Error::Network(format!("job scope: {e}")))?;
        let langs = self.languages.join(",");
        let start = position(self.store)?;
        if start.cursor.is_none() && !start.full {
            begin_full_pull(self.store, &langs)?;
        }
        let mut restarted = false;
        let mut pages = 0u64;
        let mut items = 0u64;
        loop {
            let pos = position(self.store)?;
            let mut request = self
                .http
                .get(http::url(self.base, &["v1", "feed"])?)
                .query(&[
                    ("limit", page_size(self.options.page_size).to_string()),
                    ("scope", scope_json.clone()),
                    ("lang", langs.clone()),
                ]);
            if let Some(c) = &pos.cursor {
                request = request.query(&[("cursor", c)]);
            }
            report.requests += 1;
            let response = request.send().await.map_err(|e| http::request_error(&e))?;
            let status = response.status().as_u16();
            if status == 409 {
                let body = response.bytes().await.unwrap_or_default();
                let error = http::portal_error(status, &body);
                let resync = matches!(
                    error,
                    Error::Portal {
                        code: ApiErrorCode::ResyncRequired,
                        ..
                    }
                );
                // A pull from no cursor can never be told to resync, so this restarts at most
                // once per run: no resync loop, whatever the server answers.
                if !resync || pos.cursor.is_none() || restarted {
                    return Err(error);
                }
                tracing::info!("portal asked for a resync; pulling from the start");
                restarted = true;
                report.resynced = true;
                begin_full_pull(self.store, &langs)?;
                continue;
            }
            let response = http::check(response).await?;
            let mode = PageMode {
                run_id: self.run_id,
                generation: pos.generation,
                fts_live: pos.fts_live,
                refill: false,
            };
            let (end, stats, bytes, applying) = self
                .page(response, mode, pos.full, Some(pos.cursor.clone()))
                .await?;
            report.content_apply += applying;
            pages += 1;
            items += stats.items;
            report.items_applied += stats.applied;
            report.jobs_added += stats.jobs_added;
            report.bytes += bytes;
            (self.on_progress)(SyncProgress {
                phase: SyncPhase::Content,
                pages,
                items,
                bytes: report.bytes,
                remaining: end.remaining,
            });
            if !end.has_more {
                break;
            }
        }
        let had: Option<String> = self.store.read(|c| state::get(c, state::CONTENT_LANGS))?;
        if had.as_deref() != Some(langs.as_str()) {
            self.refill_texts(&langs, report).await?;
        }
        let stale = !position(self.store)?.fts_live;
        if stale {
            (self.on_progress)(SyncProgress {
                phase: SyncPhase::Index,
                pages,
                items,
                bytes: report.bytes,
                remaining: Some(0),
            });
            let store = self.store.clone();
            let indexing = crate::platform::spawn_blocking(move || {
                let started = Instant::now();
                store
                    .write(|tx| {
                        build_deferred_indexes(tx)?;
                        tx.execute_batch("INSERT INTO jobs_fts (jobs_fts) VALUES ('rebuild')")?;
                        state::put(tx, state::FTS_STALE, None)
                    })
                    .map(|()| started.elapsed())
            })
            .await
            .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))??;
            report.content_apply += indexing;
        }
        Ok(())
    }

    /// Fetches every record but the jobs again in `langs` (the reader changed language): a few
    /// hundred records instead of the whole feed, whose job ads have no translations. The
    /// device's cursor stays; the records are replaced at the sequence number they have, and
    /// `langs` is recorded once the last page is in, so a cut-off refill runs again.
    async fn refill_texts(&self, langs: &str, report: &mut SyncReport) -> Result<()> {
        tracing::info!(langs, "fetching the texts in the reader's languages");
        let mut cursor: Option<String> = None;
        loop {
            let mut request = self
                .http
                .get(http::url(self.base, &["v1", "feed"])?)
                .query(&[
                    ("limit", welcome_protocol::MAX_PAGE_SIZE.to_string()),
                    ("lang", langs.to_owned()),
                ]);
            if let Some(c) = &cursor {
                request = request.query(&[("cursor", c)]);
            }
            report.requests += 1;
            let response = request.send().await.map_err(|e| http::request_error(&e))?;
            let response = http::check(response).await?;
            let generation = position(self.store)?.generation;
            let mode = PageMode {
                run_id: self.run_id,
                generation,
                fts_live: true,
                refill: true,
            };
            let (end, stats, bytes, applying) = self.page(response, mode, false, None).await?;
            report.content_apply += applying;
            report.items_applied += stats.applied;
            report.bytes += bytes;
            if !end.has_more {
                break;
            }
            cursor = Some(end.cursor);
        }
        self.store
            .write(|tx| state::put(tx, state::CONTENT_LANGS, Some(langs)))
    }

    /// Streams one page into its transaction. Returns its end line, what it changed, the
    /// bytes of its body and the time the SQLite work took (waits for the network excluded).
    ///
    /// The page was asked for from `asked_from` (the content cursor, `None` for a refill, whose
    /// cursor is its own) in `mode.generation`. It is applied only if the store still stands
    /// there when its transaction begins: a sync abandoned mid-page (the app closing the
    /// future) leaves its applier running, and that applier must not write an old page over a
    /// pull that started again meanwhile, or the rows of the new pull's first pages would be
    /// swept as unseen.
    #[cfg(not(target_arch = "wasm32"))]
    async fn page(
        &self,
        response: reqwest::Response,
        mode: PageMode,
        full: bool,
        asked_from: Option<Option<String>>,
    ) -> Result<(PageEnd, PageStats, u64, Duration)> {
        let (sender, mut receiver) = tokio::sync::mpsc::channel::<Result<Bytes>>(CHANNEL_CHUNKS);
        let store = self.store.clone();
        let applier = tokio::task::spawn_blocking(move || {
            apply_page(&store, mode, full, asked_from, || receiver.blocking_recv())
        });
        let mut bytes = 0u64;
        let mut stream = response.bytes_stream();
        while let Some(item) = stream.next().await {
            match item {
                Ok(chunk) => {
                    bytes += chunk.len() as u64;
                    if sender.send(Ok(chunk)).await.is_err() {
                        break; // the applier finished (end line) or failed
                    }
                }
                Err(e) => {
                    let _ = sender.send(Err(http::body_error(&e))).await;
                    break;
                }
            }
        }
        drop(sender);
        let (end, stats, applying) = applier
            .await
            .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))??;
        Ok((end, stats, bytes, applying))
    }

    #[cfg(target_arch = "wasm32")]
    async fn page(
        &self,
        response: reqwest::Response,
        mode: PageMode,
        full: bool,
        asked_from: Option<Option<String>>,
    ) -> Result<(PageEnd, PageStats, u64, Duration)> {
        // No thread to hold the transaction while the body arrives: the page (at most
        // MAX_PAGE_SIZE records) is read whole, then applied in one go.
        let body = response.bytes().await.map_err(|e| http::body_error(&e))?;
        let bytes = body.len() as u64;
        let mut chunks = Some(Ok(body));
        let (end, stats, applying) =
            apply_page(self.store, mode, full, asked_from, || chunks.take())?;
        Ok((end, stats, bytes, applying))
    }
}

/// Applies one page in its write transaction, the body coming from `next_chunk` (`None` once
/// it ended). Returns its end line, what it changed and the time the SQLite work took (the
/// waits for `next_chunk` excluded).
fn apply_page(
    store: &Store,
    mode: PageMode,
    full: bool,
    asked_from: Option<Option<String>>,
    mut next_chunk: impl FnMut() -> Option<Result<Bytes>>,
) -> Result<(PageEnd, PageStats, Duration)> {
    let started = Instant::now();
    let mut waited = Duration::ZERO;
    let written = store.write(|tx| {
        let cursor_moved = match &asked_from {
            Some(cursor) => state::get(tx, state::CURSOR)? != *cursor,
            None => false,
        };
        let moved_on = cursor_moved || state::get_i64(tx, state::GENERATION)? != mode.generation;
        if moved_on {
            return Err(Error::Overtaken);
        }
        let mut applier = PageApplier::new(tx, mode);
        let mut lines = LineBuffer::default();
        let mut end = None;
        loop {
            let wait = Instant::now();
            let next = next_chunk();
            waited += wait.elapsed();
            let Some(chunk) = next else { break };
            end = lines.feed(&chunk?, |l| applier.line(l))?;
            if end.is_some() {
                break;
            }
        }
        if end.is_none() && !lines.rest().is_empty() {
            // The last line may come without its newline.
            let rest = lines.rest().to_vec();
            end = applier.line(&rest)?;
        }
        let end = end
            .ok_or_else(|| Error::BadResponse("the feed page ended before its end line".into()))?;
        if full && !end.has_more {
            let swept = sweep(tx, mode.generation, mode.fts_live)?;
            tracing::info!(swept, "rows the portal no longer has were removed");
            state::put(tx, state::FULL_PULL, None)?;
        }
        Ok((end, applier.stats))
    });
    written.map(|(end, stats)| (end, stats, started.elapsed().saturating_sub(waited)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A first sync fills the empty jobs table without its filter indexes and builds the same
    /// ones at its end; a pull that starts again meanwhile keeps the definitions it saved.
    #[test]
    fn a_first_sync_builds_the_filter_indexes_at_its_end_as_they_were() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("c.sqlite")).unwrap();
        let indexes = |s: &Store| {
            s.read(|c| {
                let mut stmt = c.prepare(
                    "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'jobs' \
                     AND sql IS NOT NULL ORDER BY name",
                )?;
                let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
                Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
            })
            .unwrap()
        };
        let before = indexes(&store);
        assert!(before.len() >= 4, "{before:?}");
        begin_full_pull(&store, "en,de").unwrap();
        assert!(indexes(&store).is_empty());
        // A resync before the end: the saved definitions are kept, not the empty list.
        begin_full_pull(&store, "en,de").unwrap();
        store.write(build_deferred_indexes).unwrap();
        assert_eq!(indexes(&store), before);
        assert_eq!(
            store
                .read(|c| state::get(c, state::DEFERRED_INDEXES))
                .unwrap(),
            None
        );
    }

    fn answer(body: &str) -> reqwest::Response {
        reqwest::Response::from(::http::Response::new(body.to_owned()))
    }

    const PAGE: &str = concat!(
        r#"{"op":"upsert","seq":1,"kind":"municipality","data":{"id":"essen","name":"Essen","lat":51.45,"lon":7.01}}"#,
        "\n",
        r#"{"op":"end","cursor":"after-1","has_more":true}"#,
        "\n"
    );

    /// A page that arrives for a position the store has moved on from (an abandoned sync's
    /// applier starting late, after a new pull began) changes nothing; one for the position
    /// the store stands at is applied.
    #[tokio::test]
    async fn a_page_for_a_position_the_store_left_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(Store::open(&dir.path().join("c.sqlite")).unwrap());
        begin_full_pull(&store, "en,de").unwrap();
        let stale = position(&store).unwrap();
        // Meanwhile a new pull starts from no cursor, in a new generation.
        begin_full_pull(&store, "en,de").unwrap();
        let fresh = position(&store).unwrap();
        assert_eq!(fresh.generation, stale.generation + 1);

        let (http, options, scope) = (
            reqwest::Client::new(),
            SyncOptions::default(),
            JobScope::default(),
        );
        let pull = ContentPull {
            http: &http,
            base: "http://127.0.0.1:9",
            store: &store,
            options: &options,
            scope: &scope,
            languages: &[],
            run_id: 1,
            on_progress: &|_| {},
        };
        let mode = |p: &Position| PageMode {
            run_id: 1,
            generation: p.generation,
            fts_live: p.fts_live,
            refill: false,
        };
        let late = pull
            .page(answer(PAGE), mode(&stale), true, Some(stale.cursor.clone()))
            .await;
        assert!(matches!(late, Err(Error::Overtaken)), "{late:?}");
        let rows = |s: &Store| {
            s.read(|c| Ok(c.query_row("SELECT count(*) FROM content", [], |r| r.get::<_, i64>(0))?))
                .unwrap()
        };
        assert_eq!(rows(&store), 0);
        assert_eq!(position(&store).unwrap().cursor, None);

        // The same page for where the store stands is applied, its cursor kept.
        pull.page(answer(PAGE), mode(&fresh), true, Some(fresh.cursor.clone()))
            .await
            .unwrap();
        assert_eq!(rows(&store), 1);
    }
}
