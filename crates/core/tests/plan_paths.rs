//! Path selection: every residence path, the Blue Card threshold of each year, the Opportunity
//! Card points and their edge cases, and the advice when no path fits.

mod plan_support;

use plan_support::{day, engineer, rules};
use welcome_core::plan::answers::*;
use welcome_core::plan::paths::{assess, ids, Assessment, Eligibility};
use welcome_core::plan::points;

fn run(a: &Answers, on: &str) -> Assessment {
    assess(a, &rules(), day(on), &["en"])
}

fn verdict(a: &Answers, on: &str, path: &str) -> Eligibility {
    run(a, on)
        .paths
        .iter()
        .find(|p| p.path_id == path)
        .unwrap()
        .eligible
}

fn reason_ids(a: &Answers, on: &str, path: &str) -> Vec<String> {
    run(a, on)
        .paths
        .iter()
        .find(|p| p.path_id == path)
        .unwrap()
        .reasons
        .iter()
        .map(|r| r.message_id.clone())
        .collect()
}

fn with_salary(salary: f64) -> Answers {
    Answers {
        salary_eur: Some(salary),
        ..engineer()
    }
}

#[test]
fn every_path_is_assessed() {
    let a = run(&engineer(), "2026-06-01");
    let got: Vec<&str> = a.paths.iter().map(|p| p.path_id.as_str()).collect();
    assert_eq!(got, ids::ALL.to_vec());
    assert!(
        a.paths.iter().all(|p| !p.reasons.is_empty()),
        "every verdict has reasons"
    );
}

#[test]
fn blue_card_threshold_is_the_one_valid_on_the_application_date() {
    // 49,000 reaches 2025's 48,300 but not 2026's 50,700.
    let a = with_salary(49_000.0);
    assert_eq!(
        verdict(&a, "2025-06-01", ids::BLUE_CARD),
        Eligibility::Eligible
    );
    assert_eq!(
        verdict(&a, "2026-06-01", ids::BLUE_CARD),
        Eligibility::NotEligible
    );
    assert_eq!(
        run(&a, "2025-06-01").recommended.as_deref(),
        Some(ids::BLUE_CARD)
    );
    // In 2026 the §18b path still fits, and is recommended.
    assert_eq!(
        run(&a, "2026-06-01").recommended.as_deref(),
        Some(ids::SKILLED_ACADEMIC)
    );
    // Exact boundaries of both years.
    assert_eq!(
        verdict(&with_salary(48_300.0), "2025-12-31", ids::BLUE_CARD),
        Eligibility::Eligible
    );
    assert_eq!(
        verdict(&with_salary(48_299.99), "2025-12-31", ids::BLUE_CARD),
        Eligibility::NotEligible
    );
    assert_eq!(
        verdict(&with_salary(50_700.0), "2026-01-01", ids::BLUE_CARD),
        Eligibility::Eligible
    );
    assert_eq!(
        verdict(&with_salary(50_699.0), "2026-01-01", ids::BLUE_CARD),
        Eligibility::NotEligible
    );
}

#[test]
fn shortage_threshold_of_each_year() {
    let shortage = |s: f64| Answers {
        shortage_occupation: true,
        ..with_salary(s)
    };
    assert_eq!(
        verdict(&shortage(43_759.80), "2025-03-01", ids::BLUE_CARD),
        Eligibility::Eligible
    );
    assert_eq!(
        verdict(&shortage(43_759.0), "2025-03-01", ids::BLUE_CARD),
        Eligibility::NotEligible
    );
    assert_eq!(
        verdict(&shortage(45_934.20), "2026-03-01", ids::BLUE_CARD),
        Eligibility::Eligible
    );
    assert_eq!(
        verdict(&shortage(44_000.0), "2026-03-01", ids::BLUE_CARD),
        Eligibility::NotEligible
    );
    let graduate = Answers {
        recent_graduate: true,
        ..with_salary(46_000.0)
    };
    assert_eq!(
        verdict(&graduate, "2026-03-01", ids::BLUE_CARD),
        Eligibility::Eligible
    );
    assert!(reason_ids(&graduate, "2026-03-01", ids::BLUE_CARD)
        .contains(&"plan-reason-threshold-lower".to_owned()));
}

