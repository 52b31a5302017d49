//! Applying one page of the content feed inside its transaction, line by line as bytes arrive.
//!
//! Lines are parsed into a small borrowed struct; an entity's JSON is stored as it came
//! (`RawValue`), and for jobs only the columns the filters need are read out. Upserts skip rows
//! whose stored `seq` is not older, so a repeated page changes nothing; every row the page
//! touches is stamped with the current generation (mark and sweep after a resync).

use crate::store::state;
use crate::{Error, Result};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;
use welcome_protocol::{OfferType, WorkingTime};

/// How a page is applied.
#[derive(Debug, Clone, Copy)]
pub struct PageMode {
    /// This sync's run number (`first_seen_run` of new jobs).
    pub run_id: i64,
    /// The generation rows seen now are stamped with.
    pub generation: i64,
    /// Keep `jobs_fts` current row by row (false while the first sync defers the index).
    pub fts_live: bool,
    /// A refill of the texts in other languages: records are replaced even at the sequence
    /// number the device has (same record, other languages), jobs are not touched and the
    /// page's cursor is not the content feed's.
    pub refill: bool,
}

/// What a page changed.
#[derive(Debug, Default, Clone, Copy)]
pub struct PageStats {
    pub items: u64,
    pub applied: u64,
    pub jobs_added: u64,
}

/// The `end` line.
#[derive(Debug, Clone)]
pub struct PageEnd {
    pub cursor: String,
    pub has_more: bool,
    pub remaining: Option<u64>,
}

#[derive(Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    op: Cow<'a, str>,
    #[serde(default)]
    seq: Option<i64>,
    #[serde(default, borrow)]
    kind: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    id: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    data: Option<&'a RawValue>,
    #[serde(default)]
    cursor: Option<String>,
    #[serde(default)]
    has_more: Option<bool>,
    #[serde(default)]
    remaining: Option<u64>,
}

#[derive(Deserialize)]
struct IdOnly<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
}

/// The columns of a job row; the rest of the summary stays in the stored JSON.
#[derive(Deserialize)]
struct JobCols<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    title: Cow<'a, str>,
    #[serde(default, borrow)]
    occupation: Cow<'a, str>,
    #[serde(borrow)]
    field: Cow<'a, str>,
    #[serde(borrow)]
    employer: Cow<'a, str>,
    #[serde(default, borrow)]
    municipality_id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    city: Cow<'a, str>,
    #[serde(default, borrow)]
    postcode: Cow<'a, str>,
    lat: f64,
    lon: f64,
    working_time: Vec<WorkingTime>,
    offer_type: OfferType,
    #[serde(borrow)]
    published: Cow<'a, str>,
    #[serde(borrow)]
    modified: Cow<'a, str>,
}

/// A stored job's row id, sequence and the columns the filter indexes hold.
struct StoredJob {
    rowid: i64,
    seq: i64,
    field: String,
    municipality_id: Option<String>,
    lat: f64,
    lon: f64,
    working_time: i64,
    offer_type: String,
    published: String,
}

impl StoredJob {
    /// True when a new version of the ad leaves every indexed filter column as it is.
    fn filters_equal(&self, job: &JobCols<'_>) -> bool {
        self.field == job.field
            && self.municipality_id.as_deref() == job.municipality_id.as_deref()
            && self.lat == job.lat
            && self.lon == job.lon
            && self.working_time == working_time_mask(&job.working_time)
            && self.offer_type == offer_type_str(job.offer_type)
            && self.published == job.published
    }
}

/// The bitmask of the `working_time` column.
pub fn working_time_mask(list: &[WorkingTime]) -> i64 {
    list.iter()
        .map(|w| crate::jobs::query::working_time_bit(*w))
        .fold(0, |a, b| a | b)
}

fn offer_type_str(o: OfferType) -> &'static str {
    crate::jobs::query::offer_type_str(o)
}

fn bad(what: impl std::fmt::Display) -> Error {
    Error::BadResponse(format!("feed line: {what}"))
}

/// Applies lines of one page to an open transaction.
pub struct PageApplier<'t, 'c> {
    tx: &'t Transaction<'c>,
    mode: PageMode,
    pub stats: PageStats,
}

impl<'t, 'c> PageApplier<'t, 'c> {
    pub fn new(tx: &'t Transaction<'c>, mode: PageMode) -> Self {
        Self {
            tx,
            mode,
            stats: PageStats::default(),
        }
    }

