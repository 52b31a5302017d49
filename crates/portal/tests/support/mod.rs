//! Shared helpers: a real portal on loopback over a temporary database, a small client, and
//! the two backends every test that stores something runs on.
#![allow(dead_code, unused_macros, unused_imports)]

pub mod backends;

pub(crate) use backends::on_each_backend;
pub use backends::{Backend, TestDb, TestStore};
use welcome_portal::{PortalConfig, RunningPortal};
use welcome_protocol::FeedLine;

pub struct Portal {
    pub p: RunningPortal,
    pub http: reqwest::Client,
    /// Dropped after the portal: its database goes last.
    pub db: TestDb,
}

pub async fn portal(backend: &Backend) -> Portal {
    portal_with(backend, |_| {}).await
}

/// A portal whose test configuration `adjust` changes first (limits, lifetimes).
pub async fn portal_with(backend: &Backend, adjust: impl FnOnce(&mut PortalConfig)) -> Portal {
    let db = backend.test_db();
    let mut config = PortalConfig::for_tests_on(db.database.clone());
    adjust(&mut config);
    let p = welcome_portal::start(config).await.unwrap();
    Portal {
        p,
        http: reqwest::Client::new(),
        db,
    }
}

pub struct Page {
    pub lines: Vec<FeedLine>,
    pub cursor: String,
    pub has_more: bool,
}

impl Portal {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.p.base_url)
    }

    pub async fn feed_raw(
        &self,
        cursor: Option<&str>,
        limit: Option<u32>,
        scope: Option<&str>,
    ) -> reqwest::Response {
        let mut q: Vec<(&str, String)> = Vec::new();
        if let Some(c) = cursor {
            q.push(("cursor", c.to_owned()));
        }
        if let Some(l) = limit {
            q.push(("limit", l.to_string()));
        }
        if let Some(s) = scope {
            q.push(("scope", s.to_owned()));
        }
        self.http
            .get(self.url("/v1/feed"))
            .query(&q)
            .send()
            .await
            .unwrap()
    }

    pub async fn feed(
        &self,
        cursor: Option<&str>,
        limit: Option<u32>,
        scope: Option<&str>,
    ) -> Page {
        let resp = self.feed_raw(cursor, limit, scope).await;
        assert_eq!(resp.status(), 200, "feed answered {}", resp.status());
        let text = resp.text().await.unwrap();
        let mut lines: Vec<FeedLine> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        match lines.pop() {
            Some(FeedLine::End {
                cursor, has_more, ..
            }) => Page {
                lines,
                cursor,
                has_more,
            },
            other => panic!("page without end line: {other:?}"),
        }
    }

    /// Pulls every page from `cursor`; returns the lines and the last cursor.
    pub async fn pull_all(
        &self,
        cursor: Option<String>,
        limit: u32,
        scope: Option<&str>,
    ) -> (Vec<FeedLine>, String) {
        let mut cursor = cursor;
        let mut all = Vec::new();
        loop {
            let page = self.feed(cursor.as_deref(), Some(limit), scope).await;
            all.extend(page.lines);
            cursor = Some(page.cursor);
            if !page.has_more {
                return (all, cursor.unwrap_or_default());
            }
        }
    }

    pub async fn register(&self, email: &str) -> welcome_protocol::SessionResponse {
        let resp = self
            .http
            .post(self.url("/v1/accounts"))
            .json(&serde_json::json!({"email": email, "password": "a long enough password"}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 201);
        resp.json().await.unwrap()
    }

    pub async fn user_feed(&self, token: &str) -> Vec<welcome_protocol::UserFeedLine> {
        let resp = self
            .http
            .get(self.url("/v1/me/feed"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        resp.text()
            .await
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

/// The error body of a failed answer, after checking its status.
pub async fn expect_error(resp: reqwest::Response, status: u16) -> welcome_protocol::ApiError {
    assert_eq!(resp.status().as_u16(), status);
    assert!(resp.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    resp.json().await.unwrap()
}
