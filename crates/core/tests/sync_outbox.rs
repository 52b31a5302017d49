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
    // As a version before per-account keychain entries left a login: the token under the
    // portal's address, the account in the store.
    tokens.set(url, &Token::new("test-token-value")).unwrap();
    c.store()
        .set_state("account_user_id", Some("u-test"))
        .unwrap();
    c.store().set_state("owner", Some("u-test")).unwrap();
    // The user feed was pulled before: pulls follow it (a pull from no cursor would expect
    // the portal to send back every record, which these canned answers do not).
    c.store().set_state("user_cursor", Some("u0")).unwrap();
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
async fn a_rejected_change_is_reverted_recorded_and_never_blocks_the_queue() {
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
    let status = c.status().unwrap();
    assert_eq!((status.pending_changes, status.rejected_changes), (0, 1));
    // The change is undone on the device (the portal has no such person) and the user is told.
    assert!(c
        .store()
        .user_data()
        .get(Collection::Person, "me")
        .unwrap()
        .is_none());
    let rejected = c.rejected_changes().unwrap();
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].fields, ["name"]);
    assert!(rejected[0].reason.contains("name too long"));
    c.dismiss_rejected_changes().unwrap();
    assert_eq!(c.status().unwrap().rejected_changes, 0);
}

#[tokio::test]
async fn a_batch_the_portal_finds_too_large_is_split_until_the_one_change_at_fault_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let too_large = Canned::Full(
        413,
        "application/json",
        r#"{"code":"too_large","message":"body over the limit"}"#.to_owned(),
    );
    let health = Canned::Full(
        200,
        "application/json",
        r#"{"status":"ok","limits":{"max_request_bytes":131072,"max_mutations_per_batch":500,"max_mutation_bytes":65536,"max_note_chars":10000,"max_text_chars":1000}}"#.to_owned(),
    );
    let (url, served) = canned_server(vec![
        empty_feed(),
        too_large.clone(),
        health.clone(),
        too_large,
        health,
        Canned::Full(
            200,
            "application/json",
            r#"{"results":[{"id":2,"status":"applied"}],"last_mutation_id":2}"#.to_owned(),
        ),
        // After the rejection the user feed is pulled from no cursor: the portal has "p2".
        user_feed(&[
            r#"{"op":"record","seq":1,"collection":"person","record_id":"p2","fields":{"name":{"value":"Bo","hlc":"9999999999999-0000-other"}}}"#,
            r#"{"op":"end","cursor":"u1","has_more":false}"#,
        ]),
    ])
    .await;
    let c = logged_in(dir.path(), &url);
    person(&c, "me", "Ada");
    person(&c, "p2", "Bo");
    c.sync_now(|_| {}).await.unwrap();
    assert!(served.load(std::sync::atomic::Ordering::SeqCst) >= 7);
    let status = c.status().unwrap();
    assert_eq!((status.pending_changes, status.rejected_changes), (0, 1));
    assert_eq!(c.rejected_changes().unwrap()[0].record_id, "me");
    assert_eq!(
        c.store()
            .state("portal_max_request_bytes")
            .unwrap()
            .as_deref(),
        Some("131072")
    );
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
