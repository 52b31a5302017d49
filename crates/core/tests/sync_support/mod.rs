//! Helpers of the sync tests: companions over temporary folders, snapshots of the cache, and a
//! tiny loopback server that replays canned (possibly broken) answers in our own feed format.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use welcome_core::secrets::MemoryTokenStore;
use welcome_core::sync::SyncOptions;
use welcome_core::Companion;
use welcome_portal::{PortalConfig, RunningPortal};

/// A companion over a fresh folder with an in-memory token store.
pub fn companion(dir: &std::path::Path, portal: &str) -> Companion {
    let c = Companion::open_with(dir, Box::new(MemoryTokenStore::default())).unwrap();
    c.set_portal_url(portal).unwrap();
    c
}

/// Short timeouts and retries, so failure tests end quickly.
pub fn quick_options(page_size: u32) -> SyncOptions {
    SyncOptions {
        page_size,
        read_timeout: Duration::from_millis(700),
        push_attempts: 3,
        retry_base: Duration::from_millis(20),
        ..SyncOptions::default()
    }
}

/// Everything the content cache holds, in a comparable form.
#[derive(Debug, PartialEq)]
pub struct Snapshot {
    pub content: Vec<(String, String, i64, String)>,
    pub jobs: Vec<(String, i64, String)>,
    pub cursor: Option<String>,
    pub fts_rows: i64,
}

pub fn snapshot(c: &Companion) -> Snapshot {
    c.store()
        .read(|conn| {
            let mut s =
                conn.prepare("SELECT kind, id, seq, data FROM content ORDER BY kind, id")?;
            let content = s
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<Result<_, _>>()?;
            let mut s = conn.prepare("SELECT id, seq, data FROM jobs ORDER BY id")?;
            let jobs = s
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<_, _>>()?;
            let cursor = conn
                .query_row(
                    "SELECT value FROM sync_state WHERE key = 'cursor'",
                    [],
                    |r| r.get(0),
                )
                .ok();
            let fts_rows = conn.query_row("SELECT count(*) FROM jobs_fts", [], |r| r.get(0))?;
            Ok(Snapshot {
                content,
                jobs,
                cursor,
                fts_rows,
            })
        })
        .unwrap()
}

/// A job summary as the feed carries it.
pub fn job_json(id: &str, title: &str, city: &str) -> String {
    format!(
        r#"{{"id":"{id}","title":"{title}","occupation":"Koch/Köchin","field":"food","employer":"Gasthaus","municipality_id":"essen","city":"{city}","postcode":"45127","lat":51.45,"lon":7.01,"working_time":["full_time"],"offer_type":"job","published":"2026-11-01","modified":"2026-11-01T08:00:00Z"}}"#
    )
}

pub fn upsert_job(seq: u64, id: &str, title: &str) -> String {
    format!(
        r#"{{"op":"upsert","seq":{seq},"kind":"job","data":{}}}"#,
        job_json(id, title, "Essen")
    )
}

pub fn upsert_municipality(seq: u64, id: &str, name: &str) -> String {
    format!(
        r#"{{"op":"upsert","seq":{seq},"kind":"municipality","data":{{"id":"{id}","name":"{name}","lat":51.4,"lon":7.0}}}}"#
    )
}

pub fn end(cursor: &str, has_more: bool) -> String {
    format!(r#"{{"op":"end","cursor":"{cursor}","has_more":{has_more}}}"#)
}

/// What the canned server does with one connection.
#[derive(Clone)]
pub enum Canned {
    /// A complete answer: status, content type, body.
    Full(u16, &'static str, String),
    /// Headers promising `promised` bytes, then only `body`, then the connection closes.
    CutOff(String, usize),
    /// Headers, then silence until the client gives up.
    Stall,
    /// Reads the whole request, then closes without answering (an answer lost on the way).
    Drop,
}

/// A loopback server answering each connection with the next canned answer (the last one
/// repeats). Returns its base URL and a counter of requests served.
pub async fn canned_server(answers: Vec<Canned>) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let served = count.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            // Head and body are written apart: without this, Nagle holds the body back.
            let _ = socket.set_nodelay(true);
            let n = served.fetch_add(1, Ordering::SeqCst);
            let answer = answers[n.min(answers.len() - 1)].clone();
            tokio::spawn(async move {
                // Read the request: head, then as many body bytes as it announces.
                let mut buf = Vec::new();
                let mut chunk = [0u8; 8192];
                let head_end = loop {
                    if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        break p + 4;
                    }
                    match socket.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(k) => buf.extend_from_slice(&chunk[..k]),
                    }
                };
                let head = String::from_utf8_lossy(&buf[..head_end]).to_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(0);
                while buf.len() < head_end + length {
                    match socket.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(k) => buf.extend_from_slice(&chunk[..k]),
                    }
                }
                let head = |status: u16, ctype: &str, len: usize| {
                    format!("HTTP/1.1 {status} X\r\ncontent-type: {ctype}\r\ncontent-length: {len}\r\nconnection: close\r\n\r\n")
                };
                match answer {
                    Canned::Full(status, ctype, body) => {
                        let _ = socket
                            .write_all(head(status, ctype, body.len()).as_bytes())
                            .await;
                        let _ = socket.write_all(body.as_bytes()).await;
                    }
                    Canned::CutOff(body, promised) => {
                        let _ = socket
                            .write_all(head(200, "application/x-ndjson", promised).as_bytes())
                            .await;
                        let _ = socket.write_all(body.as_bytes()).await;
                    }
                    Canned::Drop => {}
                    Canned::Stall => {
                        let _ = socket
                            .write_all(head(200, "application/x-ndjson", 100_000).as_bytes())
                            .await;
                        let _ = socket.write_all(b"{\"op\":\"upsert\"").await;
                        tokio::time::sleep(Duration::from_secs(30)).await;
                    }
                }
                let _ = socket.shutdown().await;
            });
        }
    });
    (format!("http://{addr}"), count)
}

