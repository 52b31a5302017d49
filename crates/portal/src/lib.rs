//! The reference server of the welcome.RUHR portal API v1 (see ARCHITECTURE.md), with its
//! content loader, the importer of the Federal Employment Agency's job format and a
//! deterministic job generator. Other crates' tests run it in-process with [`start`].

pub mod accounts;
pub mod answer_seal;
pub mod auth;
pub mod ba_import;
pub mod client_addr;
pub mod config_file;
pub mod content_loader;
pub mod error;
pub mod extract;
pub mod feed;
pub mod generator;
pub mod guide_accounts;
pub mod guides;
pub mod hashing;
pub mod limits;
pub mod logging;
pub mod mutations;
pub mod openapi;
pub mod readiness;
pub mod records;
pub mod request_log;
pub mod routes;
pub mod sd_notify;
pub mod sessions;
pub mod shutdown;
pub mod store;
pub mod translations;
pub mod web_app;

use accounts::AccountPolicy;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Router;
use error::PortalError;
use limits::Limits;
use sessions::SessionLifetimes;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use store::{Database, PortalStore};
use tower_http::compression::CompressionLayer;
use welcome_protocol::{ApiErrorCode, Entity, EntityKind, JobDetail};

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn PortalStore>,
    pub accounts: Arc<AccountPolicy>,
    /// Feed pages being read and sent at once (see [`limits::Limits::feed_streams`]).
    pub feed_streams: Arc<tokio::sync::Semaphore>,
    /// Whether `GET /v1/ready` may answer 200 (not while shutting down).
    pub readiness: Arc<readiness::Readiness>,
}

async fn not_found() -> PortalError {
    PortalError::not_found("no such route")
}

/// Axum answers a wrong method with an empty 405; clients get the JSON error shape instead.
async fn json_method_not_allowed(resp: Response) -> Response {
    if resp.status() == StatusCode::METHOD_NOT_ALLOWED {
        let mut out = PortalError::new(ApiErrorCode::BadRequest, "method not allowed")
            .with_status(StatusCode::METHOD_NOT_ALLOWED)
            .into_response();
        if let Some(allow) = resp.headers().get(axum::http::header::ALLOW) {
            out.headers_mut()
                .insert(axum::http::header::ALLOW, allow.clone());
        }
        return out;
    }
    resp
}

/// The whole API over a store, with the account policy of `config`. Serve it with
/// `into_make_service_with_connect_info::<SocketAddr>()`: the rate limits need the client's
/// address, and the account routes answer 500 without it.
pub fn router(store: Arc<dyn PortalStore>, config: &PortalConfig) -> Router {
    router_with(store, config, Arc::default())
}

/// [`router`] whose readiness the caller holds, to turn it off when shutting down (see
/// [`shutdown::serve_until`]).
pub fn router_with(
    store: Arc<dyn PortalStore>,
    config: &PortalConfig,
    readiness: Arc<readiness::Readiness>,
) -> Router {
    let accounts = Arc::new(AccountPolicy::new(
        config.limits.clone(),
        config.sessions,
        config.behind_proxy,
    ));
    let mut app = Router::new();
    for r in routes::ROUTES {
        app = app.route(r.path, (r.handler)());
    }
    // The guides' page: not part of the API, so not in its document.
    app = app
        .route("/guide", axum::routing::get(guides::to_index))
        .route("/guide/", axum::routing::get(guides::index))
        .route("/guide/guide.js", axum::routing::get(guides::script))
        .route("/guide/guide.css", axum::routing::get(guides::style));
    app.fallback(not_found)
        .layer(axum::middleware::map_response(json_method_not_allowed))
        .layer(DefaultBodyLimit::max(welcome_protocol::MAX_REQUEST_BYTES))
        .layer(CompressionLayer::new().gzip(true).zstd(true))
        .layer(axum::middleware::map_response(tag_encoding))
        .layer(axum::middleware::from_fn(request_log::log_request))
        .with_state(AppState {
            store,
            accounts,
            feed_streams: Arc::new(tokio::sync::Semaphore::new(
                config.limits.feed_streams.max(1),
            )),
            readiness,
        })
}

/// How to run a portal.
#[derive(Debug, Clone)]
pub struct PortalConfig {
    pub database: Database,
    /// Content to load on start; `None` loads nothing.
    pub content_dir: Option<PathBuf>,
    /// Generated job ads added on start (seed 1).
    pub seed_jobs: usize,
    pub addr: SocketAddr,
    /// Also import the job ads in the content's `jobs/` folder. Off in tests, so a test
    /// portal starts with no jobs and every job in it is one the test made.
    pub content_jobs: bool,
    /// Rate limits of logins and registrations and the cap on password hashing.
    pub limits: Limits,
    pub sessions: SessionLifetimes,
    /// The portal runs behind a reverse proxy that appends the client's address to
    /// `X-Forwarded-For`; only then is that header believed (see [`client_addr`]).
    pub behind_proxy: bool,
}

