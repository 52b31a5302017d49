//! The user's own data: pushing the outbox, pulling the user feed.
//!
//! An outbox entry leaves the queue only when the portal's answer names it (applied, duplicate
//! or rejected); a lost answer means the batch goes again, and the portal applies each mutation
//! id once. Network failures are retried with exponential backoff and jitter.

use super::http;
use super::{SyncOptions, SyncPhase, SyncProgress, SyncReport};
use crate::secrets::Token;
use crate::store::{state, user_data, Store};
use crate::{Error, Result};
use rand::Rng;
use rusqlite::params;
use std::sync::Arc;
use welcome_protocol::user_data::{
    Collection, Hlc, Mutation, MutationBatch, MutationBatchResponse, MutationStatus, RecordChange,
    UserFeedLine,
};

/// Records per page of the user feed.
const USER_PAGE: u32 = 500;

pub struct UserSync<'a> {
    pub http: &'a reqwest::Client,
    pub base: &'a str,
    pub store: &'a Arc<Store>,
    pub token: &'a Token,
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

/// The oldest queued mutations, up to `limit`.
fn next_batch(store: &Store, limit: usize) -> Result<Vec<Mutation>> {
    store.read(|c| {
        let mut stmt = c.prepare_cached(
            "SELECT mutation_id, collection, record_id, hlc, change FROM outbox \
             ORDER BY mutation_id LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, collection, record_id, hlc, change) = row?;
            let collection =
                Collection::parse(&collection).ok_or_else(|| corrupt("outbox collection"))?;
            let change: RecordChange =
                serde_json::from_str(&change).map_err(|_| corrupt("outbox change"))?;
            out.push(Mutation {
                id: u64::try_from(id).map_err(|_| corrupt("outbox id"))?,
                collection,
                record_id,
                hlc: Hlc(hlc),
                change,
            });
        }
        Ok(out)
    })
}

/// Worth another try: no answer, or a gateway's temporary failure.
fn retryable(e: &Error) -> bool {
    match e {
        Error::Network(_) => true,
        Error::Portal { status, .. } => matches!(status, 502..=504),
        _ => false,
    }
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
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Pushes the whole outbox, batch by batch.
    pub async fn push(&self, report: &mut SyncReport) -> Result<()> {
        loop {
            let mutations = next_batch(self.store, self.options.push_batch)?;
            if mutations.is_empty() {
                return Ok(());
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
            let done = self.store.write(|tx| {
                let mut done = 0u64;
                let mut remove = tx.prepare_cached("DELETE FROM outbox WHERE mutation_id = ?1")?;
                for r in &answer.results {
                    done += remove.execute([r.id as i64])? as u64;
                    if r.status == MutationStatus::Rejected {
                        let text = serde_json::json!({"id": r.id, "error": r.error}).to_string();
                        tracing::warn!(id = r.id, "the portal rejected a change");
                        state::put(tx, state::LAST_REJECTED, Some(&text))?;
                    }
                }
                // Everything up to the portal's last processed id is done, named or not.
                done += tx
                    .prepare_cached("DELETE FROM outbox WHERE mutation_id <= ?1")?
                    .execute([answer.last_mutation_id as i64])? as u64;
                Ok(done)
            })?;
            report.pushed += done;
            if done == 0 {
                // The answer acknowledged nothing we sent: stop rather than resend for ever.
                return Err(Error::BadResponse(
                    "the portal's answer did not acknowledge the changes sent".into(),
                ));
            }
        }
    }

    /// Pulls the user feed from the stored cursor and merges every record.
    pub async fn pull(&self, report: &mut SyncReport) -> Result<()> {
        loop {
            let cursor = self.store.state(state::USER_CURSOR)?;
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
            let body = http::check(response)
                .await?
                .bytes()
                .await
                .map_err(|e| http::body_error(&e))?;
            report.bytes += body.len() as u64;
            let mut records = Vec::new();
            let mut end = None;
            for line in body.split(|b| *b == b'\n') {
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                match serde_json::from_slice::<UserFeedLine>(line) {
                    Ok(UserFeedLine::End { cursor, has_more }) => {
                        end = Some((cursor, has_more));
                        break;
                    }
                    Ok(record) => records.push(record),
                    Err(e) => return Err(Error::BadResponse(format!("user feed line: {e}"))),
                }
            }
            let (cursor, has_more) = end.ok_or_else(|| {
                Error::BadResponse("the user feed page ended before its end line".into())
            })?;
            let clock = self.store.clock();
            let merged = self.store.write(|tx| {
                let mut merged = 0u64;
                for line in records {
                    if let UserFeedLine::Record {
                        collection,
                        record_id,
                        fields,
                        deleted,
                        ..
                    } = line
                    {
                        for f in fields.values() {
                            clock.observe(&f.hlc);
                        }
                        if let Some(d) = &deleted {
                            clock.observe(d);
                        }
                        if user_data::merge_remote(tx, collection, &record_id, fields, deleted)? {
                            merged += 1;
                        }
                    }
                }
                // Persist the clock past everything seen, so a later local edit wins even
                // after a restart.
                state::put(tx, state::HLC_LAST, Some(&clock.now().0))?;
                state::put(tx, state::USER_CURSOR, Some(&cursor))?;
                Ok(merged)
            })?;
            report.pulled += merged;
            (self.on_progress)(SyncProgress {
                phase: SyncPhase::Download,
                pages: 0,
                items: report.pulled,
                bytes: report.bytes,
                remaining: None,
            });
            if !has_more {
                return Ok(());
            }
        }
    }
}
