-- Jobs search indexes, job alerts and their per-device checkpoints (crates/core/src/jobs).

-- Newest-first paging and most counts: the filter columns ride along, so a count with any
-- combination of working time, offer type, field, place and date is an index-only scan
-- instead of a scan over the wide rows (each row carries its summary JSON).
CREATE INDEX IF NOT EXISTS jobs_by_published
    ON jobs (published, working_time, offer_type, field, municipality_id, lat, lon, first_seen_run);
-- Municipality filters, and the bounding box of a radius search; both carry the other filter
-- columns so that counting and newest-first paging never read the wide rows.
CREATE INDEX IF NOT EXISTS jobs_by_municipality
    ON jobs (municipality_id, published, working_time, offer_type, field);
CREATE INDEX IF NOT EXISTS jobs_by_lat
    ON jobs (lat, lon, published, working_time, offer_type, field, municipality_id);
-- The covering indexes above start with the same columns as 0001's single-column ones, so
-- those only cost time on every insert of a sync.
DROP INDEX IF EXISTS jobs_published;
DROP INDEX IF EXISTS jobs_municipality;
-- Jobs new since a sync run, for alerts.
CREATE INDEX IF NOT EXISTS jobs_by_first_seen ON jobs (first_seen_run);

-- One alert per saved search and sync that brought matching jobs; per device, not synced.
CREATE TABLE IF NOT EXISTS alerts (
    id INTEGER PRIMARY KEY,
    search_id TEXT NOT NULL,
    search_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    count INTEGER NOT NULL,
    top_titles TEXT NOT NULL,          -- JSON array of strings
    read INTEGER NOT NULL DEFAULT 0,
    notified INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS alerts_unread ON alerts (read) WHERE read = 0;
CREATE INDEX IF NOT EXISTS alerts_unnotified ON alerts (notified) WHERE notified = 0;

-- The sync run up to which each saved search has seen the jobs on this device.
CREATE TABLE IF NOT EXISTS alert_checks (
    search_id TEXT PRIMARY KEY,
    last_run INTEGER NOT NULL
);
