//! Job alerts: after each sync, every saved search is run over the jobs that syncs since its
//! last check brought to this device, and yields at most one alert (count and top titles).
//!
//! Alerts belong to the device (table `alerts`, migration 0003): each device tells its user
//! once. Which sync run each search was last checked at is kept per device too
//! (`alert_checks`), so a search saved now, or arriving from another device, never alerts for
//! jobs that were already here. The text is formatted when shown, in the reader's language.

use super::search::{search_new, NewIn};
use super::searches::SavedSearch;
use crate::i18n::{args, Localizer};
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

/// How many titles an alert names.
pub const TOP_TITLES: u32 = 3;

/// One alert: "3 new jobs for “Nurse in Essen”".
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Alert {
    pub id: i64,
    pub search_id: String,
    /// The search's name when the alert was raised (it may be renamed or deleted later).
    pub search_name: String,
    pub created_at: DateTime<Utc>,
    /// New matching jobs.
    pub count: u64,
    /// Titles of the first matches, best first.
    pub top_titles: Vec<String>,
    pub read: bool,
    /// Already shown as a desktop notification on this device.
    pub notified: bool,
}

/// The sync run this device has seen last: the sync's run counter, or (if newer) the newest run
/// that brought a job or that alert checks ran at. A search saved now starts from here.
pub(crate) fn current_run(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT max(coalesce((SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = ?1), 0), \
                    coalesce((SELECT max(first_seen_run) FROM jobs), 0), \
                    coalesce((SELECT max(last_run) FROM alert_checks), 0))",
        [crate::store::state::SYNC_RUN],
        |r| r.get(0),
    )?)
}

/// Records that `search_id` has seen every job up to `run`.
pub(crate) fn set_checked(conn: &Connection, search_id: &str, run: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO alert_checks (search_id, last_run) VALUES (?1, ?2) \
         ON CONFLICT(search_id) DO UPDATE SET last_run = excluded.last_run",
        params![search_id, run],
    )?;
    Ok(())
}

/// Forgets a deleted search's checkpoint (its alerts stay in the inbox).
pub(crate) fn forget(conn: &Connection, search_id: &str) -> Result<()> {
    conn.execute("DELETE FROM alert_checks WHERE search_id = ?1", [search_id])?;
    Ok(())
}

/// Runs every saved search over the jobs new since its last check, raising one alert per
/// search with matches, and moves each checkpoint to `run_id`. Meant to run in one transaction,
/// so a crash leaves either no alert and the old checkpoints or both. Returns the new alerts.
pub(crate) fn check_searches(
    conn: &Connection,
    searches: &[SavedSearch],
    run_id: i64,
) -> Result<Vec<Alert>> {
    let mut raised = Vec::new();
    for s in searches {
        let last: Option<i64> = conn
            .query_row(
                "SELECT last_run FROM alert_checks WHERE search_id = ?1",
                [&s.id],
                |r| r.get(0),
            )
            .optional()?;
        // A search new to this device (saved on another one) starts now: the jobs already
        // here are not news.
        let Some(last) = last else {
            set_checked(conn, &s.id, run_id)?;
            continue;
        };
        if last >= run_id {
            continue;
        }
        // No job came in those runs (an empty sync, a delta of changes only): nothing can
        // match, and running the search over every job just to find none cost an empty sync
        // at 100,000 jobs most of its time.
        let brought: bool = conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM jobs WHERE first_seen_run > ?1 AND first_seen_run <= ?2)",
            )?
            .query_row([last, run_id], |r| r.get(0))?;
        if !brought {
            set_checked(conn, &s.id, run_id)?;
            continue;
        }
        let mut query = s.query.clone();
        query.offset = 0;
        query.limit = TOP_TITLES;
        match search_new(
            conn,
            &query,
            Some(NewIn {
                after_run: last,
                up_to_run: run_id,
            }),
        ) {
            Ok(page) if page.total > 0 => {
                let titles: Vec<String> = page.hits.into_iter().map(|h| h.job.title).collect();
                raised.push(insert(conn, s, page.total, &titles)?);
            }
            Ok(_) => {}
            // A search that became invalid (e.g. its municipality left the content) must not
            // stop the other searches' alerts.
            Err(Error::Invalid { message_id, .. }) => {
                tracing::warn!(search = %s.id, message_id, "saved search skipped");
            }
            Err(e) => return Err(e),
        }
        set_checked(conn, &s.id, run_id)?;
    }
    Ok(raised)
}

