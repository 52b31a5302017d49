//! Accounts and sessions. Content needs no account; an account adds sync of the user's own data
//! across devices.

use serde::{Deserialize, Serialize};

/// Shortest password the portal accepts, in characters (Unicode scalar values, as JSON Schema's
/// `minLength` counts them).
pub const MIN_PASSWORD_CHARS: usize = 10;

/// Longest password the portal accepts, in characters: argon2 takes any length, the bound keeps a
/// login attempt cheap.
pub const MAX_PASSWORD_CHARS: usize = 1024;

/// Longest e-mail address the portal accepts, in characters (the 254 of RFC 5321's path limit).
pub const MAX_EMAIL_CHARS: usize = 254;

/// Longest device name (`LoginRequest::device_name`) the portal stores, in characters.
pub const MAX_DEVICE_NAME_CHARS: usize = 100;

/// `POST /v1/accounts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    /// The account's address (a dot-atom local part and a host name, ASCII); stored in lower
    /// case, so it compares case-insensitively.
    #[cfg_attr(feature = "schema", schemars(email, length(max = MAX_EMAIL_CHARS)))]
    pub email: String,
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = MIN_PASSWORD_CHARS, max = MAX_PASSWORD_CHARS))
    )]
    pub password: String,
}

/// `POST /v1/sessions`: log in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    /// Any text up to the length limit: an address that is no account's is answered 401 like a
    /// wrong password, so the answer does not tell which accounts exist.
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_EMAIL_CHARS)))]
    pub email: String,
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_PASSWORD_CHARS)))]
    pub password: String,
    /// Shown in the account's device list, e.g. "Laptop".
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_DEVICE_NAME_CHARS)))]
    pub device_name: Option<String>,
}

/// Answer of `POST /v1/accounts` and `POST /v1/sessions`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionResponse {
    /// Bearer token for `Authorization: Bearer <token>`; revoked by `DELETE /v1/sessions/current`.
    pub token: String,
    pub user_id: String,
    /// The account's address as stored (lower case).
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionList {
    pub sessions: Vec<SessionInfo>,
}
