//! The content loader, the BA importer and the job generator.

mod support;

use support::Backend;
use welcome_portal::{ba_import, content_loader, generator};
use welcome_protocol::{EntityKind, OfferType, WorkingTime};

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn bundled_content_loads_and_reloading_changes_nothing(backend: Backend) {
    let store = backend.store();
    let first = content_loader::load(&*store, &content_loader::bundled_content_dir()).unwrap();
    assert!(first.upserted > 50);
    let seq = store.feed_meta().unwrap().max_seq;
    let again = content_loader::load(&*store, &content_loader::bundled_content_dir()).unwrap();
    assert_eq!((again.upserted, again.deleted), (0, 0));
    assert_eq!(store.feed_meta().unwrap().max_seq, seq);
    let towns = content_loader::stored_municipalities(&*store).unwrap();
    assert_eq!(towns.len(), 53);
}

fn a_record_that_left_the_files_becomes_a_tombstone(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    std::fs::create_dir_all(&content).unwrap();
    let two = "[[municipality]]\nid = \"essen\"\nname = \"Essen\"\nlat = 51.45\nlon = 7.01\n\n[[municipality]]\nid = \"bochum\"\nname = \"Bochum\"\nlat = 51.48\nlon = 7.21\n";
    std::fs::write(content.join("municipalities.toml"), two).unwrap();
    let store = backend.store();
    content_loader::load(&*store, &content).unwrap();
    std::fs::write(
        content.join("municipalities.toml"),
        two.split("\n\n").next().unwrap(),
    )
    .unwrap();
    let stats = content_loader::load(&*store, &content).unwrap();
    assert_eq!(stats.deleted, 1);
    let mut deleted = Vec::new();
    store
        .feed_page(0, &mut |r| {
            if r.deleted {
                deleted.push(r.id.clone());
            }
            true
        })
        .unwrap();
    assert_eq!(deleted, ["bochum"]);
}

#[test]
fn invalid_content_names_file_and_record() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("municipalities.toml"),
        "[[municipality]]\nid = \"essen\"\nname = \"Essen\"\nlat = 1.0\nlon = 1.0\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("guides.toml"),
        "[[guide]]\nid = \"g1\"\nname = \"X\"\nmunicipality_id = \"atlantis\"\nlanguages = [\"en\"]\ntopics = []\n",
    )
    .unwrap();
    let err = format!(
        "{:#}",
        content_loader::read_content(dir.path()).unwrap_err()
    );
    assert!(
        err.contains("guides.toml") && err.contains("g1") && err.contains("atlantis"),
        "{err}"
    );
}

fn ba_fixture_imports(backend: Backend) {
    let store = backend.store();
    content_loader::load(&*store, &content_loader::bundled_content_dir()).unwrap();
    let towns = content_loader::stored_municipalities(&*store).unwrap();
    let jobs = ba_import::parse(
        &std::fs::read_to_string(fixture("ba-jobs.json")).unwrap(),
        &towns,
    )
    .unwrap();
    assert_eq!(jobs.len(), 3);
    let nurse = &jobs[0].summary;
    assert_eq!(nurse.id, "10000-1201234567-S");
    assert_eq!(nurse.field, "health");
    assert_eq!(nurse.municipality_id.as_deref(), Some("essen"));
    assert_eq!(nurse.postcode, "45147");
    assert_eq!(nurse.start_date.unwrap().to_string(), "2026-12-01");
    assert_eq!(nurse.modified.to_rfc3339(), "2026-11-20T08:15:30.120+00:00");
    assert_eq!(
        (nurse.offer_type, nurse.working_time.clone()),
        (OfferType::Job, vec![WorkingTime::FullTime])
    );
    assert_eq!(
        nurse.external_url.as_deref(),
        Some("https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-1201234567-S"),
        "an ad the agency hosts itself opens at its page in the agency's job search"
    );
    assert_eq!(jobs[1].summary.field, "it");
    assert_eq!(
        jobs[1].summary.external_url.as_deref(),
        Some("https://karriere.example.org/jobs/1001")
    );
    assert_eq!(
        jobs[2].summary.municipality_id, None,
        "Köln is outside the Ruhr"
    );
    // The bundled sample in the same format imports too.
    let bundled = content_loader::bundled_content_dir().join("jobs");
    if let Ok(entries) = std::fs::read_dir(bundled) {
        for e in entries.flatten() {
            ba_import::parse(&std::fs::read_to_string(e.path()).unwrap(), &towns).unwrap();
        }
    }
}

