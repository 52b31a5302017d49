//! Jobs end to end: the real portal in-process on loopback, a companion syncing from it into a
//! store in a temporary folder. Alerts follow sync runs; saved jobs outlive their ads.

use chrono::{NaiveDate, TimeZone, Utc};
use welcome_core::jobs::JobQuery;
use welcome_core::secrets::MemoryTokenStore;
use welcome_core::Companion;
use welcome_portal::{PortalConfig, RunningPortal};
use welcome_protocol::content::{JobDetail, JobSummary, OfferType, WorkingTime};

fn ad(id: &str, title: &str, municipality: &str) -> JobDetail {
    JobDetail {
        summary: JobSummary {
            id: id.to_owned(),
            title: title.to_owned(),
            occupation: String::new(),
            field: "health".to_owned(),
            employer: "Klinikum Test".to_owned(),
            municipality_id: Some(municipality.to_owned()),
            city: municipality.to_owned(),
            postcode: "45127".to_owned(),
            lat: 51.4556,
            lon: 7.0116,
            working_time: vec![WorkingTime::FullTime],
            offer_type: OfferType::Job,
            published: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            start_date: None,
            modified: Utc.with_ymd_and_hms(2026, 11, 20, 8, 0, 0).unwrap(),
            external_url: None,
            sample: true,
        },
        description: format!("{title}: the full ad text."),
        salary: None,
        contact: None,
    }
}

async fn setup(tmp: &tempfile::TempDir) -> (RunningPortal, Companion) {
    let portal = welcome_portal::start(PortalConfig::for_tests(tmp.path().join("portal.sqlite")))
        .await
        .unwrap();
    let companion = Companion::open_with(
        &tmp.path().join("app"),
        Box::new(MemoryTokenStore::default()),
    )
    .unwrap();
    companion.set_portal_url(&portal.base_url).unwrap();
    (portal, companion)
}

#[tokio::test]
async fn alerts_come_once_per_search_for_new_matching_jobs_only() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, companion) = setup(&tmp).await;
    portal
        .admin()
        .upsert_job(ad("old-1", "Pflegefachkraft", "essen"))
        .unwrap();
    companion.sync_now(|_| {}).await.unwrap();

    let search = companion
        .save_search(
            "Pflege in Essen",
            &JobQuery {
                text: "pflege".into(),
                municipalities: vec!["essen".into()],
                ..JobQuery::default()
            },
        )
        .unwrap();
    // The job already on the device is not news, and neither is a sync that brings nothing.
    companion.sync_now(|_| {}).await.unwrap();
    assert!(companion.alerts(false).unwrap().is_empty());

    // A job seen before changes on the portal: still not news.
    portal
        .admin()
        .upsert_job(ad("old-1", "Pflegefachkraft (m/w/d)", "essen"))
        .unwrap();
    // Three new matches and two that do not match (another town, another job).
    for i in 0..3 {
        portal
            .admin()
            .upsert_job(ad(
                &format!("new-{i}"),
                &format!("Pflegehelfer {i}"),
                "essen",
            ))
            .unwrap();
    }
    portal
        .admin()
        .upsert_job(ad("bochum-1", "Pflegehelfer", "bochum"))
        .unwrap();
    portal
        .admin()
        .upsert_job(ad("cook-1", "Koch", "essen"))
        .unwrap();
    companion.sync_now(|_| {}).await.unwrap();

    let alerts = companion.alerts(true).unwrap();
    assert_eq!(
        alerts.len(),
        1,
        "one alert per search, not per job: {alerts:?}"
    );
    assert_eq!(alerts[0].search_id, search.id);
    assert_eq!(alerts[0].count, 3);
    assert_eq!(alerts[0].top_titles.len(), 3);
    assert!(alerts[0]
        .top_titles
        .iter()
        .all(|t| t.starts_with("Pflegehelfer")));
    let loc = welcome_core::i18n::Localizer::new(&["en"]);
    assert_eq!(
        welcome_core::jobs::alert_title(&alerts[0], &loc),
        "3 new jobs for “Pflege in Essen”"
    );

    // Nothing new: no further alert; the notification is handed out once.
    companion.sync_now(|_| {}).await.unwrap();
    assert_eq!(companion.alerts(false).unwrap().len(), 1);
    assert_eq!(companion.take_unnotified_alerts().unwrap().len(), 1);
    assert!(companion.take_unnotified_alerts().unwrap().is_empty());
    companion.mark_all_alerts_read().unwrap();
    assert!(companion.alerts(true).unwrap().is_empty());
    portal.shutdown().await;
}