impl PortalConfig {
    /// The bundled content without its sample job ads: no jobs at all, a free loopback port,
    /// and the cheapest password hashes (tests of the hashing itself ask for the standard cost),
    /// on a SQLite file.
    pub fn for_tests(db_path: PathBuf) -> Self {
        Self::for_tests_on(Database::Sqlite(db_path))
    }

    /// As [`PortalConfig::for_tests`], on any database (a PostgreSQL URL included).
    pub fn for_tests_on(database: Database) -> Self {
        Self {
            database,
            content_dir: Some(content_loader::bundled_content_dir()),
            seed_jobs: 0,
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            content_jobs: false,
            limits: Limits {
                password_cost: auth::PasswordCost::FOR_TESTS,
                ..Limits::default()
            },
            sessions: SessionLifetimes::default(),
            behind_proxy: false,
        }
    }
}

/// Opens (and migrates) the store and loads content and generated jobs as configured. Blocks:
/// call it off the async runtime.
pub fn prepare_store(config: &PortalConfig) -> anyhow::Result<Arc<dyn PortalStore>> {
    let store = config.database.open_for(&config.limits)?;
    if let Some(dir) = &config.content_dir {
        let stats = content_loader::load_with(store.as_ref(), dir, config.content_jobs)?;
        tracing::info!(?stats, "content loaded from {}", dir.display());
    }
    if config.seed_jobs > 0 {
        let stats = generator::seed_jobs(store.as_ref(), config.seed_jobs, 1)?;
        tracing::info!(?stats, "generated jobs");
    }
    Ok(store)
}

/// A portal serving on loopback in this process.
pub struct RunningPortal {
    pub addr: SocketAddr,
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub base_url: String,
    store: Arc<dyn PortalStore>,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

/// Gives a compressed answer's entity tag the encoding as a suffix (`"…-gzip"`): a strong tag
/// names one sequence of bytes, and the compressed bytes are another representation than the
/// plain ones. The feed accepts the suffixed tag back in `If-None-Match`.
async fn tag_encoding(mut response: axum::response::Response) -> axum::response::Response {
    use axum::http::{header, HeaderValue};
    let headers = response.headers_mut();
    let encoding = headers
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    if let (Some(encoding), Some(tag)) = (encoding, headers.get(header::ETAG)) {
        let tagged = tag
            .to_str()
            .ok()
            .and_then(|t| t.strip_suffix('"'))
            .map(|t| format!("{t}-{encoding}\""))
            .and_then(|t| HeaderValue::from_str(&t).ok());
        if let Some(tagged) = tagged {
            headers.insert(header::ETAG, tagged);
        }
    }
    response
}

/// Serves `app` on `listener` until `shutdown` completes, then lets open requests finish.
///
/// Answers go out with `TCP_NODELAY`: a response is written as a head and a body, and with
/// Nagle's algorithm the body of a small answer (an empty poll, a login) waits for the client's
/// delayed acknowledgement of the head, up to 40 ms on Linux.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use axum::serve::ListenerExt;
    let listener = listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!("TCP_NODELAY not set: {e}");
        }
    });
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// Starts a portal; it serves until [`RunningPortal::shutdown`] or the runtime ends.
pub async fn start(config: PortalConfig) -> anyhow::Result<RunningPortal> {
    let cfg = config.clone();
    let store = tokio::task::spawn_blocking(move || prepare_store(&cfg)).await??;
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let app = router(store.clone(), &config);
    let task = tokio::spawn(async move {
        let served = serve(listener, app, async move {
            let _ = stopped.await;
        })
        .await;
        if let Err(e) = served {
            tracing::error!("portal server failed: {e}");
        }
    });
    Ok(RunningPortal {
        addr,
        base_url: format!("http://{addr}"),
        store,
        stop,
        task,
    })
}

impl RunningPortal {
    /// Stops accepting, lets requests in flight finish (bounded, so a stuck client cannot
    /// hold a test forever).
    pub async fn shutdown(self) {
        let _ = self.stop.send(());
        let mut task = self.task;
        if tokio::time::timeout(std::time::Duration::from_secs(5), &mut task)
            .await
            .is_err()
        {
            task.abort();
        }
    }

    pub fn admin(&self) -> Admin {
        Admin {
            store: self.store.clone(),
        }
    }
}

/// Synchronous control of a portal's data for tests and demos. Each call runs on a thread of
/// its own, so async tests may call it whatever the backend: a PostgreSQL store's synchronous
/// client must not run on a thread that drives async tasks.
#[derive(Clone)]
pub struct Admin {
    store: Arc<dyn PortalStore>,
}

