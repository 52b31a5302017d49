//! Offline job search over the synced `jobs` table and its `jobs_fts` index.
//!
//! One SQL statement counts the matches and one reads the page, both built from the same
//! filter list with bound parameters only (user text never becomes SQL or FTS syntax). A
//! radius search prefilters with a latitude/longitude box that the `jobs(lat)` index serves and
//! then keeps the exact great-circle distance (inclusive at the edge), computed by a SQL
//! function registered on the connection so that counting and paging stay in SQLite.

use super::query::{
    fts_expression, offer_type_str, working_time_bit, JobQuery, JobSort, Place,
    RELEVANCE_MAX_MATCHES,
};
use crate::{Error, Result};
use rusqlite::functions::FunctionFlags;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde::Serialize;
use welcome_protocol::content::JobSummary;
use welcome_protocol::haversine_km;

/// Kilometres per degree of latitude on the sphere `haversine_km` uses (6371 km).
const KM_PER_DEGREE: f64 = 6371.0 * std::f64::consts::PI / 180.0;

/// Name of the distance function registered on the connection.
const DISTANCE_FN: &str = "welcome_distance_km";

/// One job of a result page.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct JobHit {
    pub job: JobSummary,
    /// Distance from the centre of a radius search, in km.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
}

/// A page of results.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct JobPage {
    /// Matches over all pages.
    pub total: u64,
    pub offset: u32,
    pub limit: u32,
    /// The order really used: a relevance search with many matches comes back by date.
    pub sort: JobSort,
    pub hits: Vec<JobHit>,
}

/// Restricts a search to the jobs a range of sync runs brought (for alerts).
#[derive(Debug, Clone, Copy)]
pub(crate) struct NewIn {
    /// Exclusive.
    pub after_run: i64,
    /// Inclusive.
    pub up_to_run: i64,
}

/// A search's conditions: the text expression, the other clauses with their parameters, and
/// the centre of a radius.
struct Filter {
    clauses: Vec<String>,
    params: Vec<Value>,
    fts: Option<String>,
    distance: Option<(f64, f64)>,
    /// The lowest row id a match can have (alerts: the oldest of the new jobs), passed to the
    /// full-text index too, which then skips the older part of each word's list instead of
    /// producing every match of a broad word only for the job filter to drop it.
    min_rowid: Option<i64>,
    /// The jobs table as the statements name it: `jobs j`, or for alerts `jobs j NOT INDEXED`,
    /// which keeps SQLite from walking a filter's index over a whole town's ads (reading each
    /// row to see whether it is new) when the few new jobs are one row id range.
    table: &'static str,
}

/// Searches the jobs on this device.
pub fn search(conn: &Connection, query: &JobQuery) -> Result<JobPage> {
    search_new(conn, query, None)
}

pub(crate) fn search_new(
    conn: &Connection,
    query: &JobQuery,
    new_in: Option<NewIn>,
) -> Result<JobPage> {
    query.validate()?;
    let filter = build_filter(conn, query, new_in)?;
    if filter.distance.is_some() {
        register_distance(conn)?;
    }
    let text_matches = match &filter.fts {
        Some(_) => Some(conn.query_row(
            &format!("SELECT count(*) FROM jobs_fts WHERE {}", filter.fts_match()),
            params_from_iter(filter.fts_params()),
            |r| r.get::<_, i64>(0),
        )?),
        None => None,
    };
    let total = match text_matches {
        // Text alone: the index counts its matches without touching the wide job rows.
        Some(n) if filter.clauses.is_empty() => n,
        Some(n) if n > WALK_DATE_INDEX_MIN_MATCHES && has_place(query) => {
            // Many text matches within a place: the place's jobs (from its index) are listed
            // once, and the text index checks its matches against that list.
            let (sql, params) = filter.text_within_others("count(*)", "");
            conn.query_row(&sql, params_from_iter(params.iter()), |r| r.get(0))?
        }
        _ => {
            let (where_sql, params) = filter.where_sql(Membership::Lookup);
            conn.query_row(
                &format!("SELECT count(*) FROM {}{where_sql}", filter.table),
                params_from_iter(params.iter()),
                |r| r.get(0),
            )?
        }
    };
    let total = u64::try_from(total).unwrap_or(0);
    let limit = query.effective_limit();
    let sort = effective_sort(query, &filter, total);
    let rowids = match nearest_within_smaller_circle(
        conn,
        query,
        new_in,
        sort,
        total,
        text_matches.unwrap_or(0),
    )? {
        Some(rowids) => rowids,
        None => page_rowids(
            conn,
            query,
            &filter,
            sort,
            text_matches.unwrap_or(0),
            limit,
            total,
        )?,
    };

    // Only the page's own rows are read whole: sorting thousands of matches with their JSON
    // attached cost over 20 ms.
    let mut read = conn.prepare_cached("SELECT data FROM jobs WHERE rowid = ?1")?;
    let mut hits = Vec::with_capacity(rowids.len());
    for rowid in rowids {
        let data: String = read.query_row([rowid], |r| r.get(0))?;
        let job: JobSummary = serde_json::from_str(&data)
            .map_err(|e| Error::BadResponse(format!("stored job summary: {e}")))?;
        let distance_km = filter
            .distance
            .map(|(lat, lon)| haversine_km(lat, lon, job.lat, job.lon));
        hits.push(JobHit { job, distance_km });
    }
    Ok(JobPage {
        total,
        offset: query.offset,
        limit,
        sort,
        hits,
    })
}

