-- The user's own data, written locally first.
-- `fields` is JSON {name: {"value": ..., "hlc": "..."}}; `deleted_hlc` is the clock of a
-- deletion (a field is visible only when it was written after the deletion).

CREATE TABLE records (
    rowid INTEGER PRIMARY KEY,
    collection TEXT NOT NULL,
    record_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    deleted_hlc TEXT,
    UNIQUE (collection, record_id)
);

-- Local changes not yet acknowledged by the portal. `mutation_id` increases per client for
-- ever (the next id is kept in sync_state, so ids are never reused after the queue empties).
CREATE TABLE outbox (
    mutation_id INTEGER PRIMARY KEY,
    collection TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    change TEXT NOT NULL,            -- JSON RecordChange
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
