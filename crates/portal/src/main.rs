//! `welcome-portal`: serve the reference portal, or manage its data (generated jobs, BA
//! imports, tombstone compaction, migrations), on a SQLite file or a PostgreSQL database.

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use welcome_portal::config_file::{is_postgres, ConfigFile, LogFormat, ShutdownTiming};
use welcome_portal::readiness::Readiness;
use welcome_portal::sessions::SessionLifetimes;
use welcome_portal::shutdown;
use welcome_portal::store::{Database, PortalStore, SOURCE_ADMIN};
use welcome_portal::{ba_import, content_loader, generator, guide_accounts, records, PortalConfig};

#[derive(Parser)]
#[command(
    name = "welcome-portal",
    version,
    about = "Reference server of the welcome.RUHR portal API v1",
    long_about = "Reference server of the welcome.RUHR portal API v1.\n\n\
        Settings come from the command line, then the environment, then the config file \
        (--config), then the built-in defaults. docs/operating.md is the operator's guide."
)]
struct Cli {
    /// A TOML config file (address, database, content, proxy, log format, shutdown, limits);
    /// an installed portal reads /etc/welcome-portal/portal.toml. Flags override its keys.
    #[arg(long, global = true, env = "WELCOME_PORTAL_CONFIG")]
    config: Option<PathBuf>,
    /// The database file; created and migrated on first use. Without it and without a
    /// `database` in the config file, ./portal.sqlite in the working directory, so a checkout
    /// runs with no set-up.
    #[arg(long, global = true, env = "WELCOME_PORTAL_DB")]
    db: Option<PathBuf>,
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
    /// How log lines are written: text, or one JSON object per line (default: the config
    /// file's log_format, else text).
    #[arg(long, global = true, value_enum, env = "WELCOME_PORTAL_LOG_FORMAT")]
    log_format: Option<LogFormat>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API (loopback only unless --addr or the config's address says otherwise);
    /// migrates the database first. Stops gracefully on SIGTERM or Ctrl-C.
    Serve {
        /// Where to listen, IP:PORT (default: the config's address, else 127.0.0.1:7878).
        #[arg(long)]
        addr: Option<SocketAddr>,
        /// Content directory (default: the config's content, else the workspace's content/).
        #[arg(long)]
        content: Option<PathBuf>,
        /// Generate this many job ads on start (seed 1).
        #[arg(long, default_value_t = 0)]
        jobs: usize,
        /// The portal runs behind a reverse proxy that appends the client's address to
        /// X-Forwarded-For (only then is that header believed for the rate limits). Also the
        /// config's behind_proxy.
        #[arg(long, env = "WELCOME_PORTAL_BEHIND_PROXY")]
        behind_proxy: bool,
    },
    /// Read and check the config file, print the settings serve would use, and exit; changes
    /// nothing. Exits non-zero, naming the problem, on a broken file.
    CheckConfig {
        /// Print nothing when the file is good (for the service's ExecStartPre).
        #[arg(long)]
        quiet: bool,
    },
    /// Write an online, consistent copy of the SQLite database to a new file (safe while the
    /// portal serves), readable by its owner only. For PostgreSQL use pg_dump.
    #[command(group = clap::ArgGroup::new("target").required(true).args(["to", "into"]))]
    Backup {
        /// The copy to write; it must not exist.
        to: Option<PathBuf>,
        /// Instead of TO: a folder, where the copy is named by the time
        /// (portal-YYYY-MM-DDTHHMMSSZ.sqlite), as the daily backup timer does it.
        #[arg(long, value_name = "DIR")]
        into: Option<PathBuf>,
        /// With --into: then remove the oldest backups named that way until this many are left
        /// (other files in the folder are never touched).
        #[arg(long, value_name = "N", requires = "into", conflicts_with = "to")]
        keep: Option<usize>,
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
    /// Manage Welcome Guide accounts (accounts that read and answer the requests addressed to
    /// one guide of the content).
    #[command(subcommand)]
    GuideAccount(GuideAccountCommand),
}

#[derive(Subcommand)]
enum GuideAccountCommand {
    /// Create a guide account for a guide of the content, or link an existing account to it.
    /// The password of a new account is read from WELCOME_PORTAL_GUIDE_PASSWORD, else from the
    /// first line of standard input (never from the command line, where others may see it).
    Add {
        /// The guide's e-mail for logging in.
        #[arg(long)]
        email: String,
        /// The guide's content id (guides.toml), e.g. guide-amira-haddad.
        #[arg(long)]
        guide: String,
        /// Content directory, to check the guide exists (default: the config's content, else
        /// the workspace's content/).
        #[arg(long)]
        content: Option<PathBuf>,
    },
    /// List the guide accounts: e-mail, the guide each answers for, its sessions.
    List,
    /// Set a new password for a guide account (read as for `add`) and log out every device
    /// logged in with the old one.
    Password {
        #[arg(long)]
        email: String,
    },
    /// Stop an account answering for its guide, at once; the account stays as a plain one.
    Remove {
        #[arg(long)]
        email: String,
    },
}

/// A guide account's password: the variable, else standard input's first line.
fn guide_password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("WELCOME_PORTAL_GUIDE_PASSWORD") {
        return Ok(p);
    }
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

const DEFAULT_ADDR: SocketAddr =
    SocketAddr::new(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST), 7878);

impl Cli {
    /// The config file, or an empty one (every key at its default) when none is given.
    fn config_file(&self) -> anyhow::Result<ConfigFile> {
        match &self.config {
            Some(path) => ConfigFile::load(path),
            None => Ok(ConfigFile::default()),
        }
    }

