//! The account's sessions and the rate limits, from the companion against the real portal on
//! loopback: listing and revoking sessions, and a 429 that says how long to wait.

mod sync_support;

use std::time::Duration;
use sync_support::companion;
use welcome_core::i18n::Localizer;
use welcome_core::Error;
use welcome_portal::limits::Rate;
use welcome_portal::PortalConfig;

const PASSWORD: &str = "correct horse battery staple";

/// A portal over a database in the returned folder (keep it until the portal stops).
async fn start(
    adjust: impl FnOnce(&mut PortalConfig),
) -> (welcome_portal::RunningPortal, tempfile::TempDir) {
    let tmp = tempfile::tempdir().unwrap();
    let mut config = PortalConfig::for_tests(tmp.path().join("portal.sqlite"));
    adjust(&mut config);
    (welcome_portal::start(config).await.unwrap(), tmp)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_device_lists_the_accounts_sessions_and_revokes_another_one() {
    let (portal, _db) = start(|_| {}).await;
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let a = companion(dir_a.path(), &portal.base_url);
    let b = companion(dir_b.path(), &portal.base_url);
    assert!(matches!(a.sessions().await, Err(Error::NotLoggedIn)));
    a.register("ada@example.org", PASSWORD).await.unwrap();
    b.login("ada@example.org", PASSWORD).await.unwrap();

    let seen_by_a = a.sessions().await.unwrap();
    assert_eq!(seen_by_a.len(), 2);
    let own_a: Vec<_> = seen_by_a.iter().filter(|s| s.current).collect();
    assert_eq!(own_a.len(), 1);
    let own_b = b
        .sessions()
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.current)
        .unwrap();
    assert_ne!(own_a[0].id, own_b.id);
    // A login names the device (its computer name and system), so the list tells them apart.
    let named = own_b.device_name.as_deref().unwrap_or_default();
    assert!(
        named.ends_with(&format!("({})", std::env::consts::OS)),
        "the logged-in device is named: {named:?}"
    );

    // A revokes B: B's token no longer works, A stays logged in.
    a.revoke_session(&own_b.id).await.unwrap();
    assert!(a.logged_in());
    assert_eq!(b.sessions().await.unwrap_err().kind(), "unauthorized");
    assert_eq!(a.sessions().await.unwrap().len(), 1);
    // Again: not found.
    assert_eq!(
        a.revoke_session(&own_b.id).await.unwrap_err().kind(),
        "not_found"
    );
    // Revoking its own session logs this device out.
    let own = own_a[0].id.clone();
    a.revoke_session(&own).await.unwrap();
    assert!(!a.logged_in());
    assert_eq!(a.account_email(), None);
    portal.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_locked_account_says_how_long_to_wait() {
    let (portal, _db) = start(|c| {
        c.limits.login_failures_per_account = Rate::new(1, Duration::from_secs(600));
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let c = companion(dir.path(), &portal.base_url);
    let wrong = c.login("eve@example.org", "not the password").await;
    assert_eq!(wrong.unwrap_err().kind(), "bad_credentials");
    let e = c
        .login("eve@example.org", "not the password")
        .await
        .unwrap_err();
    assert_eq!(e.kind(), "rate_limited");
    let Error::Portal {
        status: 429,
        retry_after: Some(secs),
        ..
    } = e
    else {
        panic!("not a 429 with Retry-After: {e:?}");
    };
    assert!((599..=600).contains(&secs), "{secs}");
    assert_eq!(
        e.localized(&Localizer::new(&["en"])),
        "Too many attempts. Please try again in 10 minutes."
    );
    assert_eq!(
        e.localized(&Localizer::new(&["de"])),
        "Zu viele Versuche. Bitte versuchen Sie es in 10 Minuten erneut."
    );
    portal.shutdown().await;
}
