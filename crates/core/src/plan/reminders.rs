//! Reminders of due dates, document expiry dates and appointments, delivered once per device.
//!
//! Every open item of every person's plan with a due date (the person's own or the one the law
//! sets, like the 14 days of the Anmeldung) or an expiry date reminds on some days before it,
//! at [`REMINDER_HOUR`] local time: the device's setting (7 and 1 days by default), or the
//! item's own days, which sync with its progress. The table `reminders` (migration 0005) records
//! each delivered reminder, so it is delivered once even across restarts, and is the in-app
//! inbox. A reminder whose moment passed while the app was closed (after the last check, more
//! than [`LATE_AFTER_MINUTES`] ago) is delivered at the next check and marked late; when several
//! passed, only the latest is shown. One whose moment was already over when its date was set
//! comes at once, and is not late: the app was not closed then, the date was not there yet.

use super::appointments::Appointment;
use super::generate::Plan;
use super::progress::ItemStatus;
use super::reasons::format_date;
use crate::i18n::{args, Localizer};
use crate::store::{state, Store};
use crate::{Error, Result};
use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The hour of the day reminders are due at (local time).
pub const REMINDER_HOUR: u32 = 9;

/// A reminder shown this long after its moment, which came after the last check, counts as
/// late (the app checks every minute while it runs, so only a closed app delivers that late).
pub const LATE_AFTER_MINUTES: i64 = 15;

/// A date further in the past than this gets no reminder any more (a new device syncing an
/// old plan must not announce every deadline of last year).
pub const PAST_DAYS_REMINDED: u64 = 7;

/// The most days before a date a reminder may be set to.
pub const MAX_DAYS_BEFORE: u32 = 90;

/// The device's reminder setting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReminderSettings {
    /// The off switch for every reminder on this device.
    pub enabled: bool,
    /// Days before a date, largest first.
    pub days_before: Vec<u32>,
}

impl ReminderSettings {
    /// The days something reminds on: its own days if it has them, else this setting's (none
    /// when switched off); each once, largest first (days another device wrote are taken as
    /// they came).
    pub fn days_for(&self, own: Option<&[u32]>) -> Vec<u32> {
        let mut days = match own {
            Some(own) => own.to_vec(),
            None if self.enabled => self.days_before.clone(),
            None => Vec::new(),
        };
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        days
    }
}

impl Default for ReminderSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            days_before: vec![7, 1],
        }
    }
}

/// What a reminder is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ReminderKind {
    /// An item's due date.
    Due,
    /// A document's expiry date.
    Expiry,
    /// An appointment's day.
    Appointment,
}

impl ReminderKind {
    fn as_str(self) -> &'static str {
        match self {
            ReminderKind::Due => "due",
            ReminderKind::Expiry => "expiry",
            ReminderKind::Appointment => "appointment",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "expiry" => ReminderKind::Expiry,
            "appointment" => ReminderKind::Appointment,
            _ => ReminderKind::Due,
        }
    }
}

/// One delivered reminder, as the inbox lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Reminder {
    pub id: i64,
    pub person_id: String,
    /// The person's name and the item's title when it was delivered.
    pub person_name: String,
    pub item_id: String,
    pub item_title: String,
    pub kind: ReminderKind,
    /// The due or expiry date.
    pub date: NaiveDate,
    pub days_before: u32,
    /// Delivered well after its moment (the app was closed then).
    pub late: bool,
    pub read: bool,
}

/// Sorted, without duplicates, within `1..=MAX_DAYS_BEFORE` (0 would remind on the day itself,
/// at nine, which the due date's own reminder of 1 day covers better).
pub fn normalize_days(mut days: Vec<u32>) -> Result<Vec<u32>> {
    if days.iter().any(|d| *d == 0 || *d > MAX_DAYS_BEFORE) {
        return Err(Error::invalid(
            "error-reminder-days",
            &[("max", MAX_DAYS_BEFORE.to_string())],
        ));
    }
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.dedup();
    Ok(days)
}

/// The device's setting (the default until changed).
pub fn settings(store: &Store) -> Result<ReminderSettings> {
    Ok(store
        .state(state::REMINDERS)?
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default())
}

pub fn set_settings(store: &Store, settings: ReminderSettings) -> Result<ReminderSettings> {
    let settings = ReminderSettings {
        enabled: settings.enabled,
        days_before: normalize_days(settings.days_before)?,
    };
    let json = serde_json::to_string(&settings).map_err(|e| Error::BadResponse(e.to_string()))?;
    store.set_state(state::REMINDERS, Some(&json))?;
    Ok(settings)
}

