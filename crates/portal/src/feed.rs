//! The content change feed: pages streamed as NDJSON while rows are read, from payloads stored
//! pre-serialised, so memory stays flat however large the page.

use crate::error::{ApiResult, PortalError};
use crate::extract::ApiQuery;
use crate::store::{FeedMeta, FeedRow, PortalStore};
use crate::AppState;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::header;
use axum::response::Response;
use std::borrow::Cow;
use std::io::Write;
use welcome_protocol::{
    Cursor, Entity, FeedLine, FeedQuery, JobScope, Texts, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, NDJSON,
};

/// Bytes gathered before a chunk goes to the client.
const CHUNK: usize = 64 * 1024;
/// A page skips at most this many out-of-scope rows per line it may send, so a narrow scope
/// over a large feed still answers quickly (the cursor moves past what was skipped).
const SCAN_FACTOR: usize = 20;

/// Parses and checks the `scope` parameter; absent means no jobs.
pub fn parse_scope(raw: Option<&str>) -> ApiResult<JobScope> {
    let Some(raw) = raw else {
        return Ok(JobScope::default());
    };
    let scope: JobScope = serde_json::from_str(raw)
        .map_err(|e| PortalError::bad_request(format!("invalid scope: {e}")))?;
    if scope.near.is_some_and(|c| !c.is_valid()) {
        return Err(PortalError::bad_request(
            "invalid scope: circle out of range",
        ));
    }
    Ok(scope)
}

/// The page size asked for, or the default. Outside `1..=MAX_PAGE_SIZE` it is a 400, as the
/// document says, rather than quietly changed.
pub fn page_size(limit: Option<u32>) -> ApiResult<usize> {
    match limit.unwrap_or(DEFAULT_PAGE_SIZE) {
        n @ 1..=MAX_PAGE_SIZE => Ok(n as usize),
        _ => Err(PortalError::bad_request(format!(
            "limit must be 1 to {MAX_PAGE_SIZE}"
        ))),
    }
}

/// The answer to a cursor the portal cannot read (garbage, or a format it no longer writes): a
/// resync, like any other cursor it cannot continue from, so a client never sticks on it.
pub const UNREADABLE_CURSOR: &str = "unreadable cursor";

/// Parses and checks the `lang` parameter; absent means the originals only.
pub fn parse_languages(raw: Option<&str>) -> ApiResult<Vec<String>> {
    welcome_protocol::parse_language_list(raw.unwrap_or_default())
        .map_err(|e| PortalError::bad_request(format!("invalid lang: {e}")))
}

/// A record's payload with its texts in `langs` and the originals only. Stored payloads carry
/// every language; jobs have no multilingual text and go out as stored.
fn localized_payload<'a>(row: &'a FeedRow, langs: &[String]) -> Cow<'a, str> {
    let payload = row.payload.as_deref().unwrap_or("null");
    if row.kind == "job" {
        return Cow::Borrowed(payload);
    }
    let trimmed = || -> serde_json::Result<String> {
        let mut entity: Entity = serde_json::from_str(&format!(
            r#"{{"kind":{},"data":{payload}}}"#,
            serde_json::to_string(&row.kind)?
        ))?;
        entity.for_each_text(&mut |t| t.retain_languages(langs));
        let value = serde_json::to_value(&entity)?;
        serde_json::to_string(&value["data"])
    };
    match trimmed() {
        Ok(p) => Cow::Owned(p),
        // A record this build cannot read goes out as stored: the client reads it leniently.
        Err(e) => {
            tracing::warn!(kind = %row.kind, id = %row.id, "payload not trimmed to languages: {e}");
            Cow::Borrowed(payload)
        }
    }
}

/// One feed line; `as_delete` sends a tombstone (a deleted row, or a job out of the scope).
fn write_row(
    buf: &mut Vec<u8>,
    row: &FeedRow,
    as_delete: bool,
    langs: &[String],
) -> std::io::Result<()> {
    if as_delete {
        let id = serde_json::to_string(&row.id)?;
        writeln!(
            buf,
            r#"{{"op":"delete","seq":{},"kind":"{}","id":{id}}}"#,
            row.seq, row.kind
        )
    } else {
        let payload = localized_payload(row, langs);
        writeln!(
            buf,
            r#"{{"op":"upsert","seq":{},"kind":"{}","data":{payload}}}"#,
            row.seq, row.kind
        )
    }
}

/// Decides from the feed's bookkeeping whether a cursor can be served, and from where.
fn start_after(
    cursor: Option<&Cursor>,
    fingerprint: &str,
    meta: &FeedMeta,
) -> Result<u64, PortalError> {
    let Some(c) = cursor else { return Ok(0) };
    let (epoch, generation) = c
        .epoch
        .split_once('g')
        .and_then(|(e, g)| Some((e, g.parse::<u64>().ok()?)))
        .ok_or_else(|| PortalError::resync(UNREADABLE_CURSOR))?;
    if epoch != meta.epoch || generation > meta.generation || c.seq > meta.max_seq {
        return Err(PortalError::resync(
            "cursor from another epoch: the portal was restored",
        ));
    }
    if c.scope != fingerprint {
        return Err(PortalError::resync("cursor made for another job scope"));
    }
    if generation < meta.generation && c.seq < meta.min_seq_kept {
        return Err(PortalError::resync("cursor older than the tombstones kept"));
    }
    Ok(c.seq)
}

