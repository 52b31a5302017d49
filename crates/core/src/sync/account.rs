//! Registering, logging in and out against the portal, and the account's sessions.

use super::http;
use crate::secrets::Token;
use crate::{Error, Result};
use welcome_protocol::{LoginRequest, RegisterRequest, SessionInfo, SessionList, SessionResponse};

/// A session: the token (kept only in the keychain) and who it belongs to.
pub struct Session {
    pub token: Token,
    pub user_id: String,
    pub email: String,
}

impl From<SessionResponse> for Session {
    fn from(s: SessionResponse) -> Self {
        Self {
            token: Token::new(s.token),
            user_id: s.user_id,
            email: s.email,
        }
    }
}

pub async fn register(
    http: &reqwest::Client,
    base: &str,
    email: &str,
    password: &str,
) -> Result<Session> {
    let response = http
        .post(http::url(base, &["v1", "accounts"])?)
        .json(&RegisterRequest {
            email: email.trim().to_owned(),
            password: password.to_owned(),
        })
        .send()
        .await
        .map_err(|e| http::request_error(&e))?;
    Ok(http::json::<SessionResponse>(response).await?.into())
}

pub async fn login(
    http: &reqwest::Client,
    base: &str,
    email: &str,
    password: &str,
    device_name: Option<String>,
) -> Result<Session> {
    let response = http
        .post(http::url(base, &["v1", "sessions"])?)
        .json(&LoginRequest {
            email: email.trim().to_owned(),
            password: password.to_owned(),
            device_name,
        })
        .send()
        .await
        .map_err(|e| http::request_error(&e))?;
    Ok(http::json::<SessionResponse>(response).await?.into())
}

/// Revokes the token on the portal. An already revoked token counts as logged out.
pub async fn revoke(http: &reqwest::Client, base: &str, token: &Token) -> Result<()> {
    let response = http
        .delete(http::url(base, &["v1", "sessions", "current"])?)
        .bearer_auth(token.expose())
        .send()
        .await
        .map_err(|e| http::request_error(&e))?;
    match http::check(response).await {
        Ok(_) => Ok(()),
        Err(Error::Portal { status: 401, .. }) => Ok(()),
        Err(e) => Err(e),
    }
}

/// The account's live sessions (its logged-in devices), most recently used first.
pub async fn sessions(
    http: &reqwest::Client,
    base: &str,
    token: &Token,
) -> Result<Vec<SessionInfo>> {
    let response = http
        .get(http::url(base, &["v1", "me", "sessions"])?)
        .bearer_auth(token.expose())
        .send()
        .await
        .map_err(|e| http::request_error(&e))?;
    Ok(http::json::<SessionList>(response).await?.sessions)
}

/// Revokes one of the account's sessions by its public id. An id the account does not have
/// (never had, already revoked, or another account's) is [`Error::NotFound`].
pub async fn revoke_session(
    http: &reqwest::Client,
    base: &str,
    token: &Token,
    id: &str,
) -> Result<()> {
    let response = http
        .delete(http::url(base, &["v1", "me", "sessions", id])?)
        .bearer_auth(token.expose())
        .send()
        .await
        .map_err(|e| http::request_error(&e))?;
    match http::check(response).await {
        Ok(_) => Ok(()),
        Err(Error::Portal { status: 404, .. }) => Err(Error::NotFound {
            what: format!("session {id}"),
        }),
        Err(e) => Err(e),
    }
}

/// The name this device gives its session, so the account's list of signed-in devices says
/// which is which: the computer's name and the system, e.g. "kitchen-laptop (linux)". `None`
/// where the platform does not tell (the portal then lists an unnamed device).
pub fn this_device_name() -> Option<String> {
    let host = std::env::var("COMPUTERNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/proc/sys/kernel/hostname").ok())
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty() && h != "localhost")?;
    let name = format!("{host} ({})", std::env::consts::OS);
    // The portal takes at most this many characters.
    Some(
        name.chars()
            .take(welcome_protocol::MAX_DEVICE_NAME_CHARS)
            .collect(),
    )
}
