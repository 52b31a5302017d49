//! The convergence rules of user data, as pure functions over one record: last writer wins
//! per field by HLC, deletes are tombstones with their own clock, and concurrent edits of a
//! note keep both versions (see `welcome_protocol::user_data`).

use crate::answer_seal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use welcome_protocol::guide_request::{self, RequestProblem};
use welcome_protocol::{
    limits, valid_field_name, ApiError, ApiErrorCode, FieldValue, Guide, Hlc, Mutation,
    RecordChange, CONFLICT_SUFFIX, KEEP_BOTH_FIELDS, MAX_FIELDS_PER_SET, MAX_RECORD_ID_CHARS,
};

/// A record as the portal stores it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RecordState {
    pub fields: BTreeMap<String, FieldValue>,
    /// The clock of the newest delete; fields older than it are gone.
    pub deleted: Option<Hlc>,
}

impl RecordState {
    /// The tombstone clock shown to clients: only when no field was written after the delete.
    pub fn visible_deleted(&self) -> Option<&Hlc> {
        self.deleted.as_ref().filter(|_| self.fields.is_empty())
    }
}

/// Checks a mutation before it touches anything; the error is returned as `rejected`. These are
/// the limits the `Mutation` schema of the OpenAPI document states (and a record id must not be
/// blank), so a mutation that breaks the schema is never applied, and the size limits of
/// `protocol::limits`, which the app checks when a change is written, so a current app never
/// has a change rejected for its size.
pub fn validate(m: &Mutation) -> Result<(), ApiError> {
    let bad = |msg: &str| Err(ApiError::new(ApiErrorCode::Invalid, msg));
    if m.hlc.parts().is_none() {
        return bad("malformed hlc");
    }
    if m.record_id.trim().is_empty() || m.record_id.chars().count() > MAX_RECORD_ID_CHARS {
        return bad("record_id must be 1 to 200 characters, not blank");
    }
    if let RecordChange::Set { fields, base } = &m.change {
        if fields.is_empty() {
            return bad("a set must name at least one field");
        }
        if fields.len() > MAX_FIELDS_PER_SET {
            return bad("too many fields");
        }
        if !fields.keys().all(|name| valid_field_name(name)) {
            return bad("field names are 1 to 64 of [A-Za-z0-9_]");
        }
        if base.values().any(|h| h.parts().is_none()) {
            return bad("malformed base clock");
        }
    }
    limits::check_mutation(m).map_err(|e| ApiError::new(ApiErrorCode::Invalid, e.to_string()))
}

/// The checks of a change to a guide request beyond [`validate`]: a request is written once,
/// whole ([`guide_request::check_request`]), to a guide the content knows, in one of that
/// guide's languages and topics; the fields of the answer are the portal's. A delete (the user
/// withdraws the request) is always allowed.
///
/// After a restore of the portal, devices send their records again: a request the portal has
/// already, unchanged (the same values under the same clock), is taken as it is, and an answer
/// comes back only under this portal's seal on it ([`crate::answer_seal`]), keyed by `key`.
/// `stored` is the user's record of this id, if any; `guide` looks a guide up in the content.
/// The outer error is the store's, the inner one the rejection.
pub fn validate_guide_request(
    m: &Mutation,
    user_id: &str,
    stored: Option<&RecordState>,
    key: &mut dyn FnMut() -> anyhow::Result<Option<Vec<u8>>>,
    guide: &mut dyn FnMut(&str) -> anyhow::Result<Option<Guide>>,
) -> anyhow::Result<Result<(), ApiError>> {
    let RecordChange::Set { fields, .. } = &m.change else {
        return Ok(Ok(()));
    };
    let reject = |p: RequestProblem| Ok(Err(ApiError::new(ApiErrorCode::Invalid, p.to_string())));
    if fields
        .keys()
        .any(|k| guide_request::PORTAL_FIELDS.contains(&k.as_str()))
    {
        let sealed = answer_seal::answer_fields(fields).zip(key()?).is_some_and(
            |((answer, answered_at, guide_name, seal), key)| {
                answer_seal::SealedAnswer {
                    user_id,
                    record_id: &m.record_id,
                    hlc: &m.hlc,
                    answer,
                    answered_at,
                    guide_name,
                }
                .verify(&key, seal)
            },
        );
        return if sealed {
            Ok(Ok(()))
        } else {
            reject(RequestProblem::NotAllowed)
        };
    }
    if let Some(stored) = stored {
        let unchanged = fields.iter().all(|(name, value)| {
            stored
                .fields
                .get(name)
                .is_some_and(|f| f.value == *value && f.hlc == m.hlc)
        });
        return if unchanged {
            Ok(Ok(()))
        } else {
            reject(RequestProblem::AlreadySent)
        };
    }
    let guide_id = match guide_request::check_request(fields) {
        Ok(id) => id,
        Err(p) => return reject(p),
    };
    match guide_request::check_guide(fields, guide(guide_id)?.as_ref()) {
        Ok(()) => Ok(Ok(())),
        Err(p) => reject(p),
    }
}

