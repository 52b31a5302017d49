//! The user's own data: pushing the outbox, pulling the user feed.
//!
//! Only the logged-in account's outbox goes up, under that account's token; everything the
//! user feed brings is merged into that account's records (see `store::user_data`).
//!
//! The outbox leaves in batches bounded in count and in bytes (the portal's request limit). An
//! entry leaves the queue only when the portal's answer names it (applied, duplicate or
//! rejected); a lost answer means the batch goes again, and the portal applies each mutation id
//! once. A batch the portal refuses as a whole (413, 400) is split until the one change it
//! cannot take is found; that change is rejected on the device: reverted to the portal's
//! version and recorded for the user. So no answer ever blocks the queue behind it. Network
//! failures and 5xx are retried with exponential backoff and jitter, then left for the next
//! sync with the queue intact.
//!
//! The user feed is followed from its cursor. A 409 (the portal was restored, or the cursor is
//! ahead of it) restarts it from no cursor; such a full pull keeps local values newer than the
//! portal's and uploads them again, so nothing acknowledged before a restore is lost.

use super::http;
use super::{SyncOptions, SyncPhase, SyncProgress, SyncReport};
use crate::secrets::Token;
use crate::store::user_data::{self, MergeMode};
use crate::store::{state, Store};
use crate::{Error, Result};
use rand::Rng;
use rusqlite::{params, Connection};
use std::sync::Arc;
use welcome_protocol::user_data::{
    Collection, Hlc, Mutation, MutationBatch, MutationBatchResponse, MutationStatus, RecordChange,
    UserFeedLine,
};
use welcome_protocol::{ApiErrorCode, Limits};

/// Records per page of the user feed.
const USER_PAGE: u32 = 500;

/// Room left in a request for the batch's envelope (client id, brackets).
const ENVELOPE_BYTES: usize = 1024;

pub struct UserSync<'a> {
    pub http: &'a reqwest::Client,
    pub base: &'a str,
    pub store: &'a Arc<Store>,
    pub token: &'a Token,
    /// The account the token belongs to: whose outbox goes up and whose records come down.
    pub owner: &'a str,
    pub options: &'a SyncOptions,
    pub on_progress: &'a (dyn Fn(SyncProgress) + Send + Sync),
}

fn corrupt(what: &str) -> Error {
    Error::Storage(rusqlite::Error::InvalidColumnType(
        0,
        what.to_owned(),
        rusqlite::types::Type::Text,
    ))
}

