//! Session lifetimes and the user's own list of sessions (`GET /v1/me/sessions`,
//! `DELETE /v1/me/sessions/{id}`). A bearer token is only as safe as the device holding it, so
//! sessions end when unused for a while (idle lifetime) and, however busy, after a longer
//! absolute lifetime; a user can see every device logged in and revoke any of them.

use crate::error::{ApiResult, PortalError};
use crate::extract::AuthUser;
use crate::limits::now_ms;
use crate::store::SessionRow;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use std::time::Duration;
use welcome_protocol::{SessionInfo, SessionList};

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

fn time(ms: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// `GET /v1/me/sessions`: the token's user's live sessions, most recently used first.
pub async fn list(State(state): State<AppState>, user: AuthUser) -> ApiResult<Json<SessionList>> {
    let store = state.store.clone();
    let uid = user.user_id.clone();
    let rows = tokio::task::spawn_blocking(move || store.user_sessions(&uid))
        .await
        .map_err(PortalError::internal)??;
    let now = now_ms();
    let lifetimes = state.accounts.sessions;
    let sessions = rows
        .into_iter()
        .filter(|r| lifetimes.liveness(r, now) != Liveness::Expired)
        .map(|r| SessionInfo {
            current: r.id == user.session_id,
            created: time(r.created_ms),
            last_seen: time(r.last_seen_ms),
            id: r.id,
            device_name: r.device_name,
        })
        .collect();
    Ok(Json(SessionList { sessions }))
}

/// `DELETE /v1/me/sessions/{id}`: revokes one of the user's own sessions (the current one
/// too, which is a logout). Another user's session id is a 404, exactly like an unknown one,
/// and that session stays untouched.
pub async fn revoke(
    State(state): State<AppState>,
    user: AuthUser,
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> ApiResult<StatusCode> {
    let Path(id) =
        id.map_err(|e| PortalError::bad_request(format!("invalid session id: {}", e.body_text())))?;
    let store = state.store.clone();
    let deleted =
        tokio::task::spawn_blocking(move || store.delete_user_session(&user.user_id, &id))
            .await
            .map_err(PortalError::internal)??;
    if deleted {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(PortalError::not_found("no such session"))
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
