//! The `welcome-portal` binary's data commands on a temporary database.

use std::process::Command;
use welcome_portal::store::{PortalStore, SqliteStore};

fn run(db: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_welcome-portal"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn seed_touch_import_and_compact() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("portal.sqlite");
    let out = run(&db, &["seed-jobs", "--count", "2000", "--seed", "7"]);
    assert!(out.contains("upserted: 2000"), "{out}");
    run(&db, &["touch-jobs", "--percent", "1", "--seed", "1"]);
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ba-jobs.json");
    let out = run(&db, &["import-ba", fixture.to_str().unwrap()]);
    assert!(out.contains("upserted: 3"), "{out}");
    let out = run(&db, &["compact"]);
    assert!(
        out.starts_with("dropped ") && !out.starts_with("dropped 0 "),
        "{out}"
    );
    let store = SqliteStore::open(&db).unwrap();
    let meta = store.feed_meta().unwrap();
    assert_eq!(meta.min_seq_kept, meta.max_seq);
    assert!(store.job_detail("10000-1201234568-S").unwrap().is_some());
}

#[test]
fn a_new_epoch_makes_every_cursor_resync() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("portal.sqlite");
    run(&db, &["seed-jobs", "--count", "10", "--seed", "3"]);
    let before = SqliteStore::open(&db).unwrap().feed_meta().unwrap().epoch;
    let out = run(&db, &["new-epoch"]);
    let after = SqliteStore::open(&db).unwrap().feed_meta().unwrap().epoch;
    assert_ne!(before, after);
    assert_eq!(out.trim(), format!("new epoch {after}"));
}
