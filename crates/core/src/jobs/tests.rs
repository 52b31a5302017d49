//! Unit tests of search and alerts over an in-memory database with the jobs schema the sync
//! writes (migration 0001's jobs tables) plus this module's migration 0003.

use super::alerts;
use super::query::{JobQuery, JobSort, Place, Radius};
use super::search::search;
use super::searches::SavedSearch;
use chrono::{NaiveDate, TimeZone, Utc};
use rusqlite::{params, Connection};
use welcome_protocol::content::{JobSummary, OfferType, WorkingTime};

const KM_PER_DEGREE: f64 = 6371.0 * std::f64::consts::PI / 180.0;

pub(crate) fn schema(conn: &Connection) {
    conn.execute_batch(
        "CREATE TABLE jobs (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, seq INTEGER, generation INTEGER,
            first_seen_run INTEGER NOT NULL, title TEXT, occupation TEXT, field TEXT, employer TEXT,
            municipality_id TEXT, city TEXT, postcode TEXT, lat REAL, lon REAL, working_time INTEGER,
            offer_type TEXT, published TEXT, modified TEXT, data TEXT NOT NULL);
         CREATE VIRTUAL TABLE jobs_fts USING fts5(title, occupation, employer, city, content='jobs',
            content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
         CREATE TABLE job_details (id TEXT PRIMARY KEY, data TEXT, fetched_at TEXT);
         CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
         CREATE TABLE content (kind TEXT, id TEXT, seq INTEGER, generation INTEGER, data TEXT,
            PRIMARY KEY (kind, id));",
    )
    .unwrap();
    conn.execute_batch(include_str!("../store/migrations/0003_jobs_alerts.sql"))
        .unwrap();
    // Migration 0004: alerts belong to the owner of the searches that raised them.
    conn.execute_batch("ALTER TABLE alerts ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
        .unwrap();
}

pub(crate) struct J<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub field: &'a str,
    pub municipality: &'a str,
    pub lat: f64,
    pub lon: f64,
    pub wt: &'a [WorkingTime],
    pub offer: OfferType,
    pub published: (i32, u32, u32),
    pub run: i64,
}

impl Default for J<'_> {
    fn default() -> Self {
        J {
            id: "j",
            title: "Pflegefachkraft",
            field: "health",
            municipality: "essen",
            lat: 51.4556,
            lon: 7.0116,
            wt: &[WorkingTime::FullTime],
            offer: OfferType::Job,
            published: (2026, 11, 1),
            run: 1,
        }
    }
}

pub(crate) fn insert(conn: &Connection, j: &J) {
    let summary = JobSummary {
        id: j.id.to_owned(),
        title: j.title.to_owned(),
        occupation: String::new(),
        field: j.field.to_owned(),
        employer: "Klinikum".to_owned(),
        municipality_id: Some(j.municipality.to_owned()),
        city: j.municipality.to_owned(),
        postcode: String::new(),
        lat: j.lat,
        lon: j.lon,
        working_time: j.wt.to_vec(),
        offer_type: j.offer,
        published: NaiveDate::from_ymd_opt(j.published.0, j.published.1, j.published.2).unwrap(),
        start_date: None,
        modified: Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap(),
        external_url: None,
        sample: true,
    };
    let mask =
        j.wt.iter()
            .fold(0, |m, w| m | super::query::working_time_bit(*w));
    conn.execute(
        "INSERT INTO jobs (id, first_seen_run, title, occupation, field, employer, municipality_id, city,
            postcode, lat, lon, working_time, offer_type, published, modified, data)
         VALUES (?1, ?2, ?3, '', ?4, 'Klinikum', ?5, ?5, '', ?6, ?7, ?8, ?9, ?10, '', ?11)",
        params![
            j.id,
            j.run,
            j.title,
            j.field,
            j.municipality,
            j.lat,
            j.lon,
            mask,
            super::query::offer_type_str(j.offer),
            summary.published.format("%Y-%m-%d").to_string(),
            serde_json::to_string(&summary).unwrap()
        ],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO jobs_fts (rowid, title, occupation, employer, city)
         SELECT rowid, title, occupation, employer, city FROM jobs WHERE id = ?1",
        [j.id],
    )
    .unwrap();
}