/// Above this many text matches, a page walks an index (by date, or the place's) and checks
/// each job against the matches instead of looking up every match's row.
const WALK_DATE_INDEX_MIN_MATCHES: i64 = 3_000;

/// How the text matches restrict the jobs in SQL.
#[derive(Clone, Copy)]
enum Membership {
    /// `rowid IN (matches)`: each match's row is looked up (few matches).
    Lookup,
    /// `+rowid IN (matches)`: the `+` keeps SQLite from looking rows up by the match list, so it
    /// walks the date index and stops after a page (many matches).
    Probe,
}

/// A municipality or radius filter: an index narrows the jobs by place.
fn has_place(query: &JobQuery) -> bool {
    query.radius.is_some() || !query.municipalities.is_empty()
}

impl Filter {
    /// The full-text condition on `jobs_fts`, with [`Filter::fts_params`] as its parameters.
    fn fts_match(&self) -> &'static str {
        if self.min_rowid.is_some() {
            "jobs_fts MATCH ? AND jobs_fts.rowid >= ?"
        } else {
            "jobs_fts MATCH ?"
        }
    }

    fn fts_params(&self) -> Vec<Value> {
        let mut params = vec![Value::Text(self.fts.clone().unwrap_or_default())];
        params.extend(self.min_rowid.map(Value::Integer));
        params
    }

    /// `SELECT {what} FROM jobs_fts` over the text matches among the jobs the other filters
    /// keep, those listed once by a subquery (the `+` keeps SQLite from turning the list into
    /// one full-text lookup per job, which is a hundred times slower).
    fn text_within_others(&self, what: &str, tail: &str) -> (String, Vec<Value>) {
        let others = if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        };
        let mut params = self.fts_params();
        params.extend(self.params.iter().cloned());
        (
            format!(
                "SELECT {what} FROM jobs_fts WHERE {} \
                 AND +rowid IN (SELECT j.rowid FROM {}{others}){tail}",
                self.fts_match(),
                self.table
            ),
            params,
        )
    }

    fn where_sql(&self, membership: Membership) -> (String, Vec<Value>) {
        let mut clauses = Vec::new();
        let mut params = Vec::new();
        if self.fts.is_some() {
            let lhs = match membership {
                Membership::Lookup => "j.rowid",
                Membership::Probe => "+j.rowid",
            };
            clauses.push(format!(
                "{lhs} IN (SELECT rowid FROM jobs_fts WHERE {})",
                self.fts_match()
            ));
            params.extend(self.fts_params());
        }
        clauses.extend(self.clauses.iter().cloned());
        params.extend(self.params.iter().cloned());
        if clauses.is_empty() {
            (String::new(), params)
        } else {
            (format!(" WHERE {}", clauses.join(" AND ")), params)
        }
    }
}

/// Many matches: check membership while walking an index in page order (or a place's index),
/// rather than looking every match's row up.
fn membership_for_page(text_matches: i64) -> Membership {
    if text_matches > WALK_DATE_INDEX_MIN_MATCHES {
        Membership::Probe
    } else {
        Membership::Lookup
    }
}

