//! Two real `welcome-portal serve` processes on one PostgreSQL database, with clients synced
//! through both by turns: one feed, one set of accounts, sessions and rate limits that count
//! across both, and a mutation batch retried on the other process applied once.

mod support;

use serde_json::json;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use support::Backend;
use welcome_portal::store::Database;
use welcome_portal::Admin;
use welcome_protocol::{
    Entity, FeedLine, JobScope, MutationBatchResponse, MutationStatus, UserFeedLine,
};

const PASSWORD: &str = "a long enough password";

/// A `welcome-portal serve` process, killed when dropped.
struct Process {
    child: Child,
    url: String,
}

impl Process {
    /// Starts one on a free loopback port and waits until it serves.
    fn start(db: &Database) -> Self {
        let Database::Postgres(url) = db else {
            panic!("processes share a PostgreSQL database")
        };
        let mut child = Command::new(env!("CARGO_BIN_EXE_welcome-portal"))
            .args(["serve", "--addr", "127.0.0.1:0", "--database", url])
            .env("RUST_LOG", "info")
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        // Reads the log until the address, then keeps draining it so the process never blocks.
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(rest) = line.split("serving ").nth(1) {
                    assert!(!line.contains("secret"), "the password was logged: {line}");
                    if let Some(tx) = tx.take() {
                        let _ = tx.send(rest.split_whitespace().next().unwrap_or("").to_owned());
                    }
                }
            }
        });
        let url = rx
            .recv_timeout(std::time::Duration::from_secs(120))
            .expect("the portal process did not start serving");
        Self { child, url }
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The database URL with a password that must never show in a log.
fn with_password(url: &str) -> String {
    url.replacen("postgres://postgres@", "postgres://postgres:secret@", 1)
}

struct Client {
    http: reqwest::Client,
}

