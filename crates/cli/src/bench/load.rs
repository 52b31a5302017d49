//! The portal under load, as its own process (`welcome-portal serve`, so its peak memory is
//! its own): empty polls at 1,000 connections from a real load generator (wrk), and 50 clients
//! pulling the whole feed at once, directly and through a real caching proxy (nginx) that
//! keeps the pages the portal marks `immutable`.

use anyhow::Context;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where the portal under load keeps its data.
pub enum Backend {
    /// The SQLite file the sync benchmark's portal wrote.
    Sqlite(PathBuf),
    /// A PostgreSQL server (`WELCOME_TEST_POSTGRES`, a superuser's URL): the benchmark makes a
    /// database of its own there and seeds it with the same ads.
    Postgres(String),
}

impl Backend {
    fn label(&self) -> &'static str {
        match self {
            Backend::Sqlite(_) => "SQLite",
            Backend::Postgres(_) => "PostgreSQL",
        }
    }
}

/// What the load section of the report shows, for one backend.
pub struct LoadFigures {
    pub backend: &'static str,
    pub jobs: u64,
    pub polls: Option<WrkRun>,
    pub direct: CrowdRun,
    pub cached: Option<CrowdRun>,
    /// Peak resident memory of the portal process over the whole load, in KiB.
    pub portal_hwm_kib: Option<u64>,
    /// Why a part could not run (a tool missing), for the report.
    pub notes: Vec<String>,
}

/// One wrk run.
pub struct WrkRun {
    pub connections: u32,
    pub requests_per_sec: f64,
    pub p50: Duration,
    pub p99: Duration,
    pub errors: u64,
}

/// Many clients pulling the whole feed from no cursor at the same moment.
pub struct CrowdRun {
    pub clients: usize,
    pub total: Duration,
    pub page_p50: Duration,
    pub page_p99: Duration,
    pub pages: usize,
    pub bytes: u64,
    /// Answers the proxy served from its cache (its `X-Cache: HIT`).
    pub cache_hits: usize,
}

/// The portal binary beside this benchmark's own (both come from one `cargo build`).
fn portal_binary() -> anyhow::Result<PathBuf> {
    let me = std::env::current_exe()?;
    let bin = me.with_file_name("welcome-portal");
    anyhow::ensure!(
        bin.exists(),
        "{} is missing: build it with `cargo build --release -p welcome-portal`",
        bin.display()
    );
    Ok(bin)
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

/// A child process killed when dropped.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn vm_hwm_of(pid: u32) -> Option<u64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

async fn wait_for(url: &str) -> anyhow::Result<()> {
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if client.get(url).send().await.is_ok() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    anyhow::bail!("{url} did not answer within a minute")
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The feed URL of a first pull of everything, and of the empty poll at its end.
async fn feed_urls(base: &str, page_size: u32) -> anyhow::Result<(String, String)> {
    let scope = serde_json::to_string(&welcome_protocol::JobScope::everything())?;
    let first = reqwest::Url::parse_with_params(
        &format!("{base}/v1/feed"),
        &[
            ("limit", page_size.to_string()),
            ("scope", scope.clone()),
            ("lang", "en,de".to_owned()),
        ],
    )?;
    let client = reqwest::Client::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut url = first.clone();
        if let Some(c) = &cursor {
            url.query_pairs_mut().append_pair("cursor", c);
        }
        let response = client.get(url).send().await?.error_for_status()?;
        let end = crate::limit::drain_page(response).await?;
        cursor = end.cursor;
        if !end.has_more {
            break;
        }
    }
    let mut poll = first.clone();
    poll.query_pairs_mut()
        .append_pair("cursor", cursor.as_deref().unwrap_or_default());
    Ok((first.to_string(), poll.to_string()))
}

fn wrk(url: &str, connections: u32) -> anyhow::Result<WrkRun> {
    let out = Command::new("wrk")
        .args([
            "-t2",
            &format!("-c{connections}"),
            "-d10s",
            "--timeout",
            "10s",
            "--latency",
            url,
        ])
        .output()
        .context("running wrk")?;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    anyhow::ensure!(out.status.success(), "wrk failed: {text}");
    let value_after = |label: &str| -> Option<String> {
        text.lines()
            .find(|l| l.trim_start().starts_with(label))
            .and_then(|l| l.trim_start()[label.len()..].split_whitespace().next())
            .map(str::to_owned)
    };
    let latency = |label: &str| -> Duration {
        value_after(label)
            .and_then(|v| {
                let (num, unit) = v.split_at(v.find(|c: char| c.is_alphabetic())?);
                let n: f64 = num.parse().ok()?;
                let secs = match unit {
                    "us" => n / 1e6,
                    "ms" => n / 1e3,
                    "s" => n,
                    "m" => n * 60.0,
                    _ => return None,
                };
                Some(Duration::from_secs_f64(secs))
            })
            .unwrap_or_default()
    };
    let errors = text
        .lines()
        .find(|l| l.contains("Socket errors") || l.contains("Non-2xx"))
        .map(|l| {
            l.split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse::<u64>().ok())
                .sum()
        })
        .unwrap_or(0);
    Ok(WrkRun {
        connections,
        requests_per_sec: value_after("Requests/sec:")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0),
        p50: latency("50%"),
        p99: latency("99%"),
        errors,
    })
}