/// A reminder whose moment has come, not yet recorded.
#[derive(Debug, Clone, PartialEq)]
struct Due {
    person_id: String,
    person_name: String,
    item_id: String,
    item_title: String,
    kind: ReminderKind,
    date: NaiveDate,
    days_before: u32,
    moment: NaiveDateTime,
}

/// When the reminder `days` before `date` is due.
fn moment(date: NaiveDate, days: u32) -> Option<NaiveDateTime> {
    let day = date.checked_sub_days(Days::new(days.into()))?;
    Some(day.and_time(NaiveTime::from_hms_opt(REMINDER_HOUR, 0, 0)?))
}

/// A date something reminds of: a plan item's due or expiry date, or an appointment.
struct Dated<'a> {
    person_id: &'a str,
    person_name: &'a str,
    item_id: &'a str,
    title: &'a str,
    kind: ReminderKind,
    date: NaiveDate,
    /// The item's own days; `None` follows the device's setting.
    own_days: Option<&'a [u32]>,
}

/// The dates of the plans' open items and of the appointments.
fn dated<'a>(plans: &'a [Plan], appointments: &'a [(Appointment, String)]) -> Vec<Dated<'a>> {
    let mut out = Vec::new();
    for plan in plans {
        for item in &plan.items {
            if item.status.is_done() || item.status == ItemStatus::NotNeeded {
                continue;
            }
            for (kind, date) in [
                (ReminderKind::Due, item.due),
                (ReminderKind::Expiry, item.expiry),
            ] {
                let Some(date) = date else { continue };
                out.push(Dated {
                    person_id: &plan.person.id,
                    person_name: &plan.person.name,
                    item_id: &item.id,
                    title: &item.title.text,
                    kind,
                    date,
                    own_days: item.reminder_days.as_deref(),
                });
            }
        }
    }
    for (a, person_name) in appointments {
        out.push(Dated {
            person_id: &a.person_id,
            person_name,
            item_id: &a.id,
            title: &a.title,
            kind: ReminderKind::Appointment,
            date: a.date,
            own_days: None,
        });
    }
    out
}

