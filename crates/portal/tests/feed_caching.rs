//! Feed pages and HTTP caches: a page that more pages certainly follow may be kept by any
//! cache (strong entity tag, `immutable`, `304` on `If-None-Match`); a page that may hold the
//! feed's head never is, since a kept copy of it would hide every later change.

mod support;

use support::{portal, Backend};
use welcome_protocol::{FeedLine, JobScope};

fn all_scope() -> String {
    serde_json::to_string(&JobScope::everything()).unwrap()
}

fn end_of(text: &str) -> (String, bool) {
    match serde_json::from_str(text.lines().last().unwrap()).unwrap() {
        FeedLine::End {
            cursor, has_more, ..
        } => (cursor, has_more),
        other => panic!("no end line: {other:?}"),
    }
}

fn query(cursor: Option<&str>, scope: &str) -> Vec<(&'static str, String)> {
    let mut q = vec![("limit", "100".to_owned()), ("scope", scope.to_owned())];
    if let Some(c) = cursor {
        q.push(("cursor", c.to_owned()));
    }
    q
}

async fn pages_that_more_pages_follow_are_cacheable_and_the_head_never_is(backend: Backend) {
    let t = portal(&backend).await;
    t.p.admin().seed_jobs(350, 4).unwrap();
    let scope = all_scope();
    let raw = reqwest::Client::builder()
        .no_gzip()
        .no_zstd()
        .build()
        .unwrap();
    let get = |cursor: Option<String>, tag: Option<String>| {
        let mut r = raw
            .get(t.url("/v1/feed"))
            .query(&query(cursor.as_deref(), &scope));
        if let Some(tag) = tag {
            r = r.header("if-none-match", tag);
        }
        r.send()
    };

    // Walk the feed: every page but the last is cacheable, with a strong tag.
    let mut cursor: Option<String> = None;
    let mut tags = Vec::new();
    loop {
        let resp = get(cursor.clone(), None).await.unwrap();
        assert_eq!(resp.status(), 200);
        let cache = resp.headers()["cache-control"].to_str().unwrap().to_owned();
        let etag = resp
            .headers()
            .get("etag")
            .map(|v| v.to_str().unwrap().to_owned());
        let (next, has_more) = end_of(&resp.text().await.unwrap());
        if has_more {
            assert_eq!(cache, "public, max-age=31536000, immutable");
            let etag = etag.expect("a cacheable page has an entity tag");
            assert!(
                etag.starts_with('"') && !etag.starts_with("W/"),
                "strong: {etag}"
            );
            tags.push((cursor.clone(), etag));
        } else {
            assert_eq!(
                cache, "no-store",
                "the page with the feed's head is never kept"
            );
            assert!(etag.is_none());
        }
        cursor = Some(next);
        if !has_more {
            break;
        }
    }
    assert!(tags.len() >= 3, "several cacheable pages: {}", tags.len());
    // The empty poll at the head is never kept either.
    let poll = get(cursor.clone(), None).await.unwrap();
    assert_eq!(poll.headers()["cache-control"], "no-store");

    // The same request with its tag: 304, no body.
    let (first_cursor, first_tag) = tags[0].clone();
    let again = get(first_cursor.clone(), Some(first_tag.clone()))
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["etag"], first_tag.as_str());
    assert!(again.bytes().await.unwrap().is_empty());

    // A gzip answer carries its own tag, accepted back as well.
    let gz = raw
        .get(t.url("/v1/feed"))
        .query(&query(first_cursor.as_deref(), &scope))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    let gz_tag = gz.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(
        gz_tag,
        format!("{}-gzip\"", first_tag.trim_end_matches('"'))
    );
    let gz_again = raw
        .get(t.url("/v1/feed"))
        .query(&query(first_cursor.as_deref(), &scope))
        .header("accept-encoding", "gzip")
        .header("if-none-match", &gz_tag)
        .send()
        .await
        .unwrap();
    assert_eq!(gz_again.status(), 304);

    // After a change the portal's answer is another one (a kept copy stays a correct answer).
    t.p.admin().touch_jobs(5.0, 8).unwrap();
    let changed = get(first_cursor, Some(first_tag.clone())).await.unwrap();
    assert_eq!(changed.status(), 200);
    assert_ne!(changed.headers()["etag"], first_tag.as_str());
    t.p.shutdown().await;
}

support::on_each_backend!(async: pages_that_more_pages_follow_are_cacheable_and_the_head_never_is);