/// `clients` clients pull the whole feed from `first_url` at once; each page's latency is
/// from its request to the last byte of its body.
async fn crowd(first_url: &str, clients: usize) -> anyhow::Result<CrowdRun> {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let first = reqwest::Url::parse(first_url)?;
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::new();
            let mut cursor: Option<String> = None;
            let (mut pages, mut bytes, mut hits) = (Vec::new(), 0u64, 0usize);
            loop {
                let mut url = first.clone();
                if let Some(c) = &cursor {
                    url.query_pairs_mut().append_pair("cursor", c);
                }
                let asked = Instant::now();
                let response = client.get(url).send().await?.error_for_status()?;
                if response
                    .headers()
                    .get("x-cache")
                    .is_some_and(|v| v.as_bytes() == b"HIT")
                {
                    hits += 1;
                }
                let end = crate::limit::drain_page(response).await?;
                pages.push(asked.elapsed());
                bytes += end.bytes;
                cursor = end.cursor;
                if !end.has_more {
                    return anyhow::Ok((pages, bytes, hits));
                }
            }
        }));
    }
    let (mut pages, mut bytes, mut hits) = (Vec::new(), 0u64, 0usize);
    for t in tasks {
        let (p, b, h) = t.await??;
        pages.extend(p);
        bytes += b;
        hits += h;
    }
    let total = started.elapsed();
    pages.sort();
    Ok(CrowdRun {
        clients,
        total,
        page_p50: crate::percentile(&pages, 0.5),
        page_p99: crate::percentile(&pages, 0.99),
        pages: pages.len(),
        bytes,
        cache_hits: hits,
    })
}

/// nginx as a caching reverse proxy in front of `upstream`, in its own folder.
fn start_nginx(dir: &Path, upstream: u16) -> anyhow::Result<(Process, u16)> {
    let port = free_port()?;
    std::fs::create_dir_all(dir.join("cache"))?;
    // As root, the workers would otherwise run as `nobody`, who cannot write this folder.
    let root =
        std::fs::metadata("/proc/self").is_ok_and(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0);
    let user = if root { "user root;" } else { "" };
    let d = dir.display();
    let conf = format!(
        "{user}
worker_processes 2;
daemon off;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  client_body_temp_path {d}/client;
  proxy_temp_path {d}/proxy;
  fastcgi_temp_path {d}/fastcgi;
  uwsgi_temp_path {d}/uwsgi;
  scgi_temp_path {d}/scgi;
  proxy_cache_path {d}/cache levels=1:2 keys_zone=feed:16m max_size=4g inactive=1h use_temp_path=off;
  upstream portal {{ server 127.0.0.1:{upstream}; keepalive 64; }}
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection \"\";
      proxy_cache feed;
      proxy_cache_lock on;
      proxy_cache_lock_timeout 1s;
      add_header X-Cache $upstream_cache_status;
    }}
  }}
}}
"
    );
    let path = dir.join("nginx.conf");
    std::fs::write(&path, conf)?;
    let child = Command::new("nginx")
        .arg("-c")
        .arg(&path)
        .arg("-p")
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("starting nginx")?;
    Ok((Process(child), port))
}

