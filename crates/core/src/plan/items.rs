//! Which checklist items apply to a person, in which order, and by when the law wants them done.

use super::answers::{Answers, FamilyRole, Qualification, Recognition};
use chrono::{Days, NaiveDate};
use std::collections::BTreeSet;
use welcome_protocol::content::{Checklist, ChecklistItem, Condition, DueAnchor, DueRule};

/// True when the condition holds for the person. A child's own plan counts as "with children"
/// (their school and childcare steps) and any family-reunion plan as "with family". The family
/// conditions read the person's role and the title of the family member joined, so the
/// checklists say in their data which papers a spouse or a child needs.
pub fn condition_holds(condition: Condition, a: &Answers) -> bool {
    match condition {
        Condition::WithFamily => a.with_family() || a.family_role.is_some(),
        Condition::WithChildren => {
            a.children_coming > 0 || a.family_role == Some(FamilyRole::Child)
        }
        Condition::RecognitionPending => {
            a.qualification != Qualification::None && a.recognition != Recognition::Recognised
        }
        Condition::ThirdCountry => a.third_country(),
        Condition::VisaRequired => a.visa_required(),
        Condition::Spouse => a.family_role == Some(FamilyRole::Spouse),
        Condition::Child => a.family_role == Some(FamilyRole::Child),
        Condition::SpouseNeedsGermanA1 => a.spouse_needs_german_a1(),
        Condition::LivingSpaceRequired => a.living_space_required(),
        // A condition from a newer portal: showing the item is safer than hiding a step.
        Condition::Other => true,
    }
}

/// True when the item belongs to the path (or to every path) and all its conditions hold.
/// With no path chosen only the items of every path apply (registration and the like).
pub fn applies(item: &ChecklistItem, path: Option<&str>, a: &Answers) -> bool {
    let on_path = item.paths.is_empty() || path.is_some_and(|p| item.paths.iter().any(|x| x == p));
    on_path && item.when.iter().all(|c| condition_holds(*c, a))
}

/// The applicable items of all checklists, each id once (the first checklist that has it wins),
/// ordered by phase, then `order`, then id so the order is stable.
pub fn applicable<'c>(
    checklists: &'c [Checklist],
    path: Option<&str>,
    a: &Answers,
) -> Vec<&'c ChecklistItem> {
    let mut seen = BTreeSet::new();
    let mut items: Vec<&ChecklistItem> = checklists
        .iter()
        .flat_map(|c| c.items.iter())
        .filter(|item| applies(item, path, a))
        .filter(|item| seen.insert(item.id.as_str()))
        .collect();
    items.sort_by(|x, y| (x.phase, x.order, &x.id).cmp(&(y.phase, y.order, &y.id)));
    items
}

/// The due date the law sets for an item, counted from the event it names: the arrival, or
/// the day of moving in (which defaults to the arrival).
pub fn derived_due(rule: &DueRule, a: &Answers) -> Option<NaiveDate> {
    let anchor = match rule.after {
        DueAnchor::Arrival => a.arrival_date,
        DueAnchor::MoveIn => a.move_in(),
        // An event this build does not know: no date rather than a wrong one.
        DueAnchor::Other => None,
    };
    anchor?.checked_add_days(Days::new(rule.days.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn registration_is_due_two_weeks_after_moving_in() {
        let rule = DueRule {
            after: DueAnchor::MoveIn,
            days: 14,
        };
        let arrived = Answers {
            arrival_date: Some(day("2027-03-01")),
            ..Answers::default()
        };
        assert_eq!(derived_due(&rule, &arrived), Some(day("2027-03-15")));
        let moved = Answers {
            move_in_date: Some(day("2027-04-01")),
            ..arrived.clone()
        };
        assert_eq!(derived_due(&rule, &moved), Some(day("2027-04-15")));
        let by_arrival = DueRule {
            after: DueAnchor::Arrival,
            ..rule
        };
        assert_eq!(derived_due(&by_arrival, &moved), Some(day("2027-03-15")));
        assert_eq!(derived_due(&rule, &Answers::default()), None);
    }
}
