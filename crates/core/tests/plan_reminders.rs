//! Reminders of due dates and expiry dates through [`welcome_core::Companion`] over a real
//! store, at chosen local times: each comes once per device (restarts included), a reminder
//! that passed while the app was closed comes late and alone, and the settings decide which.

mod plan_support;

use chrono::{NaiveDate, NaiveDateTime};
use plan_support::{companion, day, engineer};
use welcome_core::i18n::Localizer;
use welcome_core::plan::reminders::{reminder_body, ReminderKind, ReminderSettings};
use welcome_core::plan::ItemStatus;
use welcome_protocol::content::ItemKind;

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

/// A companion with the engineer's plan (arrival in March 2027, so the law's own deadlines
/// come later than every date below) and the ids of a step and a document.
fn setup(dir: &std::path::Path) -> (welcome_core::Companion, String, String) {
    let c = companion(dir);
    let plan = c.set_answers("me", engineer()).unwrap();
    let id = |kind| {
        plan.items
            .iter()
            .find(|i| i.kind == kind && i.due.is_none())
            .unwrap()
            .id
            .clone()
    };
    (c, id(ItemKind::Step), id(ItemKind::Document))
}

const DUE: &str = "2027-01-20";

#[test]
fn a_due_date_reminds_seven_days_and_one_day_before_once_each_even_across_restarts() {
    let tmp = tempfile::tempdir().unwrap();
    let (c, step, _) = setup(tmp.path());
    c.set_item_due("me", &step, Some(day(DUE))).unwrap();

    assert!(c
        .deliver_reminders_at(at("2027-01-12 23:59"))
        .unwrap()
        .is_empty());
    let first = c.deliver_reminders_at(at("2027-01-13 09:00")).unwrap();
    assert_eq!(first.len(), 1);
    let r = &first[0];
    assert_eq!(
        (r.kind, r.days_before, r.late),
        (ReminderKind::Due, 7, false)
    );
    assert_eq!(r.date, day(DUE));
    assert_eq!(r.item_id, step);
    let en = Localizer::new(&["en"]);
    assert_eq!(
        reminder_body(r, &en, day("2027-01-13")),
        "Due in 7 days, on 2027-01-20"
    );
    // Once: not again a minute later, nor after a restart.
    assert!(c
        .deliver_reminders_at(at("2027-01-13 09:01"))
        .unwrap()
        .is_empty());
    drop(c);
    let c = companion(tmp.path());
    assert!(c
        .deliver_reminders_at(at("2027-01-13 10:00"))
        .unwrap()
        .is_empty());

    let second = c.deliver_reminders_at(at("2027-01-19 09:05")).unwrap();
    assert_eq!(second.len(), 1);
    assert_eq!((second[0].days_before, second[0].late), (1, false));
    assert_eq!(
        reminder_body(&second[0], &Localizer::new(&["de"]), day("2027-01-19")),
        "Fällig morgen, am 20.01.2027"
    );
    // The inbox has both, newest first, unread until read.
    let inbox = c.reminders().unwrap();
    assert_eq!(
        inbox.iter().map(|r| r.days_before).collect::<Vec<_>>(),
        [1, 7]
    );
    // The inbox names the item in the language the app speaks now.
    let english = c.plan("me").unwrap();
    let title = |plan: &welcome_core::plan::Plan| {
        plan.items
            .iter()
            .find(|i| i.id == step)
            .unwrap()
            .title
            .text
            .clone()
    };
    assert_eq!(inbox[0].item_title, title(&english));
    c.set_locale(Some("de")).unwrap();
    let german = c.plan("me").unwrap();
    assert_ne!(title(&german), title(&english));
    assert_eq!(c.reminders().unwrap()[0].item_title, title(&german));
    c.mark_reminder_read(inbox[0].id).unwrap();
    assert!(c.reminders().unwrap()[0].read);
    assert_eq!(c.mark_reminder_read(9_999).unwrap_err().kind(), "not_found");
}

