//! The content change feed: pages streamed as NDJSON while rows are read, from payloads stored
//! pre-serialised, so memory stays flat however large the page.

use crate::error::{ApiResult, PortalError};
use crate::extract::ApiQuery;
use crate::store::{FeedRow, PortalStore};
use crate::AppState;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::header;
use axum::response::Response;
use std::io::Write;
use std::sync::Arc;
use welcome_protocol::{
    Cursor, FeedLine, FeedQuery, JobScope, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, NDJSON,
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

fn write_row(buf: &mut Vec<u8>, row: &FeedRow) -> std::io::Result<()> {
    if row.deleted {
        let id = serde_json::to_string(&row.id)?;
        writeln!(
            buf,
            r#"{{"op":"delete","seq":{},"kind":"{}","id":{id}}}"#,
            row.seq, row.kind
        )
    } else {
        let payload = row.payload.as_deref().unwrap_or("null");
        writeln!(
            buf,
            r#"{{"op":"upsert","seq":{},"kind":"{}","data":{payload}}}"#,
            row.seq, row.kind
        )
    }
}

/// `GET /v1/feed`.
pub async fn content_feed(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<FeedQuery>,
) -> ApiResult<Response> {
    let scope = parse_scope(q.scope.as_deref())?;
    let fingerprint = scope.fingerprint();
    let limit = page_size(q.limit)?;
    let cursor = q
        .cursor
        .as_deref()
        .filter(|c| !c.is_empty())
        .map(|c| Cursor::decode(c).ok_or_else(|| PortalError::resync(UNREADABLE_CURSOR)))
        .transpose()?;
    let store = state.store.clone();
    let meta = tokio::task::spawn_blocking(move || store.feed_meta())
        .await
        .map_err(PortalError::internal)??;
    let after = match cursor {
        None => 0,
        Some(c) => {
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
            c.seq
        }
    };
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    let store = state.store.clone();
    // The cursor's epoch names the database and its compaction generation.
    let epoch = format!("{}g{}", meta.epoch, meta.generation);
    tokio::task::spawn_blocking(move || {
        stream_page(store, after, limit, scope, fingerprint, epoch, tx)
    });
    // poll_fn, not unfold: the body may be polled again after its end, which unfold forbids.
    let mut rx = rx;
    let body = futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx));
    Response::builder()
        .header(header::CONTENT_TYPE, NDJSON)
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from_stream(body))
        .map_err(PortalError::internal)
}

fn stream_page(
    store: Arc<dyn PortalStore>,
    after: u64,
    limit: usize,
    scope: JobScope,
    fingerprint: String,
    epoch: String,
    tx: tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>,
) {
    let mut buf = Vec::with_capacity(CHUNK + 4096);
    let (mut sent, mut scanned) = (0usize, 0usize);
    let mut gone = false;
    let result = store.feed_page(after, &mut |row| {
        if gone || sent >= limit || scanned >= limit * SCAN_FACTOR {
            return false;
        }
        scanned += 1;
        if !row.deleted
            && row.kind == "job"
            && !scope.contains(row.municipality_id.as_deref(), row.lat, row.lon, &row.field)
        {
            return true;
        }
        if write_row(&mut buf, row).is_err() {
            return false;
        }
        sent += 1;
        if buf.len() >= CHUNK {
            let chunk = Bytes::from(std::mem::replace(
                &mut buf,
                Vec::with_capacity(CHUNK + 4096),
            ));
            gone = tx.blocking_send(Ok(chunk)).is_err();
        }
        true
    });
    match result {
        Ok(end) if !gone => {
            let line = FeedLine::End {
                cursor: Cursor {
                    epoch,
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
            // Without its end line the client discards the page, so failing mid-way is safe.
            let _ = tx.blocking_send(Err(std::io::Error::other("feed page failed")));
        }
    }
}
