//! The outbox: an entry leaves only on the portal's answer; a batch whose answer was lost is
//! sent again (same mutation ids, so the portal answers "duplicate" and nothing happens twice);
//! uploads failing do not stop downloads. The answers are replayed by a loopback server.

mod sync_support;

use serde_json::json;
use std::sync::Arc;
use sync_support::*;
use welcome_core::secrets::{MemoryTokenStore, Token, TokenStore};
use welcome_core::Companion;
use welcome_protocol::Collection;

const NDJSON: &str = "application/x-ndjson";

fn logged_in(dir: &std::path::Path, url: &str) -> Companion {
    let tokens = Arc::new(MemoryTokenStore::default());
    let c = Companion::open_with(dir, Box::new(tokens.clone())).unwrap();
    c.set_portal_url(url).unwrap();
    c.set_sync_options(quick_options(100)).unwrap();
    tokens.set(url, &Token::new("test-token-value")).unwrap();
    c
}

fn person(c: &Companion, id: &str, name: &str) {
    let mut f = serde_json::Map::new();
    f.insert("name".into(), json!(name));
    c.store()
        .user_data()
        .put_fields(Collection::Person, id, f)
        .unwrap();
}

fn empty_feed() -> Canned {
    Canned::Full(200, NDJSON, ndjson(&[end("c0", false)]))
}

fn user_feed(lines: &[&str]) -> Canned {
    Canned::Full(
        200,
        NDJSON,
        ndjson(&lines.iter().map(|l| (*l).to_owned()).collect::<Vec<_>>()),
    )
}

#[tokio::test]
async fn a_batch_whose_answer_was_lost_is_sent_again_and_then_removed() {
    let dir = tempfile::tempdir().unwrap();
    let answer = r#"{"results":[{"id":1,"status":"duplicate"},{"id":2,"status":"duplicate"}],"last_mutation_id":2}"#;
    let (url, served) = canned_server(vec![
        empty_feed(),
        Canned::Drop,
        Canned::Full(200, "application/json", answer.to_owned()),
        user_feed(&[r#"{"op":"end","cursor":"u0","has_more":false}"#]),
    ])
    .await;
    let c = logged_in(dir.path(), &url);
    person(&c, "me", "Ada");
    person(&c, "p2", "Bo");
    assert_eq!(c.status().unwrap().pending_changes, 2);
    let report = c.sync_now(|_| {}).await.unwrap();
    assert_eq!(served.load(std::sync::atomic::Ordering::SeqCst), 4);
    assert_eq!(report.pushed, 2);
    assert_eq!(c.status().unwrap().pending_changes, 0);
}

#[tokio::test]
async fn failing_uploads_keep_their_entries_and_downloads_still_flow() {
    let dir = tempfile::tempdir().unwrap();
    let record = r#"{"op":"record","seq":1,"collection":"person","record_id":"p9","fields":{"name":{"value":"From elsewhere","hlc":"1700000000000-0000-other"}}}"#;
    let (url, _) = canned_server(vec![
        empty_feed(),
        Canned::Drop,
        Canned::Drop,
        Canned::Drop,
        user_feed(&[record, r#"{"op":"end","cursor":"u1","has_more":false}"#]),
    ])
    .await;
    let c = logged_in(dir.path(), &url);
    person(&c, "me", "Ada");
    let err = c.sync_now(|_| {}).await.unwrap_err();
    assert_eq!(err.kind(), "network");
    // The change waits for the next sync; the download happened anyway.
    assert_eq!(c.status().unwrap().pending_changes, 1);
    let got = c
        .store()
        .user_data()
        .get(Collection::Person, "p9")
        .unwrap()
        .unwrap();
    assert_eq!(got.fields["name"], "From elsewhere");
    let attempts: i64 = c
        .store()
        .read(|conn| Ok(conn.query_row("SELECT attempts FROM outbox", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(attempts, 1);
}

#[tokio::test]
async fn a_rejected_change_leaves_the_queue_and_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let answer = r#"{"results":[{"id":1,"status":"rejected","error":{"code":"invalid","message":"name too long"}}],"last_mutation_id":1}"#;
    let (url, _) = canned_server(vec![
        empty_feed(),
        Canned::Full(200, "application/json", answer.to_owned()),
        user_feed(&[r#"{"op":"end","cursor":"u0","has_more":false}"#]),
    ])
    .await;
    let c = logged_in(dir.path(), &url);
    person(&c, "me", "Ada");
    c.sync_now(|_| {}).await.unwrap();
    assert_eq!(c.status().unwrap().pending_changes, 0);
    let rejected = c.store().state("last_rejected").unwrap().unwrap();
    assert!(rejected.contains("name too long"), "{rejected}");
}

#[tokio::test]
async fn an_expired_login_is_reported_as_unauthorized() {
    let dir = tempfile::tempdir().unwrap();
    let (url, _) = canned_server(vec![
        empty_feed(),
        Canned::Full(
            401,
            "application/json",
            r#"{"code":"unauthorized","message":"revoked"}"#.to_owned(),
        ),
    ])
    .await;
    let c = logged_in(dir.path(), &url);
    person(&c, "me", "Ada");
    let err = c.sync_now(|_| {}).await.unwrap_err();
    assert_eq!(err.kind(), "unauthorized");
    assert_eq!(c.status().unwrap().pending_changes, 1);
}
