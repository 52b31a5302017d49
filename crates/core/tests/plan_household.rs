//! The plan's operations over records: households with isolated plans, statuses, notes, due and
//! expiry dates, and invalid input that changes nothing. The records live in a map here; the
//! same operations over the real store and portal are tested in `plan_sync.rs`.

mod plan_support;

use plan_support::{checklists, day, engineer, rules};
use std::cell::RefCell;
use std::collections::BTreeMap;
use welcome_core::i18n::Localizer;
use welcome_core::plan::answers::*;
use welcome_core::plan::service::{PlanRecords, PlanService, StoredRecord};
use welcome_core::plan::{ItemStatus, Relation};
use welcome_core::{Error, Result};
use welcome_protocol::content::{ItemKind, Office, OfficeKind};
use welcome_protocol::user_data::Collection;

#[derive(Default)]
struct MapRecords(
    RefCell<BTreeMap<(Collection, String), serde_json::Map<String, serde_json::Value>>>,
);

impl PlanRecords for MapRecords {
    fn get(&self, c: Collection, id: &str) -> Result<Option<StoredRecord>> {
        Ok(self
            .0
            .borrow()
            .get(&(c, id.to_owned()))
            .map(|f| StoredRecord {
                record_id: id.to_owned(),
                fields: f.clone(),
            }))
    }
    fn list(&self, c: Collection) -> Result<Vec<StoredRecord>> {
        self.list_prefix(c, "")
    }
    fn list_prefix(&self, c: Collection, prefix: &str) -> Result<Vec<StoredRecord>> {
        Ok(self
            .0
            .borrow()
            .iter()
            .filter(|((col, id), _)| *col == c && id.starts_with(prefix))
            .map(|((_, id), f)| StoredRecord {
                record_id: id.clone(),
                fields: f.clone(),
            })
            .collect())
    }
    fn put_fields(
        &self,
        c: Collection,
        id: &str,
        fields: serde_json::Map<String, serde_json::Value>,
    ) -> Result<()> {
        self.0
            .borrow_mut()
            .entry((c, id.to_owned()))
            .or_default()
            .extend(fields);
        Ok(())
    }
    fn delete(&self, c: Collection, id: &str) -> Result<()> {
        self.0.borrow_mut().remove(&(c, id.to_owned()));
        Ok(())
    }
}

fn no_office(_: &str, _: OfficeKind) -> Option<Office> {
    None
}

fn no_guide(_: &str, _: &str) -> Option<welcome_protocol::content::Guide> {
    None
}

fn with_service<T>(records: &MapRecords, f: impl FnOnce(&PlanService) -> T) -> T {
    let rules = rules();
    let lists = checklists();
    let loc = Localizer::new(&["en"]);
    let known = |id: &str| ["essen", "bochum", "dortmund"].contains(&id);
    let service = PlanService {
        records,
        rules: Some(&rules),
        checklists: &lists,
        known_municipality: Some(&known),
        office_for: &no_office,
        office_by_id: &|_| None,
        guide_for: &no_guide,
        loc: &loc,
        today: day("2026-11-25"),
    };
    f(&service)
}

#[test]
fn the_first_person_exists_and_others_can_be_added() {
    let records = MapRecords::default();
    with_service(&records, |s| {
        let people = s.people().unwrap();
        assert_eq!(people.len(), 1);
        assert_eq!(
            (
                people[0].id.as_str(),
                people[0].name.as_str(),
                people[0].relation
            ),
            ("me", "Me", Relation::Myself)
        );
        s.add_person("sam", "Sam", Relation::Spouse).unwrap();
        s.add_person("kim", "Kim", Relation::Child).unwrap();
        let ids: Vec<_> = s.people().unwrap().into_iter().map(|p| p.id).collect();
        assert_eq!(ids, ["me", "kim", "sam"]);
        for (id, name, msg) in [
            ("sam", "Sam", "error-plan-person-exists"),
            ("a:b", "X", "error-plan-person-id"),
            ("ok", " ", "error-plan-person-name"),
        ] {
            let err = s.add_person(id, name, Relation::Other).unwrap_err();
            assert!(matches!(err, Error::Invalid { message_id, .. } if message_id == msg));
        }
    });
}

