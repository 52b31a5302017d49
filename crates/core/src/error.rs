//! The one error type of core. Every variant has a stable `kind` (the UI branches on it) and a
//! translated message from the Fluent catalogs (`error-*` messages), so no English text
//! reaches a user who reads another language.

use crate::i18n::{FluentArgs, FluentValue, Localizer};
use welcome_protocol::ApiErrorCode;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The portal could not be reached (offline, refused, timed out).
    #[error("network error: {0}")]
    Network(String),
    /// The portal answered with an error body.
    #[error("portal answered {status}: {code:?}: {message}")]
    Portal {
        status: u16,
        code: ApiErrorCode,
        message: String,
    },
    /// The portal's answer was cut off, malformed or not what the API promises.
    #[error("unreadable answer from the portal: {0}")]
    BadResponse(String),
    #[error("storage error: {0}")]
    Storage(#[from] rusqlite::Error),
    /// The database was written by a newer version of the app; we refuse to touch it.
    #[error("database schema {found} is newer than this build supports ({supported})")]
    DatabaseTooNew { found: u32, supported: u32 },
    #[error("keychain error: {0}")]
    Keychain(String),
    #[error("not logged in")]
    NotLoggedIn,
    /// Bad input from the user; `message_id` is a Fluent message explaining it.
    #[error("invalid input ({message_id})")]
    Invalid {
        message_id: &'static str,
        args: Vec<(&'static str, String)>,
    },
    #[error("not found: {what}")]
    NotFound { what: String },
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// Bad user input explained by the Fluent message `message_id` with string arguments.
    pub fn invalid(message_id: &'static str, args: &[(&'static str, String)]) -> Self {
        Self::Invalid {
            message_id,
            args: args.to_vec(),
        }
    }

    /// Stable machine-readable kind, mirrored in the UI's TypeScript error type.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Network(_) => "network",
            Error::Portal { code, .. } => match code {
                ApiErrorCode::Unauthorized => "unauthorized",
                ApiErrorCode::BadCredentials => "bad_credentials",
                ApiErrorCode::Conflict => "conflict",
                ApiErrorCode::Invalid => "invalid",
                ApiErrorCode::RateLimited => "rate_limited",
                ApiErrorCode::NotFound => "not_found",
                _ => "portal",
            },
            Error::BadResponse(_) => "bad_response",
            Error::Storage(_) | Error::Io(_) => "storage",
            Error::DatabaseTooNew { .. } => "database_too_new",
            Error::Keychain(_) => "keychain",
            Error::NotLoggedIn => "not_logged_in",
            Error::Invalid { .. } => "invalid",
            Error::NotFound { .. } => "not_found",
        }
    }

    /// The message for the user, in the localizer's language.
    pub fn localized(&self, loc: &Localizer) -> String {
        match self {
            Error::Invalid { message_id, args } => {
                let mut fa = FluentArgs::new();
                for (k, v) in args {
                    fa.set(*k, FluentValue::from(v.clone()));
                }
                loc.t_args(message_id, &fa)
            }
            Error::Portal {
                code: ApiErrorCode::Invalid,
                message,
                ..
            } => {
                let mut fa = FluentArgs::new();
                fa.set("detail", FluentValue::from(message.clone()));
                loc.t_args("error-portal-invalid", &fa)
            }
            Error::DatabaseTooNew { found, supported } => {
                let mut fa = FluentArgs::new();
                fa.set("found", FluentValue::from(*found));
                fa.set("supported", FluentValue::from(*supported));
                loc.t_args("error-database_too_new", &fa)
            }
            other => loc.t(&format!("error-{}", other.kind())),
        }
    }
}
