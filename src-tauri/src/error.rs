//! The one error shape that crosses the IPC boundary: `{kind, message}`, with the message
//! already translated into the user's language. The UI branches on `kind` only.

use serde::Serialize;

#[derive(Debug, Clone, Serialize, thiserror::Error)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[error("{kind}: {message}")]
pub struct CommandError {
    /// `welcome_core::Error::kind()`, e.g. "network", "invalid", "not_logged_in".
    pub kind: String,
    /// Translated, ready to show.
    pub message: String,
}

impl CommandError {
    pub fn from_core(error: &welcome_core::Error, loc: &welcome_core::i18n::Localizer) -> Self {
        tracing::warn!(kind = error.kind(), %error, "command failed");
        Self {
            kind: error.kind().to_owned(),
            message: error.localized(loc),
        }
    }
}

pub type CommandResult<T> = Result<T, CommandError>;
