//! Jobs: offline search, saved jobs that outlive the ad, saved searches and alerts.
//!
//! Everything here reads the jobs the sync brought to the device; nothing needs the network
//! except fetching a job's full ad when it is saved.

pub mod advice;
pub mod alerts;
mod companion;
pub mod detail;
pub mod query;
pub mod saved;
pub mod search;
pub mod searches;

pub use alerts::{alert_body, alert_title, Alert};
pub use query::{JobQuery, JobSort, Place, Radius};
pub use saved::SavedJob;
pub use search::{JobHit, JobPage};
pub use searches::SavedSearch;

use crate::store::Store;
use crate::{Error, Result};
use chrono::Utc;
use welcome_protocol::content::{JobDetail, JobSummary};
use welcome_protocol::user_data::Collection;

/// Searches the jobs on this device.
pub fn search(store: &Store, query: &JobQuery) -> Result<JobPage> {
    store.read(|conn| search::search(conn, query))
}

/// Runs after every successful sync (called by `Companion::sync_now` with the sync's run id):
/// raises one alert per saved search for the jobs this run (or earlier unchecked runs) brought
/// to the device. Checkpoints and alerts are written in one transaction.
pub fn after_sync(store: &Store, run_id: i64) -> Result<()> {
    let searches = saved_searches(store)?;
    let raised = store.write(|tx| alerts::check_searches(tx, &searches, run_id))?;
    if !raised.is_empty() {
        tracing::info!(run_id, alerts = raised.len(), "job alerts raised");
    }
    Ok(())
}