/// The nearest page of a large radius search, from a smaller circle that still holds a whole
/// page: every job outside it is farther than every job inside, so sorting only the inside by
/// distance gives the same page, without sorting tens of thousands of rows. The circle grows
/// until it holds the page; `None` when the search is small enough to sort whole.
fn nearest_within_smaller_circle(
    conn: &Connection,
    query: &JobQuery,
    new_in: Option<NewIn>,
    sort: JobSort,
    total: u64,
    text_matches: i64,
) -> Result<Option<Vec<i64>>> {
    let Some(radius) = &query.radius else {
        return Ok(None);
    };
    let need = u64::from(query.offset) + u64::from(query.effective_limit());
    if sort != JobSort::Distance || total < need * 8 {
        return Ok(None);
    }
    // Jobs spread evenly would fill the page in a circle with this area share; a few times
    // that leaves room for unevenness.
    let mut km = radius.km * ((need * 4) as f64 / total as f64).sqrt();
    while km < radius.km {
        let inner = JobQuery {
            radius: Some(super::query::Radius {
                place: radius.place.clone(),
                km,
            }),
            offset: 0,
            ..query.clone()
        };
        let filter = build_filter(conn, &inner, new_in)?;
        let need32 = u32::try_from(need).unwrap_or(u32::MAX);
        let rowids = page_rowids(
            conn,
            &inner,
            &filter,
            JobSort::Distance,
            text_matches,
            need32,
            total,
        )?;
        if rowids.len() as u64 >= need {
            return Ok(Some(
                rowids.into_iter().skip(query.offset as usize).collect(),
            ));
        }
        km *= 2.0;
    }
    Ok(None)
}

/// For a newest-first page of a radius search: is walking the date index until the page is
/// full (about `page · jobs / matches` entries) cheaper than sorting all `matches`?
fn walk_by_date(conn: &Connection, query: &JobQuery, matches: u64) -> Result<bool> {
    let jobs: i64 = conn.query_row("SELECT coalesce(max(rowid), 0) FROM jobs", [], |r| r.get(0))?;
    let need = u64::from(query.offset) + u64::from(query.effective_limit());
    Ok(matches.saturating_mul(matches) > need.saturating_mul(u64::try_from(jobs).unwrap_or(0)))
}

