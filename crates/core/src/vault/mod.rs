//! The document vault: photos, scans and PDFs attached to the documents of a person's plan.
//!
//! Everything stays on this device (the vault never syncs): the files are in the data folder's
//! `vault/` folder, each encrypted with the vault's key ([`cipher`]), which lives in the OS
//! keychain beside the login token. A row in `vault_files` says what each file is. A file is
//! checked in full before it is kept ([`media`]), so what the vault holds opens later.
//!
//! If the keychain loses the key, the vault says so ([`Error::VaultKeyMissing`]) and keeps
//! every file: restoring the keychain opens them again. The user may delete them; the app never
//! does on its own.

pub mod cipher;
mod companion;
pub mod media;

use crate::store::state;
use crate::{Error, Result};
use cipher::VaultKey;
use media::MediaType;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::{Path, PathBuf};

/// The vault's folder inside the data folder.
pub const VAULT_DIR: &str = "vault";

/// One attached file, as the plan shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Attachment {
    pub id: String,
    pub person_id: String,
    pub item_id: String,
    /// The name the file had when it was chosen (shown, and offered when saved elsewhere).
    pub file_name: String,
    pub media_type: MediaType,
    /// Size of the original file in bytes.
    pub size: u64,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// Pages of a PDF.
    pub pages: Option<u32>,
    /// When it was attached or last replaced (RFC 3339, UTC).
    pub added_at: String,
}

/// Whether the vault's files can be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum VaultState {
    /// No file yet (a key is made with the first one).
    Empty,
    /// The key is in the keychain.
    Ready,
    /// There are files, but their key is not in the keychain.
    KeyMissing,
}

/// The vault at a glance, for the plan and Settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct VaultStatus {
    pub state: VaultState,
    /// Files of every person and account on this device.
    pub files: u32,
}

/// The SQL of the current owner (as the plan's records use it).
const OWNER: &str = "COALESCE((SELECT value FROM sync_state WHERE key = 'owner'), '')";
const COLUMNS: &str =
    "id, person_id, item_id, file_name, media_type, size, width, height, pages, added_at";

fn attachment(row: &rusqlite::Row<'_>) -> rusqlite::Result<Attachment> {
    let media: String = row.get(4)?;
    Ok(Attachment {
        id: row.get(0)?,
        person_id: row.get(1)?,
        item_id: row.get(2)?,
        file_name: row.get(3)?,
        media_type: MediaType::parse(&media).unwrap_or(MediaType::Pdf),
        size: row.get(5)?,
        width: row.get(6)?,
        height: row.get(7)?,
        pages: row.get(8)?,
        added_at: row.get(9)?,
    })
}

/// The current owner's attachments of one person, in the order they were attached.
pub fn list(conn: &Connection, person_id: &str) -> Result<Vec<Attachment>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM vault_files WHERE owner = {OWNER} AND person_id = ?1 \
         ORDER BY added_at, id"
    ))?;
    let rows = stmt.query_map([person_id], attachment)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One of the current owner's attachments.
pub fn get(conn: &Connection, id: &str) -> Result<Attachment> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM vault_files WHERE owner = {OWNER} AND id = ?1"),
        [id],
        attachment,
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: format!("attachment {id}"),
    })
}

/// Files on this device, of every owner.
pub fn count(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("SELECT COUNT(*) FROM vault_files", [], |r| r.get(0))?)
}

/// The encrypted thumbnail of an attachment, if it has one.
fn sealed_thumbnail(conn: &Connection, id: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .query_row(
            &format!("SELECT thumbnail FROM vault_files WHERE owner = {OWNER} AND id = ?1"),
            [id],
            |r| r.get(0),
        )
        .optional()?
        .flatten())
}

/// The file (blob) that holds an attachment's current version.
fn blob_of(conn: &Connection, id: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT blob FROM vault_files WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?)
}

/// Removes the rows of one owner's files (all people, or one); returns their blobs, which the
/// caller removes once the transaction has committed.
pub fn forget(conn: &Connection, owner: &str, person_id: Option<&str>) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "DELETE FROM vault_files WHERE owner = ?1 AND (?2 IS NULL OR person_id = ?2) RETURNING blob",
    )?;
    let ids = stmt.query_map(params![owner, person_id], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// The vault's files on disk.
#[derive(Debug, Clone)]
pub struct VaultDir(PathBuf);

impl VaultDir {
    pub fn new(data_dir: &Path) -> Self {
        Self(data_dir.join(VAULT_DIR))
    }

    fn path(&self, blob: &str) -> PathBuf {
        self.0.join(format!("{blob}.wrv"))
    }

    /// Writes a sealed file under a new name, whole or not at all (a crash leaves at most a
    /// temporary file, never a half-written blob).
    fn write(&self, blob: &str, sealed: &[u8]) -> Result<()> {
        use std::io::Write;
        std::fs::create_dir_all(&self.0)?;
        let tmp = self.0.join(format!("{blob}.tmp"));
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(sealed)?;
        file.sync_all()?;
        std::fs::rename(&tmp, self.path(blob))?;
        if let Ok(dir) = std::fs::File::open(&self.0) {
            // The rename itself durable (POSIX); not possible on every platform.
            let _ = dir.sync_all();
        }
        Ok(())
    }

    fn read(&self, blob: &str) -> Result<Vec<u8>> {
        std::fs::read(self.path(blob)).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::VaultFileDamaged,
            _ => Error::Io(e),
        })
    }

    fn remove(&self, blob: &str) {
        if let Err(e) = std::fs::remove_file(self.path(blob)) {
            if e.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(error = %e, "a vault file could not be removed");
            }
        }
    }
}

/// The vault's key in the keychain, checked against the fingerprint kept with the files.
///
/// With `create`, an empty vault gets a new key. A vault with files never does: a new key
/// would make the kept files look lost for good, while the old key may come back.
pub fn key(
    conn: &Connection,
    tokens: &dyn crate::secrets::TokenStore,
    keychain_entry: &str,
    create: bool,
) -> Result<(VaultKey, bool)> {
    let known = state::get(conn, state::VAULT_KEY)?;
    match tokens.get(keychain_entry)? {
        Some(token) => {
            let key = VaultKey::from_token(&token).ok_or(Error::VaultKeyMissing)?;
            match known {
                Some(fp) if fp != key.fingerprint() => Err(Error::VaultKeyMissing),
                Some(_) => Ok((key, false)),
                None => Ok((key, true)),
            }
        }
        None if known.is_none() && create => {
            let key = VaultKey::generate();
            tokens.set(keychain_entry, &key.to_token())?;
            Ok((key, true))
        }
        None => Err(Error::VaultKeyMissing),
    }
}