/// A fresh database on the PostgreSQL server of `admin_url`, seeded with the ads the sync
/// benchmark's portal has (the same generator, seeds and counts); returns its URL.
fn postgres_database(admin_url: &str, jobs: u64, seeds: &[(u64, u64)]) -> anyhow::Result<String> {
    let name = format!("welcome_bench_{}", std::process::id());
    let psql = |sql: &str| -> anyhow::Result<()> {
        let out = Command::new("psql")
            .args([admin_url, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql])
            .output()
            .context("running psql")?;
        anyhow::ensure!(
            out.status.success(),
            "psql: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Ok(())
    };
    psql(&format!("DROP DATABASE IF EXISTS {name}"))?;
    psql(&format!("CREATE DATABASE {name}"))?;
    let mut url = reqwest::Url::parse(admin_url)?;
    url.set_path(&format!("/{name}"));
    let url = url.to_string();
    eprintln!("[load] seeding {jobs} ads into PostgreSQL");
    for (count, seed) in seeds {
        let out = Command::new(portal_binary()?)
            .args(["--database", &url, "seed-jobs"])
            .args(["--count", &count.to_string(), "--seed", &seed.to_string()])
            .output()
            .context("seeding PostgreSQL")?;
        anyhow::ensure!(
            out.status.success(),
            "seeding PostgreSQL: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(url)
}

/// Serves a portal database with `jobs` ads (seeded in `seeds`: count and seed of each write)
/// from the portal binary, and loads it.
pub async fn measure(
    backend: &Backend,
    jobs: u64,
    seeds: &[(u64, u64)],
    page_size: u32,
    work: &Path,
) -> anyhow::Result<LoadFigures> {
    let port = free_port()?;
    let mut command = Command::new(portal_binary()?);
    match backend {
        Backend::Sqlite(db) => {
            command.arg("--db").arg(db);
        }
        Backend::Postgres(admin) => {
            command.args(["--database", &postgres_database(admin, jobs, seeds)?]);
        }
    }
    let portal = Process(
        command
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("starting the portal")?,
    );
    let pid = portal.0.id();
    let base = format!("http://127.0.0.1:{port}");
    wait_for(&format!("{base}/v1/health")).await?;
    let (first_url, poll_url) = feed_urls(&base, page_size).await?;
    let mut notes = Vec::new();

    let which = backend.label();
    eprintln!("[load {which}] empty polls at 1,000 connections");
    let polls = if have("wrk") {
        Some(tokio::task::spawn_blocking(move || wrk(&poll_url, 1000)).await??)
    } else {
        notes.push("wrk is not installed: empty polls not measured".to_owned());
        None
    };

    eprintln!("[load {which}] 50 clients pull everything at once, directly");
    let direct = crowd(&first_url, 50).await?;

    let cached = if have("nginx") {
        eprintln!("[load {which}] the same through nginx keeping immutable pages");
        let dir = work.join(format!("nginx-{which}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        let (_nginx, nginx_port) = start_nginx(&dir, port)?;
        let proxied = first_url.replace(&base, &format!("http://127.0.0.1:{nginx_port}"));
        wait_for(&format!("http://127.0.0.1:{nginx_port}/v1/health")).await?;
        Some(crowd(&proxied, 50).await?)
    } else {
        notes.push("nginx is not installed: the run through a caching proxy is missing".to_owned());
        None
    };
    let portal_hwm_kib = vm_hwm_of(pid);
    drop(portal);
    Ok(LoadFigures {
        backend: backend.label(),
        jobs,
        polls,
        direct,
        cached,
        portal_hwm_kib,
        notes,
    })
}