/// `GET /v1/feed`.
pub async fn content_feed(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<FeedQuery>,
) -> ApiResult<Response> {
    let scope = parse_scope(q.scope.as_deref())?;
    let langs = parse_languages(q.lang.as_deref())?;
    let limit = page_size(q.limit)?;
    let cursor = q
        .cursor
        .as_deref()
        .filter(|c| !c.is_empty())
        .map(|c| Cursor::decode(c).ok_or_else(|| PortalError::resync(UNREADABLE_CURSOR)))
        .transpose()?;
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    let (ready, checked) = tokio::sync::oneshot::channel::<Result<(), PortalError>>();
    let store = state.store.clone();
    tokio::task::spawn_blocking(move || {
        stream_page(store.as_ref(), cursor, limit, scope, &langs, ready, tx)
    });
    // The cursor is checked inside the read's snapshot; only then does the answer start.
    checked.await.map_err(PortalError::internal)??;
    // poll_fn, not unfold: the body may be polled again after its end, which unfold forbids.
    let mut rx = rx;
    let body = futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx));
    Response::builder()
        .header(header::CONTENT_TYPE, NDJSON)
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from_stream(body))
        .map_err(PortalError::internal)
}

/// How a job that changed is sent to a client with this scope.
fn job_line(row: &FeedRow, scope: &JobScope, delta: bool) -> Option<bool> {
    let in_scope = scope.contains(row.municipality_id.as_deref(), row.lat, row.lon, &row.field);
    match (in_scope, delta) {
        (true, _) => Some(false),
        // A delta client may hold an older version that was in its scope (the ad moved to
        // another town or field): it gets a tombstone, which it ignores when it has no copy.
        (false, true) => Some(true),
        // A pull from no cursor holds nothing yet: out-of-scope jobs are simply not sent.
        (false, false) => None,
    }
}

fn stream_page(
    store: &dyn PortalStore,
    cursor: Option<Cursor>,
    limit: usize,
    scope: JobScope,
    langs: &[String],
    ready: tokio::sync::oneshot::Sender<Result<(), PortalError>>,
    tx: tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>,
) {
    let fingerprint = scope.fingerprint();
    let mut buf = Vec::with_capacity(CHUNK + 4096);
    let (mut sent, mut scanned) = (0usize, 0usize);
    // Both callbacks see whether the client went away.
    let gone = std::cell::Cell::new(false);
    let mut ready = Some(ready);
    let delta = cursor.is_some();
    let result = store.feed_snapshot(
        &mut |meta| {
            let start = start_after(cursor.as_ref(), &fingerprint, meta);
            let after = start.as_ref().ok().copied();
            if let Some(r) = ready.take() {
                gone.set(r.send(start.map(|_| ())).is_err());
            }
            after.filter(|_| !gone.get())
        },
        &mut |row| {
            if gone.get() || sent >= limit || scanned >= limit * SCAN_FACTOR {
                return false;
            }
            scanned += 1;
            let as_delete = if !row.deleted && row.kind == "job" {
                match job_line(row, &scope, delta) {
                    Some(d) => d,
                    None => return true,
                }
            } else {
                row.deleted
            };
            if write_row(&mut buf, row, as_delete, langs).is_err() {
                return false;
            }
            sent += 1;
            if buf.len() >= CHUNK {
                let chunk = Bytes::from(std::mem::replace(
                    &mut buf,
                    Vec::with_capacity(CHUNK + 4096),
                ));
                gone.set(tx.blocking_send(Ok(chunk)).is_err());
            }
            true
        },
    );
    match result {
        Ok(Some((meta, end))) if !gone.get() => {
            // The cursor's epoch names the database and its compaction generation.
            let line = FeedLine::End {
                cursor: Cursor {
                    epoch: format!("{}g{}", meta.epoch, meta.generation),
                    seq: end.last_seq,
                    scope: fingerprint,
                }
                .encode(),
                has_more: end.remaining > 0,
                remaining: Some(end.remaining),
            };
            if serde_json::to_writer(&mut buf, &line).is_ok() {
                buf.push(b'\n');
                let _ = tx.blocking_send(Ok(Bytes::from(buf)));
            }
        }
        Ok(_) => {}
        Err(e) => {
            tracing::error!("feed page failed: {e:#}");
            match ready.take() {
                // Failed before the answer started: a JSON 500.
                Some(r) => {
                    let _ = r.send(Err(PortalError::internal(e)));
                }
                // Without its end line the client discards the page, so failing mid-way is safe.
                None => {
                    let _ = tx.blocking_send(Err(std::io::Error::other("feed page failed")));
                }
            }
        }
    }
}
