//! The sync against the real portal in-process on loopback, with real SQLite files: a full sync
//! equals the portal's content; deltas, deletions, resyncs (compaction, new epoch, changed
//! scope) and resuming keep it equal; the user's data goes up and down exactly once.

mod sync_support;

use serde_json::json;
use std::collections::BTreeMap;
use std::sync::Arc;
use sync_support::*;
use welcome_core::secrets::{MemoryTokenStore, TokenStore};
use welcome_core::Companion;
use welcome_portal::{PortalConfig, RunningPortal};
use welcome_protocol::{Collection, JobScope};

type Content = BTreeMap<(String, String), serde_json::Value>;

async fn portal(dir: &std::path::Path) -> RunningPortal {
    welcome_portal::start(PortalConfig::for_tests(dir.join("portal.sqlite")))
        .await
        .unwrap()
}

/// The portal's content as the client would store it, optionally limited to a job scope.
fn server_content(p: &RunningPortal, scope: Option<&JobScope>, langs: &[String]) -> Content {
    let mut out = Content::new();
    for entity in p.admin().content_as_sent(langs) {
        if let welcome_protocol::Entity::Job(j) = &entity {
            if let Some(s) = scope {
                if !s.contains(j.municipality_id.as_deref(), j.lat, j.lon, &j.field) {
                    continue;
                }
            }
        }
        let kind = entity.kind().as_str().to_owned();
        let id = entity.id().to_owned();
        let value = serde_json::to_value(&entity).unwrap();
        out.insert((kind, id), value["data"].clone());
    }
    out
}

fn assert_equal(c: &Companion, p: &RunningPortal, scope: Option<&JobScope>) {
    let local = local_content(c);
    let server = server_content(p, scope, &c.content_languages());
    assert_eq!(local.len(), server.len(), "row counts differ");
    for (key, value) in &server {
        // Compare as typed JSON values: the stored text is the portal's own serialisation.
        assert_eq!(local.get(key), Some(value), "{key:?} differs");
    }
    assert_intact(c);
}

fn fts_count(c: &Companion, q: &str) -> i64 {
    c.store()
        .read(|conn| {
            Ok(conn.query_row(
                "SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH ?1",
                [q],
                |r| r.get(0),
            )?)
        })
        .unwrap()
}

