//! Feed correctness with many writers: threads write content and mutation batches through one
//! store at once while readers page through the feeds, and every reader ends up having seen
//! every committed change. Each write makes a key that no later write touches again (or deletes
//! one), so a change a reader skipped stays missing from its copy and the comparison finds it.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};
use support::Backend;
use welcome_portal::store::{ContentRow, PortalStore, SOURCE_ADMIN};
use welcome_protocol::{Collection, Hlc, Mutation, MutationBatch, RecordChange};

const CONTENT_WRITERS: usize = 3;
const BATCHES: usize = 30;
const ROWS_PER_BATCH: usize = 20;
const USERS: usize = 2;
const CLIENTS_PER_USER: usize = 2;
const MUTATIONS_PER_BATCH: usize = 10;
const READERS: usize = 2;
/// Small pages, so readers take many steps while the writers run.
const PAGE: usize = 7;

fn row(id: &str, version: usize) -> ContentRow {
    ContentRow {
        kind: "guide",
        id: id.to_owned(),
        payload: format!(r#"{{"id":"{id}","v":{version}}}"#),
        detail: None,
        municipality_id: None,
        lat: None,
        lon: None,
        field: None,
    }
}

/// Writer `w`'s batch `b`: new rows, and a delete of one row of its previous batch.
fn write_content(store: &dyn PortalStore, w: usize, b: usize) {
    let rows: Vec<ContentRow> = (0..ROWS_PER_BATCH)
        .map(|i| row(&format!("w{w}-b{b}-r{i}"), b))
        .collect();
    store.write_content(&rows, SOURCE_ADMIN, false).unwrap();
    if b > 0 {
        store
            .delete_content("guide", &[format!("w{w}-b{}-r0", b - 1)])
            .unwrap();
    }
}

fn mutation_batch(user: usize, client: usize, b: usize) -> MutationBatch {
    let mutations = (0..MUTATIONS_PER_BATCH)
        .map(|i| {
            let id = (b * MUTATIONS_PER_BATCH + i + 1) as u64;
            let record_id = format!("c{client}-b{b}-m{i}");
            let hlc = Hlc::new(1_700_000_000_000 + id, 0, &format!("n{client}"));
            let change = if i == 0 && b > 0 {
                // Deletes a record of the previous batch (by its own record id).
                return Mutation {
                    id,
                    collection: Collection::Person,
                    record_id: format!("c{client}-b{}-m1", b - 1),
                    hlc,
                    change: RecordChange::Delete,
                };
            } else {
                RecordChange::Set {
                    fields: BTreeMap::from([("name".to_owned(), serde_json::json!(record_id))]),
                    base: BTreeMap::new(),
                }
            };
            Mutation {
                id,
                collection: Collection::Person,
                record_id,
                hlc,
                change,
            }
        })
        .collect();
    MutationBatch {
        client_id: format!("client-{user}-{client}"),
        mutations,
    }
}

fn user_id(user: usize) -> String {
    format!("u-writer-{user}")
}

/// A reader's copy of the content feed: key → deleted?
#[derive(Default)]
struct ContentCopy {
    cursor: u64,
    rows: BTreeMap<String, bool>,
    pages: usize,
}

impl ContentCopy {
    /// One page; true when it was the last for now.
    fn step(&mut self, store: &dyn PortalStore) -> bool {
        let mut n = 0;
        let mut seen = Vec::new();
        let end = store
            .feed_page(self.cursor, &mut |r| {
                if n == PAGE {
                    return false;
                }
                n += 1;
                seen.push((r.seq, r.id.clone(), r.deleted));
                true
            })
            .unwrap();
        for (seq, id, deleted) in seen {
            assert!(seq > self.cursor, "sequence order");
            self.cursor = seq;
            self.rows.insert(id, deleted);
        }
        assert_eq!(end.last_seq, self.cursor);
        self.pages += 1;
        end.remaining == 0
    }
}

/// A reader's copy of a user's feed: record id → deleted?
#[derive(Default)]
struct UserCopy {
    cursor: u64,
    records: BTreeMap<String, bool>,
}

impl UserCopy {
    fn step(&mut self, store: &dyn PortalStore, user: &str) -> bool {
        let page = store
            .user_feed_page(user, &mut |_| Some(self.cursor), PAGE)
            .unwrap()
            .unwrap();
        for r in &page.rows {
            assert!(r.seq > self.cursor, "sequence order");
            self.cursor = r.seq;
            let fields: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&r.fields).unwrap();
            self.records.insert(
                r.record_id.clone(),
                r.deleted.is_some() && fields.is_empty(),
            );
        }
        !page.has_more
    }
}