impl Client {
    async fn register(&self, p: &Process, email: &str) -> String {
        let resp = self
            .http
            .post(format!("{}/v1/accounts", p.url))
            .json(&json!({"email": email, "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 201);
        let body: serde_json::Value = resp.json().await.unwrap();
        body["token"].as_str().unwrap().to_owned()
    }

    async fn login(&self, p: &Process, email: &str, password: &str) -> u16 {
        self.http
            .post(format!("{}/v1/sessions", p.url))
            .json(&json!({"email": email, "password": password}))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }

    /// One content feed page: its lines, next cursor and whether more follow.
    async fn feed(&self, p: &Process, cursor: &Option<String>) -> (Vec<FeedLine>, String, bool) {
        let scope = serde_json::to_string(&JobScope::everything()).unwrap();
        let mut q = vec![("limit", "40".to_owned()), ("scope", scope)];
        if let Some(c) = cursor {
            q.push(("cursor", c.clone()));
        }
        let resp = self
            .http
            .get(format!("{}/v1/feed", p.url))
            .query(&q)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        let mut lines: Vec<FeedLine> = resp
            .text()
            .await
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        match lines.pop() {
            Some(FeedLine::End {
                cursor, has_more, ..
            }) => (lines, cursor, has_more),
            other => panic!("page without end line: {other:?}"),
        }
    }

    async fn push(
        &self,
        p: &Process,
        token: &str,
        batch: &serde_json::Value,
    ) -> MutationBatchResponse {
        let resp = self
            .http
            .post(format!("{}/v1/me/mutations", p.url))
            .bearer_auth(token)
            .json(batch)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        resp.json().await.unwrap()
    }

    /// One page of the user's feed: record ids, next cursor, more?
    async fn user_feed(
        &self,
        p: &Process,
        token: &str,
        cursor: &Option<String>,
    ) -> (Vec<String>, String, bool) {
        let mut req = self
            .http
            .get(format!("{}/v1/me/feed", p.url))
            .bearer_auth(token)
            .query(&[("limit", "3")]);
        if let Some(c) = cursor {
            req = req.query(&[("cursor", c)]);
        }
        let resp = req.send().await.unwrap();
        assert_eq!(resp.status(), 200);
        let mut ids = Vec::new();
        for line in resp.text().await.unwrap().lines() {
            match serde_json::from_str(line).unwrap() {
                UserFeedLine::Record { record_id, .. } => ids.push(record_id),
                UserFeedLine::End { cursor, has_more } => return (ids, cursor, has_more),
            }
        }
        panic!("user feed page without end line")
    }
}

fn set(id: u64, record: &str) -> serde_json::Value {
    let hlc = welcome_protocol::Hlc::new(1_700_000_000_000 + id, 0, "dev").0;
    json!({"id": id, "collection": "person", "record_id": record, "hlc": hlc,
           "change": {"op": "set", "fields": {"name": record}}})
}

/// PostgreSQL only: a SQLite file belongs to one process.
#[tokio::test(flavor = "multi_thread")]
async fn two_processes_serve_one_portal() {
    let Some(backend) = Backend::postgres() else {
        return;
    };
    let test_db = backend.test_db();
    let Database::Postgres(url) = &test_db.database else {
        unreachable!()
    };
    let db = Database::Postgres(with_password(url));
    // The test cluster trusts loopback, so the password is accepted and ignored.
    let (a, b) = (Process::start(&db), Process::start(&db));
    let ps = [&a, &b];
    let c = Client {
        http: reqwest::Client::new(),
    };

    // One set of accounts: registered on one, the e-mail is taken on the other, the session
    // works there and a login there makes another one.
    let token = c.register(&a, "ana@example.org").await;
    let taken = c
        .http
        .post(format!("{}/v1/accounts", b.url))
        .json(&json!({"email": "ana@example.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(taken.status(), 409);
    let sessions = |p: &Process| {
        c.http
            .get(format!("{}/v1/me/sessions", p.url))
            .bearer_auth(&token)
            .send()
    };
    assert_eq!(sessions(&b).await.unwrap().status(), 200);
    assert_eq!(c.login(&b, "ana@example.org", PASSWORD).await, 200);

    // One content feed: jobs written while a client pages through both processes by turns.
    let store = {
        let db = db.clone();
        support::backends::off_runtime(move || db.open()).unwrap()
    };
    let admin = Admin::new(store.clone());
    // Jobs are added, changed and deleted between pages, and the pages come from both
    // processes by turns; the client's copy must end up equal to the database.
    let mut state: BTreeMap<(String, String), Entity> = BTreeMap::new();
    let (mut cursor, mut turn) = (None, 0u64);
    for round in 0..4u64 {
        admin.seed_jobs(60, 10 + round).unwrap();
        loop {
            if turn % 3 == 2 {
                admin.touch_jobs(5.0, turn).unwrap();
            }
            let (lines, next, more) = c.feed(ps[(turn % 2) as usize], &cursor).await;
            turn += 1;
            for l in lines {
                match l {
                    FeedLine::Upsert { entity, .. } => {
                        let key = (entity.kind().as_str().to_owned(), entity.id().to_owned());
                        state.insert(key, entity);
                    }
                    FeedLine::Delete { kind, id, .. } => {
                        state.remove(&(kind.as_str().to_owned(), id));
                    }
                    FeedLine::End { .. } => unreachable!(),
                }
            }
            cursor = Some(next);
            if !more {
                break;
            }
        }
    }
    let server: BTreeMap<(String, String), Entity> = admin
        .content_as_sent(&[])
        .into_iter()
        .map(|e| ((e.kind().as_str().to_owned(), e.id().to_owned()), e))
        .collect();
    assert!(turn > 8, "{turn} pages");
    assert_eq!(state.len(), server.len());
    assert!(
        state == server,
        "the client's copy differs from the database"
    );

    // Rate limits count across both: five wrong passwords, alternating, then both refuse.
    c.register(&b, "ben@example.org").await;
    for i in 0..5 {
        assert_eq!(
            c.login(ps[i % 2], "ben@example.org", "wrong wrong wrong")
                .await,
            401
        );
    }
    assert_eq!(c.login(&a, "ben@example.org", PASSWORD).await, 429);
    assert_eq!(c.login(&b, "ben@example.org", PASSWORD).await, 429);

    // A batch retried on the other process is applied once; sent to both at once, each
    // mutation is applied by exactly one of them.
    let batch = json!({"client_id": "dev-a", "mutations": [set(1, "p1"), set(2, "p2")]});
    let first = c.push(&a, &token, &batch).await;
    assert!(first
        .results
        .iter()
        .all(|r| r.status == MutationStatus::Applied));
    let retry = c.push(&b, &token, &batch).await;
    assert!(retry
        .results
        .iter()
        .all(|r| r.status == MutationStatus::Duplicate));
    assert_eq!(retry.last_mutation_id, 2);
    let both =
        json!({"client_id": "dev-a", "mutations": [set(3, "p3"), set(4, "p4"), set(5, "p5")]});
    let (ra, rb) = tokio::join!(c.push(&a, &token, &both), c.push(&b, &token, &both));
    for (x, y) in ra.results.iter().zip(&rb.results) {
        let applied = [x.status, y.status]
            .iter()
            .filter(|s| **s == MutationStatus::Applied)
            .count();
        assert_eq!(applied, 1, "{x:?} / {y:?}");
    }
    // The user's feed, paged through both by turns, has each record once.
    let (mut ids, mut cursor, mut turn) = (Vec::new(), None, 0);
    loop {
        let (page, next, more) = c.user_feed(ps[turn % 2], &token, &cursor).await;
        ids.extend(page);
        cursor = Some(next);
        turn += 1;
        if !more {
            break;
        }
    }
    assert_eq!(ids, ["p1", "p2", "p3", "p4", "p5"]);
    assert!(turn >= 2);
    let meta = support::backends::off_runtime(|| store.feed_meta()).unwrap();
    assert!(meta.max_seq > 0);
}
