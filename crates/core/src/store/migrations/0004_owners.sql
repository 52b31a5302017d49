-- User data belongs to an owner: an account's user id, or '' for "this device, no account".
-- A device shared by a family keeps each account's records, outbox and alerts apart; only the
-- current owner's rows are ever shown or uploaded (crates/core/src/store/user_data.rs).
-- Rows written before this version belong to the account that was last logged in, if any.

CREATE TABLE records_owned (
    rowid INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    collection TEXT NOT NULL,
    record_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    deleted_hlc TEXT,
    -- The generation of the user feed's last pull from no cursor that brought this record;
    -- records a full pull did not bring are uploaded again (the portal lost them).
    pulled_gen INTEGER NOT NULL DEFAULT 0,
    UNIQUE (owner, collection, record_id)
);
INSERT INTO records_owned (rowid, owner, collection, record_id, fields, deleted_hlc)
    SELECT rowid, COALESCE((SELECT value FROM sync_state WHERE key = 'account_user_id'), ''),
           collection, record_id, fields, deleted_hlc
    FROM records;
DROP TABLE records;
ALTER TABLE records_owned RENAME TO records;

ALTER TABLE outbox ADD COLUMN owner TEXT NOT NULL DEFAULT '';
UPDATE outbox SET owner = COALESCE((SELECT value FROM sync_state WHERE key = 'account_user_id'), '');
CREATE INDEX outbox_by_owner ON outbox (owner, mutation_id);
CREATE INDEX outbox_by_record ON outbox (owner, collection, record_id);

ALTER TABLE alerts ADD COLUMN owner TEXT NOT NULL DEFAULT '';
UPDATE alerts SET owner = COALESCE((SELECT value FROM sync_state WHERE key = 'account_user_id'), '');

-- Changes the portal did not accept: reverted on the device and shown to the user once.
CREATE TABLE rejected_changes (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    collection TEXT NOT NULL,
    record_id TEXT NOT NULL,
    fields TEXT NOT NULL,       -- JSON array of the field names not saved; [] for a deletion
    reason TEXT NOT NULL,       -- the portal's explanation (English, for support)
    created_at TEXT NOT NULL,
    seen INTEGER NOT NULL DEFAULT 0
);

INSERT OR IGNORE INTO sync_state (key, value)
    SELECT 'owner', value FROM sync_state WHERE key = 'account_user_id';
