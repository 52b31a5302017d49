//! Which residence paths fit a person: pure functions over the answers, the rules and the
//! application date. Every path is assessed, each verdict with its reasons, so the person sees
//! why a path is out of reach as clearly as why another fits.
//!
//! The verdict is `needs_check` wherever the answers or the rules cannot decide it (a pending
//! recognition, a salary threshold not published for the application year): the plan never
//! guesses. A figure that stays in force until a newer one is published (the blocked account)
//! is shown with the day it took effect, and a reason says when it is older than the year of
//! the application.

use super::answers::{
    Answers, FamilyRole, LanguageLevel, Purpose, Qualification, Recognition, SponsorTitle,
};
use super::points::{self, Points, MIN_POINTS};
use super::reasons::{ArgValue, Reason};
use super::thresholds::{keys, threshold_on, ThresholdOn};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use welcome_protocol::content::{PlanRules, Source};

/// Ids of the residence paths (the ids of `ResidencePath` in the rules and of checklist `paths`).
pub mod ids {
    pub const EU_FREE_MOVEMENT: &str = "eu_free_movement";
    pub const BLUE_CARD: &str = "blue_card";
    pub const SKILLED_ACADEMIC: &str = "skilled_academic";
    pub const SKILLED_VOCATIONAL: &str = "skilled_vocational";
    pub const OPPORTUNITY_CARD: &str = "opportunity_card";
    pub const STUDY: &str = "study";
    pub const VOCATIONAL_TRAINING: &str = "vocational_training";
    pub const FAMILY_REUNION: &str = "family_reunion";

    /// Every path, in the order of preference when several fit the same purpose.
    pub const ALL: [&str; 8] = [
        EU_FREE_MOVEMENT,
        BLUE_CARD,
        SKILLED_ACADEMIC,
        SKILLED_VOCATIONAL,
        OPPORTUNITY_CARD,
        STUDY,
        VOCATIONAL_TRAINING,
        FAMILY_REUNION,
    ];
}

/// IT specialists without a degree need this many years of experience (§ 18g(2) AufenthG).
pub const IT_SPECIALIST_YEARS: u8 = 3;
/// From this age § 18(2) Nr. 5 AufenthG asks for a salary floor or pension provision.
pub const OLDER_WORKER_AGE: u8 = 45;

/// The verdict on one path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Eligibility {
    Eligible,
    NotEligible,
    /// The answers or the published rules cannot decide it; the reasons say what to check.
    NeedsCheck,
}

impl Eligibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Eligibility::Eligible => "eligible",
            Eligibility::NotEligible => "not_eligible",
            Eligibility::NeedsCheck => "needs_check",
        }
    }
}

/// One path's verdict and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PathAssessment {
    pub path_id: String,
    /// The path's title in the user's language (filled when the plan is built), so a list of
    /// every path never shows a raw id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<welcome_protocol::ResolvedText>,
    pub eligible: Eligibility,
    pub reasons: Vec<Reason>,
}

/// The assessment of every path plus the recommendation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Assessment {
    pub paths: Vec<PathAssessment>,
    /// The path that fits the person's purpose; `None` when no path surely fits.
    pub recommended: Option<String>,
    /// The Opportunity Card points (always computed, for third-country nationals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<Points>,
}

/// Collects the reasons of one path; the verdict is the worst one any reason set.
struct Verdict<'r> {
    rules: &'r PlanRules,
    path: &'static str,
    eligible: Eligibility,
    reasons: Vec<Reason>,
}

impl<'r> Verdict<'r> {
    fn new(rules: &'r PlanRules, path: &'static str) -> Self {
        Self {
            rules,
            path,
            eligible: Eligibility::Eligible,
            reasons: Vec::new(),
        }
    }