/// The oldest queued mutations of `owner`, at most `count` of them and at most `max_bytes` as
/// JSON (always at least one: a single change is never over the limit, see `limits`).
fn next_batch(store: &Store, owner: &str, count: usize, max_bytes: usize) -> Result<Vec<Mutation>> {
    store.read(|c| {
        let mut stmt = c.prepare_cached(
            "SELECT mutation_id, collection, record_id, hlc, change FROM outbox \
             WHERE owner = ?1 ORDER BY mutation_id LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![owner, count as i64], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        let mut bytes = 0usize;
        for row in rows {
            let (id, collection, record_id, hlc, change) = row?;
            let collection =
                Collection::parse(&collection).ok_or_else(|| corrupt("outbox collection"))?;
            let change: RecordChange =
                serde_json::from_str(&change).map_err(|_| corrupt("outbox change"))?;
            let m = Mutation {
                id: u64::try_from(id).map_err(|_| corrupt("outbox id"))?,
                collection,
                record_id,
                hlc: Hlc(hlc),
                change,
            };
            let size = serde_json::to_vec(&m).map_or(usize::MAX, |v| v.len()) + 1;
            if !out.is_empty() && bytes + size > max_bytes {
                break;
            }
            bytes += size;
            out.push(m);
        }
        Ok(out)
    })
}

/// Worth another try now: no answer, or a gateway's temporary failure.
fn retryable(e: &Error) -> bool {
    match e {
        Error::Network(_) => true,
        Error::Portal { status, .. } => matches!(status, 502..=504),
        _ => false,
    }
}

/// The portal refused the batch as a whole for what is in it (too large, unreadable, invalid):
/// a smaller batch may pass, and a batch of one names the change at fault.
fn refused_for_content(e: &Error) -> bool {
    match e {
        Error::Portal { status: 413, .. } => true,
        Error::Portal { status, code, .. } => {
            matches!(status, 400 | 422)
                && matches!(code, ApiErrorCode::BadRequest | ApiErrorCode::Invalid)
        }
        _ => false,
    }
}

/// Takes a change the portal will not accept off the queue, reverts what it wrote on the
/// device (the fields it set, or its deletion, unless a later change overwrote them), records
/// it for the user, and makes the next pull of the user feed start from no cursor so that the
/// portal's version of the record comes back.
pub(crate) fn reject(conn: &Connection, owner: &str, m: &Mutation, reason: &str) -> Result<()> {
    let mut record = user_data::load(conn, owner, m.collection, &m.record_id)?.unwrap_or_default();
    let fields: Vec<String> = match &m.change {
        RecordChange::Set { fields, .. } => {
            for name in fields.keys() {
                if record.fields.get(name).is_some_and(|f| f.hlc == m.hlc) {
                    record.fields.remove(name);
                }
            }
            fields.keys().cloned().collect()
        }
        RecordChange::Delete => {
            if record.deleted.as_ref() == Some(&m.hlc) {
                record.deleted = None;
            }
            Vec::new()
        }
    };
    user_data::save(conn, owner, m.collection, &m.record_id, &record)?;
    conn.prepare_cached(
        "INSERT INTO rejected_changes (owner, collection, record_id, fields, reason, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        owner,
        m.collection.as_str(),
        m.record_id,
        serde_json::to_string(&fields).unwrap_or_else(|_| "[]".into()),
        reason,
        chrono::Utc::now().to_rfc3339()
    ])?;
    conn.prepare_cached("DELETE FROM outbox WHERE mutation_id = ?1")?
        .execute([m.id as i64])?;
    state::put(conn, state::USER_CURSOR, None)?;
    tracing::warn!(
        id = m.id,
        reason,
        "the portal did not accept a change; reverted"
    );
    Ok(())
}

/// The request limit the portal published (after a 413), else the protocol's.
fn max_request_bytes(store: &Store) -> usize {
    store
        .state(state::PORTAL_MAX_REQUEST)
        .ok()
        .flatten()
        .and_then(|v| v.parse().ok())
        .unwrap_or(welcome_protocol::MAX_REQUEST_BYTES)
}

