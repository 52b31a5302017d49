//! A job's full ad: fetched from the portal (`Companion::fetch_job_detail`), else the copy on
//! this device (the details cache or a saved job's own copy).

use super::{saved, DetailFetch};
use crate::store::Store;
use crate::{Error, Result};
use serde_json::{Map, Value};
use welcome_protocol::content::JobDetail;
use welcome_protocol::error::ApiErrorCode;
use welcome_protocol::user_data::Collection;

/// Sorts a fetch's outcome for saving: a 404 means the ad is gone; any other failure only
/// means "not now".
pub fn outcome(result: Result<JobDetail>) -> DetailFetch {
    match result {
        Ok(d) => DetailFetch::Fetched(Box::new(d)),
        Err(e) if is_gone(&e) => DetailFetch::Gone,
        Err(e) => {
            tracing::info!(error = %e, "job detail not fetched; saving the local copy");
            DetailFetch::Unavailable
        }
    }
}

/// True for the answers that mean the ad has expired.
pub(crate) fn is_gone(e: &Error) -> bool {
    matches!(
        e,
        Error::NotFound { .. }
            | Error::Portal {
                code: ApiErrorCode::NotFound,
                ..
            }
    )
}

/// The copy of an ad kept on this device: the saved job's own, else the details cache.
pub fn local_copy(store: &Store, id: &str) -> Result<Option<JobDetail>> {
    let saved_copy = store
        .user_data()
        .get(Collection::SavedJob, id)?
        .and_then(|r| r.fields.get("detail").cloned())
        .filter(|v| !v.is_null())
        .and_then(|v| serde_json::from_value(v).ok());
    match saved_copy {
        Some(d) => Ok(Some(d)),
        None => store.read(|conn| saved::cached_detail(conn, id)),
    }
}

/// What a fetch answered, settled against the copies on this device: a fresh ad is kept in a
/// saved job that lacked it; a 404 marks a saved job expired and shows its copy; offline, the
/// local copy is shown. Errors only when there is nothing to show.
pub fn settle(store: &Store, id: &str, fetched: Result<JobDetail>) -> Result<JobDetail> {
    let saved_record = store.user_data().get(Collection::SavedJob, id)?;
    match fetched {
        Ok(detail) => {
            if let Some(r) = &saved_record {
                if r.fields.get("detail").is_none_or(Value::is_null) {
                    let mut f = Map::new();
                    f.insert(
                        "detail".into(),
                        serde_json::to_value(&detail).unwrap_or(Value::Null),
                    );
                    store.user_data().put_fields(Collection::SavedJob, id, f)?;
                }
            }
            Ok(detail)
        }
        Err(e) => {
            if is_gone(&e) {
                if let Some(r) = &saved_record {
                    if r.fields.get("gone_at").is_none_or(Value::is_null) {
                        let mut f = Map::new();
                        f.insert(
                            "gone_at".into(),
                            Value::String(chrono::Utc::now().to_rfc3339()),
                        );
                        store.user_data().put_fields(Collection::SavedJob, id, f)?;
                    }
                }
            }
            match local_copy(store, id)? {
                Some(copy) => Ok(copy),
                None => Err(e),
            }
        }
    }
}