#[test]
fn a_reminder_that_passed_while_the_app_was_closed_comes_at_the_next_start_late_and_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let (c, step, _) = setup(tmp.path());
    c.set_item_due("me", &step, Some(day(DUE))).unwrap();
    // Running on the 10th, then closed past the 7-day reminder until the morning before the
    // date.
    assert!(c
        .deliver_reminders_at(at("2027-01-10 18:00"))
        .unwrap()
        .is_empty());
    let came = c.deliver_reminders_at(at("2027-01-19 11:30")).unwrap();
    assert_eq!(came.len(), 1, "{came:?}");
    assert_eq!((came[0].days_before, came[0].late), (1, true));
    assert!(reminder_body(&came[0], &Localizer::new(&["en"]), day("2027-01-19")).contains("late"));
    // The skipped 7-day reminder never comes, and is not in the inbox.
    assert!(c
        .deliver_reminders_at(at("2027-01-19 11:31"))
        .unwrap()
        .is_empty());
    assert_eq!(c.reminders().unwrap().len(), 1);
}

#[test]
fn done_items_old_dates_and_the_off_switch_remind_of_nothing_and_an_item_may_choose_its_days() {
    let tmp = tempfile::tempdir().unwrap();
    let (c, step, document) = setup(tmp.path());
    c.set_item_due("me", &step, Some(day(DUE))).unwrap();
    c.set_item_status("me", &step, ItemStatus::Done).unwrap();
    assert!(c
        .deliver_reminders_at(at("2027-01-19 10:00"))
        .unwrap()
        .is_empty());

    // A passport expiring: the expiry reminds too.
    c.set_document_expiry("me", &document, Some(day("2027-02-10")))
        .unwrap();
    let came = c.deliver_reminders_at(at("2027-02-03 09:00")).unwrap();
    assert_eq!(came.len(), 1);
    assert_eq!(came[0].kind, ReminderKind::Expiry);
    assert_eq!(
        reminder_body(&came[0], &Localizer::new(&["en"]), day("2027-02-03")),
        "Expires in 7 days, on 2027-02-10"
    );

    // Off for the device; the item's own days still count.
    c.set_reminder_settings(ReminderSettings {
        enabled: false,
        days_before: vec![7, 1],
    })
    .unwrap();
    assert!(c
        .deliver_reminders_at(at("2027-02-09 09:00"))
        .unwrap()
        .is_empty());
    c.set_item_reminders("me", &document, Some(vec![3, 3, 30]))
        .unwrap();
    let plan = c.plan("me").unwrap();
    let item = plan.items.iter().find(|i| i.id == document).unwrap();
    assert_eq!(item.reminder_days.as_deref(), Some(&[30, 3][..]));
    // The 30-day moment long passed, the 3-day one at 9 on Feb 7: only that one, and not late:
    // it came into being now, while the app runs (it checked at 9).
    let came = c.deliver_reminders_at(at("2027-02-09 09:30")).unwrap();
    assert_eq!(
        came.iter()
            .map(|r| (r.days_before, r.late))
            .collect::<Vec<_>>(),
        [(3, false)]
    );
    // Days another device wrote twice remind once.
    let mut twice = serde_json::Map::new();
    twice.insert("reminder_days".into(), serde_json::json!([2, 2]));
    c.store()
        .user_data()
        .put_fields(
            welcome_protocol::user_data::Collection::ItemProgress,
            &format!("me:{document}"),
            twice,
        )
        .unwrap();
    let came = c.deliver_reminders_at(at("2027-02-08 09:00")).unwrap();
    assert_eq!(came.iter().map(|r| r.days_before).collect::<Vec<_>>(), [2]);
    // An item set to no reminders stays quiet with the device's reminders on again.
    c.set_reminder_settings(ReminderSettings::default())
        .unwrap();
    c.set_item_status("me", &step, ItemStatus::Open).unwrap();
    c.set_item_reminders("me", &step, Some(vec![])).unwrap();
    c.set_item_due("me", &step, Some(day("2027-03-01")))
        .unwrap();
    assert!(c
        .deliver_reminders_at(at("2027-02-28 09:00"))
        .unwrap()
        .is_empty());

    // A date weeks in the past is not announced on a new device.
    c.set_item_reminders("me", &step, None).unwrap();
    c.set_item_due("me", &step, Some(day("2027-01-02")))
        .unwrap();
    assert!(c
        .deliver_reminders_at(at("2027-02-28 09:00"))
        .unwrap()
        .is_empty());
}