/// Runs `f` on a scoped thread and hands back its result (or its panic).
fn off_runtime<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| s.spawn(f).join()).unwrap_or_else(|p| std::panic::resume_unwind(p))
}

impl Admin {
    pub fn new(store: Arc<dyn PortalStore>) -> Self {
        Self { store }
    }

    pub fn seed_jobs(&self, count: usize, seed: u64) -> anyhow::Result<store::WriteStats> {
        off_runtime(|| generator::seed_jobs(self.store.as_ref(), count, seed))
    }

    pub fn touch_jobs(&self, percent: f64, seed: u64) -> anyhow::Result<store::WriteStats> {
        off_runtime(|| generator::touch_jobs(self.store.as_ref(), percent, seed))
    }

    pub fn upsert_job(&self, job: JobDetail) -> anyhow::Result<()> {
        let row = records::job_row(&job)?;
        off_runtime(|| self.store.write_content(&[row], store::SOURCE_ADMIN, false))?;
        Ok(())
    }

    /// One generated ad (id `gen-<seed>-0000000`) over the stored municipalities, not stored.
    pub fn generated_job(&self, seed: u64) -> anyhow::Result<JobDetail> {
        let places = off_runtime(|| content_loader::stored_municipalities(self.store.as_ref()))?;
        generator::generate(1, seed, &places)
            .pop()
            .ok_or_else(|| anyhow::anyhow!("no job generated"))
    }

    /// Stores a job whose summary is given as raw JSON, as a newer portal version might send it
    /// (fields or enum values this build does not know).
    pub fn upsert_raw_job(&self, id: &str, summary_json: &str) -> anyhow::Result<()> {
        let row = store::ContentRow {
            kind: "job",
            id: id.to_owned(),
            payload: summary_json.to_owned(),
            detail: None,
            municipality_id: None,
            lat: None,
            lon: None,
            field: None,
        };
        off_runtime(|| self.store.write_content(&[row], store::SOURCE_ADMIN, false))?;
        Ok(())
    }

    /// True when a live job was deleted.
    pub fn delete_job(&self, id: &str) -> anyhow::Result<bool> {
        Ok(off_runtime(|| self.store.delete_content("job", &[id.to_owned()]))? > 0)
    }

    /// Makes the account a guide account of the content guide `guide_id` (as the operator's
    /// `guide-account add` does).
    pub fn set_guide_account(&self, user_id: &str, guide_id: &str) -> anyhow::Result<()> {
        off_runtime(|| self.store.set_guide_account(user_id, guide_id))
    }

    /// `guide-account list`.
    pub fn guide_accounts(&self) -> anyhow::Result<Vec<store::GuideAccountRow>> {
        off_runtime(|| guide_accounts::list(self.store.as_ref()))
    }

    /// `guide-account password`: the sessions it ended.
    pub fn set_guide_password(&self, email: &str, password: &str) -> anyhow::Result<u64> {
        off_runtime(|| guide_accounts::set_password(self.store.as_ref(), email, password))
    }

    /// `guide-account remove`: the guide the account answered for.
    pub fn remove_guide_account(&self, email: &str) -> anyhow::Result<String> {
        off_runtime(|| guide_accounts::remove(self.store.as_ref(), email))
    }

    /// Drops all tombstones; cursors from before are answered with a resync.
    pub fn compact_tombstones(&self) -> anyhow::Result<u64> {
        off_runtime(|| self.store.compact_tombstones())
    }

    /// A new epoch, as after a restore from backup.
    pub fn new_epoch(&self) -> anyhow::Result<String> {
        off_runtime(|| self.store.new_epoch())
    }

    /// Live records per kind.
    pub fn content_counts(&self) -> BTreeMap<EntityKind, usize> {
        let mut out = BTreeMap::new();
        for e in self.all_content() {
            *out.entry(e.kind()).or_insert(0) += 1;
        }
        out
    }

    /// Every live record as a client reading `langs` holds it after a sync (its texts in
    /// those languages and the originals).
    pub fn content_as_sent(&self, langs: &[String]) -> Vec<Entity> {
        use welcome_protocol::Texts;
        let mut all = self.all_content();
        for e in &mut all {
            e.for_each_text(&mut |t| t.retain_languages(langs));
        }
        all
    }

    /// Every live record with every language it has. Panics only when the store itself is
    /// broken, which a test must see.
    pub fn all_content(&self) -> Vec<Entity> {
        let rows = off_runtime(|| self.store.live_content()).expect("reading the portal's content");
        rows.into_iter()
            .map(|(kind, payload)| {
                let text = format!(r#"{{"kind":"{kind}","data":{payload}}}"#);
                serde_json::from_str(&text).expect("stored content is valid")
            })
            .collect()
    }
}
