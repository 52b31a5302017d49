//! `welcome-bench`: the sync benchmark (not a test). On loopback, against the reference portal
//! in-process, for each job count it measures the first sync (time, rows/s, peak memory of the
//! syncing process), the physical limit for the same data (plain HTTP fetch of the same feed
//! plus the sqlite3 shell loading the same rows), bytes on the wire for the first sync, a 1 %
//! delta and an empty sync, offline search latency, and open-to-first-screen time. Writes a
//! Markdown report (benches/RESULTS.md).
//!
//! Each sync runs in a child process (this binary, `child-sync`), so its memory high-water mark
//! (`VmHWM`) is the sync's own and not the portal's or the benchmark's.

mod limit;
mod load;
mod proxy;
mod report;

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use welcome_core::jobs::JobQuery;
use welcome_core::secrets::MemoryTokenStore;
use welcome_core::sync::SyncReport;
use welcome_core::Companion;

#[derive(Parser)]
#[command(
    name = "welcome-bench",
    about = "Sync benchmark of the welcome.RUHR Companion"
)]
struct Args {
    #[command(subcommand)]
    mode: Option<Mode>,
    /// Job counts to measure, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "10000,100000,1000000")]
    jobs: Vec<u64>,
    /// Feed page size the client asks for.
    #[arg(long, default_value_t = welcome_protocol::MAX_PAGE_SIZE)]
    page_size: u32,
    /// Where the Markdown report goes.
    #[arg(long, default_value = "benches/RESULTS.md")]
    out: PathBuf,
    /// Work folder (default: a temporary folder).
    #[arg(long)]
    work_dir: Option<PathBuf>,
    /// The job count whose portal database the load section serves (0: no load section).
    #[arg(long, default_value_t = 100_000)]
    load_jobs: u64,
}

#[derive(Subcommand)]
enum Mode {
    /// Internal: one sync in this process, then print its report and VmHWM as JSON.
    ChildSync {
        #[arg(long)]
        data_dir: PathBuf,
        #[arg(long)]
        portal: String,
        #[arg(long)]
        page_size: u32,
    },
    /// Runs the search set over an existing data folder and prints each query's median time
    /// (to look into search speed without seeding and syncing again).
    Search {
        #[arg(long)]
        data_dir: PathBuf,
    },
}

/// The peak resident set of this process, in KiB (Linux).
fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

fn child_sync(data_dir: &Path, portal: &str, page_size: u32) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let c = Companion::open_with(data_dir, Box::new(MemoryTokenStore::default()))?;
    c.set_portal_url(portal)?;
    let mut options = c.sync_options();
    options.page_size = page_size;
    c.set_sync_options(options)?;
    let report = runtime.block_on(c.sync_now(|_| {}))?;
    let out = serde_json::json!({"report": report, "vm_hwm_kib": vm_hwm_kib()});
    println!("{out}");
    Ok(())
}

/// What a child sync reported.
pub struct ChildRun {
    pub report: SyncReport,
    pub vm_hwm_kib: Option<u64>,
    pub wall: Duration,
}

/// A `Duration` as serde writes it (`{"secs", "nanos"}`).
fn duration(v: &serde_json::Value) -> Duration {
    Duration::from_secs_f64(
        v["secs"].as_f64().unwrap_or(0.0) + v["nanos"].as_f64().unwrap_or(0.0) / 1e9,
    )
}

