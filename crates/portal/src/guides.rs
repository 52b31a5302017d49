//! The Welcome Guides' side of guide requests (`GET /v1/guide/requests`,
//! `POST /v1/guide/requests/{id}/answer`) and the small page they use it from (`/guide/`).
//!
//! A guide account is an ordinary account linked to one content guide by an operator
//! (`welcome-portal guide-account add`). A guide reads only the requests addressed to its own
//! guide id and answers only those; any other account gets 403 here. The answer is written into
//! the user's own request record, so it reaches the user's devices through the user feed.

use crate::error::{ApiResult, PortalError};
use crate::extract::{AuthUser, JsonBody};
use crate::store::{AnswerOutcome, GuideRequestRow, PortalStore};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use std::collections::BTreeMap;
use welcome_protocol::guide_request::{self as gr, MAX_GUIDE_ANSWER_CHARS};
use welcome_protocol::{
    ApiErrorCode, ContactMethod, FieldValue, Guide, GuideAnswer, GuideRequestInfo, GuideRequestList,
};

/// The guide of a guide account, with its content record; 403 for any other account.
fn guide_of(store: &dyn PortalStore, user_id: &str) -> ApiResult<Guide> {
    let forbidden = || {
        PortalError::new(
            ApiErrorCode::Forbidden,
            "this account is not a guide account",
        )
    };
    let id = store.guide_of(user_id)?.ok_or_else(forbidden)?;
    // A guide removed from the content keeps no access to the requests it had.
    let payload = store.content_payload("guide", &id)?.ok_or_else(forbidden)?;
    serde_json::from_str(&payload).map_err(PortalError::internal)
}

/// A stored request as its guide sees it; `None` for a record that is not a whole request.
fn info(row: &GuideRequestRow) -> ApiResult<Option<GuideRequestInfo>> {
    let fields: BTreeMap<String, FieldValue> =
        serde_json::from_str(&row.fields).map_err(PortalError::internal)?;
    let text = |name: &str| {
        fields
            .get(name)
            .and_then(|f| f.value.as_str())
            .map(str::to_owned)
    };
    let (Some(language), Some(topic), Some(message), Some(method)) = (
        text(gr::LANGUAGE_FIELD),
        text(gr::TOPIC_FIELD),
        text(gr::MESSAGE_FIELD),
        text(gr::CONTACT_METHOD_FIELD).and_then(|m| ContactMethod::parse(&m)),
    ) else {
        return Ok(None);
    };
    let time = |ms: i64| chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default();
    Ok(Some(GuideRequestInfo {
        id: row.id.clone(),
        language,
        topic,
        message,
        contact_method: method,
        contact_value: text(gr::CONTACT_VALUE_FIELD).unwrap_or_default(),
        received: time(row.received_ms),
        answer: text(gr::ANSWER_FIELD),
        answered_at: text(gr::ANSWERED_AT_FIELD)
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&chrono::Utc)),
    }))
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> ApiResult<T> + Send + 'static,
) -> ApiResult<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(PortalError::internal)?
}

/// `GET /v1/guide/requests`.
pub async fn list(
    State(state): State<AppState>,
    user: AuthUser,
) -> ApiResult<Json<GuideRequestList>> {
    let store = state.store.clone();
    blocking(move || {
        let guide = guide_of(store.as_ref(), &user.user_id)?;
        let mut requests = Vec::new();
        for row in store.guide_requests(&guide.id)? {
            requests.extend(info(&row)?);
        }
        Ok(Json(GuideRequestList {
            guide_id: guide.id,
            guide_name: guide.name,
            requests,
        }))
    })
    .await
}

/// `POST /v1/guide/requests/{id}/answer`.
pub async fn answer(
    State(state): State<AppState>,
    user: AuthUser,
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
    JsonBody(body): JsonBody<GuideAnswer>,
) -> ApiResult<Json<GuideRequestInfo>> {
    let Path(id) =
        id.map_err(|e| PortalError::bad_request(format!("invalid request id: {}", e.body_text())))?;
    let text = body.answer.trim().to_owned();
    if text.is_empty() || body.answer.chars().count() > MAX_GUIDE_ANSWER_CHARS {
        return Err(PortalError::invalid(format!(
            "the answer needs 1 to {MAX_GUIDE_ANSWER_CHARS} characters, not blank"
        )));
    }
    let store = state.store.clone();
    blocking(move || {
        let guide = guide_of(store.as_ref(), &user.user_id)?;
        let now = crate::limits::now_ms();
        match store.answer_guide_request(&guide.id, &id, &text, &guide.name, now)? {
            AnswerOutcome::Answered(row) => info(&row)?
                .map(Json)
                .ok_or_else(|| PortalError::internal("an indexed request that is not whole")),
            AnswerOutcome::NotFound => Err(PortalError::not_found(
                "no such request addressed to this guide",
            )),
            AnswerOutcome::AlreadyAnswered => Err(PortalError::new(
                ApiErrorCode::Conflict,
                "this request is answered already",
            )),
        }
    })
    .await
}

/// The guides' page: no inline script or style, so the policy allows only the page's own files
/// and requests to this portal.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
                   img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

fn page(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

/// `GET /guide/`.
pub async fn index() -> Response {
    page(
        "text/html; charset=utf-8",
        include_str!("guide_page/index.html"),
    )
}

/// `GET /guide/guide.js`.
pub async fn script() -> Response {
    page(
        "text/javascript; charset=utf-8",
        include_str!("guide_page/guide.js"),
    )
}

/// `GET /guide/guide.css`.
pub async fn style() -> Response {
    page(
        "text/css; charset=utf-8",
        include_str!("guide_page/guide.css"),
    )
}

/// `GET /guide`: the page's address with its slash, so its relative links resolve.
pub async fn to_index() -> Response {
    axum::response::Redirect::permanent("/guide/").into_response()
}
