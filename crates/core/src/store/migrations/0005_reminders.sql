-- Reminders of due dates and expiry dates delivered on this device (crates/core/src/plan/reminders.rs).
-- One row per reminder and date: it is delivered once, even across restarts, and a changed date
-- reminds again. Rows with shown = 0 passed while the app was closed and a later one was shown
-- instead. The shown rows are the in-app inbox of reminders.
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    person_id TEXT NOT NULL,
    person_name TEXT NOT NULL,
    item_id TEXT NOT NULL,
    item_title TEXT NOT NULL,
    kind TEXT NOT NULL,          -- 'due' or 'expiry'
    date TEXT NOT NULL,          -- YYYY-MM-DD, the due or expiry date
    days_before INTEGER NOT NULL,
    moment TEXT NOT NULL,        -- local time it was due at
    delivered_at TEXT NOT NULL,  -- local time it was delivered at
    shown INTEGER NOT NULL,
    late INTEGER NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    UNIQUE (owner, person_id, item_id, kind, date, days_before)
);
