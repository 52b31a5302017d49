//! Amounts the law sets per period (salary thresholds, proof of funds): the figure that applies
//! is the one whose validity contains the application date, never the newest one, because a
//! visa decision applies the rule in force on the day of the application.

use chrono::NaiveDate;
use welcome_protocol::content::{PlanRules, Threshold};

/// Threshold keys of the plan rules that the path assessment reads.
pub mod keys {
    pub const BLUE_CARD: &str = "blue_card_salary";
    pub const BLUE_CARD_SHORTAGE: &str = "blue_card_salary_shortage";
    pub const SKILLED_OVER_45: &str = "skilled_over_45_salary";
    pub const OPPORTUNITY_FUNDS_MONTH: &str = "opportunity_card_funds_month";
    pub const STUDY_BLOCKED_YEAR: &str = "study_blocked_account_year";
}

/// The figure in force on a day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ThresholdOn<'a> {
    /// The amount and the rule it comes from.
    Amount(f64, &'a Threshold),
    /// A rule covers the day but its figure has not been published or found.
    NotPublished(&'a Threshold),
    /// No rule of this key covers the day (e.g. a year the content has no entry for yet).
    NoRule,
}

impl<'a> ThresholdOn<'a> {
    pub fn amount(&self) -> Option<f64> {
        match self {
            ThresholdOn::Amount(a, _) => Some(*a),
            _ => None,
        }
    }

    pub fn rule(&self) -> Option<&'a Threshold> {
        match self {
            ThresholdOn::Amount(_, t) | ThresholdOn::NotPublished(t) => Some(t),
            ThresholdOn::NoRule => None,
        }
    }
}

/// True when `date` lies in the threshold's `valid_from..=valid_to` (open ends are unbounded).
pub fn covers(threshold: &Threshold, date: NaiveDate) -> bool {
    threshold.source.valid_from.is_none_or(|from| from <= date)
        && threshold.source.valid_to.is_none_or(|to| date <= to)
}

/// The threshold `key` in force on `date`; where periods overlap, the one that started last.
pub fn threshold_on<'a>(rules: &'a PlanRules, key: &str, date: NaiveDate) -> ThresholdOn<'a> {
    let found = rules
        .thresholds
        .iter()
        .filter(|t| t.key == key && covers(t, date))
        .max_by_key(|t| t.source.valid_from);
    match found {
        Some(t) => match t.amount_eur {
            Some(a) if a.is_finite() && a >= 0.0 => ThresholdOn::Amount(a, t),
            _ => ThresholdOn::NotPublished(t),
        },
        None => ThresholdOn::NoRule,
    }
}
