-- The content cache: everything the portal owns, as the feed delivered it.
-- `seq` is the portal's sequence number of the stored version (an upsert with a lower or equal
-- seq is skipped); `generation` is the resync round that last saw the row (mark and sweep).

CREATE TABLE content (
    rowid INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    generation INTEGER NOT NULL,
    data TEXT NOT NULL,              -- JSON of the protocol entity
    UNIQUE (kind, id)
);

-- Job summaries, flattened into columns for filters; `data` keeps the JSON JobSummary.
CREATE TABLE jobs (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    seq INTEGER NOT NULL,
    generation INTEGER NOT NULL,
    first_seen_run INTEGER NOT NULL, -- sync run that first brought it to this device (alerts)
    title TEXT NOT NULL,
    occupation TEXT NOT NULL,
    field TEXT NOT NULL,
    employer TEXT NOT NULL,
    municipality_id TEXT,
    city TEXT NOT NULL,
    postcode TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    working_time INTEGER NOT NULL,   -- bitmask full_time=1 part_time=2 shift=4 home_office=8 mini_job=16
    offer_type TEXT NOT NULL,        -- snake_case OfferType
    published TEXT NOT NULL,         -- YYYY-MM-DD
    modified TEXT NOT NULL,
    data TEXT NOT NULL               -- JSON JobSummary
);
CREATE INDEX jobs_published ON jobs (published);
CREATE INDEX jobs_municipality ON jobs (municipality_id);

-- Full-text index over the jobs table (external content: the text lives once, in `jobs`).
-- Diacritics are folded, so "Mulheim" finds "Mülheim".
CREATE VIRTUAL TABLE jobs_fts USING fts5(
    title, occupation, employer, city,
    content = 'jobs', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Full ads fetched on demand (opened or saved jobs).
CREATE TABLE job_details (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    fetched_at TEXT NOT NULL
);

-- Cursor, scope, generation, run counter, last success/error, client id, settings.
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
