//! Jobs over a real store file (`Store::open` in a temporary folder), with jobs inserted as the
//! sync inserts them: saved searches and their alerts across sync runs, the inbox surviving a
//! restart, saved jobs keeping their copy after the ad is gone, all written through the outbox.

use chrono::{NaiveDate, TimeZone, Utc};
use rusqlite::params;
use welcome_core::jobs::{self, DetailFetch, JobQuery, JobSort, Place, Radius};
use welcome_core::store::Store;
use welcome_protocol::content::{JobDetail, JobSummary, OfferType, WorkingTime};

fn summary(id: &str, title: &str, municipality: &str, lat: f64, lon: f64) -> JobSummary {
    JobSummary {
        id: id.to_owned(),
        title: title.to_owned(),
        occupation: String::new(),
        field: "health".to_owned(),
        employer: "Klinikum".to_owned(),
        municipality_id: Some(municipality.to_owned()),
        city: municipality.to_owned(),
        postcode: String::new(),
        lat,
        lon,
        working_time: vec![WorkingTime::FullTime],
        offer_type: OfferType::Job,
        published: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        start_date: None,
        modified: Utc.with_ymd_and_hms(2026, 11, 20, 8, 0, 0).unwrap(),
        external_url: None,
        sample: true,
    }
}

/// Inserts a job as a sync run would (row, full-text entry, run that brought it).
fn put_job(store: &Store, s: &JobSummary, run: i64) {
    store
        .write(|tx| {
            tx.execute(
                "INSERT INTO jobs (id, seq, generation, first_seen_run, title, occupation, field, employer,
                    municipality_id, city, postcode, lat, lon, working_time, offer_type, published, modified, data)
                 VALUES (?1, 1, 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, 'job', ?12, ?13, ?14)",
                params![
                    s.id, run, s.title, s.occupation, s.field, s.employer, s.municipality_id, s.city,
                    s.postcode, s.lat, s.lon, s.published.to_string(), s.modified.to_rfc3339(),
                    serde_json::to_string(s).unwrap()
                ],
            )?;
            tx.execute(
                "INSERT INTO jobs_fts (rowid, title, occupation, employer, city)
                 SELECT rowid, title, occupation, employer, city FROM jobs WHERE id = ?1",
                [&s.id],
            )?;
            tx.execute(
                "INSERT INTO sync_state (key, value) VALUES ('sync_run', ?1)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [run.to_string()],
            )?;
            Ok(())
        })
        .unwrap();
}

/// Removes a job as a tombstone in the feed would.
fn drop_job(store: &Store, id: &str) {
    store
        .write(|tx| {
            tx.execute(
                "INSERT INTO jobs_fts (jobs_fts, rowid, title, occupation, employer, city)
                 SELECT 'delete', rowid, title, occupation, employer, city FROM jobs WHERE id = ?1",
                [id],
            )?;
            tx.execute("DELETE FROM jobs WHERE id = ?1", [id])?;
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_new_matching_job_raises_one_alert_per_search_and_only_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("companion.sqlite")).unwrap();
    put_job(
        &store,
        &summary("old", "Pflegefachkraft", "essen", 51.45, 7.01),
        1,
    );
    jobs::after_sync(&store, 1).unwrap();

    let nurse = jobs::save_search(
        &store,
        "Pflege in Essen",
        &JobQuery {
            text: "pflege".into(),
            municipalities: vec!["essen".into()],
            ..JobQuery::default()
        },
    )
    .unwrap();
    jobs::save_search(
        &store,
        "Köche",
        &JobQuery {
            text: "koch".into(),
            ..JobQuery::default()
        },
    )
    .unwrap();
    // Saved now: the job already on the device raises nothing.
    jobs::after_sync(&store, 2).unwrap();
    assert!(jobs::alerts(&store, false).unwrap().is_empty());

    // Run 3 brings four matching jobs and two that do not match.
    for i in 0..4 {
        put_job(
            &store,
            &summary(
                &format!("n{i}"),
                &format!("Pflegehelfer {i}"),
                "essen",
                51.45,
                7.01,
            ),
            3,
        );
    }
    put_job(
        &store,
        &summary("elsewhere", "Pflegehelfer", "bochum", 51.48, 7.21),
        3,
    );
    put_job(
        &store,
        &summary("other", "Elektriker", "essen", 51.45, 7.01),
        3,
    );
    jobs::after_sync(&store, 3).unwrap();
    let alerts = jobs::alerts(&store, true).unwrap();
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(alerts[0].search_id, nurse.id);
    assert_eq!(alerts[0].count, 4);
    assert_eq!(alerts[0].top_titles.len(), 3);

    // The next sync brings nothing new: no second alert for the same jobs.
    jobs::after_sync(&store, 4).unwrap();
    assert_eq!(jobs::alerts(&store, false).unwrap().len(), 1);

    // Alerts survive a restart; a notification is shown once per device.
    drop(store);
    let store = Store::open(&dir.path().join("companion.sqlite")).unwrap();
    assert_eq!(jobs::take_unnotified(&store).unwrap().len(), 1);
    assert!(jobs::take_unnotified(&store).unwrap().is_empty());
    jobs::mark_alert_read(&store, alerts[0].id).unwrap();
    assert!(jobs::alerts(&store, true).unwrap().is_empty());
    assert_eq!(jobs::alerts(&store, false).unwrap().len(), 1);
}

#[test]
fn saved_searches_are_user_data_and_validated() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("companion.sqlite")).unwrap();
    let before = store.user_data().pending_changes().unwrap();
    let s = jobs::save_search(
        &store,
        "  Nah dran  ",
        &JobQuery {
            radius: Some(Radius {
                place: Place::Point {
                    lat: 51.45,
                    lon: 7.0,
                },
                km: 10.0,
            }),
            sort: JobSort::Distance,
            limit: 50,
            ..JobQuery::default()
        },
    )
    .unwrap();
    assert_eq!(s.name, "Nah dran");
    assert_eq!(store.user_data().pending_changes().unwrap(), before + 1);
    let listed = jobs::saved_searches(&store).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].query.radius, s.query.radius);

    let err = jobs::save_search(&store, " ", &JobQuery::default()).unwrap_err();
    assert_eq!(err.kind(), "invalid");
    let unknown = JobQuery {
        radius: Some(Radius {
            place: Place::Municipality {
                id: "atlantis".into(),
            },
            km: 5.0,
        }),
        ..JobQuery::default()
    };
    assert_eq!(
        jobs::save_search(&store, "x", &unknown).unwrap_err().kind(),
        "invalid"
    );

    jobs::delete_search(&store, &s.id).unwrap();
    assert!(jobs::saved_searches(&store).unwrap().is_empty());
}

