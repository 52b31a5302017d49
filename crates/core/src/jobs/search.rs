//! Offline job search over the synced `jobs` table and its `jobs_fts` index.
//!
//! One SQL statement counts the matches and one reads the page, both built from the same
//! filter list with bound parameters only (user text never becomes SQL or FTS syntax). A
//! radius search prefilters with a latitude/longitude box that the `jobs(lat)` index serves and
//! then keeps the exact great-circle distance (inclusive at the edge), computed by a SQL
//! function registered on the connection so that counting and paging stay in SQLite.

use super::query::{
    fts_expression, offer_type_str, working_time_bit, JobQuery, JobSort, Place, RELEVANCE_MAX_MATCHES,
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

/// The WHERE clause of a search, its parameters and the distance expression of a radius.
struct Filter {
    clauses: Vec<String>,
    params: Vec<Value>,
    fts: Option<String>,
    distance: Option<(f64, f64)>,
}

/// Searches the jobs on this device.
pub fn search(conn: &Connection, query: &JobQuery) -> Result<JobPage> {
    search_new(conn, query, None)
}

pub(crate) fn search_new(conn: &Connection, query: &JobQuery, new_in: Option<NewIn>) -> Result<JobPage> {
    query.validate()?;
    let filter = build_filter(conn, query, new_in)?;
    if filter.distance.is_some() {
        register_distance(conn)?;
    }
    let where_sql = if filter.clauses.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", filter.clauses.join(" AND "))
    };
    let total: i64 = conn.query_row(
        &format!("SELECT count(*) FROM jobs j{where_sql}"),
        params_from_iter(filter.params.iter()),
        |r| r.get(0),
    )?;
    let total = u64::try_from(total).unwrap_or(0);
    let limit = query.effective_limit();
    let sort = effective_sort(query, &filter, total);

    let distance_col = match filter.distance {
        Some(_) => format!("{DISTANCE_FN}(?, ?, j.lat, j.lon)"),
        None => "NULL".to_owned(),
    };
    let mut params: Vec<Value> = Vec::new();
    if let Some((lat, lon)) = filter.distance {
        params.push(Value::Real(lat));
        params.push(Value::Real(lon));
    }
    let sql = match sort {
        JobSort::Relevance => {
            // Title counts most, then occupation, employer, city.
            params.push(Value::Text(filter.fts.clone().unwrap_or_default()));
            params.extend(filter.params.iter().cloned());
            let rest = if filter.clauses.is_empty() {
                String::new()
            } else {
                format!(" AND {}", filter.clauses.join(" AND "))
            };
            format!(
                "SELECT j.data, {distance_col} FROM jobs_fts JOIN jobs j ON j.rowid = jobs_fts.rowid \
                 WHERE jobs_fts MATCH ?{rest} \
                 ORDER BY bm25(jobs_fts, 10.0, 4.0, 2.0, 1.0), j.published DESC, j.rowid DESC \
                 LIMIT ? OFFSET ?"
            )
        }
        JobSort::Distance => {
            params.extend(filter.params.iter().cloned());
            format!(
                "SELECT j.data, {distance_col} AS d FROM jobs j{where_sql} \
                 ORDER BY d ASC, j.published DESC, j.rowid DESC LIMIT ? OFFSET ?"
            )
        }
        JobSort::Date => {
            params.extend(filter.params.iter().cloned());
            format!(
                "SELECT j.data, {distance_col} FROM jobs j{where_sql} \
                 ORDER BY j.published DESC, j.rowid DESC LIMIT ? OFFSET ?"
            )
        }
    };
    params.push(Value::Integer(i64::from(limit)));
    params.push(Value::Integer(i64::from(query.offset)));

    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(params.iter()), |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<f64>>(1)?))
    })?;
    let mut hits = Vec::new();
    for row in rows {
        let (data, distance_km) = row?;
        let job: JobSummary = serde_json::from_str(&data)
            .map_err(|e| Error::BadResponse(format!("stored job summary: {e}")))?;
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

fn effective_sort(query: &JobQuery, filter: &Filter, total: u64) -> JobSort {
    match query.sort {
        JobSort::Relevance if filter.fts.is_some() && total <= RELEVANCE_MAX_MATCHES => JobSort::Relevance,
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
    };
    if let Some(expr) = &f.fts {
        f.clauses
            .push("j.rowid IN (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH ?)".to_owned());
        f.params.push(Value::Text(expr.clone()));
    }
    if !query.municipalities.is_empty() {
        f.clauses.push(format!("j.municipality_id IN ({})", placeholders(query.municipalities.len())));
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
        f.clauses.push(format!("{DISTANCE_FN}(?, ?, j.lat, j.lon) <= ?"));
        f.params.push(Value::Real(lat));
        f.params.push(Value::Real(lon));
        f.params.push(Value::Real(radius.km));
        f.distance = Some((lat, lon));
    }
    if !query.working_time.is_empty() {
        let mask = query.working_time.iter().fold(0, |m, w| m | working_time_bit(*w));
        f.clauses.push("(j.working_time & ?) != 0".to_owned());
        f.params.push(Value::Integer(mask));
    }
    if !query.offer_types.is_empty() {
        f.clauses.push(format!("j.offer_type IN ({})", placeholders(query.offer_types.len())));
        f.params
            .extend(query.offer_types.iter().map(|o| Value::Text(offer_type_str(*o).to_owned())));
    }
    if !query.fields.is_empty() {
        f.clauses.push(format!("j.field IN ({})", placeholders(query.fields.len())));
        f.params.extend(query.fields.iter().map(|x| Value::Text(x.clone())));
    }
    if let Some(since) = query.published_since {
        f.clauses.push("j.published >= ?".to_owned());
        f.params.push(Value::Text(since.format("%Y-%m-%d").to_string()));
    }
    if let Some(n) = new_in {
        f.clauses.push("j.first_seen_run > ? AND j.first_seen_run <= ?".to_owned());
        f.params.push(Value::Integer(n.after_run));
        f.params.push(Value::Integer(n.up_to_run));
    }
    Ok(f)
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
}
