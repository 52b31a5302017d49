//! The store's own rules, the same on both backends: rate-limit windows, sequence numbers
//! across compaction, repeated keys in one write, and a schema from a newer build.

mod support;

use std::time::Duration;
use support::Backend;
use welcome_portal::limits::{count, Bucket, Rate};
use welcome_portal::store::{Attempt, ContentRow, Database, PortalStore, SOURCE_ADMIN};

fn row(id: &str, version: u32) -> ContentRow {
    ContentRow {
        kind: "guide",
        id: id.into(),
        payload: format!(r#"{{"id":"{id}","v":{version}}}"#),
        detail: None,
        municipality_id: None,
        lat: None,
        lon: None,
        field: None,
    }
}

fn a_full_window_refuses_with_the_time_left_and_a_reset_reopens_it(backend: Backend) {
    let store = backend.store();
    let rate = Rate::new(2, Duration::from_secs(600));
    let b = Bucket::LoginAccount;
    count(&*store, b, "a@example.org", rate).unwrap();
    count(&*store, b, "a@example.org", rate).unwrap();
    let e = count(&*store, b, "a@example.org", rate).unwrap_err();
    assert_eq!(e.code, welcome_protocol::ApiErrorCode::RateLimited);
    let secs = e.retry_after.unwrap();
    assert!((599..=600).contains(&secs), "{secs}");
    // Other keys and other buckets count on their own.
    count(&*store, b, "b@example.org", rate).unwrap();
    count(&*store, Bucket::LoginAddress, "a@example.org", rate).unwrap();
    store.reset_attempts(b.name(), "a@example.org").unwrap();
    count(&*store, b, "a@example.org", rate).unwrap();
}

fn a_window_ends_and_counting_starts_again(backend: Backend) {
    let store = backend.store();
    let (bucket, key) = (Bucket::RegisterAddress.name(), "127.0.0.1");
    assert_eq!(
        store.count_attempt(bucket, key, 1, 1_000, 10_000).unwrap(),
        Attempt::Allowed
    );
    assert_eq!(
        store.count_attempt(bucket, key, 1, 1_000, 10_999).unwrap(),
        Attempt::Limited { until_ms: 11_000 }
    );
    assert_eq!(
        store.count_attempt(bucket, key, 1, 1_000, 11_000).unwrap(),
        Attempt::Allowed
    );
    // A limit of zero refuses everything.
    assert!(matches!(
        store
            .count_attempt(bucket, "other", 0, 1_000, 10_000)
            .unwrap(),
        Attempt::Limited { .. }
    ));
}

/// Attempts counted at once from many threads (each with its own connection on PostgreSQL)
/// let exactly `max` through.
fn concurrent_attempts_are_counted_exactly(backend: Backend) {
    let store = backend.store();
    let store: &dyn PortalStore = &*store;
    let allowed: usize = std::thread::scope(|s| {
        let threads: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    (0..25)
                        .filter(|_| {
                            store.count_attempt("b", "k", 30, 60_000, 1_000).unwrap()
                                == Attempt::Allowed
                        })
                        .count()
                })
            })
            .collect();
        threads.into_iter().map(|t| t.join().unwrap()).sum()
    });
    assert_eq!(allowed, 30);
}

fn sequence_numbers_never_repeat_after_compaction(backend: Backend) {
    let s = backend.store();
    s.write_content(&[row("a", 1), row("b", 1)], SOURCE_ADMIN, false)
        .unwrap();
    s.delete_content("guide", &["b".into()]).unwrap();
    let before = s.feed_meta().unwrap().max_seq;
    assert_eq!(s.compact_tombstones().unwrap(), 1);
    s.write_content(&[row("c", 1)], SOURCE_ADMIN, false)
        .unwrap();
    let meta = s.feed_meta().unwrap();
    assert_eq!(
        (meta.max_seq, meta.min_seq_kept, meta.generation),
        (before + 1, before, 1)
    );
}

/// A key given twice in one write is written twice, in order; the same row again is unchanged,
/// and a tombstone of a key that is gone or given twice takes no number.
fn writes_apply_in_the_order_given(backend: Backend) {
    let s = backend.store();
    let stats = s
        .write_content(
            &[row("a", 1), row("a", 2), row("a", 2)],
            SOURCE_ADMIN,
            false,
        )
        .unwrap();
    assert_eq!((stats.upserted, stats.unchanged), (2, 1));
    assert_eq!(s.live_content().unwrap()[0].1, r#"{"id":"a","v":2}"#);
    assert_eq!(s.feed_meta().unwrap().max_seq, 2);
    assert_eq!(
        s.delete_content("guide", &["a".into(), "a".into(), "zz".into()])
            .unwrap(),
        1
    );
    assert_eq!(s.feed_meta().unwrap().max_seq, 3);
    // Replacing a source tombstones what the new rows leave out.
    s.write_content(&[row("x", 1), row("y", 1)], "content", true)
        .unwrap();
    let stats = s.write_content(&[row("y", 1)], "content", true).unwrap();
    assert_eq!((stats.upserted, stats.unchanged, stats.deleted), (0, 1, 1));
    let mut deleted = Vec::new();
    s.feed_page(0, &mut |r| {
        if r.deleted {
            deleted.push(r.id.clone());
        }
        true
    })
    .unwrap();
    assert_eq!(deleted, ["a", "x"]);
}

fn a_database_from_a_newer_build_is_refused(backend: Backend) {
    let test_db = backend.test_db();
    let epoch = test_db.database.open().unwrap().feed_meta().unwrap().epoch;
    // Reopening keeps the epoch (made once, at creation).
    assert_eq!(
        test_db.database.open().unwrap().feed_meta().unwrap().epoch,
        epoch
    );
    match &test_db.database {
        Database::Sqlite(path) => rusqlite::Connection::open(path)
            .unwrap()
            .pragma_update(None, "user_version", 999)
            .unwrap(),
        Database::Postgres(url) => {
            postgres::Client::connect(url, postgres::NoTls)
                .unwrap()
                .batch_execute("UPDATE portal_schema SET version = 999")
                .unwrap();
        }
    }
    let err = test_db.database.open().err().unwrap().to_string();
    assert!(err.contains("newer"), "{err}");
}

support::on_each_backend!(
    sync: a_full_window_refuses_with_the_time_left_and_a_reset_reopens_it,
    a_window_ends_and_counting_starts_again,
    concurrent_attempts_are_counted_exactly,
    sequence_numbers_never_repeat_after_compaction,
    writes_apply_in_the_order_given,
    a_database_from_a_newer_build_is_refused
);
