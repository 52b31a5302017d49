-- The document vault (crates/core/src/vault): photos, scans and PDFs attached to a person's plan
-- documents. Only this device has them; they are never uploaded. The files themselves are in the
-- data folder's `vault/` folder, encrypted; a row says what each one is and which file holds it,
-- so a replaced file is written beside the old one and the row switches in one commit. The thumbnail is
-- encrypted like the file (it shows the document).
CREATE TABLE vault_files (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,        -- whose data: the account's user id, '' for no account
    person_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    blob TEXT NOT NULL,         -- the encrypted file: vault/<blob>.wrv (a new one per version)
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,      -- bytes of the original file
    width INTEGER,
    height INTEGER,
    pages INTEGER,
    thumbnail BLOB,
    added_at TEXT NOT NULL      -- RFC 3339, UTC
);
CREATE INDEX vault_files_person ON vault_files (owner, person_id, item_id);