fn ids(conn: &Connection, q: &JobQuery) -> Vec<String> {
    let mut v: Vec<String> = search(conn, q)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.job.id)
        .collect();
    v.sort();
    v
}

fn db() -> Connection {
    let conn = Connection::open_in_memory().unwrap();
    schema(&conn);
    conn
}

#[test]
fn filters_combine_with_and_values_with_or() {
    let conn = db();
    insert(
        &conn,
        &J {
            id: "a",
            ..J::default()
        },
    );
    insert(
        &conn,
        &J {
            id: "b",
            municipality: "bochum",
            wt: &[WorkingTime::PartTime],
            ..J::default()
        },
    );
    insert(
        &conn,
        &J {
            id: "c",
            field: "it",
            title: "Softwareentwickler",
            wt: &[WorkingTime::MiniJob, WorkingTime::HomeOffice],
            ..J::default()
        },
    );
    insert(
        &conn,
        &J {
            id: "d",
            offer: OfferType::Apprenticeship,
            published: (2026, 10, 1),
            ..J::default()
        },
    );
    let q = |f: fn(&mut JobQuery)| {
        let mut q = JobQuery::default();
        f(&mut q);
        q
    };
    assert_eq!(ids(&conn, &JobQuery::default()), ["a", "b", "c", "d"]);
    assert_eq!(
        ids(&conn, &q(|q| q.municipalities = vec!["essen".into()])),
        ["a", "c", "d"]
    );
    assert_eq!(
        ids(
            &conn,
            &q(|q| q.municipalities = vec!["essen".into(), "bochum".into()])
        ),
        ["a", "b", "c", "d"]
    );
    assert_eq!(
        ids(
            &conn,
            &q(|q| q.working_time = vec![WorkingTime::PartTime, WorkingTime::MiniJob])
        ),
        ["b", "c"]
    );
    assert_eq!(
        ids(
            &conn,
            &q(|q| {
                q.working_time = vec![WorkingTime::PartTime, WorkingTime::MiniJob];
                q.municipalities = vec!["essen".into()];
            })
        ),
        ["c"]
    );
    assert_eq!(
        ids(
            &conn,
            &q(|q| q.offer_types = vec![OfferType::Apprenticeship])
        ),
        ["d"]
    );
    assert_eq!(ids(&conn, &q(|q| q.fields = vec!["it".into()])), ["c"]);
    assert_eq!(
        ids(
            &conn,
            &q(|q| q.published_since = NaiveDate::from_ymd_opt(2026, 10, 15))
        ),
        ["a", "b", "c"]
    );
    assert_eq!(
        ids(&conn, &q(|q| q.text = "pflege".into())),
        ["a", "b", "d"]
    );
    assert_eq!(
        ids(
            &conn,
            &q(|q| {
                q.text = "pflege".into();
                q.offer_types = vec![OfferType::Job];
                q.municipalities = vec!["bochum".into()];
            })
        ),
        ["b"]
    );
    let page = search(
        &conn,
        &q(|q| {
            q.limit = 2;
            q.offset = 2;
            q.sort = JobSort::Date;
        }),
    )
    .unwrap();
    assert_eq!((page.total, page.hits.len()), (4, 2));
}

