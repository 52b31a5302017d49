//! The plan through [`Companion`] over a real SQLite store: answers and progress written as user
//! data with outbox entries, households kept apart, invalid input writing nothing, exports.

mod plan_support;

use plan_support::{companion, engineer};
use welcome_core::plan::answers::*;
use welcome_core::plan::{ItemStatus, Relation};
use welcome_core::Error;
use welcome_protocol::content::ItemKind;
use welcome_protocol::user_data::Collection;

#[test]
fn answers_and_progress_are_user_data_records_with_outbox_entries() {
    let tmp = tempfile::tempdir().unwrap();
    let c = companion(tmp.path());
    let plan = c.set_answers("me", engineer()).unwrap();
    assert_eq!(plan.path.as_deref(), Some("blue_card"));
    assert!(plan.answered);
    let item = plan
        .items
        .iter()
        .find(|i| i.kind == ItemKind::Step)
        .unwrap()
        .id
        .clone();
    c.set_item_status("me", &item, ItemStatus::InProgress)
        .unwrap();
    c.set_item_note("me", &item, "appointment booked").unwrap();
    let ud = c.store().user_data();
    assert!(ud.get(Collection::PlanAnswers, "me").unwrap().is_some());
    assert!(
        ud.get(Collection::Person, "me").unwrap().is_some(),
        "the first person is stored with the answers"
    );
    let progress = ud
        .get(Collection::ItemProgress, &format!("me:{item}"))
        .unwrap()
        .unwrap();
    assert_eq!(progress.fields["status"], "in_progress");
    assert_eq!(progress.fields["note"], "appointment booked");
    assert!(ud.pending_changes().unwrap() >= 4);
    // Reopening the folder gives the same plan.
    let again = c.plan("me").unwrap();
    drop(c);
    let reopened = companion(tmp.path());
    assert_eq!(reopened.plan("me").unwrap().items, again.items);
    assert_eq!(reopened.plan_answers("me").unwrap(), Some(engineer()));
}

#[test]
fn invalid_answers_change_nothing_and_explain_themselves_in_the_users_language() {
    let tmp = tempfile::tempdir().unwrap();
    let c = companion(tmp.path());
    c.set_answers("me", engineer()).unwrap();
    let pending = c.store().user_data().pending_changes().unwrap();
    for (bad, id) in [
        (
            Answers {
                arrival_date: Some("2020-01-01".parse().unwrap()),
                ..engineer()
            },
            "error-plan-arrival-past",
        ),
        (
            Answers {
                salary_eur: Some(-100.0),
                ..engineer()
            },
            "error-plan-salary-negative",
        ),
        (
            Answers {
                municipality_id: Some("springfield".into()),
                ..engineer()
            },
            "error-plan-municipality-unknown",
        ),
    ] {
        let err = c.set_answers("me", bad).unwrap_err();
        assert!(
            matches!(&err, Error::Invalid { message_id, .. } if *message_id == id),
            "{err:?}"
        );
        c.set_locale(Some("de")).unwrap();
        let de = err.localized(&c.localizer());
        c.set_locale(Some("en")).unwrap();
        let en = err.localized(&c.localizer());
        assert_ne!(de, en);
        assert!(!de.contains(id) && !en.contains(id));
    }
    assert_eq!(
        c.store().user_data().pending_changes().unwrap(),
        pending,
        "nothing queued"
    );
    assert_eq!(
        c.plan_answers("me").unwrap(),
        Some(engineer()),
        "nothing changed"
    );
}

