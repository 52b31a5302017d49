//! What a job search asks for, and its validation. The same type is stored in a saved search, so
//! it is plain serde data (the app and the CLI build it; the portal never sees it).

use crate::{Error, Result};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use welcome_protocol::content::{OfferType, WorkingTime};

/// Largest page a search returns; a larger `limit` is clamped, so a caller cannot ask the
/// store to materialise 100,000 summaries at once.
pub const MAX_LIMIT: u32 = 200;

/// Page size when the query does not say.
pub const DEFAULT_LIMIT: u32 = 20;

/// Largest radius accepted: the whole Ruhr region fits in 60 km of its centre, 200 km is
/// generous and still keeps the bounding box meaningful.
pub const MAX_RADIUS_KM: f64 = 200.0;

/// Relevance ranking (bm25) is used only up to this many text matches: over tens of thousands
/// of matches bm25 costs over 100 ms, recency stays under 1 ms.
pub const RELEVANCE_MAX_MATCHES: u64 = 2_000;

/// The centre of a radius search.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Place {
    /// A municipality's coordinates (from the content cache).
    Municipality { id: String },
    /// A point on the map.
    Point { lat: f64, lon: f64 },
}

/// A circle around a place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Radius {
    pub place: Place,
    pub km: f64,
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum JobSort {
    /// Best text match first when the text matches few jobs, else newest first.
    #[default]
    Relevance,
    /// Newest first.
    Date,
    /// Nearest first (only with a radius; newest first otherwise).
    Distance,
}

/// A job search. Every filter is optional; filters combine with AND, the values inside one
/// filter with OR (e.g. "part time or mini job", "in Essen or Bochum").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(default)]
pub struct JobQuery {
    /// Free text over title, occupation, employer and city; the last word matches as a prefix.
    pub text: String,
    /// Jobs in any of these municipalities.
    pub municipalities: Vec<String>,
    /// Jobs within this circle (not together with `municipalities`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub radius: Option<Radius>,
    /// Jobs offering any of these working times.
    pub working_time: Vec<WorkingTime>,
    /// Jobs of any of these offer types.
    pub offer_types: Vec<OfferType>,
    /// Jobs in any of these occupation fields.
    pub fields: Vec<String>,
    /// Jobs published on or after this day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_since: Option<NaiveDate>,
    pub sort: JobSort,
    pub offset: u32,
    /// Page size; 0 means [`DEFAULT_LIMIT`], larger than [`MAX_LIMIT`] is clamped.
    pub limit: u32,
}

/// The bit of a working time in the `jobs.working_time` column.
pub fn working_time_bit(w: WorkingTime) -> i64 {
    match w {
        WorkingTime::FullTime => 1,
        WorkingTime::PartTime => 2,
        WorkingTime::Shift => 4,
        WorkingTime::HomeOffice => 8,
        WorkingTime::MiniJob => 16,
        WorkingTime::Other => 32,
    }
}

/// The `jobs.offer_type` column value (snake_case, as serde writes it).
pub fn offer_type_str(o: OfferType) -> &'static str {
    match o {
        OfferType::Job => "job",
        OfferType::SelfEmployment => "self_employment",
        OfferType::Apprenticeship => "apprenticeship",
        OfferType::Internship => "internship",
        OfferType::Other => "other",
    }
}

impl JobQuery {
    /// The page size actually used.
    pub fn effective_limit(&self) -> u32 {
        match self.limit {
            0 => DEFAULT_LIMIT,
            n => n.min(MAX_LIMIT),
        }
    }

    /// Rejects queries that cannot mean anything, before touching the store.
    pub fn validate(&self) -> Result<()> {
        if let Some(r) = &self.radius {
            if !self.municipalities.is_empty() {
                return Err(Error::invalid("error-jobs-place-and-radius", &[]));
            }
            if !(r.km.is_finite() && r.km > 0.0 && r.km <= MAX_RADIUS_KM) {
                return Err(Error::invalid(
                    "error-jobs-radius",
                    &[
                        ("max", format!("{MAX_RADIUS_KM:.0}")),
                        ("value", r.km.to_string()),
                    ],
                ));
            }
            if let Place::Point { lat, lon } = r.place {
                if !(lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0)
                {
                    return Err(Error::invalid("error-jobs-coordinates", &[]));
                }
            }
        }
        Ok(())
    }
}

/// Turns user text into an FTS5 query that cannot break the MATCH syntax: the text is cut into
/// words the way the `unicode61` tokenizer cuts it (letters and digits; everything else
/// separates), each word becomes a quoted string (so `AND`, `NEAR`, `*`, `(` and `"` are just
/// text), and the last word matches as a prefix so results appear while typing. `None` when
/// the text has no word at all (only punctuation or blanks): no text filter.
pub fn fts_expression(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let last = words.len().checked_sub(1)?;
    let parts: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            // Words hold only letters and digits, so no quote needs doubling; the star after
            // the closing quote is FTS5's prefix operator.
            if i == last {
                format!("\"{w}\"*")
            } else {
                format!("\"{w}\"")
            }
        })
        .collect();
    Some(parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts_expression_quotes_every_word_and_prefixes_the_last() {
        assert_eq!(
            fts_expression("Pflege Essen").as_deref(),
            Some("\"Pflege\" \"Essen\"*")
        );
        assert_eq!(fts_expression("  \"*( AND ) ").as_deref(), Some("\"AND\"*"));
        assert_eq!(
            fts_expression("c++ \"dev"),
            Some("\"c\" \"dev\"*".to_owned())
        );
        assert_eq!(fts_expression("\"*()"), None);
        assert_eq!(fts_expression(""), None);
        assert_eq!(fts_expression("Mülheim"), Some("\"Mülheim\"*".to_owned()));
    }

    #[test]
    fn validation_rejects_bad_radius_and_mixed_places() {
        let mut q = JobQuery {
            radius: Some(Radius {
                place: Place::Point {
                    lat: 51.4,
                    lon: 7.0,
                },
                km: 0.0,
            }),
            ..JobQuery::default()
        };
        assert!(q.validate().is_err());
        q.radius = Some(Radius {
            place: Place::Point {
                lat: 51.4,
                lon: 7.0,
            },
            km: 10.0,
        });
        assert!(q.validate().is_ok());
        q.municipalities = vec!["essen".into()];
        assert!(q.validate().is_err());
        q.municipalities.clear();
        q.radius = Some(Radius {
            place: Place::Point {
                lat: f64::NAN,
                lon: 7.0,
            },
            km: 10.0,
        });
        assert!(q.validate().is_err());
    }

    #[test]
    fn limits_are_clamped() {
        let q = JobQuery {
            limit: 10_000,
            ..JobQuery::default()
        };
        assert_eq!(q.effective_limit(), MAX_LIMIT);
        assert_eq!(JobQuery::default().effective_limit(), DEFAULT_LIMIT);
    }
}
