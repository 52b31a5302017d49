//! The contacts over the real content in a real store: every one of the 53 municipalities has
//! the offices a newcomer needs (its own or one serving it), every plan step that names an
//! office kind finds one everywhere, and a family moving to a Kreis town is sent to its own
//! town's citizens' office and to the Kreis's foreigners' office.

mod plan_support;

use plan_support::{checklists, companion, content_dir, engineer};
use welcome_core::contacts::office_for;
use welcome_protocol::content::{Municipality, OfficeKind};

#[derive(serde::Deserialize)]
struct MunicipalityFile {
    municipality: Vec<Municipality>,
}

fn municipalities() -> Vec<Municipality> {
    let text = std::fs::read_to_string(content_dir().join("municipalities.toml")).unwrap();
    toml::from_str::<MunicipalityFile>(&text)
        .unwrap()
        .municipality
}

#[test]
fn every_municipality_has_citizens_foreigners_youth_employment_and_job_centre_offices() {
    let tmp = tempfile::tempdir().unwrap();
    let c = companion(tmp.path());
    let towns = municipalities();
    assert_eq!(towns.len(), 53);
    let mut missing = Vec::new();
    for m in &towns {
        for kind in [
            OfficeKind::CitizensOffice,
            OfficeKind::ForeignersOffice,
            OfficeKind::YouthOffice,
            OfficeKind::EmploymentAgency,
            OfficeKind::JobCentre,
        ] {
            match office_for(c.store(), &m.id, kind) {
                Some(o) => assert!(
                    o.municipality_id == m.id || o.serves.contains(&m.id),
                    "{} for {}: {} does not serve it",
                    o.id,
                    m.id,
                    o.municipality_id
                ),
                None => missing.push(format!("{}: {kind:?}", m.id)),
            }
        }
    }
    assert!(missing.is_empty(), "no office for {missing:#?}");
}

#[test]
fn every_town_has_a_citizens_office_of_its_own() {
    let tmp = tempfile::tempdir().unwrap();
    let c = companion(tmp.path());
    for m in municipalities() {
        let office = office_for(c.store(), &m.id, OfficeKind::CitizensOffice).unwrap();
        assert_eq!(office.municipality_id, m.id, "{}", office.id);
    }
}

#[test]
fn every_step_naming_an_office_kind_finds_an_office_in_every_municipality() {
    let tmp = tempfile::tempdir().unwrap();
    let c = companion(tmp.path());
    let towns = municipalities();
    let mut kinds = Vec::new();
    for list in checklists() {
        for item in list.items {
            // A university's steps go to the university the person chose, not to their town.
            if let Some(kind) = item
                .office_kind
                .filter(|k| *k != OfficeKind::UniversityInternationalOffice)
            {
                kinds.push((item.id, kind));
            }
        }
    }
    assert!(kinds.len() >= 5, "{kinds:?}");
    let mut missing = Vec::new();
    for (item, kind) in &kinds {
        for m in &towns {
            if office_for(c.store(), &m.id, *kind).is_none() {
                missing.push(format!("{item} ({kind:?}) in {}", m.id));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn a_kreis_youth_office_serves_the_towns_without_their_own_and_not_its_seat() {
    let tmp = tempfile::tempdir().unwrap();
    let c = companion(tmp.path());
    let youth = |m: &str| {
        office_for(c.store(), m, OfficeKind::YouthOffice)
            .unwrap()
            .id
    };
    assert_eq!(youth("alpen"), "kreis-wesel-jugendamt");
    assert_eq!(youth("moers"), "moers-jugendamt");
    // The Kreis youth office sits in Wesel, which has its own.
    assert_eq!(youth("wesel"), "wesel-jugendamt");
    assert_eq!(youth("holzwickede"), "kreis-unna-jugendamt");
    assert_eq!(youth("unna"), "unna-jugendamt");
    assert_eq!(youth("breckerfeld"), "ennepetal-jugendamt");
    let employment = |m: &str| {
        office_for(c.store(), m, OfficeKind::EmploymentAgency)
            .unwrap()
            .id
    };
    assert_eq!(employment("hattingen"), "agentur-fuer-arbeit-hagen");
    let jobs = |m: &str| office_for(c.store(), m, OfficeKind::JobCentre).unwrap().id;
    assert_eq!(jobs("essen"), "jobcenter-essen");
    assert_eq!(jobs("moers"), "jobcenter-kreis-wesel");
}

/// The id of the office a plan step links, if any; panics when the step is not in the plan.
fn office_of(plan: &welcome_core::plan::generate::Plan, step: &str) -> Option<String> {
    plan.items
        .iter()
        .find(|i| i.id == step)
        .unwrap_or_else(|| panic!("{step} in the plan"))
        .office
        .as_ref()
        .map(|o| o.id.clone())
}

#[test]
fn a_family_plan_in_moers_links_the_towns_citizens_office_and_the_kreis_foreigners_office() {
    let tmp = tempfile::tempdir().unwrap();
    let c = companion(tmp.path());
    let answers = welcome_core::plan::answers::Answers {
        municipality_id: Some("moers".into()),
        spouse_coming: true,
        children_coming: 1,
        ..engineer()
    };
    let plan = c.set_answers("me", answers).unwrap();
    let office =
        |step: &str| office_of(&plan, step).unwrap_or_else(|| panic!("{step} names an office"));
    assert_eq!(office("step-anmeldung"), "moers-buergerbuero");
    assert_eq!(
        office("step-residence-permit"),
        "kreis-wesel-auslaenderbehoerde"
    );
    assert_eq!(office("step-kita-application"), "moers-jugendamt");
}

#[test]
fn a_students_plan_links_the_international_office_of_the_chosen_university() {
    use welcome_core::plan::answers::{Answers, Purpose};
    let tmp = tempfile::tempdir().unwrap();
    let c = companion(tmp.path());
    let student = |university: Option<&str>| Answers {
        purpose: Purpose::Study,
        municipality_id: Some("essen".into()),
        university_office_id: university.map(str::to_owned),
        ..engineer()
    };
    // Living in Essen, studying in Bochum: the university's office, not the town's.
    let plan = c
        .set_answers("me", student(Some("rub-international-office")))
        .unwrap();
    assert_eq!(plan.path.as_deref(), Some("study"));
    for step in ["doc-university-admission", "step-enrolment"] {
        assert_eq!(
            office_of(&plan, step).as_deref(),
            Some("rub-international-office"),
            "{step}"
        );
    }
    // Nothing chosen: the university in the person's town.
    let plan = c.set_answers("me", student(None)).unwrap();
    assert_eq!(
        office_of(&plan, "step-enrolment").as_deref(),
        Some("ude-essen-international-office")
    );
    // An id that is no university's office (or no longer exists) is not linked.
    let plan = c
        .set_answers("me", student(Some("essen-buergeramt")))
        .unwrap();
    assert_eq!(
        office_of(&plan, "step-enrolment").as_deref(),
        Some("ude-essen-international-office")
    );
}
