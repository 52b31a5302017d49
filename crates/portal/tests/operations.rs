//! What an operator relies on, against real `welcome-portal` processes on real SQLite files:
//! the config file is read (and a broken one refused, changing nothing), readiness, one JSON
//! log line per request, a graceful stop on SIGTERM that lets a request in flight finish and
//! exits 0 with the database checkpointed, systemd's readiness notification, the backup
//! command, and readiness through an outage of a real PostgreSQL database.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_welcome-portal");

/// A loopback port free a moment ago (the config file needs a fixed address).
fn free_addr() -> SocketAddr {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
}

/// A `welcome-portal serve` process whose standard output is collected line by line.
struct Portal {
    child: Child,
    lines: Arc<Mutex<Vec<String>>>,
}

impl Portal {
    fn start(config: &Path) -> Self {
        Self::start_with(config, &[])
    }

    fn start_with(config: &Path, env: &[(&str, &Path)]) -> Self {
        let mut child = Command::new(BIN)
            .arg("--config")
            .arg(config)
            .arg("serve")
            .envs(env.iter().copied())
            .env("RUST_LOG", "info")
            .env_remove("WELCOME_PORTAL_DB")
            .env_remove("WELCOME_PORTAL_DATABASE")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let lines = Arc::new(Mutex::new(Vec::new()));
        let sink = lines.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                sink.lock().unwrap().push(line);
            }
        });
        let portal = Self { child, lines };
        portal.wait_for_line(|l| l.contains("serving http://"), Duration::from_secs(120));
        portal
    }

    fn wait_for_line(&self, want: impl Fn(&str) -> bool, within: Duration) -> String {
        let deadline = Instant::now() + within;
        loop {
            if let Some(l) = self.lines.lock().unwrap().iter().find(|l| want(l)) {
                return l.clone();
            }
            assert!(
                Instant::now() < deadline,
                "no such log line; the log: {:#?}",
                self.lines.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The log lines that parse as JSON objects.
    fn json_lines(&self) -> Vec<serde_json::Value> {
        self.lines
            .lock()
            .unwrap()
            .iter()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
            .collect()
    }

    fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the process to exit by itself.
    fn wait(&mut self, within: Duration) -> std::process::ExitStatus {
        let deadline = Instant::now() + within;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "the portal did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A plain HTTP/1.1 request on a connection of its own: (status, body).
fn get(addr: SocketAddr, path: &str) -> std::io::Result<(u16, String)> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: portal\r\nConnection: close\r\n\r\n"
    )?;
    let mut answer = String::new();
    s.read_to_string(&mut answer)?;
    Ok(parse(&answer))
}

fn parse(answer: &str) -> (u16, String) {
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP answer: {answer:?}"));
    let body = answer.split("\r\n\r\n").nth(1).unwrap_or("").to_owned();
    (status, body)
}

fn write_config(dir: &Path, addr: SocketAddr, extra: &str) -> std::path::PathBuf {
    let path = dir.join("portal.toml");
    let content = welcome_portal::content_loader::bundled_content_dir();
    std::fs::write(
        &path,
        format!(
            "address = \"{addr}\"\ndatabase = \"data/portal.sqlite\"\ncontent = \"{}\"\n\
             log_format = \"json\"\n{extra}",
            content.display()
        ),
    )
    .unwrap();
    path
}

#[test]
fn the_config_file_is_read_and_every_request_logs_one_json_line() {
    let dir = tempfile::tempdir().unwrap();
    let addr = free_addr();
    let config = write_config(dir.path(), addr, "");
    let portal = Portal::start(&config);
    // The database is where the file says, relative to the file's folder.
    assert!(dir.path().join("data/portal.sqlite").is_file());

    let (status, body) = get(addr, "/v1/ready").unwrap();
    assert_eq!(status, 200, "{body}");
    let ready: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(ready["status"], "ready");
    let (_, health) = get(addr, "/v1/health").unwrap();
    let health: serde_json::Value = serde_json::from_str(&health).unwrap();
    assert_eq!(ready["epoch"], health["epoch"]);
    assert_eq!(get(addr, "/v1/jobs/nope").unwrap().0, 404);
    get(addr, "/v1/nowhere?token=secret").unwrap();

    let line = portal.wait_for_line(|l| l.contains("/v1/jobs/{id}"), Duration::from_secs(5));
    let line: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(line["message"], "request");
    assert_eq!(line["target"], "welcome_portal::request");
    assert_eq!(line["level"], "INFO");
    assert_eq!(line["method"], "GET");
    assert_eq!(line["route"], "/v1/jobs/{id}");
    assert_eq!(line["status"], 404);
    assert!(line["latency_ms"].as_f64().unwrap() >= 0.0, "{line}");
    assert!(line["timestamp"].is_string(), "{line}");
    portal.wait_for_line(|l| l.contains(r#""route":"-""#), Duration::from_secs(5));
    // Every line is JSON, and no query (where a careless client might put a secret) is logged.
    let all = portal.json_lines();
    assert!(all.iter().any(|l| l["route"] == "/v1/ready"));
    assert!(!portal
        .lines
        .lock()
        .unwrap()
        .iter()
        .any(|l| l.contains("secret")));
}

#[test]
fn a_broken_config_file_is_refused_naming_the_key_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), free_addr(), "[limits]\nfeed_stream = 4\n");
    for command in ["serve", "check-config", "migrate"] {
        let out = Command::new(BIN)
            .arg("--config")
            .arg(&config)
            .arg(command)
            .env_remove("WELCOME_PORTAL_DB")
            .env_remove("WELCOME_PORTAL_DATABASE")
            .env("RUST_BACKTRACE", "0")
            .output()
            .unwrap();
        assert!(!out.status.success(), "{command} accepted a broken file");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("feed_stream") && err.contains(config.to_str().unwrap()),
            "{command}: {err}"
        );
    }
    assert!(!dir.path().join("data").exists(), "a database was made");
}

