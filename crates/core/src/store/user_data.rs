//! The user's records (household, plan answers, progress, saved jobs, saved searches).
//!
//! Local first: every change is written together with its outbox entry in one durable
//! transaction, so a change the UI has shown is never lost and always reaches the portal. Each
//! field carries the clock of its last write; merging a record from the portal keeps, per field,
//! the higher clock, exactly as the portal does, so every device converges.

use super::{state, Store};
use crate::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use welcome_protocol::user_data::{
    Collection, FieldValue, Hlc, RecordChange, CONFLICT_SUFFIX, KEEP_BOTH_FIELDS,
};

/// A record as features read it: plain values, without clocks.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub record_id: String,
    /// Current fields (a field whose value is `null` was cleared).
    pub fields: Map<String, Value>,
    /// The losing versions of concurrently edited keep-both fields, keyed by the field name
    /// (`"note"` holds what the portal keeps as `note_conflict`); only non-null ones.
    pub conflicts: Map<String, Value>,
}

/// A record as stored: fields with clocks and the deletion's clock.
#[derive(Debug, Clone, Default)]
pub(crate) struct StoredRecord {
    pub fields: BTreeMap<String, FieldValue>,
    pub deleted: Option<Hlc>,
}

impl StoredRecord {
    /// The visible record: fields written after the deletion, if any. `None` when deleted.
    fn visible(&self, record_id: &str) -> Option<Record> {
        let mut fields = Map::new();
        let mut conflicts = Map::new();
        for (name, fv) in &self.fields {
            if self.deleted.as_ref().is_some_and(|d| fv.hlc <= *d) {
                continue;
            }
            match name.strip_suffix(CONFLICT_SUFFIX) {
                Some(base) => {
                    if !fv.value.is_null() {
                        conflicts.insert(base.to_owned(), fv.value.clone());
                    }
                }
                None => {
                    fields.insert(name.clone(), fv.value.clone());
                }
            }
        }
        if self.deleted.is_some() && fields.is_empty() && conflicts.is_empty() {
            return None;
        }
        Some(Record {
            record_id: record_id.to_owned(),
            fields,
            conflicts,
        })
    }
}

