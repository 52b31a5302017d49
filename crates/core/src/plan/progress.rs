//! A person's progress on one item (status, due date, expiry, note) as stored in the
//! `item_progress` collection, and the counts per phase.
//!
//! # How two devices converge
//! A progress record (`<person_id>:<item_id>`) is a bag of fields (`status`, `due`, `expiry`,
//! `note`); each write stamps only the fields it changes with the device's hybrid logical clock.
//! The store and the portal keep, per field, the value with the higher clock (last writer wins per
//! field; clocks never tie because the node id is part of them). So one device changing the
//! status and another the due date both keep their change; two devices changing the same status
//! end with the later change on both. The note is the exception: a concurrent edit keeps the
//! losing text in `note_conflict` (see `welcome_protocol::user_data::KEEP_BOTH_FIELDS`), and the
//! plan shows it so the person can merge the two by hand.
//!
//! Progress is keyed by the checklist item's stable id, not by its place in the plan, so a plan
//! regenerated after the answers change finds it again; progress of an item that no longer
//! applies stays stored (and comes back if the item applies again).

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use welcome_protocol::content::{ItemKind, Phase};

/// The status of a document or a step. Documents go missing → requested → received →
/// translated/certified → submitted; steps open → in progress → done; both can be not needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    Missing,
    Requested,
    Received,
    TranslatedCertified,
    Submitted,
    Open,
    InProgress,
    Done,
    NotNeeded,
}

impl ItemStatus {
    pub const ALL: [ItemStatus; 9] = [
        ItemStatus::Missing,
        ItemStatus::Requested,
        ItemStatus::Received,
        ItemStatus::TranslatedCertified,
        ItemStatus::Submitted,
        ItemStatus::Open,
        ItemStatus::InProgress,
        ItemStatus::Done,
        ItemStatus::NotNeeded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemStatus::Missing => "missing",
            ItemStatus::Requested => "requested",
            ItemStatus::Received => "received",
            ItemStatus::TranslatedCertified => "translated_certified",
            ItemStatus::Submitted => "submitted",
            ItemStatus::Open => "open",
            ItemStatus::InProgress => "in_progress",
            ItemStatus::Done => "done",
            ItemStatus::NotNeeded => "not_needed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// The status of an item nobody has touched.
    pub fn initial(kind: ItemKind) -> Self {
        match kind {
            ItemKind::Document => ItemStatus::Missing,
            ItemKind::Step | ItemKind::Other => ItemStatus::Open,
        }
    }

    /// True when the status belongs to the item's kind.
    pub fn fits(self, kind: ItemKind) -> bool {
        match self {
            ItemStatus::NotNeeded => true,
            ItemStatus::Missing
            | ItemStatus::Requested
            | ItemStatus::Received
            | ItemStatus::TranslatedCertified
            | ItemStatus::Submitted => kind == ItemKind::Document,
            ItemStatus::Open | ItemStatus::InProgress | ItemStatus::Done => kind == ItemKind::Step,
        }
    }

    /// Counts as done in the progress: a step done; a document in hand (received, translated or
    /// already submitted), because gathering it is the person's part of the work.
    pub fn is_done(self) -> bool {
        matches!(
            self,
            ItemStatus::Done
                | ItemStatus::Received
                | ItemStatus::TranslatedCertified
                | ItemStatus::Submitted
        )
    }
}

/// Field names of an `item_progress` record.
pub mod fields {
    pub const STATUS: &str = "status";
    pub const DUE: &str = "due";
    pub const EXPIRY: &str = "expiry";
    pub const NOTE: &str = "note";
    pub const REMINDER_DAYS: &str = "reminder_days";
}

/// What is stored for one item of one person; absent fields mean "untouched".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ItemProgress {
    pub status: Option<ItemStatus>,
    /// A due date the person set; it overrides the derived one.
    pub due: Option<NaiveDate>,
    /// Expiry date of a document (passport, certificate).
    pub expiry: Option<NaiveDate>,
    pub note: Option<String>,
    /// The other version of a note edited on two devices at once.
    pub note_conflict: Option<String>,
    /// Days before the due or expiry date to be reminded on, for this item only (empty: no
    /// reminder); `None` follows the device's setting.
    pub reminder_days: Option<Vec<u32>>,
}

impl ItemProgress {
    /// Reads the stored fields leniently: a value this version cannot read counts as untouched
    /// rather than breaking the whole plan.
    pub fn from_fields(fields: &serde_json::Map<String, serde_json::Value>) -> Self {
        let text = |k: &str| {
            fields
                .get(k)
                .and_then(|v| v.as_str())
                .filter(|s| !s.is_empty())
        };
        let date = |k: &str| text(k).and_then(|s| s.parse::<NaiveDate>().ok());
        Self {
            status: text(fields::STATUS).and_then(ItemStatus::parse),
            due: date(fields::DUE),
            expiry: date(fields::EXPIRY),
            note: text(fields::NOTE).map(str::to_owned),
            note_conflict: text("note_conflict").map(str::to_owned),
            reminder_days: fields
                .get(fields::REMINDER_DAYS)
                .and_then(|v| serde_json::from_value::<Vec<u32>>(v.clone()).ok()),
        }
    }
}