#[test]
fn each_person_has_their_own_answers_plan_and_progress() {
    let records = MapRecords::default();
    with_service(&records, |s| {
        s.add_person("sam", "Sam", Relation::Spouse).unwrap();
        s.add_person("kim", "Kim", Relation::Child).unwrap();
        let mine = s
            .set_answers(
                "me",
                &Answers {
                    spouse_coming: true,
                    children_coming: 1,
                    ..engineer()
                },
            )
            .unwrap();
        assert_eq!(mine.path.as_deref(), Some("blue_card"));
        let family = |role, age| Answers {
            purpose: Purpose::FamilyReunion,
            sponsor_title: Some(SponsorTitle::BlueCard),
            family_role: Some(role),
            qualification: Qualification::None,
            recognition: Recognition::None,
            salary_eur: None,
            age: Some(age),
            experience_years: 0,
            experience_years_last_5: 0,
            experience_years_last_7: 0,
            ..engineer()
        };
        let sams = s
            .set_answers("sam", &family(FamilyRole::Spouse, 30))
            .unwrap();
        assert_eq!(sams.path.as_deref(), Some("family_reunion"));
        let kims = s.set_answers("kim", &family(FamilyRole::Child, 4)).unwrap();
        assert_eq!(kims.path.as_deref(), Some("family_reunion"));
        // Childcare steps (with_children items) are in the child's plan.
        let all = checklists();
        let child_items: Vec<_> = all
            .iter()
            .flat_map(|c| c.items.iter())
            .filter(|i| {
                i.when
                    .contains(&welcome_protocol::content::Condition::WithChildren)
            })
            .filter(|i| i.paths.is_empty() || i.paths.iter().any(|p| p == "family_reunion"))
            .map(|i| i.id.clone())
            .collect();
        for id in &child_items {
            assert!(
                kims.items.iter().any(|i| &i.id == id),
                "{id} in the child's plan"
            );
        }
        // Progress of one person does not touch another's.
        let shared = mine
            .items
            .iter()
            .find(|i| sams.items.iter().any(|j| j.id == i.id))
            .expect("a shared item");
        let done = if shared.kind == ItemKind::Document {
            ItemStatus::Received
        } else {
            ItemStatus::Done
        };
        let after = s.set_item_status("me", &shared.id, done).unwrap();
        assert_eq!(
            after
                .items
                .iter()
                .find(|i| i.id == shared.id)
                .unwrap()
                .status,
            done
        );
        let sams = s.plan("sam").unwrap();
        assert_eq!(
            sams.items
                .iter()
                .find(|i| i.id == shared.id)
                .unwrap()
                .status,
            ItemStatus::initial(shared.kind)
        );
        assert_eq!(sams.progress.overall.done, 0);
        assert_eq!(
            s.plan("me").unwrap().answers.purpose,
            Purpose::WorkWithOffer
        );
        assert!(s.plan("nobody").is_err());
    });
}

#[test]
fn invalid_input_changes_nothing() {
    let records = MapRecords::default();
    with_service(&records, |s| {
        s.set_answers("me", &engineer()).unwrap();
        let before = records.0.borrow().clone();
        for bad in [
            Answers {
                arrival_date: Some(day("2026-11-24")),
                ..engineer()
            },
            Answers {
                salary_eur: Some(-1.0),
                ..engineer()
            },
            Answers {
                municipality_id: Some("atlantis".into()),
                ..engineer()
            },
            Answers {
                chosen_path: Some("golden_visa".into()),
                ..engineer()
            },
        ] {
            assert!(matches!(
                s.set_answers("me", &bad),
                Err(Error::Invalid { .. })
            ));
        }
        let plan = s.plan("me").unwrap();
        let doc = plan
            .items
            .iter()
            .find(|i| i.kind == ItemKind::Document)
            .unwrap()
            .id
            .clone();
        let step = plan
            .items
            .iter()
            .find(|i| i.kind == ItemKind::Step)
            .unwrap()
            .id
            .clone();
        assert!(
            s.set_item_status("me", &doc, ItemStatus::Done).is_err(),
            "a step status on a document"
        );
        assert!(s
            .set_item_status("me", &step, ItemStatus::Submitted)
            .is_err());
        assert!(s
            .set_item_status("me", "no_such_item", ItemStatus::Done)
            .is_err());
        assert!(s
            .set_document_expiry("me", &step, Some(day("2030-01-01")))
            .is_err());
        assert!(s.set_item_note("me", &doc, &"x".repeat(5001)).is_err());
        assert!(s.set_answers("ghost", &engineer()).is_err());
        assert_eq!(*records.0.borrow(), before, "nothing was written");
        assert_eq!(s.answers("me").unwrap(), Some(engineer()));
    });
}