fn corrupt(e: serde_json::Error) -> Error {
    Error::Storage(rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

pub(crate) fn load(
    conn: &Connection,
    collection: Collection,
    record_id: &str,
) -> Result<Option<StoredRecord>> {
    let row: Option<(String, Option<String>)> = conn
        .prepare_cached(
            "SELECT fields, deleted_hlc FROM records WHERE collection = ?1 AND record_id = ?2",
        )?
        .query_row(params![collection.as_str(), record_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    row.map(|(fields, deleted)| {
        Ok(StoredRecord {
            fields: serde_json::from_str(&fields).map_err(corrupt)?,
            deleted: deleted.map(Hlc),
        })
    })
    .transpose()
}

pub(crate) fn save(
    conn: &Connection,
    collection: Collection,
    record_id: &str,
    record: &StoredRecord,
) -> Result<()> {
    let fields = serde_json::to_string(&record.fields).map_err(corrupt)?;
    conn.prepare_cached(
        "INSERT INTO records (collection, record_id, fields, deleted_hlc) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT(collection, record_id) DO UPDATE SET fields = excluded.fields, \
         deleted_hlc = excluded.deleted_hlc",
    )?
    .execute(params![
        collection.as_str(),
        record_id,
        fields,
        record.deleted.as_ref().map(|h| h.0.as_str())
    ])?;
    Ok(())
}

fn enqueue(
    conn: &Connection,
    collection: Collection,
    record_id: &str,
    hlc: &Hlc,
    change: &RecordChange,
) -> Result<()> {
    let id = state::get_i64(conn, state::LAST_MUTATION_ID)? + 1;
    state::put(conn, state::LAST_MUTATION_ID, Some(&id.to_string()))?;
    let change = serde_json::to_string(change).map_err(corrupt)?;
    conn.prepare_cached(
        "INSERT INTO outbox (mutation_id, collection, record_id, hlc, change, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        collection.as_str(),
        record_id,
        hlc.0,
        change,
        chrono::Utc::now().to_rfc3339()
    ])?;
    state::put(conn, state::HLC_LAST, Some(&hlc.0))?;
    Ok(())
}

/// Merges the portal's version of a record into the local one: per field the higher clock
/// wins, the later deletion wins. Returns true when something changed.
pub(crate) fn merge_remote(
    conn: &Connection,
    collection: Collection,
    record_id: &str,
    fields: BTreeMap<String, FieldValue>,
    deleted: Option<Hlc>,
) -> Result<bool> {
    let mut local = load(conn, collection, record_id)?.unwrap_or_default();
    let mut changed = false;
    for (name, remote) in fields {
        let newer = local.fields.get(&name).is_none_or(|l| remote.hlc > l.hlc);
        if newer {
            local.fields.insert(name, remote);
            changed = true;
        }
    }
    if let Some(d) = deleted {
        if local.deleted.as_ref().is_none_or(|l| d > *l) {
            local.deleted = Some(d);
            changed = true;
        }
    }
    if changed {
        save(conn, collection, record_id, &local)?;
    }
    Ok(changed)
}

/// The user-data API over a [`Store`].
pub struct UserData<'a> {
    store: &'a Store,
}

impl<'a> UserData<'a> {
    pub(crate) fn new(store: &'a Store) -> Self {
        Self { store }
    }

    /// Sets fields of a record (others keep their values), with a fresh clock, and queues the
    /// change for the portal, durably in one transaction. For keep-both fields (`note`) the
    /// change names the clock it started from, so the portal can tell a concurrent edit.
    pub fn put_fields(
        &self,
        collection: Collection,
        record_id: &str,
        fields: Map<String, Value>,
    ) -> Result<()> {
        if fields.is_empty() {
            return Ok(());
        }
        self.store.write_durable(|tx| {
            let mut record = load(tx, collection, record_id)?.unwrap_or_default();
            let hlc = self.store.clock().now();
            let mut base = BTreeMap::new();
            let mut changed = BTreeMap::new();
            for (name, value) in fields {
                if KEEP_BOTH_FIELDS.contains(&name.as_str()) {
                    if let Some(prev) = record.fields.get(&name) {
                        base.insert(name.clone(), prev.hlc.clone());
                    }
                }
                record.fields.insert(
                    name.clone(),
                    FieldValue {
                        value: value.clone(),
                        hlc: hlc.clone(),
                    },
                );
                changed.insert(name, value);
            }
            save(tx, collection, record_id, &record)?;
            enqueue(
                tx,
                collection,
                record_id,
                &hlc,
                &RecordChange::Set {
                    fields: changed,
                    base,
                },
            )
        })
    }

    /// Deletes a record (a tombstone with its own clock) and queues the deletion.
    pub fn delete(&self, collection: Collection, record_id: &str) -> Result<()> {
        self.store.write_durable(|tx| {
            let mut record = load(tx, collection, record_id)?.unwrap_or_default();
            let hlc = self.store.clock().now();
            record.deleted = Some(hlc.clone());
            save(tx, collection, record_id, &record)?;
            enqueue(tx, collection, record_id, &hlc, &RecordChange::Delete)
        })
    }

    /// One record; `None` when it does not exist or was deleted.
    pub fn get(&self, collection: Collection, record_id: &str) -> Result<Option<Record>> {
        self.store
            .read(|c| Ok(load(c, collection, record_id)?.and_then(|r| r.visible(record_id))))
    }

    /// Every live record of a collection, ordered by id.
    pub fn list(&self, collection: Collection) -> Result<Vec<Record>> {
        self.list_where(collection, None)
    }

    /// Live records whose id starts with `prefix` (e.g. `"me:"` for one person's progress).
    pub fn list_prefix(&self, collection: Collection, prefix: &str) -> Result<Vec<Record>> {
        self.list_where(collection, Some(prefix))
    }

    fn list_where(&self, collection: Collection, prefix: Option<&str>) -> Result<Vec<Record>> {
        self.store.read(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT record_id, fields, deleted_hlc FROM records WHERE collection = ?1 \
                 AND (?2 IS NULL OR substr(record_id, 1, length(?2)) = ?2) ORDER BY record_id",
            )?;
            let rows = stmt.query_map(params![collection.as_str(), prefix], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (id, fields, deleted) = row?;
                let stored = StoredRecord {
                    fields: serde_json::from_str(&fields).map_err(corrupt)?,
                    deleted: deleted.map(Hlc),
                };
                out.extend(stored.visible(&id));
            }
            Ok(out)
        })
    }

    /// Changes waiting for the portal.
    pub fn pending_changes(&self) -> Result<u64> {
        self.store
            .read(|c| Ok(c.query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))?))
    }
}
