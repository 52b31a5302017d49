//! Notices a database that was put back to an older copy (a restore from backup) while the
//! epoch inside it stayed the same.
//!
//! The epoch is part of every cursor; a new epoch makes every client resync. A restored file
//! carries the epoch of the day it was copied, so by itself the restore would go unnoticed and
//! clients would skip every change made after the copy whose sequence numbers the restored
//! database hands out again. The guard is a small file beside the database that records the
//! highest sequences this deployment has committed; a database whose counters are below the
//! guard's, under the same epoch, went back in time and gets a new epoch on open.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The highest sequences committed under an epoch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    pub epoch: String,
    pub content_seq: u64,
    pub user_seq: u64,
}

pub struct RestoreGuard {
    path: PathBuf,
}

impl RestoreGuard {
    /// The guard of the database at `db` (`<db>.restore-guard`).
    pub fn beside(db: &Path) -> Self {
        let mut name = db.as_os_str().to_owned();
        name.push(".restore-guard");
        Self {
            path: PathBuf::from(name),
        }
    }

    fn read(&self) -> Option<Mark> {
        let text = std::fs::read_to_string(&self.path).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// True when the database is not where this portal left it: behind the last recorded mark,
    /// or under another epoch than the one last recorded (the portal records every epoch it
    /// gives itself, so another one means the file was replaced, e.g. by the same backup
    /// restored a second time, whose old epoch clients may still hold cursors of). A missing or
    /// unreadable guard (first start, or a crash while writing it) says nothing.
    pub fn went_back(&self, now: &Mark) -> bool {
        self.read().is_some_and(|last| {
            last.epoch != now.epoch
                || now.content_seq < last.content_seq
                || now.user_seq < last.user_seq
        })
    }

    /// Records the database's current position. Failing to write it only weakens detection,
    /// so it is logged, never an error of the write that committed.
    pub fn record(&self, now: &Mark) {
        let result = serde_json::to_vec(now)
            .map_err(std::io::Error::other)
            .and_then(|bytes| std::fs::write(&self.path, bytes));
        if let Err(e) = result {
            tracing::warn!(path = %self.path.display(), "restore guard not written: {e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_going_back_under_the_same_epoch_counts() {
        let dir = tempfile::tempdir().unwrap();
        let guard = RestoreGuard::beside(&dir.path().join("p.sqlite"));
        let mark = |e: &str, c, u| Mark {
            epoch: e.into(),
            content_seq: c,
            user_seq: u,
        };
        assert!(!guard.went_back(&mark("a", 0, 0)));
        guard.record(&mark("a", 10, 5));
        assert!(!guard.went_back(&mark("a", 10, 5)));
        assert!(!guard.went_back(&mark("a", 11, 5)));
        assert!(guard.went_back(&mark("a", 9, 5)));
        assert!(guard.went_back(&mark("a", 10, 4)));
        assert!(guard.went_back(&mark("b", 20, 20)));
    }
}
