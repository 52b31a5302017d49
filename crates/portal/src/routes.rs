//! The API's routes: one table that builds the router and the OpenAPI document, so the two
//! cannot drift.

use crate::error::{ApiResult, PortalError};
use crate::extract::{ApiQuery, AuthUser, JsonBody};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, Method};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, MethodRouter};
use axum::Json;
use serde_json::json;
use welcome_protocol::{
    Collection, Cursor, FieldValue, MutationBatch, UserFeedLine, UserFeedQuery,
    MAX_MUTATIONS_PER_BATCH, NDJSON,
};

/// One route of the API.
pub struct RouteSpec {
    pub method: Method,
    pub path: &'static str,
    pub summary: &'static str,
    /// Needs `Authorization: Bearer <token>`.
    pub auth: bool,
    /// Media type of the success answer.
    pub produces: &'static str,
    /// Status of the success answer.
    pub success: u16,
    /// Schema name of the request body, if any.
    pub request: Option<&'static str>,
    pub handler: fn() -> MethodRouter<AppState>,
}

const JSON: &str = "application/json";

pub const ROUTES: &[RouteSpec] = &[
    RouteSpec {
        method: Method::GET,
        path: "/v1/openapi.json",
        summary: "This API as an OpenAPI 3 document",
        auth: false,
        produces: JSON,
        success: 200,
        request: None,
        handler: || get(crate::openapi::serve),
    },
    RouteSpec {
        method: Method::GET,
        path: "/v1/health",
        summary: "Liveness, API version and the database epoch",
        auth: false,
        produces: JSON,
        success: 200,
        request: None,
        handler: || get(health),
    },
    RouteSpec {
        method: Method::GET,
        path: "/v1/feed",
        summary: "The content change feed (NDJSON of FeedLine, closed by one end line)",
        auth: false,
        produces: NDJSON,
        success: 200,
        request: None,
        handler: || get(crate::feed::content_feed),
    },
    RouteSpec {
        method: Method::GET,
        path: "/v1/jobs/{id}",
        summary: "A job's full ad (JobDetail); 404 once it expired",
        auth: false,
        produces: JSON,
        success: 200,
        request: None,
        handler: || get(job_detail),
    },
    RouteSpec {
        method: Method::POST,
        path: "/v1/accounts",
        summary: "Register an account",
        auth: false,
        produces: JSON,
        success: 201,
        request: Some("RegisterRequest"),
        handler: || post(crate::accounts::register),
    },
    RouteSpec {
        method: Method::POST,
        path: "/v1/sessions",
        summary: "Log in: a bearer token",
        auth: false,
        produces: JSON,
        success: 200,
        request: Some("LoginRequest"),
        handler: || post(crate::accounts::login),
    },
    RouteSpec {
        method: Method::DELETE,
        path: "/v1/sessions/current",
        summary: "Log out: revoke the bearer token",
        auth: true,
        produces: JSON,
        success: 204,
        request: None,
        handler: || delete(crate::accounts::logout),
    },
    RouteSpec {
        method: Method::GET,
        path: "/v1/me/sessions",
        summary: "The user's live sessions (SessionList), most recently used first",
        auth: true,
        produces: JSON,
        success: 200,
        request: None,
        handler: || get(crate::sessions::list),
    },
    RouteSpec {
        method: Method::DELETE,
        path: "/v1/me/sessions/{id}",
        summary: "Revoke one of the user's own sessions",
        auth: true,
        produces: JSON,
        success: 204,
        request: None,
        handler: || delete(crate::sessions::revoke),
    },
    RouteSpec {
        method: Method::POST,
        path: "/v1/me/mutations",
        summary: "Push a batch of the user's changes",
        auth: true,
        produces: JSON,
        success: 200,
        request: Some("MutationBatch"),
        handler: || post(push_mutations),
    },
    RouteSpec {
        method: Method::GET,
        path: "/v1/me/feed",
        summary: "The user's own data as a change feed (NDJSON of UserFeedLine)",
        auth: true,
        produces: NDJSON,
        success: 200,
        request: None,
        handler: || get(user_feed),
    },
];

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
) -> ApiResult<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(PortalError::internal)?
        .map_err(PortalError::from)
}

