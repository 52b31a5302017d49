//! `GET /v1/health`: is the portal up, which API it speaks, which database it serves.

use serde::{Deserialize, Serialize};

/// Answer of `GET /v1/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HealthResponse {
    /// Always `"ok"`: a portal that answers at all is up.
    #[cfg_attr(feature = "schema", schemars(extend("const" = "ok")))]
    pub status: String,
    /// [`crate::API_VERSION`].
    pub api_version: String,
    /// Identifies the portal's database; it changes when the database is restored or rebuilt.
    pub epoch: String,
    /// The sizes the portal accepts (clients bound their uploads by them).
    pub limits: crate::Limits,
}

impl HealthResponse {
    pub fn ok(epoch: String) -> Self {
        Self {
            status: "ok".into(),
            api_version: crate::API_VERSION.into(),
            epoch,
            limits: crate::Limits::CURRENT,
        }
    }
}
