//! Guide requests from the companion against the real portal on loopback: written offline and
//! sent when the portal is back, answered by the guide on the portal, and the answer comes back
//! with the sync, announced once per device.

mod sync_support;

use serde_json::json;
use sync_support::{companion, RestartablePortal};
use welcome_core::contacts::{GuideRequestDraft, GuideRequestStatus};
use welcome_core::Error;
use welcome_protocol::{ContactMethod, GuideRequestList};

const PASSWORD: &str = "correct horse battery staple";
const AMIRA: &str = "guide-amira-haddad";

fn draft() -> GuideRequestDraft {
    GuideRequestDraft {
        guide_id: AMIRA.into(),
        language: "en".into(),
        topic: "family".into(),
        message: "  How do I apply for family reunion?  ".into(),
        contact_method: ContactMethod::App,
        contact_value: "ignored for the app".into(),
        consent: true,
    }
}

/// A guide account of Amira on the portal; its token.
async fn guide_token(portal: &RestartablePortal) -> String {
    let http = reqwest::Client::new();
    let resp: serde_json::Value = http
        .post(format!("{}/v1/accounts", portal.url))
        .json(&json!({"email": "amira@example.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let user = resp["user_id"].as_str().unwrap().to_owned();
    let admin = portal.admin();
    std::thread::spawn(move || admin.set_guide_account(&user, AMIRA))
        .join()
        .unwrap()
        .unwrap();
    resp["token"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_request_written_offline_is_sent_answered_and_announced_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut portal = RestartablePortal::start(dir.path()).await;
    let app_dir = tempfile::tempdir().unwrap();
    let c = companion(app_dir.path(), &portal.url);
    c.sync_now(|_| {}).await.unwrap();

    // Without an account nothing is written.
    assert!(matches!(
        c.send_guide_request(&draft()),
        Err(Error::NotLoggedIn)
    ));
    c.register("nour@example.org", PASSWORD).await.unwrap();

    // Bad drafts are refused with the message the user reads, and nothing is queued.
    let refused = |d: GuideRequestDraft| match c.send_guide_request(&d) {
        Err(Error::Invalid { message_id, .. }) => message_id,
        other => panic!("not refused: {other:?}"),
    };
    assert_eq!(
        refused(GuideRequestDraft {
            consent: false,
            ..draft()
        }),
        "error-guide-request-consent"
    );
    assert_eq!(
        refused(GuideRequestDraft {
            language: "pl".into(),
            ..draft()
        }),
        "error-guide-request-language"
    );
    assert_eq!(
        refused(GuideRequestDraft {
            topic: "jobs".into(),
            ..draft()
        }),
        "error-guide-request-topic"
    );
    assert_eq!(
        refused(GuideRequestDraft {
            message: "x".repeat(1001),
            ..draft()
        }),
        "error-guide-request-message-long"
    );
    assert_eq!(
        refused(GuideRequestDraft {
            contact_method: ContactMethod::Email,
            contact_value: "not an address".into(),
            ..draft()
        }),
        "error-guide-request-contact"
    );
    assert_eq!(
        refused(GuideRequestDraft {
            guide_id: "guide-nobody".into(),
            ..draft()
        }),
        "error-guide-request-guide"
    );
    assert!(c.guide_requests().unwrap().is_empty());

    // Offline: written and pending.
    portal.stop().await;
    let sent = c.send_guide_request(&draft()).unwrap();
    assert_eq!(sent.status, GuideRequestStatus::Pending);
    assert_eq!(sent.message, "How do I apply for family reunion?");
    assert_eq!(sent.contact_value, "");
    assert_eq!(sent.guide_name, "Amira Haddad");
    assert!(c.sync_now(|_| {}).await.is_err());
    assert_eq!(
        c.guide_requests().unwrap()[0].status,
        GuideRequestStatus::Pending
    );

    // Back online: sent, and the guide has it.
    portal.restart().await;
    c.sync_now(|_| {}).await.unwrap();
    assert_eq!(
        c.guide_requests().unwrap()[0].status,
        GuideRequestStatus::Sent
    );
    assert!(c.deliver_guide_answers().unwrap().is_empty());
    let token = guide_token(&portal).await;
    let http = reqwest::Client::new();
    let list: GuideRequestList = http
        .get(format!("{}/v1/guide/requests", portal.url))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list.requests.len(), 1);
    assert_eq!(
        list.requests[0].message,
        "How do I apply for family reunion?"
    );
    let status = answer_as_guide(
        &portal,
        &token,
        &list.requests[0].id,
        "Happy to help: let us meet on Monday.",
    )
    .await;
    assert_eq!(status, 200);

    // The answer arrives with the sync, announced once, then in the inbox until read.
    c.sync_now(|_| {}).await.unwrap();
    let mine = &c.guide_requests().unwrap()[0];
    assert_eq!(mine.status, GuideRequestStatus::Answered);
    assert_eq!(
        mine.answer.as_deref(),
        Some("Happy to help: let us meet on Monday.")
    );
    let fresh = c.deliver_guide_answers().unwrap();
    assert_eq!(fresh.len(), 1);
    assert_eq!(fresh[0].guide_name, "Amira Haddad");
    assert!(c.deliver_guide_answers().unwrap().is_empty());
    c.sync_now(|_| {}).await.unwrap();
    assert!(c.deliver_guide_answers().unwrap().is_empty());
    let inbox = c.guide_answers().unwrap();
    assert_eq!(inbox.len(), 1);
    assert!(!inbox[0].read);
    c.mark_guide_answer_read(&inbox[0].id).unwrap();
    assert!(c.guide_answers().unwrap()[0].read);
    assert_eq!(
        c.mark_guide_answer_read("gr-unknown").unwrap_err().kind(),
        "not_found"
    );

    // Another device of the account announces it once too.
    let other_dir = tempfile::tempdir().unwrap();
    let other = companion(other_dir.path(), &portal.url);
    other.login("nour@example.org", PASSWORD).await.unwrap();
    other.sync_now(|_| {}).await.unwrap();
    assert_eq!(other.deliver_guide_answers().unwrap().len(), 1);
    assert!(other.deliver_guide_answers().unwrap().is_empty());
    portal.stop().await;
}

/// The guide answers request `id` on the portal; the answer's HTTP status.
async fn answer_as_guide(portal: &RestartablePortal, token: &str, id: &str, text: &str) -> u16 {
    reqwest::Client::new()
        .post(format!("{}/v1/guide/requests/{id}/answer", portal.url))
        .bearer_auth(token)
        .json(&json!({"answer": text}))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// The guide's view of its requests.
async fn guide_list(portal: &RestartablePortal, token: &str) -> GuideRequestList {
    reqwest::Client::new()
        .get(format!("{}/v1/guide/requests", portal.url))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// The portal is restored from a backup taken before the request was sent, or after it was
/// sent but before the guide answered. The device still has the request and the answer; after
/// the restore's resync the portal has them again: a fresh device of the account gets both,
/// the guide sees its answered request, and the device reports no rejected change.
#[tokio::test(flavor = "multi_thread")]
async fn an_answered_request_survives_a_restore_of_the_portal() {
    for backup_before_the_request in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let mut portal = RestartablePortal::start(dir.path()).await;
        let guide = guide_token(&portal).await;
        let app_dir = tempfile::tempdir().unwrap();
        let c = companion(app_dir.path(), &portal.url);
        c.sync_now(|_| {}).await.unwrap();
        c.register("nour@example.org", PASSWORD).await.unwrap();
        let backup = dir.path().join("backup.sqlite");
        if backup_before_the_request {
            portal.backup(&backup);
        }
        let sent = c.send_guide_request(&draft()).unwrap();
        c.sync_now(|_| {}).await.unwrap();
        if !backup_before_the_request {
            portal.backup(&backup);
        }
        let id = guide_list(&portal, &guide).await.requests[0].id.clone();
        let status = answer_as_guide(&portal, &guide, &id, "Gladly: see you on Monday.").await;
        assert_eq!(status, 200);
        c.sync_now(|_| {}).await.unwrap();
        let answer = Some("Gladly: see you on Monday.".to_owned());
        assert_eq!(c.guide_requests().unwrap()[0].answer, answer);

        portal.restore(&backup).await;
        for _ in 0..2 {
            c.sync_now(|_| {}).await.unwrap();
        }
        let case = if backup_before_the_request {
            "backup before the request"
        } else {
            "backup before the answer"
        };
        let mine = c.guide_requests().unwrap();
        eprintln!(
            "DEBUG {case}: rejected {:?} mine {:?}",
            c.rejected_changes(),
            mine
        );
        assert_eq!(mine.len(), 1, "{case}");
        assert_eq!(
            (mine[0].id.as_str(), &mine[0].answer),
            (sent.id.as_str(), &answer),
            "{case}"
        );
        assert_eq!(mine[0].status, GuideRequestStatus::Answered, "{case}");
        assert!(
            c.rejected_changes().unwrap().is_empty(),
            "{case}: {:?}",
            c.rejected_changes()
        );

        let fresh_dir = tempfile::tempdir().unwrap();
        let fresh = companion(fresh_dir.path(), &portal.url);
        fresh.login("nour@example.org", PASSWORD).await.unwrap();
        fresh.sync_now(|_| {}).await.unwrap();
        let theirs = fresh.guide_requests().unwrap();
        assert_eq!(theirs.len(), 1, "{case}: the portal has the request again");
        assert_eq!(
            (theirs[0].message.as_str(), &theirs[0].answer),
            (mine[0].message.as_str(), &answer),
            "{case}"
        );

        let list = guide_list(&portal, &guide).await;
        assert_eq!(list.requests.len(), 1, "{case}: the guide sees it again");
        assert_eq!(list.requests[0].answer, answer, "{case}");
        portal.stop().await;
    }
}