#[test]
fn a_year_without_a_published_threshold_needs_a_check_and_says_so() {
    let a = with_salary(90_000.0);
    let on = "2030-06-01";
    assert_eq!(verdict(&a, on, ids::BLUE_CARD), Eligibility::NeedsCheck);
    assert!(reason_ids(&a, on, ids::BLUE_CARD)
        .contains(&"plan-reason-threshold-not-published".to_owned()));
}

#[test]
fn it_specialists_without_degree_need_three_years() {
    let it = |years: u8| Answers {
        qualification: Qualification::None,
        recognition: Recognition::None,
        it_specialist: true,
        experience_years: years,
        experience_years_last_5: years.min(5),
        experience_years_last_7: years,
        salary_eur: Some(46_000.0),
        ..engineer()
    };
    assert_eq!(
        verdict(&it(3), "2026-06-01", ids::BLUE_CARD),
        Eligibility::Eligible
    );
    assert_eq!(
        verdict(&it(2), "2026-06-01", ids::BLUE_CARD),
        Eligibility::NotEligible
    );
    assert_eq!(
        verdict(&it(3), "2026-06-01", ids::SKILLED_ACADEMIC),
        Eligibility::NotEligible
    );
}

#[test]
fn skilled_worker_paths_follow_qualification_and_recognition() {
    let vocational = Answers {
        qualification: Qualification::Vocational,
        salary_eur: Some(38_000.0),
        ..engineer()
    };
    assert_eq!(
        verdict(&vocational, "2026-06-01", ids::SKILLED_VOCATIONAL),
        Eligibility::Eligible
    );
    assert_eq!(
        verdict(&vocational, "2026-06-01", ids::SKILLED_ACADEMIC),
        Eligibility::NotEligible
    );
    assert_eq!(
        verdict(&vocational, "2026-06-01", ids::BLUE_CARD),
        Eligibility::NotEligible
    );
    assert_eq!(
        run(&vocational, "2026-06-01").recommended.as_deref(),
        Some(ids::SKILLED_VOCATIONAL)
    );
    let pending = Answers {
        recognition: Recognition::Pending,
        ..vocational.clone()
    };
    assert_eq!(
        verdict(&pending, "2026-06-01", ids::SKILLED_VOCATIONAL),
        Eligibility::NeedsCheck
    );
    assert_eq!(
        run(&pending, "2026-06-01").recommended,
        None,
        "a pending recognition is not guessed"
    );
    let partial = Answers {
        recognition: Recognition::Partial,
        ..vocational
    };
    assert_eq!(
        verdict(&partial, "2026-06-01", ids::SKILLED_VOCATIONAL),
        Eligibility::NotEligible
    );
}

#[test]
fn older_workers_have_a_salary_condition_even_without_a_figure() {
    let older = Answers {
        age: Some(46),
        experience_years: 20,
        experience_years_last_7: 7,
        salary_eur: Some(30_000.0),
        ..engineer()
    };
    assert_eq!(
        verdict(&older, "2026-06-01", ids::SKILLED_ACADEMIC),
        Eligibility::NeedsCheck
    );
    let reasons = reason_ids(&older, "2026-06-01", ids::SKILLED_ACADEMIC);
    assert!(
        reasons.iter().any(|r| r.starts_with("plan-reason-older-")),
        "the over-45 condition is stated: {reasons:?}"
    );
    let younger = Answers {
        age: Some(44),
        ..older
    };
    assert_eq!(
        verdict(&younger, "2026-06-01", ids::SKILLED_ACADEMIC),
        Eligibility::Eligible
    );
}

fn seeker() -> Answers {
    Answers {
        purpose: Purpose::JobSearch,
        qualification: Qualification::Vocational,
        recognition: Recognition::None,
        qualification_two_years: Some(true),
        salary_eur: None,
        german: LanguageLevel::A1,
        english: LanguageLevel::None,
        age: Some(30),
        experience_years: 0,
        experience_years_last_5: 0,
        experience_years_last_7: 0,
        ..engineer()
    }
}