pub fn ndjson(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

/// One HTTP/1.1 request as a proxy reads it: header names lowercased.
pub struct Request {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// Reads one request (head and `content-length` body); `None` when the peer closes first.
pub async fn read_request(socket: &mut tokio::net::TcpStream) -> Option<Request> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break p + 4;
        }
        match socket.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(k) => buf.extend_from_slice(&chunk[..k]),
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, path) = (first.next()?.to_owned(), first.next()?.to_owned());
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_lowercase(), v.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0usize);
    while buf.len() < head_end + length {
        match socket.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(k) => buf.extend_from_slice(&chunk[..k]),
        }
    }
    Some(Request {
        method,
        path,
        headers,
        body: buf[head_end..head_end + length].to_vec(),
    })
}

/// The request headers a proxy passes on; `compressed` also passes `accept-encoding` (the
/// proxy then passes the answer's `content-encoding` back).
pub fn forwardable(headers: Vec<(String, String)>, compressed: bool) -> Vec<(String, String)> {
    headers
        .into_iter()
        .filter(|(k, _)| {
            matches!(k.as_str(), "authorization" | "content-type" | "accept")
                || (compressed && k == "accept-encoding")
        })
        .collect()
}

/// A loopback HTTP proxy in front of `target` that serves one request per connection and can
/// lose answers: the requests whose path starts with `drop_path` are counted from 0, and the
/// answers of those numbered `drop_from .. drop_from + drop_count` never come back (the portal
/// did the work, the connection just closes). Returns its base URL and how many it dropped.
pub async fn lossy_proxy(
    target: String,
    drop_path: &'static str,
    drop_from: usize,
    drop_count: usize,
) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let dropped = Arc::new(AtomicUsize::new(0));
    let counter = dropped.clone();
    let matching = Arc::new(AtomicUsize::new(0));
    let client = reqwest::Client::builder()
        .no_gzip()
        .no_zstd()
        .build()
        .unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            // Head and body are written apart: without this, Nagle holds the body back.
            let _ = socket.set_nodelay(true);
            let client = client.clone();
            let target = target.clone();
            let counter = counter.clone();
            let matching = matching.clone();
            tokio::spawn(async move {
                let Some(Request {
                    method,
                    path,
                    headers,
                    body,
                }) = read_request(&mut socket).await
                else {
                    return;
                };
                let headers = forwardable(headers, true);
                let mut request = client
                    .request(method.parse().unwrap(), format!("{target}{path}"))
                    .body(body);
                for (k, v) in headers {
                    request = request.header(k, v);
                }
                let Ok(response) = request.send().await else {
                    return;
                };
                let status = response.status().as_u16();
                let ctype = response
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("application/octet-stream")
                    .to_owned();
                let encoding = response
                    .headers()
                    .get("content-encoding")
                    .and_then(|v| v.to_str().ok())
                    .map(|e| format!("content-encoding: {e}\r\n"))
                    .unwrap_or_default();
                let Ok(answer) = response.bytes().await else {
                    return;
                };
                if path.starts_with(drop_path) {
                    let n = matching.fetch_add(1, Ordering::SeqCst);
                    if (drop_from..drop_from + drop_count).contains(&n) {
                        counter.fetch_add(1, Ordering::SeqCst);
                        return; // the portal did the work; the answer is lost
                    }
                }
                let head = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: {ctype}\r\n{encoding}content-length: {}\r\nconnection: close\r\n\r\n",
                    answer.len()
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.write_all(&answer).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    (format!("http://{addr}"), dropped)
}

/// The cache's content as (kind, id) → entity JSON, jobs included.
pub fn local_content(
    c: &Companion,
) -> std::collections::BTreeMap<(String, String), serde_json::Value> {
    c.store()
        .read(|conn| {
            let mut out = std::collections::BTreeMap::new();
            let mut s = conn.prepare(
                "SELECT kind, id, data FROM content UNION ALL SELECT 'job', id, data FROM jobs",
            )?;
            let rows = s.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?;
            for row in rows {
                let (kind, id, data) = row?;
                out.insert((kind, id), serde_json::from_str(&data).unwrap());
            }
            Ok(out)
        })
        .unwrap()
}

/// `PRAGMA integrity_check` and the FTS index's own check, on a fresh connection: FTS5's
/// integrity method reads the index structure a pooled connection cached before the last
/// commit elsewhere and reports that as corruption (queries themselves re-read it).
pub fn assert_intact(c: &Companion) {
    let conn = rusqlite::Connection::open(c.store().path()).unwrap();
    (|| -> rusqlite::Result<()> {
        let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        assert_eq!(ok, "ok");
        let stale: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sync_state WHERE key = 'fts_stale')",
            [],
            |r| r.get(0),
        )?;
        if !stale {
            conn.execute_batch("INSERT INTO jobs_fts (jobs_fts) VALUES ('integrity-check')")?;
        }
        Ok(())
    })()
    .unwrap();
}

