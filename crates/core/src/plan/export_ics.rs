//! The plan's deadlines as an iCalendar file (RFC 5545), for any calendar app.
//!
//! One all-day `VEVENT` per open item with a due date. The UID is made from the person and the
//! item id, so importing a newer export updates the events instead of doubling them. Each event
//! carries a `VALARM` for every reminder the app would give (the item's own days, else the
//! device's), at the same hour, so a calendar reminds as the app does.

use super::appointments::Appointment;
use super::generate::Plan;
use super::progress::ItemStatus;
use super::reminders::{ReminderSettings, REMINDER_HOUR};
use crate::i18n::{args, Localizer};
use chrono::{DateTime, Days, NaiveDateTime, NaiveTime, Utc};

/// RFC 5545 § 3.1: lines longer than 75 octets are folded.
const MAX_LINE_OCTETS: usize = 75;

/// Escapes a TEXT value (RFC 5545 § 3.3.11): backslash, semicolon, comma and newlines.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (never inside a UTF-8 sequence), each continuation line
/// starting with one space, and ends it with CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

/// The calendar of the plan's open deadlines, with texts in the localizer's language.
/// `appointments` come with the place to show (their own, else their office's address).
pub fn export(
    plan: &Plan,
    now: DateTime<Utc>,
    loc: &Localizer,
    reminders: &ReminderSettings,
    appointments: &[(Appointment, String)],
) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//welcome.RUHR//Companion//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!(
            "X-WR-CALNAME:{}",
            escape_text(&loc.t_args(
                "plan-ics-calendar-name",
                &args(&[("name", plan.person.name.clone().into())])
            ))
        ),
    ];
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for item in &plan.items {
        let Some(due) = item.due else { continue };
        if item.status.is_done() || item.status == ItemStatus::NotNeeded {
            continue;
        }
        let summary = loc.t_args(
            "plan-ics-summary",
            &args(&[("title", item.title.text.clone().into())]),
        );
        let mut description = Vec::new();
        if let Some(d) = &item.description {
            description.push(d.text.clone());
        }
        if !item.legal_basis.is_empty() {
            description.push(loc.t_args(
                "plan-ics-legal-basis",
                &args(&[("basis", item.legal_basis.clone().into())]),
            ));
        }
        if let Some(office) = &item.office {
            if let Some(name) = office.name.resolve(&[&plan.locale]) {
                let place = format!(
                    "{}, {} {}",
                    office.address.street, office.address.postcode, office.address.city
                );
                description.push(loc.t_args(
                    "plan-ics-office",
                    &args(&[("office", name.text.into()), ("address", place.into())]),
                ));
            }
        }
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!(
            "UID:{}-{}@companion.welcome.ruhr",
            plan.person.id, item.id
        ));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", due.format("%Y%m%d")));
        if let Some(end) = due.checked_add_days(Days::new(1)) {
            lines.push(format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")));
        }
        lines.push(format!("SUMMARY:{}", escape_text(&summary)));
        if !description.is_empty() {
            lines.push(format!(
                "DESCRIPTION:{}",
                escape_text(&description.join("\n"))
            ));
        }
        lines.push("TRANSP:TRANSPARENT".into());
        let days = reminders.days_for(item.reminder_days.as_deref());
        push_alarms(&mut lines, due.and_time(NaiveTime::MIN), &days, &summary);
        lines.push("END:VEVENT".into());
    }
    let device_days = reminders.days_for(None);
    for (a, place) in appointments {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}@companion.welcome.ruhr", a.id));
        lines.push(format!("DTSTAMP:{stamp}"));
        match a.time {
            // Floating local time: the appointment is at that hour wherever the calendar is.
            Some(t) => {
                let start = a.date.and_time(t);
                lines.push(format!("DTSTART:{}", start.format("%Y%m%dT%H%M%S")));
                lines.push("DURATION:PT1H".into());
            }
            None => {
                lines.push(format!("DTSTART;VALUE=DATE:{}", a.date.format("%Y%m%d")));
                if let Some(end) = a.date.checked_add_days(Days::new(1)) {
                    lines.push(format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")));
                }
            }
        }
        lines.push(format!("SUMMARY:{}", escape_text(&a.title)));
        if !place.is_empty() {
            lines.push(format!("LOCATION:{}", escape_text(place)));
        }
        if !a.note.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape_text(&a.note)));
        }
        let start = a.date.and_time(a.time.unwrap_or(NaiveTime::MIN));
        push_alarms(&mut lines, start, &device_days, &a.title);
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold_line(l)).collect()
}

/// One `VALARM` per reminder day, for an event starting at `start`.
fn push_alarms(lines: &mut Vec<String>, start: NaiveDateTime, days: &[u32], text: &str) {
    for d in days {
        lines.push("BEGIN:VALARM".into());
        lines.push("ACTION:DISPLAY".into());
        lines.push(format!("DESCRIPTION:{}", escape_text(text)));
        lines.push(format!(
            "TRIGGER;RELATED=START:{}",
            alarm_trigger(start, *d)
        ));
        lines.push("END:VALARM".into());
    }
}

/// The trigger of an alarm at [`REMINDER_HOUR`] `days` before an event starting at `start`
/// (midnight for an all-day event), relative to that start, e.g. `-P6DT15H` for nine in the
/// morning seven days before an all-day event.
fn alarm_trigger(start: NaiveDateTime, days: u32) -> String {
    let day = start.date() - Days::new(days.into());
    let ring = day.and_hms_opt(REMINDER_HOUR, 0, 0).unwrap_or(start);
    let minutes = (start - ring).num_minutes().max(0);
    let (d, h, m) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    let mut out = String::from("-P");
    if d > 0 {
        out.push_str(&format!("{d}D"));
    }
    out.push('T');
    if h > 0 || m == 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alarms_ring_at_nine_the_chosen_days_before() {
        let midnight = |d: &str| {
            d.parse::<chrono::NaiveDate>()
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
        };
        assert_eq!(alarm_trigger(midnight("2027-03-04"), 1), "-PT15H");
        assert_eq!(alarm_trigger(midnight("2027-03-04"), 7), "-P6DT15H");
        assert_eq!(alarm_trigger(midnight("2027-03-04"), 30), "-P29DT15H");
        let half_past_ten = midnight("2027-03-04") + chrono::Duration::minutes(630);
        assert_eq!(alarm_trigger(half_past_ten, 1), "-P1DT1H30M");
        let eight = midnight("2027-03-04") + chrono::Duration::hours(8);
        assert_eq!(alarm_trigger(eight, 1), "-PT23H");
    }

    #[test]
    fn escapes_the_four_specials() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(escape_text("x\r\ny"), "x\\ny");
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "ä".repeat(60));
        let folded = fold_line(&line);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold_line("SHORT"), "SHORT\r\n");
    }
}
