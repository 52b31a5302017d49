//! Plan generation: the items that apply and their order, due dates, regeneration that keeps
//! progress, expiry warnings, translated errors, and the two exports.

mod plan_support;

use plan_support::{checklists, day, engineer, plan_with};
use std::collections::BTreeMap;
use welcome_core::i18n::Localizer;
use welcome_core::plan::answers::*;
use welcome_core::plan::progress::{ExpiryWarning, ItemProgress, ItemStatus};
use welcome_core::plan::reminders::ReminderSettings;
use welcome_core::plan::{export_documents, export_ics};
use welcome_core::Error;
use welcome_protocol::content::{DueAnchor, ItemKind};

const TODAY: &str = "2026-11-25";

#[test]
fn items_are_those_of_the_path_ordered_by_phase_then_order() {
    let plan = plan_with(&engineer(), &BTreeMap::new(), "en", TODAY);
    assert_eq!(plan.path.as_deref(), Some("blue_card"));
    assert!(!plan.items.is_empty());
    let all = checklists();
    for item in &plan.items {
        let src = all
            .iter()
            .flat_map(|c| c.items.iter())
            .find(|i| i.id == item.id)
            .unwrap();
        assert!(
            src.paths.is_empty() || src.paths.iter().any(|p| p == "blue_card"),
            "{}",
            item.id
        );
        assert_eq!(item.status, ItemStatus::initial(item.kind));
    }
    let keys: Vec<_> = plan.items.iter().map(|i| (i.phase, i.order)).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    // Nobody comes along: no childcare step; the items of other paths are absent.
    for item in all.iter().flat_map(|c| c.items.iter()) {
        let listed = plan.items.iter().any(|i| i.id == item.id);
        let children = item
            .when
            .contains(&welcome_protocol::content::Condition::WithChildren);
        if children {
            assert!(!listed, "{} needs children", item.id);
        }
        if !item.paths.is_empty() && !item.paths.iter().any(|p| p == "blue_card") {
            assert!(!listed, "{} is of another path", item.id);
        }
    }
    assert_eq!(plan.progress.overall.done, 0);
    assert_eq!(plan.progress.overall.applicable as usize, plan.items.len());
}

#[test]
fn registration_is_due_fourteen_days_after_moving_in() {
    let plan = plan_with(&engineer(), &BTreeMap::new(), "en", TODAY);
    let all = checklists();
    let registration = all
        .iter()
        .flat_map(|c| c.items.iter())
        .find(|i| {
            i.due
                .as_ref()
                .is_some_and(|d| d.after == DueAnchor::MoveIn && d.days == 14)
        })
        .expect("the registration item has a 14-day rule");
    let item = plan
        .items
        .iter()
        .find(|i| i.id == registration.id)
        .expect("registration applies");
    // No move-in day given: moving in is taken as the day of arrival.
    assert_eq!(item.due, Some(day("2027-03-15")));
    assert!(item.due_derived);
    let later = Answers {
        move_in_date: Some(day("2027-04-10")),
        ..engineer()
    };
    let moved = plan_with(&later, &BTreeMap::new(), "en", TODAY);
    let due = moved
        .items
        .iter()
        .find(|i| i.id == registration.id)
        .unwrap()
        .due;
    assert_eq!(due, Some(day("2027-04-24")));
    // A due date the person sets wins over the derived one.
    let mut progress = BTreeMap::new();
    progress.insert(
        item.id.clone(),
        ItemProgress {
            due: Some(day("2027-03-05")),
            ..Default::default()
        },
    );
    let plan = plan_with(&engineer(), &progress, "en", TODAY);
    let item = plan.items.iter().find(|i| i.id == registration.id).unwrap();
    assert_eq!(
        (item.due, item.due_derived),
        (Some(day("2027-03-05")), false)
    );
}

