//! Content in the reader's language, end to end against the real portal on loopback: the plan
//! and the contacts read in Arabic with unreviewed translations marked and their originals at
//! hand, and a change of language fetches the texts again without the job ads.

mod plan_support;
mod sync_support;

use sync_support::companion;
use welcome_core::contacts::{Contact, ContactQuery};
use welcome_core::plan::answers::Answers;
use welcome_portal::{PortalConfig, RunningPortal};
use welcome_protocol::{Collection, TextStatus};

async fn portal(dir: &std::path::Path) -> RunningPortal {
    let p = welcome_portal::start(PortalConfig::for_tests(dir.join("portal.sqlite")))
        .await
        .unwrap();
    p.admin().seed_jobs(2000, 3).unwrap();
    p
}

fn worker() -> Answers {
    plan_support::engineer()
}

fn is_arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

fn is_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_plan_reads_in_the_app_language_and_a_new_language_refills_only_the_texts() {
    let tmp = tempfile::tempdir().unwrap();
    let p = portal(tmp.path()).await;
    let c = companion(&tmp.path().join("app"), &p.base_url);
    c.set_locale(Some("ar")).unwrap();
    assert_eq!(c.content_languages(), ["ar", "en", "de"]);
    let first = c.sync_now(|_| {}).await.unwrap();
    assert!(first.jobs_added >= 2000);

    let plan = c.set_answers("me", worker()).unwrap();
    assert!(!plan.items.is_empty());
    for item in &plan.items {
        let t = &item.title;
        assert_eq!(
            (t.lang.as_str(), t.fallback),
            ("ar", false),
            "{}: {t:?}",
            item.id
        );
        assert!(is_arabic(&t.text), "{}: {}", item.id, t.text);
        assert_eq!(t.status, TextStatus::Translated);
        let originals: Vec<_> = t.originals.iter().map(|o| o.lang.as_str()).collect();
        assert_eq!(originals, ["en", "de"], "the originals are at hand");
    }
    let path = plan.path_title.as_ref().expect("a path");
    assert!(is_arabic(&path.text) && !path.fallback);
    let contacts = c
        .search_contacts(&ContactQuery {
            municipality_id: Some("essen".into()),
            ..ContactQuery::default()
        })
        .unwrap();
    let office = contacts
        .iter()
        .find_map(|x| match x {
            // A translated office: newer records may wait for their translation.
            Contact::Office { contact, .. } if contact.office.id == "essen-auslaenderbehoerde" => {
                Some(contact.clone())
            }
            _ => None,
        })
        .unwrap();
    assert!(is_arabic(&office.name.as_ref().unwrap().text));

    // The reader switches to Ukrainian: one small refill, no job ad fetched again.
    let jobs_before = c.status().unwrap().job_count;
    c.set_locale(Some("uk")).unwrap();
    let refill = c.sync_now(|_| {}).await.unwrap();
    assert_eq!(refill.jobs_added, 0);
    // The refill carries the content's texts (which grow with the offices), never the job ads.
    assert!(
        refill.bytes * 3 < first.bytes,
        "refill {} B against a first sync of {} B",
        refill.bytes,
        first.bytes
    );
    assert_eq!(c.status().unwrap().job_count, jobs_before);
    let plan = c.plan("me").unwrap();
    for item in &plan.items {
        assert!(
            is_cyrillic(&item.title.text) && item.title.lang == "uk",
            "{}: {:?}",
            item.id,
            item.title
        );
    }
    // The answers, a user's own data, were not touched by the refill.
    assert!(c
        .store()
        .user_data()
        .get(Collection::PlanAnswers, "me")
        .unwrap()
        .is_some());
    // Nothing more to fetch the next time: an empty sync.
    let again = c.sync_now(|_| {}).await.unwrap();
    assert_eq!((again.items_applied, again.requests), (0, 1));
    p.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_device_synced_by_the_first_version_gets_the_translations_at_its_next_sync() {
    let tmp = tempfile::tempdir().unwrap();
    let p = portal(tmp.path()).await;
    let c = companion(&tmp.path().join("app"), &p.base_url);
    // A first-version device fetched the originals and recorded no languages.
    c.set_locale(Some("en")).unwrap();
    c.sync_now(|_| {}).await.unwrap();
    c.store()
        .write(|tx| {
            tx.execute("DELETE FROM sync_state WHERE key = 'content_langs'", [])?;
            Ok(())
        })
        .unwrap();
    c.set_locale(Some("tr")).unwrap();
    let plan = c.set_answers("me", worker()).unwrap();
    assert!(
        plan.items
            .iter()
            .all(|i| i.title.fallback && i.title.lang == "en"),
        "offline, the English original stands in"
    );
    c.sync_now(|_| {}).await.unwrap();
    let plan = c.plan("me").unwrap();
    assert!(plan
        .items
        .iter()
        .all(|i| i.title.lang == "tr" && !i.title.fallback));
    p.shutdown().await;
}