fn page_rowids(
    conn: &Connection,
    query: &JobQuery,
    filter: &Filter,
    sort: JobSort,
    text_matches: i64,
    limit: u32,
    total: u64,
) -> Result<Vec<i64>> {
    let (sql, mut params) = match sort {
        JobSort::Relevance if text_matches > WALK_DATE_INDEX_MIN_MATCHES && has_place(query) => {
            filter.text_within_others(
                "rowid",
                " ORDER BY bm25(jobs_fts, 10.0, 4.0, 2.0, 1.0), rowid DESC LIMIT ? OFFSET ?",
            )
        }
        JobSort::Relevance => relevance_page(filter),
        JobSort::Distance => {
            // Ordered by the flat-earth distance, which orders like the great-circle one at
            // these scales and is plain arithmetic; the page shows the exact distance.
            let (lat, lon) = filter.distance.unwrap_or_default();
            let (where_sql, mut p) = filter.where_sql(membership_for_page(text_matches));
            let k = lat.to_radians().cos();
            p.extend([lat, lat, lon, k, lon, k].map(Value::Real));
            (
                format!(
                    "SELECT j.rowid FROM {}{where_sql} \
                     ORDER BY (j.lat - ?) * (j.lat - ?) + ((j.lon - ?) * ?) * ((j.lon - ?) * ?), \
                     j.published DESC, j.rowid DESC LIMIT ? OFFSET ?",
                    filter.table
                ),
                p,
            )
        }
        JobSort::Date => {
            let (mut where_sql, p) = filter.where_sql(membership_for_page(text_matches));
            if filter.distance.is_some() && walk_by_date(conn, query, total)? {
                // The `+` keeps SQLite off the latitude index, so it walks the date index
                // (which carries lat/lon) and stops after a page instead of sorting the circle.
                where_sql = where_sql.replacen("j.lat BETWEEN", "+j.lat BETWEEN", 1);
            }
            (
                format!(
                    "SELECT j.rowid FROM {}{where_sql} \
                     ORDER BY j.published DESC, j.rowid DESC LIMIT ? OFFSET ?",
                    filter.table
                ),
                p,
            )
        }
    };
    params.push(Value::Integer(i64::from(limit)));
    params.push(Value::Integer(i64::from(query.offset)));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(params.iter()), |r| r.get::<_, i64>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// A relevance-ranked page (`LIMIT ? OFFSET ?` left to fill): the text index's matches joined
/// with the jobs the other filters keep. The join with the index's own MATCH gives bm25; title
/// counts most, then occupation, employer, city. CROSS JOIN keeps the index's matches as the
/// outer loop: left to its own costs, SQLite 3.50's planner walks every job instead and runs
/// the MATCH once per row, a hundred times slower on a common word.
fn relevance_page(filter: &Filter) -> (String, Vec<Value>) {
    let (where_sql, params) = filter.where_sql(Membership::Lookup);
    let mut p = filter.fts_params();
    p.extend(params);
    let rest = where_sql.replacen(" WHERE ", " AND ", 1);
    (
        format!(
            "SELECT j.rowid FROM jobs_fts CROSS JOIN {} ON j.rowid = jobs_fts.rowid \
             WHERE {}{rest} \
             ORDER BY bm25(jobs_fts, 10.0, 4.0, 2.0, 1.0), j.published DESC, j.rowid DESC \
             LIMIT ? OFFSET ?",
            filter.table,
            filter.fts_match()
        ),
        p,
    )
}

fn effective_sort(query: &JobQuery, filter: &Filter, total: u64) -> JobSort {
    match query.sort {
        JobSort::Relevance if filter.fts.is_some() && total <= RELEVANCE_MAX_MATCHES => {
            JobSort::Relevance
        }
        JobSort::Distance if filter.distance.is_some() => JobSort::Distance,
        _ => JobSort::Date,
    }
}

fn build_filter(conn: &Connection, query: &JobQuery, new_in: Option<NewIn>) -> Result<Filter> {
    let mut f = Filter {
        clauses: Vec::new(),
        params: Vec::new(),
        fts: fts_expression(&query.text),
        distance: None,
        min_rowid: None,
        table: "jobs j",
    };
    if f.fts.is_some() && fts_stale(conn)? {
        // The first sync fills the list first and builds the full-text index last; until then
        // each word is looked for as plain text, so search works during the first sync too.
        f.fts = None;
        for word in query
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            f.clauses.push(
                "(j.title LIKE ? OR j.occupation LIKE ? OR j.employer LIKE ? OR j.city LIKE ?)"
                    .to_owned(),
            );
            // Words hold only letters and digits: no LIKE wildcard can come from the user.
            let pattern = Value::Text(format!("%{word}%"));
            f.params.extend(std::iter::repeat_n(pattern, 4));
        }
    }
    if !query.municipalities.is_empty() {
        f.clauses.push(format!(
            "j.municipality_id IN ({})",
            placeholders(query.municipalities.len())
        ));
        f.params
            .extend(query.municipalities.iter().map(|m| Value::Text(m.clone())));
    }
    if let Some(radius) = &query.radius {
        let (lat, lon) = centre(conn, &radius.place)?;
        let (dlat, dlon) = bounding_box(lat, radius.km);
        f.clauses.push("j.lat BETWEEN ? AND ?".to_owned());
        f.params.push(Value::Real(lat - dlat));
        f.params.push(Value::Real(lat + dlat));
        if let Some(dlon) = dlon {
            f.clauses.push("j.lon BETWEEN ? AND ?".to_owned());
            f.params.push(Value::Real(lon - dlon));
            f.params.push(Value::Real(lon + dlon));
        }
        // The flat-earth distance settles every job clearly inside or outside the circle in
        // plain arithmetic; only the thin ring where it could err computes the exact one
        // (CASE is evaluated lazily). That spares over 90 % of the calls.
        let ring = flat_ring(lat, radius.km);
        f.clauses.push(format!(
            "(CASE WHEN {FLAT} <= ? THEN 1 WHEN {FLAT} >= ? THEN 0 \
              ELSE {DISTANCE_FN}(?, ?, j.lat, j.lon) <= ? END)"
        ));
        let k = lat.to_radians().cos();
        f.params
            .extend([lat, lat, lon, k, lon, k, ring.0].map(Value::Real));
        f.params
            .extend([lat, lat, lon, k, lon, k, ring.1].map(Value::Real));
        f.params.push(Value::Real(lat));
        f.params.push(Value::Real(lon));
        f.params.push(Value::Real(radius.km));
        f.distance = Some((lat, lon));
    }
    if !query.working_time.is_empty() {
        let mask = query
            .working_time
            .iter()
            .fold(0, |m, w| m | working_time_bit(*w));
        f.clauses.push("(j.working_time & ?) != 0".to_owned());
        f.params.push(Value::Integer(mask));
    }
    if !query.offer_types.is_empty() {
        f.clauses.push(format!(
            "j.offer_type IN ({})",
            placeholders(query.offer_types.len())
        ));
        f.params.extend(
            query
                .offer_types
                .iter()
                .map(|o| Value::Text(offer_type_str(*o).to_owned())),
        );
    }
    if !query.fields.is_empty() {
        f.clauses
            .push(format!("j.field IN ({})", placeholders(query.fields.len())));
        f.params
            .extend(query.fields.iter().map(|x| Value::Text(x.clone())));
    }
    if let Some(since) = query.published_since {
        f.clauses.push("j.published >= ?".to_owned());
        f.params
            .push(Value::Text(since.format("%Y-%m-%d").to_string()));
    }
    if let Some(n) = new_in {
        f.clauses
            .push("j.first_seen_run > ? AND j.first_seen_run <= ?".to_owned());
        f.params.push(Value::Integer(n.after_run));
        f.params.push(Value::Integer(n.up_to_run));
        // The new jobs are a few among many: their lowest row id bounds every index walk.
        let oldest: Option<i64> = conn
            .prepare_cached(
                "SELECT min(rowid) FROM jobs WHERE first_seen_run > ?1 AND first_seen_run <= ?2",
            )?
            .query_row([n.after_run, n.up_to_run], |r| r.get(0))?;
        let oldest = oldest.unwrap_or(i64::MAX);
        f.clauses.push("j.rowid >= ?".to_owned());
        f.params.push(Value::Integer(oldest));
        f.table = "jobs j NOT INDEXED";
        if f.fts.is_some() {
            f.min_rowid = Some(oldest);
        }
    }
    Ok(f)
}