/// Every reminder whose moment is at or before `now`, per item and date.
fn due_by_date(
    dated: &[Dated<'_>],
    settings: &ReminderSettings,
    now: NaiveDateTime,
) -> BTreeMap<(String, String, &'static str, NaiveDate), Vec<Due>> {
    let mut out: BTreeMap<_, Vec<Due>> = BTreeMap::new();
    let oldest = now.date().checked_sub_days(Days::new(PAST_DAYS_REMINDED));
    for d in dated {
        if oldest.is_some_and(|o| d.date < o) {
            continue;
        }
        for before in settings.days_for(d.own_days) {
            let Some(at) = moment(d.date, before) else {
                continue;
            };
            if at > now {
                continue;
            }
            out.entry((
                d.person_id.to_owned(),
                d.item_id.to_owned(),
                d.kind.as_str(),
                d.date,
            ))
            .or_default()
            .push(Due {
                person_id: d.person_id.to_owned(),
                person_name: d.person_name.to_owned(),
                item_id: d.item_id.to_owned(),
                item_title: d.title.to_owned(),
                kind: d.kind,
                date: d.date,
                days_before: before,
                moment: at,
            });
        }
    }
    out
}

const OWNER: &str = "COALESCE((SELECT value FROM sync_state WHERE key = 'owner'), '')";

/// Records the reminders of `plans` and `appointments` (each with its person's name) that are
/// due at `now` and were not yet delivered on this device, and returns the ones to show (for
/// each item and date only the latest that came; the earlier ones are recorded as passed).
/// Meant to run in one transaction.
pub(crate) fn deliver(
    conn: &Connection,
    plans: &[Plan],
    appointments: &[(Appointment, String)],
    settings: &ReminderSettings,
    now: NaiveDateTime,
) -> Result<Vec<Reminder>> {
    let last_check: Option<NaiveDateTime> =
        state::get(conn, state::REMINDERS_CHECKED)?.and_then(|s| s.parse().ok());
    let stamp = now.format("%Y-%m-%dT%H:%M:%S%.f").to_string();
    state::put(conn, state::REMINDERS_CHECKED, Some(&stamp))?;
    let mut shown = Vec::new();
    for (_, mut due) in due_by_date(&dated(plans, appointments), settings, now) {
        let mut fresh = Vec::new();
        for d in due.drain(..) {
            let known: Option<i64> = conn
                .prepare_cached(&format!(
                    "SELECT id FROM reminders WHERE owner = {OWNER} AND person_id = ?1 \
                     AND item_id = ?2 AND kind = ?3 AND date = ?4 AND days_before = ?5"
                ))?
                .query_row(
                    params![
                        d.person_id,
                        d.item_id,
                        d.kind.as_str(),
                        d.date.to_string(),
                        d.days_before
                    ],
                    |r| r.get(0),
                )
                .optional()?;
            if known.is_none() {
                fresh.push(d);
            }
        }
        // The latest moment is the one closest to the date.
        fresh.sort_by_key(|d| d.moment);
        let Some(latest) = fresh.pop() else { continue };
        for passed in &fresh {
            insert(conn, passed, now, last_check, false)?;
        }
        shown.push(insert(conn, &latest, now, last_check, true)?);
    }
    Ok(shown)
}

fn insert(
    conn: &Connection,
    d: &Due,
    now: NaiveDateTime,
    last_check: Option<NaiveDateTime>,
    show: bool,
) -> Result<Reminder> {
    let missed_while_closed = last_check.is_some_and(|checked| d.moment > checked);
    let late = missed_while_closed && (now - d.moment).num_minutes() > LATE_AFTER_MINUTES;
    conn.prepare_cached(&format!(
        "INSERT INTO reminders (owner, person_id, person_name, item_id, item_title, kind, date, \
         days_before, moment, delivered_at, shown, late, read) \
         VALUES ({OWNER}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0)"
    ))?
    .execute(params![
        d.person_id,
        d.person_name,
        d.item_id,
        d.item_title,
        d.kind.as_str(),
        d.date.to_string(),
        d.days_before,
        d.moment.to_string(),
        now.to_string(),
        show,
        late
    ])?;
    Ok(Reminder {
        id: conn.last_insert_rowid(),
        person_id: d.person_id.clone(),
        person_name: d.person_name.clone(),
        item_id: d.item_id.clone(),
        item_title: d.item_title.clone(),
        kind: d.kind,
        date: d.date,
        days_before: d.days_before,
        late,
        read: false,
    })
}

/// The inbox: the reminders shown on this device for the current owner, newest first.
pub(crate) fn list(conn: &Connection) -> Result<Vec<Reminder>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id, person_id, person_name, item_id, item_title, kind, date, days_before, late, \
         read FROM reminders WHERE shown = 1 AND owner = {OWNER} ORDER BY id DESC"
    ))?;
    let rows = stmt.query_map([], |r| {
        Ok(Reminder {
            id: r.get(0)?,
            person_id: r.get(1)?,
            person_name: r.get(2)?,
            item_id: r.get(3)?,
            item_title: r.get(4)?,
            kind: ReminderKind::parse(&r.get::<_, String>(5)?),
            date: r.get::<_, String>(6)?.parse().unwrap_or(NaiveDate::MIN),
            days_before: r.get(7)?,
            late: r.get(8)?,
            read: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Marks one reminder read; an unknown id is [`Error::NotFound`].
pub(crate) fn mark_read(conn: &Connection, id: i64) -> Result<()> {
    let n = conn.execute(
        &format!("UPDATE reminders SET read = 1 WHERE id = ?1 AND owner = {OWNER}"),
        [id],
    )?;
    if n == 0 {
        return Err(Error::NotFound {
            what: format!("reminder {id}"),
        });
    }
    Ok(())
}

/// "Registration of address (Anmeldung) – Amira".
pub fn reminder_title(r: &Reminder, loc: &Localizer) -> String {
    loc.t_args(
        "reminder-title",
        &args(&[
            ("item", r.item_title.as_str().into()),
            ("person", r.person_name.as_str().into()),
        ]),
    )
}

/// "Due in 7 days, on 14 Dec 2026" (or expires; marked when late).
pub fn reminder_body(r: &Reminder, loc: &Localizer, today: NaiveDate) -> String {
    let days_left = (r.date - today).num_days();
    let when = match days_left {
        d if d < 0 => "past",
        0 => "today",
        1 => "tomorrow",
        _ => "later",
    };
    let id = match r.kind {
        ReminderKind::Due => "reminder-due",
        ReminderKind::Expiry => "reminder-expiry",
        ReminderKind::Appointment => "reminder-appointment",
    };
    let text = loc.t_args(
        id,
        &args(&[
            ("when", when.into()),
            ("days", days_left.into()),
            ("date", format_date(r.date, loc.locale()).into()),
        ]),
    );
    if r.late {
        format!("{text} {}", loc.t("reminder-late"))
    } else {
        text
    }
}