#[test]
fn regeneration_keeps_progress_of_items_that_still_apply_and_hides_the_rest() {
    let blue = plan_with(&engineer(), &BTreeMap::new(), "en", TODAY);
    // Progress on every item of the Blue Card plan.
    let mut progress = BTreeMap::new();
    for item in &blue.items {
        let status = if item.kind == ItemKind::Document {
            ItemStatus::Received
        } else {
            ItemStatus::Done
        };
        progress.insert(
            item.id.clone(),
            ItemProgress {
                status: Some(status),
                note: Some(format!("note {}", item.id)),
                ..Default::default()
            },
        );
    }
    let done = plan_with(&engineer(), &progress, "en", TODAY);
    assert_eq!(done.progress.overall.done, done.progress.overall.applicable);
    // Switch to a job search: other path, other items.
    let seeker = Answers {
        purpose: Purpose::JobSearch,
        recognition: Recognition::Recognised,
        salary_eur: None,
        ..engineer()
    };
    let changed = plan_with(&seeker, &progress, "en", TODAY);
    assert_eq!(changed.path.as_deref(), Some("opportunity_card"));
    for item in &changed.items {
        if let Some(p) = progress.get(&item.id) {
            assert_eq!(Some(item.status), p.status, "{} kept its status", item.id);
            assert_eq!(item.note, p.note, "{} kept its note", item.id);
        } else {
            assert_eq!(item.status, ItemStatus::initial(item.kind));
        }
    }
    for id in progress.keys() {
        let shown = changed.items.iter().any(|i| &i.id == id);
        assert_eq!(
            !shown,
            changed.hidden_progress.contains(id),
            "{id} is either shown or hidden, never dropped"
        );
    }
    // Back to the job offer: everything is there again.
    let back = plan_with(&engineer(), &progress, "en", TODAY);
    assert_eq!(back.progress.overall.done, back.progress.overall.applicable);
    assert!(back.hidden_progress.is_empty());
}

#[test]
fn not_needed_items_leave_the_counts() {
    let plan = plan_with(&engineer(), &BTreeMap::new(), "en", TODAY);
    let first = &plan.items[0];
    let mut progress = BTreeMap::new();
    progress.insert(
        first.id.clone(),
        ItemProgress {
            status: Some(ItemStatus::NotNeeded),
            ..Default::default()
        },
    );
    let after = plan_with(&engineer(), &progress, "en", TODAY);
    assert_eq!(
        after.progress.overall.applicable + 1,
        plan.progress.overall.applicable
    );
    let phase = after
        .progress
        .phases
        .iter()
        .find(|p| p.phase == first.phase)
        .unwrap();
    let before = plan
        .progress
        .phases
        .iter()
        .find(|p| p.phase == first.phase)
        .unwrap();
    assert_eq!(phase.count.applicable + 1, before.count.applicable);
}

#[test]
fn a_passport_expiring_soon_after_arrival_is_flagged() {
    let plan = plan_with(&engineer(), &BTreeMap::new(), "en", TODAY);
    let doc = plan
        .items
        .iter()
        .find(|i| i.kind == ItemKind::Document)
        .expect("a document");
    let mut progress = BTreeMap::new();
    progress.insert(
        doc.id.clone(),
        ItemProgress {
            expiry: Some(day("2027-05-01")),
            ..Default::default()
        },
    );
    let plan = plan_with(&engineer(), &progress, "en", TODAY);
    let doc = plan.items.iter().find(|i| i.id == doc.id).unwrap();
    assert_eq!(doc.expiry_warning, Some(ExpiryWarning::ExpiresTooSoon));
}

fn message(e: &Error, locale: &str) -> String {
    e.localized(&Localizer::new(&[locale]))
}

#[test]
fn impossible_answers_get_clear_translated_errors() {
    let today = day(TODAY);
    let known = |id: &str| id == "essen";
    let known: &dyn Fn(&str) -> bool = &known;
    let cases = [
        (
            Answers {
                arrival_date: Some(day("2026-01-01")),
                ..engineer()
            },
            "error-plan-arrival-past",
            "2026-01-01",
        ),
        (
            Answers {
                salary_eur: Some(-5000.0),
                ..engineer()
            },
            "error-plan-salary-negative",
            "-5000",
        ),
        (
            Answers {
                municipality_id: Some("gotham".into()),
                ..engineer()
            },
            "error-plan-municipality-unknown",
            "gotham",
        ),
    ];
    for (answers, id, detail) in cases {
        let err = answers.validate(today, Some(known)).unwrap_err();
        assert!(
            matches!(&err, Error::Invalid { message_id, .. } if *message_id == id),
            "{err:?}"
        );
        let (en, de) = (message(&err, "en"), message(&err, "de"));
        assert_ne!(en, de, "{id} is translated");
        for text in [&en, &de] {
            assert!(!text.contains("error-plan"), "{text} is not a raw id");
            assert!(text.contains(detail), "{text} names the bad value");
        }
    }
}

