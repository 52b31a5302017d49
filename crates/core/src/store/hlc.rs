//! The device's hybrid logical clock: wall-clock milliseconds plus a counter, with the client id
//! as node. It never goes backwards (not even when the wall clock does) and moves past every
//! clock it sees from the portal, so a later edit on this device always wins over what it saw.

use crate::platform::{SystemTime, UNIX_EPOCH};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;
use welcome_protocol::Hlc;

/// Highest counter the 4-digit clock format holds.
const MAX_COUNTER: u16 = 9_999;

#[derive(Debug)]
pub struct Clock {
    node: String,
    last: Mutex<(u64, u16)>,
    /// Added to the wall clock: a device whose clock is wrong, for the sync checker's tests.
    offset_millis: AtomicI64,
}

fn wall_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

impl Clock {
    /// A clock for `node`, starting after `last` (the newest reading persisted).
    pub fn new(node: String, last: Option<&str>) -> Self {
        let start = last
            .map(|s| Hlc(s.to_owned()))
            .and_then(|h| h.parts().map(|(ms, c, _)| (ms, c)))
            .unwrap_or((0, 0));
        Self {
            node,
            last: Mutex::new(start),
            offset_millis: AtomicI64::new(0),
        }
    }

    pub fn node(&self) -> &str {
        &self.node
    }

    /// Makes this clock's wall time run `millis` ahead (or behind, when negative) of the
    /// system's, as on a device whose clock is set wrong. Tests only; the app never calls it.
    pub fn set_wall_offset(&self, millis: i64) {
        self.offset_millis.store(millis, Ordering::Relaxed);
    }

    /// A fresh reading, later than every reading made or observed before.
    pub fn now(&self) -> Hlc {
        let mut last = self
            .last
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let wall = wall_millis().saturating_add_signed(self.offset_millis.load(Ordering::Relaxed));
        let next = if wall > last.0 {
            (wall, 0)
        } else if last.1 < MAX_COUNTER {
            (last.0, last.1 + 1)
        } else {
            (last.0 + 1, 0)
        };
        *last = next;
        Hlc::new(next.0, next.1, &self.node)
    }

    /// Moves the clock past a reading from elsewhere.
    pub fn observe(&self, other: &Hlc) {
        if let Some((ms, c, _)) = other.parts() {
            let mut last = self
                .last
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if (ms, c) > *last {
                *last = (ms, c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_increase_and_pass_observed_clocks() {
        let clock = Clock::new("dev-a".into(), None);
        let a = clock.now();
        let b = clock.now();
        assert!(b > a);
        let far = Hlc::new(wall_millis() + 60_000, 5, "dev-b");
        clock.observe(&far);
        let c = clock.now();
        assert!(c.parts().unwrap().0 >= far.parts().unwrap().0);
        assert!((c.parts().unwrap().0, c.parts().unwrap().1) > (far.parts().unwrap().0, 5));
        assert_eq!(c.parts().unwrap().2, "dev-a");
    }

    #[test]
    fn restarts_after_the_persisted_reading() {
        let future = Hlc::new(wall_millis() + 3_600_000, 7, "dev-a");
        let clock = Clock::new("dev-a".into(), Some(&future.0));
        assert!(clock.now() > future);
    }
}
