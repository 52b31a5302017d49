//! Two devices of one user converge through the real portal (in-process, loopback): both
//! change statuses, one changes a due date, both edit the same note concurrently; after two
//! rounds of syncing both show the same plan, and the note that lost is kept as a conflict.
//! The rule is written down in `welcome_core::plan::progress` (per-field last writer wins by
//! hybrid logical clock; concurrent notes keep both).

mod plan_support;

use plan_support::{engineer, seed_content};
use welcome_core::plan::ItemStatus;
use welcome_core::Companion;
use welcome_protocol::content::ItemKind;

async fn device(dir: &std::path::Path, base_url: &str) -> Companion {
    let c = Companion::open_with(
        dir,
        Box::new(welcome_core::secrets::MemoryTokenStore::default()),
    )
    .unwrap();
    c.set_portal_url(base_url).unwrap();
    c
}

async fn sync(c: &Companion) {
    c.sync_now(|_| {}).await.unwrap();
    if c.plan_rules().unwrap().is_none() {
        seed_content(c);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_devices_converge_through_the_portal() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = welcome_portal::start(welcome_portal::PortalConfig::for_tests(
        tmp.path().join("portal.sqlite"),
    ))
    .await
    .unwrap();
    let a = device(&tmp.path().join("a"), &portal.base_url).await;
    let b = device(&tmp.path().join("b"), &portal.base_url).await;
    a.register("amara@example.org", "correct horse battery staple")
        .await
        .unwrap();
    b.login("amara@example.org", "correct horse battery staple")
        .await
        .unwrap();
    sync(&a).await;
    let plan = a.set_answers("me", engineer()).unwrap();
    let steps: Vec<String> = plan
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Step)
        .map(|i| i.id.clone())
        .collect();
    let docs: Vec<String> = plan
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Document)
        .map(|i| i.id.clone())
        .collect();
    assert!(steps.len() >= 2 && docs.len() >= 2);
    a.set_item_note("me", &steps[0], "first version").unwrap();
    sync(&a).await;
    sync(&b).await;
    assert_eq!(
        b.plan("me").unwrap().answers,
        engineer(),
        "answers reached the second device"
    );
    assert_eq!(
        b.plan("me")
            .unwrap()
            .items
            .iter()
            .find(|i| i.id == steps[0])
            .unwrap()
            .note
            .as_deref(),
        Some("first version")
    );

    // Concurrent changes while both are offline from each other.
    a.set_item_status("me", &docs[0], ItemStatus::Received)
        .unwrap();
    b.set_item_status("me", &docs[1], ItemStatus::Requested)
        .unwrap();
    a.set_item_status("me", &steps[1], ItemStatus::InProgress)
        .unwrap();
    b.set_item_status("me", &steps[1], ItemStatus::Done)
        .unwrap(); // later clock: wins
    b.set_item_due("me", &steps[0], Some("2027-03-10".parse().unwrap()))
        .unwrap();
    a.set_item_note("me", &steps[0], "note from device A")
        .unwrap();
    b.set_item_note("me", &steps[0], "note from device B")
        .unwrap();

    for _ in 0..2 {
        sync(&a).await;
        sync(&b).await;
    }
    let pa = a.plan("me").unwrap();
    let pb = b.plan("me").unwrap();
    assert_eq!(pa.items, pb.items, "both devices show the same plan");
    let item = |id: &str| pa.items.iter().find(|i| i.id == id).unwrap().clone();
    assert_eq!(item(&docs[0]).status, ItemStatus::Received);
    assert_eq!(item(&docs[1]).status, ItemStatus::Requested);
    assert_eq!(
        item(&steps[1]).status,
        ItemStatus::Done,
        "the later write wins"
    );
    assert_eq!(item(&steps[0]).due, Some("2027-03-10".parse().unwrap()));
    let noted = item(&steps[0]);
    let mut both = vec![
        noted.note.clone().unwrap(),
        noted
            .note_conflict
            .clone()
            .expect("the losing note is kept"),
    ];
    both.sort();
    assert_eq!(both, ["note from device A", "note from device B"]);
    assert_eq!(a.store().user_data().pending_changes().unwrap(), 0);
    assert_eq!(b.store().user_data().pending_changes().unwrap(), 0);
    portal.shutdown().await;
}
