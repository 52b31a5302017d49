//! Numbered schema migrations, embedded in the binary. Each runs in one transaction together
//! with the bump of `PRAGMA user_version`, so a crash leaves the schema at a whole version.

use crate::{Error, Result};
use rusqlite::Connection;

/// (version, SQL) in order; a new migration is the next number and a new file.
const MIGRATIONS: &[(u32, &str)] = &[
    (1, include_str!("migrations/0001_content.sql")),
    (2, include_str!("migrations/0002_user_data.sql")),
    (3, include_str!("migrations/0003_jobs_alerts.sql")),
    (4, include_str!("migrations/0004_owners.sql")),
    (5, include_str!("migrations/0005_reminders.sql")),
    (6, include_str!("migrations/0006_vault.sql")),
];

/// The newest schema version this build knows.
pub const LATEST: u32 = MIGRATIONS[MIGRATIONS.len() - 1].0;

/// Brings the schema up to [`LATEST`]; refuses a newer one.
pub fn apply(conn: &mut Connection) -> Result<()> {
    let found: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > LATEST {
        return Err(Error::DatabaseTooNew {
            found,
            supported: LATEST,
        });
    }
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > found) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)?;
        // Another process may have migrated while we waited for the lock.
        let now: u32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if now >= *version {
            continue;
        }
        tx.execute_batch(sql)?;
        tx.execute_batch(&format!("PRAGMA user_version = {version}"))?;
        tx.commit()?;
        tracing::info!(version, "store migrated");
    }
    Ok(())
}
