//! The content feed over real HTTP: paging, resuming, tombstones, resync, scoping, bad input,
//! compression and the OpenAPI document.

mod support;

use std::collections::{BTreeMap, HashSet};
use support::Backend;
use support::{expect_error, portal};
use welcome_protocol::{ApiErrorCode, Entity, FeedLine, JobScope};

fn apply(state: &mut BTreeMap<(String, String), Entity>, lines: &[FeedLine]) {
    for l in lines {
        match l {
            FeedLine::Upsert { entity, .. } => {
                state.insert(
                    (entity.kind().as_str().to_owned(), entity.id().to_owned()),
                    entity.clone(),
                );
            }
            FeedLine::Delete { kind, id, .. } => {
                state.remove(&(kind.as_str().to_owned(), id.clone()));
            }
            FeedLine::End { .. } => panic!("end inside a page"),
        }
    }
}

fn all_scope() -> String {
    serde_json::to_string(&JobScope::everything()).unwrap()
}

async fn paging_through_the_whole_feed_matches_the_server_and_resumes(backend: Backend) {
    let t = portal(&backend).await;
    t.p.admin().seed_jobs(1200, 3).unwrap();
    let scope = all_scope();
    let (lines, cursor) = t.pull_all(None, 250, Some(&scope)).await;
    let seqs: Vec<u64> = lines
        .iter()
        .map(|l| match l {
            FeedLine::Upsert { seq, .. } | FeedLine::Delete { seq, .. } => *seq,
            _ => 0,
        })
        .collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "sequence order");
    let mut state = BTreeMap::new();
    apply(&mut state, &lines);
    // A client that names no languages gets the originals.
    let server: Vec<Entity> = t.p.admin().content_as_sent(&[]);
    assert_eq!(state.len(), server.len());
    for e in server {
        assert_eq!(
            state.get(&(e.kind().as_str().to_owned(), e.id().to_owned())),
            Some(&e)
        );
    }
    // Nothing new: one small page with only the end line and the same cursor.
    let resp = t.feed_raw(Some(&cursor), None, Some(&scope)).await;
    let text = resp.text().await.unwrap();
    assert_eq!(text.lines().count(), 1);
    assert!(text.len() < 300, "empty poll is small: {text}");
    // Changes after the cursor: only they come.
    t.p.admin().touch_jobs(1.0, 9).unwrap();
    let (delta, _) = t.pull_all(Some(cursor), 5000, Some(&scope)).await;
    assert!(
        !delta.is_empty() && delta.len() < 60,
        "delta of {} lines",
        delta.len()
    );
    apply(&mut state, &delta);
    let server = t.p.admin().all_content();
    assert_eq!(state.len(), server.len());
    t.p.shutdown().await;
}