#[test]
fn a_changed_date_reminds_again_and_bad_days_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (c, step, _) = setup(tmp.path());
    c.set_item_due("me", &step, Some(day(DUE))).unwrap();
    assert_eq!(
        c.deliver_reminders_at(at("2027-01-13 09:00"))
            .unwrap()
            .len(),
        1
    );
    c.set_item_due("me", &step, Some(day("2027-01-27")))
        .unwrap();
    let came = c.deliver_reminders_at(at("2027-01-20 09:00")).unwrap();
    assert_eq!(came.len(), 1);
    assert_eq!(came[0].date, NaiveDate::from_ymd_opt(2027, 1, 27).unwrap());

    let before = c.reminder_settings().unwrap();
    for bad in [vec![0], vec![91], vec![7, 0]] {
        let err = c
            .set_reminder_settings(ReminderSettings {
                enabled: true,
                days_before: bad.clone(),
            })
            .unwrap_err();
        assert_eq!(err.kind(), "invalid", "{bad:?}");
        assert_eq!(c.reminder_settings().unwrap(), before);
        assert!(c.set_item_reminders("me", &step, Some(bad)).is_err());
    }
}

#[test]
fn an_appointment_is_kept_reminds_and_goes_into_the_calendar_with_its_office() {
    use welcome_core::plan::appointments::Appointment;
    let tmp = tempfile::tempdir().unwrap();
    let (c, _, _) = setup(tmp.path());
    let office = c
        .search_contacts(&Default::default())
        .unwrap()
        .into_iter()
        .find_map(|contact| match contact {
            welcome_core::contacts::Contact::Office { contact, .. } => Some(contact.office),
            _ => None,
        })
        .expect("the content has offices");
    let saved = c
        .save_appointment(Appointment {
            id: String::new(),
            person_id: "me".into(),
            title: "Anmeldung".into(),
            date: day("2027-03-04"),
            time: Some("10:30:00".parse().unwrap()),
            place: String::new(),
            office_id: Some(office.id.clone()),
            note: "Bring the landlord's confirmation".into(),
        })
        .unwrap();
    assert!(saved.id.starts_with("appointment-"));
    assert_eq!(c.appointments("me").unwrap(), std::slice::from_ref(&saved));
    // Bad input writes nothing.
    let bad = c.save_appointment(Appointment {
        title: " ".into(),
        ..saved.clone()
    });
    assert_eq!(bad.unwrap_err().kind(), "invalid");
    assert_eq!(c.appointments("me").unwrap()[0].title, "Anmeldung");

    let came = c.deliver_reminders_at(at("2027-03-03 09:00")).unwrap();
    assert_eq!(
        came.iter()
            .map(|r| (r.kind, r.days_before, r.item_id.as_str()))
            .collect::<Vec<_>>(),
        [(ReminderKind::Appointment, 1, saved.id.as_str())]
    );
    assert_eq!(
        reminder_body(&came[0], &Localizer::new(&["en"]), day("2027-03-03")),
        "Appointment tomorrow, on 2027-03-04"
    );

    let ics = c.export_ics("me").unwrap().replace("\r\n ", "");
    let event = ics
        .split("BEGIN:VEVENT")
        .find(|e| e.contains(&saved.id))
        .expect("the appointment is in the calendar");
    assert!(event.contains("DTSTART:20270304T103000"), "{event}");
    assert!(event.contains("SUMMARY:Anmeldung"));
    assert!(
        event.contains(&format!("LOCATION:{}", office.address.city))
            || event.contains(&office.address.city)
    );
    assert!(
        event.contains("TRIGGER;RELATED=START:-P1DT1H30M"),
        "{event}"
    );

    c.delete_appointment(&saved.id).unwrap();
    assert!(c.appointments("me").unwrap().is_empty());
}