impl UserSync<'_> {
    async fn send_batch(&self, batch: &MutationBatch) -> Result<MutationBatchResponse> {
        let url = http::url(self.base, &["v1", "me", "mutations"])?;
        let response = self
            .http
            .post(url)
            .bearer_auth(self.token.expose())
            .json(batch)
            .send()
            .await
            .map_err(|e| http::request_error(&e))?;
        http::json(response).await
    }

    /// Sends with retries: exponential backoff from `options.retry_base`, plus up to 50 %
    /// random jitter so devices coming back online do not call in step.
    async fn send_with_retries(
        &self,
        batch: &MutationBatch,
        report: &mut SyncReport,
    ) -> Result<MutationBatchResponse> {
        let mut attempt = 0u32;
        loop {
            report.requests += 1;
            match self.send_batch(batch).await {
                Ok(answer) => return Ok(answer),
                Err(e) if retryable(&e) && attempt + 1 < self.options.push_attempts => {
                    let base = self.options.retry_base * 2u32.saturating_pow(attempt);
                    let jitter = rand::thread_rng().gen_range(0.0..0.5);
                    let wait = base.mul_f64(1.0 + jitter);
                    tracing::info!(error = %e, ?wait, "pushing changes failed; retrying");
                    crate::platform::sleep(wait).await;
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Asks the portal for its published request limit after a 413, so later batches fit.
    async fn learn_request_limit(&self, report: &mut SyncReport) {
        let Ok(url) = http::url(self.base, &["v1", "health"]) else {
            return;
        };
        report.requests += 1;
        let Ok(response) = self.http.get(url).send().await else {
            return;
        };
        #[derive(serde::Deserialize)]
        struct Health {
            limits: Option<Limits>,
        }
        if let Ok(Health {
            limits: Some(limits),
        }) = http::json::<Health>(response).await
        {
            let bytes = usize::try_from(limits.max_request_bytes).unwrap_or(usize::MAX);
            let bytes = bytes.min(welcome_protocol::MAX_REQUEST_BYTES).to_string();
            if let Err(e) = self
                .store
                .set_state(state::PORTAL_MAX_REQUEST, Some(&bytes))
            {
                tracing::warn!(error = %e, "the portal's request limit was not kept");
            }
        }
    }

    /// Pushes the account's whole outbox, batch by batch. Returns how many changes the portal
    /// did not accept (reverted and recorded for the user).
    pub async fn push(&self, report: &mut SyncReport) -> Result<u64> {
        let mut count = self.options.push_batch.max(1);
        let mut rejected = 0u64;
        loop {
            let max_bytes = max_request_bytes(self.store).saturating_sub(ENVELOPE_BYTES);
            let mutations = next_batch(self.store, self.owner, count, max_bytes)?;
            if mutations.is_empty() {
                return Ok(rejected);
            }
            let ids: Vec<i64> = mutations.iter().map(|m| m.id as i64).collect();
            let batch = MutationBatch {
                client_id: self.store.client_id().to_owned(),
                mutations,
            };
            (self.on_progress)(SyncProgress {
                phase: SyncPhase::Upload,
                pages: 0,
                items: report.pushed,
                bytes: report.bytes,
                remaining: None,
            });
            let answer = match self.send_with_retries(&batch, report).await {
                Ok(a) => a,
                Err(e) if refused_for_content(&e) => {
                    if matches!(e, Error::Portal { status: 413, .. }) {
                        self.learn_request_limit(report).await;
                    }
                    if batch.mutations.len() > 1 {
                        count = batch.mutations.len() / 2;
                        continue;
                    }
                    let reason = e.to_string();
                    let owner = self.owner;
                    self.store
                        .write(|tx| reject(tx, owner, &batch.mutations[0], &reason))?;
                    rejected += 1;
                    continue;
                }
                Err(e) => {
                    let kind = e.kind();
                    self.store.write(|tx| {
                        let mut stmt = tx.prepare_cached(
                            "UPDATE outbox SET attempts = attempts + 1, last_error = ?2 \
                             WHERE mutation_id = ?1",
                        )?;
                        for id in &ids {
                            stmt.execute(params![id, kind])?;
                        }
                        Ok(())
                    })?;
                    return Err(e);
                }
            };
            let owner = self.owner;
            let (done, refused) = self.store.write(|tx| {
                let mut done = 0u64;
                let mut refused = 0u64;
                for r in &answer.results {
                    if r.status == MutationStatus::Rejected {
                        if let Some(m) = batch.mutations.iter().find(|m| m.id == r.id) {
                            let reason = r
                                .error
                                .as_ref()
                                .map_or_else(|| "rejected".to_owned(), |e| e.message.clone());
                            reject(tx, owner, m, &reason)?;
                            refused += 1;
                            done += 1;
                            continue;
                        }
                    }
                    done += tx
                        .prepare_cached("DELETE FROM outbox WHERE mutation_id = ?1")?
                        .execute([r.id as i64])? as u64;
                }
                // Everything sent up to the portal's last processed id is done, named or not.
                let mut remove = tx.prepare_cached(
                    "DELETE FROM outbox WHERE mutation_id = ?1 AND mutation_id <= ?2",
                )?;
                for id in &ids {
                    done += remove.execute(params![id, answer.last_mutation_id as i64])? as u64;
                }
                Ok((done, refused))
            })?;
            report.pushed += done - refused;
            rejected += refused;
            if done == 0 {
                // The answer acknowledged nothing we sent: stop rather than resend for ever.
                return Err(Error::BadResponse(
                    "the portal's answer did not acknowledge the changes sent".into(),
                ));
            }
        }
    }

    /// Pulls the user feed from the stored cursor and merges every record. Returns how many
    /// records a pull from no cursor queued again because the portal did not have them.
    pub async fn pull(&self, report: &mut SyncReport) -> Result<u64> {
        let mut restarted = false;
        let mut requeued = 0;
        loop {
            let cursor = self.store.state(state::USER_CURSOR)?;
            if cursor.is_none() {
                self.begin_full_pull()?;
            }
            let mut request = self
                .http
                .get(http::url(self.base, &["v1", "me", "feed"])?)
                .bearer_auth(self.token.expose())
                .query(&[("limit", USER_PAGE.to_string())]);
            if let Some(c) = &cursor {
                request = request.query(&[("cursor", c)]);
            }
            report.requests += 1;
            let response = request.send().await.map_err(|e| http::request_error(&e))?;
            let body = match http::check(response).await {
                Ok(r) => r.bytes().await.map_err(|e| http::body_error(&e))?,
                Err(Error::Portal {
                    code: ApiErrorCode::ResyncRequired,
                    ..
                }) if cursor.is_some() && !restarted => {
                    // A pull from no cursor is never told to resync: at most one restart.
                    tracing::info!("the portal asked for a resync of the user data");
                    restarted = true;
                    report.resynced = true;
                    self.store.set_state(state::USER_CURSOR, None)?;
                    continue;
                }
                Err(e) => return Err(e),
            };
            report.bytes += body.len() as u64;
            let (records, next, has_more) = parse_page(&body)?;
            let clock = self.store.clock();
            let owner = self.owner;
            let (merged, again) = self.store.write(|tx| {
                let mode = match state::get(tx, state::USER_FULL_PULL)? {
                    Some(_) => MergeMode::Full {
                        generation: state::get_i64(tx, state::USER_GENERATION)?,
                    },
                    None => MergeMode::Follow,
                };
                let mut merged = 0u64;
                for line in records {
                    let UserFeedLine::Record {
                        collection,
                        record_id,
                        fields,
                        deleted,
                        ..
                    } = line
                    else {
                        continue;
                    };
                    for f in fields.values() {
                        clock.observe(&f.hlc);
                    }
                    if let Some(d) = &deleted {
                        clock.observe(d);
                    }
                    let changed = user_data::merge_remote(
                        tx, owner, collection, &record_id, fields, deleted, mode,
                    )?;
                    merged += u64::from(changed);
                }
                let mut again = 0;
                if let (MergeMode::Full { generation }, false) = (mode, has_more) {
                    again = user_data::requeue_unpulled(tx, owner, generation)?;
                    state::put(tx, state::USER_FULL_PULL, None)?;
                }
                // Persist the clock past everything seen, so a later local edit wins even
                // after a restart.
                state::put(tx, state::HLC_LAST, Some(&clock.now().0))?;
                state::put(tx, state::USER_CURSOR, Some(&next))?;
                Ok((merged, again))
            })?;
            report.pulled += merged;
            requeued += again;
            (self.on_progress)(SyncProgress {
                phase: SyncPhase::Download,
                pages: 0,
                items: report.pulled,
                bytes: report.bytes,
                remaining: None,
            });
            if !has_more {
                return Ok(requeued);
            }
        }
    }

    /// Starts a pull from no cursor with a new generation, unless one is under way (a pull
    /// interrupted mid-way continues its generation, so its sweep stays right).
    fn begin_full_pull(&self) -> Result<()> {
        self.store.write(|tx| {
            if state::get(tx, state::USER_FULL_PULL)?.is_none() {
                let generation = state::get_i64(tx, state::USER_GENERATION)? + 1;
                state::put(tx, state::USER_GENERATION, Some(&generation.to_string()))?;
                state::put(tx, state::USER_FULL_PULL, Some("1"))?;
            }
            Ok(())
        })
    }
}

/// The records of one user feed page, its next cursor and whether more follow. A record of a
/// collection this build does not know (a newer portal) is skipped, not a reason to stop.
fn parse_page(body: &[u8]) -> Result<(Vec<UserFeedLine>, String, bool)> {
    let mut records = Vec::new();
    for line in body.split(|b| *b == b'\n') {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<UserFeedLine>(line) {
            Ok(UserFeedLine::End { cursor, has_more }) => return Ok((records, cursor, has_more)),
            Ok(record) => records.push(record),
            Err(e) => {
                #[derive(serde::Deserialize)]
                struct Op {
                    op: String,
                    collection: Option<String>,
                }
                match serde_json::from_slice::<Op>(line) {
                    Ok(Op {
                        op,
                        collection: Some(c),
                    }) if op == "record" && Collection::parse(&c).is_none() => {
                        tracing::info!(collection = c, "user feed record of an unknown kind");
                    }
                    _ => return Err(Error::BadResponse(format!("user feed line: {e}"))),
                }
            }
        }
    }
    Err(Error::BadResponse(
        "the user feed page ended before its end line".into(),
    ))
}
