//! The portal's one error type: every failure leaves the server as a JSON `ApiError` with a
//! fitting status, so clients never have to parse plain-text rejections.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use welcome_protocol::{ApiError, ApiErrorCode};

/// An error answered to a client.
#[derive(Debug, thiserror::Error)]
#[error("{code:?}: {message}")]
pub struct PortalError {
    pub code: ApiErrorCode,
    pub message: String,
    /// Set where HTTP has a more exact status than the code's own (405, 415).
    status: Option<StatusCode>,
    /// Seconds the client should wait before trying again (`Retry-After`), for 429 answers.
    pub retry_after: Option<u64>,
}

impl PortalError {
    pub fn new(code: ApiErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            status: None,
            retry_after: None,
        }
    }
    /// A 429: try again in `wait`, rounded up to whole seconds (at least one, so a client
    /// never retries at once).
    pub fn rate_limited(m: impl Into<String>, wait: std::time::Duration) -> Self {
        let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
        Self {
            retry_after: Some(secs.max(1)),
            ..Self::new(ApiErrorCode::RateLimited, m)
        }
    }
    /// The same error answered with another status; the code stays what clients branch on.
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.status = Some(status);
        self
    }
    pub fn bad_request(m: impl Into<String>) -> Self {
        Self::new(ApiErrorCode::BadRequest, m)
    }
    pub fn invalid(m: impl Into<String>) -> Self {
        Self::new(ApiErrorCode::Invalid, m)
    }
    pub fn unauthorized() -> Self {
        Self::new(
            ApiErrorCode::Unauthorized,
            "missing, unknown or revoked bearer token",
        )
    }
    pub fn not_found(m: impl Into<String>) -> Self {
        Self::new(ApiErrorCode::NotFound, m)
    }
    pub fn resync(m: impl Into<String>) -> Self {
        Self::new(ApiErrorCode::ResyncRequired, m)
    }
    pub fn internal(e: impl std::fmt::Display) -> Self {
        tracing::error!("internal error: {e}");
        Self::new(ApiErrorCode::Internal, "internal error")
    }

    pub fn status(&self) -> StatusCode {
        if let Some(status) = self.status {
            return status;
        }
        match self.code {
            ApiErrorCode::BadRequest => StatusCode::BAD_REQUEST,
            ApiErrorCode::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
            ApiErrorCode::Unauthorized | ApiErrorCode::BadCredentials => StatusCode::UNAUTHORIZED,
            ApiErrorCode::Forbidden => StatusCode::FORBIDDEN,
            ApiErrorCode::Conflict => StatusCode::CONFLICT,
            ApiErrorCode::NotFound => StatusCode::NOT_FOUND,
            ApiErrorCode::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiErrorCode::ResyncRequired => StatusCode::CONFLICT,
            ApiErrorCode::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn to_api(&self) -> ApiError {
        ApiError::new(self.code, self.message.clone())
    }
}

impl From<rusqlite::Error> for PortalError {
    fn from(e: rusqlite::Error) -> Self {
        Self::internal(e)
    }
}

impl From<anyhow::Error> for PortalError {
    fn from(e: anyhow::Error) -> Self {
        Self::internal(e)
    }
}

impl IntoResponse for PortalError {
    fn into_response(self) -> Response {
        let status = self.status();
        let mut resp = (status, Json(self.to_api())).into_response();
        // A resync answer must never be cached, or a client would loop on a stale 409.
        resp.headers_mut().insert(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("no-store"),
        );
        if let Some(secs) = self.retry_after {
            resp.headers_mut()
                .insert(axum::http::header::RETRY_AFTER, secs.into());
        }
        resp
    }
}

pub type ApiResult<T> = Result<T, PortalError>;
