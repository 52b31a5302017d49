//! Builds a person's plan from the answers, the rules, the checklists and the stored progress.
//! Pure: everything it needs is passed in, so the plan can be rebuilt at any time (after an
//! answer changes, after new content arrives) and always comes out the same.

use super::answers::{Answers, Purpose, Qualification, Recognition};
use super::household::Person;
use super::items;
use super::paths::{self, Assessment, Eligibility};
use super::progress::{expiry_warning, ExpiryWarning, ItemProgress, ItemStatus, Progress};
use super::reasons::Reason;
use crate::i18n::Localizer;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use welcome_protocol::content::{
    Checklist, Guide, ItemKind, Office, OfficeKind, Phase, PlanRules, Source,
};
use welcome_protocol::text::ResolvedText;

/// One document or step of a person's plan, with its progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PlanItem {
    pub id: String,
    pub kind: ItemKind,
    pub phase: Phase,
    pub order: u32,
    pub title: ResolvedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<ResolvedText>,
    pub legal_basis: String,
    pub source: Source,
    /// The office that handles it in the target municipality, where one is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<Office>,
    pub status: ItemStatus,
    /// The due date: the person's own, else the one the law sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// True when `due` is derived from the law rather than set by the person.
    pub due_derived: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_warning: Option<ExpiryWarning>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_conflict: Option<String>,
    /// The item's own reminder days (empty: none); absent: the device's setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminder_days: Option<Vec<u32>>,
}

/// Where to get advice when no path surely fits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Advice {
    pub message: String,
    /// A counselling office in the target municipality, where one is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<Office>,
    /// A Welcome Guide advising on the topic, where one is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guide: Option<Guide>,
}

/// A person's plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Plan {
    pub person: Person,
    /// False until the person has filled in the questionnaire (the plan then uses defaults).
    pub answered: bool,
    pub answers: Answers,
    pub assessment: Assessment,
    /// The path the plan follows: the person's own choice if it is within reach, else the
    /// recommendation; `None` when no path surely fits (then `advice` says where to ask).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_title: Option<ResolvedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<Advice>,
    pub items: Vec<PlanItem>,
    pub progress: Progress,
    /// Items with stored progress that no longer apply: kept, not shown, back if they apply again.
    pub hidden_progress: Vec<String>,
    /// The language of the plan's texts.
    pub locale: String,
}

/// Everything a plan is built from.
pub struct PlanInput<'a> {
    pub person: &'a Person,
    pub answers: &'a Answers,
    pub rules: &'a PlanRules,
    pub checklists: &'a [Checklist],
    pub today: NaiveDate,
    /// Stored progress by item id.
    pub progress: &'a BTreeMap<String, ItemProgress>,
    /// The office of a kind in the target municipality.
    pub office_for: &'a dyn Fn(OfficeKind) -> Option<Office>,
    /// A Welcome Guide of the target municipality advising on a topic ("visa", "recognition",
    /// "family", "study").
    pub guide_for: &'a dyn Fn(&str) -> Option<Guide>,
    pub loc: &'a Localizer,
}

/// The path the plan follows: a chosen path unless it is out of reach, else the recommendation.
pub fn plan_path(a: &Answers, assessment: &Assessment) -> Option<String> {
    let chosen = a.chosen_path.as_deref().filter(|id| {
        assessment
            .paths
            .iter()
            .any(|p| p.path_id == *id && p.eligible != Eligibility::NotEligible)
    });
    chosen
        .map(str::to_owned)
        .or_else(|| assessment.recommended.clone())
}