fn insert(conn: &Connection, s: &SavedSearch, count: u64, titles: &[String]) -> Result<Alert> {
    let now = Utc::now();
    let titles_json =
        serde_json::to_string(titles).map_err(|e| Error::BadResponse(e.to_string()))?;
    conn.execute(
        "INSERT INTO alerts (owner, search_id, search_name, created_at, count, top_titles, read, notified) \
         VALUES (COALESCE((SELECT value FROM sync_state WHERE key = 'owner'), ''), ?1, ?2, ?3, ?4, ?5, 0, 0)",
        params![s.id, s.name, now.to_rfc3339(), i64::try_from(count).unwrap_or(i64::MAX), titles_json],
    )?;
    Ok(Alert {
        id: conn.last_insert_rowid(),
        search_id: s.id.clone(),
        search_name: s.name.clone(),
        created_at: now,
        count,
        top_titles: titles.to_vec(),
        read: false,
        notified: false,
    })
}

/// Alerts belong to the owner of the saved searches that raised them: the current owner's only.
const MINE: &str = "owner = COALESCE((SELECT value FROM sync_state WHERE key = 'owner'), '')";

const SELECT: &str =
    "SELECT id, search_id, search_name, created_at, count, top_titles, read, notified FROM alerts";

fn read_rows(conn: &Connection, sql: &str) -> Result<Vec<Alert>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, bool>(6)?,
            r.get::<_, bool>(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, search_id, search_name, created_at, count, titles, read, notified) = row?;
        out.push(Alert {
            id,
            search_id,
            search_name,
            created_at: DateTime::parse_from_rfc3339(&created_at)
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_default(),
            count: u64::try_from(count).unwrap_or(0),
            top_titles: serde_json::from_str(&titles).unwrap_or_default(),
            read,
            notified,
        });
    }
    Ok(out)
}

/// The inbox, newest first.
pub(crate) fn list(conn: &Connection, unread_only: bool) -> Result<Vec<Alert>> {
    let filter = if unread_only { " AND read = 0" } else { "" };
    read_rows(
        conn,
        &format!("{SELECT} WHERE {MINE}{filter} ORDER BY id DESC"),
    )
}

/// Marks one alert read; an unknown id is [`Error::NotFound`].
pub(crate) fn mark_read(conn: &Connection, id: i64) -> Result<()> {
    if conn.execute(
        &format!("UPDATE alerts SET read = 1 WHERE id = ?1 AND {MINE}"),
        [id],
    )? == 0
    {
        return Err(Error::NotFound {
            what: format!("alert {id}"),
        });
    }
    Ok(())
}

/// Marks every alert read; returns how many were unread.
pub(crate) fn mark_all_read(conn: &Connection) -> Result<u64> {
    Ok(conn.execute(
        &format!("UPDATE alerts SET read = 1 WHERE read = 0 AND {MINE}"),
        [],
    )? as u64)
}

/// The alerts not yet shown as a notification, oldest first, marked as shown in the same
/// transaction: each is notified once per device.
pub(crate) fn take_unnotified(conn: &Connection) -> Result<Vec<Alert>> {
    let out = read_rows(
        conn,
        &format!("{SELECT} WHERE notified = 0 AND {MINE} ORDER BY id ASC"),
    )?;
    conn.execute(
        &format!("UPDATE alerts SET notified = 1 WHERE notified = 0 AND {MINE}"),
        [],
    )?;
    Ok(out)
}

/// "3 new jobs for “Nurse in Essen”", in the reader's language.
pub fn alert_title(alert: &Alert, loc: &Localizer) -> String {
    loc.t_args(
        "jobs-alert-title",
        &args(&[
            ("count", alert.count.into()),
            ("name", alert.search_name.as_str().into()),
        ]),
    )
}

/// The top titles, and how many more there are.
pub fn alert_body(alert: &Alert, loc: &Localizer) -> String {
    let shown = alert.top_titles.len() as u64;
    let more = alert.count.saturating_sub(shown);
    let titles = alert.top_titles.join(" · ");
    loc.t_args(
        "jobs-alert-body",
        &args(&[("titles", titles.as_str().into()), ("more", more.into())]),
    )
}
