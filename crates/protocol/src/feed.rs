//! The content change feed: `GET /v1/feed`.
//!
//! The answer is newline-delimited JSON (`application/x-ndjson`): one [`FeedLine`] per line,
//! `Upsert`s and `Delete`s in server sequence order, closed by exactly one `End` line that
//! carries the cursor to resume from. A response without its `End` line was cut off and must be
//! discarded whole; the client applies the page together with the `End` cursor in one
//! transaction, so a repeated page is harmless.

use crate::content::{Checklist, Guide, JobSummary, Municipality, Office, PlanRules};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use serde::{Deserialize, Serialize};

/// A content record of any kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "kind", content = "data", rename_all = "snake_case")]
pub enum Entity {
    Municipality(Municipality),
    Checklist(Checklist),
    Office(Office),
    Guide(Guide),
    Job(JobSummary),
    PlanRules(PlanRules),
}

/// The kinds of content record, as named on the wire and in tombstones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Municipality,
    Checklist,
    Office,
    Guide,
    Job,
    PlanRules,
}

impl EntityKind {
    pub const ALL: [EntityKind; 6] = [
        EntityKind::Municipality,
        EntityKind::Checklist,
        EntityKind::Office,
        EntityKind::Guide,
        EntityKind::Job,
        EntityKind::PlanRules,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Municipality => "municipality",
            EntityKind::Checklist => "checklist",
            EntityKind::Office => "office",
            EntityKind::Guide => "guide",
            EntityKind::Job => "job",
            EntityKind::PlanRules => "plan_rules",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl crate::content::Texts for Entity {
    fn for_each_text(&mut self, f: &mut dyn FnMut(&mut crate::LocalizedText)) {
        match self {
            Entity::Municipality(x) => x.for_each_text(f),
            Entity::Checklist(x) => x.for_each_text(f),
            Entity::Office(x) => x.for_each_text(f),
            Entity::Guide(x) => x.for_each_text(f),
            Entity::Job(x) => x.for_each_text(f),
            Entity::PlanRules(x) => x.for_each_text(f),
        }
    }
}

impl Entity {
    pub fn kind(&self) -> EntityKind {
        match self {
            Entity::Municipality(_) => EntityKind::Municipality,
            Entity::Checklist(_) => EntityKind::Checklist,
            Entity::Office(_) => EntityKind::Office,
            Entity::Guide(_) => EntityKind::Guide,
            Entity::Job(_) => EntityKind::Job,
            Entity::PlanRules(_) => EntityKind::PlanRules,
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Entity::Municipality(x) => &x.id,
            Entity::Checklist(x) => &x.id,
            Entity::Office(x) => &x.id,
            Entity::Guide(x) => &x.id,
            Entity::Job(x) => &x.id,
            Entity::PlanRules(x) => &x.id,
        }
    }
}

/// One line of the feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "op", rename_all = "snake_case")]
// Lines are made and consumed one at a time, never stored in bulk: boxing the entity would
// cost an allocation per line for nothing.
#[allow(clippy::large_enum_variant)]
pub enum FeedLine {
    /// Insert or replace a record. `seq` orders changes: a client keeps the higher one.
    Upsert {
        seq: u64,
        #[serde(flatten)]
        entity: Entity,
    },
    /// The record is gone (a tombstone).
    Delete {
        seq: u64,
        kind: EntityKind,
        id: String,
    },
    /// The last line of every page.
    End {
        /// Where to resume; opaque to the client.
        cursor: String,
        /// More changes wait beyond this page: ask again at once.
        has_more: bool,
        /// Changes in the whole feed after this cursor, when the server knows it cheaply; for
        /// a progress bar.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        remaining: Option<u64>,
    },
}

/// Which jobs a client wants. Jobs outside the scope are not sent (content of other kinds is
/// always sent). An empty scope means no jobs at all.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct JobScope {
    /// Municipality ids; a job in any of them is in scope.
    #[serde(default)]
    pub municipalities: Vec<String>,
    /// A circle; a job within it is in scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub near: Option<Circle>,
    /// Occupation fields; empty means every field.
    #[serde(default)]
    pub fields: Vec<String>,
    /// Every job in the region (the default subscription of a new install).
    #[serde(default)]
    pub all: bool,
}

/// A circle on the map, radius in kilometres.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Circle {
    #[cfg_attr(feature = "schema", schemars(range(min = -90.0, max = 90.0)))]
    pub lat: f64,
    #[cfg_attr(feature = "schema", schemars(range(min = -180.0, max = 180.0)))]
    pub lon: f64,
    /// Up to [`MAX_RADIUS_KM`], half the Earth's circumference: a larger circle holds no more.
    #[cfg_attr(feature = "schema", schemars(range(min = 0.0, max = MAX_RADIUS_KM)))]
    pub radius_km: f64,
}

/// Largest radius of a [`Circle`], in kilometres.
pub const MAX_RADIUS_KM: f64 = 20_038.0;

impl Circle {
    /// True when the centre is on the map and the radius within `0..=MAX_RADIUS_KM` (NaN is not).
    pub fn is_valid(&self) -> bool {
        (-90.0..=90.0).contains(&self.lat)
            && (-180.0..=180.0).contains(&self.lon)
            && (0.0..=MAX_RADIUS_KM).contains(&self.radius_km)
    }
}

impl JobScope {
    /// Every job in the region.
    pub fn everything() -> Self {
        Self {
            all: true,
            ..Self::default()
        }
    }

