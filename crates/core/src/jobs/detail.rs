//! Fetching a job's full ad from the portal (`GET /v1/jobs/{id}`), for saving it.

use super::DetailFetch;
use crate::{Error, Result};
use welcome_protocol::content::JobDetail;
use welcome_protocol::error::{ApiError, ApiErrorCode};

/// The full ad; [`Error::NotFound`] once the ad has expired (404).
pub async fn fetch(client: &reqwest::Client, portal_url: &str, id: &str) -> Result<JobDetail> {
    let mut url = reqwest::Url::parse(portal_url.trim_end_matches('/'))
        .map_err(|e| Error::Network(format!("portal address: {e}")))?;
    // Path segments are escaped by the URL type: an id can never reach another route.
    url.path_segments_mut()
        .map_err(|()| Error::Network("portal address cannot take a path".into()))?
        .pop_if_empty()
        .extend(["v1", "jobs", id]);
    let response = client
        .get(url)
        .send()
        .await
        .map_err(|e| Error::Network(e.to_string()))?;
    let status = response.status();
    if status == reqwest::StatusCode::NOT_FOUND {
        return Err(Error::NotFound { what: format!("job {id}") });
    }
    let body = response.bytes().await.map_err(|e| Error::Network(e.to_string()))?;
    if !status.is_success() {
        let api: ApiError = serde_json::from_slice(&body)
            .unwrap_or_else(|_| ApiError::new(ApiErrorCode::Internal, String::from_utf8_lossy(&body)));
        return Err(Error::Portal {
            status: status.as_u16(),
            code: api.code,
            message: api.message,
        });
    }
    let detail: JobDetail =
        serde_json::from_slice(&body).map_err(|e| Error::BadResponse(format!("job detail: {e}")))?;
    if detail.summary.id != id {
        return Err(Error::BadResponse(format!("asked for job {id}, got {}", detail.summary.id)));
    }
    Ok(detail)
}

/// Sorts a fetch's outcome for saving: a 404 means the ad is gone; any other failure only
/// means "not now".
pub fn outcome(result: Result<JobDetail>) -> DetailFetch {
    match result {
        Ok(d) => DetailFetch::Fetched(Box::new(d)),
        Err(Error::NotFound { .. })
        | Err(Error::Portal {
            code: ApiErrorCode::NotFound,
            ..
        }) => DetailFetch::Gone,
        Err(e) => {
            tracing::info!(error = %e, "job detail not fetched; saving the summary");
            DetailFetch::Unavailable
        }
    }
}