/// The change that writes a guide's answer into a user's request record: a clock of the
/// portal's own node, later than every clock of the record, so the answer wins and is never
/// taken for a device's write; sealed with `key` for the record of `user_id` and `record_id`.
pub fn answer_change(
    state: &RecordState,
    sealed_for: (&str, &str),
    key: &[u8],
    answer: &str,
    guide_name: &str,
    now_ms: i64,
) -> Mutation {
    let newest = state
        .fields
        .values()
        .map(|f| &f.hlc)
        .chain(state.deleted.as_ref())
        .filter_map(|h| h.parts().map(|(ms, _, _)| ms))
        .max()
        .unwrap_or(0);
    let ms = u64::try_from(now_ms).unwrap_or(0).max(newest + 1);
    let hlc = Hlc::new(ms, 0, guide_request::PORTAL_NODE);
    let answered_at = chrono::DateTime::from_timestamp_millis(now_ms)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let (user_id, record_id) = sealed_for;
    let seal = answer_seal::SealedAnswer {
        user_id,
        record_id,
        hlc: &hlc,
        answer,
        answered_at: &answered_at,
        guide_name,
    }
    .seal(key);
    let fields = BTreeMap::from([
        (guide_request::ANSWER_FIELD.to_owned(), answer.into()),
        (
            guide_request::ANSWERED_AT_FIELD.to_owned(),
            answered_at.into(),
        ),
        (
            guide_request::GUIDE_NAME_FIELD.to_owned(),
            guide_name.into(),
        ),
        (guide_request::ANSWER_SEAL_FIELD.to_owned(), seal.into()),
    ]);
    Mutation {
        id: 0,
        collection: welcome_protocol::Collection::GuideRequest,
        record_id: record_id.to_owned(),
        hlc,
        change: RecordChange::Set {
            fields,
            base: BTreeMap::new(),
        },
    }
}

/// A clock no later than the portal's own time plus [`limits::MAX_CLOCK_SKEW_MILLIS`]: a device
/// whose clock runs years ahead would otherwise win every conflict against every other device.
/// The counter and node are kept, so clamped clocks stay distinct and ordered.
pub fn clamp_clock(hlc: &Hlc, now_millis: u64) -> Hlc {
    let latest = now_millis.saturating_add(limits::MAX_CLOCK_SKEW_MILLIS);
    match hlc.parts() {
        Some((ms, counter, node)) if ms > latest => Hlc::new(latest, counter, node),
        _ => hlc.clone(),
    }
}

/// Applies a valid mutation to a record; returns true when the record changed.
pub fn apply(state: &mut RecordState, m: &Mutation) -> bool {
    let before = state.clone();
    match &m.change {
        RecordChange::Delete => {
            if state.deleted.as_ref().is_none_or(|d| m.hlc > *d) {
                state.deleted = Some(m.hlc.clone());
                state.fields.retain(|_, f| f.hlc > m.hlc);
            }
        }
        RecordChange::Set { fields, base } => {
            if state.deleted.as_ref().is_some_and(|d| *d >= m.hlc) {
                return false;
            }
            for (name, value) in fields {
                set_field(state, name, value, &m.hlc, base.get(name));
            }
        }
    }
    *state != before
}