pub fn build(input: PlanInput) -> Plan {
    let loc = input.loc;
    let langs = [loc.locale()];
    let a = input.answers;
    let application = a.application_date.unwrap_or(input.today);
    let mut assessment = paths::assess(a, input.rules, application, &langs);
    for p in &mut assessment.paths {
        p.reasons.iter_mut().for_each(|r| r.localize(loc));
        p.title = input
            .rules
            .paths
            .iter()
            .find(|rule| rule.id == p.path_id)
            .and_then(|rule| rule.title.resolve(&langs));
    }
    let path = plan_path(a, &assessment);
    let path_title = path.as_deref().and_then(|id| {
        input
            .rules
            .paths
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.title.resolve(&langs))
    });
    let advice = path
        .is_none()
        .then(|| advice(a, input.office_for, input.guide_for, loc));
    let applicable = items::applicable(input.checklists, path.as_deref(), a);
    let items: Vec<PlanItem> = applicable
        .iter()
        .map(|item| {
            let stored = input.progress.get(&item.id).cloned().unwrap_or_default();
            let derived = item.due.as_ref().and_then(|d| items::derived_due(d, a));
            let status = stored
                .status
                .filter(|s| s.fits(item.kind))
                .unwrap_or(ItemStatus::initial(item.kind));
            let warning = match (item.kind, stored.expiry, status) {
                (ItemKind::Document, Some(expiry), s) if s != ItemStatus::NotNeeded => {
                    expiry_warning(expiry, input.today, a.arrival_date)
                }
                _ => None,
            };
            PlanItem {
                id: item.id.clone(),
                kind: item.kind,
                phase: item.phase,
                order: item.order,
                title: item.title.resolve(&langs).unwrap_or_else(|| ResolvedText {
                    text: item.id.clone(),
                    lang: String::new(),
                    fallback: true,
                    status: Default::default(),
                    originals: Vec::new(),
                }),
                description: item.description.resolve(&langs),
                legal_basis: item.legal_basis.clone(),
                source: item.source.clone(),
                office: item.office_kind.and_then(|k| (input.office_for)(k)),
                status,
                due: stored.due.or(derived),
                due_derived: stored.due.is_none() && derived.is_some(),
                expiry: stored.expiry,
                expiry_warning: warning,
                note: stored.note,
                note_conflict: stored.note_conflict,
                reminder_days: stored.reminder_days,
            }
        })
        .collect();
    let hidden_progress = input
        .progress
        .keys()
        .filter(|id| !items.iter().any(|i| &i.id == *id))
        .cloned()
        .collect();
    Plan {
        person: input.person.clone(),
        answered: true,
        answers: a.clone(),
        assessment,
        path,
        path_title,
        advice,
        progress: Progress::of(items.iter().map(|i| (i.phase, i.status))),
        items,
        hidden_progress,
        locale: loc.locale().to_owned(),
    }
}

/// Points to counselling: recognition counselling first when the qualification is the obstacle,
/// else the welcome centre, else migration counselling.
fn advice(
    a: &Answers,
    office_for: &dyn Fn(OfficeKind) -> Option<Office>,
    guide_for: &dyn Fn(&str) -> Option<Guide>,
    loc: &Localizer,
) -> Advice {
    let recognition_issue =
        a.qualification != Qualification::None && a.recognition != Recognition::Recognised;
    let order: &[OfficeKind] = if recognition_issue {
        &[
            OfficeKind::RecognitionCounselling,
            OfficeKind::WelcomeCentre,
            OfficeKind::MigrationCounselling,
        ]
    } else {
        &[
            OfficeKind::WelcomeCentre,
            OfficeKind::MigrationCounselling,
            OfficeKind::RecognitionCounselling,
        ]
    };
    let office = order.iter().find_map(|k| office_for(*k));
    let mut reason = Reason::new(
        if recognition_issue {
            "plan-advice-no-path-recognition"
        } else {
            "plan-advice-no-path"
        },
        "",
    );
    reason.localize(loc);
    let topic = if recognition_issue {
        "recognition"
    } else {
        match a.purpose {
            Purpose::FamilyReunion => "family",
            Purpose::Study => "study",
            _ => "visa",
        }
    };
    Advice {
        message: reason.text,
        office,
        guide: guide_for(topic),
    }
}