fn total(a: &Answers) -> u32 {
    points::compute(a, &rules(), &["en"]).total
}

#[test]
fn points_are_each_explained_and_alternatives_do_not_add_up() {
    let a = Answers {
        recognition: Recognition::Partial,
        shortage_occupation: true,
        experience_years: 6,
        experience_years_last_5: 5,
        experience_years_last_7: 6,
        german: LanguageLevel::C1,
        english: LanguageLevel::C2,
        previous_stay_6_months: true,
        partner_eligible: true,
        ..seeker()
    };
    let p = points::compute(&a, &rules(), &["de"]);
    let keys: Vec<&str> = p.lines.iter().map(|l| l.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "partial_recognition",
            "shortage_occupation",
            "experience_5_of_7",
            "german_b2",
            "english_c1",
            "age_under_35",
            "previous_stay_6_months",
            "partner_eligible"
        ]
    );
    assert_eq!(p.total, 4 + 1 + 3 + 3 + 1 + 2 + 1 + 1);
    assert!(p.lines.iter().all(|l| l
        .label
        .as_ref()
        .is_some_and(|t| !t.text.is_empty() && t.lang == "de")));
}

#[test]
fn points_edge_cases() {
    let s = seeker();
    // Age: 34 scores 2, 35 and 39 score 1, 40 scores nothing.
    assert_eq!(
        total(&Answers {
            age: Some(34),
            ..s.clone()
        }),
        2
    );
    assert_eq!(
        total(&Answers {
            age: Some(35),
            ..s.clone()
        }),
        1
    );
    assert_eq!(
        total(&Answers {
            age: Some(39),
            ..s.clone()
        }),
        1
    );
    assert_eq!(
        total(&Answers {
            age: Some(40),
            ..s.clone()
        }),
        0
    );
    let no_age = Answers {
        age: Some(40),
        ..s.clone()
    };
    // Experience: 2 of 5 scores 2, 5 of 7 scores 3 (not 5), 1 year scores nothing.
    let exp = |last5, last7| Answers {
        experience_years: last7,
        experience_years_last_5: last5,
        experience_years_last_7: last7,
        ..no_age.clone()
    };
    assert_eq!(total(&exp(1, 1)), 0);
    assert_eq!(total(&exp(2, 2)), 2);
    assert_eq!(total(&exp(4, 4)), 2);
    assert_eq!(total(&exp(5, 5)), 3);
    // German counts once at its highest level; A1 scores nothing.
    let german = |level| Answers {
        german: level,
        ..no_age.clone()
    };
    assert_eq!(total(&german(LanguageLevel::A1)), 0);
    assert_eq!(total(&german(LanguageLevel::A2)), 1);
    assert_eq!(total(&german(LanguageLevel::B1)), 2);
    assert_eq!(total(&german(LanguageLevel::B2)), 3);
    assert_eq!(total(&german(LanguageLevel::C2)), 3);
    // English below C1 scores nothing.
    assert_eq!(
        total(&Answers {
            english: LanguageLevel::B2,
            ..no_age.clone()
        }),
        0
    );
    assert_eq!(
        total(&Answers {
            english: LanguageLevel::C1,
            ..no_age
        }),
        1
    );
}

