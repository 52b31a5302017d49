//! Accounts and sessions. Content needs no account; an account adds sync of the user's own data
//! across devices.

use serde::{Deserialize, Serialize};

/// Shortest password the portal accepts.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// `POST /v1/accounts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    pub email: String,
    pub password: String,
}

/// `POST /v1/sessions`: log in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
    /// Shown in the account's device list, e.g. "Laptop".
    #[serde(default)]
    pub device_name: Option<String>,
}

/// Answer of `POST /v1/accounts` and `POST /v1/sessions`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionResponse {
    /// Bearer token for `Authorization: Bearer <token>`; revoked by `DELETE /v1/sessions/current`.
    pub token: String,
    pub user_id: String,
    pub email: String,
}

impl std::fmt::Debug for SessionResponse {
    /// Never prints the token.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionResponse")
            .field("token", &"<redacted>")
            .field("user_id", &self.user_id)
            .field("email", &self.email)
            .finish()
    }
}

/// One of the account's sessions (a device logged in), in `GET /v1/me/sessions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SessionInfo {
    /// Public id for `DELETE /v1/me/sessions/{id}`: random, unrelated to the token.
    pub id: String,
    /// The name given at login, e.g. "Laptop".
    #[serde(default)]
    pub device_name: Option<String>,
    pub created: chrono::DateTime<chrono::Utc>,
    /// When the session was last used, to within a minute.
    pub last_seen: chrono::DateTime<chrono::Utc>,
    /// The session of the token that asked.
    pub current: bool,
}

/// Answer of `GET /v1/me/sessions`: the live sessions, most recently used first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SessionList {
    pub sessions: Vec<SessionInfo>,
}