#[test]
fn check_config_prints_the_settings_and_a_flag_overrides_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let addr = free_addr();
    let config = write_config(
        dir.path(),
        addr,
        "[limits]\nlogin_attempts_per_address = { max = 3, window_secs = 30 }\n",
    );
    let out = Command::new(BIN)
        .arg("--config")
        .arg(&config)
        .args(["--log-format", "text", "check-config"])
        .env_remove("WELCOME_PORTAL_DB")
        .env_remove("WELCOME_PORTAL_DATABASE")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&format!("address: {addr}")), "{text}");
    assert!(text.contains("log_format: Text"), "{text}");
    assert!(
        text.contains("limits.login_attempts_per_address: 3 per 30 s"),
        "{text}"
    );
    assert!(
        !dir.path().join("data").exists(),
        "check-config made a database"
    );
}

/// SIGTERM during a request: readiness turns 503 while the portal drains, the request finishes,
/// new connections are refused after the drain, and the process exits 0 with the write-ahead
/// log folded into the database file.
#[test]
fn sigterm_drains_lets_the_request_in_flight_finish_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let addr = free_addr();
    let config = write_config(
        dir.path(),
        addr,
        "[shutdown]\ndrain_secs = 2\ngrace_secs = 10\n",
    );
    let mut portal = Portal::start(&config);
    assert_eq!(get(addr, "/v1/ready").unwrap().0, 200);

    // A login whose body is only half sent: in flight until the rest arrives.
    let body = r#"{"email": "nobody@example.org", "password": "not the right password"}"#;
    let (head, tail) = body.split_at(20);
    let mut slow = TcpStream::connect(addr).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        slow,
        "POST /v1/sessions HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{head}",
        body.len()
    )
    .unwrap();
    slow.flush().unwrap();
    std::thread::sleep(Duration::from_millis(200));

    let stopping = Instant::now();
    portal.terminate();
    portal.wait_for_line(|l| l.contains("shutting down"), Duration::from_secs(5));
    let (status, answer) = get(addr, "/v1/ready").unwrap();
    assert_eq!(status, 503, "{answer}");
    let error: serde_json::Value = serde_json::from_str(&answer).unwrap();
    assert_eq!(error["message"], "shutting down");
    assert_eq!(get(addr, "/v1/health").unwrap().0, 200, "liveness stays up");
    assert!(
        stopping.elapsed() < Duration::from_secs(2),
        "drain too short to test"
    );

    // After the drain the portal stops accepting; the half-sent request is still served.
    portal.wait_for_line(
        |l| l.contains("no longer accepting"),
        Duration::from_secs(10),
    );
    assert!(
        get(addr, "/v1/health").is_err(),
        "still accepting after the drain"
    );
    slow.write_all(tail.as_bytes()).unwrap();
    let mut answer = String::new();
    slow.read_to_string(&mut answer).unwrap();
    let (status, body) = parse(&answer);
    assert_eq!(status, 401, "{body}");
    assert!(body.contains("bad_credentials"), "{body}");

    let exit = portal.wait(Duration::from_secs(15));
    assert!(exit.success(), "exit status {exit:?}");
    portal.wait_for_line(
        |l| l.contains("every request finished"),
        Duration::from_secs(1),
    );
    portal.wait_for_line(|l| l.contains("checkpointed"), Duration::from_secs(1));
    let wal = dir.path().join("data/portal.sqlite-wal");
    assert!(
        std::fs::metadata(&wal).map_or(true, |m| m.len() == 0),
        "the write-ahead log was left with data"
    );
}

