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

/// The name of a backup made by [`backup_into`]: the UTC time to the second, so names sort in
/// time order and the rotation can tell its own files from anything else in the folder.
fn rotated_name(at: chrono::DateTime<chrono::Utc>) -> String {
    format!("portal-{}.sqlite", at.format("%Y-%m-%dT%H%M%SZ"))
}

fn is_rotated_name(name: &str) -> bool {
    name.strip_prefix("portal-")
        .and_then(|n| n.strip_suffix(".sqlite"))
        .is_some_and(|stamp| {
            chrono::NaiveDateTime::parse_from_str(stamp, "%Y-%m-%dT%H%M%SZ").is_ok()
        })
}

/// What [`backup_into`] did.
#[derive(Debug)]
pub struct Rotated {
    pub path: std::path::PathBuf,
    pub bytes: u64,
    /// Older backups removed to keep the number asked for, oldest first.
    pub removed: Vec<std::path::PathBuf>,
}

/// Writes a backup named by the time into `dir` (for a daily timer) and, with `keep`, removes
/// the oldest of the backups named that way until `keep` are left. Only files named exactly as
/// this function names them are ever removed, so other files in the folder (a copy taken by
/// hand before an upgrade) stay.
pub fn backup_into(db: &Path, dir: &Path, keep: Option<usize>) -> anyhow::Result<Rotated> {
    if keep == Some(0) {
        anyhow::bail!("--keep 0 would remove the backup just made");
    }
    let path = dir.join(rotated_name(chrono::Utc::now()));
    let bytes = backup(db, &path)?;
    let mut removed = Vec::new();
    if let Some(keep) = keep {
        let mut ours: Vec<_> = std::fs::read_dir(dir)
            .with_context(|| format!("listing {}", dir.display()))?
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_str().is_some_and(is_rotated_name))
            .map(|e| e.path())
            .collect();
        ours.sort();
        let excess = ours.len().saturating_sub(keep);
        for old in ours.into_iter().take(excess) {
            std::fs::remove_file(&old).with_context(|| format!("removing {}", old.display()))?;
            removed.push(old);
        }
    }
    Ok(Rotated {
        path,
        bytes,
        removed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_its_own_names_are_rotated() {
        let name = rotated_name(chrono::Utc::now());
        assert!(is_rotated_name(&name), "{name}");
        for other in [
            "portal.sqlite",
            "before-upgrade-2026-12-01.sqlite",
            "portal-2026-12-01.sqlite",
            "portal-2026-12-01T000000Z.sqlite-wal",
        ] {
            assert!(!is_rotated_name(other), "{other}");
        }
    }

    #[test]
    fn backups_into_a_folder_keep_the_newest_and_leave_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("portal.sqlite");
        drop(crate::store::SqliteStore::open(&db).unwrap());
        let backups = dir.path().join("backups");
        std::fs::create_dir(&backups).unwrap();
        for stamp in [
            "2026-01-01T000000Z",
            "2026-01-02T000000Z",
            "2026-01-03T000000Z",
        ] {
            std::fs::write(backups.join(format!("portal-{stamp}.sqlite")), "old").unwrap();
        }
        std::fs::write(backups.join("before-upgrade.sqlite"), "mine").unwrap();
        let done = backup_into(&db, &backups, Some(2)).unwrap();
        assert!(done.bytes > 0 && done.path.is_file());
        let mut left: Vec<String> = std::fs::read_dir(&backups)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        let newest = done.path.file_name().unwrap().to_str().unwrap().to_owned();
        assert_eq!(
            left,
            vec![
                "before-upgrade.sqlite".to_owned(),
                "portal-2026-01-03T000000Z.sqlite".to_owned(),
                newest
            ]
        );
        assert_eq!(done.removed.len(), 2);
        assert!(backup_into(&db, &backups, Some(0)).is_err());
    }
}