fn run_child(data_dir: &Path, portal: &str, page_size: u32) -> anyhow::Result<ChildRun> {
    let exe = std::env::current_exe()?;
    let started = Instant::now();
    let output = std::process::Command::new(exe)
        .args(["child-sync", "--data-dir"])
        .arg(data_dir)
        .args(["--portal", portal, "--page-size", &page_size.to_string()])
        .output()?;
    let wall = started.elapsed();
    anyhow::ensure!(
        output.status.success(),
        "child sync failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    let r = &v["report"];
    let report = SyncReport {
        run_id: r["run_id"].as_i64().unwrap_or(0),
        items_applied: r["items_applied"].as_u64().unwrap_or(0),
        jobs_added: r["jobs_added"].as_u64().unwrap_or(0),
        bytes: r["bytes"].as_u64().unwrap_or(0),
        requests: r["requests"].as_u64().unwrap_or(0),
        resynced: r["resynced"].as_bool().unwrap_or(false),
        pushed: 0,
        pulled: 0,
        duration: duration(&r["duration"]),
        content_apply: duration(&r["content_apply"]),
        alert_check: duration(&r["alert_check"]),
    };
    Ok(ChildRun {
        report,
        vm_hwm_kib: v["vm_hwm_kib"].as_u64(),
        wall,
    })
}

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Search latency over the synced jobs with the jobs module's search (the app's own code).
pub struct SearchFigures {
    pub p50: Duration,
    pub p95: Duration,
    pub count: usize,
    /// The slowest queries by their median time, slowest first.
    pub slowest: Vec<(String, Duration)>,
    /// The town with the most ads, and how many it has.
    pub biggest_town: (String, u64),
}

/// The query set: 20 words alone and within a town, the town with the most ads alone, broad
/// words within it with more filters, radius searches by distance, and the first screen.
/// Named queries, and the town with the most ads with its count.
type QuerySet = (Vec<(String, JobQuery)>, (String, u64));

fn search_queries(c: &Companion) -> anyhow::Result<QuerySet> {
    use welcome_core::jobs::{JobSort, Place, Radius};
    use welcome_protocol::{OfferType, WorkingTime};
    let words = [
        "Pflege",
        "Koch",
        "Ingenieur",
        "Elektroniker",
        "Essen",
        "Dortmund",
        "Software",
        "Lager",
        "Verkäufer",
        "Mulheim",
        "Erzieher",
        "Fahrer",
        "Informatik",
        "Bochum",
        "Mechatroniker",
        "Buchhaltung",
        "Reinigung",
        "Arzt",
        "Kaufmann",
        "Duisburg",
    ];
    let municipalities: Vec<String> = c.municipalities()?.into_iter().map(|m| m.id).collect();
    let biggest: (String, u64) = c.store().read(|conn| {
        Ok(conn.query_row(
            "SELECT municipality_id, count(*) FROM jobs WHERE municipality_id IS NOT NULL \
             GROUP BY municipality_id ORDER BY 2 DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)),
        )?)
    })?;
    let mut queries = Vec::new();
    let q = |f: &dyn Fn(&mut JobQuery)| {
        let mut q = JobQuery::default();
        f(&mut q);
        q
    };
    for (i, w) in words.iter().enumerate() {
        queries.push((format!("text {w}"), q(&|q| q.text = (*w).to_owned())));
        if let Some(m) = municipalities.get(i % municipalities.len().max(1)) {
            queries.push((
                format!("town {m}"),
                q(&|q| q.municipalities = vec![m.clone()]),
            ));
            queries.push((
                format!("text {w} in {m}"),
                q(&|q| {
                    q.text = (*w).to_owned();
                    q.municipalities = vec![m.clone()];
                }),
            ));
        }
    }
    let town = biggest.0.clone();
    queries.push((
        format!("the biggest town {town}"),
        q(&|q| q.municipalities = vec![town.clone()]),
    ));
    for w in ["Pflege", "Fahrer"] {
        queries.push((
            format!("text {w} in {town}, full time"),
            q(&|q| {
                q.text = w.to_owned();
                q.municipalities = vec![town.clone()];
                q.working_time = vec![WorkingTime::FullTime];
            }),
        ));
        queries.push((
            format!("text {w} within 25 km of {town}, nearest first"),
            q(&|q| {
                q.text = w.to_owned();
                q.radius = Some(Radius {
                    place: Place::Municipality { id: town.clone() },
                    km: 25.0,
                });
                q.sort = JobSort::Distance;
            }),
        ));
    }
    queries.push((
        format!("{town}: part time or mini job, apprenticeship or job"),
        q(&|q| {
            q.municipalities = vec![town.clone()];
            q.working_time = vec![WorkingTime::PartTime, WorkingTime::MiniJob];
            q.offer_types = vec![OfferType::Apprenticeship, OfferType::Job];
        }),
    ));
    queries.push((
        "within 50 km of the biggest town, newest first".to_owned(),
        q(&|q| {
            q.radius = Some(Radius {
                place: Place::Municipality { id: town.clone() },
                km: 50.0,
            });
            q.sort = JobSort::Date;
        }),
    ));
    queries.push((
        "the first screen (no filter)".to_owned(),
        JobQuery::default(),
    ));
    Ok((queries, biggest))
}

