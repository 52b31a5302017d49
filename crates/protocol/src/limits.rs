//! The sizes the portal accepts, in one place for both sides: the portal enforces them, publishes
//! them in `GET /v1/health`, and the app checks a change against them at the moment it is
//! written, so a change that could never be uploaded is refused while the user still sees it,
//! instead of blocking the outbox later.

use crate::user_data::{Mutation, RecordChange, CONFLICT_SUFFIX};
use serde::{Deserialize, Serialize};

/// Largest request body the portal reads, in bytes.
pub const MAX_REQUEST_BYTES: usize = 256 * 1024;

/// Largest mutation batch the portal accepts in one request.
pub const MAX_MUTATIONS_PER_BATCH: usize = 500;

/// Largest single mutation, as JSON. A batch of one always fits in a request with room to
/// spare, so no single change can ever block the queue.
pub const MAX_MUTATION_BYTES: usize = 64 * 1024;

/// Longest note (`note` and its conflict copy), in characters.
pub const MAX_NOTE_CHARS: usize = 10_000;

/// Longest other free-text value of a record (names, titles, search text), in characters.
pub const MAX_TEXT_CHARS: usize = 1_000;

use crate::user_data::{valid_field_name, MAX_FIELDS_PER_SET as MAX_FIELDS, MAX_RECORD_ID_CHARS};

/// Furthest a clock may run ahead of the portal's own: later clocks are clamped, so a device
/// whose clock is years ahead cannot win every conflict.
pub const MAX_CLOCK_SKEW_MILLIS: u64 = 5 * 60 * 1000;

// A batch of one change always fits in a request with room to spare.
const _: () = assert!(MAX_MUTATION_BYTES * 2 < MAX_REQUEST_BYTES);

/// The limits as `GET /v1/health` publishes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Limits {
    pub max_request_bytes: u64,
    pub max_mutations_per_batch: u64,
    pub max_mutation_bytes: u64,
    pub max_note_chars: u64,
    pub max_text_chars: u64,
}

impl Limits {
    /// The limits this build of the protocol defines.
    pub const CURRENT: Limits = Limits {
        max_request_bytes: MAX_REQUEST_BYTES as u64,
        max_mutations_per_batch: MAX_MUTATIONS_PER_BATCH as u64,
        max_mutation_bytes: MAX_MUTATION_BYTES as u64,
        max_note_chars: MAX_NOTE_CHARS as u64,
        max_text_chars: MAX_TEXT_CHARS as u64,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Self::CURRENT
    }
}

/// Why a change is over a limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LimitError {
    /// A text field is longer than its limit (characters).
    TextTooLong { field: String, max: usize },
    /// The record id is empty or too long.
    RecordId,
    /// Too many fields, or a field name that is empty, too long or has other characters.
    FieldName { field: String },
    /// The whole change is larger than [`MAX_MUTATION_BYTES`] as JSON.
    TooLarge { bytes: usize, max: usize },
}

impl std::fmt::Display for LimitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LimitError::TextTooLong { field, max } => {
                write!(f, "field {field} is longer than {max} characters")
            }
            LimitError::RecordId => write!(f, "record_id must be 1 to 200 characters, not blank"),
            LimitError::FieldName { field } => write!(
                f,
                "field name {field:?}: at most {MAX_FIELDS} fields named by 1 to 64 of [A-Za-z0-9_]"
            ),
            LimitError::TooLarge { bytes, max } => {
                write!(f, "the change is {bytes} bytes; at most {max} are accepted")
            }
        }
    }
}

/// The character limit of a field's text.
pub fn text_limit(field: &str) -> usize {
    let base = field.strip_suffix(CONFLICT_SUFFIX).unwrap_or(field);
    if base == "note" {
        MAX_NOTE_CHARS
    } else {
        MAX_TEXT_CHARS
    }
}

/// The length of a text value. Structured values (a saved job's copy of the ad) are bounded by
/// the mutation's size alone: an ad's description is the employer's text, not the user's.
fn text_chars(value: &serde_json::Value) -> usize {
    value.as_str().map_or(0, |s| s.chars().count())
}

/// Checks a change against the limits; the portal rejects exactly what this refuses.
pub fn check_mutation(m: &Mutation) -> Result<(), LimitError> {
    if m.record_id.trim().is_empty() || m.record_id.chars().count() > MAX_RECORD_ID_CHARS {
        return Err(LimitError::RecordId);
    }
    if let RecordChange::Set { fields, .. } = &m.change {
        if fields.len() > MAX_FIELDS {
            return Err(LimitError::FieldName {
                field: format!("({} fields)", fields.len()),
            });
        }
        for (name, value) in fields {
            if !valid_field_name(name) {
                return Err(LimitError::FieldName {
                    field: name.clone(),
                });
            }
            let max = text_limit(name);
            if text_chars(value) > max {
                return Err(LimitError::TextTooLong {
                    field: name.clone(),
                    max,
                });
            }
        }
    }
    let bytes = serde_json::to_vec(m).map(|v| v.len()).unwrap_or(usize::MAX);
    if bytes > MAX_MUTATION_BYTES {
        return Err(LimitError::TooLarge {
            bytes,
            max: MAX_MUTATION_BYTES,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::user_data::{Collection, Hlc};
    use std::collections::BTreeMap;

    fn set(field: &str, value: serde_json::Value) -> Mutation {
        let mut fields = BTreeMap::new();
        fields.insert(field.to_owned(), value);
        Mutation {
            id: 1,
            collection: Collection::ItemProgress,
            record_id: "me:anmeldung".into(),
            hlc: Hlc::new(1, 0, "c1"),
            change: RecordChange::Set {
                fields,
                base: BTreeMap::new(),
            },
        }
    }

    #[test]
    fn a_note_may_be_long_and_other_text_may_not() {
        let note = "ü".repeat(MAX_NOTE_CHARS);
        assert_eq!(check_mutation(&set("note", note.clone().into())), Ok(()));
        assert!(matches!(
            check_mutation(&set("note", format!("{note}x").into())),
            Err(LimitError::TextTooLong {
                max: MAX_NOTE_CHARS,
                ..
            })
        ));
        assert!(matches!(
            check_mutation(&set("name", "x".repeat(MAX_TEXT_CHARS + 1).into())),
            Err(LimitError::TextTooLong {
                max: MAX_TEXT_CHARS,
                ..
            })
        ));
        assert!(matches!(
            check_mutation(&set("bad name", "x".into())),
            Err(LimitError::FieldName { .. })
        ));
    }

    #[test]
    fn the_largest_note_fits_one_mutation_and_a_batch_of_one_fits_a_request() {
        // Every character escaped by JSON takes at most 6 bytes (\u001f); a note of control
        // characters is the worst case and must still fit.
        let worst = "\u{1f}".repeat(MAX_NOTE_CHARS);
        let m = set("note", worst.into());
        let bytes = serde_json::to_vec(&m).unwrap().len();
        assert!(bytes <= MAX_MUTATION_BYTES, "{bytes}");
    }
}
