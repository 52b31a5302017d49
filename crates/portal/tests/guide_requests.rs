//! Guide requests over real HTTP, on SQLite and PostgreSQL: a user's request is checked when it
//! arrives, read only by the addressed guide, answered only by that guide, and the answer comes
//! back in the user's own feed.

mod support;

use serde_json::{json, Value};
use support::{expect_error, on_each_backend, portal, Backend, Portal};
use welcome_protocol::guide_request::PORTAL_FIELDS;
use welcome_protocol::{
    ApiErrorCode, GuideRequestInfo, GuideRequestList, MutationBatchResponse, MutationStatus,
    SessionResponse, UserFeedLine,
};

const AMIRA: &str = "guide-amira-haddad";
const MEHMET: &str = "guide-mehmet-yilmaz";

fn request(guide: &str) -> Value {
    json!({
        "guide_id": guide,
        "language": "de",
        "topic": if guide == AMIRA { "visa" } else { "jobs" },
        "message": "Wie beantrage ich den Familiennachzug?",
        "contact_method": "email",
        "contact_value": "user@example.org",
        "consent": true,
        "sent_at": "2026-12-02T10:00:00Z"
    })
}

/// Pushes one set of a guide request, as a device writes it now; returns the mutation's result.
async fn send(
    t: &Portal,
    token: &str,
    id: u64,
    record: &str,
    fields: Value,
) -> (MutationStatus, String) {
    let hlc = format!(
        "{}-0000-c0123456789abcdef",
        chrono::Utc::now().timestamp_millis()
    );
    let Value::Object(fields) = fields else {
        panic!("a request's fields are an object");
    };
    push(t, token, id, record, &hlc, &fields).await
}

/// A new account made a guide account of `guide`.
async fn guide_account(t: &Portal, email: &str, guide: &str) -> SessionResponse {
    let s = t.register(email).await;
    t.p.admin().set_guide_account(&s.user_id, guide).unwrap();
    s
}