/// How many of the slowest searches the report names.
const SLOWEST_SHOWN: usize = 5;

fn search_latency(c: &Companion) -> anyhow::Result<SearchFigures> {
    let (queries, biggest_town) = search_queries(c)?;
    // Warm up once, as a user's second search would be.
    for (_, q) in &queries {
        welcome_core::jobs::search(c.store(), q)?;
    }
    let mut times = Vec::new();
    let mut per_query: Vec<Vec<Duration>> = vec![Vec::new(); queries.len()];
    for _ in 0..5 {
        for (i, (_, q)) in queries.iter().enumerate() {
            let started = Instant::now();
            welcome_core::jobs::search(c.store(), q)?;
            let took = started.elapsed();
            per_query[i].push(took);
            times.push(took);
        }
    }
    let mut slowest: Vec<(String, Duration)> = queries
        .iter()
        .zip(per_query.iter_mut())
        .map(|((name, _), t)| {
            t.sort();
            (name.clone(), percentile(t, 0.5))
        })
        .collect();
    slowest.sort_by_key(|q| std::cmp::Reverse(q.1));
    slowest.truncate(SLOWEST_SHOWN);
    times.sort();
    Ok(SearchFigures {
        p50: percentile(&times, 0.5),
        p95: percentile(&times, 0.95),
        count: times.len(),
        slowest,
        biggest_town,
    })
}

/// Saves `n` job alerts on the device (text, town and combined searches), as a user would.
fn save_alerts(data_dir: &Path, n: usize) -> anyhow::Result<()> {
    let c = Companion::open_with(data_dir, Box::new(MemoryTokenStore::default()))?;
    let (queries, _) = search_queries(&c)?;
    for (name, q) in queries.iter().take(n) {
        c.save_search(name, q)?;
    }
    Ok(())
}

/// Open the data folder and read a first screen (newest jobs and the sync status), median of
/// five cold opens of the handle.
fn open_first_screen(data_dir: &Path) -> anyhow::Result<Duration> {
    let mut times = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let c = Companion::open_with(data_dir, Box::new(MemoryTokenStore::default()))?;
        let page = welcome_core::jobs::search(c.store(), &JobQuery::default())?;
        let _ = c.status()?;
        anyhow::ensure!(!page.hits.is_empty(), "first screen is empty");
        times.push(started.elapsed());
        drop(c);
    }
    times.sort();
    Ok(percentile(&times, 0.5))
}

/// Job ads generated per write when seeding the portal (a million at once would hold every ad
/// in memory twice).
const SEED_CHUNK: u64 = 100_000;

/// Deltas are measured up to this many jobs (a delta at a million would need the whole feed in
/// the benchmark's memory to pick the ads it changes).
const DELTAS_UP_TO: u64 = 100_000;

/// Saved searches on the device while the deltas arrive.
const ALERTS: usize = 20;

