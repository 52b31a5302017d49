//! Reading the content cache (`content` table): checklists, municipalities, offices, guides and
//! plan rules, each stored as the portal's JSON.

use crate::Result;
use rusqlite::Connection;
use serde::de::DeserializeOwned;

/// Every cached record of one kind, by id. A record this build cannot read (a newer portal
/// shaped it differently) is skipped with a warning, so it never hides all the others.
pub fn records<T: DeserializeOwned>(conn: &Connection, kind: &str) -> Result<Vec<T>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, data FROM content WHERE kind = ?1 ORDER BY id")?;
    let rows = stmt.query_map([kind], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, data) = row?;
        match serde_json::from_str(&data) {
            Ok(v) => out.push(v),
            Err(e) => tracing::warn!(kind, id, error = %e, "content record skipped"),
        }
    }
    Ok(out)
}
