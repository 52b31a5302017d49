//! Bad answers (server errors, timeouts, cut-off and malformed pages) leave the cache exactly as
//! it was and report a clear error kind. The answers are replayed by a tiny loopback server in
//! our own feed format.

mod sync_support;

use sync_support::*;

const NDJSON: &str = "application/x-ndjson";

fn good_page() -> String {
    ndjson(&[
        upsert_municipality(1, "essen", "Essen"),
        upsert_job(2, "j1", "Koch"),
        upsert_job(3, "j2", "Pflegefachkraft"),
        end("c3", false),
    ])
}

/// Syncs once against a good page, then against `bad`, and checks the cache did not change.
async fn bad_answer_leaves_cache(bad: Canned, expected_kind: &str) {
    let dir = tempfile::tempdir().unwrap();
    let (url, _) = canned_server(vec![Canned::Full(200, NDJSON, good_page()), bad]).await;
    let c = companion(dir.path(), &url);
    c.set_sync_options(quick_options(100)).unwrap();
    let report = c.sync_now(|_| {}).await.unwrap();
    assert_eq!(report.jobs_added, 2);
    let before = snapshot(&c);
    assert_eq!(before.jobs.len(), 2);
    assert_eq!(before.fts_rows, 2);
    let err = c.sync_now(|_| {}).await.unwrap_err();
    assert_eq!(err.kind(), expected_kind, "{err}");
    assert_eq!(snapshot(&c), before);
    let status = c.status().unwrap();
    assert_eq!(status.last_error_kind.as_deref(), Some(expected_kind));
    assert!(status.last_success.is_some());
}

#[tokio::test]
async fn a_page_without_its_end_line_is_discarded() {
    let page = ndjson(&[upsert_job(4, "j1", "Changed"), upsert_job(5, "j9", "New")]);
    bad_answer_leaves_cache(Canned::Full(200, NDJSON, page), "bad_response").await;
}

#[tokio::test]
async fn a_malformed_line_discards_the_page() {
    let page = ndjson(&[
        upsert_job(4, "j1", "Changed"),
        r#"{"op":"upsert","seq":5,"kind":"job","data":{"id":"#.to_owned(),
        end("c5", false),
    ]);
    bad_answer_leaves_cache(Canned::Full(200, NDJSON, page), "bad_response").await;
}

#[tokio::test]
async fn a_job_missing_required_fields_discards_the_page() {
    let page = ndjson(&[
        upsert_job(4, "j1", "Changed"),
        r#"{"op":"upsert","seq":5,"kind":"job","data":{"id":"j7","title":"x"}}"#.to_owned(),
        end("c5", false),
    ]);
    bad_answer_leaves_cache(Canned::Full(200, NDJSON, page), "bad_response").await;
}

#[tokio::test]
async fn a_connection_cut_mid_body_is_discarded() {
    let page = ndjson(&[upsert_job(4, "j1", "Changed"), upsert_job(5, "j9", "New")]);
    let promised = page.len() + 500;
    bad_answer_leaves_cache(Canned::CutOff(page, promised), "bad_response").await;
}

#[tokio::test]
async fn a_stalled_answer_times_out_as_a_network_error() {
    bad_answer_leaves_cache(Canned::Stall, "network").await;
}

#[tokio::test]
async fn a_server_error_is_reported_with_its_code() {
    let body = r#"{"code":"internal","message":"database on fire"}"#.to_owned();
    bad_answer_leaves_cache(Canned::Full(500, "application/json", body), "portal").await;
}

#[tokio::test]
async fn a_gateway_page_that_is_not_json_is_a_portal_error() {
    let body = "<html>502 Bad Gateway</html>".to_owned();
    bad_answer_leaves_cache(Canned::Full(502, "text/html", body), "portal").await;
}

#[tokio::test]
async fn an_unreachable_portal_is_a_network_error() {
    let dir = tempfile::tempdir().unwrap();
    // Bind and drop: nothing listens on this port any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let c = companion(dir.path(), &format!("http://127.0.0.1:{port}"));
    let err = c.sync_now(|_| {}).await.unwrap_err();
    assert_eq!(err.kind(), "network");
    assert_eq!(
        c.status().unwrap().last_error_kind.as_deref(),
        Some("network")
    );
}

#[tokio::test]
async fn a_resync_answer_restarts_once_and_never_loops() {
    let dir = tempfile::tempdir().unwrap();
    let resync = Canned::Full(
        409,
        "application/json",
        r#"{"code":"resync_required","message":"cursor too old"}"#.to_owned(),
    );
    let (url, served) = canned_server(vec![Canned::Full(200, NDJSON, good_page()), resync]).await;
    let c = companion(dir.path(), &url);
    c.sync_now(|_| {}).await.unwrap();
    let before = snapshot(&c);
    // The server (wrongly) answers 409 even to a request without cursor: one restart, then
    // an error, not a loop.
    let err = c.sync_now(|_| {}).await.unwrap_err();
    assert_eq!(err.kind(), "portal");
    assert_eq!(served.load(std::sync::atomic::Ordering::SeqCst), 3);
    // Rows stay until a resync completes.
    assert_eq!(snapshot(&c).jobs, before.jobs);
}

#[tokio::test]
async fn unknown_kinds_and_fields_from_a_newer_portal_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let page = ndjson(&[
        r#"{"op":"upsert","seq":1,"kind":"hologram","data":{"id":"h1"}}"#.to_owned(),
        r#"{"op":"teleport","seq":2}"#.to_owned(),
        upsert_job(3, "j1", "Koch")
            .replace(r#""offer_type""#, r#""future_field":[1,2],"offer_type""#),
        r#"{"op":"end","cursor":"c3","has_more":false,"remaining":0,"future":true}"#.to_owned(),
    ]);
    let (url, _) = canned_server(vec![Canned::Full(200, NDJSON, page)]).await;
    let c = companion(dir.path(), &url);
    c.sync_now(|_| {}).await.unwrap();
    let s = snapshot(&c);
    assert_eq!(s.jobs.len(), 1);
    assert!(s.content.is_empty());
    assert_eq!(s.cursor.as_deref(), Some("c3"));
}
