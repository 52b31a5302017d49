//! The Opportunity Card (§ 20a AufenthG) points, computed from the rules' points table so each
//! point can be shown with the line of the table it comes from.
//!
//! Lines of one criterion are alternatives, never added up: experience counts once (5 of 7 years
//! beats 2 of 5), German counts once at its highest level, age counts once.

use super::answers::{Answers, LanguageLevel, Recognition};
use serde::{Deserialize, Serialize};
use welcome_protocol::content::{PlanRules, Source};
use welcome_protocol::text::ResolvedText;

/// Points the person must reach without a recognised qualification.
pub const MIN_POINTS: u32 = 6;

/// One line of the table the person scores on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PointLine {
    /// Key of the points rule, e.g. "german_b1".
    pub key: String,
    pub points: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<ResolvedText>,
    pub source: Source,
}

/// The person's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Points {
    pub lines: Vec<PointLine>,
    pub total: u32,
    pub required: u32,
}

/// The keys of the table the answers score on, in table order of criteria.
pub fn scoring_keys(a: &Answers) -> Vec<&'static str> {
    let mut keys = Vec::new();
    if a.recognition == Recognition::Partial {
        keys.push("partial_recognition");
    }
    if a.shortage_occupation {
        keys.push("shortage_occupation");
    }
    if a.experience_years_last_7 >= 5 {
        keys.push("experience_5_of_7");
    } else if a.experience_years_last_5 >= 2 {
        keys.push("experience_2_of_5");
    }
    match a.german {
        LanguageLevel::B2 | LanguageLevel::C1 | LanguageLevel::C2 => keys.push("german_b2"),
        LanguageLevel::B1 => keys.push("german_b1"),
        LanguageLevel::A2 => keys.push("german_a2"),
        LanguageLevel::A1 | LanguageLevel::None => {}
    }
    if a.english >= LanguageLevel::C1 {
        keys.push("english_c1");
    }
    match a.age {
        Some(age) if age < 35 => keys.push("age_under_35"),
        Some(35..=39) => keys.push("age_35_to_39"),
        _ => {}
    }
    if a.previous_stay_6_months {
        keys.push("previous_stay_6_months");
    }
    if a.partner_eligible {
        keys.push("partner_eligible");
    }
    keys
}

/// Scores the answers on the rules' table; a criterion whose line is missing from the table
/// scores nothing (the rules, not this code, say what a point is worth). Labels are resolved
/// for `langs` (most preferred first).
pub fn compute(a: &Answers, rules: &PlanRules, langs: &[&str]) -> Points {
    let lines: Vec<PointLine> = scoring_keys(a)
        .into_iter()
        .filter_map(|key| rules.points.iter().find(|p| p.key == key))
        .map(|rule| PointLine {
            key: rule.key.clone(),
            points: rule.points,
            label: rule.label.resolve(langs),
            source: rule.source.clone(),
        })
        .collect();
    Points {
        total: lines.iter().map(|l| l.points).sum(),
        lines,
        required: MIN_POINTS,
    }
}
