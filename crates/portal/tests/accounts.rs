//! Accounts, sessions and the user's own data over real HTTP: idempotent batches, rejected
//! mutations, isolation, last-writer-wins, note conflicts and bad input leaving state as it was.

mod support;

use serde_json::json;
use support::Backend;
use support::{expect_error, portal};
use welcome_protocol::{ApiErrorCode, MutationBatchResponse, MutationStatus, UserFeedLine};

fn set(id: u64, record: &str, hlc: &str, fields: serde_json::Value) -> serde_json::Value {
    json!({"id": id, "collection": "person", "record_id": record, "hlc": hlc, "change": {"op": "set", "fields": fields}})
}

fn hlc(ms: u64, node: &str) -> String {
    welcome_protocol::Hlc::new(ms, 0, node).0
}

async fn push(t: &support::Portal, token: &str, batch: serde_json::Value) -> MutationBatchResponse {
    let resp = t
        .http
        .post(t.url("/v1/me/mutations"))
        .bearer_auth(token)
        .json(&batch)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    resp.json().await.unwrap()
}

fn records(lines: &[UserFeedLine]) -> Vec<(String, serde_json::Value)> {
    lines
        .iter()
        .filter_map(|l| match l {
            UserFeedLine::Record {
                record_id, fields, ..
            } => Some((
                record_id.clone(),
                serde_json::to_value(
                    fields
                        .iter()
                        .map(|(k, v)| (k.clone(), v.value.clone()))
                        .collect::<std::collections::BTreeMap<_, _>>(),
                )
                .unwrap(),
            )),
            _ => None,
        })
        .collect()
}