/// True while the sync has not yet built the full-text index of the jobs.
fn fts_stale(conn: &Connection) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM sync_state WHERE key = ?1",
            [crate::store::state::FTS_STALE],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// The coordinates of a search centre; an unknown municipality is the user's mistake.
fn centre(conn: &Connection, place: &Place) -> Result<(f64, f64)> {
    match place {
        Place::Point { lat, lon } => Ok((*lat, *lon)),
        Place::Municipality { id } => conn
            .query_row(
                "SELECT json_extract(data, '$.lat'), json_extract(data, '$.lon') \
                 FROM content WHERE kind = 'municipality' AND id = ?",
                [id],
                |r| Ok((r.get::<_, f64>(0)?, r.get::<_, f64>(1)?)),
            )
            .optional()?
            .ok_or_else(|| Error::invalid("error-jobs-unknown-place", &[("place", id.clone())])),
    }
}

/// Half the height and width in degrees of a box that surely contains the circle. Slightly
/// larger than exact (0.5 %), so rounding can never cut off a job at the edge; the exact
/// distance test decides. `None` for the width near a pole, where any longitude may be close.
pub(crate) fn bounding_box(lat: f64, km: f64) -> (f64, Option<f64>) {
    let dlat = km / KM_PER_DEGREE * 1.005 + 1e-9;
    let widest = lat.abs() + dlat;
    if widest >= 89.0 {
        return (dlat, None);
    }
    (dlat, Some(dlat / widest.to_radians().cos()))
}

/// The squared flat-earth distance in degrees of latitude, with parameters centre latitude
/// (twice), centre longitude, cos(centre latitude), centre longitude, cos(centre latitude).
const FLAT: &str = "((j.lat - ?) * (j.lat - ?) + ((j.lon - ?) * ?) * ((j.lon - ?) * ?))";

/// Squared flat-earth distances (in degrees of latitude) below which a job is surely within
/// `km`, and above which it is surely outside. The flat-earth distance errs by the change of a
/// degree of longitude's length across the circle (about tan(lat) times the circle's angular
/// size) plus second-order terms; the ring is several times that wide. Near a pole there is no
/// shortcut: every job in the box gets the exact test.
pub(crate) fn flat_ring(lat: f64, km: f64) -> (f64, f64) {
    let angular = km / 6371.0;
    if lat.abs() + angular.to_degrees() >= 80.0 {
        return (-1.0, f64::MAX);
    }
    let eps = 0.01 + 3.0 * angular * (1.0 + lat.to_radians().tan().abs());
    let r = km / KM_PER_DEGREE;
    let inner = r * (1.0 - eps);
    let outer = r * (1.0 + eps);
    (inner * inner, outer * outer)
}