/// How long after arrival a document must stay valid. A passport has to outlast the visa and the
/// first residence permit, which is applied for in the first months; missions commonly ask for
/// validity well beyond the planned entry, so six months after arrival is the line we warn at.
pub const VALID_AFTER_ARRIVAL: Months = Months::new(6);

/// Why a document's expiry needs attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum ExpiryWarning {
    /// Already expired today.
    Expired,
    /// Expires before six months after the planned arrival (or from today when no arrival).
    ExpiresTooSoon,
}

impl ExpiryWarning {
    pub fn as_str(self) -> &'static str {
        match self {
            ExpiryWarning::Expired => "expired",
            ExpiryWarning::ExpiresTooSoon => "expires_too_soon",
        }
    }
}

/// The expiry warning for a document, if any (see [`VALID_AFTER_ARRIVAL`]).
pub fn expiry_warning(
    expiry: NaiveDate,
    today: NaiveDate,
    arrival: Option<NaiveDate>,
) -> Option<ExpiryWarning> {
    if expiry < today {
        return Some(ExpiryWarning::Expired);
    }
    let from = arrival.unwrap_or(today).max(today);
    let needed = from.checked_add_months(VALID_AFTER_ARRIVAL)?;
    (expiry < needed).then_some(ExpiryWarning::ExpiresTooSoon)
}

/// The stable key of a phase (its serde name), for message ids such as `plan-phase-first_weeks`.
pub fn phase_key(phase: Phase) -> &'static str {
    match phase {
        Phase::BeforeDeparture => "before_departure",
        Phase::FirstWeeks => "first_weeks",
        Phase::FirstMonths => "first_months",
        Phase::Other => "other",
    }
}

/// Done and applicable items (not-needed ones excluded from both).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Count {
    pub done: u32,
    pub applicable: u32,
}

impl Count {
    pub fn add(&mut self, status: ItemStatus) {
        if status == ItemStatus::NotNeeded {
            return;
        }
        self.applicable += 1;
        if status.is_done() {
            self.done += 1;
        }
    }
}

/// Progress of one phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PhaseCount {
    pub phase: Phase,
    #[serde(flatten)]
    pub count: Count,
}

/// Progress overall and per phase (every phase listed, in order, even when empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Progress {
    pub overall: Count,
    pub phases: Vec<PhaseCount>,
}

impl Progress {
    pub fn of(items: impl IntoIterator<Item = (Phase, ItemStatus)>) -> Self {
        let mut phases: Vec<PhaseCount> = [
            Phase::BeforeDeparture,
            Phase::FirstWeeks,
            Phase::FirstMonths,
        ]
        .into_iter()
        .map(|phase| PhaseCount {
            phase,
            count: Count::default(),
        })
        .collect();
        let mut overall = Count::default();
        for (phase, status) in items {
            overall.add(status);
            if let Some(p) = phases.iter_mut().find(|p| p.phase == phase) {
                p.count.add(status);
            }
        }
        Self { overall, phases }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn warns_when_a_document_expires_within_six_months_of_arrival() {
        let today = day("2026-11-25");
        let arrival = Some(day("2027-03-01"));
        assert_eq!(
            expiry_warning(day("2026-11-01"), today, arrival),
            Some(ExpiryWarning::Expired)
        );
        assert_eq!(
            expiry_warning(day("2027-08-31"), today, arrival),
            Some(ExpiryWarning::ExpiresTooSoon)
        );
        assert_eq!(expiry_warning(day("2027-09-01"), today, arrival), None);
        assert_eq!(expiry_warning(day("2027-06-01"), today, None), None);
    }

    #[test]
    fn not_needed_counts_nowhere() {
        let p = Progress::of([
            (Phase::BeforeDeparture, ItemStatus::Done),
            (Phase::BeforeDeparture, ItemStatus::NotNeeded),
            (Phase::FirstWeeks, ItemStatus::Open),
            (Phase::FirstWeeks, ItemStatus::Received),
        ]);
        assert_eq!(
            p.overall,
            Count {
                done: 2,
                applicable: 3
            }
        );
        assert_eq!(
            p.phases[0].count,
            Count {
                done: 1,
                applicable: 1
            }
        );
        assert_eq!(p.phases[2].count, Count::default());
    }

    #[test]
    fn statuses_fit_their_kind() {
        assert!(ItemStatus::Submitted.fits(ItemKind::Document));
        assert!(!ItemStatus::Submitted.fits(ItemKind::Step));
        assert!(ItemStatus::NotNeeded.fits(ItemKind::Step));
        assert_eq!(
            ItemStatus::parse("translated_certified"),
            Some(ItemStatus::TranslatedCertified)
        );
    }
}