#[test]
fn radius_is_inclusive_at_the_edge_and_exact() {
    let conn = db();
    let (lat, lon) = (51.45, 7.0);
    let north = |km: f64| lat + km / KM_PER_DEGREE;
    insert(
        &conn,
        &J {
            id: "in",
            lat: north(9.99),
            lon,
            ..J::default()
        },
    );
    insert(
        &conn,
        &J {
            id: "out",
            lat: north(10.01),
            lon,
            ..J::default()
        },
    );
    // East-west along the parallel: the box is wider than a naive one.
    let east = |km: f64| {
        // Solve for the longitude at distance km on the same latitude.
        let mut d = km / (KM_PER_DEGREE * lat.to_radians().cos());
        for _ in 0..50 {
            let got = welcome_protocol::haversine_km(lat, lon, lat, lon + d);
            d *= km / got;
        }
        lon + d
    };
    insert(
        &conn,
        &J {
            id: "east-in",
            lat,
            lon: east(9.99),
            ..J::default()
        },
    );
    insert(
        &conn,
        &J {
            id: "east-out",
            lat,
            lon: east(10.01),
            ..J::default()
        },
    );
    let q = JobQuery {
        radius: Some(Radius {
            place: Place::Point { lat, lon },
            km: 10.0,
        }),
        sort: JobSort::Distance,
        ..JobQuery::default()
    };
    let page = search(&conn, &q).unwrap();
    let got: Vec<_> = page
        .hits
        .iter()
        .map(|h| (h.job.id.as_str(), h.distance_km.unwrap()))
        .collect();
    assert_eq!(page.total, 2);
    assert_eq!(got.len(), 2);
    for (_, d) in &got {
        assert!((d - 9.99).abs() < 1e-6, "{got:?}");
    }
    let mut names: Vec<_> = got.iter().map(|g| g.0).collect();
    names.sort();
    assert_eq!(names, ["east-in", "in"]);

    conn.execute(
        "INSERT INTO content (kind, id, data) VALUES ('municipality', 'mitte', ?1)",
        [format!(
            r#"{{"id":"mitte","name":"Mitte","lat":{lat},"lon":{lon}}}"#
        )],
    )
    .unwrap();
    let q = JobQuery {
        radius: Some(Radius {
            place: Place::Municipality { id: "mitte".into() },
            km: 10.01 + 1e-9,
        }),
        ..JobQuery::default()
    };
    assert_eq!(search(&conn, &q).unwrap().total, 4);
    let q = JobQuery {
        radius: Some(Radius {
            place: Place::Municipality {
                id: "nowhere".into(),
            },
            km: 10.0,
        }),
        ..JobQuery::default()
    };
    assert_eq!(search(&conn, &q).unwrap_err().kind(), "invalid");
}

#[test]
fn nearest_first_pages_of_large_radius_searches_are_exact() {
    let conn = db();
    let (lat, lon) = (51.45, 7.0);
    let mut expected = Vec::new();
    for i in 0..400u32 {
        // A spiral of jobs from the centre out to 12 km.
        let d = 12.0 * f64::from(i) / 400.0;
        let a = f64::from(i) * 2.399;
        let (jlat, jlon) = (
            lat + d * a.cos() / KM_PER_DEGREE,
            lon + d * a.sin() / (KM_PER_DEGREE * lat.to_radians().cos()),
        );
        let id = format!("s{i:03}");
        insert(
            &conn,
            &J {
                id: &id,
                lat: jlat,
                lon: jlon,
                ..J::default()
            },
        );
        let exact = welcome_protocol::haversine_km(lat, lon, jlat, jlon);
        if exact <= 10.0 {
            expected.push((exact, id));
        }
    }
    expected.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (offset, limit) in [(0, 5), (5, 5), (20, 10), (300, 20)] {
        let q = JobQuery {
            radius: Some(Radius {
                place: Place::Point { lat, lon },
                km: 10.0,
            }),
            sort: JobSort::Distance,
            offset,
            limit,
            ..JobQuery::default()
        };
        let page = search(&conn, &q).unwrap();
        assert_eq!(page.total as usize, expected.len());
        let got: Vec<&str> = page.hits.iter().map(|h| h.job.id.as_str()).collect();
        let want: Vec<&str> = expected
            .iter()
            .skip(offset as usize)
            .take(limit as usize)
            .map(|e| e.1.as_str())
            .collect();
        assert_eq!(got, want, "offset {offset}");
    }
}

