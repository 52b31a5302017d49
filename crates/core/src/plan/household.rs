//! The people of a household on one device, each with their own answers and plan.

use serde::{Deserialize, Serialize};

/// The id of the first person, who exists on every device without being created.
pub const DEFAULT_PERSON: &str = "me";

/// Longest name and id we accept (they appear in record ids and on printouts).
pub const MAX_NAME_CHARS: usize = 100;

/// Who a person is to the device's owner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    #[serde(rename = "self")]
    Myself,
    Spouse,
    Child,
    Other,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Myself => "self",
            Relation::Spouse => "spouse",
            Relation::Child => "child",
            Relation::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Relation::Myself,
            Relation::Spouse,
            Relation::Child,
            Relation::Other,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}

/// A member of the household (a `person` record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Person {
    pub id: String,
    pub name: String,
    pub relation: Relation,
}

/// Field names of a `person` record.
pub mod fields {
    pub const NAME: &str = "name";
    pub const RELATION: &str = "relation";
}

impl Person {
    /// Reads a stored person; `None` when the record lacks a readable relation.
    pub fn from_fields(id: &str, f: &serde_json::Map<String, serde_json::Value>) -> Option<Self> {
        Some(Self {
            id: id.to_owned(),
            name: f
                .get(fields::NAME)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_owned(),
            relation: Relation::parse(f.get(fields::RELATION)?.as_str()?)?,
        })
    }

    pub fn to_fields(&self) -> serde_json::Map<String, serde_json::Value> {
        let mut m = serde_json::Map::new();
        m.insert(fields::NAME.into(), self.name.clone().into());
        m.insert(fields::RELATION.into(), self.relation.as_str().into());
        m
    }
}

/// True for an id usable as a person id: it becomes part of record ids (`<person>:<item>`), so
/// no colon, and short lowercase ASCII so it reads well on the command line.
pub fn valid_person_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}