    /// --database, else --db, else the config's database, else ./portal.sqlite.
    fn database(&self, file: &ConfigFile) -> anyhow::Result<Database> {
        if let Some(url) = &self.database {
            return Database::postgres(url);
        }
        if let Some(path) = &self.db {
            return Ok(Database::Sqlite(path.clone()));
        }
        match file.database.as_deref() {
            Some(url) if is_postgres(url) => Database::postgres(url),
            Some(path) => Ok(Database::Sqlite(PathBuf::from(path))),
            None => Ok(Database::Sqlite(PathBuf::from("portal.sqlite"))),
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

/// Serves until a shutdown signal, then closes the database. The store is opened before the
/// runtime starts: opening blocks, and the PostgreSQL client must not block a runtime thread.
fn serve(config: PortalConfig, timing: ShutdownTiming) -> anyhow::Result<()> {
    let store = welcome_portal::prepare_store(&config)?;
    let readiness = Arc::new(Readiness::default());
    let runtime = tokio::runtime::Runtime::new()?;
    let stopped = runtime.block_on(async {
        let addr = config.addr;
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("binding {addr}"))?;
        tracing::info!(
            "serving http://{} (database {})",
            listener.local_addr()?,
            config.database
        );
        welcome_portal::sd_notify::notify("READY=1");
        let mut app = welcome_portal::router_with(store.clone(), &config, readiness.clone());
        if let Some(dir) = welcome_portal::web_app::dir_from_env() {
            tracing::info!("serving the web app from {} under /app/", dir.display());
            app = app.merge(welcome_portal::web_app::router(dir));
        }
        let stopped =
            shutdown::serve_until(listener, app, readiness, timing, shutdown::signal).await?;
        anyhow::Ok(stopped)
    })?;
    // Requests cut after the grace period end with the runtime; then the store is alone.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    store.close()?;
    tracing::info!(?stopped, "stopped");
    Ok(())
}

/// What `check-config` prints: every setting serve would use, the database without its
/// password.
fn describe(config: &PortalConfig, timing: ShutdownTiming, log_format: LogFormat) -> String {
    let l = &config.limits;
    let rate = |r: welcome_portal::limits::Rate| format!("{} per {} s", r.max, r.window.as_secs());
    format!(
        "address: {}\ndatabase: {}\ncontent: {}\nbehind_proxy: {}\nlog_format: {:?}\n\
         shutdown: drain {} s, grace {} s\n\
         limits.login_failures_per_account: {}\nlimits.login_attempts_per_address: {}\n\
         limits.registrations_per_account: {}\nlimits.registrations_per_address: {}\n\
         limits.hashing_permits: {}\nlimits.hashing_wait_ms: {}\nlimits.feed_streams: {}",
        config.addr,
        config.database,
        config
            .content_dir
            .as_deref()
            .map_or_else(|| "-".into(), |d| d.display().to_string()),
        config.behind_proxy,
        log_format,
        timing.drain.as_secs(),
        timing.grace.as_secs(),
        rate(l.login_failures_per_account),
        rate(l.login_attempts_per_address),
        rate(l.registrations_per_account),
        rate(l.registrations_per_address),
        l.hashing_permits,
        l.hashing_wait.as_millis(),
        l.feed_streams,
    )
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    // Read before the logger exists: it says the log format, and a broken file is reported
    // on standard error as the command's failure.
    let file = cli.config_file()?;
    let log_format = cli.log_format.or(file.log_format).unwrap_or_default();
    welcome_portal::logging::init(log_format);
    let db = cli.database(&file)?;
    let serve_config =
        |addr: Option<SocketAddr>, content: Option<PathBuf>, behind_proxy: bool| PortalConfig {
            database: db.clone(),
            content_dir: Some(
                content
                    .or_else(|| file.content.clone())
                    .unwrap_or_else(default_content),
            ),
            seed_jobs: 0,
            addr: addr.or(file.address).unwrap_or(DEFAULT_ADDR),
            content_jobs: true,
            limits: file.limits(),
            sessions: SessionLifetimes::default(),
            behind_proxy: behind_proxy || file.behind_proxy.unwrap_or(false),
        };
    match cli.command {
        Command::Serve {
            addr,
            content,
            jobs,
            behind_proxy,
        } => {
            let config = PortalConfig {
                seed_jobs: jobs,
                ..serve_config(addr, content, behind_proxy)
            };
            serve(config, file.shutdown_timing())?;
        }
        Command::CheckConfig { quiet } => {
            let config = serve_config(None, None, false);
            if let Some(dir) = config.content_dir.as_deref().filter(|d| !d.is_dir()) {
                anyhow::bail!("the content folder {} is not a directory", dir.display());
            }
            if !quiet {
                if let Some(path) = &cli.config {
                    println!("config: {}", path.display());
                }
                println!("{}", describe(&config, file.shutdown_timing(), log_format));
            }
        }
        Command::Backup { to, into, keep } => {
            use welcome_portal::store::sqlite_backup;
            let Database::Sqlite(path) = &db else {
                anyhow::bail!(
                    "backup copies a SQLite file; back up PostgreSQL with pg_dump (docs/operating.md)"
                );
            };
            match (to, into) {
                (Some(to), _) => {
                    let bytes = sqlite_backup::backup(path, &to)?;
                    println!(
                        "backed up {} to {} ({bytes} bytes)",
                        path.display(),
                        to.display()
                    );
                }
                (None, Some(dir)) => {
                    let done = sqlite_backup::backup_into(path, &dir, keep)?;
                    println!(
                        "backed up {} to {} ({} bytes)",
                        path.display(),
                        done.path.display(),
                        done.bytes
                    );
                    for old in done.removed {
                        println!("removed the older backup {}", old.display());
                    }
                }
                (None, None) => anyhow::bail!("backup needs TO or --into DIR"),
            }
        }
        Command::SeedJobs {
            count,
            seed,
            content,
        } => {
            let store = open(&db, content.or_else(|| file.content.clone()))?;
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
        Command::ImportBa { file: answer } => {
            let store = open(&db, file.content.clone())?;
            let text = std::fs::read_to_string(&answer)
                .with_context(|| format!("reading {}", answer.display()))?;
            let towns = content_loader::stored_municipalities(store.as_ref())?;
            let jobs = ba_import::parse(&text, &towns)
                .with_context(|| format!("importing {}", answer.display()))?;
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
        Command::GuideAccount(GuideAccountCommand::Add {
            email,
            guide,
            content,
        }) => {
            let store = open(&db, content.or_else(|| file.content.clone()))?;
            let (user_id, created) =
                guide_accounts::add(store.as_ref(), &email, &guide, guide_password)?;
            let what = if created {
                "created"
            } else {
                "linked the existing account"
            };
            println!("guide account {what}: {email} ({user_id}) answers for {guide}");
        }
        Command::GuideAccount(GuideAccountCommand::List) => {
            let store = db.open()?;
            let accounts = guide_accounts::list(store.as_ref())?;
            if accounts.is_empty() {
                println!("no guide accounts");
            }
            for a in accounts {
                println!(
                    "{}\t{}\t{} session(s)\t{}",
                    a.email, a.guide_id, a.sessions, a.user_id
                );
            }
        }
        Command::GuideAccount(GuideAccountCommand::Password { email }) => {
            let store = db.open()?;
            let ended = guide_accounts::set_password(store.as_ref(), &email, &guide_password()?)?;
            println!("new password for {email}; {ended} session(s) logged out");
        }
        Command::GuideAccount(GuideAccountCommand::Remove { email }) => {
            let store = db.open()?;
            let guide = guide_accounts::remove(store.as_ref(), &email)?;
            println!("{email} no longer answers for {guide}; the account stays as a plain one");
        }
    }
    Ok(())
}