#[test]
fn opportunity_card_needs_exactly_six_points() {
    // 2 (age 34) + 3 (5 of 7 years) + 1 (German A2) = 6.
    let six = Answers {
        age: Some(34),
        german: LanguageLevel::A2,
        experience_years: 5,
        experience_years_last_5: 5,
        experience_years_last_7: 5,
        ..seeker()
    };
    assert_eq!(total(&six), 6);
    assert_eq!(
        verdict(&six, "2025-06-01", ids::OPPORTUNITY_CARD),
        Eligibility::Eligible
    );
    assert_eq!(
        run(&six, "2025-06-01").recommended.as_deref(),
        Some(ids::OPPORTUNITY_CARD)
    );
    // One year older: 5 points.
    let five = Answers {
        age: Some(35),
        ..six.clone()
    };
    assert_eq!(total(&five), 5);
    assert_eq!(
        verdict(&five, "2025-06-01", ids::OPPORTUNITY_CARD),
        Eligibility::NotEligible
    );
    // Six points but neither German A1 nor English B2.
    let mute = Answers {
        german: LanguageLevel::None,
        english: LanguageLevel::B1,
        partner_eligible: true,
        ..six.clone()
    };
    assert_eq!(total(&mute), 6);
    assert_eq!(
        verdict(&mute, "2025-06-01", ids::OPPORTUNITY_CARD),
        Eligibility::NotEligible
    );
    // English B2 instead of German A1 qualifies too.
    let english = Answers {
        english: LanguageLevel::B2,
        ..mute
    };
    assert_eq!(
        verdict(&english, "2025-06-01", ids::OPPORTUNITY_CARD),
        Eligibility::Eligible
    );
    // A training of under two years does not count.
    let short = Answers {
        qualification_two_years: Some(false),
        ..six.clone()
    };
    assert_eq!(
        verdict(&short, "2025-06-01", ids::OPPORTUNITY_CARD),
        Eligibility::NotEligible
    );
    let unknown = Answers {
        qualification_two_years: None,
        ..six
    };
    assert_eq!(
        verdict(&unknown, "2025-06-01", ids::OPPORTUNITY_CARD),
        Eligibility::NeedsCheck
    );
}

#[test]
fn recognised_skilled_workers_need_no_points_and_funds_follow_the_year() {
    let recognised = Answers {
        recognition: Recognition::Recognised,
        age: Some(50),
        ..seeker()
    };
    assert_eq!(total(&recognised), 0);
    assert_eq!(
        verdict(&recognised, "2025-06-01", ids::OPPORTUNITY_CARD),
        Eligibility::Eligible
    );
    let r2025 = run(&recognised, "2025-06-01");
    let funds = r2025
        .paths
        .iter()
        .find(|p| p.path_id == ids::OPPORTUNITY_CARD)
        .unwrap();
    let line = funds
        .reasons
        .iter()
        .find(|r| r.message_id == "plan-reason-funds-month")
        .expect("2025 figure shown");
    assert_eq!(
        line.args.get("amount"),
        Some(&welcome_core::plan::reasons::ArgValue::Eur(1091.0))
    );
    // 2026: no newer figure; the 2025 one stays in force and the plan says how old it is.
    let r2026 = reason_ids(&recognised, "2026-06-01", ids::OPPORTUNITY_CARD);
    assert!(r2026.contains(&"plan-reason-funds-month".to_owned()));
    assert!(r2026.contains(&"plan-reason-figure-older".to_owned()));
    assert!(!r2026.contains(&"plan-reason-funds-not-published".to_owned()));
}

#[test]
fn study_shows_the_blocked_account_in_force_and_how_old_it_is() {
    let student = Answers {
        purpose: Purpose::Study,
        qualification: Qualification::None,
        recognition: Recognition::None,
        salary_eur: None,
        ..engineer()
    };
    assert_eq!(
        verdict(&student, "2025-09-01", ids::STUDY),
        Eligibility::Eligible
    );
    assert_eq!(
        run(&student, "2025-09-01").recommended.as_deref(),
        Some(ids::STUDY)
    );
    assert!(reason_ids(&student, "2025-09-01", ids::STUDY)
        .contains(&"plan-reason-blocked-account".to_owned()));
    assert!(!reason_ids(&student, "2025-09-01", ids::STUDY)
        .contains(&"plan-reason-figure-older".to_owned()));
    let in_2026 = reason_ids(&student, "2026-09-01", ids::STUDY);
    assert!(in_2026.contains(&"plan-reason-blocked-account".to_owned()));
    assert!(in_2026.contains(&"plan-reason-figure-older".to_owned()));
    assert!(!in_2026.contains(&"plan-reason-blocked-account-not-published".to_owned()));
    assert_eq!(
        verdict(&student, "2025-09-01", ids::BLUE_CARD),
        Eligibility::NotEligible
    );
}

