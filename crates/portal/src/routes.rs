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
use schemars::{JsonSchema, Schema, SchemaGenerator};
use welcome_protocol::{
    Collection, Cursor, FeedLine, FeedQuery, FieldValue, GuideAnswer, GuideRequestInfo,
    GuideRequestList, HealthResponse, JobDetail, LoginRequest, MutationBatch,
    MutationBatchResponse, RegisterRequest, SessionList, SessionResponse, UserFeedLine,
    UserFeedQuery, MAX_MUTATIONS_PER_BATCH, NDJSON,
};

/// Makes the JSON Schema of one wire type with the document's generator (see `crate::openapi`).
pub type SchemaFn = fn(&mut SchemaGenerator) -> Schema;

/// A reference to `T`'s schema in `components/schemas` (`T` is added there).
pub fn schema<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    generator.subschema_for::<T>()
}

/// `T`'s schema itself, not a reference: for a query type, whose properties become parameters.
pub fn inline<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    T::json_schema(generator)
}

/// A path segment that is not empty (the router matches no empty segment).
fn segment(_: &mut SchemaGenerator) -> Schema {
    schemars::json_schema!({"type": "string", "minLength": 1})
}

/// What a successful answer carries.
pub enum Answer {
    /// No body (204).
    Empty,
    /// One JSON value of this schema.
    Json(SchemaFn),
    /// Newline-delimited JSON (`application/x-ndjson`): one value of this schema per line.
    Ndjson(SchemaFn),
}

/// A `{name}` segment of a route's path.
pub struct PathParam {
    pub name: &'static str,
    pub description: &'static str,
    pub schema: SchemaFn,
}

/// One route of the API: everything the router and the OpenAPI document need, in one place.
pub struct RouteSpec {
    pub method: Method,
    pub path: &'static str,
    pub summary: &'static str,
    /// Needs `Authorization: Bearer <token>` (adds a 401 answer).
    pub auth: bool,
    /// The `{name}` segments of `path`, in order (adds a 400 answer).
    pub path_params: &'static [PathParam],
    /// The query type's own schema (an object, see [`inline`]): one parameter per property
    /// (adds a 400 answer).
    pub query: Option<SchemaFn>,
    /// The JSON request body (adds 400, 413 and 415 answers).
    pub request: Option<SchemaFn>,
    /// Status of the success answer.
    pub success: u16,
    pub answer: Answer,
    /// Error answers particular to this route, with what they mean here; the ones its shape
    /// implies (above) are added by the document.
    pub errors: &'static [(u16, &'static str)],
    /// Some answers carry a strong `ETag` and `Cache-Control` (adds the `If-None-Match`
    /// parameter and a 304 answer).
    pub conditional: bool,
    pub handler: fn() -> MethodRouter<AppState>,
}

/// Any route that reads the store can fail inside.
const INTERNAL: (u16, &str) = (500, "The portal failed (`internal`); try again later.");
const RATE_LIMITED: (u16, &str) = (429, "Too many attempts (`rate_limited`); try again later.");

