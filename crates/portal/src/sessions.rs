//! Session lifetimes. A bearer token is only as safe as the device holding it, so sessions
//! end when unused for a while (idle lifetime) and, however busy, after a longer absolute
//! lifetime.

use crate::store::SessionRow;
use std::time::Duration;

/// How long sessions live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLifetimes {
    /// A session not used for this long has expired.
    pub idle: Duration,
    /// A session this old has expired, used or not.
    pub absolute: Duration,
    /// `last_seen` is written at most this often per session, so a busy client does not turn
    /// every read into a database write; the idle lifetime is exact to within this.
    pub touch_every: Duration,
}

impl Default for SessionLifetimes {
    /// 30 days idle (a phone used once a month stays logged in), 180 days absolute, and
    /// `last_seen` to the minute.
    fn default() -> Self {
        const DAY: Duration = Duration::from_secs(24 * 60 * 60);
        Self {
            idle: DAY.saturating_mul(30),
            absolute: DAY.saturating_mul(180),
            touch_every: Duration::from_secs(60),
        }
    }
}

/// What a session's times say about it at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Liveness {
    Expired,
    /// Live; `touch` when its `last_seen` is due to be written.
    Live {
        touch: bool,
    },
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

impl SessionLifetimes {
    pub fn liveness(&self, row: &SessionRow, now_ms: i64) -> Liveness {
        let idle_for = now_ms.saturating_sub(row.last_seen_ms);
        let age = now_ms.saturating_sub(row.created_ms);
        if idle_for >= millis(self.idle) || age >= millis(self.absolute) {
            Liveness::Expired
        } else {
            Liveness::Live {
                touch: idle_for >= millis(self.touch_every),
            }
        }
    }

    /// (last seen before, created before): the bounds of expired sessions at `now_ms`, for
    /// [`crate::store::PortalStore::delete_expired_sessions`].
    pub fn expired_bounds(&self, now_ms: i64) -> (i64, i64) {
        (
            now_ms.saturating_sub(millis(self.idle)).saturating_add(1),
            now_ms
                .saturating_sub(millis(self.absolute))
                .saturating_add(1),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: i64 = 60_000;

    fn row(created_ms: i64, last_seen_ms: i64) -> SessionRow {
        SessionRow {
            id: "s-1".into(),
            user_id: "u-1".into(),
            email: "a@example.org".into(),
            device_name: None,
            created_ms,
            last_seen_ms,
        }
    }

    #[test]
    fn sessions_expire_when_idle_or_old_and_are_touched_once_a_minute() {
        let l = SessionLifetimes {
            idle: Duration::from_secs(30 * 60),
            absolute: Duration::from_secs(120 * 60),
            touch_every: Duration::from_secs(60),
        };
        let t0 = 1_000_000_000;
        assert_eq!(
            l.liveness(&row(t0, t0), t0 + 59_999),
            Liveness::Live { touch: false }
        );
        assert_eq!(
            l.liveness(&row(t0, t0), t0 + MIN),
            Liveness::Live { touch: true }
        );
        assert_eq!(l.liveness(&row(t0, t0), t0 + 30 * MIN), Liveness::Expired);
        // Used every few minutes, it still ends at the absolute lifetime.
        let busy = row(t0, t0 + 119 * MIN);
        assert_eq!(
            l.liveness(&busy, t0 + 119 * MIN + 1),
            Liveness::Live { touch: false }
        );
        assert_eq!(l.liveness(&busy, t0 + 120 * MIN), Liveness::Expired);
        // The store's bounds delete exactly the expired ones.
        assert_eq!(l.expired_bounds(t0 + 30 * MIN), (t0 + 1, t0 - 90 * MIN + 1));
    }
}
