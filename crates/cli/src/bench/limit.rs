//! The physical limit of a first sync on this machine: the same feed bytes fetched by a plain
//! HTTP client into a sink, plus the same rows loaded by the sqlite3 shell into an identical
//! table (same indexes, same full-text index), each timed.

use futures_util::StreamExt;
use rusqlite::types::Value;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};
use welcome_core::Companion;

/// Fetches every page of the feed (same page size, scope and compression as the app) and
/// throws the bytes away; only the last line of each page is read, for the next cursor.
pub async fn fetch_feed(base: &str, page_size: u32) -> anyhow::Result<(Duration, u64)> {
    let scope = serde_json::to_string(&welcome_protocol::JobScope::everything())?;
    fetch_feed_with(base, page_size, Some(&scope), "en,de").await
}

/// Like [`fetch_feed`], for any job scope (`None`: no jobs) and language list.
pub async fn fetch_feed_with(
    base: &str,
    page_size: u32,
    scope: Option<&str>,
    lang: &str,
) -> anyhow::Result<(Duration, u64)> {
    let client = reqwest::Client::builder().build()?;
    let started = Instant::now();
    let mut cursor: Option<String> = None;
    let mut bytes = 0u64;
    loop {
        let mut request = client
            .get(format!("{base}/v1/feed"))
            .query(&[("limit", page_size.to_string()), ("lang", lang.to_owned())]);
        if let Some(scope) = scope {
            request = request.query(&[("scope", scope)]);
        }
        if let Some(c) = &cursor {
            request = request.query(&[("cursor", c)]);
        }
        let response = request.send().await?.error_for_status()?;
        let end = drain_page(response).await?;
        bytes += end.bytes;
        cursor = end.cursor;
        if !end.has_more {
            break;
        }
    }
    Ok((started.elapsed(), bytes))
}

/// What a drained feed page ended with.
pub struct DrainedPage {
    /// Body bytes (after decompression).
    pub bytes: u64,
    pub cursor: Option<String>,
    pub has_more: bool,
}

/// Reads a feed page's body to its end, keeping only its last bytes: enough for the `end`
/// line, which says where the next page starts.
pub async fn drain_page(response: reqwest::Response) -> anyhow::Result<DrainedPage> {
    let mut stream = response.bytes_stream();
    let mut tail: Vec<u8> = Vec::new();
    let mut bytes = 0u64;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        bytes += chunk.len() as u64;
        tail.extend_from_slice(&chunk);
        if tail.len() > 4096 {
            let keep = tail.len() - 4096;
            tail.drain(..keep);
        }
    }
    let text = String::from_utf8_lossy(&tail);
    let end: serde_json::Value =
        serde_json::from_str(text.trim_end().rsplit('\n').next().unwrap_or_default())?;
    Ok(DrainedPage {
        bytes,
        cursor: end["cursor"].as_str().map(str::to_owned),
        has_more: end["has_more"].as_bool().unwrap_or(false),
    })
}

fn csv_field(out: &mut Vec<u8>, value: &str) {
    out.push(b'"');
    for b in value.bytes() {
        if b == b'"' {
            out.push(b'"');
        }
        out.push(b);
    }
    out.push(b'"');
}

/// Writes the synced jobs as CSV and returns the schema of the jobs table, its indexes and its
/// full-text index, as SQL, so the shell loads into an identical table.
pub fn export(c: &Companion, csv: &Path) -> anyhow::Result<String> {
    let (rows, schema) = c.store().read(|conn| {
        let mut schema = String::new();
        let mut s = conn.prepare(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND \
             (tbl_name = 'jobs' OR name = 'jobs_fts') ORDER BY type = 'index', name",
        )?;
        for sql in s.query_map([], |r| r.get::<_, String>(0))? {
            schema.push_str(&sql?);
            schema.push_str(";\n");
        }
        let rows = write_csv(
            conn,
            "SELECT rowid, id, seq, generation, first_seen_run, title, occupation, field, employer, \
             coalesce(municipality_id, ''), city, postcode, lat, lon, working_time, offer_type, published, \
             modified, data FROM jobs ORDER BY rowid",
            19,
            csv,
        )?;
        Ok((rows, schema))
    })?;
    anyhow::ensure!(rows > 0, "no rows to export");
    Ok(schema)
}