#[test]
fn vocational_training_path() {
    let trainee = Answers {
        purpose: Purpose::VocationalTraining,
        qualification: Qualification::None,
        recognition: Recognition::None,
        salary_eur: None,
        ..engineer()
    };
    assert_eq!(
        run(&trainee, "2026-06-01").recommended.as_deref(),
        Some(ids::VOCATIONAL_TRAINING)
    );
}

#[test]
fn family_reunion_spouse_rules() {
    let spouse = |sponsor, german| Answers {
        purpose: Purpose::FamilyReunion,
        sponsor_title: Some(sponsor),
        family_role: Some(FamilyRole::Spouse),
        german,
        qualification: Qualification::None,
        recognition: Recognition::None,
        salary_eur: None,
        ..engineer()
    };
    let blue = spouse(SponsorTitle::BlueCard, LanguageLevel::None);
    assert_eq!(
        verdict(&blue, "2026-06-01", ids::FAMILY_REUNION),
        Eligibility::Eligible
    );
    let reasons = reason_ids(&blue, "2026-06-01", ids::FAMILY_REUNION);
    assert!(reasons.contains(&"plan-reason-family-a1-exempt".to_owned()));
    assert!(reasons.contains(&"plan-reason-family-no-living-space".to_owned()));
    assert_eq!(
        run(&blue, "2026-06-01").recommended.as_deref(),
        Some(ids::FAMILY_REUNION)
    );
    let other = spouse(SponsorTitle::Other, LanguageLevel::None);
    assert_eq!(
        verdict(&other, "2026-06-01", ids::FAMILY_REUNION),
        Eligibility::NeedsCheck
    );
    let a1 = spouse(SponsorTitle::Other, LanguageLevel::A1);
    assert_eq!(
        verdict(&a1, "2026-06-01", ids::FAMILY_REUNION),
        Eligibility::Eligible
    );
    assert!(reason_ids(&a1, "2026-06-01", ids::FAMILY_REUNION)
        .contains(&"plan-reason-family-living-space".to_owned()));
    let child = Answers {
        family_role: Some(FamilyRole::Child),
        age: Some(6),
        experience_years: 0,
        experience_years_last_5: 0,
        experience_years_last_7: 0,
        ..other
    };
    assert_eq!(
        verdict(&child, "2026-06-01", ids::FAMILY_REUNION),
        Eligibility::Eligible
    );
}

#[test]
fn eu_citizens_need_no_title() {
    let eu = Answers {
        citizenship: CitizenshipGroup::EuEeaSwiss,
        ..engineer()
    };
    let a = run(&eu, "2026-06-01");
    assert_eq!(a.recommended.as_deref(), Some(ids::EU_FREE_MOVEMENT));
    assert!(a.points.is_none());
    for p in &a.paths {
        let expected = if p.path_id == ids::EU_FREE_MOVEMENT {
            Eligibility::Eligible
        } else {
            Eligibility::NotEligible
        };
        assert_eq!(p.eligible, expected, "{}", p.path_id);
    }
}

#[test]
fn no_fitting_path_gives_advice_instead_of_a_guess() {
    let lost = Answers {
        qualification: Qualification::None,
        recognition: Recognition::None,
        ..seeker()
    };
    assert_eq!(run(&lost, "2026-06-01").recommended, None);
    let plan = plan_support::plan_with(&lost, &Default::default(), "en", "2026-05-01");
    assert_eq!(plan.path, None);
    let advice = plan.advice.expect("advice when no path fits");
    assert!(!advice.message.is_empty() && !advice.message.starts_with("plan-"));
    // Only the items of every path are listed, none of a path's visa documents.
    let checklists = plan_support::checklists();
    for item in &plan.items {
        let source = checklists
            .iter()
            .flat_map(|c| c.items.iter())
            .find(|i| i.id == item.id)
            .unwrap();
        assert!(source.paths.is_empty(), "{} belongs to a path", item.id);
    }
}