/// The saved searches, oldest first (records this build cannot read are skipped).
pub fn saved_searches(store: &Store) -> Result<Vec<SavedSearch>> {
    let mut out: Vec<SavedSearch> = store
        .user_data()
        .list(Collection::SavedSearch)?
        .iter()
        .filter_map(|r| SavedSearch::from_fields(&r.record_id, &r.fields))
        .collect();
    out.sort_by(|a, b| {
        a.created_at
            .cmp(&b.created_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    Ok(out)
}

/// Saves a search as a job alert. It starts from the jobs on the device now: only jobs later
/// syncs bring raise alerts.
pub fn save_search(store: &Store, name: &str, query: &JobQuery) -> Result<SavedSearch> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > searches::MAX_NAME_CHARS {
        return Err(Error::invalid(
            "error-jobs-search-name",
            &[("max", searches::MAX_NAME_CHARS.to_string())],
        ));
    }
    // Runs the query once, so a query that cannot work (unknown place, bad radius) is refused
    // now rather than silently never alerting.
    let probe = JobQuery {
        limit: 1,
        offset: 0,
        ..query.clone()
    };
    search(store, &probe)?;
    let id = searches::new_search_id();
    store.write(|tx| {
        let run = alerts::current_run(tx)?;
        alerts::set_checked(tx, &id, run)
    })?;
    let now = Utc::now();
    store.user_data().put_fields(
        Collection::SavedSearch,
        &id,
        SavedSearch::to_fields(name, query, now),
    )?;
    Ok(SavedSearch {
        id,
        name: name.to_owned(),
        query: JobQuery {
            limit: 0,
            offset: 0,
            ..query.clone()
        },
        created_at: Some(now),
    })
}

/// Deletes a saved search everywhere (its past alerts stay in this device's inbox).
pub fn delete_search(store: &Store, id: &str) -> Result<()> {
    store.user_data().delete(Collection::SavedSearch, id)?;
    store.write(|tx| alerts::forget(tx, id))
}

/// The alert inbox of this device, newest first.
pub fn alerts(store: &Store, unread_only: bool) -> Result<Vec<Alert>> {
    store.read(|conn| alerts::list(conn, unread_only))
}

pub fn mark_alert_read(store: &Store, id: i64) -> Result<()> {
    store.write(|tx| alerts::mark_read(tx, id))
}

/// Marks every alert read; returns how many were unread.
pub fn mark_all_read(store: &Store) -> Result<u64> {
    store.write(|tx| alerts::mark_all_read(tx))
}

/// The alerts not yet shown as a desktop notification on this device, now marked as shown.
pub fn take_unnotified(store: &Store) -> Result<Vec<Alert>> {
    store.write(|tx| alerts::take_unnotified(tx))
}

/// The saved jobs, most recently saved first, each marked expired when its ad is gone.
pub fn saved_jobs(store: &Store) -> Result<Vec<SavedJob>> {
    let records = store.user_data().list(Collection::SavedJob)?;
    let mut out = store.read(|conn| {
        let mut out = Vec::new();
        for r in &records {
            let synced = saved::is_synced(conn, &r.record_id)?;
            if let Some(job) = saved::from_record(&r.record_id, &r.fields, &r.conflicts, synced) {
                out.push(job);
            }
        }
        Ok(out)
    })?;
    out.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then_with(|| a.id.cmp(&b.id)));
    Ok(out)
}

/// One saved job, if saved.
pub fn saved_job(store: &Store, id: &str) -> Result<Option<SavedJob>> {
    let Some(r) = store.user_data().get(Collection::SavedJob, id)? else {
        return Ok(None);
    };
    let synced = store.read(|conn| saved::is_synced(conn, id))?;
    Ok(saved::from_record(
        &r.record_id,
        &r.fields,
        &r.conflicts,
        synced,
    ))
}

/// What asking the portal for a job's full ad gave.
#[derive(Debug, Clone)]
pub enum DetailFetch {
    Fetched(Box<JobDetail>),
    /// The portal answered 404: the ad has expired.
    Gone,
    /// Offline or the portal failed: try again later.
    Unavailable,
}

/// Saves a job with the best copy of its ad there is: the fetched detail, else one cached
/// earlier, else the synced summary (the detail follows when it can be fetched). Fails with
/// [`Error::NotFound`] for a job this device has never seen.
pub fn save_job(store: &Store, id: &str, fetched: DetailFetch) -> Result<SavedJob> {
    let (summary, cached) = store.read(|conn| {
        Ok((
            saved::synced_summary(conn, id)?,
            saved::cached_detail(conn, id)?,
        ))
    })?;
    let existing = store.user_data().get(Collection::SavedJob, id)?;
    let existing_detail: Option<JobDetail> = existing
        .as_ref()
        .and_then(|r| r.fields.get("detail"))
        .filter(|v| !v.is_null())
        .and_then(|v| serde_json::from_value(v.clone()).ok());
    let (detail, gone) = match fetched {
        DetailFetch::Fetched(d) => (Some(*d), false),
        DetailFetch::Gone => (cached.or(existing_detail), true),
        DetailFetch::Unavailable => (cached.or(existing_detail), false),
    };
    let existing_summary: Option<JobSummary> = existing
        .as_ref()
        .and_then(|r| r.fields.get("summary"))
        .and_then(|v| serde_json::from_value(v.clone()).ok());
    let summary = detail
        .as_ref()
        .map(|d| d.summary.clone())
        .or(summary)
        .or(existing_summary)
        .ok_or_else(|| Error::NotFound {
            what: format!("job {id}"),
        })?;
    let mut fields = saved::fields_for(&summary, detail.as_ref(), gone, Utc::now());
    if existing.is_some() {
        // Saving again refreshes the copy but keeps when it was first saved.
        fields.remove("saved_at");
    }
    store
        .user_data()
        .put_fields(Collection::SavedJob, id, fields)?;
    saved_job(store, id)?.ok_or_else(|| Error::NotFound {
        what: format!("job {id}"),
    })
}

/// Sets the user's note on a saved job (an empty text clears it). A note edited on two devices
/// at once keeps both versions (`note_conflict`); saving the note again resolves it.
pub fn set_saved_job_note(store: &Store, id: &str, note: &str) -> Result<SavedJob> {
    if store.user_data().get(Collection::SavedJob, id)?.is_none() {
        return Err(Error::NotFound {
            what: format!("saved job {id}"),
        });
    }
    let note = note.trim();
    let mut fields = serde_json::Map::new();
    let value = if note.is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::Value::String(note.to_owned())
    };
    fields.insert("note".into(), value);
    store
        .user_data()
        .put_fields(Collection::SavedJob, id, fields)?;
    saved_job(store, id)?.ok_or_else(|| Error::NotFound {
        what: format!("saved job {id}"),
    })
}

/// Removes a saved job (and its note) everywhere.
pub fn unsave_job(store: &Store, id: &str) -> Result<()> {
    store.user_data().delete(Collection::SavedJob, id)
}

#[cfg(test)]
mod tests;