#[test]
fn ics_export_is_valid_rfc5545() {
    let mut progress = BTreeMap::new();
    let base = plan_with(&engineer(), &BTreeMap::new(), "de", TODAY);
    let due_item = base
        .items
        .iter()
        .find(|i| i.due.is_some())
        .expect("an item with a due date")
        .id
        .clone();
    progress.insert(
        due_item.clone(),
        ItemProgress {
            note: Some("a, b; c\\ d\nnext".into()),
            ..Default::default()
        },
    );
    let plan = plan_with(&engineer(), &progress, "de", TODAY);
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T06:00:00Z")
        .unwrap()
        .to_utc();
    let ics = export_ics::export(
        &plan,
        now,
        &Localizer::new(&["de"]),
        &ReminderSettings::default(),
        &[],
    );
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !ics.replace("\r\n", "").contains('\n'),
        "every line ends with CRLF"
    );
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "line of {} octets: {line}", line.len());
    }
    let unfolded = ics.replace("\r\n ", "");
    let events = unfolded.matches("BEGIN:VEVENT").count();
    assert_eq!(events, unfolded.matches("END:VEVENT").count());
    assert_eq!(
        events,
        plan.items.iter().filter(|i| i.due.is_some()).count()
    );
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20270315"));
    assert!(unfolded.contains("DTSTAMP:20261125T060000Z"));
    assert!(unfolded.contains(&format!("UID:me-{due_item}@companion.welcome.ruhr")));
    assert!(unfolded.contains("SUMMARY:Fällig: "), "summary in German");
    for event in unfolded.split("BEGIN:VEVENT").skip(1) {
        for prop in ["UID:", "DTSTAMP:", "DTSTART;VALUE=DATE:", "SUMMARY:"] {
            assert!(event.contains(prop), "event lacks {prop}");
        }
    }
    // Each event rings at nine, seven days and one day before, as the app reminds.
    let first = unfolded.split("BEGIN:VEVENT").nth(1).unwrap();
    assert_eq!(first.matches("BEGIN:VALARM").count(), 2);
    assert!(
        first.contains("TRIGGER;RELATED=START:-P6DT15H")
            && first.contains("TRIGGER;RELATED=START:-PT15H")
    );
    let en = export_ics::export(
        &plan_with(&engineer(), &progress, "en", TODAY),
        now,
        &Localizer::new(&["en"]),
        &ReminderSettings::default(),
        &[],
    );
    assert!(en.contains("SUMMARY:Due: "));
    let quiet = export_ics::export(
        &plan_with(&engineer(), &progress, "en", TODAY),
        now,
        &Localizer::new(&["en"]),
        &ReminderSettings {
            enabled: false,
            days_before: vec![7, 1],
        },
        &[],
    );
    assert!(!quiet.contains("VALARM"), "reminders off: no alarms");
    // Done items leave the calendar.
    progress.insert(
        due_item,
        ItemProgress {
            status: Some(ItemStatus::Done),
            ..Default::default()
        },
    );
    let done = export_ics::export(
        &plan_with(&engineer(), &progress, "en", TODAY),
        now,
        &Localizer::new(&["en"]),
        &ReminderSettings::default(),
        &[],
    );
    assert_eq!(done.matches("BEGIN:VEVENT").count(), events - 1);
}

#[test]
fn document_list_is_escaped_ordered_and_in_the_readers_language() {
    let base = plan_with(&engineer(), &BTreeMap::new(), "de", TODAY);
    let docs: Vec<_> = base
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Document)
        .collect();
    assert!(docs.len() >= 2);
    let mut progress = BTreeMap::new();
    progress.insert(
        docs[0].id.clone(),
        ItemProgress {
            status: Some(ItemStatus::Received),
            note: Some("<script>alert(1)</script> & co".into()),
            ..Default::default()
        },
    );
    let plan = plan_with(&engineer(), &progress, "de", TODAY);
    let html = export_documents::export(&plan, day(TODAY), &Localizer::new(&["de"]));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"de\""));
    assert!(!html.contains("<script>"), "note is escaped");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    assert!(html.contains("Dokumente für Amara"));
    assert!(
        !html.contains("src=") && !html.contains("href="),
        "self-contained"
    );
    assert_eq!(html.matches("&#9745;").count(), 1, "one ticked box");
    assert_eq!(html.matches("<tr><td class=\"box\">").count(), docs.len());
    // Documents appear in the missions' order.
    let positions: Vec<usize> = docs
        .iter()
        .map(|d| html.find(&d.title.text.replace('&', "&amp;")).unwrap())
        .collect();
    let mut sorted = positions.clone();
    sorted.sort();
    assert_eq!(positions, sorted);
    let steps = plan.items.iter().filter(|i| i.kind == ItemKind::Step);
    for step in steps {
        assert!(
            !html.contains(&format!("<strong>{}</strong>", step.title.text)),
            "steps are not documents"
        );
    }
}