#[test]
fn a_household_keeps_each_plan_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let c = companion(tmp.path());
    c.add_person("sam", "Sam", Relation::Spouse).unwrap();
    c.add_person("kim", "Kim", Relation::Child).unwrap();
    assert_eq!(c.people().unwrap().len(), 3);
    let mine = c
        .set_answers(
            "me",
            Answers {
                spouse_coming: true,
                children_coming: 1,
                ..engineer()
            },
        )
        .unwrap();
    let spouse = Answers {
        purpose: Purpose::FamilyReunion,
        sponsor_title: Some(SponsorTitle::BlueCard),
        family_role: Some(FamilyRole::Spouse),
        qualification: Qualification::None,
        recognition: Recognition::None,
        salary_eur: None,
        ..engineer()
    };
    let sams = c.set_answers("sam", spouse.clone()).unwrap();
    let kims = c
        .set_answers(
            "kim",
            Answers {
                family_role: Some(FamilyRole::Child),
                age: Some(5),
                experience_years: 0,
                experience_years_last_5: 0,
                experience_years_last_7: 0,
                ..spouse
            },
        )
        .unwrap();
    assert_eq!(mine.path.as_deref(), Some("blue_card"));
    assert_eq!(sams.path.as_deref(), Some("family_reunion"));
    assert_eq!(kims.path.as_deref(), Some("family_reunion"));
    let shared = mine
        .items
        .iter()
        .find(|i| sams.items.iter().any(|s| s.id == i.id))
        .unwrap();
    let status = if shared.kind == ItemKind::Document {
        ItemStatus::Submitted
    } else {
        ItemStatus::Done
    };
    c.set_item_status("sam", &shared.id, status).unwrap();
    assert_eq!(c.plan("sam").unwrap().progress.overall.done, 1);
    assert_eq!(c.plan("me").unwrap().progress.overall.done, 0);
    assert_eq!(c.plan("kim").unwrap().progress.overall.done, 0);
    // The child's plan has the childcare steps of the content, where there are any.
    let childcare = c
        .checklists()
        .unwrap()
        .into_iter()
        .flat_map(|l| l.items)
        .filter(|i| {
            i.when
                .contains(&welcome_protocol::content::Condition::WithChildren)
        })
        .filter(|i| i.paths.is_empty() || i.paths.iter().any(|p| p == "family_reunion"))
        .count();
    assert_eq!(
        c.plan("kim")
            .unwrap()
            .items
            .iter()
            .filter(|i| {
                c.checklists()
                    .unwrap()
                    .iter()
                    .flat_map(|l| l.items.iter())
                    .any(|s| {
                        s.id == i.id
                            && s.when
                                .contains(&welcome_protocol::content::Condition::WithChildren)
                    })
            })
            .count(),
        childcare
    );
}

#[test]
fn exports_through_the_companion_are_in_the_users_language() {
    let tmp = tempfile::tempdir().unwrap();
    let c = companion(tmp.path());
    c.set_locale(Some("de")).unwrap();
    c.set_answers("me", engineer()).unwrap();
    let ics = c.export_ics("me").unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.contains("Fällig"));
    assert!(ics.contains("DTSTART;VALUE=DATE:20270315"));
    let html = c.export_documents_html("me").unwrap();
    assert!(html.contains("<html lang=\"de\"") && html.contains("Dokumente für"));
}

#[test]
fn removing_a_person_removes_their_answers_and_progress() {
    let tmp = tempfile::tempdir().unwrap();
    let c = companion(tmp.path());
    c.add_person("sam", "Sam", Relation::Spouse).unwrap();
    let plan = c
        .set_answers(
            "sam",
            Answers {
                purpose: Purpose::WorkWithOffer,
                ..engineer()
            },
        )
        .unwrap();
    let item = plan.items[0].id.clone();
    c.set_item_note("sam", &item, "keep?").unwrap();
    c.set_answers("me", engineer()).unwrap();
    c.remove_person("sam").unwrap();
    assert!(c.people().unwrap().iter().all(|p| p.id != "sam"));
    let ud = c.store().user_data();
    assert!(ud
        .list_prefix(Collection::ItemProgress, "sam:")
        .unwrap()
        .is_empty());
    assert!(ud.get(Collection::PlanAnswers, "sam").unwrap().is_none());
    assert!(
        c.plan_answers("me").unwrap().is_some(),
        "others are untouched"
    );
    assert!(matches!(c.remove_person("sam"), Err(Error::Invalid { .. })));
    // "me" is reset, not removed.
    c.remove_person("me").unwrap();
    assert_eq!(c.people().unwrap()[0].id, "me");
    assert!(c.plan_answers("me").unwrap().is_none());
}