async fn list(t: &Portal, token: &str) -> reqwest::Response {
    t.http
        .get(t.url("/v1/guide/requests"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

async fn answer(t: &Portal, token: &str, id: &str, text: &str) -> reqwest::Response {
    t.http
        .post(t.url(&format!("/v1/guide/requests/{id}/answer")))
        .bearer_auth(token)
        .json(&json!({"answer": text}))
        .send()
        .await
        .unwrap()
}

/// The fields of one record of the user's feed.
async fn record(t: &Portal, token: &str, id: &str) -> Option<Value> {
    t.user_feed(token).await.into_iter().find_map(|l| match l {
        UserFeedLine::Record {
            record_id, fields, ..
        } if record_id == id => Some(
            fields
                .into_iter()
                .map(|(k, v)| (k, v.value))
                .collect::<serde_json::Map<_, _>>()
                .into(),
        ),
        _ => None,
    })
}

async fn the_addressed_guide_reads_and_answers_and_the_user_gets_the_answer(backend: Backend) {
    let t = portal(&backend).await;
    let user = t.register("user@example.org").await;
    let amira = guide_account(&t, "amira@example.org", AMIRA).await;
    let (status, why) = send(&t, &user.token, 1, "gr-1", request(AMIRA)).await;
    assert_eq!(status, MutationStatus::Applied, "{why}");

    let resp = list(&t, &amira.token).await;
    assert_eq!(resp.status(), 200);
    let mine: GuideRequestList = resp.json().await.unwrap();
    assert_eq!(
        (mine.guide_id.as_str(), mine.guide_name.as_str()),
        (AMIRA, "Amira Haddad")
    );
    assert_eq!(mine.requests.len(), 1);
    let req = &mine.requests[0];
    assert_eq!(req.message, "Wie beantrage ich den Familiennachzug?");
    assert_eq!(req.contact_value, "user@example.org");
    assert!(req.answer.is_none());
    // The guide sees the portal's id, not the user's record id.
    assert_ne!(req.id, "gr-1");

    let resp = answer(
        &t,
        &amira.token,
        &req.id,
        "  Gern, schreiben Sie mir Ihre Fragen.  ",
    )
    .await;
    assert_eq!(resp.status(), 200);
    let answered: GuideRequestInfo = resp.json().await.unwrap();
    assert_eq!(
        answered.answer.as_deref(),
        Some("Gern, schreiben Sie mir Ihre Fragen.")
    );
    assert!(answered.answered_at.is_some());

    let fields = record(&t, &user.token, "gr-1").await.unwrap();
    assert_eq!(fields["answer"], "Gern, schreiben Sie mir Ihre Fragen.");
    assert_eq!(fields["guide_name"], "Amira Haddad");
    assert!(fields["answered_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(fields["message"], "Wie beantrage ich den Familiennachzug?");

    // Answered once: a second answer is refused and changes nothing.
    let err = expect_error(answer(&t, &amira.token, &req.id, "Noch etwas").await, 409).await;
    assert_eq!(err.code, ApiErrorCode::Conflict);
    let fields = record(&t, &user.token, "gr-1").await.unwrap();
    assert_eq!(fields["answer"], "Gern, schreiben Sie mir Ihre Fragen.");
    let again: GuideRequestList = list(&t, &amira.token).await.json().await.unwrap();
    assert!(again.requests[0].answer.is_some());
}

async fn nobody_else_reads_or_answers_a_request(backend: Backend) {
    let t = portal(&backend).await;
    let user = t.register("user@example.org").await;
    let other_user = t.register("other@example.org").await;
    let amira = guide_account(&t, "amira@example.org", AMIRA).await;
    let mehmet = guide_account(&t, "mehmet@example.org", MEHMET).await;
    assert_eq!(
        send(&t, &user.token, 1, "gr-1", request(AMIRA)).await.0,
        MutationStatus::Applied
    );
    let id = list(&t, &amira.token)
        .await
        .json::<GuideRequestList>()
        .await
        .unwrap()
        .requests[0]
        .id
        .clone();

    // Another guide lists nothing of it and cannot answer it.
    let theirs: GuideRequestList = list(&t, &mehmet.token).await.json().await.unwrap();
    assert!(theirs.requests.is_empty());
    let err = expect_error(answer(&t, &mehmet.token, &id, "Hallo").await, 404).await;
    assert_eq!(err.code, ApiErrorCode::NotFound);

    // Normal users cannot use the guide routes at all: neither the sender nor anyone else.
    for token in [&user.token, &other_user.token] {
        let err = expect_error(list(&t, token).await, 403).await;
        assert_eq!(err.code, ApiErrorCode::Forbidden);
        let err = expect_error(answer(&t, token, &id, "Hallo").await, 403).await;
        assert_eq!(err.code, ApiErrorCode::Forbidden);
    }
    // Without a token: 401.
    let resp = t
        .http
        .get(t.url("/v1/guide/requests"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);

    // Another user's feed never carries it.
    assert!(record(&t, &other_user.token, "gr-1").await.is_none());
    // The other user writing the same record id makes a request of their own, not a change
    // of the first one.
    assert_eq!(
        send(&t, &other_user.token, 1, "gr-1", request(MEHMET))
            .await
            .0,
        MutationStatus::Applied
    );
    let amiras: GuideRequestList = list(&t, &amira.token).await.json().await.unwrap();
    assert_eq!(amiras.requests.len(), 1);
    assert_eq!(amiras.requests[0].topic, "visa");
    let mehmets: GuideRequestList = list(&t, &mehmet.token).await.json().await.unwrap();
    assert_eq!(mehmets.requests.len(), 1);
    assert_eq!(mehmets.requests[0].topic, "jobs");

    // Nothing the other guide tried reached the user.
    assert!(record(&t, &user.token, "gr-1")
        .await
        .unwrap()
        .get("answer")
        .is_none());
}

async fn bad_requests_are_rejected_with_a_reason(backend: Backend) {
    let t = portal(&backend).await;
    let user = t.register("user@example.org").await;
    let amira = guide_account(&t, "amira@example.org", AMIRA).await;
    let with = |k: &str, v: Value| {
        let mut r = request(AMIRA);
        r[k] = v;
        r
    };
    let without = |k: &str| {
        let mut r = request(AMIRA);
        r.as_object_mut().unwrap().remove(k);
        r
    };
    let cases = [
        (with("consent", json!(false)), "consent must be true"),
        (without("consent"), "the field consent is missing"),
        (with("guide_id", json!("guide-nobody")), "no such guide"),
        (
            with("language", json!("pl")),
            "not one of the guide's languages",
        ),
        (
            with("topic", json!("jobs")),
            "not one of the guide's topics",
        ),
        (with("message", json!(" ")), "the message is empty"),
        (with("message", json!("x".repeat(1001))), "1000"),
        (with("contact_method", json!("pigeon")), "contact_method"),
        (
            with("contact_value", json!("not an address")),
            "contact_value",
        ),
        (with("answer", json!("I answer myself")), "may not set"),
    ];
    for (n, (fields, reason)) in cases.into_iter().enumerate() {
        let (status, why) = send(&t, &user.token, n as u64 + 1, &format!("bad-{n}"), fields).await;
        assert_eq!(status, MutationStatus::Rejected, "case {n}");
        assert!(why.contains(reason), "case {n}: {why}");
    }
    // None of them reached the guide or the user's feed.
    let mine: GuideRequestList = list(&t, &amira.token).await.json().await.unwrap();
    assert!(mine.requests.is_empty());
    assert!(t
        .user_feed(&user.token)
        .await
        .iter()
        .all(|l| matches!(l, UserFeedLine::End { .. })));

    // A sent request is never changed, not even by its user (an answer of their own included).
    assert_eq!(
        send(&t, &user.token, 100, "gr-1", request(AMIRA)).await.0,
        MutationStatus::Applied
    );
    let (status, why) = send(&t, &user.token, 101, "gr-1", json!({"message": "edited"})).await;
    assert_eq!(status, MutationStatus::Rejected);
    assert!(why.contains("cannot be changed"), "{why}");
    let (status, _) = send(&t, &user.token, 102, "gr-1", request(AMIRA)).await;
    assert_eq!(status, MutationStatus::Rejected);

    // An empty or too long answer is a 422 and changes nothing.
    let id = list(&t, &amira.token)
        .await
        .json::<GuideRequestList>()
        .await
        .unwrap()
        .requests[0]
        .id
        .clone();
    for bad in ["   ".to_owned(), "x".repeat(4001)] {
        let err = expect_error(answer(&t, &amira.token, &id, &bad).await, 422).await;
        assert_eq!(err.code, ApiErrorCode::Invalid);
    }
    assert!(record(&t, &user.token, "gr-1")
        .await
        .unwrap()
        .get("answer")
        .is_none());
}

async fn a_withdrawn_request_is_gone_for_the_guide(backend: Backend) {
    let t = portal(&backend).await;
    let user = t.register("user@example.org").await;
    let amira = guide_account(&t, "amira@example.org", AMIRA).await;
    assert_eq!(
        send(&t, &user.token, 1, "gr-1", request(AMIRA)).await.0,
        MutationStatus::Applied
    );
    let id = list(&t, &amira.token)
        .await
        .json::<GuideRequestList>()
        .await
        .unwrap()
        .requests[0]
        .id
        .clone();
    let resp = t
        .http
        .post(t.url("/v1/me/mutations"))
        .bearer_auth(&user.token)
        .json(&json!({
            "client_id": "c0123456789abcdef",
            "mutations": [{
                "id": 2, "collection": "guide_request", "record_id": "gr-1",
                "hlc": format!("{}-0001-c0123456789abcdef", chrono::Utc::now().timestamp_millis()),
                "change": {"op": "delete"}
            }]
        }))
        .send()
        .await
        .unwrap();
    let body: MutationBatchResponse = resp.json().await.unwrap();
    assert_eq!(body.results[0].status, MutationStatus::Applied);
    let mine: GuideRequestList = list(&t, &amira.token).await.json().await.unwrap();
    assert!(mine.requests.is_empty());
    expect_error(answer(&t, &amira.token, &id, "Hallo").await, 404).await;
}

/// Pushes one set with the given clock (as a device sends its records again after a restore);
/// returns the mutation's result and the reason of a rejection.
async fn push(
    t: &Portal,
    token: &str,
    id: u64,
    record: &str,
    hlc: &str,
    fields: &serde_json::Map<String, Value>,
) -> (MutationStatus, String) {
    let resp = t
        .http
        .post(t.url("/v1/me/mutations"))
        .bearer_auth(token)
        .json(&json!({
            "client_id": "c0123456789abcdef",
            "mutations": [{
                "id": id, "collection": "guide_request", "record_id": record, "hlc": hlc,
                "change": {"op": "set", "fields": fields}
            }]
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let body: MutationBatchResponse = resp.json().await.unwrap();
    let r = &body.results[0];
    let why = r
        .error
        .as_ref()
        .map(|e| e.message.clone())
        .unwrap_or_default();
    (r.status, why)
}

/// A device sends an answered request back as the portal wrote it (what it does after the
/// portal was restored from a backup): the user's fields unchanged and the answer under the
/// portal's seal are taken; an answer with other text, another clock, on another record or
/// without the seal is refused, and a user's own set of the answer's fields too.
async fn an_answer_comes_back_only_under_the_portals_seal(backend: Backend) {
    let t = portal(&backend).await;
    let user = t.register("user@example.org").await;
    let amira = guide_account(&t, "amira@example.org", AMIRA).await;
    assert_eq!(
        send(&t, &user.token, 1, "gr-1", request(AMIRA)).await.0,
        MutationStatus::Applied
    );
    assert_eq!(
        send(&t, &user.token, 2, "gr-2", request(AMIRA)).await.0,
        MutationStatus::Applied
    );
    let id = list(&t, &amira.token)
        .await
        .json::<GuideRequestList>()
        .await
        .unwrap()
        .requests[0]
        .id
        .clone();
    assert_eq!(answer(&t, &amira.token, &id, "Gern.").await.status(), 200);
    let feed = t.user_feed(&user.token).await;
    let (answered, fields) = feed
        .iter()
        .find_map(|l| match l {
            UserFeedLine::Record {
                record_id, fields, ..
            } if fields.contains_key("answer") => Some((record_id.clone(), fields.clone())),
            _ => None,
        })
        .unwrap();
    let (answered, other) = if answered == "gr-1" {
        ("gr-1", "gr-2")
    } else {
        ("gr-2", "gr-1")
    };
    // The record's fields of one clock: the user's (as sent) or the portal's (the answer).
    let group = |portal: bool| -> (String, serde_json::Map<String, Value>) {
        let part: Vec<_> = fields
            .iter()
            .filter(|(k, _)| PORTAL_FIELDS.contains(&k.as_str()) == portal)
            .collect();
        let hlc = part[0].1.hlc.0.clone();
        (
            hlc,
            part.into_iter()
                .map(|(k, v)| (k.clone(), v.value.clone()))
                .collect(),
        )
    };
    let (user_hlc, user_fields) = group(false);
    let (answer_hlc, answer_fields) = group(true);
    assert_eq!(
        answer_fields.len(),
        4,
        "answer, answered_at, guide_name and the seal"
    );
    let token = &user.token;
    let with = |name: &str, value: Option<Value>| {
        let mut f = answer_fields.clone();
        match value {
            Some(v) => f.insert(name.to_owned(), v),
            None => f.remove(name),
        };
        f
    };
    let (ms, rest) = answer_hlc.split_once('-').unwrap();
    let later = format!("{}-{rest}", ms.parse::<u64>().unwrap() + 1);
    let device_clock = format!(
        "{}-0000-c0123456789abcdef",
        chrono::Utc::now().timestamp_millis()
    );
    let mut edited = user_fields.clone();
    edited.insert("message".into(), json!("Something else"));

    use MutationStatus::{Applied, Rejected};
    let cases = [
        (
            "the user's fields unchanged",
            answered,
            &user_hlc,
            user_fields.clone(),
            Applied,
        ),
        (
            "the sealed answer",
            answered,
            &answer_hlc,
            answer_fields.clone(),
            Applied,
        ),
        (
            "other text",
            answered,
            &answer_hlc,
            with("answer", Some(json!("Gern. Und mehr."))),
            Rejected,
        ),
        (
            "another clock",
            answered,
            &later,
            answer_fields.clone(),
            Rejected,
        ),
        (
            "another record",
            other,
            &answer_hlc,
            answer_fields.clone(),
            Rejected,
        ),
        (
            "no seal",
            answered,
            &answer_hlc,
            with("answer_seal", None),
            Rejected,
        ),
        (
            "a device's clock",
            other,
            &device_clock,
            answer_fields.clone(),
            Rejected,
        ),
        (
            "the user's fields edited",
            answered,
            &user_hlc,
            edited,
            Rejected,
        ),
    ];
    for (n, (case, record, hlc, fields, expected)) in cases.into_iter().enumerate() {
        let (status, why) = push(&t, token, 10 + n as u64, record, hlc, &fields).await;
        assert_eq!(status, expected, "{case}: {why}");
    }

    // Nothing of that changed the records: one answer, the guide's own.
    let mine: GuideRequestList = list(&t, &amira.token).await.json().await.unwrap();
    let answers: Vec<_> = mine
        .requests
        .iter()
        .filter_map(|r| r.answer.as_deref())
        .collect();
    assert_eq!(answers, ["Gern."]);
    assert!(record(&t, &user.token, other)
        .await
        .unwrap()
        .get("answer")
        .is_none());
}

async fn login(t: &Portal, email: &str, password: &str) -> reqwest::Response {
    t.http
        .post(t.url("/v1/sessions"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap()
}

/// The operator's `guide-account` commands: listing, a new password that logs out every device
/// of the old one, and removal, which ends the account's access at once and keeps the account.
async fn an_operator_lists_rekeys_and_removes_guide_accounts(backend: Backend) {
    let t = portal(&backend).await;
    let admin = t.p.admin();
    let user = t.register("user@example.org").await;
    let amira = guide_account(&t, "amira@example.org", AMIRA).await;
    let mehmet = guide_account(&t, "mehmet@example.org", MEHMET).await;
    let accounts = admin.guide_accounts().unwrap();
    let listed: Vec<_> = accounts
        .iter()
        .map(|a| (a.email.as_str(), a.guide_id.as_str(), a.sessions))
        .collect();
    assert_eq!(
        listed,
        [
            ("amira@example.org", AMIRA, 1),
            ("mehmet@example.org", MEHMET, 1)
        ]
    );

    // A plain account is not the operator's to re-key; nor is a short password taken.
    let refused = admin.set_guide_password("user@example.org", "a new long password");
    assert!(refused
        .unwrap_err()
        .to_string()
        .contains("not a guide account"));
    assert!(admin
        .set_guide_password("Amira@Example.org", "short")
        .is_err());
    assert_eq!(list(&t, &amira.token).await.status(), 200);

    // A new password: the old session is logged out, the old password no longer works.
    assert_eq!(
        admin
            .set_guide_password("Amira@Example.org", "a brand new password for Amira")
            .unwrap(),
        1
    );
    expect_error(list(&t, &amira.token).await, 401).await;
    expect_error(
        login(&t, "amira@example.org", "a long enough password").await,
        401,
    )
    .await;
    let again = login(&t, "amira@example.org", "a brand new password for Amira").await;
    assert_eq!(again.status(), 200);
    let again: SessionResponse = again.json().await.unwrap();
    assert_eq!(list(&t, &again.token).await.status(), 200);

    // Removed: the guide routes refuse the account at once; it stays a plain account.
    assert_eq!(
        admin.remove_guide_account("mehmet@example.org").unwrap(),
        MEHMET
    );
    expect_error(list(&t, &mehmet.token).await, 403).await;
    let me = t
        .http
        .get(t.url("/v1/me/feed"))
        .bearer_auth(&mehmet.token)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200, "the account itself goes on");
    assert!(admin.remove_guide_account("mehmet@example.org").is_err());
    assert_eq!(
        admin
            .guide_accounts()
            .unwrap()
            .iter()
            .map(|a| a.email.as_str())
            .collect::<Vec<_>>(),
        ["amira@example.org"]
    );
    assert_eq!(list(&t, &user.token).await.status(), 403);
}

on_each_backend!(async:
    the_addressed_guide_reads_and_answers_and_the_user_gets_the_answer,
    nobody_else_reads_or_answers_a_request,
    bad_requests_are_rejected_with_a_reason,
    a_withdrawn_request_is_gone_for_the_guide,
    an_operator_lists_rekeys_and_removes_guide_accounts,
    an_answer_comes_back_only_under_the_portals_seal,
);

/// The guides' page is served with a policy that allows no inline script, and its script as a
/// file of its own.
#[tokio::test]
async fn the_guide_page_is_served_with_a_strict_policy() {
    let t = portal(&Backend::Sqlite).await;
    for (path, kind) in [
        ("/guide/", "text/html"),
        ("/guide/guide.js", "text/javascript"),
        ("/guide/guide.css", "text/css"),
    ] {
        let resp = t.http.get(t.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), 200, "{path}");
        let h = resp.headers();
        assert!(h["content-type"].to_str().unwrap().starts_with(kind));
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff");
    }
    let html = t
        .http
        .get(t.url("/guide/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"<script src="guide.js""#));
    assert!(
        !html.contains("<script>") && !html.contains(" style="),
        "no inline code or style"
    );
}