    fn path_source(&self) -> Option<&'r Source> {
        self.rules
            .paths
            .iter()
            .find(|p| p.id == self.path)
            .map(|p| &p.source)
    }

    /// Adds a reason that keeps the verdict as it is; the path's source by default.
    fn note(&mut self, reason: Reason) {
        let reason = if reason.source.is_none() {
            reason.source(self.path_source())
        } else {
            reason
        };
        self.reasons.push(reason);
    }

    fn check(&mut self, reason: Reason) {
        if self.eligible == Eligibility::Eligible {
            self.eligible = Eligibility::NeedsCheck;
        }
        self.note(reason);
    }

    fn fail(&mut self, reason: Reason) {
        self.eligible = Eligibility::NotEligible;
        self.note(reason);
    }

    fn done(self) -> PathAssessment {
        PathAssessment {
            path_id: self.path.to_owned(),
            title: None,
            eligible: self.eligible,
            reasons: self.reasons,
        }
    }
}

/// Assesses every path. `application_date` picks the thresholds in force.
pub fn assess(
    a: &Answers,
    rules: &PlanRules,
    application_date: NaiveDate,
    langs: &[&str],
) -> Assessment {
    let points = a.third_country().then(|| points::compute(a, rules, langs));
    let paths: Vec<PathAssessment> = ids::ALL
        .iter()
        .map(|path| assess_path(path, a, rules, application_date, points.as_ref()))
        .collect();
    let recommended = recommend(a, &paths);
    Assessment {
        paths,
        recommended,
        points,
    }
}

/// The recommended path: the first eligible path of those serving the person's purpose.
pub fn recommend(a: &Answers, paths: &[PathAssessment]) -> Option<String> {
    let candidates: &[&str] = if !a.third_country() {
        &[ids::EU_FREE_MOVEMENT]
    } else {
        match a.purpose {
            Purpose::WorkWithOffer => &[
                ids::BLUE_CARD,
                ids::SKILLED_ACADEMIC,
                ids::SKILLED_VOCATIONAL,
            ],
            Purpose::JobSearch => &[ids::OPPORTUNITY_CARD],
            Purpose::Study => &[ids::STUDY],
            Purpose::VocationalTraining => &[ids::VOCATIONAL_TRAINING],
            Purpose::FamilyReunion => &[ids::FAMILY_REUNION],
        }
    };
    candidates
        .iter()
        .find(|id| {
            paths
                .iter()
                .any(|p| p.path_id == **id && p.eligible == Eligibility::Eligible)
        })
        .map(|id| (*id).to_owned())
}

fn assess_path(
    path: &'static str,
    a: &Answers,
    rules: &PlanRules,
    date: NaiveDate,
    points: Option<&Points>,
) -> PathAssessment {
    let mut v = Verdict::new(rules, path);
    if path == ids::EU_FREE_MOVEMENT {
        if a.third_country() {
            v.fail(Reason::new("plan-reason-eu-not-citizen", "§ 2 FreizügG/EU"));
        } else {
            v.note(Reason::new(
                "plan-reason-eu-free-movement",
                "§ 2 FreizügG/EU",
            ));
        }
        return v.done();
    }
    if !a.third_country() {
        v.fail(Reason::new("plan-reason-eu-not-needed", "§ 2 FreizügG/EU"));
        return v.done();
    }
    match path {
        ids::BLUE_CARD => blue_card(&mut v, a, rules, date),
        ids::SKILLED_ACADEMIC => skilled(&mut v, a, rules, date, Qualification::Academic),
        ids::SKILLED_VOCATIONAL => skilled(&mut v, a, rules, date, Qualification::Vocational),
        ids::OPPORTUNITY_CARD => opportunity_card(&mut v, a, rules, date, points),
        ids::STUDY => study(&mut v, a, rules, date),
        ids::VOCATIONAL_TRAINING => {
            if a.purpose != Purpose::VocationalTraining {
                v.fail(Reason::new(
                    "plan-reason-purpose-mismatch",
                    "§ 16a AufenthG",
                ));
            }
            v.note(Reason::new(
                "plan-reason-training-contract",
                "§ 16a AufenthG",
            ));
        }
        _ => family_reunion(&mut v, a),
    }
    v.done()
}