/// "Mulheim" finds exactly the jobs in Mülheim an der Ruhr (diacritics folded), read on a
/// pooled reader connection as a search would.
fn assert_index_folds_diacritics(c: &Companion) {
    let in_muelheim: i64 = c
        .store()
        .read(|conn| {
            Ok(conn.query_row(
                "SELECT count(*) FROM jobs WHERE city LIKE 'Mülheim%'",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert!(in_muelheim > 0);
    assert_eq!(fts_count(c, "city:Mulheim"), in_muelheim);
}

#[tokio::test]
async fn a_full_sync_equals_the_portal_and_deltas_keep_it_equal() {
    let dir = tempfile::tempdir().unwrap();
    let p = portal(dir.path()).await;
    p.admin().seed_jobs(3000, 1).unwrap();
    let c = companion(&dir.path().join("client"), &p.base_url);
    c.set_sync_options(quick_options(700)).unwrap();
    let pages = std::sync::atomic::AtomicU64::new(0);
    let first = c
        .sync_now(|p| {
            pages.fetch_max(p.pages, std::sync::atomic::Ordering::SeqCst);
        })
        .await
        .unwrap();
    assert!(pages.load(std::sync::atomic::Ordering::SeqCst) >= 5);
    assert_eq!(first.jobs_added, 3000);
    assert_equal(&c, &p, None);
    let jobs = c.status().unwrap().job_count;
    assert_eq!(jobs, 3000);
    // The full-text index was built after the first sync and covers every job.
    let total: i64 = c
        .store()
        .read(|conn| Ok(conn.query_row("SELECT count(*) FROM jobs_fts", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(total, 3000);
    // Diacritics are folded: "Mulheim" finds the jobs in Mülheim an der Ruhr.
    assert_index_folds_diacritics(&c);

    // A 1 % delta changes about 30 rows and keeps the index current.
    p.admin().touch_jobs(1.0, 2).unwrap();
    let delta = c.sync_now(|_| {}).await.unwrap();
    assert!(
        delta.items_applied >= 20 && delta.items_applied <= 40,
        "{delta:?}"
    );
    assert!(delta.bytes < first.bytes / 20, "{delta:?}");
    // `touch_jobs` also deletes a tenth as many ads as it changes and publishes as many new.
    assert_eq!(delta.jobs_added, 3);
    assert_equal(&c, &p, None);
    // Searches on the pooled reader connections see the index as the delta left it.
    assert_index_folds_diacritics(&c);

    // An empty sync is one request.
    let empty = c.sync_now(|_| {}).await.unwrap();
    assert_eq!((empty.requests, empty.items_applied), (1, 0));
    p.shutdown().await;
}

#[tokio::test]
async fn deletions_remove_rows_and_their_index_entries() {
    let dir = tempfile::tempdir().unwrap();
    let p = portal(dir.path()).await;
    p.admin().seed_jobs(500, 3).unwrap();
    let c = companion(&dir.path().join("client"), &p.base_url);
    c.sync_now(|_| {}).await.unwrap();
    let gone: Vec<String> = local_content(&c)
        .keys()
        .filter(|(k, _)| k == "job")
        .take(5)
        .map(|(_, id)| id.clone())
        .collect();
    for id in &gone {
        p.admin().delete_job(id).unwrap();
    }
    c.sync_now(|_| {}).await.unwrap();
    assert_equal(&c, &p, None);
    assert_eq!(c.status().unwrap().job_count, 495);
    let in_index: i64 = c
        .store()
        .read(|conn| Ok(conn.query_row("SELECT count(*) FROM jobs_fts", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(in_index, 495);
    p.shutdown().await;
}

#[tokio::test]
async fn compaction_and_a_new_epoch_resync_and_sweep_what_the_portal_no_longer_has() {
    let dir = tempfile::tempdir().unwrap();
    let p = portal(dir.path()).await;
    p.admin().seed_jobs(800, 4).unwrap();
    let c = companion(&dir.path().join("client"), &p.base_url);
    c.set_sync_options(quick_options(300)).unwrap();
    c.sync_now(|_| {}).await.unwrap();

    // Deleted on the portal and the tombstones compacted away: only a resync can notice.
    let ids: Vec<String> = local_content(&c)
        .keys()
        .filter(|(k, _)| k == "job")
        .take(7)
        .map(|(_, id)| id.clone())
        .collect();
    for id in &ids {
        p.admin().delete_job(id).unwrap();
    }
    p.admin().touch_jobs(2.0, 5).unwrap();
    p.admin().compact_tombstones().unwrap();
    let report = c.sync_now(|_| {}).await.unwrap();
    assert!(report.resynced);
    assert_equal(&c, &p, None);

    // A restored portal (new epoch) is resynced as well.
    p.admin().new_epoch().unwrap();
    let report = c.sync_now(|_| {}).await.unwrap();
    assert!(report.resynced);
    assert_equal(&c, &p, None);
    let again = c.sync_now(|_| {}).await.unwrap();
    assert!(!again.resynced);
    p.shutdown().await;
}

#[tokio::test]
async fn a_changed_job_scope_resyncs_to_the_new_scope() {
    let dir = tempfile::tempdir().unwrap();
    let p = portal(dir.path()).await;
    p.admin().seed_jobs(1500, 6).unwrap();
    let c = companion(&dir.path().join("client"), &p.base_url);
    c.sync_now(|_| {}).await.unwrap();
    let scope = JobScope {
        municipalities: vec!["essen".into(), "bochum".into()],
        ..JobScope::default()
    };
    c.set_job_scope(&scope).unwrap();
    let report = c.sync_now(|_| {}).await.unwrap();
    assert!(report.resynced);
    assert_equal(&c, &p, Some(&scope));
    let n = c.status().unwrap().job_count;
    assert!(n > 0 && n < 1500, "{n}");
    // Back to everything.
    c.set_job_scope(&JobScope::everything()).unwrap();
    c.sync_now(|_| {}).await.unwrap();
    assert_equal(&c, &p, None);
    p.shutdown().await;
}

#[tokio::test]
async fn an_interrupted_first_sync_resumes_from_its_last_page() {
    let dir = tempfile::tempdir().unwrap();
    let p = portal(dir.path()).await;
    p.admin().seed_jobs(2000, 8).unwrap();
    // The third feed page's answer is lost.
    let (proxy, dropped) = lossy_proxy(p.base_url.clone(), "/v1/feed", 2, 1).await;
    let c = companion(&dir.path().join("client"), &proxy);
    c.set_sync_options(quick_options(500)).unwrap();
    let err = c.sync_now(|_| {}).await.unwrap_err();
    assert_eq!(dropped.load(std::sync::atomic::Ordering::SeqCst), 1);
    assert!(matches!(err.kind(), "network" | "bad_response"), "{err}");
    assert!(c.status().unwrap().cursor_present);
    // Exactly the two committed pages are in the cache: usable before the index exists.
    assert_eq!(local_content(&c).len(), 1000);
    assert_intact(&c);
    let total = server_content(&p, None, &[]).len() as u64;
    let report = c.sync_now(|_| {}).await.unwrap();
    // It went on from page 3 instead of starting over.
    assert_eq!(report.requests, total.div_ceil(500) - 2);
    assert!(!report.resynced);
    assert_equal(&c, &p, None);
    p.shutdown().await;
}

#[tokio::test]
async fn user_data_goes_up_once_and_reaches_a_second_device() {
    let dir = tempfile::tempdir().unwrap();
    let p = portal(dir.path()).await;
    let tokens = Arc::new(MemoryTokenStore::default());
    let a = Companion::open_with(&dir.path().join("a"), Box::new(tokens.clone())).unwrap();
    a.set_portal_url(&p.base_url).unwrap();
    a.register("ada@example.org", "correct horse battery")
        .await
        .unwrap();
    let mut f = serde_json::Map::new();
    f.insert("status".into(), json!("done"));
    f.insert("note".into(), json!("from a"));
    a.store()
        .user_data()
        .put_fields(Collection::ItemProgress, "me:anmeldung", f)
        .unwrap();
    let r = a.sync_now(|_| {}).await.unwrap();
    assert_eq!(r.pushed, 1);
    assert_eq!(a.status().unwrap().pending_changes, 0);

    let b = companion(&dir.path().join("b"), &p.base_url);
    b.login("ada@example.org", "correct horse battery")
        .await
        .unwrap();
    b.sync_now(|_| {}).await.unwrap();
    let got = b
        .store()
        .user_data()
        .get(Collection::ItemProgress, "me:anmeldung")
        .unwrap()
        .unwrap();
    assert_eq!(got.fields["status"], "done");
    assert_eq!(got.fields["note"], "from a");

    // Concurrent note edits on both devices: both versions survive.
    let note = |v: &str| {
        let mut m = serde_json::Map::new();
        m.insert("note".into(), json!(v));
        m
    };
    a.store()
        .user_data()
        .put_fields(Collection::ItemProgress, "me:anmeldung", note("edit a"))
        .unwrap();
    b.store()
        .user_data()
        .put_fields(Collection::ItemProgress, "me:anmeldung", note("edit b"))
        .unwrap();
    a.sync_now(|_| {}).await.unwrap();
    b.sync_now(|_| {}).await.unwrap();
    a.sync_now(|_| {}).await.unwrap();
    let ra = a
        .store()
        .user_data()
        .get(Collection::ItemProgress, "me:anmeldung")
        .unwrap()
        .unwrap();
    let rb = b
        .store()
        .user_data()
        .get(Collection::ItemProgress, "me:anmeldung")
        .unwrap()
        .unwrap();
    assert_eq!(ra, rb);
    let mut versions = vec![ra.fields["note"].clone(), ra.conflicts["note"].clone()];
    versions.sort_by_key(|v| v.to_string());
    assert_eq!(versions, vec![json!("edit a"), json!("edit b")]);

    // The token is in the token store only (one entry per portal, data folder and account):
    // not in the database, its WAL, or Debug output.
    let key = format!(
        "{}#{}#{}",
        p.base_url,
        a.store().client_id(),
        a.data_owner().unwrap().unwrap()
    );
    let token = tokens.get(&key).unwrap().unwrap();
    for name in ["companion.sqlite", "companion.sqlite-wal"] {
        let path = dir.path().join("a").join(name);
        if let Ok(bytes) = std::fs::read(&path) {
            assert!(
                !bytes
                    .windows(token.expose().len())
                    .any(|w| w == token.expose().as_bytes()),
                "token found in {name}"
            );
        }
    }
    assert!(!format!("{a:?} {token:?}").contains(token.expose()));

    // Logging out revokes the token on the portal and removes it locally.
    a.logout(true).await.unwrap();
    assert!(!a.status().unwrap().logged_in);
    assert!(tokens.get(&key).unwrap().is_none());
    p.shutdown().await;
}

#[tokio::test]
async fn a_batch_whose_answer_was_lost_is_retried_without_double_effect() {
    let dir = tempfile::tempdir().unwrap();
    let p = portal(dir.path()).await;
    let (proxy, dropped) = lossy_proxy(p.base_url.clone(), "/v1/me/mutations", 0, 1).await;
    let c = companion(&dir.path().join("a"), &proxy);
    c.set_sync_options(quick_options(1000)).unwrap();
    c.register("bob@example.org", "correct horse battery")
        .await
        .unwrap();
    for i in 0..3 {
        let mut f = serde_json::Map::new();
        f.insert("name".into(), json!(format!("Person {i}")));
        c.store()
            .user_data()
            .put_fields(Collection::Person, &format!("p{i}"), f)
            .unwrap();
    }
    let report = c.sync_now(|_| {}).await.unwrap();
    assert_eq!(dropped.load(std::sync::atomic::Ordering::SeqCst), 1);
    // The retry was answered "duplicate" for every mutation, and the queue is empty.
    assert_eq!(report.pushed, 3);
    assert_eq!(c.status().unwrap().pending_changes, 0);
    // A second device sees each record once, with its value.
    let b = companion(&dir.path().join("b"), &p.base_url);
    b.login("bob@example.org", "correct horse battery")
        .await
        .unwrap();
    b.sync_now(|_| {}).await.unwrap();
    let people = b.store().user_data().list(Collection::Person).unwrap();
    assert_eq!(people.len(), 3);
    p.shutdown().await;
}

/// The columns the filters read and the text the search reads, as the device holds them.
fn stored_job(c: &Companion, id: &str) -> (String, Option<String>, i64, String) {
    c.store()
        .read(|conn| {
            Ok(conn.query_row(
                "SELECT title, municipality_id, \
                 (SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH 'title:\"' || replace(j.title, '\"', '') || '\"' AND rowid = j.rowid), \
                 field FROM jobs j WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )?)
        })
        .unwrap()
}

#[tokio::test]
async fn a_changed_ad_is_found_by_its_new_text_and_filtered_by_its_new_place() {
    let dir = tempfile::tempdir().unwrap();
    let p = portal(dir.path()).await;
    let c = companion(&dir.path().join("client"), &p.base_url);
    let mut text_only = p.admin().generated_job(11).unwrap().summary;
    let mut moved = p.admin().generated_job(12).unwrap().summary;
    moved.id = format!("{}-moved", moved.id);
    for j in [&text_only, &moved] {
        p.admin()
            .upsert_raw_job(&j.id, &serde_json::to_string(j).unwrap())
            .unwrap();
    }
    c.sync_now(|_| {}).await.unwrap();
    // One ad changes its words only, the other its town and field too.
    text_only.title = "Pflegefachkraft Nachtdienst Zweitfassung".into();
    moved.title = "Lagerlogistik Umzugsfassung".into();
    moved.municipality_id = Some("bottrop".into());
    moved.city = "Bottrop".into();
    moved.field = "logistics".into();
    for j in [&text_only, &moved] {
        p.admin()
            .upsert_raw_job(&j.id, &serde_json::to_string(j).unwrap())
            .unwrap();
    }
    let delta = c.sync_now(|_| {}).await.unwrap();
    assert_eq!(delta.items_applied, 2, "{delta:?}");
    let (title, town, indexed, _) = stored_job(&c, &text_only.id);
    assert_eq!(title, text_only.title);
    assert_eq!(town, text_only.municipality_id);
    assert_eq!(indexed, 1, "the new words are in the search index");
    let (title, town, indexed, field) = stored_job(&c, &moved.id);
    assert_eq!(
        (title.as_str(), town.as_deref(), field.as_str()),
        (moved.title.as_str(), Some("bottrop"), "logistics")
    );
    assert_eq!(indexed, 1);
    assert_eq!(fts_count(&c, "title:Zweitfassung"), 1);
    assert_eq!(fts_count(&c, "title:Umzugsfassung"), 1);
    assert_intact(&c);
    p.shutdown().await;
}
