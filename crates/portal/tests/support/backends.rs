//! The backends a test runs on: SQLite always, PostgreSQL when `WELCOME_TEST_POSTGRES` names a
//! server (a URL of a role that may create databases; `scripts/with-postgres.sh` starts a
//! throw-away one). Each test gets a database of its own, removed afterwards.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Once};
use welcome_portal::store::{Database, PortalStore};

/// The variable that names the PostgreSQL server of the tests.
pub const ENV: &str = "WELCOME_TEST_POSTGRES";

#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    /// The server's URL, for a role that may create and drop databases.
    Postgres(String),
}

impl Backend {
    /// The PostgreSQL backend, or `None` (said once per test binary, on stderr past the test
    /// harness's capture) when the variable is unset.
    pub fn postgres() -> Option<Self> {
        match std::env::var(ENV) {
            Ok(url) if !url.trim().is_empty() => Some(Self::Postgres(url)),
            _ => {
                static SAID: Once = Once::new();
                SAID.call_once(|| {
                    let _ = writeln!(
                        std::io::stderr(),
                        "{ENV} is not set: the portal tests run on SQLite only, PostgreSQL skipped \
                         (scripts/with-postgres.sh sets it)"
                    );
                });
                None
            }
        }
    }

    /// A fresh, empty database. Fails the test when the PostgreSQL server cannot be reached.
    pub fn test_db(&self) -> TestDb {
        let dir = tempfile::tempdir().unwrap();
        match self {
            Self::Sqlite => TestDb {
                database: Database::Sqlite(dir.path().join("portal.sqlite")),
                dir,
                postgres: None,
            },
            Self::Postgres(server) => {
                static N: AtomicUsize = AtomicUsize::new(0);
                let name = format!(
                    "welcome_test_{}_{}_{:x}",
                    std::process::id(),
                    N.fetch_add(1, Ordering::Relaxed),
                    rand::random::<u32>()
                );
                admin(server, &format!("CREATE DATABASE {name}"));
                TestDb {
                    database: Database::Postgres(with_dbname(server, &name)),
                    dir,
                    postgres: Some((server.clone(), name)),
                }
            }
        }
    }

    /// A fresh database, opened (and migrated) as a store.
    pub fn store(&self) -> TestStore {
        let db = self.test_db();
        let database = db.database.clone();
        let store = off_runtime(move || database.open()).unwrap();
        TestStore { store, _db: db }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, Self::Postgres(_))
    }
}

/// One test's database; a PostgreSQL one is dropped with it (with the connections still open).
pub struct TestDb {
    pub database: Database,
    /// The SQLite file's folder (also a scratch folder for a PostgreSQL test).
    pub dir: tempfile::TempDir,
    postgres: Option<(String, String)>,
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((server, name)) = self.postgres.take() {
            admin(
                &server,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            );
        }
    }
}

/// A store over a test's own database; derefs to the store.
pub struct TestStore {
    pub store: Arc<dyn PortalStore>,
    _db: TestDb,
}

impl std::ops::Deref for TestStore {
    type Target = dyn PortalStore;
    fn deref(&self) -> &Self::Target {
        self.store.as_ref()
    }
}

/// Runs `f` on a thread of its own: the synchronous PostgreSQL client must not run on a thread
/// that drives async tasks, and these helpers are called from async tests.
pub fn off_runtime<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| s.spawn(f).join()).unwrap_or_else(|p| std::panic::resume_unwind(p))
}

/// Runs one statement as the server's administrator.
fn admin(server: &str, sql: &str) {
    off_runtime(|| {
        let mut client = postgres::Client::connect(server, postgres::NoTls)
            .unwrap_or_else(|e| panic!("{ENV} is set, but its server cannot be reached: {e}"));
        client
            .batch_execute(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    });
}

/// The server URL with another database name.
pub fn with_dbname(server: &str, name: &str) -> String {
    let (base, query) = match server.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (server, String::new()),
    };
    let authority = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[authority..]
        .find('/')
        .map_or(base.len(), |i| authority + i);
    format!("{}/{name}{query}", &base[..host_end])
}

/// Defines each named test once per backend, as `<name>::sqlite` and `<name>::postgres`; the
/// test itself is a function of a [`Backend`] (`async:` for tokio tests, `sync:` for plain ones).
/// Without `WELCOME_TEST_POSTGRES` the PostgreSQL variant returns at once.
macro_rules! on_each_backend {
    (async: $($name:ident),+ $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread")]
                async fn sqlite() {
                    super::$name($crate::support::Backend::Sqlite).await
                }
                #[tokio::test(flavor = "multi_thread")]
                async fn postgres() {
                    if let Some(backend) = $crate::support::Backend::postgres() {
                        super::$name(backend).await
                    }
                }
            }
        )+
    };
    (sync: $($name:ident),+ $(,)?) => {
        $(
            mod $name {
                #[test]
                fn sqlite() {
                    super::$name($crate::support::Backend::Sqlite)
                }
                #[test]
                fn postgres() {
                    if let Some(backend) = $crate::support::Backend::postgres() {
                        super::$name(backend)
                    }
                }
            }
        )+
    };
}
pub(crate) use on_each_backend;