fn purpose_is(v: &mut Verdict, a: &Answers, purpose: Purpose, basis: &str) {
    if a.purpose != purpose {
        v.fail(Reason::new("plan-reason-purpose-mismatch", basis));
    }
}

fn blue_card(v: &mut Verdict, a: &Answers, rules: &PlanRules, date: NaiveDate) {
    const BASIS: &str = "§ 18g AufenthG";
    purpose_is(v, a, Purpose::WorkWithOffer, BASIS);
    let mut lower = a.shortage_occupation || a.recent_graduate;
    match (a.qualification, a.recognition) {
        (Qualification::Academic, Recognition::Recognised) => {
            v.note(Reason::new("plan-reason-degree-recognised", BASIS));
        }
        (Qualification::Academic, Recognition::Pending) => {
            v.check(Reason::new(
                "plan-reason-recognition-pending",
                "§ 16d AufenthG",
            ));
        }
        _ if a.it_specialist => {
            lower = true;
            let years = a.experience_years_last_7;
            let reason = Reason::new(
                "plan-reason-it-specialist-experience",
                "§ 18g Abs. 2 AufenthG",
            )
            .arg("years", ArgValue::Count(years.into()))
            .arg("required", ArgValue::Count(IT_SPECIALIST_YEARS.into()));
            if years >= IT_SPECIALIST_YEARS {
                v.note(reason);
            } else {
                v.fail(reason);
            }
        }
        _ => v.fail(Reason::new("plan-reason-degree-needed", BASIS)),
    }
    let key = if lower {
        keys::BLUE_CARD_SHORTAGE
    } else {
        keys::BLUE_CARD
    };
    if lower {
        v.note(Reason::new("plan-reason-threshold-lower", BASIS));
    }
    salary_check(
        v,
        a,
        threshold_on(rules, key, date),
        date,
        BASIS,
        SalaryFloor::BlueCard,
    );
}

/// Which salary rule a comparison is about, for the wording of its reasons.
#[derive(Clone, Copy, PartialEq)]
enum SalaryFloor {
    BlueCard,
    OlderWorker,
}

fn salary_check(
    v: &mut Verdict,
    a: &Answers,
    threshold: ThresholdOn,
    date: NaiveDate,
    basis: &str,
    floor: SalaryFloor,
) {
    let older = floor == SalaryFloor::OlderWorker;
    let source = threshold.rule().map(|t| &t.source);
    let amount = match threshold {
        ThresholdOn::Amount(amount, _) => amount,
        ThresholdOn::NotPublished(_) | ThresholdOn::NoRule => {
            let id = if older {
                "plan-reason-older-no-figure"
            } else {
                "plan-reason-threshold-not-published"
            };
            v.check(
                Reason::new(id, basis)
                    .arg("date", ArgValue::Date(date))
                    .source(source),
            );
            return;
        }
    };
    let Some(salary) = a.salary_eur else {
        v.check(
            Reason::new("plan-reason-salary-missing", basis)
                .arg("threshold", ArgValue::Eur(amount))
                .source(source),
        );
        return;
    };
    let id = match (older, salary >= amount) {
        (false, true) => "plan-reason-salary-meets",
        (false, false) => "plan-reason-salary-below",
        (true, true) => "plan-reason-older-salary-meets",
        (true, false) => "plan-reason-older-salary-below",
    };
    let reason = with_since(
        Reason::new(id, basis)
            .arg("salary", ArgValue::Eur(salary))
            .arg("threshold", ArgValue::Eur(amount))
            .arg("date", ArgValue::Date(date)),
        &threshold,
    )
    .source(source);
    match (salary >= amount, older) {
        (true, _) => v.note(reason),
        // An older worker below the floor can still prove adequate pension provision.
        (false, true) => v.check(reason),
        (false, false) => v.fail(reason),
    }
    note_figure_age(v, &threshold, date, basis);
}

