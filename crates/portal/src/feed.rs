//! The content change feed: pages streamed as NDJSON while rows are read, from payloads stored
//! pre-serialised, so memory stays flat however large the page.

use crate::error::{ApiResult, PortalError};
use crate::extract::ApiQuery;
use crate::store::{FeedMeta, FeedRow, PortalStore, RowsAfter};
use crate::AppState;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
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

/// How an answer may be cached, decided inside the read's snapshot before its first byte.
#[derive(Debug)]
enum PageHead {
    /// The feed's head may be in this page: no copy may be kept (a kept copy of the last page
    /// would hide every later change).
    Fresh,
    /// More pages certainly follow. Any copy of such a page, however old, is a correct answer:
    /// every later change of a row in it has a higher sequence number and comes in a later
    /// page, and a cursor the portal can no longer serve gets its resync answer when the
    /// client asks for that later page. So any HTTP cache may keep it for good.
    Lasting { etag: String },
    /// The client's copy (`If-None-Match`) is this very answer.
    NotModified { etag: String },
}

/// `Cache-Control` of a page that more pages certainly follow.
const LASTING: &str = "public, max-age=31536000, immutable";

/// The strong entity tag of a page. The page's bytes follow from what the tag covers: the
/// database's state (epoch, compaction generation and highest sequence number: every write
/// takes a new one), where the page starts and what the request asks for, and the answer
/// format of this build.
fn page_etag(
    meta: &FeedMeta,
    after: u64,
    limit: usize,
    fingerprint: &str,
    langs: &[String],
) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let key = format!(
        "feed-page-1|{}|{}|{}|{after}|{limit}|{fingerprint}|{}",
        meta.epoch,
        meta.generation,
        meta.max_seq,
        langs.join(",")
    );
    h.update(key.as_bytes());
    format!("\"{}\"", hex::encode(&h.finalize()[..16]))
}

/// The entity tags of `If-None-Match`, as sent; a cache that stored the compressed answer
/// sends the tag with the encoding's suffix (see [`crate::tag_encoding`]).
fn if_none_match(headers: &HeaderMap) -> Vec<String> {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.trim().trim_start_matches("W/").to_owned())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether a tag of `If-None-Match` names the answer tagged `etag` (in any encoding).
fn names_page(sent: &str, etag: &str) -> bool {
    let bare = etag.trim_end_matches('"');
    sent == etag
        || sent == "*"
        || sent
            .strip_prefix(bare)
            .and_then(|rest| rest.strip_prefix('-'))
            .is_some_and(|rest| rest.ends_with('"'))
}

/// `GET /v1/feed`.
pub async fn content_feed(
    State(state): State<AppState>,
    headers: HeaderMap,
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
    let known = if_none_match(&headers);
    if let Some(c) = &cursor {
        // Most requests a region's devices send are polls at the feed's head. Those are
        // answered from the feed's meta alone (one read, no page snapshot, no stream slot);
        // a cursor behind the head goes on to the page below, which checks it again in its
        // own snapshot.
        let store = state.store.clone();
        let meta = tokio::task::spawn_blocking(move || store.feed_meta())
            .await
            .map_err(PortalError::internal)?
            .map_err(PortalError::from)?;
        let fingerprint = scope.fingerprint();
        let after = start_after(Some(c), &fingerprint, &meta)?;
        if after == meta.max_seq {
            let mut body = serde_json::to_vec(&end_line(&meta, after, fingerprint, 0))
                .map_err(PortalError::internal)?;
            body.push(b'\n');
            return Response::builder()
                .header(header::CONTENT_TYPE, NDJSON)
                .header(header::CACHE_CONTROL, "no-store")
                .body(Body::from(body))
                .map_err(PortalError::internal);
        }
    }
    // Held until the page's last byte is out (the body below owns it).
    let permit = state
        .feed_streams
        .clone()
        .acquire_owned()
        .await
        .map_err(PortalError::internal)?;
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(4);
    let (ready, checked) = tokio::sync::oneshot::channel::<Result<PageHead, PortalError>>();
    let store = state.store.clone();
    tokio::task::spawn_blocking(move || {
        let request = PageRequest {
            cursor,
            limit,
            scope,
            langs,
            known,
        };
        stream_page(store.as_ref(), request, ready, tx)
    });
    // The cursor is checked inside the read's snapshot; only then does the answer start.
    let head = checked.await.map_err(PortalError::internal)??;
    let builder = Response::builder().header(header::CONTENT_TYPE, NDJSON);
    let builder = match &head {
        PageHead::Fresh => builder.header(header::CACHE_CONTROL, "no-store"),
        PageHead::Lasting { etag } => builder
            .header(header::CACHE_CONTROL, LASTING)
            .header(header::ETAG, etag),
        PageHead::NotModified { etag } => {
            return Response::builder()
                .status(StatusCode::NOT_MODIFIED)
                .header(header::CACHE_CONTROL, LASTING)
                .header(header::ETAG, etag)
                .body(Body::empty())
                .map_err(PortalError::internal);
        }
    };
    // poll_fn, not unfold: the body may be polled again after its end, which unfold forbids.
    let mut rx = rx;
    let body = futures_util::stream::poll_fn(move |cx| {
        let _held = &permit;
        rx.poll_recv(cx)
    });
    builder
        .body(Body::from_stream(body))
        .map_err(PortalError::internal)
}