async fn register_login_logout(backend: Backend) {
    let t = portal(&backend).await;
    let s = t.register("Ana@Example.org").await;
    assert_eq!(s.email, "ana@example.org");
    // Duplicate account.
    let resp = t
        .http
        .post(t.url("/v1/accounts"))
        .json(&json!({"email": "ana@example.org", "password": "another long one"}))
        .send()
        .await
        .unwrap();
    assert_eq!(expect_error(resp, 409).await.code, ApiErrorCode::Conflict);
    // Wrong password, then right.
    let resp = t
        .http
        .post(t.url("/v1/sessions"))
        .json(&json!({"email": "ana@example.org", "password": "wrong password!"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        expect_error(resp, 401).await.code,
        ApiErrorCode::BadCredentials
    );
    let resp = t.http.post(t.url("/v1/sessions")).json(&json!({"email": "ana@example.org", "password": "a long enough password", "device_name": "Laptop"})).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    let s2: welcome_protocol::SessionResponse = resp.json().await.unwrap();
    assert_eq!(s2.user_id, s.user_id);
    // Logout revokes only that token.
    let resp = t
        .http
        .delete(t.url("/v1/sessions/current"))
        .bearer_auth(&s.token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 204);
    let resp = t
        .http
        .get(t.url("/v1/me/feed"))
        .bearer_auth(&s.token)
        .send()
        .await
        .unwrap();
    expect_error(resp, 401).await;
    t.user_feed(&s2.token).await;
    t.p.shutdown().await;
}

async fn batches_apply_once_and_rejections_do_not_block(backend: Backend) {
    let t = portal(&backend).await;
    let s = t.register("ben@example.org").await;
    let batch = json!({"client_id": "dev-a", "mutations": [
        set(1, "p1", &hlc(1_700_000_000_000, "a"), json!({"name": "Ben"})),
        set(2, "p1", "not-a-clock", json!({"name": "Bad"})),
        set(3, "p2", &hlc(1_700_000_000_001, "a"), json!({"name": "Cleo"})),
    ]});
    let r = push(&t, &s.token, batch.clone()).await;
    let st: Vec<_> = r.results.iter().map(|x| x.status).collect();
    assert_eq!(
        st,
        [
            MutationStatus::Applied,
            MutationStatus::Rejected,
            MutationStatus::Applied
        ]
    );
    assert!(r.results[1].error.is_some());
    assert_eq!(r.last_mutation_id, 3);
    let before = t.user_feed(&s.token).await;
    // The same batch again: duplicates, no effect.
    let r = push(&t, &s.token, batch).await;
    assert!(r
        .results
        .iter()
        .all(|x| x.status == MutationStatus::Duplicate));
    assert_eq!(t.user_feed(&s.token).await, before);
    assert_eq!(records(&before).len(), 2);
    t.p.shutdown().await;
}

async fn users_are_isolated(backend: Backend) {
    let t = portal(&backend).await;
    let a = t.register("a@example.org").await;
    let b = t.register("b@example.org").await;
    push(&t, &a.token, json!({"client_id": "c", "mutations": [set(1, "p1", &hlc(1_700_000_000_000, "a"), json!({"name": "A"}))]})).await;
    // Same client id and record id under another user: a separate record and counter.
    let r = push(&t, &b.token, json!({"client_id": "c", "mutations": [set(1, "p1", &hlc(1_600_000_000_000, "b"), json!({"name": "B"}))]})).await;
    assert_eq!(r.results[0].status, MutationStatus::Applied);
    assert_eq!(
        records(&t.user_feed(&a.token).await),
        [("p1".to_owned(), json!({"name": "A"}))]
    );
    assert_eq!(
        records(&t.user_feed(&b.token).await),
        [("p1".to_owned(), json!({"name": "B"}))]
    );
    t.p.shutdown().await;
}

async fn last_writer_wins_per_field_and_notes_keep_both(backend: Backend) {
    let t = portal(&backend).await;
    let s = t.register("lww@example.org").await;
    let (h1, h2, h3) = (
        hlc(1_700_000_000_001, "a"),
        hlc(1_700_000_000_002, "b"),
        hlc(1_700_000_000_003, "a"),
    );
    push(&t, &s.token, json!({"client_id": "b", "mutations": [set(1, "p", &h2, json!({"name": "new", "note": "from b"}))]})).await;
    // Older write of name from another device loses; its other field wins.
    push(&t, &s.token, json!({"client_id": "a", "mutations": [
        set(1, "p", &h1, json!({"name": "old", "relation": "child"})),
        {"id": 2, "collection": "person", "record_id": "p", "hlc": h3, "change": {"op": "set", "fields": {"note": "from a"}, "base": {"note": h1}}},
    ]})).await;
    let recs = records(&t.user_feed(&s.token).await);
    assert_eq!(
        recs,
        [(
            "p".to_owned(),
            json!({"name": "new", "relation": "child", "note": "from a", "note_conflict": "from b"})
        )]
    );
    // A delete with a newer clock is a tombstone.
    push(&t, &s.token, json!({"client_id": "a", "mutations": [
        {"id": 3, "collection": "person", "record_id": "p", "hlc": hlc(1_700_000_000_009, "a"), "change": {"op": "delete"}}]})).await;
    let lines = t.user_feed(&s.token).await;
    assert!(
        matches!(&lines[0], UserFeedLine::Record { deleted: Some(_), fields, .. } if fields.is_empty())
    );
    t.p.shutdown().await;
}

async fn bad_input_is_a_4xx_and_changes_nothing(backend: Backend) {
    let t = portal(&backend).await;
    let s = t.register("bad@example.org").await;
    push(&t, &s.token, json!({"client_id": "c", "mutations": [set(1, "p1", &hlc(1_700_000_000_000, "a"), json!({"name": "x"}))]})).await;
    let before = t.user_feed(&s.token).await;
    let url = t.url("/v1/me/mutations");
    let post = |body: String, token: Option<&str>| {
        let mut r = t
            .http
            .post(&url)
            .header("content-type", "application/json")
            .body(body);
        if let Some(tok) = token {
            r = r.bearer_auth(tok);
        }
        r.send()
    };
    let good = json!({"client_id": "c", "mutations": [set(2, "p1", &hlc(1_800_000_000_000, "a"), json!({"name": "changed"}))]}).to_string();
    expect_error(post("{not json".into(), Some(&s.token)).await.unwrap(), 400).await;
    expect_error(
        post(
            json!({"client_id": "c", "mutations": [], "extra": 1}).to_string(),
            Some(&s.token),
        )
        .await
        .unwrap(),
        400,
    )
    .await;
    expect_error(
        post(
            json!({"client_id": 5, "mutations": []}).to_string(),
            Some(&s.token),
        )
        .await
        .unwrap(),
        400,
    )
    .await;
    let huge = json!({"client_id": "c", "mutations": [set(2, "p1", &hlc(1_800_000_000_000, "a"), json!({"name": "y".repeat(300 * 1024)}))]}).to_string();
    let e = expect_error(post(huge, Some(&s.token)).await.unwrap(), 413).await;
    assert_eq!(e.code, ApiErrorCode::TooLarge);
    expect_error(post(good.clone(), None).await.unwrap(), 401).await;
    expect_error(post(good.clone(), Some("wrong-token")).await.unwrap(), 401).await;
    let resp = t
        .http
        .get(t.url("/v1/me/feed?cursor=garbage"))
        .bearer_auth(&s.token)
        .send()
        .await
        .unwrap();
    assert_eq!(
        expect_error(resp, 409).await.code,
        ApiErrorCode::ResyncRequired
    );
    assert_eq!(t.user_feed(&s.token).await, before, "nothing changed");
    // Accounts: bad e-mail, short password, unknown field, wrong type.
    for body in [
        json!({"email": "not-an-email", "password": "a long enough password"}),
        json!({"email": " x@example.org", "password": "a long enough password"}),
        json!({"email": "x@example.org", "password": "short"}),
        json!({"email": "x@example.org", "password": "p".repeat(1025)}),
    ] {
        let resp = t
            .http
            .post(t.url("/v1/accounts"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(expect_error(resp, 422).await.code, ApiErrorCode::Invalid);
    }
    for body in [
        json!({"email": "x@example.org", "password": "a long enough password", "admin": true}),
        json!({"email": 1, "password": "a long enough password"}),
    ] {
        let resp = t
            .http
            .post(t.url("/v1/accounts"))
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_error(resp, 400).await;
    }
    let resp = t
        .http
        .post(t.url("/v1/sessions"))
        .json(&json!({"email": "x@example.org", "password": "a long enough password"}))
        .send()
        .await
        .unwrap();
    expect_error(resp, 401).await;
    assert_eq!(post(good, Some(&s.token)).await.unwrap().status(), 200);
    t.p.shutdown().await;
}

async fn the_user_feed_pages_and_resumes(backend: Backend) {
    let t = portal(&backend).await;
    let s = t.register("pages@example.org").await;
    let muts: Vec<_> = (1..=7)
        .map(|i| {
            set(
                i,
                &format!("p{i}"),
                &hlc(1_700_000_000_000 + i, "a"),
                json!({"name": i}),
            )
        })
        .collect();
    push(&t, &s.token, json!({"client_id": "c", "mutations": muts})).await;
    let mut cursor: Option<String> = None;
    let mut seen = Vec::new();
    loop {
        let mut req = t
            .http
            .get(t.url("/v1/me/feed"))
            .bearer_auth(&s.token)
            .query(&[("limit", "3")]);
        if let Some(c) = &cursor {
            req = req.query(&[("cursor", c)]);
        }
        let text = req.send().await.unwrap().text().await.unwrap();
        let lines: Vec<UserFeedLine> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        seen.extend(records(&lines).into_iter().map(|(id, _)| id));
        match lines.last() {
            Some(UserFeedLine::End {
                cursor: c,
                has_more,
            }) => {
                cursor = Some(c.clone());
                if !has_more {
                    break;
                }
            }
            other => panic!("no end line: {other:?}"),
        }
    }
    assert_eq!(seen, (1..=7).map(|i| format!("p{i}")).collect::<Vec<_>>());
    t.p.shutdown().await;
}

support::on_each_backend!(async: register_login_logout, batches_apply_once_and_rejections_do_not_block, users_are_isolated, last_writer_wins_per_field_and_notes_keep_both, bad_input_is_a_4xx_and_changes_nothing, the_user_feed_pages_and_resumes);