fn every_reader_sees_every_committed_change(backend: Backend) {
    let store = backend.store();
    let store: &dyn PortalStore = &*store;
    let writing = AtomicBool::new(true);
    let (content_copies, user_copies) = std::thread::scope(|s| {
        let readers: Vec<_> = (0..READERS)
            .map(|_| {
                s.spawn(|| {
                    let mut copy = ContentCopy::default();
                    while writing.load(Ordering::Acquire) {
                        copy.step(store);
                    }
                    // The writers are done: catch up once more.
                    while !copy.step(store) {}
                    copy
                })
            })
            .collect();
        let user_readers: Vec<_> = (0..USERS * READERS)
            .map(|i| {
                let writing = &writing;
                s.spawn(move || {
                    let user = user_id(i % USERS);
                    let mut copy = UserCopy::default();
                    while writing.load(Ordering::Acquire) {
                        copy.step(store, &user);
                    }
                    while !copy.step(store, &user) {}
                    (i % USERS, copy)
                })
            })
            .collect();
        let writers: Vec<_> = (0..CONTENT_WRITERS)
            .map(|w| s.spawn(move || (0..BATCHES).for_each(|b| write_content(store, w, b))))
            .chain((0..USERS * CLIENTS_PER_USER).map(|i| {
                s.spawn(move || {
                    let (user, client) = (i / CLIENTS_PER_USER, i % CLIENTS_PER_USER);
                    for b in 0..BATCHES {
                        let r = store
                            .apply_mutations(&user_id(user), &mutation_batch(user, client, b))
                            .unwrap();
                        assert_eq!(r.last_mutation_id, ((b + 1) * MUTATIONS_PER_BATCH) as u64);
                    }
                })
            }))
            .collect();
        for w in writers {
            w.join().unwrap();
        }
        writing.store(false, Ordering::Release);
        (
            readers
                .into_iter()
                .map(|r| r.join().unwrap())
                .collect::<Vec<_>>(),
            user_readers
                .into_iter()
                .map(|r| r.join().unwrap())
                .collect::<Vec<_>>(),
        )
    });

    // What the writers committed, computed independently of the store.
    let mut content = BTreeMap::new();
    for w in 0..CONTENT_WRITERS {
        for b in 0..BATCHES {
            for i in 0..ROWS_PER_BATCH {
                content.insert(format!("w{w}-b{b}-r{i}"), false);
            }
            if b > 0 {
                content.insert(format!("w{w}-b{}-r0", b - 1), true);
            }
        }
    }
    for copy in &content_copies {
        assert!(copy.pages > 1);
        assert_eq!(copy.rows, content, "a content reader missed changes");
    }
    let live: BTreeSet<String> = content
        .iter()
        .filter(|(_, deleted)| !**deleted)
        .map(|(k, _)| k.clone())
        .collect();
    assert_eq!(store.live_content().unwrap().len(), live.len());

    for (user, copy) in &user_copies {
        let mut records = BTreeMap::new();
        for client in 0..CLIENTS_PER_USER {
            for b in 0..BATCHES {
                // The first mutation of every batch but the first is the delete.
                for i in usize::from(b > 0)..MUTATIONS_PER_BATCH {
                    records.insert(format!("c{client}-b{b}-m{i}"), false);
                }
                if b > 0 {
                    records.insert(format!("c{client}-b{}-m1", b - 1), true);
                }
            }
        }
        assert_eq!(
            copy.records, records,
            "a reader of user {user} missed changes"
        );
    }
}

support::on_each_backend!(sync: every_reader_sees_every_committed_change);
