//! Saved jobs: a `saved_job` user-data record per job (record id = the ad's id) that carries its
//! own copy of the ad, so it outlives the ad on the portal.
//!
//! Fields: `summary` (JobSummary), `detail` (JobDetail or null while it could not be fetched),
//! `saved_at`, `gone_at` (when the portal answered 404 for the ad), and the user's `note`.
//! Whether the ad has expired is worked out on each device: the portal said 404, or the job is
//! no longer among the synced jobs.

use crate::{Error, Result};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use serde_json::{Map, Value};
use welcome_protocol::content::{JobDetail, JobSummary};

/// A saved job as the app lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SavedJob {
    pub id: String,
    pub summary: JobSummary,
    /// The full ad; `None` when it was saved offline and not fetched yet.
    pub detail: Option<JobDetail>,
    pub saved_at: Option<DateTime<Utc>>,
    pub note: Option<String>,
    /// A concurrent edit of the note on another device, kept for the user to merge.
    pub note_conflict: Option<String>,
    /// The ad is gone from the portal; this copy is all that is left.
    pub expired: bool,
}

/// The stored summary of a synced job.
pub(crate) fn synced_summary(conn: &Connection, id: &str) -> Result<Option<JobSummary>> {
    let data: Option<String> = conn
        .query_row("SELECT data FROM jobs WHERE id = ?1", [id], |r| r.get(0))
        .optional()?;
    data.map(|d| {
        serde_json::from_str(&d).map_err(|e| Error::BadResponse(format!("stored job: {e}")))
    })
    .transpose()
}

/// The detail cached by the sync when the job was opened, if any.
pub(crate) fn cached_detail(conn: &Connection, id: &str) -> Result<Option<JobDetail>> {
    let data: Option<String> = conn
        .query_row("SELECT data FROM job_details WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(data.and_then(|d| serde_json::from_str(&d).ok()))
}

/// True while the job is among the synced jobs.
pub(crate) fn is_synced(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .query_row("SELECT 1 FROM jobs WHERE id = ?1", [id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The fields written when a job is saved (a note already on the record is kept, since only
/// these fields are set).
pub(crate) fn fields_for(
    summary: &JobSummary,
    detail: Option<&JobDetail>,
    gone: bool,
    now: DateTime<Utc>,
) -> Map<String, Value> {
    let mut f = Map::new();
    f.insert(
        "summary".into(),
        serde_json::to_value(summary).unwrap_or(Value::Null),
    );
    if let Some(d) = detail {
        f.insert(
            "detail".into(),
            serde_json::to_value(d).unwrap_or(Value::Null),
        );
    }
    f.insert("saved_at".into(), Value::String(now.to_rfc3339()));
    if gone {
        f.insert("gone_at".into(), Value::String(now.to_rfc3339()));
    }
    f
}

/// Reads a record; `None` for one without a readable summary (skipped, not an error).
pub(crate) fn from_record(
    record_id: &str,
    fields: &Map<String, Value>,
    conflicts: &Map<String, Value>,
    synced: bool,
) -> Option<SavedJob> {
    let detail: Option<JobDetail> = fields
        .get("detail")
        .filter(|v| !v.is_null())
        .and_then(|v| serde_json::from_value(v.clone()).ok());
    let summary: JobSummary = fields
        .get("summary")
        .and_then(|v| serde_json::from_value(v.clone()).ok())
        .or_else(|| detail.as_ref().map(|d| d.summary.clone()))?;
    let text =
        |m: &Map<String, Value>, k: &str| m.get(k).and_then(Value::as_str).map(str::to_owned);
    let gone = fields.get("gone_at").is_some_and(|v| !v.is_null());
    Some(SavedJob {
        id: record_id.to_owned(),
        summary,
        detail,
        saved_at: text(fields, "saved_at")
            .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
            .map(|t| t.with_timezone(&Utc)),
        note: text(fields, "note"),
        note_conflict: text(conflicts, "note").or_else(|| text(fields, "note_conflict")),
        expired: gone || !synced,
    })
}
