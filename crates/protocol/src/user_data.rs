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

/// A client id: 1 to 128 printable ASCII characters without spaces (the app makes `c` and 16 hex
/// digits). ASCII, so the limit is the same in bytes, characters and every regex dialect.
pub const CLIENT_ID_PATTERN: &str = "^[!-~]{1,128}$";

/// Longest client id, in characters (and bytes: it is ASCII).
pub const MAX_CLIENT_ID_CHARS: usize = 128;

/// Longest record id, in characters; a record id must also not be blank.
pub const MAX_RECORD_ID_CHARS: usize = 200;

/// A field name: 1 to 64 ASCII letters, digits or underscores.
pub const FIELD_NAME_PATTERN: &str = "^[A-Za-z0-9_]{1,64}$";

/// Most fields one `set` may name.
pub const MAX_FIELDS_PER_SET: usize = 64;

/// The shape of an [`Hlc`]: 13 digits of milliseconds, 4 of counter, and the node (the writer's
/// client id, 1 to 64 printable ASCII characters).
pub const HLC_PATTERN: &str = "^[0-9]{13}-[0-9]{4}-[!-~]{1,64}$";

/// True for a client id of [`CLIENT_ID_PATTERN`].
pub fn valid_client_id(id: &str) -> bool {
    (1..=MAX_CLIENT_ID_CHARS).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_graphic())
}

/// True for a field name of [`FIELD_NAME_PATTERN`].
pub fn valid_field_name(name: &str) -> bool {
    (1..=64).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The collections of user data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// An appointment of one person (date, time, place, office).
    Appointment,
    /// A contact request to a Welcome Guide, and the guide's answer (see
    /// [`crate::guide_request`]).
    GuideRequest,
}

impl Collection {
    pub const ALL: [Collection; 7] = [
        Collection::Person,
        Collection::PlanAnswers,
        Collection::ItemProgress,
        Collection::SavedJob,
        Collection::SavedSearch,
        Collection::Appointment,
        Collection::GuideRequest,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Collection::Person => "person",
            Collection::PlanAnswers => "plan_answers",
            Collection::ItemProgress => "item_progress",
            Collection::SavedJob => "saved_job",
            Collection::SavedSearch => "saved_search",
            Collection::Appointment => "appointment",
            Collection::GuideRequest => "guide_request",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// A hybrid logical clock reading: `<unix millis, 13 digits>-<counter, 4 digits>-<node id>`.
/// Its string order is its time order, so the portal compares clocks as strings.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(transparent)]
pub struct Hlc(#[cfg_attr(feature = "schema", schemars(regex(pattern = HLC_PATTERN)))] pub String);

impl Hlc {
    pub fn new(millis: u64, counter: u16, node: &str) -> Self {
        Self(format!("{millis:013}-{counter:04}-{node}"))
    }

    /// Parses the three parts; `None` for a clock that does not match [`HLC_PATTERN`].
    pub fn parts(&self) -> Option<(u64, u16, &str)> {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let mut it = self.0.splitn(3, '-');
        let ms = it.next().filter(|s| digits(s, 13))?.parse().ok()?;
        let c = it.next().filter(|s| digits(s, 4))?.parse().ok()?;
        let node = it
            .next()
            .filter(|s| (1..=64).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_graphic()))?;
        Some((ms, c, node))
    }
}

/// What one mutation does to one record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum RecordChange {
    /// Set these fields (others keep their values).
    Set {
        /// Field names match [`FIELD_NAME_PATTERN`]; 1 to [`MAX_FIELDS_PER_SET`] of them.
        #[cfg_attr(
            feature = "schema",
            schemars(extend(
                "minProperties" = 1,
                "maxProperties" = MAX_FIELDS_PER_SET,
                "propertyNames" = {"pattern": FIELD_NAME_PATTERN}
            ))
        )]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(deny_unknown_fields)]
pub struct Mutation {
    /// Increasing per client; the portal applies each id once (a retried batch is harmless).
    #[serde(deserialize_with = "integral_u64")]
    // `format: uint64` alone does not stop a generator from going past 2^64 - 1.
    #[cfg_attr(feature = "schema", schemars(range(max = u64::MAX)))]
    pub id: u64,
    pub collection: Collection,
    /// 1 to [`MAX_RECORD_ID_CHARS`] characters, not blank.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = MAX_RECORD_ID_CHARS)))]
    pub record_id: String,
    pub hlc: Hlc,
    pub change: RecordChange,
}

