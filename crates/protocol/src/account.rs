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
