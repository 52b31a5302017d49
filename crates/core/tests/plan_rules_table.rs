//! The plan's rules as a table of situations, each written from the sources in
//! content/SOURCES.md for someone planning in December 2026: the path the plan follows, the
//! verdicts, the Opportunity Card points, the reasons and figures shown, the documents and steps
//! listed and not listed, and the due dates.
//!
//! Sources behind the expectations: EU Blue Card 2026 50,700 EUR (shortage occupations and
//! recent graduates 45,934.20 EUR), 2025 48,300 / 43,759.80 EUR, 2027 not published; from 45
//! (§ 18 Abs. 2 Nr. 5 AufenthG) 55 % of the pension insurance contribution ceiling, 55,770 EUR in
//! 2026 and 53,130 EUR in 2025; the blocked account for study 11,904 EUR a year since
//! 1 Jan 2025; the Opportunity Card's funds 1,091 EUR a month since 2025; no German A1 before
//! entry for spouses of holders of an EU Blue Card or a title under §§ 18a, 18b, 18d, 19c, 19,
//! 21 AufenthG since 31 Dec 2022 (§ 30 Abs. 1 S. 3 Nr. 5), but for spouses of Germans and of
//! other titles; no proof of living space for Blue Card holders (and none under § 29 for
//! Germans); national visas online through the Auslandsportal since 1 Jan 2025; registration
//! 14 days after moving in (§ 17 BMG).

mod plan_support;

use plan_support::{day, engineer, plan_with};
use std::collections::BTreeMap;
use welcome_core::plan::answers::*;
use welcome_core::plan::generate::Plan;
use welcome_core::plan::paths::{ids, Eligibility};
use welcome_core::plan::reasons::ArgValue;

const TODAY: &str = "2026-12-02";

