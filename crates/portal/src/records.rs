//! Turns protocol entities into stored rows: serialised once here, streamed as-is later.

use crate::store::ContentRow;
use welcome_protocol::{Entity, JobDetail};

/// The stored row of any non-job entity (jobs go through [`job_row`] to keep their detail).
pub fn entity_row(entity: &Entity) -> anyhow::Result<ContentRow> {
    let data = serde_json::to_value(entity)?;
    let payload = serde_json::to_string(&data["data"])?;
    Ok(ContentRow {
        kind: entity.kind().as_str(),
        id: entity.id().to_owned(),
        payload,
        detail: None,
        municipality_id: None,
        lat: None,
        lon: None,
        field: None,
    })
}

/// A job's row: the summary is the feed payload, the detail is served by `/v1/jobs/{id}`.
pub fn job_row(job: &JobDetail) -> anyhow::Result<ContentRow> {
    let s = &job.summary;
    Ok(ContentRow {
        kind: "job",
        id: s.id.clone(),
        payload: serde_json::to_string(s)?,
        detail: Some(serde_json::to_string(job)?),
        municipality_id: s.municipality_id.clone(),
        lat: Some(s.lat),
        lon: Some(s.lon),
        field: Some(s.field.clone()),
    })
}