    /// Applies one line; `Some` for the `end` line (which also stores the cursor).
    pub fn line(&mut self, bytes: &[u8]) -> Result<Option<PageEnd>> {
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        let line: Line<'_> = serde_json::from_slice(bytes).map_err(bad)?;
        match line.op.as_ref() {
            "upsert" => {
                let seq = line.seq.ok_or_else(|| bad("upsert without seq"))?;
                let kind = line.kind.ok_or_else(|| bad("upsert without kind"))?;
                let data = line.data.ok_or_else(|| bad("upsert without data"))?;
                self.stats.items += 1;
                self.upsert(&kind, seq, data)?;
                Ok(None)
            }
            "delete" => {
                let seq = line.seq.ok_or_else(|| bad("delete without seq"))?;
                let kind = line.kind.ok_or_else(|| bad("delete without kind"))?;
                let id = line.id.ok_or_else(|| bad("delete without id"))?;
                self.stats.items += 1;
                self.delete(&kind, &id, seq)?;
                Ok(None)
            }
            "end" => {
                let cursor = line.cursor.ok_or_else(|| bad("end without cursor"))?;
                let end = PageEnd {
                    cursor,
                    has_more: line.has_more.unwrap_or(false),
                    remaining: line.remaining,
                };
                if !self.mode.refill {
                    state::put(self.tx, state::CURSOR, Some(&end.cursor))?;
                }
                Ok(Some(end))
            }
            other => {
                // A newer portal's operation: ignored, as responses are read leniently.
                tracing::debug!(op = other, "unknown feed operation skipped");
                Ok(None)
            }
        }
    }

    fn upsert(&mut self, kind: &str, seq: i64, data: &RawValue) -> Result<()> {
        match kind {
            "job" if self.mode.refill => Ok(()),
            "job" => self.upsert_job(seq, data),
            "municipality" | "checklist" | "office" | "guide" | "plan_rules" => {
                let id: IdOnly<'_> = serde_json::from_str(data.get()).map_err(bad)?;
                let sql = if self.mode.refill {
                    "INSERT INTO content (kind, id, seq, generation, data) VALUES (?1, ?2, ?3, ?4, ?5) \
                     ON CONFLICT(kind, id) DO UPDATE SET seq = excluded.seq, \
                     generation = excluded.generation, data = excluded.data \
                     WHERE excluded.seq >= content.seq"
                } else {
                    "INSERT INTO content (kind, id, seq, generation, data) VALUES (?1, ?2, ?3, ?4, ?5) \
                     ON CONFLICT(kind, id) DO UPDATE SET seq = excluded.seq, \
                     generation = excluded.generation, data = excluded.data \
                     WHERE excluded.seq > content.seq"
                };
                let changed = self.tx.prepare_cached(sql)?.execute(params![
                    kind,
                    id.id,
                    seq,
                    self.mode.generation,
                    data.get()
                ])?;
                if changed == 0 {
                    self.tx
                        .prepare_cached(
                            "UPDATE content SET generation = ?3 WHERE kind = ?1 AND id = ?2",
                        )?
                        .execute(params![kind, id.id, self.mode.generation])?;
                } else {
                    self.stats.applied += 1;
                }
                Ok(())
            }
            other => {
                tracing::debug!(kind = other, "unknown content kind skipped");
                Ok(())
            }
        }
    }

