//! Saved searches: a name and a [`JobQuery`], kept as a `saved_search` user-data record
//! (fields `name`, `query`, `created_at`), so they follow the account to every device.

use super::query::JobQuery;
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Map, Value};

/// Longest name of a saved search, in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// A saved search as the app lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SavedSearch {
    pub id: String,
    pub name: String,
    pub query: JobQuery,
    pub created_at: Option<DateTime<Utc>>,
}

impl SavedSearch {
    /// Reads a record; `None` when it is not a usable search (e.g. written by a newer app with
    /// a query this build cannot read): such a record is skipped, never an error for the list.
    pub fn from_fields(record_id: &str, fields: &Map<String, Value>) -> Option<Self> {
        let name = fields.get("name")?.as_str()?.to_owned();
        let query: JobQuery = serde_json::from_value(fields.get("query")?.clone()).ok()?;
        let created_at = fields
            .get("created_at")
            .and_then(Value::as_str)
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.with_timezone(&Utc));
        Some(Self {
            id: record_id.to_owned(),
            name,
            query,
            created_at,
        })
    }

    /// The record's fields for a new search. The page of the query is not part of a search.
    pub fn to_fields(name: &str, query: &JobQuery, now: DateTime<Utc>) -> Map<String, Value> {
        let mut query = query.clone();
        query.offset = 0;
        query.limit = 0;
        let mut fields = Map::new();
        fields.insert("name".into(), Value::String(name.to_owned()));
        fields.insert(
            "query".into(),
            serde_json::to_value(&query).unwrap_or(Value::Null),
        );
        fields.insert("created_at".into(), Value::String(now.to_rfc3339()));
        fields
    }
}

/// A fresh record id for a search: random, so two devices never pick the same.
pub fn new_search_id() -> String {
    format!("search-{:016x}", rand::random::<u64>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip() {
        let q = JobQuery {
            text: "Pflege".into(),
            limit: 50,
            offset: 20,
            ..JobQuery::default()
        };
        let fields = SavedSearch::to_fields("Pflege in Essen", &q, Utc::now());
        let s = SavedSearch::from_fields("search-1", &fields).unwrap();
        assert_eq!(s.name, "Pflege in Essen");
        assert_eq!(s.query.text, "Pflege");
        assert_eq!((s.query.limit, s.query.offset), (0, 0));
        let mut broken = fields.clone();
        broken.insert("query".into(), Value::String("nonsense".into()));
        assert!(SavedSearch::from_fields("search-1", &broken).is_none());
    }
}