/// Registers the great-circle distance as a deterministic SQL function on this connection
/// (registering again replaces it, so calling this before each radius search is harmless).
fn register_distance(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        DISTANCE_FN,
        4,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let a: f64 = ctx.get(0)?;
            let b: f64 = ctx.get(1)?;
            let c: f64 = ctx.get(2)?;
            let d: f64 = ctx.get(3)?;
            Ok(haversine_km(a, b, c, d))
        },
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The steps of `EXPLAIN QUERY PLAN` for `sql`, outermost loop first.
    fn plan(conn: &Connection, sql: &str, params: &[Value]) -> Vec<String> {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let rows = stmt
            .query_map(params_from_iter(params.iter()), |r| r.get::<_, String>(3))
            .unwrap();
        rows.collect::<rusqlite::Result<_>>().unwrap()
    }

    /// A text search's page, ranked by relevance, over the device's real schema (every
    /// migration, no statistics yet, as after a first sync): the full-text index's matches are
    /// the outer loop and each is looked up in the jobs by row id. The other way round, a
    /// search for a common word ran its MATCH once per job on the device (200 ms at 10,000
    /// jobs instead of 2).
    #[test]
    fn a_ranked_text_search_walks_its_matches_not_every_job() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::store::Store::open(&dir.path().join("companion.sqlite")).unwrap();
        store
            .read(|conn| {
                for (query, new_in) in [
                    (
                        JobQuery {
                            text: "Pflege".into(),
                            ..JobQuery::default()
                        },
                        None,
                    ),
                    (
                        JobQuery {
                            text: "Pflege".into(),
                            municipalities: vec!["essen".into()],
                            ..JobQuery::default()
                        },
                        None,
                    ),
                    // A saved search checking the new jobs of a sync.
                    (
                        JobQuery {
                            text: "Pflege".into(),
                            ..JobQuery::default()
                        },
                        Some(NewIn {
                            after_run: 1,
                            up_to_run: 2,
                        }),
                    ),
                ] {
                    let filter = build_filter(conn, &query, new_in)?;
                    let (sql, mut params) = relevance_page(&filter);
                    params.extend([Value::Integer(20), Value::Integer(0)]);
                    let steps = plan(conn, &sql, &params);
                    assert!(
                        steps[0].starts_with("SCAN jobs_fts VIRTUAL TABLE"),
                        "{query:?}: {steps:?}"
                    );
                    assert!(
                        steps[1].starts_with("SEARCH j USING INTEGER PRIMARY KEY"),
                        "{query:?}: {steps:?}"
                    );
                }
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn bounding_box_contains_the_circle() {
        for lat in [0.0, 51.45, -33.0, 70.0] {
            let (dlat, dlon) = bounding_box(lat, 10.0);
            let dlon = dlon.unwrap();
            // Points just inside the circle in each direction fall inside the box.
            assert!(haversine_km(lat, 7.0, lat + dlat, 7.0) > 10.0);
            assert!(haversine_km(lat, 7.0, lat, 7.0 + dlon) > 10.0);
        }
        assert!(bounding_box(88.99, 10.0).1.is_none());
    }

    #[test]
    fn flat_ring_never_misjudges() {
        let flat2 = |lat: f64, lon: f64, plat: f64, plon: f64| {
            let k = lat.to_radians().cos();
            (plat - lat).powi(2) + ((plon - lon) * k).powi(2)
        };
        for (lat, km) in [
            (0.0, 10.0),
            (51.45, 10.0),
            (51.45, 200.0),
            (-60.0, 150.0),
            (70.0, 200.0),
        ] {
            let (inner, outer) = flat_ring(lat, km);
            for i in 0..3600 {
                let bearing = f64::from(i).to_radians() / 10.0;
                for scale in [0.2, 0.5, 0.9, 0.99, 1.01, 1.1, 1.5] {
                    let d = km * scale / KM_PER_DEGREE;
                    let plat = lat + d * bearing.cos();
                    let plon = 7.0 + d * bearing.sin() / lat.to_radians().cos();
                    let f = flat2(lat, 7.0, plat, plon);
                    let exact = haversine_km(lat, 7.0, plat, plon);
                    if f <= inner {
                        assert!(exact <= km, "{lat} {km} {scale} {bearing}");
                    }
                    if f >= outer {
                        assert!(exact > km, "{lat} {km} {scale} {bearing}");
                    }
                }
            }
        }
        assert_eq!(flat_ring(79.0, 200.0), (-1.0, f64::MAX));
    }
}