/// A `u64` that may also be written as an integral float (`5.0`): JSON Schema counts that as an
/// integer, so a client that writes it is right, and refusing it would be a 400 for a request the
/// document calls valid.
fn integral_u64<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    struct Integral;
    impl serde::de::Visitor<'_> for Integral {
        type Value = u64;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an integer from 0 to 2^64 - 1")
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<u64, E> {
            Ok(v)
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<u64, E> {
            u64::try_from(v).map_err(|_| E::custom("a negative mutation id"))
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<u64, E> {
            // 2^64 is exactly representable; every integral f64 below it fits a u64.
            if v.fract() == 0.0 && (0.0..18_446_744_073_709_551_616.0).contains(&v) {
                Ok(v as u64)
            } else {
                Err(E::custom("not an integer from 0 to 2^64 - 1"))
            }
        }
    }
    deserializer.deserialize_any(Integral)
}

/// `POST /v1/me/mutations`.
///
/// The batch as a whole is checked first (its shape, `client_id`, at most
/// [`crate::MAX_MUTATIONS_PER_BATCH`] mutations): a bad batch is a 400 or 422 and changes
/// nothing. Then each mutation is checked on its own (record id, clock, field names): a bad one is
/// answered `rejected` inside a 200, so one bad change never blocks the queue behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(deny_unknown_fields)]
pub struct MutationBatch {
    /// Random id of the installation, made once per device ([`CLIENT_ID_PATTERN`]).
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = CLIENT_ID_PATTERN), length(min = 1, max = MAX_CLIENT_ID_CHARS))
    )]
    pub client_id: String,
    #[cfg_attr(feature = "schema", schemars(length(max = crate::MAX_MUTATIONS_PER_BATCH)))]
    pub mutations: Vec<Mutation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MutationResult {
    pub id: u64,
    pub status: MutationStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ApiError>,
}

/// Answer of `POST /v1/me/mutations`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MutationBatchResponse {
    pub results: Vec<MutationResult>,
    /// The highest mutation id of this client the portal has processed.
    pub last_mutation_id: u64,
}

/// One field of a record as stored by the portal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct FieldValue {
    pub value: serde_json::Value,
    pub hlc: Hlc,
}

/// One line of `GET /v1/me/feed` (NDJSON, like the content feed, closed by `End`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UserFeedQuery {
    /// Opaque cursor from the previous page's `end` line; absent or empty starts from the
    /// beginning. A cursor the portal cannot use is answered 409 `resync_required`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Records per page (default [`crate::DEFAULT_PAGE_SIZE`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = crate::MAX_PAGE_SIZE)))]
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

    #[test]
    fn mutation_ids_may_be_integral_floats() {
        let m = |id: &str| {
            serde_json::from_str::<Mutation>(&format!(
                r#"{{"id":{id},"collection":"person","record_id":"p","hlc":"1700000000000-0000-a","change":{{"op":"delete"}}}}"#
            ))
            .map(|m| m.id)
            .ok()
        };
        assert_eq!(m("7"), Some(7));
        assert_eq!(m("7.0"), Some(7));
        assert_eq!(m("18446744073709551615"), Some(u64::MAX));
        for bad in ["7.5", "-1", "1e20", "\"7\""] {
            assert_eq!(m(bad), None, "{bad}");
        }
    }

    /// The checks the portal runs and the patterns its OpenAPI document states agree.
    #[test]
    fn patterns_and_checks_agree() {
        let clock = regex_lite::Regex::new(HLC_PATTERN).unwrap();
        for h in [
            "1700000000000-0003-dev-a",
            "+700000000000-0003-dev-a",
            "1700000000000-003-dev-a",
            "1700000000000-0003-",
            "1700000000000-0003-d\u{e9}v",
            "1700000000000-0003-two words",
            &format!("1700000000000-0003-{}", "n".repeat(64)),
            &format!("1700000000000-0003-{}", "n".repeat(65)),
        ] {
            assert_eq!(Hlc(h.into()).parts().is_some(), clock.is_match(h), "{h}");
        }
        let client = regex_lite::Regex::new(CLIENT_ID_PATTERN).unwrap();
        let field = regex_lite::Regex::new(FIELD_NAME_PATTERN).unwrap();
        for s in [
            "c0123456789abcdef",
            "dev-a",
            "",
            " ",
            "a b",
            "caf\u{e9}",
            "note_1",
            &"x".repeat(64),
            &"x".repeat(65),
            &"x".repeat(128),
            &"x".repeat(129),
        ] {
            assert_eq!(valid_client_id(s), client.is_match(s), "client id {s:?}");
            assert_eq!(valid_field_name(s), field.is_match(s), "field name {s:?}");
        }
    }
}