/// Loads the CSV with the sqlite3 shell into a fresh database with the same schema and
/// settings, then builds the full-text index; returns the wall time of the whole shell run.
pub fn sqlite3_import(dir: &Path, csv: &Path, schema: &str) -> anyhow::Result<Duration> {
    let db = dir.join("shell.sqlite");
    let _ = std::fs::remove_file(&db);
    let script = dir.join("import.sql");
    let mut f = std::fs::File::create(&script)?;
    writeln!(
        f,
        "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;"
    )?;
    writeln!(f, "{schema}")?;
    writeln!(f, ".mode csv\n.import {} jobs", csv.display())?;
    writeln!(f, "INSERT INTO jobs_fts (jobs_fts) VALUES ('rebuild');")?;
    drop(f);
    let input = std::fs::File::open(&script)?;
    let started = Instant::now();
    let status = std::process::Command::new("sqlite3")
        .arg(&db)
        .stdin(input)
        .stdout(std::process::Stdio::null())
        .status()?;
    let took = started.elapsed();
    anyhow::ensure!(status.success(), "sqlite3 failed: {status}");
    Ok(took)
}

/// What a delta changed on the device, written for the sqlite3 shell: the rows it brought or
/// changed (`delta.csv`, the columns [`export`] writes) and the ids it removed (`gone.csv`). Compares the
/// database before the delta (`base`) with the device after it.
pub fn delta_export(c: &Companion, base: &Path, dir: &Path) -> anyhow::Result<(u64, u64)> {
    let base = base.display().to_string();
    let (changed, gone) = c.store().read(|conn| {
        conn.execute("ATTACH DATABASE ?1 AS base", [&base])?;
        let result = (|| {
            let cols = "j.rowid, j.id, j.seq, j.generation, j.first_seen_run, j.title, \
                 j.occupation, j.field, j.employer, coalesce(j.municipality_id, ''), j.city, \
                 j.postcode, j.lat, j.lon, j.working_time, j.offer_type, j.published, j.modified, \
                 j.data";
            let changed = write_csv(
                conn,
                &format!(
                    "SELECT {cols} FROM main.jobs j LEFT JOIN base.jobs b ON b.id = j.id \
                     WHERE b.id IS NULL OR b.seq < j.seq ORDER BY j.rowid"
                ),
                19,
                &dir.join("delta.csv"),
            )?;
            let gone = write_csv(
                conn,
                "SELECT b.id FROM base.jobs b WHERE NOT EXISTS \
                 (SELECT 1 FROM main.jobs j WHERE j.id = b.id)",
                1,
                &dir.join("gone.csv"),
            )?;
            Ok((changed, gone))
        })();
        conn.execute("DETACH DATABASE base", [])?;
        result
    })?;
    Ok((changed, gone))
}

/// Writes a query's rows as CSV; returns how many.
fn write_csv(
    conn: &rusqlite::Connection,
    sql: &str,
    columns: usize,
    path: &Path,
) -> welcome_core::Result<u64> {
    let mut s = conn.prepare(sql)?;
    let mut out = Vec::new();
    let mut rows = 0u64;
    let mut q = s.query([])?;
    while let Some(r) = q.next()? {
        for i in 0..columns {
            if i > 0 {
                out.push(b',');
            }
            match r.get::<_, Value>(i)? {
                Value::Integer(n) => out.extend_from_slice(n.to_string().as_bytes()),
                Value::Real(x) => out.extend_from_slice(x.to_string().as_bytes()),
                Value::Text(t) => csv_field(&mut out, &t),
                _ => {}
            }
        }
        out.push(b'\n');
        rows += 1;
    }
    std::fs::write(path, &out).map_err(welcome_core::Error::Io)?;
    Ok(rows)
}

