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
use welcome_protocol::limits::{self, LimitError};
use welcome_protocol::user_data::{
    Collection, FieldValue, Hlc, Mutation, RecordChange, CONFLICT_SUFFIX, KEEP_BOTH_FIELDS,
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
    /// The visible record: fields written after the deletion, if any. `None` when deleted or
    /// when no field is left.
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
        // Deleted, or nothing left (a rejected creation that was reverted).
        if fields.is_empty() && conflicts.is_empty() {
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

/// The owner whose records are shown, edited and uploaded: the account's user id, or `""` for
/// "this device, no account".
pub(crate) fn owner(conn: &Connection) -> Result<String> {
    Ok(state::get(conn, state::OWNER)?.unwrap_or_default())
}

pub(crate) fn load(
    conn: &Connection,
    owner: &str,
    collection: Collection,
    record_id: &str,
) -> Result<Option<StoredRecord>> {
    let row: Option<(String, Option<String>)> = conn
        .prepare_cached(
            "SELECT fields, deleted_hlc FROM records \
             WHERE owner = ?1 AND collection = ?2 AND record_id = ?3",
        )?
        .query_row(params![owner, collection.as_str(), record_id], |r| {
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
    owner: &str,
    collection: Collection,
    record_id: &str,
    record: &StoredRecord,
) -> Result<()> {
    let fields = serde_json::to_string(&record.fields).map_err(corrupt)?;
    conn.prepare_cached(
        "INSERT INTO records (owner, collection, record_id, fields, deleted_hlc) \
         VALUES (?1, ?2, ?3, ?4, ?5) \
         ON CONFLICT(owner, collection, record_id) DO UPDATE SET fields = excluded.fields, \
         deleted_hlc = excluded.deleted_hlc",
    )?
    .execute(params![
        owner,
        collection.as_str(),
        record_id,
        fields,
        record.deleted.as_ref().map(|h| h.0.as_str())
    ])?;
    Ok(())
}

/// Queues a change for the portal (the caller has written it to the record in the same
/// transaction).
pub(crate) fn enqueue(
    conn: &Connection,
    owner: &str,
    collection: Collection,
    record_id: &str,
    hlc: &Hlc,
    change: &RecordChange,
) -> Result<()> {
    let id = state::get_i64(conn, state::LAST_MUTATION_ID)? + 1;
    state::put(conn, state::LAST_MUTATION_ID, Some(&id.to_string()))?;
    let change = serde_json::to_string(change).map_err(corrupt)?;
    conn.prepare_cached(
        "INSERT INTO outbox (mutation_id, owner, collection, record_id, hlc, change, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        id,
        owner,
        collection.as_str(),
        record_id,
        hlc.0,
        change,
        chrono::Utc::now().to_rfc3339()
    ])?;
    if state::get(conn, state::HLC_LAST)?.is_none_or(|last| hlc.0 > last) {
        state::put(conn, state::HLC_LAST, Some(&hlc.0))?;
    }
    Ok(())
}

/// What of a record still waits in the outbox: the newest clock per field, and a deletion.
#[derive(Debug, Default)]
struct Pending {
    fields: BTreeMap<String, Hlc>,
    deleted: Option<Hlc>,
}

fn pending(
    conn: &Connection,
    owner: &str,
    collection: Collection,
    record_id: &str,
) -> Result<Pending> {
    let mut stmt = conn.prepare_cached(
        "SELECT hlc, change FROM outbox WHERE owner = ?1 AND collection = ?2 AND record_id = ?3",
    )?;
    let rows = stmt.query_map(params![owner, collection.as_str(), record_id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = Pending::default();
    for row in rows {
        let (hlc, change) = row?;
        let hlc = Hlc(hlc);
        match serde_json::from_str::<RecordChange>(&change).map_err(corrupt)? {
            RecordChange::Set { fields, .. } => {
                for name in fields.into_keys() {
                    let newest = out.fields.entry(name).or_insert_with(|| hlc.clone());
                    if hlc > *newest {
                        *newest = hlc.clone();
                    }
                }
            }
            RecordChange::Delete => {
                if out.deleted.as_ref().is_none_or(|d| hlc > *d) {
                    out.deleted = Some(hlc);
                }
            }
        }
    }
    Ok(out)
}

/// How a record from the user feed is merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MergeMode {
    /// An ordinary page: the portal's version is the truth, except for what still waits in
    /// the outbox.
    Follow,
    /// A pull from no cursor (first login, or after the portal was restored), stamping records
    /// with this generation: local values newer than the portal's are kept and uploaded again,
    /// since the portal may have lost them.
    Full { generation: i64 },
}

/// Merges the portal's version of a record into the local one. The portal has already merged
/// every change it acknowledged (per field by clock, deletions, kept note conflicts, clamped
/// clocks), so its version replaces the local one, except for changes still in the outbox
/// whose clock is newer: those stay until the portal has them. Returns true when the visible
/// record changed.
pub(crate) fn merge_remote(
    conn: &Connection,
    owner: &str,
    collection: Collection,
    record_id: &str,
    fields: BTreeMap<String, FieldValue>,
    deleted: Option<Hlc>,
    mode: MergeMode,
) -> Result<bool> {
    let local = load(conn, owner, collection, record_id)?.unwrap_or_default();
    let waiting = pending(conn, owner, collection, record_id)?;
    let remote_fields = fields.clone();
    let mut merged = StoredRecord { fields, deleted };
    let newer_than_merged = |merged: &StoredRecord, name: &str, value: &FieldValue| {
        merged.fields.get(name).is_none_or(|r| value.hlc > r.hlc)
    };
    for name in waiting.fields.keys() {
        if let Some(value) = local.fields.get(name) {
            if newer_than_merged(&merged, name, value) {
                merged.fields.insert(name.clone(), value.clone());
            }
        }
    }
    if let Some(d) = &waiting.deleted {
        if merged.deleted.as_ref().is_none_or(|r| d > r) {
            merged.deleted = Some(d.clone());
        }
    }
    if let MergeMode::Full { .. } = mode {
        let mut lost: BTreeMap<Hlc, Map<String, Value>> = BTreeMap::new();
        for (name, value) in &local.fields {
            let hidden = local.deleted.as_ref().is_some_and(|d| value.hlc <= *d);
            if waiting.fields.contains_key(name) || hidden {
                continue;
            }
            // The portal holding the same value under an older clock clamped our clock (see
            // `MAX_CLOCK_SKEW_MILLIS`): nothing was lost, its clock stands.
            let same_value = merged
                .fields
                .get(name)
                .is_some_and(|r| r.value == value.value);
            if newer_than_merged(&merged, name, value) && !same_value {
                merged.fields.insert(name.clone(), value.clone());
                lost.entry(value.hlc.clone())
                    .or_default()
                    .insert(name.clone(), value.value.clone());
            }
        }
        for (hlc, values) in lost {
            let base = values
                .keys()
                .filter(|n| KEEP_BOTH_FIELDS.contains(&n.as_str()))
                .filter_map(|n| Some((n.clone(), remote_fields.get(n)?.hlc.clone())))
                .collect();
            let change = RecordChange::Set {
                fields: values.into_iter().collect(),
                base,
            };
            enqueue(conn, owner, collection, record_id, &hlc, &change)?;
        }
        if waiting.deleted.is_none() {
            if let Some(d) = &local.deleted {
                if merged.deleted.as_ref().is_none_or(|r| d > r) {
                    merged.deleted = Some(d.clone());
                    enqueue(conn, owner, collection, record_id, d, &RecordChange::Delete)?;
                }
            }
        }
    }
    let changed = merged.visible(record_id) != local.visible(record_id);
    if merged.fields != local.fields || merged.deleted != local.deleted {
        save(conn, owner, collection, record_id, &merged)?;
    }
    if let MergeMode::Full { generation } = mode {
        conn.prepare_cached(
            "UPDATE records SET pulled_gen = ?4 \
             WHERE owner = ?1 AND collection = ?2 AND record_id = ?3",
        )?
        .execute(params![owner, collection.as_str(), record_id, generation])?;
    }
    Ok(changed)
}

/// After the last page of a pull from no cursor: every record of `owner` that the pull did not
/// bring is one the portal does not have (it was restored from an older backup, or the data was
/// made before this account logged in); its fields are queued again. Returns how many records.
pub(crate) fn requeue_unpulled(conn: &Connection, owner: &str, generation: i64) -> Result<u64> {
    let rows: Vec<(String, String)> = {
        let mut stmt = conn.prepare(
            "SELECT collection, record_id FROM records WHERE owner = ?1 AND pulled_gen <> ?2",
        )?;
        let rows = stmt.query_map(params![owner, generation], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut requeued = 0;
    for (collection, record_id) in rows {
        let Some(collection) = Collection::parse(&collection) else {
            continue;
        };
        // The portal has nothing of it: merging "nothing" in full mode queues every value.
        let mode = MergeMode::Full { generation };
        merge_remote(
            conn,
            owner,
            collection,
            &record_id,
            BTreeMap::new(),
            None,
            mode,
        )?;
        requeued += 1;
    }
    Ok(requeued)
}

/// Refuses a change that the portal would not accept, while the user still sees what they
/// typed (a change over the limits could never leave the outbox).
fn check_limits(
    collection: Collection,
    record_id: &str,
    hlc: &Hlc,
    change: &RecordChange,
) -> Result<()> {
    let mutation = Mutation {
        id: 0,
        collection,
        record_id: record_id.to_owned(),
        hlc: hlc.clone(),
        change: change.clone(),
    };
    limits::check_mutation(&mutation).map_err(|e| match e {
        LimitError::TextTooLong { max, .. } => {
            Error::invalid("error-text-too-long", &[("max", max.to_string())])
        }
        LimitError::TooLarge { bytes, max } => Error::invalid(
            "error-change-too-large",
            &[
                ("size", bytes.div_ceil(1024).to_string()),
                ("max", (max / 1024).to_string()),
            ],
        ),
        LimitError::RecordId | LimitError::FieldName { .. } => Error::invalid("error-invalid", &[]),
    })
}

/// The user-data API over a [`Store`]: always the current owner's records.
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
    /// A change over the portal's limits is refused ([`Error::Invalid`]) and nothing changes.
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
            let owner = owner(tx)?;
            let mut record = load(tx, &owner, collection, record_id)?.unwrap_or_default();
            let hlc = self.store.clock().now();
            let mut base = BTreeMap::new();
            let mut changed = BTreeMap::new();
            let mut fields = fields;
            // Saving a note that shows a conflict (the editor shows both versions) resolves
            // it: the conflict copy is cleared in the same change, on every device.
            for name in KEEP_BOTH_FIELDS {
                let conflict = format!("{name}{CONFLICT_SUFFIX}");
                let shown = record
                    .fields
                    .get(&conflict)
                    .is_some_and(|c| !c.value.is_null());
                if fields.contains_key(name) && shown && !fields.contains_key(&conflict) {
                    fields.insert(conflict, Value::Null);
                }
            }
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
            let change = RecordChange::Set {
                fields: changed,
                base,
            };
            check_limits(collection, record_id, &hlc, &change)?;
            save(tx, &owner, collection, record_id, &record)?;
            enqueue(tx, &owner, collection, record_id, &hlc, &change)
        })
    }

    /// Deletes a record (a tombstone with its own clock) and queues the deletion.
    pub fn delete(&self, collection: Collection, record_id: &str) -> Result<()> {
        self.store.write_durable(|tx| {
            let owner = owner(tx)?;
            let mut record = load(tx, &owner, collection, record_id)?.unwrap_or_default();
            let hlc = self.store.clock().now();
            record.deleted = Some(hlc.clone());
            save(tx, &owner, collection, record_id, &record)?;
            enqueue(
                tx,
                &owner,
                collection,
                record_id,
                &hlc,
                &RecordChange::Delete,
            )
        })
    }

    /// One record; `None` when it does not exist or was deleted.
    pub fn get(&self, collection: Collection, record_id: &str) -> Result<Option<Record>> {
        self.store.read(|c| {
            let owner = owner(c)?;
            Ok(load(c, &owner, collection, record_id)?.and_then(|r| r.visible(record_id)))
        })
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
            let owner = owner(c)?;
            let mut stmt = c.prepare_cached(
                "SELECT record_id, fields, deleted_hlc FROM records \
                 WHERE owner = ?1 AND collection = ?2 \
                 AND (?3 IS NULL OR substr(record_id, 1, length(?3)) = ?3) ORDER BY record_id",
            )?;
            let rows = stmt.query_map(params![owner, collection.as_str(), prefix], |r| {
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

    /// The current owner's changes waiting for the portal.
    pub fn pending_changes(&self) -> Result<u64> {
        self.store.read(|c| {
            let owner = owner(c)?;
            Ok(c.query_row(
                "SELECT count(*) FROM outbox WHERE owner = ?1",
                [owner],
                |r| r.get(0),
            )?)
        })
    }
}

/// Moves the records, outbox and alerts made without an account to `account`, merging each
/// record field by field (by clock) with one the account already has here. Their outbox entries
/// then go to the account's portal. Returns how many records joined.
pub(crate) fn adopt_device_data(conn: &Connection, account: &str) -> Result<u64> {
    let rows: Vec<(String, String)> = {
        let mut stmt =
            conn.prepare("SELECT collection, record_id FROM records WHERE owner = ''")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut joined = 0;
    for (collection, record_id) in rows {
        let Some(collection) = Collection::parse(&collection) else {
            continue;
        };
        let Some(device) = load(conn, "", collection, &record_id)? else {
            continue;
        };
        let mut target = load(conn, account, collection, &record_id)?.unwrap_or_default();
        for (name, value) in device.fields {
            if target.fields.get(&name).is_none_or(|t| value.hlc > t.hlc) {
                target.fields.insert(name, value);
            }
        }
        if device.deleted > target.deleted {
            target.deleted = device.deleted;
        }
        save(conn, account, collection, &record_id, &target)?;
        conn.execute(
            "DELETE FROM records WHERE owner = '' AND collection = ?1 AND record_id = ?2",
            params![collection.as_str(), record_id],
        )?;
        joined += 1;
    }
    conn.execute("UPDATE outbox SET owner = ?1 WHERE owner = ''", [account])?;
    conn.execute("UPDATE alerts SET owner = ?1 WHERE owner = ''", [account])?;
    conn.execute(
        "UPDATE rejected_changes SET owner = ?1 WHERE owner = ''",
        [account],
    )?;
    Ok(joined)
}

/// Removes everything of one owner from this device: records, unsent changes, alerts.
pub(crate) fn remove_owner_data(conn: &Connection, owner: &str) -> Result<()> {
    for table in ["records", "outbox", "alerts", "rejected_changes"] {
        conn.execute(&format!("DELETE FROM {table} WHERE owner = ?1"), [owner])?;
    }
    Ok(())
}
