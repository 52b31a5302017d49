//! `welcome-portal`: serve the reference portal, or manage its data (generated jobs, BA
//! imports, tombstone compaction, migrations), on a SQLite file or a PostgreSQL database.

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use welcome_portal::limits::Limits;
use welcome_portal::sessions::SessionLifetimes;
use welcome_portal::store::{Database, PortalStore, SOURCE_ADMIN};
use welcome_portal::{ba_import, content_loader, generator, records, PortalConfig};

#[derive(Parser)]
#[command(
    name = "welcome-portal",
    version,
    about = "Reference server of the welcome.RUHR portal API v1"
)]
struct Cli {
    /// The database file; created and migrated on first use. Defaults to ./portal.sqlite in
    /// the working directory, so a checkout runs with no set-up.
    #[arg(
        long,
        global = true,
        env = "WELCOME_PORTAL_DB",
        default_value = "portal.sqlite"
    )]
    db: PathBuf,
    /// A PostgreSQL database instead of the file, as a postgres:// URL (for example
    /// postgres://portal:secret@db.internal/portal); several portal processes may share it.
    /// When given, --db is not used.
    #[arg(
        long,
        global = true,
        env = "WELCOME_PORTAL_DATABASE",
        hide_env_values = true
    )]
    database: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API (loopback only unless --addr says otherwise); migrates the database first.
    Serve {
        #[arg(long, default_value = "127.0.0.1:7878")]
        addr: SocketAddr,
        /// Content directory (default: the workspace's content/).
        #[arg(long)]
        content: Option<PathBuf>,
        /// Generate this many job ads on start (seed 1).
        #[arg(long, default_value_t = 0)]
        jobs: usize,
        /// The portal runs behind a reverse proxy that appends the client's address to
        /// X-Forwarded-For (only then is that header believed for the rate limits).
        #[arg(long, env = "WELCOME_PORTAL_BEHIND_PROXY")]
        behind_proxy: bool,
    },
    /// Generate deterministic job ads.
    SeedJobs {
        #[arg(long, default_value_t = 1000)]
        count: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        content: Option<PathBuf>,
    },
    /// Change a percentage of the jobs, delete and add a few (delta benchmarks).
    TouchJobs {
        #[arg(long, default_value_t = 1.0)]
        percent: f64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Import a job search answer of the Federal Employment Agency.
    ImportBa { file: PathBuf },
    /// Drop all tombstones (older cursors then get a resync answer).
    Compact,
    /// Start a new epoch: every device resyncs content and user data from the start. For a
    /// backup restored where its restore guard is missing (another machine), or a data-only
    /// restore into a PostgreSQL database.
    NewEpoch,
    /// Bring the database's schema up to date, then exit (serve does this too on start).
    Migrate,
}

impl Cli {
    fn database(&self) -> anyhow::Result<Database> {
        match &self.database {
            Some(url) => Database::postgres(url),
            None => Ok(Database::Sqlite(self.db.clone())),
        }
    }
}

/// The workspace's content/ when the binary runs from its checkout, else ./content (an
/// installed binary run next to a copy of the content).
fn default_content() -> PathBuf {
    let bundled = content_loader::bundled_content_dir();
    if bundled.is_dir() {
        bundled
    } else {
        PathBuf::from("content")
    }
}

fn open(db: &Database, content: Option<PathBuf>) -> anyhow::Result<Arc<dyn PortalStore>> {
    let store = db.open()?;
    let dir = content.unwrap_or_else(default_content);
    content_loader::load(store.as_ref(), &dir)?;
    Ok(store)
}

/// Ctrl-C, or SIGTERM from a service manager.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
    tracing::info!("shutting down");
}

/// Serves until a shutdown signal. The store is opened before the runtime starts: opening
/// blocks, and the PostgreSQL client must not block a runtime thread.
fn serve(config: PortalConfig) -> anyhow::Result<()> {
    let store = welcome_portal::prepare_store(&config)?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let addr = config.addr;
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("binding {addr}"))?;
        tracing::info!(
            "serving http://{} (database {})",
            listener.local_addr()?,
            config.database
        );
        welcome_portal::serve(
            listener,
            welcome_portal::router(store, &config),
            shutdown_signal(),
        )
        .await?;
        anyhow::Ok(())
    })
}

fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let cli = Cli::parse();
    let db = cli.database()?;
    match cli.command {
        Command::Serve {
            addr,
            content,
            jobs,
            behind_proxy,
        } => {
            let config = PortalConfig {
                database: db,
                content_dir: Some(content.unwrap_or_else(default_content)),
                seed_jobs: jobs,
                addr,
                content_jobs: true,
                limits: Limits::default(),
                sessions: SessionLifetimes::default(),
                behind_proxy,
            };
            serve(config)?;
        }
        Command::SeedJobs {
            count,
            seed,
            content,
        } => {
            let store = open(&db, content)?;
            let t = std::time::Instant::now();
            let stats = generator::seed_jobs(store.as_ref(), count, seed)?;
            println!("{stats:?} in {:.2?}", t.elapsed());
        }
        Command::TouchJobs { percent, seed } => {
            let store = db.open()?;
            println!(
                "{:?}",
                generator::touch_jobs(store.as_ref(), percent, seed)?
            );
        }
        Command::ImportBa { file } => {
            let store = open(&db, None)?;
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let towns = content_loader::stored_municipalities(store.as_ref())?;
            let jobs = ba_import::parse(&text, &towns)
                .with_context(|| format!("importing {}", file.display()))?;
            let rows = jobs
                .iter()
                .map(records::job_row)
                .collect::<anyhow::Result<Vec<_>>>()?;
            println!("{:?}", store.write_content(&rows, SOURCE_ADMIN, false)?);
        }
        Command::Compact => {
            let store = db.open()?;
            println!("dropped {} tombstones", store.compact_tombstones()?);
        }
        Command::NewEpoch => {
            let store = db.open()?;
            println!("new epoch {}", store.new_epoch()?);
        }
        Command::Migrate => {
            println!("{db}: schema version {}", db.migrate()?);
        }
    }
    Ok(())
}
