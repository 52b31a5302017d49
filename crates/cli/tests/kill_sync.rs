//! A `welcome sync` process killed at random points, many times over, always leaves a database
//! that opens, passes SQLite's integrity check and equals the portal after the next sync.
//! Kills land in first syncs, deltas and resyncs (the portal changes epoch now and then).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use welcome_core::secrets::MemoryTokenStore;
use welcome_core::Companion;
use welcome_portal::{PortalConfig, RunningPortal};

const ITERATIONS: u64 = 30;
/// Bound on the whole kill loop, so a slow machine shortens the test instead of hanging it.
const TIME_BUDGET: Duration = Duration::from_secs(240);

/// xorshift64*: reproducible kill points without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn welcome(data: &Path, portal: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_welcome"));
    cmd.arg("--data-dir")
        .arg(data)
        .args(["--portal", portal, "sync", "--page-size", "500"])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

fn open(data: &Path) -> Companion {
    Companion::open_with(data, Box::new(MemoryTokenStore::default())).expect("the store opens")
}

fn check_intact(c: &Companion) {
    c.store()
        .read(|conn| {
            let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
            assert_eq!(ok, "ok");
            Ok(())
        })
        .unwrap();
}

fn local(c: &Companion) -> BTreeMap<(String, String), serde_json::Value> {
    c.store()
        .read(|conn| {
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
            let mut out = BTreeMap::new();
            for row in rows {
                let (k, id, data) = row?;
                out.insert((k, id), serde_json::from_str(&data).unwrap());
            }
            Ok(out)
        })
        .unwrap()
}

fn server(p: &RunningPortal) -> BTreeMap<(String, String), serde_json::Value> {
    // The CLI reads English here (no locale set): the originals.
    p.admin()
        .content_as_sent(&[])
        .into_iter()
        .map(|e| {
            let v = serde_json::to_value(&e).unwrap();
            (
                (e.kind().as_str().to_owned(), e.id().to_owned()),
                v["data"].clone(),
            )
        })
        .collect()
}

#[test]
fn a_sync_killed_at_random_points_reopens_valid_and_converges() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let portal = runtime
        .block_on(welcome_portal::start(PortalConfig::for_tests(
            tmp.path().join("portal.sqlite"),
        )))
        .unwrap();
    portal.admin().seed_jobs(20_000, 11).unwrap();
    let data = tmp.path().join("client");
    let url = portal.base_url.clone();
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let started = Instant::now();
    let mut killed = 0;
    let mut window_ms: u64 = 1500;
    for i in 0..ITERATIONS {
        if started.elapsed() > TIME_BUDGET {
            break;
        }
        if i > 0 && i % 10 == 0 {
            portal.admin().new_epoch().unwrap();
        } else if i > 0 {
            portal.admin().touch_jobs(3.0, i).unwrap();
        }
        let spawned = Instant::now();
        let mut child = welcome(&data, &url).spawn().unwrap();
        // A kill lands somewhere inside a sync: the window follows how long the last sync
        // that ran to its end took (a faster build or machine must not make every kill late).
        std::thread::sleep(Duration::from_millis(rng.next() % window_ms.max(20)));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        } else {
            window_ms = spawned.elapsed().as_millis() as u64;
        }
        child.wait().unwrap();
        let c = open(&data);
        check_intact(&c);
    }
    assert!(killed >= 5, "only {killed} kills landed during a sync");
    let status = welcome(&data, &url).status().unwrap();
    assert!(status.success());
    let c = open(&data);
    check_intact(&c);
    let (l, s) = (local(&c), server(&portal));
    assert_eq!(l.len(), s.len());
    assert!(
        l == s,
        "the cache differs from the portal after the final sync"
    );
    c.store()
        .read(|conn| {
            conn.execute_batch("INSERT INTO jobs_fts (jobs_fts) VALUES ('integrity-check')")?;
            Ok(())
        })
        .unwrap();
    runtime.block_on(portal.shutdown());
}