#[test]
fn backup_writes_a_consistent_copy_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("portal.sqlite");
    let run = |args: &[&str]| {
        Command::new(BIN)
            .arg("--db")
            .arg(&db)
            .args(args)
            .env_remove("WELCOME_PORTAL_DATABASE")
            .env("RUST_BACKTRACE", "0")
            .output()
            .unwrap()
    };
    assert!(run(&["seed-jobs", "--count", "25"]).status.success());
    let copy = dir.path().join("copy.sqlite");
    let out = run(&["backup", copy.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let original = welcome_portal::store::Database::Sqlite(db.clone())
        .open()
        .unwrap();
    let restored = welcome_portal::store::Database::Sqlite(copy.clone())
        .open()
        .unwrap();
    assert_eq!(
        original.job_details().unwrap(),
        restored.job_details().unwrap()
    );
    assert!(restored.job_details().unwrap().len() >= 25);

    let again = run(&["backup", copy.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("never overwrites"));
    // Into a folder, named by the time, keeping the newest; a file of another name stays.
    let folder = dir.path().join("backups");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("before-upgrade.sqlite"), "kept").unwrap();
    for _ in 0..2 {
        let out = run(&["backup", "--into", folder.to_str().unwrap(), "--keep", "1"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::thread::sleep(Duration::from_millis(1100));
    }
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    assert_eq!(names[0], "before-upgrade.sqlite");
    assert!(names[1].starts_with("portal-") && names[1].ends_with("Z.sqlite"));
    // A missing database is an error, not a new empty one.
    let missing = dir.path().join("missing.sqlite");
    let out = Command::new(BIN)
        .arg("--db")
        .arg(&missing)
        .args(["backup", dir.path().join("x.sqlite").to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(!missing.exists());
}

/// Under systemd (`Type=notify`) the portal says READY=1 once it listens and STOPPING=1 when a
/// stop begins, on the datagram socket `$NOTIFY_SOCKET` names.
#[test]
fn systemd_is_told_when_the_portal_is_ready_and_when_it_stops() {
    use std::os::unix::net::UnixDatagram;
    let dir = tempfile::tempdir().unwrap();
    let addr = free_addr();
    let config = write_config(dir.path(), addr, "");
    let socket_path = dir.path().join("notify");
    let socket = UnixDatagram::bind(&socket_path).unwrap();
    socket
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut portal = Portal::start_with(&config, &[("NOTIFY_SOCKET", &socket_path)]);
    let mut buf = [0u8; 256];
    let n = socket.recv(&mut buf).unwrap();
    assert_eq!(&buf[..n], b"READY=1");
    // Ready means serving: the address answers by now.
    assert_eq!(get(addr, "/v1/ready").unwrap().0, 200);
    portal.terminate();
    let n = socket.recv(&mut buf).unwrap();
    assert_eq!(&buf[..n], b"STOPPING=1");
    assert!(portal.wait(Duration::from_secs(20)).success());
}

/// Runs statements as the test server's administrator.
fn pg_admin(server: &str, sql: &str) {
    let mut client = postgres::Client::connect(server, postgres::NoTls).unwrap();
    client.batch_execute(sql).unwrap();
}

/// Readiness follows the database: 503 within its two seconds while PostgreSQL refuses the
/// portal's connections, 200 again once it takes them, with the same process throughout.
#[test]
fn readiness_is_503_while_postgresql_refuses_connections_and_recovers() {
    let Some(backend) = support::Backend::postgres() else {
        return;
    };
    let support::Backend::Postgres(server) = &backend else {
        unreachable!()
    };
    let test_db = backend.test_db();
    let welcome_portal::store::Database::Postgres(url) = &test_db.database else {
        unreachable!()
    };
    let name = url.rsplit('/').next().unwrap().split('?').next().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let addr = free_addr();
    let config = write_config(dir.path(), addr, "");
    let text = std::fs::read_to_string(&config)
        .unwrap()
        .replace("data/portal.sqlite", url);
    std::fs::write(&config, text).unwrap();
    let _portal = Portal::start(&config);
    assert_eq!(get(addr, "/v1/ready").unwrap().0, 200);

    pg_admin(
        server,
        &format!(
            "ALTER DATABASE {name} ALLOW_CONNECTIONS false; \
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
        ),
    );
    let (status, body) = get(addr, "/v1/ready").unwrap();
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("the database does not answer"), "{body}");

    pg_admin(
        server,
        &format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while get(addr, "/v1/ready").unwrap().0 != 200 {
        assert!(
            Instant::now() < deadline,
            "still not ready with the database back"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// A second SIGTERM (or Ctrl-C) during the grace period cuts it short: the process exits 0 at
/// once instead of waiting for a request that does not finish.
#[test]
fn a_second_sigterm_stops_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let addr = free_addr();
    let config = write_config(dir.path(), addr, "[shutdown]\ngrace_secs = 60\n");
    let mut portal = Portal::start(&config);
    // A request that never completes: its body is never sent in full.
    let mut stuck = TcpStream::connect(addr).unwrap();
    write!(
        stuck,
        "POST /v1/sessions HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\n\
         Content-Length: 100\r\n\r\n{{"
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    portal.terminate();
    portal.wait_for_line(
        |l| l.contains("no longer accepting"),
        Duration::from_secs(10),
    );
    let cut = Instant::now();
    portal.terminate();
    let exit = portal.wait(Duration::from_secs(10));
    assert!(exit.success(), "exit status {exit:?}");
    assert!(
        cut.elapsed() < Duration::from_secs(5),
        "waited for the grace period"
    );
    portal.wait_for_line(|l| l.contains("second stop signal"), Duration::from_secs(1));
}