#[test]
fn statuses_notes_dates_round_trip_and_regeneration_keeps_them() {
    let records = MapRecords::default();
    with_service(&records, |s| {
        let plan = s.set_answers("me", &engineer()).unwrap();
        let doc = plan
            .items
            .iter()
            .find(|i| i.kind == ItemKind::Document)
            .unwrap()
            .id
            .clone();
        let due_step = plan
            .items
            .iter()
            .find(|i| i.due.is_some())
            .unwrap()
            .id
            .clone();
        s.set_item_status("me", &doc, ItemStatus::TranslatedCertified)
            .unwrap();
        s.set_item_note("me", &doc, "certified copy at the consulate")
            .unwrap();
        s.set_document_expiry("me", &doc, Some(day("2027-04-01")))
            .unwrap();
        let plan = s
            .set_item_due("me", &due_step, Some(day("2027-03-08")))
            .unwrap();
        let d = plan.items.iter().find(|i| i.id == doc).unwrap();
        assert_eq!(d.status, ItemStatus::TranslatedCertified);
        assert_eq!(d.note.as_deref(), Some("certified copy at the consulate"));
        assert!(d.expiry_warning.is_some());
        assert_eq!(
            plan.items.iter().find(|i| i.id == due_step).unwrap().due,
            Some(day("2027-03-08"))
        );
        let plan = s.set_item_due("me", &due_step, None).unwrap();
        assert_eq!(
            plan.items.iter().find(|i| i.id == due_step).unwrap().due,
            Some(day("2027-03-15"))
        );
        // A later arrival moves the derived date and keeps every status.
        let later = s
            .set_answers(
                "me",
                &Answers {
                    arrival_date: Some(day("2027-04-01")),
                    ..engineer()
                },
            )
            .unwrap();
        assert_eq!(
            later.items.iter().find(|i| i.id == due_step).unwrap().due,
            Some(day("2027-04-15"))
        );
        assert_eq!(
            later.items.iter().find(|i| i.id == doc).unwrap().status,
            ItemStatus::TranslatedCertified
        );
    });
}

#[derive(serde::Deserialize)]
struct OfficeFile {
    office: Vec<Office>,
}

/// The offices of `content/offices/*.toml`.
fn content_offices() -> Vec<Office> {
    let dir = plan_support::content_dir().join("offices");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok())
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .filter_map(|t| toml::from_str::<OfficeFile>(&t).ok())
        .flat_map(|f| f.office)
        .collect()
}

#[test]
fn steps_name_their_office_and_a_dead_end_points_to_counselling() {
    let offices = content_offices();
    if offices.is_empty() {
        return;
    }
    let lookup = |m: &str, kind: OfficeKind| {
        offices
            .iter()
            .find(|o| o.kind == kind && (o.municipality_id == m || o.serves.iter().any(|s| s == m)))
            .cloned()
    };
    let rules = rules();
    let lists = checklists();
    let loc = Localizer::new(&["de"]);
    let known = |id: &str| ["essen", "bochum"].contains(&id);
    let records = MapRecords::default();
    let service = PlanService {
        records: &records,
        rules: Some(&rules),
        checklists: &lists,
        known_municipality: Some(&known),
        office_for: &lookup,
        office_by_id: &|_| None,
        guide_for: &no_guide,
        loc: &loc,
        today: day("2026-11-25"),
    };
    let answers = Answers {
        municipality_id: Some("bochum".into()),
        ..engineer()
    };
    let plan = service.set_answers("me", &answers).unwrap();
    let with_office: Vec<_> = plan.items.iter().filter(|i| i.office.is_some()).collect();
    assert!(!with_office.is_empty(), "some step names its office");
    for item in with_office {
        let office = item.office.as_ref().unwrap();
        assert!(office.municipality_id == "bochum" || office.serves.iter().any(|s| s == "bochum"));
    }
    // Partly recognised, no job offer, too few points: advice, with recognition counselling.
    let stuck = Answers {
        purpose: Purpose::JobSearch,
        recognition: Recognition::Partial,
        qualification_two_years: Some(true),
        german: LanguageLevel::None,
        english: LanguageLevel::B1,
        salary_eur: None,
        municipality_id: Some("bochum".into()),
        ..engineer()
    };
    let plan = service.set_answers("me", &stuck).unwrap();
    assert_eq!(plan.path, None);
    let advice = plan.advice.expect("advice");
    assert!(
        advice.message.contains("Anerkennungsberatung"),
        "{}",
        advice.message
    );
    if let Some(office) = advice.office {
        assert_eq!(office.kind, OfficeKind::RecognitionCounselling);
    }
}
