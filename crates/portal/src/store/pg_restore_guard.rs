//! Notices a PostgreSQL database that is not the one the portal last wrote: restored from a
//! backup, or a standby promoted after a failover. Either may lack the newest commits while its
//! epoch stayed the same, and clients holding cursors past them would skip every change whose
//! sequence numbers it hands out again (see `restore_guard` for the SQLite file's guard).
//!
//! The SQLite guard keeps a mark in a file beside the database; several portal processes on
//! several machines have no such place. Instead the database records where it lives, and a
//! change of that place means a restore:
//!
//! - the cluster's system identifier (another cluster: a dump restored elsewhere),
//! - the database's OID (a dump restored into a new database of the same cluster),
//! - the OID of the `meta` table (a dump restored with `--clean` into the same database, which
//!   recreates the tables),
//! - the WAL timeline (a point-in-time recovery or a promoted standby: both start a new one).
//!
//! Every new connection of the pool checks it, so portals that keep running across a restore
//! notice it too (a restore always ends the old connections). What it cannot see is a data-only
//! restore into the tables as they are; docs/operating.md tells operators to run
//! `welcome-portal new-epoch` then.

use rand::RngCore;

/// Where the database lives now, as one comparable string.
const PLACE: &str = "SELECT (SELECT system_identifier FROM pg_control_system())::text
    || '/' || (SELECT oid FROM pg_database WHERE datname = current_database())::text
    || '/' || 'meta'::regclass::oid::text
    || '/' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8)";

/// The place without the cluster's identifier, for servers that do not let an ordinary role
/// read the control file (some hosted ones): a restore onto another server still gives the
/// database a new OID there, or new tables.
const PLACE_WITHOUT_CLUSTER: &str = "SELECT '-'
    || '/' || (SELECT oid FROM pg_database WHERE datname = current_database())::text
    || '/' || 'meta'::regclass::oid::text
    || '/' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8)";

fn place(client: &mut postgres::Client) -> Result<String, postgres::Error> {
    match client.query_one(PLACE, &[]) {
        Ok(row) => Ok(row.get(0)),
        Err(e) if e.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE) => {
            Ok(client.query_one(PLACE_WITHOUT_CLUSTER, &[])?.get(0))
        }
        Err(e) => Err(e),
    }
}

pub fn random_epoch() -> String {
    let mut b = [0u8; 8];
    rand::thread_rng().fill_bytes(&mut b);
    hex::encode(b)
}

/// Compares the database's place with the one recorded and records the current one; a
/// different place gets a new epoch. Returns the new epoch when it made one. A database that
/// recorded no place yet (just created, or from a build before the guard) only records it.
pub fn check(client: &mut postgres::Client) -> Result<Option<String>, postgres::Error> {
    let now = place(client)?;
    let mut tx = client.transaction()?;
    // The row lock makes processes that connect at once after a restore agree on one new epoch.
    let last: Option<String> = tx
        .query_opt("SELECT value FROM meta WHERE key = 'place' FOR UPDATE", &[])?
        .map(|r| r.get(0));
    let changed = match last {
        Some(last) if last == now => return Ok(None),
        Some(_) => {
            let epoch = random_epoch();
            tx.execute("UPDATE meta SET value = $1 WHERE key = 'epoch'", &[&epoch])?;
            Some(epoch)
        }
        None => None,
    };
    tx.execute(
        "INSERT INTO meta(key, value) VALUES ('place', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        &[&now],
    )?;
    tx.commit()?;
    if let Some(epoch) = &changed {
        tracing::warn!(
            epoch,
            "the database is not where this portal last wrote it (restored from a backup, or a \
             standby promoted?): new epoch, clients resync"
        );
    }
    Ok(changed)
}

/// Runs [`check`] on every connection the pool opens.
#[derive(Debug)]
pub struct CheckOnConnect;

impl r2d2::CustomizeConnection<postgres::Client, postgres::Error> for CheckOnConnect {
    fn on_acquire(&self, conn: &mut postgres::Client) -> Result<(), postgres::Error> {
        check(conn).map(|_| ())
    }
}
