//! The one error body the portal answers with on every 4xx and 5xx.

use serde::{Deserialize, Serialize};

/// Machine-readable reason for a failed request; the client branches on it and shows a
/// translated message of its own, never the server's English `message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum ApiErrorCode {
    /// The body or query could not be parsed or has unknown fields.
    BadRequest,
    /// A value is out of range or inconsistent (e.g. a weak password, a bad e-mail).
    Invalid,
    /// No token, or a token that is unknown, revoked or expired.
    Unauthorized,
    /// Wrong e-mail or password.
    BadCredentials,
    /// A valid token whose account may not do this (a guide route asked by a non-guide).
    Forbidden,
    /// The account already exists.
    Conflict,
    NotFound,
    /// The body is larger than the portal accepts.
    TooLarge,
    /// The cursor is older than the tombstones the portal keeps, belongs to an earlier epoch
    /// (the server was restored) or to another job scope: start again from no cursor.
    ResyncRequired,
    /// Too many attempts; try again later.
    RateLimited,
    Internal,
}

/// JSON body of every error response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ApiError {
    pub code: ApiErrorCode,
    /// A short English explanation for developers and logs.
    pub message: String,
}

impl ApiError {
    pub fn new(code: ApiErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}
