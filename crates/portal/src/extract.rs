//! Extractors whose rejections are the JSON `ApiError` shape (axum's own are plain text):
//! strict JSON bodies, strict queries and the bearer token.

use crate::error::PortalError;
use crate::sessions::Liveness;
use crate::AppState;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;
use welcome_protocol::ApiErrorCode;

/// A JSON body parsed strictly: not sent as `application/json` is a 415, too large a 413,
/// anything unparsable (or with unknown fields) a 400.
pub struct JsonBody<T>(pub T);

/// `application/json`, with or without parameters (`; charset=utf-8`).
fn is_json(req: &Request) -> bool {
    req.headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = PortalError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json(&req) {
            return Err(
                PortalError::bad_request("the body must be sent as application/json")
                    .with_status(StatusCode::UNSUPPORTED_MEDIA_TYPE),
            );
        }
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|r| {
                if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    PortalError::new(ApiErrorCode::TooLarge, "request body too large")
                } else {
                    PortalError::bad_request(r.body_text())
                }
            })?;
        serde_json::from_slice(&bytes)
            .map(JsonBody)
            .map_err(|e| PortalError::bad_request(format!("invalid JSON body: {e}")))
    }
}

/// A query string parsed strictly (unknown parameters are a 400).
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = PortalError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Query::<T>::try_from_uri(&parts.uri)
            .map(|q| ApiQuery(q.0))
            .map_err(|e| PortalError::bad_request(format!("invalid query: {}", e.body_text())))
    }
}

/// The user behind a valid bearer token of a live session.
pub struct AuthUser {
    pub user_id: String,
    pub email: String,
    pub token_hash: String,
    /// The public id of the token's session.
    pub session_id: String,
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = PortalError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty() && t.len() <= 256)
            .ok_or_else(PortalError::unauthorized)?;
        let hash = crate::auth::token_hash(token);
        let store = state.store.clone();
        let lifetimes = state.accounts.sessions;
        let h = hash.clone();
        let found = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
            let Some(row) = store.session_by_token(&h)? else {
                return Ok(None);
            };
            let now = crate::limits::now_ms();
            match lifetimes.liveness(&row, now) {
                Liveness::Expired => {
                    // Gone for good: the same 401 as a revoked token.
                    store.delete_session(&h)?;
                    Ok(None)
                }
                Liveness::Live { touch } => {
                    if touch {
                        store.touch_session(&row.id, now)?;
                    }
                    Ok(Some(row))
                }
            }
        })
        .await
        .map_err(PortalError::internal)??;
        let row = found.ok_or_else(PortalError::unauthorized)?;
        Ok(AuthUser {
            user_id: row.user_id,
            email: row.email,
            token_hash: hash,
            session_id: row.id,
        })
    }
}
