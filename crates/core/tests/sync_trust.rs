//! The user's data survives what life does to a device and to the portal: long notes, account
//! switches on a shared laptop, portal restores, scope changes, a record deleted on one device
//! and re-created on another, a clock years ahead, note conflicts, copied data folders and a
//! portal address changed mid-pull. Each scenario runs against the real portal on loopback,
//! over real SQLite files, and checks what a user would see.

mod sync_support;

use serde_json::{json, Map, Value};
use std::path::Path;
use sync_support::{quick_options, RestartablePortal as Portal};
use welcome_core::secrets::MemoryTokenStore;
use welcome_core::Companion;
use welcome_protocol::{Collection, JobScope, MAX_NOTE_CHARS};

const PASSWORD: &str = "correct horse battery staple";

fn device(dir: &Path, url: &str) -> Companion {
    let c = Companion::open_with(dir, Box::new(MemoryTokenStore::default())).unwrap();
    c.set_portal_url(url).unwrap();
    c.set_sync_options(quick_options(500)).unwrap();
    c
}

fn fields(v: Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap()
}

fn put(c: &Companion, collection: Collection, id: &str, v: Value) {
    c.store()
        .user_data()
        .put_fields(collection, id, fields(v))
        .unwrap();
}

fn get(c: &Companion, collection: Collection, id: &str) -> Option<Map<String, Value>> {
    c.store()
        .user_data()
        .get(collection, id)
        .unwrap()
        .map(|r| r.fields)
}

fn names(c: &Companion) -> Vec<String> {
    c.store()
        .user_data()
        .list(Collection::Person)
        .unwrap()
        .into_iter()
        .map(|r| r.fields["name"].as_str().unwrap_or_default().to_owned())
        .collect()
}

