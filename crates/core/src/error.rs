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
        /// Seconds to wait before trying again, when the portal said (`Retry-After` of a 429).
        retry_after: Option<u64>,
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
    /// The document vault's key is not in the keychain (reset, or the data folder was copied
    /// from another device). The files are kept: they open again once the key is back.
    #[error("the document vault's key is not in the keychain")]
    VaultKeyMissing,
    /// A vault file does not decrypt: changed, cut, or copied over another attachment.
    #[error("a vault file is damaged")]
    VaultFileDamaged,
    /// A page arrived for a position of the content pull that another sync (or an abandoned
    /// one) has moved on from meanwhile; it was not applied.
    #[error("another sync moved this device's copy on meanwhile")]
    Overtaken,
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
            Error::Overtaken => "overtaken",
            Error::VaultKeyMissing => "vault_key_missing",
            Error::VaultFileDamaged => "vault_damaged",
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
            Error::Portal {
                code: ApiErrorCode::RateLimited,
                retry_after: Some(secs),
                ..
            } => {
                let (minutes, seconds) = wait_units(*secs);
                let mut fa = FluentArgs::new();
                fa.set("minutes", FluentValue::from(minutes));
                fa.set("seconds", FluentValue::from(seconds));
                loc.t_args("error-rate_limited-wait", &fa)
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

/// (minutes, seconds) for "try again in ...": under a minute the seconds (minutes 0, which the
/// message selects on), else whole minutes rounded up, so the user never retries too early.
fn wait_units(secs: u64) -> (u64, u64) {
    if secs < 60 {
        (0, secs)
    } else {
        (secs.div_ceil(60), secs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limited(retry_after: Option<u64>) -> Error {
        Error::Portal {
            status: 429,
            code: ApiErrorCode::RateLimited,
            message: "too many".into(),
            retry_after,
        }
    }

    #[test]
    fn a_rate_limit_says_how_long_to_wait_in_the_users_language() {
        assert_eq!(wait_units(1), (0, 1));
        assert_eq!(wait_units(59), (0, 59));
        assert_eq!(wait_units(60), (1, 60));
        assert_eq!(wait_units(61), (2, 61));
        let en = Localizer::new(&["en"]);
        assert_eq!(
            limited(Some(1)).localized(&en),
            "Too many attempts. Please try again in 1 second."
        );
        assert_eq!(
            limited(Some(45)).localized(&en),
            "Too many attempts. Please try again in 45 seconds."
        );
        assert_eq!(
            limited(Some(900)).localized(&en),
            "Too many attempts. Please try again in 15 minutes."
        );
        let de = Localizer::new(&["de"]);
        assert_eq!(
            limited(Some(60)).localized(&de),
            "Zu viele Versuche. Bitte versuchen Sie es in 1 Minute erneut."
        );
        let ru = Localizer::new(&["ru"]);
        assert!(limited(Some(5)).localized(&ru).contains("5 секунд."));
        assert!(limited(Some(120)).localized(&ru).contains("2 минуты."));
        // Every language formats every kind of wait without a gap.
        for info in crate::i18n::available_locales() {
            let loc = Localizer::new(&[info.code.as_str()]);
            for secs in [1, 2, 3, 5, 11, 21, 45, 60, 120, 300, 900] {
                let text = limited(Some(secs)).localized(&loc);
                assert!(
                    !text.contains('{') && text != "error-rate_limited-wait",
                    "{}: {text}",
                    info.code
                );
            }
        }
        // Without Retry-After, the general message; the kind stays the same.
        assert_eq!(limited(None).kind(), "rate_limited");
        assert_eq!(limited(Some(3)).kind(), "rate_limited");
        assert_eq!(limited(None).localized(&en), en.t("error-rate_limited"));
    }
}
