//! The welcome.RUHR portal API, version 1: the one definition of the wire format.
//!
//! The portal (`crates/portal`) serves these types and the app (`crates/core`) reads them, so the
//! two cannot drift. Responses are read leniently (unknown fields are ignored, so an older app
//! keeps working against a newer portal); requests are checked strictly by the portal
//! (`deny_unknown_fields` on every request body), so a malformed request is a 4xx, not a guess.

pub mod account;
pub mod content;
pub mod error;
pub mod feed;
pub mod guide_request;
pub mod health;
pub mod limits;
#[cfg(feature = "schema")]
pub mod schema;
pub mod text;
pub mod user_data;

pub use account::*;
pub use content::*;
pub use error::*;
pub use feed::*;
pub use guide_request::{
    ContactMethod, GuideAnswer, GuideRequestInfo, GuideRequestList, RequestProblem,
};
pub use health::*;
pub use limits::{
    Limits, MAX_MUTATIONS_PER_BATCH, MAX_NOTE_CHARS, MAX_REQUEST_BYTES, MAX_TEXT_CHARS,
};
pub use text::*;
pub use user_data::*;

/// The API version, the first segment of every path (`/v1/...`).
pub const API_VERSION: &str = "v1";

/// Largest page (`limit`) of the content and user feeds; a larger `limit` is a 400.
pub const MAX_PAGE_SIZE: u32 = 5_000;

/// Page size used when the client does not ask for one.
pub const DEFAULT_PAGE_SIZE: u32 = 2_000;

/// Media type of the newline-delimited JSON feeds.
pub const NDJSON: &str = "application/x-ndjson";