    /// A stable fingerprint of the scope, carried in the cursor: a cursor made for another
    /// scope is answered with "resync", so changing the subscription refills the jobs.
    pub fn fingerprint(&self) -> String {
        let mut m = self.municipalities.clone();
        m.sort();
        m.dedup();
        let mut f = self.fields.clone();
        f.sort();
        f.dedup();
        let near = self
            .near
            .map(|c| format!("{:.4},{:.4},{:.1}", c.lat, c.lon, c.radius_km))
            .unwrap_or_default();
        let text = format!("{}|{}|{}|{}", self.all, m.join(","), near, f.join(","));
        // FNV-1a, 64 bit: stable across builds and platforms, unlike std's hasher.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in text.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        format!("{h:016x}")
    }

    /// Does a job at this place and in this field fall in the scope?
    pub fn contains(&self, municipality_id: Option<&str>, lat: f64, lon: f64, field: &str) -> bool {
        if !self.fields.is_empty() && !self.fields.iter().any(|f| f == field) {
            return false;
        }
        if self.all {
            return true;
        }
        let in_town = municipality_id.is_some_and(|m| self.municipalities.iter().any(|x| x == m));
        let in_circle = self
            .near
            .is_some_and(|c| haversine_km(c.lat, c.lon, lat, lon) <= c.radius_km);
        in_town || in_circle
    }
}

/// Great-circle distance in kilometres (mean Earth radius 6371 km).
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

/// Query of `GET /v1/feed`. The scope travels as JSON in `scope` so lists and circles need no
/// ad-hoc encoding.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FeedQuery {
    /// Opaque cursor from the previous page's `end` line; absent or empty starts from the
    /// beginning. A cursor the portal cannot use (compacted, another epoch or job scope, or
    /// unreadable) is answered 409 `resync_required`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Lines per page (default [`crate::DEFAULT_PAGE_SIZE`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = crate::MAX_PAGE_SIZE)))]
    pub limit: Option<u32>,
    /// JSON of a [`JobScope`]; absent means no jobs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::schema::json_of::<JobScope>")
    )]
    pub scope: Option<String>,
    /// The languages the client reads, comma-separated BCP 47 codes in its order of preference
    /// (e.g. `ar,en,de`). Texts come in these and in the originals (German, English) only;
    /// absent means the originals only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = crate::text::LANGUAGE_LIST_PATTERN))
    )]
    pub lang: Option<String>,
}

/// What a cursor means to the server. Clients treat the encoded form as opaque.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    /// Identifies the server's database; a restored or rebuilt server has a new epoch.
    pub epoch: String,
    /// The last sequence number the client has.
    pub seq: u64,
    /// [`JobScope::fingerprint`] of the scope the client synced with.
    pub scope: String,
}

impl Cursor {
    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(format!("1.{}.{}.{}", self.epoch, self.seq, self.scope))
    }

    pub fn decode(s: &str) -> Option<Self> {
        let raw = URL_SAFE_NO_PAD.decode(s).ok()?;
        let text = String::from_utf8(raw).ok()?;
        let mut parts = text.splitn(4, '.');
        if parts.next()? != "1" {
            return None;
        }
        let epoch = parts.next()?.to_owned();
        let seq = parts.next()?.parse().ok()?;
        let scope = parts.next()?.to_owned();
        Some(Self { epoch, seq, scope })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trips_and_rejects_garbage() {
        let c = Cursor {
            epoch: "abc123".into(),
            seq: 42,
            scope: JobScope::everything().fingerprint(),
        };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        assert_eq!(Cursor::decode("not a cursor"), None);
        assert_eq!(Cursor::decode(""), None);
    }

    #[test]
    fn feed_lines_have_a_stable_shape() {
        let line = FeedLine::Delete {
            seq: 7,
            kind: EntityKind::Job,
            id: "10000-1".into(),
        };
        let json = serde_json::to_string(&line).unwrap();
        assert_eq!(
            json,
            r#"{"op":"delete","seq":7,"kind":"job","id":"10000-1"}"#
        );
        let end: FeedLine =
            serde_json::from_str(r#"{"op":"end","cursor":"x","has_more":false,"future":1}"#)
                .unwrap();
        assert!(matches!(
            end,
            FeedLine::End {
                has_more: false,
                ..
            }
        ));
    }

    #[test]
    fn upserts_round_trip_with_kind_and_data() {
        let line = FeedLine::Upsert {
            seq: 3,
            entity: Entity::Municipality(crate::Municipality {
                id: "essen".into(),
                name: "Essen".into(),
                names: Default::default(),
                district: None,
                lat: 51.45,
                lon: 7.01,
            }),
        };
        let json = serde_json::to_string(&line).unwrap();
        assert!(json.starts_with(r#"{"op":"upsert","seq":3,"kind":"municipality","data":{"#));
        assert_eq!(serde_json::from_str::<FeedLine>(&json).unwrap(), line);
    }

    #[test]
    fn scope_fingerprint_ignores_order_and_radius_is_inclusive() {
        let a = JobScope {
            municipalities: vec!["essen".into(), "bochum".into()],
            ..Default::default()
        };
        let b = JobScope {
            municipalities: vec!["bochum".into(), "essen".into()],
            ..Default::default()
        };
        assert_eq!(a.fingerprint(), b.fingerprint());
        // Essen Hbf to Bochum Hbf is about 15.6 km.
        let near = JobScope {
            near: Some(Circle {
                lat: 51.4513,
                lon: 7.0138,
                radius_km: 16.0,
            }),
            ..Default::default()
        };
        assert!(near.contains(None, 51.4787, 7.2232, "it"));
        let closer = JobScope {
            near: Some(Circle {
                radius_km: 14.0,
                ..near.near.unwrap()
            }),
            ..Default::default()
        };
        assert!(!closer.contains(None, 51.4787, 7.2232, "it"));
    }
}