/// One situation and everything the plan must say about it.
struct Case {
    name: &'static str,
    answers: Answers,
    path: Option<&'static str>,
    verdicts: Vec<(&'static str, Eligibility)>,
    points: Option<u32>,
    reasons: Vec<(&'static str, &'static str)>,
    no_reasons: Vec<(&'static str, &'static str)>,
    args: Vec<(&'static str, &'static str, &'static str, ArgValue)>,
    listed: Vec<&'static str>,
    absent: Vec<&'static str>,
    due: Vec<(&'static str, &'static str)>,
}

fn case(name: &'static str, answers: Answers) -> Case {
    Case {
        name,
        answers,
        path: None,
        verdicts: Vec::new(),
        points: None,
        reasons: Vec::new(),
        no_reasons: Vec::new(),
        args: Vec::new(),
        listed: Vec::new(),
        absent: Vec::new(),
        due: Vec::new(),
    }
}

impl Case {
    fn path(mut self, path: &'static str) -> Self {
        self.path = Some(path);
        self
    }
    fn verdict(mut self, path: &'static str, e: Eligibility) -> Self {
        self.verdicts.push((path, e));
        self
    }
    fn points(mut self, n: u32) -> Self {
        self.points = Some(n);
        self
    }
    fn reason(mut self, path: &'static str, id: &'static str) -> Self {
        self.reasons.push((path, id));
        self
    }
    fn no_reason(mut self, path: &'static str, id: &'static str) -> Self {
        self.no_reasons.push((path, id));
        self
    }
    fn arg(
        mut self,
        path: &'static str,
        id: &'static str,
        name: &'static str,
        v: ArgValue,
    ) -> Self {
        self.args.push((path, id, name, v));
        self
    }
    fn listed(mut self, items: &[&'static str]) -> Self {
        self.listed.extend_from_slice(items);
        self
    }
    fn absent(mut self, items: &[&'static str]) -> Self {
        self.absent.extend_from_slice(items);
        self
    }
    fn due(mut self, item: &'static str, date: &'static str) -> Self {
        self.due.push((item, date));
        self
    }

    /// Every way the plan differs from the expectation.
    fn check(&self) -> Vec<String> {
        let mut errors = Vec::new();
        let known: &dyn Fn(&str) -> bool = &|_| true;
        if let Err(e) = self.answers.validate(day(TODAY), Some(known)) {
            errors.push(format!("answers rejected: {e}"));
        }
        let plan = plan_with(&self.answers, &BTreeMap::new(), "en", TODAY);
        if plan.path.as_deref() != self.path {
            errors.push(format!("path {:?}, expected {:?}", plan.path, self.path));
        }
        if self.path.is_none() && plan.advice.is_none() {
            errors.push("no path but no advice".into());
        }
        for (path, expected) in &self.verdicts {
            let got = assessment(&plan, path).map(|p| p.eligible);
            if got != Some(*expected) {
                errors.push(format!("{path}: {got:?}, expected {expected:?}"));
            }
        }
        if let Some(points) = self.points {
            let got = plan.assessment.points.as_ref().map(|p| p.total);
            if got != Some(points) {
                errors.push(format!("points {got:?}, expected {points}"));
            }
        }
        for (path, id) in &self.reasons {
            if reason(&plan, path, id).is_none() {
                errors.push(format!("{path}: no reason {id}"));
            }
        }
        for (path, id) in &self.no_reasons {
            if reason(&plan, path, id).is_some() {
                errors.push(format!("{path}: unexpected reason {id}"));
            }
        }
        for (path, id, name, value) in &self.args {
            let got = reason(&plan, path, id).and_then(|r| r.args.get(*name).cloned());
            if got.as_ref() != Some(value) {
                errors.push(format!("{path}: {id} {name} = {got:?}, expected {value:?}"));
            }
        }
        for item in &self.listed {
            if !plan.items.iter().any(|i| i.id == *item) {
                errors.push(format!("{item} not listed"));
            }
        }
        for item in &self.absent {
            if plan.items.iter().any(|i| i.id == *item) {
                errors.push(format!("{item} listed"));
            }
        }
        for (item, date) in &self.due {
            let got = plan
                .items
                .iter()
                .find(|i| i.id == *item)
                .and_then(|i| i.due);
            if got != Some(day(date)) {
                errors.push(format!("{item} due {got:?}, expected {date}"));
            }
        }
        // Every reason reads as a sentence in English (its message exists and got its args).
        for p in &plan.assessment.paths {
            for r in &p.reasons {
                if r.text.is_empty() || r.text.starts_with("plan-") || r.text.contains("{ $") {
                    errors.push(format!("{}: untranslated {}", p.path_id, r.message_id));
                }
            }
        }
        errors
    }
}

fn assessment<'p>(
    plan: &'p Plan,
    path: &str,
) -> Option<&'p welcome_core::plan::paths::PathAssessment> {
    plan.assessment.paths.iter().find(|p| p.path_id == path)
}

fn reason<'p>(plan: &'p Plan, path: &str, id: &str) -> Option<&'p welcome_core::plan::Reason> {
    assessment(plan, path)?
        .reasons
        .iter()
        .find(|r| r.message_id == id)
}

/// The engineer of the plan tests, applying in December 2026 for an arrival on 1 March 2027.
fn worker() -> Answers {
    Answers {
        application_date: Some(day("2026-12-15")),
        ..engineer()
    }
}

fn vocational(age: u8, salary: f64) -> Answers {
    Answers {
        qualification: Qualification::Vocational,
        age: Some(age),
        salary_eur: Some(salary),
        experience_years: 10,
        ..worker()
    }
}

/// A job seeker with a foreign degree of at least two years, not recognised.
fn seeker() -> Answers {
    Answers {
        purpose: Purpose::JobSearch,
        recognition: Recognition::None,
        qualification_two_years: Some(true),
        salary_eur: None,
        ..worker()
    }
}

fn student(on: &str) -> Answers {
    Answers {
        purpose: Purpose::Study,
        qualification: Qualification::None,
        recognition: Recognition::None,
        salary_eur: None,
        age: Some(20),
        experience_years: 0,
        experience_years_last_5: 0,
        experience_years_last_7: 0,
        application_date: Some(day(on)),
        ..worker()
    }
}