async fn tombstones_and_the_resync_answer(backend: Backend) {
    let t = portal(&backend).await;
    t.p.admin().seed_jobs(100, 4).unwrap();
    let scope = all_scope();
    let (_, cursor) = t.pull_all(None, 5000, Some(&scope)).await;
    let job =
        t.p.admin()
            .all_content()
            .into_iter()
            .find_map(|e| match e {
                Entity::Job(j) => Some(j.id),
                _ => None,
            })
            .unwrap();
    assert!(t.p.admin().delete_job(&job).unwrap());
    let page = t.feed(Some(&cursor), None, Some(&scope)).await;
    assert!(matches!(&page.lines[..], [FeedLine::Delete { id, .. }] if *id == job));
    // A job tombstone reaches even a client that subscribed to no jobs.
    let none = t.pull_all(None, 5000, None).await;
    t.p.admin().seed_jobs(1, 77).unwrap();
    let gen_id = "gen-77-0000000".to_owned();
    t.p.admin().delete_job(&gen_id).unwrap();
    let after = t.feed(Some(&none.1), None, None).await;
    assert!(after
        .lines
        .iter()
        .any(|l| matches!(l, FeedLine::Delete { id, .. } if *id == gen_id)));
    // The job detail is gone.
    let resp = t
        .http
        .get(t.url(&format!("/v1/jobs/{job}")))
        .send()
        .await
        .unwrap();
    expect_error(resp, 404).await;

    // Compaction: the old cursor must resync; a new pull from no cursor works.
    t.p.admin().compact_tombstones().unwrap();
    let err = expect_error(t.feed_raw(Some(&cursor), None, Some(&scope)).await, 409).await;
    assert_eq!(err.code, ApiErrorCode::ResyncRequired);
    let (_, fresh) = t.pull_all(None, 5000, Some(&scope)).await;
    // A fresh pull in small pages after compaction never loops into another resync.
    let (small, _) = t.pull_all(None, 20, Some(&scope)).await;
    assert_eq!(small.len(), t.p.admin().all_content().len());
    assert_eq!(
        t.feed(Some(&fresh), None, Some(&scope)).await.lines.len(),
        0
    );
    // Another scope: resync.
    let other = serde_json::to_string(&JobScope {
        municipalities: vec!["essen".into()],
        ..Default::default()
    })
    .unwrap();
    expect_error(t.feed_raw(Some(&fresh), None, Some(&other)).await, 409).await;
    // A restore: new epoch, resync.
    t.p.admin().new_epoch().unwrap();
    expect_error(t.feed_raw(Some(&fresh), None, Some(&scope)).await, 409).await;
    t.feed(None, None, Some(&scope)).await;
    t.p.shutdown().await;
}

async fn jobs_are_scoped_by_town_circle_and_field(backend: Backend) {
    let t = portal(&backend).await;
    t.p.admin().seed_jobs(2000, 5).unwrap();
    let jobs: Vec<_> =
        t.p.admin()
            .all_content()
            .into_iter()
            .filter_map(|e| match e {
                Entity::Job(j) => Some(j),
                _ => None,
            })
            .collect();
    let scopes = [
        JobScope {
            municipalities: vec!["essen".into(), "bochum".into()],
            ..Default::default()
        },
        JobScope {
            near: Some(welcome_protocol::Circle {
                lat: 51.5136,
                lon: 7.4653,
                radius_km: 10.0,
            }),
            ..Default::default()
        },
        JobScope {
            all: true,
            fields: vec!["it".into(), "health".into()],
            ..Default::default()
        },
        JobScope::default(),
    ];
    for scope in scopes {
        let json = serde_json::to_string(&scope).unwrap();
        let (lines, _) = t.pull_all(None, 300, Some(&json)).await;
        let got: HashSet<String> = lines
            .iter()
            .filter_map(|l| match l {
                FeedLine::Upsert {
                    entity: Entity::Job(j),
                    ..
                } => Some(j.id.clone()),
                _ => None,
            })
            .collect();
        let want: HashSet<String> = jobs
            .iter()
            .filter(|j| scope.contains(j.municipality_id.as_deref(), j.lat, j.lon, &j.field))
            .map(|j| j.id.clone())
            .collect();
        assert_eq!(got, want, "scope {json}");
        // Other kinds always come.
        assert!(lines.iter().any(|l| matches!(
            l,
            FeedLine::Upsert {
                entity: Entity::Municipality(_),
                ..
            }
        )));
    }
    t.p.shutdown().await;
}

