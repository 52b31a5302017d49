//! Registering, logging in and out (`POST /v1/accounts`, `POST /v1/sessions`,
//! `DELETE /v1/sessions/current`), guarded against account enumeration and password guessing:
//!
//! - Both routes do one password hash whether or not the e-mail is known (login verifies
//!   against a dummy hash, registration hashes before looking), so timing does not tell which
//!   accounts exist.
//! - Attempts are counted per client address and per account (see [`crate::limits`]).
//! - Hashing runs under a cap (see [`crate::hashing`]).

use crate::auth;
use crate::client_addr::ClientAddr;
use crate::error::{ApiResult, PortalError};
use crate::extract::{AuthUser, JsonBody};
use crate::hashing::HashingCap;
use crate::limits::{self, now_ms, Bucket, Limits};
use crate::sessions::SessionLifetimes;
use crate::store::PortalStore;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use welcome_protocol::{
    ApiErrorCode, LoginRequest, RegisterRequest, SessionResponse, MAX_DEVICE_NAME_CHARS,
    MAX_EMAIL_CHARS, MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS,
};

/// What the account routes enforce, made once from the configuration.
#[derive(Debug, Clone)]
pub struct AccountPolicy {
    pub limits: Limits,
    pub sessions: SessionLifetimes,
    /// Believe `X-Forwarded-For` (see [`crate::client_addr`]).
    pub behind_proxy: bool,
    pub hashing: HashingCap,
}

impl AccountPolicy {
    pub fn new(limits: Limits, sessions: SessionLifetimes, behind_proxy: bool) -> Self {
        let hashing = HashingCap::new(limits.hashing_permits, limits.hashing_wait);
        Self {
            limits,
            sessions,
            behind_proxy,
            hashing,
        }
    }
}

/// The form the limits and the store know an e-mail by.
fn normalise(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Counts an attempt in a blocking task.
async fn count(state: &AppState, bucket: Bucket, key: String, rate: limits::Rate) -> ApiResult<()> {
    let store = state.store.clone();
    tokio::task::spawn_blocking(move || limits::count(store.as_ref(), bucket, &key, rate))
        .await
        .map_err(PortalError::internal)?
}

/// A new session for the user; also drops the user's expired sessions, so the table does not
/// grow with devices that never came back. Blocking.
fn open_session(
    store: &dyn PortalStore,
    lifetimes: &SessionLifetimes,
    user_id: String,
    email: String,
    device: Option<&str>,
) -> anyhow::Result<SessionResponse> {
    let (token, hash) = auth::new_token();
    let now = now_ms();
    store.create_session(&user_id, &hash, device, now)?;
    let (seen_before, created_before) = lifetimes.expired_bounds(now);
    store.delete_expired_sessions(&user_id, seen_before, created_before)?;
    Ok(SessionResponse {
        token,
        user_id,
        email,
    })
}

pub async fn register(
    State(state): State<AppState>,
    addr: ClientAddr,
    JsonBody(req): JsonBody<RegisterRequest>,
) -> ApiResult<Response> {
    // Checked as sent, not trimmed: the document promises an e-mail address, and a value with
    // spaces around it is not one (the app trims what the user typed).
    if !auth::valid_email(&req.email) {
        return Err(PortalError::invalid("not a valid e-mail address"));
    }
    let email = normalise(&req.email);
    let chars = req.password.chars().count();
    if !(MIN_PASSWORD_CHARS..=MAX_PASSWORD_CHARS).contains(&chars) {
        return Err(PortalError::invalid(format!(
            "the password needs {MIN_PASSWORD_CHARS} to {MAX_PASSWORD_CHARS} characters"
        )));
    }
    let limits = &state.accounts.limits;
    count(
        &state,
        Bucket::RegisterAddress,
        addr.key(),
        limits.registrations_per_address,
    )
    .await?;
    count(
        &state,
        Bucket::RegisterAccount,
        email.clone(),
        limits.registrations_per_account,
    )
    .await?;
    let store = state.store.clone();
    let lifetimes = state.accounts.sessions;
    let cost = limits.password_cost;
    let session = state
        .accounts
        .hashing
        .run(move || {
            // Hash first, then look: a taken e-mail costs the same hash as a new one.
            let hash = auth::hash_password(&req.password, cost)?;
            match store.create_user(&email, &hash)? {
                Some(user_id) => Ok(open_session(
                    store.as_ref(),
                    &lifetimes,
                    user_id,
                    email,
                    None,
                )?),
                None => Err(PortalError::new(
                    ApiErrorCode::Conflict,
                    "an account with this e-mail exists",
                )),
            }
        })
        .await?;
    Ok((StatusCode::CREATED, Json(session)).into_response())
}

pub async fn login(
    State(state): State<AppState>,
    addr: ClientAddr,
    JsonBody(req): JsonBody<LoginRequest>,
) -> ApiResult<Json<SessionResponse>> {
    let too_long = |s: &str, max: usize| s.chars().count() > max;
    if too_long(&req.email, MAX_EMAIL_CHARS) || too_long(&req.password, MAX_PASSWORD_CHARS) {
        return Err(PortalError::invalid(format!(
            "at most {MAX_EMAIL_CHARS} characters of e-mail and {MAX_PASSWORD_CHARS} of password"
        )));
    }
    let email = normalise(&req.email);
    if req
        .device_name
        .as_deref()
        .is_some_and(|d| d.chars().count() > MAX_DEVICE_NAME_CHARS)
    {
        return Err(PortalError::invalid(format!(
            "the device name needs at most {MAX_DEVICE_NAME_CHARS} characters"
        )));
    }
    // Any name the document allows is taken; control characters are dropped, since the name is
    // only ever shown in a list of sessions.
    let device = req
        .device_name
        .map(|d| d.chars().filter(|c| !c.is_control()).collect::<String>())
        .map(|d| d.trim().to_owned())
        .filter(|d| !d.is_empty());
    let limits = &state.accounts.limits;
    let per_account = limits.login_failures_per_account;
    count(
        &state,
        Bucket::LoginAddress,
        addr.key(),
        limits.login_attempts_per_address,
    )
    .await?;
    let store = state.store.clone();
    let lifetimes = state.accounts.sessions;
    let password = req.password;
    let cost = limits.password_cost;
    let session = state
        .accounts
        .hashing
        .run(move || {
            // Counted as a failure before the check and cleared once the password proves
            // right, so concurrent guesses cannot slip past the limit while they verify.
            limits::count(store.as_ref(), Bucket::LoginAccount, &email, per_account)?;
            let found = store.user_by_email(&email)?;
            // One verification whether or not the account exists (see `auth::verify_login`).
            let matches =
                auth::verify_login(&password, found.as_ref().map(|(_, h)| h.as_str()), cost)?;
            let Some((user_id, _)) = found.filter(|_| matches) else {
                return Err(PortalError::new(
                    ApiErrorCode::BadCredentials,
                    "wrong e-mail or password",
                ));
            };
            store.reset_attempts(Bucket::LoginAccount.name(), &email)?;
            Ok(open_session(
                store.as_ref(),
                &lifetimes,
                user_id,
                email,
                device.as_deref(),
            )?)
        })
        .await?;
    Ok(Json(session))
}

pub async fn logout(State(state): State<AppState>, user: AuthUser) -> ApiResult<StatusCode> {
    let store = state.store.clone();
    tokio::task::spawn_blocking(move || store.delete_session(&user.token_hash))
        .await
        .map_err(PortalError::internal)??;
    Ok(StatusCode::NO_CONTENT)
}