fn set_field(
    state: &mut RecordState,
    name: &str,
    value: &serde_json::Value,
    hlc: &Hlc,
    base: Option<&Hlc>,
) {
    let incoming = FieldValue {
        value: value.clone(),
        hlc: hlc.clone(),
    };
    let Some(current) = state.fields.get(name).cloned() else {
        state.fields.insert(name.to_owned(), incoming);
        return;
    };
    let keep_both = KEEP_BOTH_FIELDS.contains(&name);
    let concurrent = keep_both && base != Some(&current.hlc) && current.value != *value;
    let (winner, loser) = if *hlc > current.hlc {
        (incoming, current)
    } else {
        (current, incoming)
    };
    if concurrent {
        let newest = winner.hlc.clone().max(loser.hlc.clone());
        state.fields.insert(
            format!("{name}{CONFLICT_SUFFIX}"),
            FieldValue {
                value: loser.value,
                hlc: newest,
            },
        );
    }
    state.fields.insert(name.to_owned(), winner);
}

#[cfg(test)]
mod tests {
    use super::*;
    use welcome_protocol::Collection;

    fn set(id: u64, hlc: &Hlc, field: &str, v: &str, base: Option<&Hlc>) -> Mutation {
        let mut fields = BTreeMap::new();
        fields.insert(field.to_owned(), serde_json::json!(v));
        let mut b = BTreeMap::new();
        if let Some(h) = base {
            b.insert(field.to_owned(), h.clone());
        }
        Mutation {
            id,
            collection: Collection::Person,
            record_id: "p1".into(),
            hlc: hlc.clone(),
            change: RecordChange::Set { fields, base: b },
        }
    }

    #[test]
    fn higher_clock_wins_per_field_in_any_order() {
        let (a, b) = (Hlc::new(1, 0, "a"), Hlc::new(2, 0, "b"));
        let (m1, m2) = (
            set(1, &a, "name", "old", None),
            set(2, &b, "name", "new", None),
        );
        let mut s1 = RecordState::default();
        apply(&mut s1, &m1);
        apply(&mut s1, &m2);
        let mut s2 = RecordState::default();
        apply(&mut s2, &m2);
        apply(&mut s2, &m1);
        assert_eq!(s1, s2);
        assert_eq!(s1.fields["name"].value, serde_json::json!("new"));
    }

    #[test]
    fn concurrent_notes_keep_both_and_sequential_ones_do_not() {
        let (a, b, c) = (
            Hlc::new(1, 0, "a"),
            Hlc::new(2, 0, "b"),
            Hlc::new(3, 0, "a"),
        );
        let mut s = RecordState::default();
        apply(&mut s, &set(1, &a, "note", "first", None));
        apply(&mut s, &set(2, &b, "note", "edit on b", Some(&a)));
        assert!(!s.fields.contains_key("note_conflict"));
        apply(&mut s, &set(3, &c, "note", "edit on a", Some(&a)));
        assert_eq!(s.fields["note"].value, serde_json::json!("edit on a"));
        assert_eq!(
            s.fields["note_conflict"].value,
            serde_json::json!("edit on b")
        );
    }

    #[test]
    fn clocks_far_ahead_are_clamped_and_others_kept() {
        let now = 1_800_000_000_000;
        let near = Hlc::new(now + 1_000, 3, "a");
        assert_eq!(clamp_clock(&near, now), near);
        let years = Hlc::new(now + 3 * 365 * 86_400_000, 7, "b");
        let clamped = clamp_clock(&years, now);
        assert_eq!(
            clamped.parts(),
            Some((now + limits::MAX_CLOCK_SKEW_MILLIS, 7, "b"))
        );
    }

    #[test]
    fn delete_wins_over_older_writes_only() {
        let (a, b, c) = (
            Hlc::new(1, 0, "a"),
            Hlc::new(2, 0, "b"),
            Hlc::new(3, 0, "a"),
        );
        let mut s = RecordState::default();
        apply(&mut s, &set(1, &a, "name", "x", None));
        let del = Mutation {
            change: RecordChange::Delete,
            hlc: b.clone(),
            ..set(2, &b, "x", "", None)
        };
        apply(&mut s, &del);
        assert_eq!(s.visible_deleted(), Some(&b));
        assert!(!apply(&mut s, &set(3, &a, "name", "late", None)));
        apply(&mut s, &set(4, &c, "name", "again", None));
        assert_eq!(s.visible_deleted(), None);
    }
}
