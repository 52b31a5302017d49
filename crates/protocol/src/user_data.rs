//! The user's own data (plan answers, progress, saved jobs, saved searches, notes, household
//! members): written on the device first, pushed as mutation batches, pulled as a per-user feed.
//!
//! Every record is a bag of fields; each field carries the [`Hlc`] of its last write and the
//! portal keeps, per field, the write with the higher clock (last writer wins per field). A field
//! named in [`KEEP_BOTH_FIELDS`] (free-text notes) is never silently lost: when two devices edit
//! it concurrently (the writer's `base` clock is not the portal's current clock), the portal keeps
//! the winner in the field and the other version in `<field>_conflict`, for the user to merge.

use crate::error::ApiError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Fields whose concurrent edits are both kept.
pub const KEEP_BOTH_FIELDS: [&str; 1] = ["note"];

/// The suffix of the field that holds the losing version of a concurrent note edit.
pub const CONFLICT_SUFFIX: &str = "_conflict";

/// The collections of user data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Collection {
    /// A member of the household (name, relation).
    Person,
    /// One person's questionnaire answers.
    PlanAnswers,
    /// Status, due date, expiry and note of one plan item for one person (`<person>:<item>`).
    ItemProgress,
    /// A saved job with its own copy of the ad.
    SavedJob,
    /// A saved search that raises job alerts.
    SavedSearch,
}

impl Collection {
    pub const ALL: [Collection; 5] = [
        Collection::Person,
        Collection::PlanAnswers,
        Collection::ItemProgress,
        Collection::SavedJob,
        Collection::SavedSearch,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Collection::Person => "person",
            Collection::PlanAnswers => "plan_answers",
            Collection::ItemProgress => "item_progress",
            Collection::SavedJob => "saved_job",
            Collection::SavedSearch => "saved_search",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// A hybrid logical clock reading: `<unix millis, 13 digits>-<counter, 4 digits>-<node id>`.
/// Its string order is its time order, so the portal compares clocks as strings.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(transparent)]
pub struct Hlc(pub String);

impl Hlc {
    pub fn new(millis: u64, counter: u16, node: &str) -> Self {
        Self(format!("{millis:013}-{counter:04}-{node}"))
    }

    /// Parses the three parts; `None` for a malformed clock.
    pub fn parts(&self) -> Option<(u64, u16, &str)> {
        let mut it = self.0.splitn(3, '-');
        let ms = it.next().filter(|s| s.len() == 13)?.parse().ok()?;
        let c = it.next().filter(|s| s.len() == 4)?.parse().ok()?;
        let node = it.next().filter(|s| !s.is_empty() && s.len() <= 64)?;
        Some((ms, c, node))
    }
}

/// What one mutation does to one record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum RecordChange {
    /// Set these fields (others keep their values).
    Set {
        fields: BTreeMap<String, serde_json::Value>,
        /// For fields in [`KEEP_BOTH_FIELDS`]: the clock of the version this edit started from.
        #[serde(default)]
        base: BTreeMap<String, Hlc>,
    },
    /// Delete the record (a tombstone that wins over older sets).
    Delete,
}

/// One change made on a device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(deny_unknown_fields)]
pub struct Mutation {
    /// Increasing per client; the portal applies each id once (a retried batch is harmless).
    pub id: u64,
    pub collection: Collection,
    pub record_id: String,
    pub hlc: Hlc,
    pub change: RecordChange,
}

/// `POST /v1/me/mutations`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(deny_unknown_fields)]
pub struct MutationBatch {
    /// Random id of the installation, made once per device.
    pub client_id: String,
    pub mutations: Vec<Mutation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum MutationStatus {
    Applied,
    /// Its id was at or below the last applied id of this client: already done, not repeated.
    Duplicate,
    /// Invalid; recorded as processed so the queue never sticks. `error` says why.
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MutationResult {
    pub id: u64,
    pub status: MutationStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ApiError>,
}

/// Answer of `POST /v1/me/mutations`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MutationBatchResponse {
    pub results: Vec<MutationResult>,
    /// The highest mutation id of this client the portal has processed.
    pub last_mutation_id: u64,
}

/// One field of a record as stored by the portal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct FieldValue {
    pub value: serde_json::Value,
    pub hlc: Hlc,
}

/// One line of `GET /v1/me/feed` (NDJSON, like the content feed, closed by `End`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum UserFeedLine {
    /// The whole current state of a record that changed.
    Record {
        seq: u64,
        collection: Collection,
        record_id: String,
        fields: BTreeMap<String, FieldValue>,
        /// Set when the record was deleted, with the clock of the deletion.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        deleted: Option<Hlc>,
    },
    End {
        cursor: String,
        has_more: bool,
    },
}

/// Query of `GET /v1/me/feed`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserFeedQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hlc_string_order_is_time_order() {
        let a = Hlc::new(1_700_000_000_000, 3, "dev-a");
        let b = Hlc::new(1_700_000_000_000, 12, "dev-a");
        let c = Hlc::new(1_700_000_000_001, 0, "dev-a");
        assert!(a < b && b < c);
        assert_eq!(a.parts(), Some((1_700_000_000_000, 3, "dev-a")));
        assert_eq!(Hlc("garbage".into()).parts(), None);
    }
}
