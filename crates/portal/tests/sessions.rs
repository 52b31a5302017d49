//! A user's sessions over real HTTP: listing and revoking them (only ever one's own), and
//! their idle and absolute lifetimes.

mod support;

use serde_json::json;
use std::time::{Duration, Instant};
use support::Backend;
use support::{expect_error, portal, portal_with, Portal};
use welcome_protocol::{ApiErrorCode, SessionList, SessionResponse};

const PASSWORD: &str = "a long enough password";

async fn login(t: &Portal, email: &str, device: Option<&str>) -> SessionResponse {
    let resp = t
        .http
        .post(t.url("/v1/sessions"))
        .json(&json!({"email": email, "password": PASSWORD, "device_name": device}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    resp.json().await.unwrap()
}

async fn sessions(t: &Portal, token: &str) -> SessionList {
    let resp = t
        .http
        .get(t.url("/v1/me/sessions"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    resp.json().await.unwrap()
}

async fn revoke(t: &Portal, token: &str, id: &str) -> reqwest::Response {
    t.http
        .delete(t.url(&format!("/v1/me/sessions/{id}")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

/// 200 while the token's session lives, 401 once it has expired or was revoked.
async fn status_with(t: &Portal, token: &str) -> u16 {
    t.http
        .get(t.url("/v1/me/sessions"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn a_user_lists_and_revokes_only_their_own_sessions(backend: Backend) {
    let t = portal(&backend).await;
    let first = t.register("ana@example.org").await;
    let laptop = login(&t, "ana@example.org", Some("Laptop")).await;
    let phone = login(&t, "ana@example.org", Some("  Phone ")).await;
    let other = t.register("ben@example.org").await;

    let list = sessions(&t, &phone.token).await.sessions;
    assert_eq!(list.len(), 3);
    let current: Vec<_> = list.iter().filter(|s| s.current).collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0].device_name.as_deref(), Some("Phone"));
    let mut devices: Vec<_> = list.iter().map(|s| s.device_name.clone()).collect();
    devices.sort();
    assert_eq!(devices, [None, Some("Laptop".into()), Some("Phone".into())]);
    for s in &list {
        // The public id is neither the token nor its hash.
        assert!(s.id.starts_with("s-"));
        for secret in [&first.token, &laptop.token, &phone.token] {
            assert_ne!(&s.id, secret);
            assert!(!welcome_portal::auth::token_hash(secret).contains(&s.id[2..]));
        }
        assert!(s.created <= s.last_seen);
    }
    // Another user sees only their own and cannot revoke Ana's: 404, and it still works.
    let theirs = sessions(&t, &other.token).await.sessions;
    assert_eq!(theirs.len(), 1);
    assert!(theirs[0].current);
    let laptop_id = list
        .iter()
        .find(|s| s.device_name.as_deref() == Some("Laptop"))
        .map(|s| s.id.clone())
        .unwrap();
    let e = expect_error(revoke(&t, &other.token, &laptop_id).await, 404).await;
    assert_eq!(e.code, ApiErrorCode::NotFound);
    assert_eq!(status_with(&t, &laptop.token).await, 200);
    // Ana revokes the laptop from her phone.
    assert_eq!(revoke(&t, &phone.token, &laptop_id).await.status(), 204);
    assert_eq!(status_with(&t, &laptop.token).await, 401);
    assert_eq!(sessions(&t, &phone.token).await.sessions.len(), 2);
    expect_error(revoke(&t, &phone.token, &laptop_id).await, 404).await;
    // Revoking the current session logs out.
    let phone_id = sessions(&t, &phone.token)
        .await
        .sessions
        .into_iter()
        .find(|s| s.current)
        .map(|s| s.id)
        .unwrap();
    assert_eq!(revoke(&t, &phone.token, &phone_id).await.status(), 204);
    assert_eq!(status_with(&t, &phone.token).await, 401);
    assert_eq!(status_with(&t, &first.token).await, 200);
    t.p.shutdown().await;
}

async fn bad_session_requests_are_json_4xx(backend: Backend) {
    let t = portal(&backend).await;
    let s = t.register("bad@example.org").await;
    let resp = t.http.get(t.url("/v1/me/sessions")).send().await.unwrap();
    expect_error(resp, 401).await;
    let resp = t
        .http
        .delete(t.url("/v1/me/sessions/whatever"))
        .send()
        .await
        .unwrap();
    expect_error(resp, 401).await;
    expect_error(revoke(&t, &s.token, "s-does-not-exist").await, 404).await;
    let resp = t
        .http
        .post(t.url("/v1/sessions"))
        .json(&json!({"email": "bad@example.org", "password": PASSWORD, "device_name": "x".repeat(101)}))
        .send()
        .await
        .unwrap();
    assert_eq!(expect_error(resp, 422).await.code, ApiErrorCode::Invalid);
    t.p.shutdown().await;
}

/// With the default lifetimes `last_seen` is written at most once a minute: many requests in
/// a row leave it at the login time.
async fn last_seen_is_not_written_on_every_request(backend: Backend) {
    let t = portal(&backend).await;
    let s = t.register("quiet@example.org").await;
    let before = sessions(&t, &s.token).await.sessions;
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_millis(20)).await;
        sessions(&t, &s.token).await;
    }
    let after = sessions(&t, &s.token).await.sessions;
    assert_eq!(before, after);
    assert_eq!(after[0].last_seen, after[0].created);
    t.p.shutdown().await;
}

/// Idle 2 s, absolute 3.5 s, `last_seen` written every 100 ms. A session used every half
/// second outlives the idle lifetime (its use is recorded) but ends at the absolute one; an
/// unused session ends after the idle lifetime. Every check keeps half a second from the
/// boundary it tests.
async fn sessions_expire_when_idle_and_at_their_absolute_lifetime(backend: Backend) {
    let t = portal_with(&backend, |c| {
        c.sessions.idle = Duration::from_secs(2);
        c.sessions.absolute = Duration::from_millis(3_500);
        c.sessions.touch_every = Duration::from_millis(100);
    })
    .await;
    t.register("time@example.org").await;
    let busy = login(&t, "time@example.org", Some("busy")).await;
    let idle = login(&t, "time@example.org", Some("idle")).await;
    let t0 = Instant::now();
    let at = |ms: u64| tokio::time::sleep_until((t0 + Duration::from_millis(ms)).into());
    for step in 1..=6 {
        at(step * 500).await;
        assert_eq!(status_with(&t, &busy.token).await, 200, "at {step} x 0.5 s");
        if step == 5 {
            // 2.5 s unused: expired, and gone from the list.
            assert_eq!(status_with(&t, &idle.token).await, 401);
            let list = sessions(&t, &busy.token).await.sessions;
            assert!(list
                .iter()
                .all(|s| s.device_name.as_deref() != Some("idle")));
            assert!(list.iter().any(|s| s.last_seen > s.created));
        }
    }
    at(4_000).await;
    assert_eq!(status_with(&t, &busy.token).await, 401);
    let resp = t
        .http
        .get(t.url("/v1/me/sessions"))
        .bearer_auth(&busy.token)
        .send()
        .await
        .unwrap();
    assert_eq!(
        expect_error(resp, 401).await.code,
        ApiErrorCode::Unauthorized
    );
    t.p.shutdown().await;
}

support::on_each_backend!(async: a_user_lists_and_revokes_only_their_own_sessions, bad_session_requests_are_json_4xx, last_seen_is_not_written_on_every_request, sessions_expire_when_idle_and_at_their_absolute_lifetime);