/// Adds the day the figure took effect (`since`), where the rule names one.
fn with_since(reason: Reason, threshold: &ThresholdOn) -> Reason {
    match threshold.since() {
        Some(since) => reason.arg("since", ArgValue::Date(since)),
        None => reason,
    }
}

/// Says plainly when the figure in force is older than the year of the application: it is the
/// last one published, and the person should check it has not changed.
fn note_figure_age(v: &mut Verdict, threshold: &ThresholdOn, date: NaiveDate, basis: &str) {
    let (ThresholdOn::Amount(amount, t), Some(since)) = (threshold, threshold.since()) else {
        return;
    };
    if threshold.older_than_year_of(date) {
        v.note(
            Reason::new("plan-reason-figure-older", basis)
                .arg("amount", ArgValue::Eur(*amount))
                .arg("since", ArgValue::Date(since))
                .arg("year", ArgValue::Text(date.year().to_string()))
                .source(Some(&t.source)),
        );
    }
}

fn skilled(
    v: &mut Verdict,
    a: &Answers,
    rules: &PlanRules,
    date: NaiveDate,
    wanted: Qualification,
) {
    let basis = if wanted == Qualification::Academic {
        "§ 18b AufenthG"
    } else {
        "§ 18a AufenthG"
    };
    purpose_is(v, a, Purpose::WorkWithOffer, basis);
    if a.qualification != wanted {
        let id = if wanted == Qualification::Academic {
            "plan-reason-needs-academic"
        } else {
            "plan-reason-needs-vocational"
        };
        v.fail(Reason::new(id, basis));
    } else {
        match a.recognition {
            Recognition::Recognised => {
                v.note(Reason::new("plan-reason-qualification-recognised", basis))
            }
            Recognition::Pending => v.check(Reason::new(
                "plan-reason-recognition-pending",
                "§ 16d AufenthG",
            )),
            Recognition::Partial | Recognition::None => v.fail(Reason::new(
                "plan-reason-recognition-needed",
                "§ 16d AufenthG",
            )),
        }
    }
    v.note(Reason::new("plan-reason-ba-approval", "§ 39 AufenthG"));
    if a.age.is_some_and(|age| age >= OLDER_WORKER_AGE) {
        let threshold = threshold_on(rules, keys::SKILLED_OVER_45, date);
        salary_check(
            v,
            a,
            threshold,
            date,
            "§ 18 Abs. 2 Nr. 5 AufenthG",
            SalaryFloor::OlderWorker,
        );
    }
}

fn opportunity_card(
    v: &mut Verdict,
    a: &Answers,
    rules: &PlanRules,
    date: NaiveDate,
    points: Option<&Points>,
) {
    const BASIS: &str = "§ 20a AufenthG";
    purpose_is(v, a, Purpose::JobSearch, BASIS);
    let recognised =
        a.qualification != Qualification::None && a.recognition == Recognition::Recognised;
    if recognised {
        v.note(Reason::new("plan-reason-opportunity-recognised", BASIS));
    } else {
        if a.qualification == Qualification::None {
            v.fail(Reason::new(
                "plan-reason-opportunity-qualification-missing",
                BASIS,
            ));
        } else {
            match a.qualification_two_years {
                Some(true) => {}
                Some(false) => v.fail(Reason::new(
                    "plan-reason-opportunity-qualification-short",
                    BASIS,
                )),
                None => v.check(Reason::new(
                    "plan-reason-opportunity-qualification-duration",
                    BASIS,
                )),
            }
        }
        if a.german >= LanguageLevel::A1 || a.english >= LanguageLevel::B2 {
            v.note(Reason::new("plan-reason-opportunity-language-ok", BASIS));
        } else {
            v.fail(Reason::new(
                "plan-reason-opportunity-language-missing",
                BASIS,
            ));
        }
        let total = points.map_or(0, |p| p.total);
        let reason = Reason::new(
            if total >= MIN_POINTS {
                "plan-reason-opportunity-points-enough"
            } else {
                "plan-reason-opportunity-points-short"
            },
            BASIS,
        )
        .arg("points", ArgValue::Count(total))
        .arg("required", ArgValue::Count(MIN_POINTS));
        if total >= MIN_POINTS {
            v.note(reason);
        } else {
            v.fail(reason);
        }
    }
    let funds = threshold_on(rules, keys::OPPORTUNITY_FUNDS_MONTH, date);
    match funds {
        ThresholdOn::Amount(amount, t) => v.note(
            with_since(
                Reason::new("plan-reason-funds-month", BASIS)
                    .arg("amount", ArgValue::Eur(amount))
                    .arg("date", ArgValue::Date(date)),
                &funds,
            )
            .source(Some(&t.source)),
        ),
        other => v.note(
            Reason::new("plan-reason-funds-not-published", BASIS)
                .arg("date", ArgValue::Date(date))
                .source(other.rule().map(|t| &t.source)),
        ),
    }
    note_figure_age(v, &funds, date, BASIS);
}