#[test]
fn many_text_matches_within_a_place_count_and_rank_like_few() {
    let conn = db();
    let towns = ["essen", "bochum", "herne"];
    for i in 0..3_600u32 {
        let id = format!("p{i}");
        let title = if i % 2 == 0 {
            format!("Pflegekraft {i}")
        } else {
            format!("Pflege Pflege Pflege {i}")
        };
        let town = towns[(i % 3) as usize];
        let wt: &[WorkingTime] = if i % 5 == 0 {
            &[WorkingTime::PartTime]
        } else {
            &[WorkingTime::FullTime]
        };
        insert(
            &conn,
            &J {
                id: &id,
                title: &title,
                municipality: town,
                wt,
                ..J::default()
            },
        );
    }
    let q = JobQuery {
        text: "pflege".into(),
        municipalities: vec!["bochum".into()],
        working_time: vec![WorkingTime::PartTime],
        limit: 200,
        ..JobQuery::default()
    };
    let expected: Vec<u32> = (0..3_600).filter(|i| i % 3 == 1 && i % 5 == 0).collect();
    let page = search(&conn, &q).unwrap();
    assert_eq!(page.total as usize, expected.len());
    assert_eq!(page.sort, JobSort::Relevance);
    let mut got: Vec<String> = page.hits.iter().map(|h| h.job.id.clone()).collect();
    // The triple "Pflege" titles rank first.
    assert!(page.hits[0].job.title.starts_with("Pflege Pflege"));
    let mut all = Vec::new();
    let mut q2 = q.clone();
    while !got.is_empty() {
        all.append(&mut got);
        q2.offset += 200;
        got = search(&conn, &q2)
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.job.id)
            .collect();
    }
    all.sort();
    let mut want: Vec<String> = expected.iter().map(|i| format!("p{i}")).collect();
    want.sort();
    assert_eq!(all, want);
}