async fn sync(c: &Companion) {
    c.sync_now(|_| {}).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_notes_leave_in_bounded_batches_and_too_long_ones_are_refused_when_written() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = Portal::start(tmp.path()).await;
    let a = device(&tmp.path().join("a"), &portal.url);
    a.register("notes@example.org", PASSWORD).await.unwrap();
    // 40 notes of 5,000 three-byte characters: about 600 KB, over twice the request limit.
    for i in 0..40 {
        let note = "€".repeat(5_000);
        put(
            &a,
            Collection::ItemProgress,
            &format!("me:item{i}"),
            json!({ "note": note }),
        );
    }
    let report = a.sync_now(|_| {}).await.unwrap();
    assert_eq!(report.pushed, 40);
    assert_eq!(a.status().unwrap().pending_changes, 0);
    let b = device(&tmp.path().join("b"), &portal.url);
    b.login("notes@example.org", PASSWORD).await.unwrap();
    sync(&b).await;
    for i in 0..40 {
        let got = get(&b, Collection::ItemProgress, &format!("me:item{i}")).unwrap();
        assert_eq!(got["note"].as_str().unwrap().chars().count(), 5_000);
    }
    // One character over the limit is refused as it is written, translated, and nothing changes.
    let err = a
        .store()
        .user_data()
        .put_fields(
            Collection::ItemProgress,
            "me:item0",
            fields(json!({ "note": "x".repeat(MAX_NOTE_CHARS + 1) })),
        )
        .unwrap_err();
    assert_eq!(err.kind(), "invalid");
    let de = welcome_core::i18n::Localizer::new(&["de"]);
    assert!(
        err.localized(&de).contains("10000"),
        "{}",
        err.localized(&de)
    );
    assert_eq!(a.status().unwrap().pending_changes, 0);
    let kept = get(&a, Collection::ItemProgress, "me:item0").unwrap();
    assert_eq!(kept["note"].as_str().unwrap().chars().count(), 5_000);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shared_laptop_keeps_each_accounts_data_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = Portal::start(tmp.path()).await;
    // Amara's own second device and Bo's, to see what reached each account.
    let amara_phone = device(&tmp.path().join("amara-phone"), &portal.url);
    amara_phone
        .register("amara@example.org", PASSWORD)
        .await
        .unwrap();
    let bo_phone = device(&tmp.path().join("bo-phone"), &portal.url);
    bo_phone.register("bo@example.org", PASSWORD).await.unwrap();

    let laptop = device(&tmp.path().join("laptop"), &portal.url);
    // Made before anyone logged in: joins the first account that logs in, which is told.
    put(&laptop, Collection::Person, "me", json!({"name": "Amara"}));
    let outcome = laptop.login("amara@example.org", PASSWORD).await.unwrap();
    assert_eq!(outcome.joined_records, 1);
    put(
        &laptop,
        Collection::Person,
        "kid",
        json!({"name": "Amara's child"}),
    );
    sync(&laptop).await;
    // A change that is still unsent when Amara logs out, keeping her data on the laptop.
    put(
        &laptop,
        Collection::Person,
        "late",
        json!({"name": "Amara's late change"}),
    );
    laptop.logout(true).await.unwrap();
    assert_eq!(names(&laptop).len(), 3, "kept data stays visible");

    let outcome = laptop.login("bo@example.org", PASSWORD).await.unwrap();
    assert_eq!(outcome.joined_records, 0);
    assert!(names(&laptop).is_empty(), "Bo sees none of Amara's data");
    assert_eq!(laptop.status().unwrap().pending_changes, 0);
    put(&laptop, Collection::Person, "me", json!({"name": "Bo"}));
    sync(&laptop).await;
    assert_eq!(names(&laptop), ["Bo"]);
    sync(&bo_phone).await;
    assert_eq!(
        names(&bo_phone),
        ["Bo"],
        "nothing of Amara's reached Bo's account"
    );

    // Amara comes back: her data and her unsent change are there, and the change goes up.
    laptop.logout(true).await.unwrap();
    laptop.login("amara@example.org", PASSWORD).await.unwrap();
    sync(&laptop).await;
    let mut expected = vec!["Amara", "Amara's child", "Amara's late change"];
    let mut got = names(&laptop);
    got.sort();
    expected.sort();
    assert_eq!(got, expected);
    sync(&amara_phone).await;
    let mut phone = names(&amara_phone);
    phone.sort();
    assert_eq!(phone, expected);

    // Logging out and removing the data leaves nothing of Amara's on the laptop; it comes back
    // from the portal at the next login.
    laptop.logout(false).await.unwrap();
    assert!(names(&laptop).is_empty());
    laptop.login("amara@example.org", PASSWORD).await.unwrap();
    sync(&laptop).await;
    let mut back = names(&laptop);
    back.sort();
    assert_eq!(back, expected);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_restore_from_backup_both_feeds_recover_and_nothing_is_lost() {
    let tmp = tempfile::tempdir().unwrap();
    let mut portal = Portal::start(tmp.path()).await;
    let a = device(&tmp.path().join("a"), &portal.url);
    let b = device(&tmp.path().join("b"), &portal.url);
    a.register("restore@example.org", PASSWORD).await.unwrap();
    b.login("restore@example.org", PASSWORD).await.unwrap();
    put(
        &a,
        Collection::Person,
        "me",
        json!({"name": "before the backup"}),
    );
    sync(&a).await;
    sync(&b).await;
    let backup = tmp.path().join("backup.sqlite");
    portal.backup(&backup);
    // Acknowledged after the backup: the restore loses these on the portal.
    put(
        &a,
        Collection::Person,
        "p2",
        json!({"name": "after the backup"}),
    );
    put(
        &a,
        Collection::Person,
        "me",
        json!({"name": "renamed after the backup"}),
    );
    sync(&a).await;
    portal.restore(&backup).await;
    // New changes on the restored portal reuse the sequence numbers the lost ones had.
    put(
        &b,
        Collection::Person,
        "p3",
        json!({"name": "made on b after the restore"}),
    );
    sync(&b).await;
    sync(&a).await;
    sync(&b).await;
    let mut expected = vec![
        "after the backup",
        "made on b after the restore",
        "renamed after the backup",
    ];
    expected.sort();
    for c in [&a, &b] {
        let mut got = names(c);
        got.sort();
        assert_eq!(got, expected);
        assert_eq!(c.status().unwrap().pending_changes, 0);
    }
    // Logging out and in again keeps working too (the feed no longer answers 409 for ever).
    b.logout(true).await.unwrap();
    b.login("restore@example.org", PASSWORD).await.unwrap();
    sync(&b).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_that_leaves_the_scope_leaves_the_device() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = Portal::start(tmp.path()).await;
    let admin = portal.admin();
    let mut job = admin.generated_job(7).unwrap();
    job.summary.municipality_id = Some("essen".into());
    admin.upsert_job(job.clone()).unwrap();
    let c = device(&tmp.path().join("c"), &portal.url);
    c.set_job_scope(&JobScope {
        municipalities: vec!["essen".into()],
        ..JobScope::default()
    })
    .unwrap();
    sync(&c).await;
    assert_eq!(c.status().unwrap().job_count, 1);
    job.summary.municipality_id = Some("bochum".into());
    job.summary.title = "moved to Bochum".into();
    admin.upsert_job(job).unwrap();
    sync(&c).await;
    assert_eq!(c.status().unwrap().job_count, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_working_time_from_a_newer_portal_is_kept_as_other() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = Portal::start(tmp.path()).await;
    let job = portal.admin().generated_job(9).unwrap();
    let mut payload = serde_json::to_value(&job.summary).unwrap();
    payload["working_time"] = json!(["full_time", "four_day_week"]);
    payload["offer_type"] = json!("fellowship");
    portal
        .admin()
        .upsert_raw_job(&job.summary.id, &payload.to_string())
        .unwrap();
    let c = device(&tmp.path().join("c"), &portal.url);
    sync(&c).await;
    assert_eq!(c.status().unwrap().job_count, 1);
    let content = c.municipalities().unwrap();
    assert!(!content.is_empty(), "the rest of the feed arrived");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clock_years_ahead_does_not_win_every_conflict() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = Portal::start(tmp.path()).await;
    let ahead = device(&tmp.path().join("ahead"), &portal.url);
    let right = device(&tmp.path().join("right"), &portal.url);
    ahead.register("clock@example.org", PASSWORD).await.unwrap();
    right.login("clock@example.org", PASSWORD).await.unwrap();
    ahead
        .store()
        .clock()
        .set_wall_offset(3 * 365 * 24 * 3_600_000);
    put(
        &ahead,
        Collection::Person,
        "me",
        json!({"name": "from the future"}),
    );
    sync(&ahead).await;
    sync(&right).await;
    // Six minutes later (beyond the tolerance) the device with the right clock renames.
    right.store().clock().set_wall_offset(6 * 60_000);
    put(
        &right,
        Collection::Person,
        "me",
        json!({"name": "later, right clock"}),
    );
    sync(&right).await;
    sync(&ahead).await;
    for c in [&ahead, &right] {
        assert_eq!(names(c), ["later, right clock"]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_on_one_device_and_recreated_on_another_converges() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = Portal::start(tmp.path()).await;
    let a = device(&tmp.path().join("a"), &portal.url);
    let b = device(&tmp.path().join("b"), &portal.url);
    a.register("delete@example.org", PASSWORD).await.unwrap();
    b.login("delete@example.org", PASSWORD).await.unwrap();
    put(
        &a,
        Collection::SavedSearch,
        "s1",
        json!({"name": "Pflege", "query": "{}"}),
    );
    sync(&a).await;
    sync(&b).await;
    a.store()
        .user_data()
        .delete(Collection::SavedSearch, "s1")
        .unwrap();
    sync(&a).await;
    // b has not seen the deletion and re-creates the search with only a new name.
    put(
        &b,
        Collection::SavedSearch,
        "s1",
        json!({"name": "Pflege Essen"}),
    );
    sync(&b).await;
    sync(&a).await;
    sync(&b).await;
    let on_a = get(&a, Collection::SavedSearch, "s1");
    let on_b = get(&b, Collection::SavedSearch, "s1");
    assert_eq!(on_a, on_b);
    assert_eq!(on_a.unwrap(), fields(json!({"name": "Pflege Essen"})));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_note_conflict_can_be_resolved() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = Portal::start(tmp.path()).await;
    let a = device(&tmp.path().join("a"), &portal.url);
    let b = device(&tmp.path().join("b"), &portal.url);
    a.register("note@example.org", PASSWORD).await.unwrap();
    b.login("note@example.org", PASSWORD).await.unwrap();
    let id = "me:anmeldung";
    put(&a, Collection::ItemProgress, id, json!({"note": "first"}));
    sync(&a).await;
    sync(&b).await;
    put(
        &a,
        Collection::ItemProgress,
        id,
        json!({"note": "edit on a"}),
    );
    put(
        &b,
        Collection::ItemProgress,
        id,
        json!({"note": "edit on b"}),
    );
    sync(&a).await;
    sync(&b).await;
    sync(&a).await;
    let conflict = |c: &Companion| {
        c.store()
            .user_data()
            .get(Collection::ItemProgress, id)
            .unwrap()
            .unwrap()
            .conflicts
            .get("note")
            .cloned()
    };
    assert!(conflict(&a).is_some() && conflict(&b).is_some());
    // Saving the merged note resolves the conflict on every device.
    put(
        &a,
        Collection::ItemProgress,
        id,
        json!({"note": "edit on a and b"}),
    );
    sync(&a).await;
    sync(&b).await;
    for c in [&a, &b] {
        assert_eq!(conflict(c), None);
        assert_eq!(
            get(c, Collection::ItemProgress, id).unwrap()["note"],
            "edit on a and b"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_copied_data_folder_gets_its_own_client_id_and_its_changes_arrive() {
    let tmp = tempfile::tempdir().unwrap();
    let portal = Portal::start(tmp.path()).await;
    let original_dir = tmp.path().join("original");
    let a = device(&original_dir, &portal.url);
    a.register("copy@example.org", PASSWORD).await.unwrap();
    put(&a, Collection::Person, "me", json!({"name": "original"}));
    sync(&a).await;
    let id = a.store().client_id().to_owned();
    drop(a);
    let copy_dir = tmp.path().join("copy");
    std::fs::create_dir_all(&copy_dir).unwrap();
    for entry in std::fs::read_dir(&original_dir).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), copy_dir.join(entry.file_name())).unwrap();
    }
    let original = device(&original_dir, &portal.url);
    let copy = device(&copy_dir, &portal.url);
    assert_eq!(original.store().client_id(), id);
    assert_ne!(copy.store().client_id(), id);
    copy.login("copy@example.org", PASSWORD).await.unwrap();
    original.login("copy@example.org", PASSWORD).await.unwrap();
    put(
        &original,
        Collection::Person,
        "o",
        json!({"name": "from the original"}),
    );
    put(
        &copy,
        Collection::Person,
        "c",
        json!({"name": "from the copy"}),
    );
    sync(&original).await;
    sync(&copy).await;
    sync(&original).await;
    let mut got = names(&original);
    got.sort();
    assert_eq!(got, ["from the copy", "from the original", "original"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_portal_address_starts_a_clean_pull_even_during_a_full_pull() {
    let tmp = tempfile::tempdir().unwrap();
    let old = Portal::start(&tmp.path().join("old")).await;
    let new = Portal::start(&tmp.path().join("new")).await;
    let only_old = old.admin().generated_job(11).unwrap();
    old.admin().upsert_job(only_old.clone()).unwrap();
    let c = device(&tmp.path().join("c"), &old.url);
    sync(&c).await;
    assert_eq!(c.status().unwrap().job_count, 1);
    // The state a pull from no cursor leaves when it is interrupted after some pages.
    c.store().set_state("full_pull", Some("1")).unwrap();
    c.set_portal_url(&new.url).unwrap();
    sync(&c).await;
    assert_eq!(
        c.status().unwrap().job_count,
        0,
        "no job of the old portal is kept"
    );
}
