//! Store tests over real files in a temporary folder.

use super::*;
use serde_json::{json, Map, Value};
use welcome_protocol::user_data::{Collection, FieldValue, Hlc};

fn fields(v: Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap_or_default()
}

#[test]
fn migrates_to_the_latest_version_and_refuses_a_newer_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite");
    let store = Store::open(&path).unwrap();
    let v: u32 = store
        .read(|c| Ok(c.query_row("PRAGMA user_version", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(v, SCHEMA_VERSION);
    drop(store);
    // Reopening is a no-op.
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(&format!("PRAGMA user_version = {}", SCHEMA_VERSION + 1))
        .unwrap();
    drop(conn);
    match Store::open(&path) {
        Err(crate::Error::DatabaseTooNew { found, supported }) => {
            assert_eq!((found, supported), (SCHEMA_VERSION + 1, SCHEMA_VERSION));
        }
        other => panic!("expected DatabaseTooNew, got {other:?}"),
    }
}

#[test]
fn fts_folds_diacritics() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s.sqlite")).unwrap();
    store
        .write(|tx| {
            tx.execute_batch(
                "INSERT INTO jobs (id, seq, generation, first_seen_run, title, occupation, field, employer,
                   municipality_id, city, postcode, lat, lon, working_time, offer_type, published, modified, data)
                 VALUES ('1', 1, 1, 1, 'Koch', 'Koch', 'food', 'Gasthaus', 'muelheim', 'Mülheim an der Ruhr',
                   '45468', 51.4, 6.9, 1, 'job', '2026-11-01', '2026-11-01T00:00:00Z', '{}');
                 INSERT INTO jobs_fts(jobs_fts) VALUES ('rebuild');",
            )?;
            Ok(())
        })
        .unwrap();
    let n: i64 = store
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH 'Mulheim'",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn put_fields_writes_the_record_and_its_outbox_entry() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s.sqlite")).unwrap();
    let ud = store.user_data();
    ud.put_fields(
        Collection::ItemProgress,
        "me:anmeldung",
        fields(json!({"status": "done", "note": "a"})),
    )
    .unwrap();
    ud.put_fields(
        Collection::ItemProgress,
        "me:anmeldung",
        fields(json!({"note": "b"})),
    )
    .unwrap();
    ud.put_fields(
        Collection::ItemProgress,
        "you:visa",
        fields(json!({"status": "missing"})),
    )
    .unwrap();
    let r = ud
        .get(Collection::ItemProgress, "me:anmeldung")
        .unwrap()
        .unwrap();
    assert_eq!(r.fields["status"], "done");
    assert_eq!(r.fields["note"], "b");
    assert_eq!(
        ud.list_prefix(Collection::ItemProgress, "me:")
            .unwrap()
            .len(),
        1
    );
    assert_eq!(ud.list(Collection::ItemProgress).unwrap().len(), 2);
    assert_eq!(ud.pending_changes().unwrap(), 3);
    // The second note edit names the clock it started from.
    let changes: Vec<(i64, String)> = store
        .read(|c| {
            let mut s = c.prepare("SELECT mutation_id, change FROM outbox ORDER BY mutation_id")?;
            let rows = s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .unwrap();
    assert_eq!(
        changes.iter().map(|c| c.0).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    assert!(
        changes[1].1.contains("\"base\":{\"note\""),
        "{}",
        changes[1].1
    );

    ud.delete(Collection::ItemProgress, "you:visa").unwrap();
    assert!(ud
        .get(Collection::ItemProgress, "you:visa")
        .unwrap()
        .is_none());
    // Mutation ids are never reused, even after the queue empties.
    store
        .write(|tx| Ok(tx.execute("DELETE FROM outbox", [])?))
        .unwrap();
    ud.put_fields(Collection::Person, "me", fields(json!({"name": "A"})))
        .unwrap();
    let id: i64 = store
        .read(|c| Ok(c.query_row("SELECT mutation_id FROM outbox", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(id, 5);
}

#[test]
fn merging_keeps_the_higher_clock_per_field_and_shows_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s.sqlite")).unwrap();
    let ud = store.user_data();
    ud.put_fields(
        Collection::SavedJob,
        "j1",
        fields(json!({"note": "mine", "title": "T"})),
    )
    .unwrap();
    let old = Hlc::new(1, 0, "other");
    let new = Hlc::new(9_999_999_999_999, 0, "other");
    let mut remote = std::collections::BTreeMap::new();
    remote.insert(
        "title".to_owned(),
        FieldValue {
            value: json!("old title"),
            hlc: old,
        },
    );
    remote.insert(
        "note".to_owned(),
        FieldValue {
            value: json!("theirs"),
            hlc: new.clone(),
        },
    );
    remote.insert(
        "note_conflict".to_owned(),
        FieldValue {
            value: json!("mine"),
            hlc: new.clone(),
        },
    );
    store
        .write(|tx| {
            user_data::merge_remote(
                tx,
                "",
                Collection::SavedJob,
                "j1",
                remote,
                None,
                user_data::MergeMode::Follow,
            )
        })
        .unwrap();
    let r = ud.get(Collection::SavedJob, "j1").unwrap().unwrap();
    assert_eq!(r.fields["title"], "T");
    assert_eq!(r.fields["note"], "theirs");
    assert_eq!(r.conflicts["note"], "mine");
    // A later deletion from elsewhere removes the record.
    let gone = Hlc::new(9_999_999_999_999, 1, "other");
    store
        .write(|tx| {
            user_data::merge_remote(
                tx,
                "",
                Collection::SavedJob,
                "j1",
                Default::default(),
                Some(gone.clone()),
                user_data::MergeMode::Follow,
            )
        })
        .unwrap();
    assert!(ud.get(Collection::SavedJob, "j1").unwrap().is_none());
    // After the clock has seen the deletion, a new local write wins over it.
    store.clock().observe(&gone);
    ud.put_fields(
        Collection::SavedJob,
        "j1",
        fields(json!({"title": "again"})),
    )
    .unwrap();
    assert_eq!(
        ud.get(Collection::SavedJob, "j1").unwrap().unwrap().fields["title"],
        "again"
    );
}

#[test]
fn readers_run_in_parallel_threads() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s.sqlite")).unwrap();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..50 {
                    store
                        .read(|c| {
                            Ok(c.query_row("SELECT count(*) FROM jobs", [], |r| {
                                r.get::<_, i64>(0)
                            })?)
                        })
                        .unwrap();
                }
            });
        }
    });
}
