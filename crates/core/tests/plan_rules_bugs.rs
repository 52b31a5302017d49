//! The reported faults of the plan's rules, each as the scenario of its report. The answers are
//! written as the synced JSON the app stores, so each scenario reads the way a device does.

mod plan_support;

use plan_support::plan_with;
use std::collections::BTreeMap;
use welcome_core::plan::generate::Plan;
use welcome_core::plan::reasons::ArgValue;
use welcome_core::plan::Answers;

const TODAY: &str = "2026-12-02";

fn answers(fields: serde_json::Value) -> Answers {
    let serde_json::Value::Object(fields) = fields else {
        panic!("answers are an object");
    };
    welcome_core::plan::service::answers_from_fields(&fields)
}

fn spouse_of(title: &str) -> Answers {
    answers(serde_json::json!({
        "citizenship": "other",
        "purpose": "family_reunion",
        "family_role": "spouse",
        "sponsor_title": title,
        "german": "none",
        "qualification": "none",
        "age": 30,
        "municipality_id": "essen",
        "arrival_date": "2027-03-01",
        "application_date": "2026-12-15",
    }))
}

fn listed(plan: &Plan, item: &str) -> bool {
    plan.items.iter().any(|i| i.id == item)
}

fn reasons(plan: &Plan, path: &str) -> Vec<String> {
    plan.assessment
        .paths
        .iter()
        .find(|p| p.path_id == path)
        .unwrap()
        .reasons
        .iter()
        .map(|r| r.message_id.clone())
        .collect()
}

#[test]
fn a_blue_card_holders_spouse_gets_neither_the_a1_nor_the_living_space_document() {
    let plan = plan_with(&spouse_of("blue_card"), &BTreeMap::new(), "en", TODAY);
    assert_eq!(plan.path.as_deref(), Some("family_reunion"));
    let why = reasons(&plan, "family_reunion");
    assert!(
        why.iter()
            .any(|r| r.contains("no-a1") || r.contains("a1-exempt")),
        "{why:?}"
    );
    assert!(
        why.contains(&"plan-reason-family-no-living-space".to_owned()),
        "{why:?}"
    );
    assert!(
        !listed(&plan, "doc-spouse-german-a1"),
        "the assessment says no A1 is needed, the plan lists it"
    );
    assert!(
        !listed(&plan, "doc-living-space"),
        "the assessment says no living space is needed, the plan lists it"
    );
    assert!(listed(&plan, "doc-marriage-certificate"));
}

#[test]
fn a_skilled_workers_spouse_without_german_has_a_path() {
    // `skilled_worker` is the answer devices stored for § 18a / § 18b before the list grew.
    for title in ["skilled_worker", "skilled_academic", "skilled_vocational"] {
        let plan = plan_with(&spouse_of(title), &BTreeMap::new(), "en", TODAY);
        assert_eq!(
            plan.path.as_deref(),
            Some("family_reunion"),
            "{title}: {:?}",
            reasons(&plan, "family_reunion")
        );
        assert!(!listed(&plan, "doc-spouse-german-a1"), "{title}");
        assert!(listed(&plan, "doc-living-space"), "{title}");
    }
}

#[test]
fn an_applicant_over_45_sees_the_2026_salary_floor() {
    let older = answers(serde_json::json!({
        "citizenship": "other",
        "purpose": "work_with_offer",
        "qualification": "vocational",
        "recognition": "recognised",
        "salary_eur": 58000.0,
        "age": 52,
        "experience_years": 25,
        "municipality_id": "essen",
        "arrival_date": "2027-03-01",
        "application_date": "2026-12-15",
    }));
    let plan = plan_with(&older, &BTreeMap::new(), "en", TODAY);
    let why = reasons(&plan, "skilled_vocational");
    assert!(
        !why.contains(&"plan-reason-older-no-figure".to_owned()),
        "{why:?}"
    );
    assert_eq!(plan.path.as_deref(), Some("skilled_vocational"), "{why:?}");
    let floor = plan
        .assessment
        .paths
        .iter()
        .find(|p| p.path_id == "skilled_vocational")
        .unwrap()
        .reasons
        .iter()
        .find(|r| r.message_id == "plan-reason-older-salary-meets")
        .expect("the salary floor is shown");
    assert_eq!(floor.args.get("threshold"), Some(&ArgValue::Eur(55_770.0)));
    assert!(floor.text.contains("55,770.00 EUR"), "{}", floor.text);
}

#[test]
fn the_study_plan_shows_the_blocked_account_in_force() {
    let student = answers(serde_json::json!({
        "citizenship": "other",
        "purpose": "study",
        "qualification": "none",
        "age": 19,
        "municipality_id": "essen",
        "arrival_date": "2027-03-01",
        "application_date": "2026-12-15",
    }));
    let plan = plan_with(&student, &BTreeMap::new(), "en", TODAY);
    let study = plan
        .assessment
        .paths
        .iter()
        .find(|p| p.path_id == "study")
        .unwrap();
    let texts: Vec<&str> = study.reasons.iter().map(|r| r.text.as_str()).collect();
    assert!(
        texts.iter().all(|t| !t.contains("not been published")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("11,904.00 EUR")),
        "{texts:?}"
    );
    let document = plan
        .items
        .iter()
        .find(|i| i.id == "doc-blocked-account")
        .expect("the blocked account is a document of the study plan");
    let description = &document.description.as_ref().unwrap().text;
    assert!(description.contains("11,904"), "{description}");
    assert!(!description.contains("not been found"), "{description}");
}

#[test]
fn the_opportunity_cards_proof_of_funds_shows_the_figure_in_force() {
    let seeker = answers(serde_json::json!({
        "citizenship": "other",
        "purpose": "job_search",
        "qualification": "academic",
        "recognition": "recognised",
        "age": 30,
        "municipality_id": "essen",
        "arrival_date": "2027-03-01",
        "application_date": "2026-12-15",
    }));
    let plan = plan_with(&seeker, &BTreeMap::new(), "en", TODAY);
    let card = plan
        .assessment
        .paths
        .iter()
        .find(|p| p.path_id == "opportunity_card")
        .unwrap();
    let texts: Vec<&str> = card.reasons.iter().map(|r| r.text.as_str()).collect();
    assert!(
        texts.iter().all(|t| !t.contains("not been published")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("1,091.00 EUR")),
        "{texts:?}"
    );
    let document = plan
        .items
        .iter()
        .find(|i| i.id == "doc-funds-opportunity")
        .expect("proof of funds is a document of the Opportunity Card");
    let description = &document.description.as_ref().unwrap().text;
    assert!(!description.contains("not been found"), "{description}");
}
