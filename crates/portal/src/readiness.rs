//! Readiness (`GET /v1/ready`), for load balancers and service managers, beside liveness
//! (`GET /v1/health`).
//!
//! The two answer different questions. Health says the process serves HTTP; a load balancer
//! that restarted a portal on a failed health check would restart it for a database outage it
//! cannot fix. Readiness says whether to send this process traffic: it fails while the database
//! does not answer and while the portal drains before a shutdown, and the load balancer routes
//! around it. Content needs no check of its own: the portal loads it before it listens, so any
//! process that answers at all has its content.

use crate::error::PortalError;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use schemars::JsonSchema;
use serde::Serialize;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use welcome_protocol::ApiErrorCode;

/// How long the database may take to answer before the portal calls itself not ready: a load
/// balancer's check times out after a few seconds, and a slower answer means no capacity.
const DATABASE_TIMEOUT: Duration = Duration::from_secs(2);

/// Whether the portal is shutting down; shared by the handler and the shutdown sequence.
#[derive(Debug, Default)]
pub struct Readiness {
    draining: AtomicBool,
}

impl Readiness {
    /// From now on readiness answers 503 (the process goes on serving what it is sent).
    pub fn start_draining(&self) {
        self.draining.store(true, Ordering::SeqCst);
    }

    pub fn is_draining(&self) -> bool {
        self.draining.load(Ordering::SeqCst)
    }
}

/// The answer of a ready portal.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ReadyResponse {
    /// Always `ready`.
    pub status: ReadyStatus,
    /// The database's epoch, as in `/v1/health` (it changes after a restore).
    pub epoch: String,
}

#[derive(Debug, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReadyStatus {
    Ready,
}

fn unavailable(message: impl Into<String>) -> PortalError {
    PortalError::new(ApiErrorCode::Internal, message).with_status(StatusCode::SERVICE_UNAVAILABLE)
}

pub async fn ready(State(state): State<AppState>) -> Result<Json<ReadyResponse>, PortalError> {
    if state.readiness.is_draining() {
        return Err(unavailable("shutting down"));
    }
    let store = state.store.clone();
    let read = tokio::time::timeout(
        DATABASE_TIMEOUT,
        tokio::task::spawn_blocking(move || store.feed_meta()),
    )
    .await;
    match read {
        Ok(Ok(Ok(meta))) => Ok(Json(ReadyResponse {
            status: ReadyStatus::Ready,
            epoch: meta.epoch,
        })),
        Ok(Ok(Err(e))) => {
            tracing::warn!("not ready: the database failed: {e:#}");
            Err(unavailable("the database does not answer"))
        }
        Ok(Err(e)) => {
            tracing::warn!("not ready: {e}");
            Err(unavailable("the database does not answer"))
        }
        Err(_) => {
            tracing::warn!("not ready: the database took over {DATABASE_TIMEOUT:?}");
            Err(unavailable("the database does not answer in time"))
        }
    }
}