#[test]
fn fts_syntax_in_user_text_is_harmless() {
    let conn = db();
    insert(
        &conn,
        &J {
            id: "a",
            title: "Pflege AND Betreuung (m/w/d)",
            ..J::default()
        },
    );
    insert(
        &conn,
        &J {
            id: "b",
            title: "Mülheimer Pflegedienst",
            ..J::default()
        },
    );
    for text in [
        "\"",
        "*",
        "AND",
        "(",
        ")",
        "\"Pflege",
        "Pflege*",
        "OR NOT",
        "NEAR(a b)",
        "a:b",
        "^x",
        "'; DROP TABLE jobs; --",
        "{title}: x",
    ] {
        let q = JobQuery {
            text: text.into(),
            ..JobQuery::default()
        };
        search(&conn, &q).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
    let q = |t: &str| {
        ids(
            &conn,
            &JobQuery {
                text: t.into(),
                ..JobQuery::default()
            },
        )
    };
    assert_eq!(q("AND"), ["a"]);
    assert_eq!(q("(m/w/d"), ["a"]);
    assert_eq!(q("\"betreu"), ["a"]);
    // Diacritics fold in the index: "Mulheimer" finds "Mülheimer".
    assert_eq!(q("mulheim"), ["b"]);
    assert_eq!(q("Pflege"), ["a", "b"]);
    assert_eq!(q("*()"), ["a", "b"]);
}

#[test]
fn text_search_works_while_the_full_text_index_is_being_built() {
    let conn = db();
    insert(
        &conn,
        &J {
            id: "a",
            title: "Pflegefachkraft (m/w/d)",
            ..J::default()
        },
    );
    insert(
        &conn,
        &J {
            id: "b",
            title: "Koch",
            ..J::default()
        },
    );
    conn.execute("INSERT INTO jobs_fts (jobs_fts) VALUES ('delete-all')", [])
        .unwrap();
    conn.execute(
        "INSERT INTO sync_state (key, value) VALUES ('fts_stale', '1')",
        [],
    )
    .unwrap();
    let q = |t: &str| {
        ids(
            &conn,
            &JobQuery {
                text: t.into(),
                ..JobQuery::default()
            },
        )
    };
    assert_eq!(q("pflege"), ["a"]);
    assert_eq!(q("%"), ["a", "b"]);
    assert_eq!(q("fach (m"), ["a"]);
}

#[test]
fn relevance_ranks_title_matches_first_and_falls_back_to_date() {
    let conn = db();
    insert(
        &conn,
        &J {
            id: "old-title",
            title: "Elektriker",
            published: (2026, 1, 1),
            ..J::default()
        },
    );
    insert(
        &conn,
        &J {
            id: "new-other",
            title: "Helfer Lager Elektriker Elektriker nebenbei und viel mehr Text hier",
            published: (2026, 11, 1),
            ..J::default()
        },
    );
    let q = JobQuery {
        text: "elektriker".into(),
        ..JobQuery::default()
    };
    let page = search(&conn, &q).unwrap();
    assert_eq!(page.sort, JobSort::Relevance);
    assert_eq!(page.hits[0].job.id, "old-title");
    let page = search(
        &conn,
        &JobQuery {
            sort: JobSort::Date,
            ..q
        },
    )
    .unwrap();
    assert_eq!(page.hits[0].job.id, "new-other");
    assert_eq!(
        search(&conn, &JobQuery::default()).unwrap().sort,
        JobSort::Date
    );
}

fn saved(id: &str, q: JobQuery) -> SavedSearch {
    SavedSearch {
        id: id.into(),
        name: format!("search {id}"),
        query: q,
        created_at: None,
    }
}

#[test]
fn alerts_once_per_search_for_new_matches_only() {
    let conn = db();
    insert(
        &conn,
        &J {
            id: "old",
            run: 1,
            ..J::default()
        },
    );
    let nurse = saved(
        "nurse",
        JobQuery {
            text: "pflege".into(),
            ..JobQuery::default()
        },
    );
    let it = saved(
        "it",
        JobQuery {
            fields: vec!["it".into()],
            ..JobQuery::default()
        },
    );
    // Saved now: starts from the current run, the old job is not news.
    let run = alerts::current_run(&conn).unwrap();
    alerts::set_checked(&conn, &nurse.id, run).unwrap();
    alerts::set_checked(&conn, &it.id, run).unwrap();
    assert!(
        alerts::check_searches(&conn, &[nurse.clone(), it.clone()], 1)
            .unwrap()
            .is_empty()
    );

    for i in 0..5 {
        insert(
            &conn,
            &J {
                id: &format!("new{i}"),
                title: &format!("Pflegekraft {i}"),
                run: 2,
                published: (2026, 11, 10 + i),
                ..J::default()
            },
        );
    }
    insert(
        &conn,
        &J {
            id: "other",
            title: "Koch",
            run: 2,
            ..J::default()
        },
    );
    let raised = alerts::check_searches(&conn, &[nurse.clone(), it.clone()], 2).unwrap();
    assert_eq!(raised.len(), 1);
    assert_eq!(raised[0].count, 5);
    assert_eq!(raised[0].search_id, "nurse");
    assert_eq!(raised[0].top_titles.len(), 3);
    // Again for the same run: nothing new.
    assert!(
        alerts::check_searches(&conn, &[nurse.clone(), it.clone()], 2)
            .unwrap()
            .is_empty()
    );
    // A search from another device starts at the run it arrives in.
    let other = saved("other", JobQuery::default());
    assert!(
        alerts::check_searches(&conn, std::slice::from_ref(&other), 2)
            .unwrap()
            .is_empty()
    );
    insert(
        &conn,
        &J {
            id: "late",
            title: "Koch",
            run: 3,
            ..J::default()
        },
    );
    let raised = alerts::check_searches(&conn, &[nurse, it, other], 3).unwrap();
    assert_eq!(
        raised
            .iter()
            .map(|a| (a.search_id.as_str(), a.count))
            .collect::<Vec<_>>(),
        [("other", 1)]
    );

    assert_eq!(alerts::list(&conn, true).unwrap().len(), 2);
    let first = alerts::take_unnotified(&conn).unwrap();
    assert_eq!(first.len(), 2);
    assert!(alerts::take_unnotified(&conn).unwrap().is_empty());
    alerts::mark_read(&conn, first[0].id).unwrap();
    assert_eq!(alerts::list(&conn, true).unwrap().len(), 1);
    assert_eq!(alerts::mark_all_read(&conn).unwrap(), 1);
    assert!(alerts::list(&conn, true).unwrap().is_empty());
    assert_eq!(
        alerts::mark_read(&conn, 999).unwrap_err().kind(),
        "not_found"
    );
}

/// An alert counts exactly the new jobs its search matches, whichever way the search runs
/// (text alone, a town, many text matches within a town, a radius by distance and by date,
/// combined filters): the same as the search over a device that holds only the new jobs.
#[test]
fn alerts_count_the_new_matches_of_every_kind_of_search() {
    let (all, only_new) = (db(), db());
    // Many old matches, so the broad-text strategies are taken, and new ones among them.
    for i in 0..4_800 {
        let (municipality, lat, lon) = if i % 2 == 0 {
            ("essen", 51.4556, 7.0116)
        } else {
            ("bochum", 51.4818, 7.2162)
        };
        insert(
            &all,
            &J {
                id: &format!("old{i}"),
                title: if i % 3 == 0 {
                    "Koch"
                } else {
                    "Pflegefachkraft"
                },
                municipality,
                lat: lat + f64::from(i % 50) * 0.001,
                lon,
                run: 1,
                ..J::default()
            },
        );
    }
    for i in 0..40u32 {
        let (municipality, lat, lon) = match i % 3 {
            0 => ("essen", 51.4556, 7.0116),
            1 => ("bochum", 51.4818, 7.2162),
            _ => ("hamm", 51.6739, 7.8150),
        };
        let id = format!("new{i}");
        let job = J {
            id: &id,
            title: if i % 4 == 0 { "Koch" } else { "Pflegehelfer" },
            municipality,
            lat: lat + f64::from(i) * 0.0005,
            lon,
            wt: if i % 5 == 0 {
                &[WorkingTime::PartTime]
            } else {
                &[WorkingTime::FullTime]
            },
            published: (2026, 11, 1 + i % 28),
            run: 2,
            ..J::default()
        };
        insert(&all, &job);
        insert(&only_new, &job);
    }
    let essen = |km: f64| Radius {
        place: Place::Point {
            lat: 51.4556,
            lon: 7.0116,
        },
        km,
    };
    let queries = [
        JobQuery {
            text: "pflege".into(),
            ..JobQuery::default()
        },
        JobQuery {
            municipalities: vec!["essen".into()],
            ..JobQuery::default()
        },
        JobQuery {
            text: "pflege".into(),
            municipalities: vec!["bochum".into()],
            ..JobQuery::default()
        },
        JobQuery {
            text: "pflege".into(),
            radius: Some(essen(20.0)),
            sort: JobSort::Distance,
            ..JobQuery::default()
        },
        JobQuery {
            radius: Some(essen(20.0)),
            sort: JobSort::Date,
            ..JobQuery::default()
        },
        JobQuery {
            text: "koch".into(),
            municipalities: vec!["essen".into(), "hamm".into()],
            working_time: vec![WorkingTime::FullTime],
            ..JobQuery::default()
        },
    ];
    let searches: Vec<SavedSearch> = queries
        .iter()
        .enumerate()
        .map(|(i, q)| saved(&format!("s{i}"), q.clone()))
        .collect();
    for s in &searches {
        alerts::set_checked(&all, &s.id, 1).unwrap();
    }
    let raised = alerts::check_searches(&all, &searches, 2).unwrap();
    for (s, q) in searches.iter().zip(&queries) {
        let expected = search(&only_new, q).unwrap();
        let alert = raised.iter().find(|a| a.search_id == s.id);
        assert_eq!(
            alert.map_or(0, |a| a.count),
            expected.total,
            "{:?}",
            s.query
        );
        assert!(
            expected.total > 0,
            "every query matches some new job: {q:?}"
        );
        let titles: Vec<String> = expected
            .hits
            .iter()
            .take(3)
            .map(|h| h.job.title.clone())
            .collect();
        assert_eq!(alert.unwrap().top_titles, titles, "{q:?}");
    }
}

#[test]
fn alert_texts_use_plural_rules_in_each_language() {
    let alert = alerts::Alert {
        id: 1,
        search_id: "s".into(),
        search_name: "Pflege in Essen".into(),
        created_at: Utc::now(),
        count: 5,
        top_titles: vec!["A".into(), "B".into(), "C".into()],
        read: false,
        notified: false,
    };
    let en = crate::i18n::Localizer::new(&["en"]);
    let de = crate::i18n::Localizer::new(&["de"]);
    assert_eq!(
        alerts::alert_title(&alert, &en),
        "5 new jobs for “Pflege in Essen”"
    );
    assert_eq!(
        alerts::alert_title(&alert, &de),
        "5 neue Stellen für „Pflege in Essen“"
    );
    assert_eq!(alerts::alert_body(&alert, &en), "A · B · C and 2 more");
    assert_eq!(alerts::alert_body(&alert, &de), "A · B · C und 2 weitere");
    let one = alerts::Alert {
        count: 1,
        top_titles: vec!["A".into()],
        ..alert
    };
    assert_eq!(
        alerts::alert_title(&one, &en),
        "1 new job for “Pflege in Essen”"
    );
    assert_eq!(
        alerts::alert_title(&one, &de),
        "1 neue Stelle für „Pflege in Essen“"
    );
    assert_eq!(alerts::alert_body(&one, &de), "A");
}

/// Timings over 100,000 jobs (run with `--ignored --nocapture`; reports, asserts nothing
/// about time).
#[test]
#[ignore]
fn search_timings_over_100k_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let conn = Connection::open(dir.path().join("t.sqlite")).unwrap();
    schema(&conn);
    let towns = [
        ("essen", 51.4556, 7.0116),
        ("bochum", 51.4818, 7.2162),
        ("dortmund", 51.5136, 7.4653),
        ("duisburg", 51.4344, 6.7623),
        ("hamm", 51.6739, 7.8159),
    ];
    let titles = [
        "Pflegefachkraft",
        "Softwareentwickler",
        "Elektriker",
        "Lagerhelfer",
        "Erzieher",
        "Koch",
        "Ingenieur Maschinenbau",
        "Verkäufer",
        "Berufskraftfahrer",
        "Buchhalter",
    ];
    let fields = [
        "health",
        "it",
        "crafts",
        "logistics",
        "education",
        "gastro",
        "engineering",
        "retail",
        "logistics",
        "finance",
    ];
    let wts = [
        WorkingTime::FullTime,
        WorkingTime::PartTime,
        WorkingTime::Shift,
        WorkingTime::HomeOffice,
        WorkingTime::MiniJob,
    ];
    conn.execute_batch("BEGIN").unwrap();
    let mut x: u64 = 42;
    let mut rnd = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for i in 0..100_000u32 {
        let t = &towns[(rnd() % 5) as usize];
        let k = (rnd() % 10) as usize;
        let id = format!("job-{i}");
        let title = format!("{} {}", titles[k], i % 97);
        let wt = [wts[(rnd() % 5) as usize]];
        insert(
            &conn,
            &J {
                id: &id,
                title: &title,
                field: fields[k],
                municipality: t.0,
                lat: t.1 + ((rnd() % 2000) as f64 - 1000.0) / 10_000.0,
                lon: t.2 + ((rnd() % 2000) as f64 - 1000.0) / 7_000.0,
                wt: &wt,
                offer: if rnd() % 10 == 0 {
                    OfferType::Apprenticeship
                } else {
                    OfferType::Job
                },
                published: (2026, 1 + (rnd() % 11) as u32, 1 + (rnd() % 28) as u32),
                run: 1,
            },
        );
    }
    conn.execute_batch("COMMIT; ANALYZE").unwrap();
    if let Ok(kib) = std::env::var("WELCOME_BENCH_CACHE_KIB") {
        conn.execute_batch(&format!("PRAGMA cache_size = -{kib}"))
            .unwrap();
    }
    if let Ok(keep) = std::env::var("WELCOME_KEEP_BENCH_DB") {
        conn.execute("VACUUM INTO ?1", [keep]).unwrap();
    }
    let queries: Vec<(&str, JobQuery)> = vec![
        ("all by date", JobQuery::default()),
        (
            "text few",
            JobQuery {
                text: "Elektriker 12".into(),
                ..JobQuery::default()
            },
        ),
        (
            "text many",
            JobQuery {
                text: "pflege".into(),
                ..JobQuery::default()
            },
        ),
        (
            "text prefix",
            JobQuery {
                text: "so".into(),
                ..JobQuery::default()
            },
        ),
        (
            "municipality",
            JobQuery {
                municipalities: vec!["bochum".into()],
                ..JobQuery::default()
            },
        ),
        (
            "radius 10",
            JobQuery {
                radius: Some(Radius {
                    place: Place::Point {
                        lat: 51.45,
                        lon: 7.01,
                    },
                    km: 10.0,
                }),
                ..JobQuery::default()
            },
        ),
        (
            "radius 25 by distance",
            JobQuery {
                radius: Some(Radius {
                    place: Place::Point {
                        lat: 51.45,
                        lon: 7.01,
                    },
                    km: 25.0,
                }),
                sort: JobSort::Distance,
                ..JobQuery::default()
            },
        ),
        (
            "working time",
            JobQuery {
                working_time: vec![WorkingTime::PartTime, WorkingTime::MiniJob],
                ..JobQuery::default()
            },
        ),
        (
            "field + since",
            JobQuery {
                fields: vec!["it".into()],
                published_since: NaiveDate::from_ymd_opt(2026, 9, 1),
                ..JobQuery::default()
            },
        ),
        (
            "combined",
            JobQuery {
                text: "ingenieur".into(),
                working_time: vec![WorkingTime::FullTime],
                radius: Some(Radius {
                    place: Place::Point {
                        lat: 51.5,
                        lon: 7.4,
                    },
                    km: 15.0,
                }),
                ..JobQuery::default()
            },
        ),
        (
            "offer type",
            JobQuery {
                offer_types: vec![OfferType::Apprenticeship],
                ..JobQuery::default()
            },
        ),
        (
            "page 50",
            JobQuery {
                offset: 1000,
                ..JobQuery::default()
            },
        ),
    ];
    let mut all = Vec::new();
    for (name, q) in &queries {
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..30 {
            let t = std::time::Instant::now();
            total = search(&conn, q).unwrap().total;
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{name:>22}: total {total:>6}  p50 {:>6.2} ms  p95 {:>6.2} ms",
            times[15], times[28]
        );
        all.extend(times);
    }
    all.sort_by(f64::total_cmp);
    println!(
        "overall: p50 {:.2} ms  p95 {:.2} ms",
        all[all.len() / 2],
        all[all.len() * 95 / 100]
    );
}