async fn health(State(state): State<AppState>) -> ApiResult<Json<serde_json::Value>> {
    let store = state.store.clone();
    let meta = blocking(move || store.feed_meta()).await?;
    Ok(Json(
        json!({"status": "ok", "api_version": welcome_protocol::API_VERSION, "epoch": meta.epoch}),
    ))
}

async fn job_detail(
    State(state): State<AppState>,
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> ApiResult<Response> {
    let Path(id) =
        id.map_err(|e| PortalError::bad_request(format!("invalid job id: {}", e.body_text())))?;
    let store = state.store.clone();
    let detail = blocking(move || store.job_detail(&id)).await?;
    let detail = detail.ok_or_else(|| PortalError::not_found("no such job (ads expire)"))?;
    Ok(([(header::CONTENT_TYPE, JSON)], detail).into_response())
}

async fn push_mutations(
    State(state): State<AppState>,
    user: AuthUser,
    JsonBody(batch): JsonBody<MutationBatch>,
) -> ApiResult<Response> {
    if batch.client_id.trim().is_empty() || batch.client_id.len() > 128 {
        return Err(PortalError::invalid("client_id must be 1 to 128 bytes"));
    }
    if batch.mutations.len() > MAX_MUTATIONS_PER_BATCH {
        return Err(PortalError::invalid(format!(
            "at most {MAX_MUTATIONS_PER_BATCH} mutations per batch"
        )));
    }
    let store = state.store.clone();
    let resp = blocking(move || store.apply_mutations(&user.user_id, &batch)).await?;
    Ok(Json(resp).into_response())
}

/// The user feed's cursor reuses the content cursor's shape with a fixed scope marker.
const USER_SCOPE: &str = "user";

async fn user_feed(
    State(state): State<AppState>,
    user: AuthUser,
    ApiQuery(q): ApiQuery<UserFeedQuery>,
) -> ApiResult<Response> {
    let limit = crate::feed::page_size(q.limit);
    let store = state.store.clone();
    let meta = blocking(move || store.feed_meta()).await?;
    let after = match q.cursor.as_deref().filter(|c| !c.is_empty()) {
        None => 0,
        Some(c) => {
            let c = Cursor::decode(c)
                .filter(|c| c.scope == USER_SCOPE)
                .ok_or_else(|| PortalError::bad_request("undecodable cursor"))?;
            if c.epoch != meta.epoch {
                return Err(PortalError::resync(
                    "cursor from another epoch: the portal was restored",
                ));
            }
            c.seq
        }
    };
    let store = state.store.clone();
    let uid = user.user_id.clone();
    let (rows, more) = blocking(move || store.user_feed_page(&uid, after, limit)).await?;
    let mut body = Vec::new();
    let mut last = after;
    for row in rows {
        last = row.seq;
        let state = crate::mutations::RecordState {
            fields: serde_json::from_str::<std::collections::BTreeMap<String, FieldValue>>(
                &row.fields,
            )
            .map_err(PortalError::internal)?,
            deleted: row.deleted.map(welcome_protocol::Hlc),
        };
        let Some(collection) = Collection::parse(&row.collection) else {
            continue;
        };
        let line = UserFeedLine::Record {
            seq: row.seq,
            collection,
            record_id: row.record_id,
            deleted: state.visible_deleted().cloned(),
            fields: state.fields,
        };
        serde_json::to_writer(&mut body, &line).map_err(PortalError::internal)?;
        body.push(b'\n');
    }
    let end = UserFeedLine::End {
        cursor: Cursor {
            epoch: meta.epoch,
            seq: last,
            scope: USER_SCOPE.into(),
        }
        .encode(),
        has_more: more,
    };
    serde_json::to_writer(&mut body, &end).map_err(PortalError::internal)?;
    body.push(b'\n');
    Ok((
        [
            (header::CONTENT_TYPE, NDJSON),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}