async fn measure(count: u64, args: &Args, work: &Path) -> anyhow::Result<report::Row> {
    let dir = work.join(format!("jobs-{count}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    eprintln!("[{count}] starting the portal and generating jobs");
    let portal = welcome_portal::start(welcome_portal::PortalConfig::for_tests(
        dir.join("portal.sqlite"),
    ))
    .await
    .context("portal")?;
    // (count, seed) of each write, so the load section can seed another database the same way.
    let mut seeds = Vec::new();
    let mut seeded = 0;
    while seeded < count {
        let n = (count - seeded).min(SEED_CHUNK);
        let seed = 42 + seeds.len() as u64;
        portal
            .admin()
            .seed_jobs(usize::try_from(n)?, seed)
            .context("seed")?;
        seeds.push((n, seed));
        seeded += n;
    }
    let (proxy_url, counters) = proxy::start(portal.addr).await?;
    let data_dir = dir.join("client");
    let page_size = args.page_size;
    let child = |url: &str| {
        let (pd, pu) = (data_dir.clone(), url.to_owned());
        tokio::task::spawn_blocking(move || run_child(&pd, &pu, page_size))
    };

    eprintln!("[{count}] first sync");
    counters.take();
    let first = child(&proxy_url).await??;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let (up, down, _) = counters.take();
    let first_wire = up + down;

    eprintln!("[{count}] physical limit: plain fetch");
    let (fetch_time, fetch_bytes) = limit::fetch_feed(&portal.base_url, page_size).await?;
    eprintln!("[{count}] physical limit: sqlite3 import");
    let c = Companion::open_with(&data_dir, Box::new(MemoryTokenStore::default()))?;
    let csv = dir.join("jobs.csv");
    let schema = limit::export(&c, &csv)?;
    let import_time = limit::sqlite3_import(&dir, &csv, &schema)?;
    drop(c);
    let _ = std::fs::remove_file(&csv);

    let mut deltas = None;
    if count <= DELTAS_UP_TO {
        save_alerts(&data_dir, ALERTS)?;
        eprintln!("[{count}] 1 % delta ({ALERTS} saved searches check the new ads)");
        portal.admin().touch_jobs(1.0, 7).context("touch")?;
        // The device as it was before the delta, for the shell to apply the same changes to.
        let base = dir.join("delta-base.sqlite");
        copy_database(&data_dir.join("companion.sqlite"), &base)?;
        counters.take();
        let one = child(&proxy_url).await??;
        tokio::time::sleep(Duration::from_millis(100)).await;
        let (up, down, _) = counters.take();
        let one_wire = up + down;
        eprintln!("[{count}] 1 % delta: the sqlite3 shell applying the same changes");
        let c = Companion::open_with(&data_dir, Box::new(MemoryTokenStore::default()))?;
        limit::delta_export(&c, &base, &dir)?;
        drop(c);
        let one_floor = limit::sqlite3_delta(&base, &dir)?;

        eprintln!("[{count}] 10 % delta");
        portal.admin().touch_jobs(10.0, 8).context("touch")?;
        let ten = child(&proxy_url).await??;

        eprintln!("[{count}] empty sync");
        counters.take();
        let empty = child(&proxy_url).await??;
        tokio::time::sleep(Duration::from_millis(100)).await;
        let (up, down, connections) = counters.take();
        deltas = Some(report::Deltas {
            one,
            one_wire,
            one_floor,
            ten,
            empty,
            empty_wire: up + down,
            empty_connections: connections,
        });
    }

    let mut languages = Vec::new();
    if count == args.jobs[0] {
        eprintln!("[{count}] content texts by language");
        for (label, lang) in LANGUAGE_SETS {
            counters.take();
            let (_, body) = limit::fetch_feed_with(&proxy_url, page_size, None, lang).await?;
            tokio::time::sleep(Duration::from_millis(100)).await;
            let (up, down, _) = counters.take();
            languages.push(report::LanguageBytes {
                label,
                body,
                wire: up + down,
            });
        }
    }

    eprintln!("[{count}] search and first screen");
    let c = Companion::open_with(&data_dir, Box::new(MemoryTokenStore::default()))?;
    let jobs = c.status()?.job_count;
    let search = search_latency(&c)?;
    c.store().checkpoint()?;
    drop(c);
    let first_screen = open_first_screen(&data_dir)?;
    let db_bytes = std::fs::read_dir(&data_dir)?
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("companion.sqlite")
        })
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum();
    portal.shutdown().await;

    let mut load = Vec::new();
    if args.load_jobs == count {
        let mut backends = vec![load::Backend::Sqlite(dir.join("portal.sqlite"))];
        match std::env::var("WELCOME_TEST_POSTGRES") {
            Ok(url) if !url.is_empty() => backends.push(load::Backend::Postgres(url)),
            _ => eprintln!("[load] WELCOME_TEST_POSTGRES is not set: SQLite only"),
        }
        for backend in &backends {
            load.push(load::measure(backend, count, &seeds, page_size, &dir).await?);
        }
    }

    if args.work_dir.is_none() {
        // A million jobs take gigabytes on disk: the next count starts with the space back.
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(report::Row {
        count,
        jobs_synced: jobs,
        first,
        first_wire,
        fetch_time,
        fetch_bytes,
        import_time,
        deltas,
        search,
        first_screen,
        db_bytes,
        languages,
        load,
    })
}

/// The language lists a client asks the feed for: none (the originals), one reader's, all.
const LANGUAGE_SETS: [(&str, &str); 3] = [
    ("originals only (en, de)", "en,de"),
    ("one language (ar, with the originals)", "ar,en,de"),
    ("all eleven languages", "en,de,ar,tr,uk,ru,pl,ro,fa,es,fr"),
];

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if let Some(Mode::ChildSync {
        data_dir,
        portal,
        page_size,
    }) = &args.mode
    {
        return child_sync(data_dir, portal, *page_size);
    }
    if let Some(Mode::Search { data_dir }) = &args.mode {
        let c = Companion::open_with(data_dir, Box::new(MemoryTokenStore::default()))?;
        let (queries, _) = search_queries(&c)?;
        for (name, q) in &queries {
            welcome_core::jobs::search(c.store(), q)?;
            let mut t: Vec<Duration> = (0..5)
                .map(|_| {
                    let started = Instant::now();
                    welcome_core::jobs::search(c.store(), q).map(|_| started.elapsed())
                })
                .collect::<Result<_, _>>()?;
            t.sort();
            println!(
                "{:8.2} ms  {name}",
                percentile(&t, 0.5).as_secs_f64() * 1000.0
            );
        }
        return Ok(());
    }
    let tmp = tempfile_dir(args.work_dir.clone())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let mut rows = Vec::new();
    for &count in &args.jobs {
        rows.push(runtime.block_on(measure(count, &args, &tmp))?);
    }
    let mut text = report::markdown(&rows, args.page_size);
    // The installable app's sizes and memory come from `make package` and `make memory`, which
    // keep them in their own file beside this report; the report carries the latest of them.
    let packaging = args
        .out
        .parent()
        .unwrap_or(Path::new("."))
        .join("PACKAGING.md");
    if let Ok(p) = std::fs::read_to_string(&packaging) {
        text.push_str(&report::packaging_section(&p));
    }
    // Likewise the web app's figures, from `scripts/bench-web.sh` (headless Chromium).
    if let Ok(w) = std::fs::read_to_string(packaging.with_file_name("WEB.md")) {
        text.push_str(&report::web_section(&w));
    }
    if let Some(parent) = args.out.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&args.out, &text)?;
    println!("{text}");
    eprintln!("written to {}", args.out.display());
    Ok(())
}

/// Copies a closed SQLite database with its write-ahead log, if it has one.
fn copy_database(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::copy(from, to)?;
    for suffix in ["-wal", "-shm"] {
        let (f, t) = (
            PathBuf::from(format!("{}{suffix}", from.display())),
            PathBuf::from(format!("{}{suffix}", to.display())),
        );
        let _ = std::fs::remove_file(&t);
        if f.exists() {
            std::fs::copy(&f, &t)?;
        }
    }
    Ok(())
}

/// The work folder: the one given, or a fresh one under the system's temporary folder.
fn tempfile_dir(given: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    let dir = given.unwrap_or_else(|| {
        std::env::temp_dir().join(format!("welcome-bench-{}", std::process::id()))
    });
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