#[tokio::test]
async fn a_saved_job_survives_the_ads_deletion_on_the_portal() {
    let tmp = tempfile::tempdir().unwrap();
    let (portal, companion) = setup(&tmp).await;
    portal
        .admin()
        .upsert_job(ad("keep-1", "Elektroniker", "essen"))
        .unwrap();
    portal
        .admin()
        .upsert_job(ad("keep-2", "Mechatroniker", "essen"))
        .unwrap();
    companion.sync_now(|_| {}).await.unwrap();

    let saved = companion.save_job("keep-1").await.unwrap();
    assert!(!saved.expired);
    assert_eq!(
        saved.detail.as_ref().unwrap().description,
        "Elektroniker: the full ad text."
    );
    companion.save_job("keep-2").await.unwrap();

    // The ad is taken down: after the next sync the saved job is still there, marked expired,
    // with the full ad it kept.
    portal.admin().delete_job("keep-1").unwrap();
    companion.sync_now(|_| {}).await.unwrap();
    assert!(companion
        .search_jobs(&JobQuery::default())
        .unwrap()
        .hits
        .iter()
        .all(|h| h.job.id != "keep-1"));
    let list = companion.saved_jobs().unwrap();
    let kept = list.iter().find(|j| j.id == "keep-1").unwrap();
    assert!(kept.expired);
    assert_eq!(
        kept.detail.as_ref().unwrap().description,
        "Elektroniker: the full ad text."
    );
    assert!(!list.iter().find(|j| j.id == "keep-2").unwrap().expired);
    // Opening it asks the portal (404) and shows the kept copy.
    let shown = companion.job_detail("keep-1").await.unwrap();
    assert_eq!(shown.summary.title, "Elektroniker");
    // Saving is a user change, queued for the account.
    assert!(companion.store().user_data().pending_changes().unwrap() >= 2);
    portal.shutdown().await;
}

/// Every job the search returns, and only those: filters checked against a plain scan of the
/// synced summaries, on generated ads.
#[tokio::test]
async fn filters_on_synced_jobs_agree_with_a_plain_scan() {
    use welcome_core::jobs::{JobSort, Place, Radius};
    let tmp = tempfile::tempdir().unwrap();
    let (portal, companion) = setup(&tmp).await;
    portal.admin().seed_jobs(3_000, 7).unwrap();
    companion.sync_now(|_| {}).await.unwrap();
    let all: Vec<JobSummary> = companion
        .store()
        .read(|c| {
            let mut stmt = c.prepare("SELECT data FROM jobs")?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            Ok(rows
                .map(|r| serde_json::from_str(&r.unwrap()).unwrap())
                .collect())
        })
        .unwrap();
    assert!(all.len() >= 3_000);
    let essen = companion
        .municipalities()
        .unwrap()
        .into_iter()
        .find(|m| m.id == "essen")
        .unwrap();
    let since = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    type Keep<'a> = Box<dyn Fn(&JobSummary) -> bool + 'a>;
    let cases: Vec<(JobQuery, Keep<'_>)> = vec![
        (
            JobQuery {
                radius: Some(Radius {
                    place: Place::Municipality { id: "essen".into() },
                    km: 10.0,
                }),
                working_time: vec![WorkingTime::PartTime, WorkingTime::MiniJob],
                ..JobQuery::default()
            },
            Box::new(|j: &JobSummary| {
                welcome_protocol::haversine_km(essen.lat, essen.lon, j.lat, j.lon) <= 10.0
                    && j.working_time
                        .iter()
                        .any(|w| matches!(w, WorkingTime::PartTime | WorkingTime::MiniJob))
            }),
        ),
        (
            JobQuery {
                municipalities: vec!["bochum".into(), "herne".into()],
                offer_types: vec![OfferType::Job],
                published_since: Some(since),
                ..JobQuery::default()
            },
            Box::new(move |j: &JobSummary| {
                matches!(j.municipality_id.as_deref(), Some("bochum" | "herne"))
                    && j.offer_type == OfferType::Job
                    && j.published >= since
            }),
        ),
        (
            JobQuery {
                fields: vec!["it".into(), "health".into()],
                ..JobQuery::default()
            },
            Box::new(|j: &JobSummary| j.field == "it" || j.field == "health"),
        ),
    ];
    for (query, keep) in cases {
        let mut want: Vec<String> = all
            .iter()
            .filter(|j| keep(j))
            .map(|j| j.id.clone())
            .collect();
        want.sort();
        assert!(
            !want.is_empty() && want.len() < all.len(),
            "a case that tests nothing: {query:?}"
        );
        let mut got = Vec::new();
        let mut q = JobQuery {
            limit: 200,
            sort: JobSort::Date,
            ..query.clone()
        };
        loop {
            let page = companion.search_jobs(&q).unwrap();
            assert_eq!(page.total as usize, want.len(), "{query:?}");
            if page.hits.is_empty() {
                break;
            }
            got.extend(page.hits.into_iter().map(|h| h.job.id));
            q.offset += 200;
        }
        got.sort();
        assert_eq!(got, want, "{query:?}");
    }
    portal.shutdown().await;
}