async fn bad_feed_input_is_a_json_4xx(backend: Backend) {
    let t = portal(&backend).await;
    let scope = all_scope();
    let page = t.feed(None, Some(10), Some(&scope)).await;
    // An unreadable cursor is answered like any cursor the portal cannot continue from.
    let e = expect_error(t.feed_raw(Some("%%%not-a-cursor"), None, None).await, 409).await;
    assert_eq!(e.code, ApiErrorCode::ResyncRequired);
    expect_error(t.feed_raw(None, None, Some("{not json")).await, 400).await;
    expect_error(t.feed_raw(None, None, Some(r#"{"all":"yes"}"#)).await, 400).await;
    let resp = t
        .http
        .get(t.url("/v1/feed?limit=abc"))
        .send()
        .await
        .unwrap();
    expect_error(resp, 400).await;
    let resp = t.http.get(t.url("/v1/feed?bogus=1")).send().await.unwrap();
    expect_error(resp, 400).await;
    let resp = t.http.get(t.url("/v1/jobs/%FF%FE")).send().await.unwrap();
    expect_error(resp, 400).await;
    let resp = t
        .http
        .get(t.url("/v1/jobs/no-such-job"))
        .send()
        .await
        .unwrap();
    expect_error(resp, 404).await;
    let resp = t.http.get(t.url("/v1/nowhere")).send().await.unwrap();
    expect_error(resp, 404).await;
    let resp = t.http.post(t.url("/v1/feed")).send().await.unwrap();
    expect_error(resp, 405).await;
    // A limit outside 1..=MAX_PAGE_SIZE is refused, as the document says.
    let max = welcome_protocol::MAX_PAGE_SIZE;
    for limit in [0, max + 1, 1_000_000] {
        expect_error(t.feed_raw(None, Some(limit), Some(&scope)).await, 400).await;
    }
    let big = t.feed(None, Some(max), Some(&scope)).await;
    assert!(big.lines.len() <= max as usize);
    assert_eq!(page.lines.len(), 10);
    t.p.shutdown().await;
}

async fn responses_are_compressed_when_asked(backend: Backend) {
    let t = portal(&backend).await;
    t.p.admin().seed_jobs(300, 6).unwrap();
    let raw = reqwest::Client::builder()
        .no_gzip()
        .no_zstd()
        .build()
        .unwrap();
    for enc in ["zstd", "gzip"] {
        for path in ["/v1/feed?scope=%7B%22all%22%3Atrue%7D", "/v1/openapi.json"] {
            let resp = raw
                .get(t.url(path))
                .header("accept-encoding", enc)
                .send()
                .await
                .unwrap();
            assert_eq!(resp.status(), 200);
            assert_eq!(resp.headers()["content-encoding"], enc, "{path}");
        }
    }
    t.p.shutdown().await;
}

async fn openapi_lists_exactly_the_routes(backend: Backend) {
    let t = portal(&backend).await;
    let doc: serde_json::Value = t
        .http
        .get(t.url("/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    let mut documented = HashSet::new();
    for (path, ops) in paths {
        for method in ops.as_object().unwrap().keys() {
            documented.insert((method.to_uppercase(), path.clone()));
        }
    }
    let routed: HashSet<(String, String)> = welcome_portal::routes::ROUTES
        .iter()
        .map(|r| (r.method.to_string(), r.path.to_owned()))
        .collect();
    assert_eq!(documented, routed);
    // Every documented operation is served (not 404/405) and no other method is.
    for (method, path) in &documented {
        let concrete = path.replace("{id}", "x");
        for m in ["GET", "POST", "PUT", "DELETE", "PATCH"] {
            let resp = t
                .http
                .request(m.parse().unwrap(), t.url(&concrete))
                .send()
                .await
                .unwrap();
            let s = resp.status().as_u16();
            if m == method || documented.contains(&(m.to_owned(), path.clone())) {
                assert!(
                    s != 405 && (s != 404 || path.contains("{id}")),
                    "{m} {path} -> {s}"
                );
            } else {
                assert_eq!(s, 405, "{m} {path}");
            }
        }
    }
    t.p.shutdown().await;
}

support::on_each_backend!(async: paging_through_the_whole_feed_matches_the_server_and_resumes, tombstones_and_the_resync_answer, jobs_are_scoped_by_town_circle_and_field, bad_feed_input_is_a_json_4xx, responses_are_compressed_when_asked, openapi_lists_exactly_the_routes);