pub const ROUTES: &[RouteSpec] = &[
    RouteSpec {
        method: Method::GET,
        path: "/v1/openapi.json",
        summary: "This API as an OpenAPI 3.1 document",
        auth: false,
        path_params: &[],
        query: None,
        request: None,
        success: 200,
        answer: Answer::Json(schema::<crate::openapi::OpenApiDocument>),
        errors: &[],
        conditional: false,
        handler: || get(crate::openapi::serve),
    },
    RouteSpec {
        method: Method::GET,
        path: "/v1/health",
        summary: "Liveness, API version and the database epoch",
        auth: false,
        path_params: &[],
        query: None,
        request: None,
        success: 200,
        answer: Answer::Json(schema::<HealthResponse>),
        errors: &[INTERNAL],
        conditional: false,
        handler: || get(health),
    },
    RouteSpec {
        method: Method::GET,
        path: "/v1/ready",
        summary: "Readiness for a load balancer: the database answers and the portal is not \
                  shutting down",
        auth: false,
        path_params: &[],
        query: None,
        request: None,
        success: 200,
        answer: Answer::Json(schema::<crate::readiness::ReadyResponse>),
        errors: &[(
            503,
            "Not ready (`internal`): the database does not answer, or the portal is shutting \
             down; send its traffic elsewhere.",
        )],
        conditional: false,
        handler: || get(crate::readiness::ready),
    },
    RouteSpec {
        method: Method::GET,
        path: "/v1/feed",
        summary: "The content change feed (NDJSON of FeedLine, closed by one end line)",
        auth: false,
        path_params: &[],
        query: Some(inline::<FeedQuery>),
        request: None,
        success: 200,
        answer: Answer::Ndjson(schema::<FeedLine>),
        errors: &[
            (
                409,
                "`resync_required`: the cursor is compacted, from another epoch or job scope, or \
                 unreadable; pull again from no cursor.",
            ),
            INTERNAL,
        ],
        conditional: true,
        handler: || get(crate::feed::content_feed),
    },
    RouteSpec {
        method: Method::GET,
        path: "/v1/jobs/{id}",
        summary: "A job's full ad (JobDetail); 404 once it expired",
        auth: false,
        path_params: &[PathParam {
            name: "id",
            description: "The ad's reference number (`JobSummary::id`)",
            schema: segment,
        }],
        query: None,
        request: None,
        success: 200,
        answer: Answer::Json(schema::<JobDetail>),
        errors: &[(404, "`not_found`: no such job (ads expire)."), INTERNAL],
        conditional: false,
        handler: || get(job_detail),
    },
    RouteSpec {
        method: Method::POST,
        path: "/v1/accounts",
        summary: "Register an account",
        auth: false,
        path_params: &[],
        query: None,
        request: Some(schema::<RegisterRequest>),
        success: 201,
        answer: Answer::Json(schema::<SessionResponse>),
        errors: &[
            (409, "`conflict`: an account with this e-mail exists."),
            (
                422,
                "`invalid`: not an e-mail address, or a password of the wrong length.",
            ),
            RATE_LIMITED,
            INTERNAL,
        ],
        conditional: false,
        handler: || post(crate::accounts::register),
    },
    RouteSpec {
        method: Method::POST,
        path: "/v1/sessions",
        summary: "Log in: a bearer token",
        auth: false,
        path_params: &[],
        query: None,
        request: Some(schema::<LoginRequest>),
        success: 200,
        answer: Answer::Json(schema::<SessionResponse>),
        errors: &[
            (401, "`bad_credentials`: wrong e-mail or password."),
            (422, "`invalid`: a value over its length limit."),
            RATE_LIMITED,
            INTERNAL,
        ],
        conditional: false,
        handler: || post(crate::accounts::login),
    },
    RouteSpec {
        method: Method::DELETE,
        path: "/v1/sessions/current",
        summary: "Log out: revoke the bearer token",
        auth: true,
        path_params: &[],
        query: None,
        request: None,
        success: 204,
        answer: Answer::Empty,
        errors: &[INTERNAL],
        conditional: false,
        handler: || delete(crate::accounts::logout),
    },
    RouteSpec {
        method: Method::GET,
        path: "/v1/me/sessions",
        summary: "The user's live sessions (SessionList), most recently used first",
        auth: true,
        path_params: &[],
        query: None,
        request: None,
        success: 200,
        answer: Answer::Json(schema::<SessionList>),
        errors: &[INTERNAL],
        conditional: false,
        handler: || get(crate::sessions::list),
    },
    RouteSpec {
        method: Method::DELETE,
        path: "/v1/me/sessions/{id}",
        summary: "Revoke one of the user's own sessions",
        auth: true,
        path_params: &[PathParam {
            name: "id",
            description: "The session's public id (`SessionInfo::id`)",
            schema: segment,
        }],
        query: None,
        request: None,
        success: 204,
        answer: Answer::Empty,
        errors: &[
            (404, "`not_found`: no such session of this user."),
            INTERNAL,
        ],
        conditional: false,
        handler: || delete(crate::sessions::revoke),
    },
    RouteSpec {
        method: Method::POST,
        path: "/v1/me/mutations",
        summary: "Push a batch of the user's changes (a bad change is answered `rejected`)",
        auth: true,
        path_params: &[],
        query: None,
        request: Some(schema::<MutationBatch>),
        success: 200,
        answer: Answer::Json(schema::<MutationBatchResponse>),
        errors: &[
            (
                422,
                "`invalid`: a bad client_id or too many mutations; nothing was applied.",
            ),
            INTERNAL,
        ],
        conditional: false,
        handler: || post(push_mutations),
    },
    RouteSpec {
        method: Method::GET,
        path: "/v1/me/feed",
        summary: "The user's own data as a change feed (NDJSON of UserFeedLine)",
        auth: true,
        path_params: &[],
        query: Some(inline::<UserFeedQuery>),
        request: None,
        success: 200,
        answer: Answer::Ndjson(schema::<UserFeedLine>),
        errors: &[
            (
                409,
                "`resync_required`: the cursor is from another epoch or unreadable; pull again \
                 from no cursor.",
            ),
            INTERNAL,
        ],
        conditional: false,
        handler: || get(user_feed),
    },
    RouteSpec {
        method: Method::GET,
        path: "/v1/guide/requests",
        summary: "A guide account's requests: those addressed to its guide, newest first",
        auth: true,
        path_params: &[],
        query: None,
        request: None,
        success: 200,
        answer: Answer::Json(schema::<GuideRequestList>),
        errors: &[
            (403, "`forbidden`: this account is not a guide account."),
            INTERNAL,
        ],
        conditional: false,
        handler: || get(crate::guides::list),
    },
    RouteSpec {
        method: Method::POST,
        path: "/v1/guide/requests/{id}/answer",
        summary: "Answer a request addressed to the guide; the answer reaches the user through \
                  the user feed",
        auth: true,
        path_params: &[PathParam {
            name: "id",
            description: "The request's id (`GuideRequestInfo::id`)",
            schema: segment,
        }],
        query: None,
        request: Some(schema::<GuideAnswer>),
        success: 200,
        answer: Answer::Json(schema::<GuideRequestInfo>),
        errors: &[
            (403, "`forbidden`: this account is not a guide account."),
            (
                404,
                "`not_found`: no such request addressed to this guide (or it was withdrawn).",
            ),
            (409, "`conflict`: the request is answered already."),
            (
                422,
                "`invalid`: an empty answer or one over its length limit.",
            ),
            INTERNAL,
        ],
        conditional: false,
        handler: || post(crate::guides::answer),
    },
];

