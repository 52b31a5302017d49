//! The vault's methods on [`Companion`]: attach, list, open, replace and delete the files of a
//! person's plan documents.

use super::media::{self, Inspected};
use super::{Attachment, VaultDir, VaultState, VaultStatus};
use crate::store::state;
use crate::{Companion, Error, Result};
use rusqlite::params;
use welcome_protocol::content::ItemKind;

/// The SQL of the current owner.
const OWNER: &str = super::OWNER;

/// A random name: attachments' ids and their files' blobs.
fn random_name(prefix: &str) -> String {
    format!(
        "{prefix}-{:016x}{:016x}",
        rand::random::<u64>(),
        rand::random::<u64>()
    )
}

/// The file's name as shown: its last path part, without control characters, bounded.
fn clean_file_name(name: &str, inspected: &Inspected) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base.chars().filter(|c| !c.is_control()).take(120).collect();
    let clean = clean.trim();
    if clean.is_empty() {
        format!("document.{}", inspected.media_type.extension())
    } else {
        clean.to_owned()
    }
}

impl Companion {
    /// The keychain entry of this data folder's vault key.
    fn vault_keychain_entry(&self) -> String {
        format!("vault#{}", self.store().client_id())
    }

    fn vault_dir(&self) -> VaultDir {
        VaultDir::new(self.data_dir())
    }

    /// Whether the vault's files can be opened, and how many there are.
    pub fn vault_status(&self) -> Result<VaultStatus> {
        let entry = self.vault_keychain_entry();
        self.store().read(|conn| {
            let files = super::count(conn)?;
            let state = if files == 0 {
                VaultState::Empty
            } else {
                match super::key(conn, self.tokens(), &entry, false) {
                    Ok(_) => VaultState::Ready,
                    Err(Error::VaultKeyMissing) => VaultState::KeyMissing,
                    Err(e) => return Err(e),
                }
            };
            Ok(VaultStatus { state, files })
        })
    }

    /// The files attached to one person's documents.
    pub fn attachments(&self, person_id: &str) -> Result<Vec<Attachment>> {
        self.store().read(|conn| super::list(conn, person_id))
    }