fn joining(role: FamilyRole, sponsor: SponsorTitle, german: LanguageLevel, age: u8) -> Answers {
    Answers {
        purpose: Purpose::FamilyReunion,
        family_role: Some(role),
        sponsor_title: Some(sponsor),
        german,
        english: LanguageLevel::None,
        qualification: Qualification::None,
        recognition: Recognition::None,
        salary_eur: None,
        age: Some(age),
        experience_years: 0,
        experience_years_last_5: 0,
        experience_years_last_7: 0,
        ..worker()
    }
}

fn spouse(sponsor: SponsorTitle) -> Answers {
    joining(FamilyRole::Spouse, sponsor, LanguageLevel::None, 30)
}

const A1: &str = "doc-spouse-german-a1";
const MARRIAGE: &str = "doc-marriage-certificate";
const LIVING_SPACE: &str = "doc-living-space";
const BIRTH: &str = "doc-children-birth-certificates";
const ONLINE_VISA: &str = "step-visa-online-application";
const VISA_FORM: &str = "doc-visa-application-form";
const APPOINTMENT: &str = "step-visa-appointment";
const ANMELDUNG: &str = "step-anmeldung";

fn cases() -> Vec<Case> {
    use Eligibility::{Eligible, NeedsCheck, NotEligible};
    let exempt_spouse = |name, sponsor, basis: &'static str| {
        case(name, spouse(sponsor))
            .path(ids::FAMILY_REUNION)
            .verdict(ids::FAMILY_REUNION, Eligible)
            .arg(
                ids::FAMILY_REUNION,
                "plan-reason-family-a1-exempt",
                "title",
                ArgValue::Text(basis.into()),
            )
            .reason(ids::FAMILY_REUNION, "plan-reason-family-living-space")
            .listed(&[MARRIAGE, LIVING_SPACE, ONLINE_VISA, APPOINTMENT])
            .absent(&[A1, BIRTH])
    };
    vec![
        case("Blue Card, 52,000 EUR in December 2026", worker())
            .path(ids::BLUE_CARD)
            .verdict(ids::BLUE_CARD, Eligible)
            .verdict(ids::SKILLED_ACADEMIC, Eligible)
            .arg(
                ids::BLUE_CARD,
                "plan-reason-salary-meets",
                "threshold",
                ArgValue::Eur(50_700.0),
            )
            .listed(&[
                "doc-employment-contract",
                "doc-recognition",
                "step-blue-card-salary",
                VISA_FORM,
                ONLINE_VISA,
                APPOINTMENT,
                "step-residence-permit",
            ])
            .absent(&["step-over-45-salary", "step-kita-application", A1, MARRIAGE])
            .due(ANMELDUNG, "2027-03-15"),
        case(
            "Blue Card, 50,699 EUR: below 2026's 50,700, the § 18b path instead",
            Answers {
                salary_eur: Some(50_699.0),
                ..worker()
            },
        )
        .path(ids::SKILLED_ACADEMIC)
        .verdict(ids::BLUE_CARD, NotEligible)
        .verdict(ids::SKILLED_ACADEMIC, Eligible)
        .reason(ids::BLUE_CARD, "plan-reason-salary-below")
        .listed(&["doc-employment-contract", ONLINE_VISA])
        .absent(&["step-blue-card-salary"]),
        case(
            "Blue Card, exactly 50,700 EUR",
            Answers {
                salary_eur: Some(50_700.0),
                ..worker()
            },
        )
        .path(ids::BLUE_CARD)
        .verdict(ids::BLUE_CARD, Eligible),
        case(
            "Blue Card in a shortage occupation, 45,934.20 EUR",
            Answers {
                salary_eur: Some(45_934.2),
                shortage_occupation: true,
                ..worker()
            },
        )
        .path(ids::BLUE_CARD)
        .verdict(ids::BLUE_CARD, Eligible)
        .reason(ids::BLUE_CARD, "plan-reason-threshold-lower")
        .arg(
            ids::BLUE_CARD,
            "plan-reason-salary-meets",
            "threshold",
            ArgValue::Eur(45_934.2),
        ),
        case(
            "Blue Card in a shortage occupation, 45,000 EUR",
            Answers {
                salary_eur: Some(45_000.0),
                shortage_occupation: true,
                ..worker()
            },
        )
        .path(ids::SKILLED_ACADEMIC)
        .verdict(ids::BLUE_CARD, NotEligible),
        case(
            "Blue Card for a recent graduate, 46,000 EUR",
            Answers {
                salary_eur: Some(46_000.0),
                recent_graduate: true,
                ..worker()
            },
        )
        .path(ids::BLUE_CARD)
        .verdict(ids::BLUE_CARD, Eligible),
        case(
            "Blue Card applied for in June 2025 with 49,000 EUR (2025: 48,300)",
            Answers {
                salary_eur: Some(49_000.0),
                application_date: Some(day("2025-06-01")),
                ..worker()
            },
        )
        .path(ids::BLUE_CARD)
        .verdict(ids::BLUE_CARD, Eligible)
        .arg(
            ids::BLUE_CARD,
            "plan-reason-salary-meets",
            "threshold",
            ArgValue::Eur(48_300.0),
        ),
        case(
            "Blue Card applied for in February 2027: the 2027 threshold is not published",
            Answers {
                salary_eur: Some(90_000.0),
                application_date: Some(day("2027-02-01")),
                ..worker()
            },
        )
        .path(ids::SKILLED_ACADEMIC)
        .verdict(ids::BLUE_CARD, NeedsCheck)
        .reason(ids::BLUE_CARD, "plan-reason-threshold-not-published"),
        case(
            "§ 18b at 50 with exactly 55,770 EUR, chosen over the Blue Card",
            Answers {
                age: Some(50),
                salary_eur: Some(55_770.0),
                experience_years: 20,
                chosen_path: Some(ids::SKILLED_ACADEMIC.into()),
                ..worker()
            },
        )
        .path(ids::SKILLED_ACADEMIC)
        .verdict(ids::SKILLED_ACADEMIC, Eligible)
        .verdict(ids::BLUE_CARD, Eligible)
        .arg(
            ids::SKILLED_ACADEMIC,
            "plan-reason-older-salary-meets",
            "threshold",
            ArgValue::Eur(55_770.0),
        )
        .arg(
            ids::SKILLED_ACADEMIC,
            "plan-reason-older-salary-meets",
            "since",
            ArgValue::Date(day("2026-01-01")),
        )
        .no_reason(ids::SKILLED_ACADEMIC, "plan-reason-older-no-figure")
        .no_reason(ids::SKILLED_ACADEMIC, "plan-reason-figure-older")
        .listed(&["step-over-45-salary", ONLINE_VISA])
        .absent(&["step-blue-card-salary"]),
        case("§ 18a at 50 with 56,000 EUR", vocational(50, 56_000.0))
            .path(ids::SKILLED_VOCATIONAL)
            .verdict(ids::SKILLED_VOCATIONAL, Eligible)
            .verdict(ids::BLUE_CARD, NotEligible)
            .reason(ids::SKILLED_VOCATIONAL, "plan-reason-older-salary-meets")
            .listed(&["step-over-45-salary", "doc-employment-contract"]),
        case(
            "§ 18a at 50 with 55,000 EUR: below 55,770",
            vocational(50, 55_000.0),
        )
        .verdict(ids::SKILLED_VOCATIONAL, NeedsCheck)
        .reason(ids::SKILLED_VOCATIONAL, "plan-reason-older-salary-below")
        .absent(&["doc-employment-contract"]),
        case(
            "§ 18a at 45 in 2025 with exactly 53,130 EUR",
            Answers {
                application_date: Some(day("2025-06-01")),
                ..vocational(45, 53_130.0)
            },
        )
        .path(ids::SKILLED_VOCATIONAL)
        .verdict(ids::SKILLED_VOCATIONAL, Eligible)
        .arg(
            ids::SKILLED_VOCATIONAL,
            "plan-reason-older-salary-meets",
            "threshold",
            ArgValue::Eur(53_130.0),
        ),
        case(
            "§ 18a at 47 applying in 2027: the ceiling of 2027 is not published",
            Answers {
                application_date: Some(day("2027-02-01")),
                ..vocational(47, 60_000.0)
            },
        )
        .verdict(ids::SKILLED_VOCATIONAL, NeedsCheck)
        .reason(ids::SKILLED_VOCATIONAL, "plan-reason-older-no-figure"),
        case(
            "§ 18a at 44 with 40,000 EUR: no age rule",
            vocational(44, 40_000.0),
        )
        .path(ids::SKILLED_VOCATIONAL)
        .verdict(ids::SKILLED_VOCATIONAL, Eligible)
        .no_reason(ids::SKILLED_VOCATIONAL, "plan-reason-older-salary-meets"),
        case(
            "Opportunity Card with 6 points",
            Answers {
                german: LanguageLevel::B1,
                english: LanguageLevel::B1,
                age: Some(30),
                experience_years_last_5: 2,
                experience_years_last_7: 2,
                experience_years: 2,
                ..seeker()
            },
        )
        .path(ids::OPPORTUNITY_CARD)
        .verdict(ids::OPPORTUNITY_CARD, Eligible)
        .points(6)
        .arg(
            ids::OPPORTUNITY_CARD,
            "plan-reason-funds-month",
            "amount",
            ArgValue::Eur(1091.0),
        )
        .arg(
            ids::OPPORTUNITY_CARD,
            "plan-reason-funds-month",
            "since",
            ArgValue::Date(day("2025-01-01")),
        )
        .arg(
            ids::OPPORTUNITY_CARD,
            "plan-reason-figure-older",
            "year",
            ArgValue::Text("2026".into()),
        )
        .no_reason(ids::OPPORTUNITY_CARD, "plan-reason-funds-not-published")
        .listed(&[
            "doc-funds-opportunity",
            "doc-language-certificate",
            "doc-cv",
            ONLINE_VISA,
        ])
        .absent(&["doc-employment-contract"]),
        case(
            "Opportunity Card with 5 points: short of 6",
            Answers {
                german: LanguageLevel::A2,
                english: LanguageLevel::B1,
                age: Some(30),
                experience_years_last_5: 2,
                experience_years_last_7: 2,
                experience_years: 2,
                ..seeker()
            },
        )
        .verdict(ids::OPPORTUNITY_CARD, NotEligible)
        .points(5)
        .reason(
            ids::OPPORTUNITY_CARD,
            "plan-reason-opportunity-points-short",
        )
        .absent(&["doc-funds-opportunity"]),
        case(
            "Opportunity Card as a recognised skilled worker, no points needed",
            Answers {
                recognition: Recognition::Recognised,
                age: Some(50),
                experience_years: 20,
                ..seeker()
            },
        )
        .path(ids::OPPORTUNITY_CARD)
        .verdict(ids::OPPORTUNITY_CARD, Eligible)
        .points(4)
        .reason(ids::OPPORTUNITY_CARD, "plan-reason-opportunity-recognised"),
        case("Study applied for in December 2026", student("2026-12-15"))
            .path(ids::STUDY)
            .verdict(ids::STUDY, Eligible)
            .arg(
                ids::STUDY,
                "plan-reason-blocked-account",
                "amount",
                ArgValue::Eur(11_904.0),
            )
            .arg(
                ids::STUDY,
                "plan-reason-blocked-account",
                "since",
                ArgValue::Date(day("2025-01-01")),
            )
            .reason(ids::STUDY, "plan-reason-figure-older")
            .no_reason(ids::STUDY, "plan-reason-blocked-account-not-published")
            .listed(&[
                "doc-blocked-account",
                "doc-university-admission",
                "step-enrolment",
                ONLINE_VISA,
            ])
            .absent(&["doc-employment-contract", "doc-cv"]),
        case("Study applied for in September 2025", student("2025-09-01"))
            .path(ids::STUDY)
            .arg(
                ids::STUDY,
                "plan-reason-blocked-account",
                "amount",
                ArgValue::Eur(11_904.0),
            )
            .no_reason(ids::STUDY, "plan-reason-figure-older"),
        case(
            "Vocational training",
            Answers {
                purpose: Purpose::VocationalTraining,
                ..student("2026-12-15")
            },
        )
        .path(ids::VOCATIONAL_TRAINING)
        .verdict(ids::VOCATIONAL_TRAINING, Eligible)
        .listed(&[ONLINE_VISA, "step-accelerated-procedure"])
        .absent(&["doc-blocked-account"]),
        case(
            "EU citizen",
            Answers {
                citizenship: CitizenshipGroup::EuEeaSwiss,
                ..worker()
            },
        )
        .path(ids::EU_FREE_MOVEMENT)
        .verdict(ids::EU_FREE_MOVEMENT, Eligible)
        .verdict(ids::BLUE_CARD, NotEligible)
        .listed(&["doc-eu-id", ANMELDUNG])
        .absent(&[VISA_FORM, ONLINE_VISA, "step-residence-permit"])
        .due(ANMELDUNG, "2027-03-15"),
        case(
            "Visa-exempt national with a Blue Card job: no visa steps, a residence permit",
            Answers {
                visa_exempt: Some(true),
                ..worker()
            },
        )
        .path(ids::BLUE_CARD)
        .listed(&["step-residence-permit", "doc-recognition"])
        .absent(&[VISA_FORM, ONLINE_VISA, APPOINTMENT]),
        case(
            "Spouse of a Blue Card holder, no German",
            spouse(SponsorTitle::BlueCard),
        )
        .path(ids::FAMILY_REUNION)
        .verdict(ids::FAMILY_REUNION, Eligible)
        .arg(
            ids::FAMILY_REUNION,
            "plan-reason-family-a1-exempt",
            "title",
            ArgValue::Text("§ 18g AufenthG".into()),
        )
        .reason(ids::FAMILY_REUNION, "plan-reason-family-no-living-space")
        .listed(&[MARRIAGE, ONLINE_VISA, APPOINTMENT])
        .absent(&[A1, LIVING_SPACE, BIRTH]),
        exempt_spouse(
            "Spouse of a § 18a skilled worker, no German",
            SponsorTitle::SkilledVocational,
            "§ 18a AufenthG",
        ),
        exempt_spouse(
            "Spouse of a § 18b skilled worker, no German",
            SponsorTitle::SkilledAcademic,
            "§ 18b AufenthG",
        ),
        exempt_spouse(
            "Spouse of a researcher (§ 18d), no German",
            SponsorTitle::Researcher,
            "§ 18d AufenthG",
        ),
        exempt_spouse(
            "Spouse of an IT specialist (§ 19c), no German",
            SponsorTitle::SpecialistEmployment,
            "§ 19c AufenthG",
        ),
        exempt_spouse(
            "Spouse of an ICT card holder (§ 19), no German",
            SponsorTitle::IctCard,
            "§ 19 AufenthG",
        ),
        exempt_spouse(
            "Spouse of a self-employed person (§ 21), no German",
            SponsorTitle::SelfEmployed,
            "§ 21 AufenthG",
        ),
        case(
            "Spouse of a German citizen without German, following the path anyway",
            Answers {
                chosen_path: Some(ids::FAMILY_REUNION.into()),
                ..spouse(SponsorTitle::German)
            },
        )
        .path(ids::FAMILY_REUNION)
        .verdict(ids::FAMILY_REUNION, NeedsCheck)
        .reason(ids::FAMILY_REUNION, "plan-reason-family-a1-needed")
        .no_reason(ids::FAMILY_REUNION, "plan-reason-family-living-space")
        .listed(&[A1, MARRIAGE])
        .absent(&[LIVING_SPACE]),
        case(
            "Spouse of a German citizen with German A1",
            joining(
                FamilyRole::Spouse,
                SponsorTitle::German,
                LanguageLevel::A1,
                30,
            ),
        )
        .path(ids::FAMILY_REUNION)
        .verdict(ids::FAMILY_REUNION, Eligible)
        .reason(ids::FAMILY_REUNION, "plan-reason-family-a1-met")
        .listed(&[A1, MARRIAGE])
        .absent(&[LIVING_SPACE]),
        case(
            "Spouse of another title holder without German: no sure path",
            spouse(SponsorTitle::Other),
        )
        .verdict(ids::FAMILY_REUNION, NeedsCheck)
        .reason(ids::FAMILY_REUNION, "plan-reason-family-a1-needed")
        .absent(&[A1, MARRIAGE]),
        case(
            "Spouse of another title holder with German A1",
            joining(
                FamilyRole::Spouse,
                SponsorTitle::Other,
                LanguageLevel::A1,
                30,
            ),
        )
        .path(ids::FAMILY_REUNION)
        .verdict(ids::FAMILY_REUNION, Eligible)
        .listed(&[A1, MARRIAGE, LIVING_SPACE]),
        case(
            "Child of 6 joining a Blue Card holder",
            joining(
                FamilyRole::Child,
                SponsorTitle::BlueCard,
                LanguageLevel::None,
                6,
            ),
        )
        .path(ids::FAMILY_REUNION)
        .verdict(ids::FAMILY_REUNION, Eligible)
        .reason(ids::FAMILY_REUNION, "plan-reason-family-child")
        .listed(&[BIRTH, "step-kita-application", ONLINE_VISA])
        .absent(&[MARRIAGE, A1, LIVING_SPACE]),
        case(
            "Child of 6 joining a § 18a skilled worker",
            joining(
                FamilyRole::Child,
                SponsorTitle::SkilledVocational,
                LanguageLevel::None,
                6,
            ),
        )
        .path(ids::FAMILY_REUNION)
        .listed(&[BIRTH, LIVING_SPACE])
        .absent(&[MARRIAGE, A1]),
        case(
            "Child of 18: not under the rules for children",
            joining(
                FamilyRole::Child,
                SponsorTitle::BlueCard,
                LanguageLevel::None,
                18,
            ),
        )
        .verdict(ids::FAMILY_REUNION, NotEligible)
        .reason(ids::FAMILY_REUNION, "plan-reason-family-child-adult")
        .absent(&[BIRTH]),
        case(
            "Spouse stored as the former 'skilled worker' answer",
            stored_skilled_worker(),
        )
        .path(ids::FAMILY_REUNION)
        .verdict(ids::FAMILY_REUNION, Eligible)
        .absent(&[A1]),
        case(
            "Moving in three weeks after arriving",
            Answers {
                move_in_date: Some(day("2027-03-20")),
                ..worker()
            },
        )
        .path(ids::BLUE_CARD)
        .due(ANMELDUNG, "2027-04-03"),
        case(
            "Blue Card with two children coming along",
            Answers {
                children_coming: 2,
                spouse_coming: true,
                ..worker()
            },
        )
        .path(ids::BLUE_CARD)
        .listed(&["step-kita-application"])
        .absent(&[BIRTH, MARRIAGE]),
        case(
            "Recognition pending: no sure path yet, recognition counselling",
            Answers {
                recognition: Recognition::Pending,
                ..worker()
            },
        )
        .verdict(ids::BLUE_CARD, NeedsCheck)
        .verdict(ids::SKILLED_ACADEMIC, NeedsCheck)
        .reason(ids::BLUE_CARD, "plan-reason-recognition-pending")
        .absent(&["doc-employment-contract", ONLINE_VISA]),
    ]
}

/// Answers written before the title list grew: `skilled_worker` meant § 18a or § 18b.
fn stored_skilled_worker() -> Answers {
    let mut fields = match serde_json::to_value(spouse(SponsorTitle::Other)).unwrap() {
        serde_json::Value::Object(m) => m,
        _ => unreachable!(),
    };
    fields.insert("sponsor_title".into(), "skilled_worker".into());
    fields.remove("move_in_date");
    welcome_core::plan::service::answers_from_fields(&fields)
}

#[test]
fn every_situation_of_the_table_gets_the_plan_the_sources_say() {
    let cases = cases();
    assert!(cases.len() >= 30, "{} situations", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .flat_map(|c| {
            c.check()
                .into_iter()
                .map(move |e| format!("{}: {e}", c.name))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