/// The `end` line of a page whose last row is `seq`, with `remaining` rows after it.
fn end_line(meta: &FeedMeta, seq: u64, scope: String, remaining: u64) -> FeedLine {
    FeedLine::End {
        // The cursor's epoch names the database and its compaction generation.
        cursor: Cursor {
            epoch: format!("{}g{}", meta.epoch, meta.generation),
            seq,
            scope,
        }
        .encode(),
        has_more: remaining > 0,
        remaining: Some(remaining),
    }
}

/// What one feed request asks for.
struct PageRequest {
    cursor: Option<Cursor>,
    limit: usize,
    scope: JobScope,
    langs: Vec<String>,
    /// The entity tags of `If-None-Match`.
    known: Vec<String>,
}

impl PageRequest {
    /// How the answer starting after `after` may be cached; `rows_after` counts in the read's
    /// snapshot.
    fn head(
        &self,
        meta: &FeedMeta,
        after: u64,
        fingerprint: &str,
        rows_after: &mut RowsAfter<'_>,
    ) -> anyhow::Result<PageHead> {
        // A delta sends every row (out-of-scope jobs as tombstones), a pull of everything too;
        // a first pull of a narrower scope skips rows, at most `SCAN_FACTOR` per line.
        let every_row = self.cursor.is_some() || self.scope.all;
        let scanned_at_most = if every_row {
            self.limit
        } else {
            self.limit * SCAN_FACTOR
        };
        if rows_after(after)? <= scanned_at_most as u64 {
            return Ok(PageHead::Fresh);
        }
        let etag = page_etag(meta, after, self.limit, fingerprint, &self.langs);
        if self.known.iter().any(|t| names_page(t, &etag)) {
            // The tag the client holds, suffix included, is the one to confirm.
            let held = self
                .known
                .iter()
                .find(|t| names_page(t, &etag))
                .cloned()
                .unwrap_or(etag);
            return Ok(PageHead::NotModified { etag: held });
        }
        Ok(PageHead::Lasting { etag })
    }
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
    request: PageRequest,
    ready: tokio::sync::oneshot::Sender<Result<PageHead, PortalError>>,
    tx: tokio::sync::mpsc::Sender<Result<Bytes, std::io::Error>>,
) {
    let PageRequest {
        ref cursor,
        limit,
        ref scope,
        ref langs,
        ..
    } = request;
    let fingerprint = scope.fingerprint();
    let mut buf = Vec::with_capacity(CHUNK + 4096);
    let (mut sent, mut scanned) = (0usize, 0usize);
    // Both callbacks see whether the client went away.
    let gone = std::cell::Cell::new(false);
    let mut ready = Some(ready);
    let delta = cursor.is_some();
    let result = store.feed_snapshot(
        &mut |meta, rows_after| {
            let start = start_after(cursor.as_ref(), &fingerprint, meta);
            let head = start.and_then(|after| {
                request
                    .head(meta, after, &fingerprint, rows_after)
                    .map(|head| (after, head))
                    .map_err(PortalError::internal)
            });
            let after = match &head {
                // A confirmed copy needs no rows.
                Ok((_, PageHead::NotModified { .. })) | Err(_) => None,
                Ok((after, _)) => Some(*after),
            };
            if let Some(r) = ready.take() {
                gone.set(r.send(head.map(|(_, h)| h)).is_err());
            }
            after.filter(|_| !gone.get())
        },
        &mut |row| {
            if gone.get() || sent >= limit || scanned >= limit * SCAN_FACTOR {
                return false;
            }
            scanned += 1;
            let as_delete = if !row.deleted && row.kind == "job" {
                match job_line(row, scope, delta) {
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
            let line = end_line(&meta, end.last_seq, fingerprint, end.remaining);
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
