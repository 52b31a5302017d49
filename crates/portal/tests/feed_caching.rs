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

/// A poll at the feed's head is answered by its end line alone (the same cursor, nothing
/// more), is never kept, and sees a write at once; a cursor the head cannot serve still gets
/// the resync answer.
async fn a_poll_at_the_head_is_its_end_line_and_sees_a_write_at_once(backend: Backend) {
    let t = portal(&backend).await;
    t.p.admin().seed_jobs(30, 5).unwrap();
    let scope = all_scope();
    let client = reqwest::Client::new();
    let get = |cursor: Option<String>, scope: String| {
        client
            .get(t.url("/v1/feed"))
            .query(&query(cursor.as_deref(), &scope))
            .send()
    };
    let mut cursor = None;
    loop {
        let (next, has_more) = end_of(
            &get(cursor, scope.clone())
                .await
                .unwrap()
                .text()
                .await
                .unwrap(),
        );
        cursor = Some(next);
        if !has_more {
            break;
        }
    }
    let head = cursor.unwrap();

    let poll = get(Some(head.clone()), scope.clone()).await.unwrap();
    assert_eq!(poll.status(), 200);
    assert_eq!(poll.headers()["cache-control"], "no-store");
    let text = poll.text().await.unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    match serde_json::from_str(text.trim_end()).unwrap() {
        FeedLine::End {
            cursor,
            has_more,
            remaining,
        } => {
            assert_eq!(cursor, head);
            assert!(!has_more);
            assert_eq!(remaining, Some(0));
        }
        other => panic!("not an end line: {other:?}"),
    }

    t.p.admin().touch_jobs(10.0, 6).unwrap();
    let after_write = get(Some(head.clone()), scope.clone())
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        after_write.lines().count() > 1,
        "the changed ads come with the next poll: {after_write}"
    );

    // The head's cursor with another job scope: the resync answer, as for any page.
    let narrow = serde_json::to_string(&JobScope::default()).unwrap();
    let other_scope = get(Some(head), narrow).await.unwrap();
    assert_eq!(other_scope.status(), 409);
    t.p.shutdown().await;
}

support::on_each_backend!(async: a_poll_at_the_head_is_its_end_line_and_sees_a_write_at_once);