/// The floor of applying a delta on this machine: the sqlite3 shell applies the same changed
/// rows and removals (from [`delta_export`]) to a copy of the same database in one transaction,
/// set-based (a few statements instead of a few per row), keeping the full-text index current
/// the same way the app does. Returns the time of the statements from `BEGIN` to the commit, as
/// the shell's timer measures them: reading the CSV, starting the shell and its closing
/// checkpoint are left out, so this is a floor of the SQLite work alone.
pub fn sqlite3_delta(db: &Path, dir: &Path) -> anyhow::Result<Duration> {
    let script = dir.join("delta.sql");
    let text_cols = "title, occupation, employer, city";
    let sql = format!(
        "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\n\
         CREATE TEMP TABLE d (rowid_ INTEGER, id TEXT, seq INTEGER, generation INTEGER, \
         first_seen_run INTEGER, title TEXT, occupation TEXT, field TEXT, employer TEXT, \
         municipality_id TEXT, city TEXT, postcode TEXT, lat REAL, lon REAL, working_time INTEGER, \
         offer_type TEXT, published TEXT, modified TEXT, data TEXT);\n\
         CREATE TEMP TABLE gone (id TEXT);\n\
         .mode csv\n\
         .import --schema temp {delta} d\n\
         .import --schema temp {gone} gone\n\
         .timer on\n\
         BEGIN;\n\
         INSERT INTO jobs_fts (jobs_fts, rowid, {text_cols}) SELECT 'delete', rowid, {text_cols} \
         FROM jobs WHERE id IN (SELECT id FROM temp.d UNION ALL SELECT id FROM temp.gone);\n\
         DELETE FROM jobs WHERE id IN (SELECT id FROM temp.gone);\n\
         UPDATE jobs SET seq = d.seq, generation = d.generation, title = d.title, \
         occupation = d.occupation, employer = d.employer, city = d.city, postcode = d.postcode, \
         modified = d.modified, data = d.data FROM temp.d d WHERE jobs.id = d.id AND \
         jobs.field = d.field AND jobs.municipality_id IS nullif(d.municipality_id, '') AND \
         jobs.lat = d.lat AND jobs.lon = d.lon AND jobs.working_time = d.working_time AND \
         jobs.offer_type = d.offer_type AND jobs.published = d.published;\n\
         INSERT INTO jobs (id, seq, generation, first_seen_run, title, occupation, field, employer, \
         municipality_id, city, postcode, lat, lon, working_time, offer_type, published, modified, data) \
         SELECT id, seq, generation, first_seen_run, title, occupation, field, employer, \
         nullif(municipality_id, ''), city, postcode, lat, lon, working_time, offer_type, published, \
         modified, data FROM temp.d WHERE true \
         ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, generation = excluded.generation, \
         title = excluded.title, occupation = excluded.occupation, field = excluded.field, \
         employer = excluded.employer, municipality_id = excluded.municipality_id, \
         city = excluded.city, postcode = excluded.postcode, lat = excluded.lat, lon = excluded.lon, \
         working_time = excluded.working_time, offer_type = excluded.offer_type, \
         published = excluded.published, modified = excluded.modified, data = excluded.data \
         WHERE jobs.seq < excluded.seq;\n\
         INSERT INTO jobs_fts (rowid, {text_cols}) SELECT rowid, {text_cols} FROM jobs \
         WHERE id IN (SELECT id FROM temp.d);\n\
         COMMIT;\n",
        delta = dir.join("delta.csv").display(),
        gone = dir.join("gone.csv").display(),
    );
    std::fs::write(&script, sql)?;
    let output = std::process::Command::new("sqlite3")
        .arg(db)
        .stdin(std::fs::File::open(&script)?)
        .output()?;
    anyhow::ensure!(
        output.status.success(),
        "sqlite3 failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    // `Run Time: real 0.012 user ... sys ...` after each statement.
    let total: f64 = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("Run Time: real "))
        .filter_map(|l| l.split_whitespace().next()?.parse::<f64>().ok())
        .sum();
    Ok(Duration::from_secs_f64(total))
}