    /// Attaches a file to a document of the person's plan. The file is checked in full first;
    /// a file the vault cannot keep changes nothing.
    pub fn attach_document(
        &self,
        person_id: &str,
        item_id: &str,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<Attachment> {
        let plan = self.plan(person_id)?;
        if !plan
            .items
            .iter()
            .any(|i| i.id == item_id && i.kind == ItemKind::Document)
        {
            return Err(Error::NotFound {
                what: format!("document {item_id}"),
            });
        }
        let inspected = media::inspect(bytes)?;
        self.keep(
            &random_name("file"),
            person_id,
            item_id,
            file_name,
            bytes,
            &inspected,
        )
    }

    /// Replaces an attachment's file, keeping its place in the plan.
    pub fn replace_attachment(
        &self,
        id: &str,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<Attachment> {
        let old = self.store().read(|conn| super::get(conn, id))?;
        let inspected = media::inspect(bytes)?;
        self.keep(
            id,
            &old.person_id,
            &old.item_id,
            file_name,
            bytes,
            &inspected,
        )
    }

    /// Encrypts the file into a new blob, then points the row at it in one commit and removes
    /// the blob it replaced: after a crash or a failed write the attachment is its old version
    /// or its new one, whole.
    fn keep(
        &self,
        id: &str,
        person_id: &str,
        item_id: &str,
        file_name: &str,
        bytes: &[u8],
        inspected: &Inspected,
    ) -> Result<Attachment> {
        let entry = self.vault_keychain_entry();
        let (key, record_fingerprint) = self
            .store()
            .read(|conn| super::key(conn, self.tokens(), &entry, true))?;
        let thumbnail = inspected
            .thumbnail
            .as_ref()
            .map(|t| key.seal(&format!("{id}#thumbnail"), t));
        let blob = random_name("blob");
        let dir = self.vault_dir();
        dir.write(&blob, &key.seal(id, bytes))?;
        let name = clean_file_name(file_name, inspected);
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let written = self.store().write_durable(|tx| {
            if record_fingerprint {
                state::put(tx, state::VAULT_KEY, Some(&key.fingerprint()))?;
            }
            let replaced = super::blob_of(tx, id)?;
            tx.execute(
                &format!(
                    "INSERT INTO vault_files (id, owner, person_id, item_id, blob, file_name, \
                     media_type, size, width, height, pages, thumbnail, added_at) \
                     VALUES (?1, {OWNER}, ?2, ?3, ?12, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) \
                     ON CONFLICT (id) DO UPDATE SET blob = excluded.blob, file_name = excluded.file_name, \
                     media_type = excluded.media_type, size = excluded.size, \
                     width = excluded.width, height = excluded.height, pages = excluded.pages, \
                     thumbnail = excluded.thumbnail, added_at = excluded.added_at"
                ),
                params![
                    id,
                    person_id,
                    item_id,
                    name,
                    inspected.media_type.as_str(),
                    bytes.len() as u64,
                    inspected.width,
                    inspected.height,
                    inspected.pages,
                    thumbnail,
                    now,
                    blob
                ],
            )?;
            Ok((super::get(tx, id)?, replaced))
        });
        match written {
            Ok((attachment, replaced)) => {
                if let Some(old) = replaced {
                    dir.remove(&old);
                }
                Ok(attachment)
            }
            Err(e) => {
                dir.remove(&blob);
                Err(e)
            }
        }
    }

    /// The attachment and its decrypted content, to show or open.
    pub fn attachment_content(&self, id: &str) -> Result<(Attachment, Vec<u8>)> {
        let entry = self.vault_keychain_entry();
        let (attachment, blob, key) = self.store().read(|conn| {
            let attachment = super::get(conn, id)?;
            let blob = super::blob_of(conn, id)?.unwrap_or_default();
            let (key, _) = super::key(conn, self.tokens(), &entry, false)?;
            Ok((attachment, blob, key))
        })?;
        let plain = key.open(id, &self.vault_dir().read(&blob)?)?;
        Ok((attachment, plain))
    }

    /// The decrypted thumbnail (a small JPEG) of a picture; `None` for a PDF.
    pub fn attachment_thumbnail(&self, id: &str) -> Result<Option<Vec<u8>>> {
        let entry = self.vault_keychain_entry();
        self.store().read(|conn| {
            let Some(sealed) = super::sealed_thumbnail(conn, id)? else {
                super::get(conn, id)?;
                return Ok(None);
            };
            let (key, _) = super::key(conn, self.tokens(), &entry, false)?;
            key.open(&format!("{id}#thumbnail"), &sealed).map(Some)
        })
    }

    /// Deletes an attachment: its row, then its file. Works without the key, so files whose key
    /// is gone can be cleared by the user; with the last file goes the key's fingerprint, and
    /// the next file starts a new vault.
    pub fn delete_attachment(&self, id: &str) -> Result<()> {
        let blob = self.store().write_durable(|tx| {
            super::get(tx, id)?;
            let blob = super::blob_of(tx, id)?;
            tx.execute("DELETE FROM vault_files WHERE id = ?1", [id])?;
            if super::count(tx)? == 0 {
                state::put(tx, state::VAULT_KEY, None)?;
            }
            Ok(blob)
        })?;
        if let Some(blob) = blob {
            self.vault_dir().remove(&blob);
        }
        Ok(())
    }

    /// Removes the files of removed rows (after their transaction committed).
    pub(crate) fn remove_vault_files(&self, blobs: &[String]) {
        let dir = self.vault_dir();
        for blob in blobs {
            dir.remove(blob);
        }
    }
}