    fn fts_delete(&self, rowid: i64) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO jobs_fts (jobs_fts, rowid, title, occupation, employer, city) \
                 SELECT 'delete', rowid, title, occupation, employer, city FROM jobs WHERE rowid = ?1",
            )?
            .execute([rowid])?;
        Ok(())
    }

    fn fts_insert(&self, rowid: i64) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO jobs_fts (rowid, title, occupation, employer, city) \
                 SELECT rowid, title, occupation, employer, city FROM jobs WHERE rowid = ?1",
            )?
            .execute([rowid])?;
        Ok(())
    }

    fn upsert_job(&mut self, seq: i64, data: &RawValue) -> Result<()> {
        let job: JobCols<'_> = serde_json::from_str(data.get()).map_err(bad)?;
        let existing: Option<StoredJob> = self
            .tx
            .prepare_cached(
                "SELECT rowid, seq, field, municipality_id, lat, lon, working_time, offer_type, \
                 published FROM jobs WHERE id = ?1",
            )?
            .query_row([job.id.as_ref()], |r| {
                Ok(StoredJob {
                    rowid: r.get(0)?,
                    seq: r.get(1)?,
                    field: r.get(2)?,
                    municipality_id: r.get(3)?,
                    lat: r.get(4)?,
                    lon: r.get(5)?,
                    working_time: r.get(6)?,
                    offer_type: r.get(7)?,
                    published: r.get(8)?,
                })
            })
            .optional()?;
        if let Some(stored) = &existing {
            if stored.seq >= seq {
                // Already as new: only seen again (mark and sweep).
                self.tx
                    .prepare_cached("UPDATE jobs SET generation = ?2 WHERE rowid = ?1")?
                    .execute(params![stored.rowid, self.mode.generation])?;
                return Ok(());
            }
            if self.mode.fts_live {
                // The index entry goes while the row still holds the text it was made from.
                self.fts_delete(stored.rowid)?;
            }
            if stored.filters_equal(&job) {
                // Most changes touch the text, not what the filters index: an UPDATE that
                // leaves the indexed columns out of its SET list leaves the four filter indexes
                // untouched (SQLite rewrites an index whose columns are set, even to the same
                // values), which is most of a delta's SQLite work.
                self.tx
                    .prepare_cached(
                        "UPDATE jobs SET seq = ?2, generation = ?3, title = ?4, occupation = ?5, \
                         employer = ?6, city = ?7, postcode = ?8, modified = ?9, data = ?10 \
                         WHERE rowid = ?1",
                    )?
                    .execute(params![
                        stored.rowid,
                        seq,
                        self.mode.generation,
                        job.title,
                        job.occupation,
                        job.employer,
                        job.city,
                        job.postcode,
                        job.modified,
                        data.get()
                    ])?;
                if self.mode.fts_live {
                    self.fts_insert(stored.rowid)?;
                }
                self.stats.applied += 1;
                return Ok(());
            }
        }
        // One statement for new and changed ads; a changed ad keeps its rowid and the sync run
        // that first brought it (alerts only count jobs new to the device).
        self.tx
            .prepare_cached(
                "INSERT INTO jobs (id, seq, generation, first_seen_run, title, occupation, field, \
                 employer, municipality_id, city, postcode, lat, lon, working_time, offer_type, \
                 published, modified, data) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) \
                 ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, generation = excluded.generation, \
                 title = excluded.title, occupation = excluded.occupation, field = excluded.field, \
                 employer = excluded.employer, municipality_id = excluded.municipality_id, \
                 city = excluded.city, postcode = excluded.postcode, lat = excluded.lat, \
                 lon = excluded.lon, working_time = excluded.working_time, \
                 offer_type = excluded.offer_type, published = excluded.published, \
                 modified = excluded.modified, data = excluded.data",
            )?
            .execute(params![
                job.id,
                seq,
                self.mode.generation,
                self.mode.run_id,
                job.title,
                job.occupation,
                job.field,
                job.employer,
                job.municipality_id,
                job.city,
                job.postcode,
                job.lat,
                job.lon,
                working_time_mask(&job.working_time),
                offer_type_str(job.offer_type),
                job.published,
                job.modified,
                data.get()
            ])?;
        let rowid = match existing {
            Some(stored) => stored.rowid,
            None => {
                self.stats.jobs_added += 1;
                self.tx.last_insert_rowid()
            }
        };
        if self.mode.fts_live {
            self.fts_insert(rowid)?;
        }
        self.stats.applied += 1;
        Ok(())
    }

    fn delete(&mut self, kind: &str, id: &str, seq: i64) -> Result<()> {
        if kind == "job" && self.mode.refill {
            return Ok(());
        }
        if kind == "job" {
            let existing: Option<(i64, i64)> = self
                .tx
                .prepare_cached("SELECT rowid, seq FROM jobs WHERE id = ?1")?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((rowid, stored)) = existing {
                if stored < seq {
                    if self.mode.fts_live {
                        self.fts_delete(rowid)?;
                    }
                    self.tx
                        .prepare_cached("DELETE FROM jobs WHERE rowid = ?1")?
                        .execute([rowid])?;
                    self.stats.applied += 1;
                }
            }
        } else {
            let n = self
                .tx
                .prepare_cached("DELETE FROM content WHERE kind = ?1 AND id = ?2 AND seq < ?3")?
                .execute(params![kind, id, seq])?;
            self.stats.applied += n as u64;
        }
        Ok(())
    }
}

/// Deletes every row a completed pull from no cursor did not see (older generation).
pub fn sweep(tx: &Transaction<'_>, generation: i64, fts_live: bool) -> Result<u64> {
    if fts_live {
        tx.execute(
            "INSERT INTO jobs_fts (jobs_fts, rowid, title, occupation, employer, city) \
             SELECT 'delete', rowid, title, occupation, employer, city FROM jobs WHERE generation < ?1",
            [generation],
        )?;
    }
    let jobs = tx.execute("DELETE FROM jobs WHERE generation < ?1", [generation])?;
    let content = tx.execute("DELETE FROM content WHERE generation < ?1", [generation])?;
    Ok((jobs + content) as u64)
}

/// Splits a byte stream into lines, keeping a partial last line until its newline arrives.
#[derive(Default)]
pub struct LineBuffer {
    buf: Vec<u8>,
}

impl LineBuffer {
    /// Feeds a chunk; calls `f` for every complete line (without its newline). Stops at the
    /// first `Some` from `f` and returns it.
    pub fn feed<T>(
        &mut self,
        chunk: &[u8],
        mut f: impl FnMut(&[u8]) -> Result<Option<T>>,
    ) -> Result<Option<T>> {
        let mut rest = chunk;
        while let Some(pos) = rest.iter().position(|b| *b == b'\n') {
            let (head, tail) = rest.split_at(pos);
            rest = &tail[1..];
            let out = if self.buf.is_empty() {
                f(head)?
            } else {
                self.buf.extend_from_slice(head);
                let line = std::mem::take(&mut self.buf);
                let out = f(&line)?;
                self.buf = line;
                self.buf.clear();
                out
            };
            if out.is_some() {
                return Ok(out);
            }
        }
        self.buf.extend_from_slice(rest);
        Ok(None)
    }

    /// The unfinished last line, if any (a body may end without a newline).
    pub fn rest(&self) -> &[u8] {
        &self.buf
    }
}