async fn ba_jobs_are_served_by_id(backend: Backend) {
    let t = support::portal(&backend).await;
    let towns =
        welcome_portal::content_loader::read_content(&content_loader::bundled_content_dir())
            .unwrap()
            .municipalities;
    let jobs = ba_import::parse(
        &std::fs::read_to_string(fixture("ba-jobs.json")).unwrap(),
        &towns,
    )
    .unwrap();
    t.p.admin().upsert_job(jobs[1].clone()).unwrap();
    let resp = t
        .http
        .get(t.url("/v1/jobs/10000-1201234568-S"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let got: welcome_protocol::JobDetail = resp.json().await.unwrap();
    assert_eq!(got, jobs[1]);
    t.p.shutdown().await;
}

#[test]
fn the_generator_is_deterministic_and_realistic() {
    let towns = content_loader::read_content(&content_loader::bundled_content_dir())
        .unwrap()
        .municipalities;
    let a = generator::generate(500, 42, &towns);
    let b = generator::generate(500, 42, &towns);
    assert_eq!(a, b);
    assert_ne!(a, generator::generate(500, 43, &towns));
    for j in &a {
        let s = &j.summary;
        let town = towns
            .iter()
            .find(|t| Some(&t.id) == s.municipality_id.as_ref())
            .unwrap();
        assert!(welcome_protocol::haversine_km(town.lat, town.lon, s.lat, s.lon) < 6.0);
        assert!(s.sample && !s.title.is_empty() && !s.employer.is_empty());
    }
    let fields: std::collections::HashSet<_> = a.iter().map(|j| j.summary.field.as_str()).collect();
    assert!(fields.len() >= 5);
}

fn seeding_and_touching_jobs(backend: Backend) {
    let store = backend.store();
    content_loader::load(&*store, &content_loader::bundled_content_dir()).unwrap();
    let admin = welcome_portal::Admin::new(store.store.clone());
    let before = admin.content_counts()[&EntityKind::Job];
    admin.seed_jobs(5000, 1).unwrap();
    // Same seed again: nothing changes.
    assert_eq!(admin.seed_jobs(5000, 1).unwrap().upserted, 0);
    assert_eq!(admin.content_counts()[&EntityKind::Job], before + 5000);
    let seq = store.feed_meta().unwrap().max_seq;
    let stats = admin.touch_jobs(1.0, 3).unwrap();
    assert!(stats.deleted > 0 && stats.upserted >= 50, "{stats:?}");
    let changed = store.feed_meta().unwrap().max_seq - seq;
    assert!(changed < 120, "1% touched {changed} rows");
}

async fn a_test_portal_starts_with_the_bundled_content_and_no_jobs(backend: Backend) {
    let t = support::portal(&backend).await;
    let counts = t.p.admin().content_counts();
    assert_eq!(counts.get(&EntityKind::Municipality), Some(&53));
    assert!(
        counts.contains_key(&EntityKind::Checklist) && counts.contains_key(&EntityKind::PlanRules)
    );
    assert_eq!(counts.get(&EntityKind::Job), None);
    assert!(t.p.base_url.starts_with("http://127.0.0.1:") && !t.p.base_url.ends_with('/'));
    t.p.shutdown().await;
}

fn a_test_portal_runs_from_a_sync_test_with_its_own_runtime(backend: Backend) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let db = backend.test_db();
    let p = rt
        .block_on(welcome_portal::start(
            welcome_portal::PortalConfig::for_tests_on(db.database.clone()),
        ))
        .unwrap();
    let health: serde_json::Value = rt.block_on(async {
        reqwest::get(format!("{}/v1/health", p.base_url))
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    assert_eq!(health["status"], "ok");
    rt.block_on(p.shutdown());
}

support::on_each_backend!(async: ba_jobs_are_served_by_id, a_test_portal_starts_with_the_bundled_content_and_no_jobs);
support::on_each_backend!(
    sync: bundled_content_loads_and_reloading_changes_nothing,
    a_record_that_left_the_files_becomes_a_tombstone,
    ba_fixture_imports,
    seeding_and_touching_jobs,
    a_test_portal_runs_from_a_sync_test_with_its_own_runtime
);
