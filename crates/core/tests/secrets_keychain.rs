//! The token in a real Secret Service (gnome-keyring in a private D-Bus session on CI).
//!
//! Without a reachable Secret Service these tests fail with a clear message, unless
//! `WELCOME_SKIP_KEYCHAIN_TESTS=1` says the machine has none on purpose.

use welcome_core::secrets::{KeyringTokenStore, Token, TokenStore};

/// The Secret Service races when two clients create and delete items at the same moment, so
/// these tests take turns.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// False when the tests may be skipped; panics with a clear message when they must run but
/// cannot.
fn keychain_available() -> bool {
    let skip = std::env::var("WELCOME_SKIP_KEYCHAIN_TESTS").is_ok_and(|v| v == "1");
    let probe = || -> Result<(), String> {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            return Err("DBUS_SESSION_BUS_ADDRESS is not set".into());
        }
        let store = KeyringTokenStore;
        // One probe entry per test: tests run in parallel threads, and two of them writing and
        // deleting the same entry at once race inside the Secret Service.
        static PROBES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = PROBES.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let account = format!("probe-{}-{n}", std::process::id());
        store
            .set(&account, &Token::new("probe"))
            .map_err(|e| e.to_string())?;
        store.delete(&account).map_err(|e| e.to_string())
    };
    match probe() {
        Ok(()) => true,
        Err(_) if skip => false,
        Err(e) => panic!(
            "no usable Secret Service ({e}). Run the tests under `dbus-run-session` with an \
             unlocked gnome-keyring-daemon, or set WELCOME_SKIP_KEYCHAIN_TESTS=1 to skip them"
        ),
    }
}

#[test]
fn keychain_stores_reads_and_deletes_a_token() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    if !keychain_available() {
        return;
    }
    let store = KeyringTokenStore;
    let account = format!("http://127.0.0.1:1/keychain-test-{}", std::process::id());
    assert_eq!(store.get(&account).unwrap(), None);
    store.set(&account, &Token::new("first-secret")).unwrap();
    assert_eq!(
        store.get(&account).unwrap(),
        Some(Token::new("first-secret"))
    );
    store.set(&account, &Token::new("second-secret")).unwrap();
    assert_eq!(
        store.get(&account).unwrap(),
        Some(Token::new("second-secret"))
    );
    store.delete(&account).unwrap();
    store.delete(&account).unwrap();
    assert_eq!(store.get(&account).unwrap(), None);
}

#[test]
fn keychain_entries_are_kept_per_portal() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    if !keychain_available() {
        return;
    }
    let store = KeyringTokenStore;
    let a = format!("http://127.0.0.1:2/keychain-a-{}", std::process::id());
    let b = format!("http://127.0.0.1:3/keychain-b-{}", std::process::id());
    store.set(&a, &Token::new("token-a")).unwrap();
    store.set(&b, &Token::new("token-b")).unwrap();
    assert_eq!(store.get(&a).unwrap(), Some(Token::new("token-a")));
    store.delete(&a).unwrap();
    assert_eq!(store.get(&b).unwrap(), Some(Token::new("token-b")));
    store.delete(&b).unwrap();
}