/// A portal that can be stopped and started again on the same address over the same file.
pub struct RestartablePortal {
    running: Option<RunningPortal>,
    db: PathBuf,
    pub addr: SocketAddr,
    /// Restores so far (each goes to a file of its own, see `restore`).
    restores: u32,
    pub url: String,
}

impl RestartablePortal {
    /// Starts on a port below the ephemeral range: a port the system hands out for outgoing
    /// connections (any test's, in parallel) could be taken while the portal is stopped and
    /// must come back on the same address.
    pub async fn start(dir: &Path) -> Self {
        let db = dir.join("portal.sqlite");
        let mut tries = 0;
        let running = loop {
            let port = 20_000 + (rand::random::<u16>() % 12_000);
            let config = PortalConfig {
                addr: SocketAddr::from(([127, 0, 0, 1], port)),
                ..PortalConfig::for_tests(db.clone())
            };
            match welcome_portal::start(config).await {
                Ok(running) => break running,
                Err(e) if tries < 50 => {
                    tries += 1;
                    tracing::debug!("port {port} taken: {e}");
                }
                Err(e) => panic!("no free port for the portal: {e}"),
            }
        };
        let addr = running.addr;
        Self {
            url: running.base_url.clone(),
            running: Some(running),
            db,
            addr,
            restores: 0,
        }
    }

    pub fn admin(&self) -> welcome_portal::Admin {
        self.running.as_ref().unwrap().admin()
    }

    pub async fn stop(&mut self) {
        if let Some(p) = self.running.take() {
            p.shutdown().await;
        }
    }

    /// Starts again on the same address (the content is loaded again, unchanged).
    pub async fn restart(&mut self) {
        self.stop().await;
        // Another test may hold the port for a moment (it picked the same one at random).
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let config = PortalConfig {
                addr: self.addr,
                ..PortalConfig::for_tests(self.db.clone())
            };
            match welcome_portal::start(config).await {
                Ok(running) => {
                    self.running = Some(running);
                    return;
                }
                Err(e) if std::time::Instant::now() < deadline => {
                    tracing::debug!("restart on {} waits: {e}", self.addr);
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => panic!("the portal could not start again on {}: {e}", self.addr),
            }
        }
    }

    /// The clock of one field of a user's record as the portal stores it (empty when the
    /// portal has no such field).
    pub fn field_hlc(&self, email: &str, collection: &str, record: &str, field: &str) -> String {
        let conn = rusqlite::Connection::open(&self.db).unwrap();
        let fields: Option<String> = conn
            .query_row(
                "SELECT r.fields FROM user_records r JOIN users u ON u.id = r.user_id \
                 WHERE u.email = ?1 AND r.collection = ?2 AND r.record_id = ?3",
                [email, collection, record],
                |r| r.get(0),
            )
            .ok();
        fields
            .and_then(|f| serde_json::from_str::<serde_json::Value>(&f).ok())
            .and_then(|f| f[field]["hlc"].as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// A consistent copy of the database, as an operator's backup.
    pub fn backup(&self, to: &Path) {
        // A later backup replaces an earlier one (VACUUM INTO refuses an existing file).
        let _ = std::fs::remove_file(to);
        let conn = rusqlite::Connection::open(&self.db).unwrap();
        conn.execute("VACUUM INTO ?1", [to.to_str().unwrap()])
            .unwrap();
    }

    /// Puts a backup back in place of the database, as an operator's restore.
    pub async fn restore(&mut self, from: &Path) {
        if let Some(p) = self.running.take() {
            p.shutdown().await;
        }
        // The operator's restore puts the backup where the database was, beside the portal's
        // restore guard. In this process the stopped portal's connections may outlive its
        // shutdown for a moment, so the backup goes to a new file that takes over the guard,
        // which is the same situation without two handles on one file.
        self.restores += 1;
        let restored = self
            .db
            .with_file_name(format!("portal-restored-{}.sqlite", self.restores));
        std::fs::copy(from, &restored).unwrap();
        let guard = |db: &Path| {
            let mut name = db.as_os_str().to_owned();
            name.push(".restore-guard");
            PathBuf::from(name)
        };
        std::fs::copy(guard(&self.db), guard(&restored)).unwrap();
        self.db = restored;
        self.restart().await;
    }
}