fn study(v: &mut Verdict, a: &Answers, rules: &PlanRules, date: NaiveDate) {
    const BASIS: &str = "§ 16b AufenthG";
    purpose_is(v, a, Purpose::Study, BASIS);
    v.note(Reason::new("plan-reason-study-admission", BASIS));
    let blocked = threshold_on(rules, keys::STUDY_BLOCKED_YEAR, date);
    match blocked {
        ThresholdOn::Amount(amount, t) => v.note(
            with_since(
                Reason::new("plan-reason-blocked-account", BASIS)
                    .arg("amount", ArgValue::Eur(amount))
                    .arg("date", ArgValue::Date(date)),
                &blocked,
            )
            .source(Some(&t.source)),
        ),
        other => v.note(
            Reason::new("plan-reason-blocked-account-not-published", BASIS)
                .arg("date", ArgValue::Date(date))
                .source(other.rule().map(|t| &t.source)),
        ),
    }
    note_figure_age(v, &blocked, date, BASIS);
}

fn family_reunion(v: &mut Verdict, a: &Answers) {
    const BASIS: &str = "§§ 29–32 AufenthG";
    let (Some(sponsor), Some(role)) = (a.sponsor_title, a.family_role) else {
        v.fail(Reason::new("plan-reason-family-sponsor-needed", BASIS));
        return;
    };
    purpose_is(v, a, Purpose::FamilyReunion, BASIS);
    match role {
        FamilyRole::Spouse if !a.spouse_needs_german_a1() => {
            let title = sponsor.legal_basis().unwrap_or_default();
            v.note(
                Reason::new(
                    "plan-reason-family-a1-exempt",
                    "§ 30 Abs. 1 S. 3 Nr. 5 AufenthG",
                )
                .arg("title", ArgValue::Text(title.to_owned())),
            );
        }
        FamilyRole::Spouse if a.german >= LanguageLevel::A1 => {
            v.note(Reason::new(
                "plan-reason-family-a1-met",
                "§ 30 Abs. 1 S. 1 Nr. 2 AufenthG",
            ));
        }
        FamilyRole::Spouse => {
            v.check(Reason::new(
                "plan-reason-family-a1-needed",
                "§ 30 Abs. 1 S. 1 Nr. 2 AufenthG",
            ));
        }
        FamilyRole::Child if a.age.is_some_and(|age| age >= 18) => {
            v.fail(Reason::new(
                "plan-reason-family-child-adult",
                "§ 32 AufenthG",
            ));
        }
        FamilyRole::Child => v.note(Reason::new("plan-reason-family-child", "§ 32 AufenthG")),
    }
    if a.living_space_required() {
        v.note(Reason::new(
            "plan-reason-family-living-space",
            "§ 29 Abs. 1 Nr. 2 AufenthG",
        ));
    } else if sponsor == SponsorTitle::BlueCard {
        v.note(Reason::new(
            "plan-reason-family-no-living-space",
            "§ 29 Abs. 5 AufenthG",
        ));
    }
}
