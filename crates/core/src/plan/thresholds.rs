//! Amounts the law sets per period (salary thresholds, proof of funds). The figure that applies
//! is the one in force on the application date, never simply the newest one, because a visa
//! decision applies the rule in force on the day of the application.
//!
//! The figure in force on a day is the latest published one whose period started on or before
//! that day. A figure without `valid_to` stays in force until a newer one is published (the
//! blocked account of 2025 is still the one in 2026); a figure with `valid_to` ends then (the
//! salary thresholds follow each year's contribution ceiling, so last year's is no guide). An
//! entry without an amount never hides the last published figure.

use chrono::{Datelike, NaiveDate};
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
    /// A rule covers the day but no figure is in force: none has been published for it, or the
    /// last published one ended before the day.
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

    /// The day the figure in force took effect, where the rule names one.
    pub fn since(&self) -> Option<NaiveDate> {
        match self {
            ThresholdOn::Amount(_, t) => t.source.valid_from,
            _ => None,
        }
    }

    /// True when the figure in force took effect before the year of `date`: no newer one has
    /// been published, and the plan says so.
    pub fn older_than_year_of(&self, date: NaiveDate) -> bool {
        self.since().is_some_and(|since| since.year() < date.year())
    }
}

/// True when `date` lies in the threshold's `valid_from..=valid_to` (open ends are unbounded).
pub fn covers(threshold: &Threshold, date: NaiveDate) -> bool {
    threshold.source.valid_from.is_none_or(|from| from <= date)
        && threshold.source.valid_to.is_none_or(|to| date <= to)
}

fn published(threshold: &Threshold) -> Option<f64> {
    threshold.amount_eur.filter(|a| a.is_finite() && *a >= 0.0)
}

/// The threshold `key` in force on `date` (see the module documentation for the rule).
pub fn threshold_on<'a>(rules: &'a PlanRules, key: &str, date: NaiveDate) -> ThresholdOn<'a> {
    let started = || {
        rules
            .thresholds
            .iter()
            .filter(move |t| t.key == key && t.source.valid_from.is_none_or(|from| from <= date))
    };
    let latest_published = started()
        .filter(|t| published(t).is_some())
        .max_by_key(|t| t.source.valid_from);
    if let Some(t) = latest_published {
        if t.source.valid_to.is_none_or(|to| date <= to) {
            if let Some(amount) = published(t) {
                return ThresholdOn::Amount(amount, t);
            }
        }
    }
    let unpublished = started()
        .filter(|t| published(t).is_none() && covers(t, date))
        .max_by_key(|t| t.source.valid_from);
    match unpublished.or(latest_published.filter(|t| covers(t, date))) {
        Some(t) => ThresholdOn::NotPublished(t),
        None => ThresholdOn::NoRule,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use welcome_protocol::content::Source;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn entry(amount: Option<f64>, from: &str, to: Option<&str>) -> Threshold {
        Threshold {
            key: "k".into(),
            amount_eur: amount,
            legal_basis: String::new(),
            source: Source {
                url: "https://example.org".into(),
                label: String::new(),
                reviewed_on: day("2026-12-02"),
                valid_from: Some(day(from)),
                valid_to: to.map(day),
            },
        }
    }

    fn rules(thresholds: Vec<Threshold>) -> PlanRules {
        PlanRules {
            id: "plan-rules".into(),
            version: 1,
            reviewed_on: day("2026-12-02"),
            paths: Vec::new(),
            thresholds,
            points: Vec::new(),
        }
    }

    #[test]
    fn a_figure_without_end_stays_in_force_until_a_newer_one() {
        let r = rules(vec![
            entry(Some(11_904.0), "2025-01-01", None),
            entry(None, "2026-01-01", Some("2026-12-31")),
        ]);
        let on = threshold_on(&r, "k", day("2026-12-15"));
        assert_eq!(on.amount(), Some(11_904.0));
        assert_eq!(on.since(), Some(day("2025-01-01")));
        assert!(on.older_than_year_of(day("2026-12-15")));
        assert!(!on.older_than_year_of(day("2025-06-01")));
        assert_eq!(
            threshold_on(&r, "k", day("2024-12-31")),
            ThresholdOn::NoRule
        );
        let newer = rules(vec![
            entry(Some(11_904.0), "2025-01-01", None),
            entry(Some(12_000.0), "2027-01-01", None),
        ]);
        assert_eq!(
            threshold_on(&newer, "k", day("2026-12-31")).amount(),
            Some(11_904.0)
        );
        assert_eq!(
            threshold_on(&newer, "k", day("2027-01-01")).amount(),
            Some(12_000.0)
        );
    }

    #[test]
    fn a_figure_with_an_end_ends_and_an_older_one_does_not_come_back() {
        let r = rules(vec![
            entry(Some(1.0), "2024-01-01", None),
            entry(Some(2.0), "2025-01-01", Some("2025-12-31")),
        ]);
        assert_eq!(threshold_on(&r, "k", day("2025-12-31")).amount(), Some(2.0));
        assert_eq!(
            threshold_on(&r, "k", day("2026-01-01")),
            ThresholdOn::NoRule
        );
        let announced = rules(vec![
            entry(Some(2.0), "2025-01-01", Some("2025-12-31")),
            entry(None, "2026-01-01", Some("2026-12-31")),
        ]);
        assert!(matches!(
            threshold_on(&announced, "k", day("2026-03-01")),
            ThresholdOn::NotPublished(t) if t.source.valid_from == Some(day("2026-01-01"))
        ));
    }
}