const JSON: &str = "application/json";

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
) -> ApiResult<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(PortalError::internal)?
        .map_err(PortalError::from)
}

async fn health(State(state): State<AppState>) -> ApiResult<Json<HealthResponse>> {
    let store = state.store.clone();
    let meta = blocking(move || store.feed_meta()).await?;
    Ok(Json(HealthResponse::ok(meta.epoch)))
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
    if !welcome_protocol::valid_client_id(&batch.client_id) {
        return Err(PortalError::invalid(
            "client_id must be 1 to 128 printable ASCII characters without spaces",
        ));
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
    let limit = crate::feed::page_size(q.limit)?;
    let cursor = match q.cursor.as_deref().filter(|c| !c.is_empty()) {
        None => None,
        Some(c) => Some(
            Cursor::decode(c)
                .filter(|c| c.scope == USER_SCOPE)
                .ok_or_else(|| PortalError::resync(crate::feed::UNREADABLE_CURSOR))?,
        ),
    };
    let store = state.store.clone();
    let uid = user.user_id.clone();
    // The cursor is checked against the bookkeeping read in the same snapshot as the rows.
    let (page, refused) = blocking(move || {
        let mut refused = None;
        let page = store.user_feed_page(
            &uid,
            &mut |meta| match &cursor {
                None => Some(0),
                Some(c) if c.epoch != meta.epoch => {
                    refused = Some("cursor from another epoch: the portal was restored");
                    None
                }
                // Ahead of every sequence handed out: made by a newer copy of this database.
                Some(c) if c.seq > meta.max_seq => {
                    refused = Some("cursor ahead of the portal: it was restored from a backup");
                    None
                }
                Some(c) => Some(c.seq),
            },
            limit,
        )?;
        Ok((page, refused))
    })
    .await?;
    let page = match (page, refused) {
        (Some(page), _) => page,
        (None, reason) => {
            return Err(PortalError::resync(
                reason.unwrap_or("the user feed cannot continue from this cursor"),
            ))
        }
    };
    let mut body = Vec::new();
    let mut last = page.after;
    for row in page.rows {
        last = row.seq;
        let Some(collection) = Collection::parse(&row.collection) else {
            continue;
        };
        let fields: std::collections::BTreeMap<String, FieldValue> =
            serde_json::from_str(&row.fields).map_err(PortalError::internal)?;
        // The tombstone's clock goes out even when fields were written after it: a device that
        // missed the delete must drop the fields older than it, or it keeps them for ever.
        let line = UserFeedLine::Record {
            seq: row.seq,
            collection,
            record_id: row.record_id,
            deleted: row.deleted.map(welcome_protocol::Hlc),
            fields,
        };
        serde_json::to_writer(&mut body, &line).map_err(PortalError::internal)?;
        body.push(b'\n');
    }
    let end = UserFeedLine::End {
        cursor: Cursor {
            epoch: page.meta.epoch,
            seq: last,
            scope: USER_SCOPE.into(),
        }
        .encode(),
        has_more: page.has_more,
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
