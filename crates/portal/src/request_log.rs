//! One log line per request: method, route, status and latency, as fields (so the JSON log
//! format gives a collector something to count and alert on).
//!
//! The route is the matched template (`/v1/jobs/{id}`), not the request's path and never its
//! query: queries carry cursors and scopes nobody needs in a log, and grouping by template is
//! what a dashboard wants. Headers, where tokens travel, and bodies, where passwords do, are
//! never read here. The latency is until the answer's head is ready; a feed page's body streams
//! after it.

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;

/// The target of these lines, so `RUST_LOG=welcome_portal::request=off` silences them alone.
pub const TARGET: &str = "welcome_portal::request";

/// Middleware for `Router::layer`: layers added there run after routing, so the matched route
/// is known (unmatched requests log the route `-`).
pub async fn log_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "-".to_owned(), |p| p.as_str().to_owned());
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let latency_ms = started.elapsed().as_secs_f64() * 1000.0;
    let latency_ms = (latency_ms * 1000.0).round() / 1000.0;
    if status >= 500 {
        tracing::warn!(target: TARGET, method = %method, route, status, latency_ms, "request");
    } else {
        tracing::info!(target: TARGET, method = %method, route, status, latency_ms, "request");
    }
    response
}