#[test]
fn a_saved_job_keeps_its_copy_after_the_ad_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("companion.sqlite")).unwrap();
    let s = summary("j1", "Pflegefachkraft", "essen", 51.45, 7.01);
    put_job(&store, &s, 1);
    put_job(&store, &summary("j2", "Koch", "essen", 51.45, 7.01), 1);
    let detail = JobDetail {
        summary: s.clone(),
        description: "Wir suchen Sie.".into(),
        salary: None,
        contact: None,
    };
    let saved =
        jobs::save_job(&store, "j1", DetailFetch::Fetched(Box::new(detail.clone()))).unwrap();
    assert!(!saved.expired);
    assert_eq!(saved.detail.as_ref(), Some(&detail));
    // Saved offline: the summary is kept, the detail is missing.
    let offline = jobs::save_job(&store, "j2", DetailFetch::Unavailable).unwrap();
    assert!(offline.detail.is_none() && !offline.expired);
    assert_eq!(store.user_data().pending_changes().unwrap(), 2);

    // The ad disappears from the synced jobs: the saved copy stays, marked expired.
    drop_job(&store, "j1");
    let list = jobs::saved_jobs(&store).unwrap();
    let j1 = list.iter().find(|j| j.id == "j1").unwrap();
    assert!(j1.expired);
    assert_eq!(j1.detail.as_ref().unwrap().description, "Wir suchen Sie.");
    // The portal answering 404 marks it expired too, keeping the copy.
    let gone = jobs::save_job(&store, "j2", DetailFetch::Gone).unwrap();
    assert!(gone.expired);
    assert_eq!(gone.summary.title, "Koch");

    // The user's note rides along and survives saving the job again.
    let noted = jobs::set_saved_job_note(&store, "j1", "  Call Mrs. Schmidt  ").unwrap();
    assert_eq!(noted.note.as_deref(), Some("Call Mrs. Schmidt"));
    let again = jobs::save_job(&store, "j1", DetailFetch::Unavailable).unwrap();
    assert_eq!(again.note.as_deref(), Some("Call Mrs. Schmidt"));
    assert_eq!(again.saved_at, noted.saved_at);
    assert!(jobs::set_saved_job_note(&store, "j1", "")
        .unwrap()
        .note
        .is_none());
    assert_eq!(
        jobs::set_saved_job_note(&store, "nope", "x")
            .unwrap_err()
            .kind(),
        "not_found"
    );

    // A job never seen cannot be saved.
    assert_eq!(
        jobs::save_job(&store, "nope", DetailFetch::Unavailable)
            .unwrap_err()
            .kind(),
        "not_found"
    );
    jobs::unsave_job(&store, "j1").unwrap();
    assert_eq!(jobs::saved_jobs(&store).unwrap().len(), 1);
}
