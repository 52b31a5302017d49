//! The `welcome-portal` binary's data commands on a temporary database.

mod support;

use std::process::Command;
use support::Backend;
use welcome_portal::store::Database;

fn run(db: &Database, args: &[&str]) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_welcome-portal"));
    match db {
        Database::Sqlite(path) => cmd.arg("--db").arg(path),
        Database::Postgres(url) => cmd.arg("--database").arg(url),
    };
    let out = cmd.args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn seed_touch_import_and_compact(backend: Backend) {
    let test_db = backend.test_db();
    let db = &test_db.database;
    let out = run(db, &["seed-jobs", "--count", "2000", "--seed", "7"]);
    assert!(out.contains("upserted: 2000"), "{out}");
    run(db, &["touch-jobs", "--percent", "1", "--seed", "1"]);
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ba-jobs.json");
    let out = run(db, &["import-ba", fixture.to_str().unwrap()]);
    assert!(out.contains("upserted: 3"), "{out}");
    let out = run(db, &["compact"]);
    assert!(
        out.starts_with("dropped ") && !out.starts_with("dropped 0 "),
        "{out}"
    );
    let store = db.open().unwrap();
    let meta = store.feed_meta().unwrap();
    assert_eq!(meta.min_seq_kept, meta.max_seq);
    assert!(store.job_detail("10000-1201234568-S").unwrap().is_some());
}

fn a_new_epoch_makes_every_cursor_resync(backend: Backend) {
    let test_db = backend.test_db();
    let db = &test_db.database;
    run(db, &["seed-jobs", "--count", "10", "--seed", "3"]);
    let before = db.open().unwrap().feed_meta().unwrap().epoch;
    let out = run(db, &["new-epoch"]);
    let after = db.open().unwrap().feed_meta().unwrap().epoch;
    assert_ne!(before, after);
    assert_eq!(out.trim(), format!("new epoch {after}"));
}

fn migrate_brings_the_schema_up_to_date_and_changes_nothing_after(backend: Backend) {
    let test_db = backend.test_db();
    let db = &test_db.database;
    let first = run(db, &["migrate"]);
    assert!(first.contains(": schema version "), "{first}");
    let epoch = db.open().unwrap().feed_meta().unwrap().epoch;
    assert_eq!(run(db, &["migrate"]), first);
    assert_eq!(db.open().unwrap().feed_meta().unwrap().epoch, epoch);
    // The password of a URL never reaches the output.
    assert!(!first.contains("secret"), "{first}");
}

/// `guide-account add` with the password on standard input; `None` when the command failed
/// (then its standard error).
fn add_guide(db: &Database, email: &str, guide: &str, password: &str) -> Result<String, String> {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_welcome-portal"));
    match db {
        Database::Sqlite(path) => cmd.arg("--db").arg(path),
        Database::Postgres(url) => cmd.arg("--database").arg(url),
    };
    let mut child = cmd
        .args(["guide-account", "add", "--email", email, "--guide", guide])
        .env_remove("WELCOME_PORTAL_GUIDE_PASSWORD")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    let out = child.wait_with_output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    if out.status.success() {
        Ok(text(&out.stdout))
    } else {
        Err(text(&out.stderr))
    }
}

fn guide_account_add_makes_a_guide_account_of_a_known_guide(backend: Backend) {
    let test_db = backend.test_db();
    let db = &test_db.database;
    let out = add_guide(
        db,
        "Amira@Example.org",
        "guide-amira-haddad",
        "a long enough password",
    )
    .unwrap();
    assert!(out.contains("guide account created"), "{out}");
    assert!(!out.contains("a long enough password"), "{out}");
    let store = db.open().unwrap();
    let (user_id, hash) = store.user_by_email("amira@example.org").unwrap().unwrap();
    assert_eq!(
        store.guide_of(&user_id).unwrap().as_deref(),
        Some("guide-amira-haddad")
    );
    assert!(welcome_portal::auth::verify_login(
        "a long enough password",
        Some(&hash),
        welcome_portal::auth::PasswordCost::STANDARD
    )
    .unwrap());
    // An existing account is linked, its password untouched.
    let out = add_guide(db, "amira@example.org", "guide-mehmet-yilmaz", "").unwrap();
    assert!(out.contains("linked the existing account"), "{out}");
    assert_eq!(
        store.guide_of(&user_id).unwrap().as_deref(),
        Some("guide-mehmet-yilmaz")
    );
    // An unknown guide, a bad e-mail and a short password change nothing.
    let err = add_guide(
        db,
        "x@example.org",
        "guide-nobody",
        "a long enough password",
    )
    .unwrap_err();
    assert!(err.contains("no guide"), "{err}");
    let err = add_guide(
        db,
        "not-an-email",
        "guide-amira-haddad",
        "a long enough password",
    )
    .unwrap_err();
    assert!(err.contains("e-mail"), "{err}");
    let err = add_guide(db, "y@example.org", "guide-amira-haddad", "short").unwrap_err();
    assert!(err.contains("password"), "{err}");
    for email in ["x@example.org", "y@example.org"] {
        assert!(store.user_by_email(email).unwrap().is_none());
    }
}

support::on_each_backend!(
    sync: guide_account_add_makes_a_guide_account_of_a_known_guide,
    seed_touch_import_and_compact,
    a_new_epoch_makes_every_cursor_resync,
    migrate_brings_the_schema_up_to_date_and_changes_nothing_after
);
