//! The PostgreSQL backend notices a database that is not where the portal last wrote it (a
//! restored copy) and gives it a new epoch, so every client resyncs instead of skipping the
//! changes whose sequence numbers the copy hands out again.

mod support;

use support::backends::with_dbname;
use support::Backend;
use welcome_portal::store::Database;

fn postgres_server() -> Option<String> {
    match Backend::postgres()? {
        Backend::Postgres(server) => Some(server),
        Backend::Sqlite => None,
    }
}

fn admin(server: &str, sql: &str) {
    let mut c = postgres::Client::connect(server, postgres::NoTls).unwrap();
    c.batch_execute(sql).unwrap();
}

#[test]
fn reopening_keeps_the_epoch_and_a_copy_of_the_database_gets_a_new_one() {
    let Some(server) = postgres_server() else {
        return;
    };
    let backend = Backend::Postgres(server.clone());
    let test_db = backend.test_db();
    let epoch = {
        let store = test_db.database.open().unwrap();
        store.new_epoch().unwrap();
        store.feed_meta().unwrap().epoch
    };
    // Opened again, by this or another process: the same place, the same epoch.
    assert_eq!(
        test_db.database.open().unwrap().feed_meta().unwrap().epoch,
        epoch
    );

    // A copy, as a backup restored into a new database: another place, a new epoch.
    let Database::Postgres(url) = &test_db.database else {
        unreachable!()
    };
    let original = url.rsplit('/').next().unwrap().to_owned();
    let copy = format!("{original}_copy");
    admin(
        &server,
        &format!("CREATE DATABASE {copy} TEMPLATE {original}"),
    );
    let restored = Database::Postgres(with_dbname(&server, &copy));
    let result = std::panic::catch_unwind(|| {
        let first = restored.open().unwrap().feed_meta().unwrap().epoch;
        assert_ne!(first, epoch);
        // Once: the copy is now where it lives.
        assert_eq!(restored.open().unwrap().feed_meta().unwrap().epoch, first);
    });
    admin(&server, &format!("DROP DATABASE {copy} WITH (FORCE)"));
    result.unwrap();
}

#[test]
fn tables_made_anew_by_a_restore_get_a_new_epoch_even_in_a_running_portal() {
    let Some(server) = postgres_server() else {
        return;
    };
    let backend = Backend::Postgres(server);
    let test_db = backend.test_db();
    let Database::Postgres(url) = &test_db.database else {
        unreachable!()
    };
    let store = test_db.database.open().unwrap();
    let epoch = store.feed_meta().unwrap().epoch;
    // What `pg_restore --clean` does: the tables are dropped and made again from the dump, so
    // they have new OIDs, and every connection of the old server is gone.
    let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
    c.batch_execute(
        "CREATE TABLE meta_dump AS SELECT * FROM meta;
         DROP TABLE meta;
         CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
         INSERT INTO meta SELECT * FROM meta_dump;
         DROP TABLE meta_dump;
         SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid();",
    )
    .unwrap();
    drop(c);
    // The pool's next connection checks the place: the first call may meet a connection that
    // was ended, the next ones have the new epoch.
    let _ = store.feed_meta();
    let after = (0..20).find_map(|_| store.feed_meta().ok()).unwrap().epoch;
    assert_ne!(after, epoch);
}

#[test]
fn an_unreachable_server_is_an_error_not_a_hang() {
    let started = std::time::Instant::now();
    let err = Database::postgres("postgres://nobody@127.0.0.1:1/none")
        .unwrap()
        .open()
        .err()
        .expect("no server listens on port 1");
    assert!(format!("{err:#}").contains("connecting to postgres://nobody@127.0.0.1:1/none"));
    assert!(started.elapsed() < std::time::Duration::from_secs(15));
    assert!(Database::postgres("portal.sqlite").is_err());
}

/// A role that may not read the control file (as on some hosted servers) still opens the
/// database, and reopening keeps the epoch.
#[test]
fn a_role_without_access_to_the_control_file_still_opens_the_database() {
    let Some(server) = postgres_server() else {
        return;
    };
    let backend = Backend::Postgres(server.clone());
    let test_db = backend.test_db();
    let Database::Postgres(url) = &test_db.database else {
        unreachable!()
    };
    let name = url.rsplit('/').next().unwrap().to_owned();
    let role = format!("{name}_role");
    admin(
        &server,
        &format!("CREATE ROLE {role} LOGIN; ALTER DATABASE {name} OWNER TO {role}"),
    );
    admin(
        url,
        "REVOKE EXECUTE ON FUNCTION pg_control_system() FROM PUBLIC",
    );
    let as_role = url.replacen("postgres://postgres@", &format!("postgres://{role}@"), 1);
    let result = std::panic::catch_unwind(|| {
        let db = Database::postgres(&as_role).unwrap();
        let epoch = db.open().unwrap().feed_meta().unwrap().epoch;
        assert_eq!(db.open().unwrap().feed_meta().unwrap().epoch, epoch);
    });
    drop(test_db);
    admin(&server, &format!("DROP ROLE {role}"));
    result.unwrap();
}
