//! An online, consistent copy of a SQLite portal database (`welcome-portal backup`).
//!
//! Copying the file with `cp` while the portal runs can miss commits still in the write-ahead
//! log, or catch a page half written. `VACUUM INTO` writes one snapshot of the whole database,
//! log included, to a new file, while the portal goes on serving and writing. The source is
//! opened read-only, so a backup never migrates or otherwise changes the database it copies.

use anyhow::Context;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

/// Writes a copy of the database at `db` to `to`, which must not exist yet (an earlier backup
/// is never overwritten), readable by its owner only. Returns the copy's size in bytes.
pub fn backup(db: &Path, to: &Path) -> anyhow::Result<u64> {
    if to.exists() {
        anyhow::bail!("{} exists: a backup never overwrites a file", to.display());
    }
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .with_context(|| format!("opening {}", db.display()))?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    let target = to
        .to_str()
        .with_context(|| format!("{} is not a UTF-8 path", to.display()))?;
    conn.execute("VACUUM INTO ?1", [target])
        .with_context(|| format!("copying {} to {}", db.display(), to.display()))?;
    // Accounts and every user's plan data: readable by the backup's owner only.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(to, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(std::fs::metadata(to)?.len())
}
