//! Storage of the portal behind one trait, with two backends: a SQLite file (one process) and
//! PostgreSQL (any number of portal processes on one database). Routes, loader and generator
//! see only the trait.

pub mod migrations;
pub mod pg;
pub mod pg_migrations;
pub mod pg_restore_guard;
pub mod restore_guard;
pub mod sqlite;
pub mod sqlite_backup;

pub use pg::PgStore;
pub use sqlite::SqliteStore;

use std::path::PathBuf;
use std::sync::Arc;
use welcome_protocol::{MutationBatch, MutationBatchResponse};

/// Which database a portal keeps its data in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    /// A SQLite file, created on first use: no set-up, one portal process.
    Sqlite(PathBuf),
    /// A PostgreSQL database, as a `postgres://` URL; several processes may share it.
    Postgres(String),
}

impl Database {
    /// A `postgres://` or `postgresql://` URL; anything else is refused, so a mistyped
    /// setting cannot fall back to a SQLite file silently.
    pub fn postgres(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Self::Postgres(url.to_owned()))
        } else {
            anyhow::bail!("the database must be a postgres:// URL")
        }
    }

    /// Opens the store, migrating it first.
    pub fn open(&self) -> anyhow::Result<Arc<dyn PortalStore>> {
        Ok(match self {
            Self::Sqlite(path) => Arc::new(SqliteStore::open(path)?),
            Self::Postgres(url) => Arc::new(PgStore::open(url)?),
        })
    }

    /// As [`Database::open`] for a portal that serves with `limits`: a PostgreSQL pool holds a
    /// connection for every feed stream the limits allow, plus eight for other requests.
    pub fn open_for(&self, limits: &crate::limits::Limits) -> anyhow::Result<Arc<dyn PortalStore>> {
        Ok(match self {
            Self::Sqlite(path) => Arc::new(SqliteStore::open(path)?),
            Self::Postgres(url) => Arc::new(PgStore::open_with(
                url,
                pg::pool_size_for(limits.feed_streams),
            )?),
        })
    }

    /// Brings the schema up to date and returns its version.
    pub fn migrate(&self) -> anyhow::Result<usize> {
        match self {
            Self::Sqlite(path) => {
                SqliteStore::open(path)?;
                Ok(migrations::latest())
            }
            Self::Postgres(url) => PgStore::migrate_only(url),
        }
    }
}

/// For logs: the file, or the URL without its password.
impl std::fmt::Display for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Sqlite(path) => write!(f, "{}", path.display()),
            Self::Postgres(url) => f.write_str(&pg::describe(url)),
        }
    }
}

/// A content record ready to store: the payload is serialised once, on write, so a feed page
/// is streamed without serialising anything.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentRow {
    pub kind: &'static str,
    pub id: String,
    /// JSON of the entity's `data` as it goes on the wire.
    pub payload: String,
    /// JSON of a `JobDetail`, for jobs.
    pub detail: Option<String>,
    pub municipality_id: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub field: Option<String>,
}

/// One row of the change feed as read.
#[derive(Debug, Clone)]
pub struct FeedRow {
    pub seq: u64,
    pub kind: String,
    pub id: String,
    pub deleted: bool,
    pub payload: Option<String>,
    pub municipality_id: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub field: String,
}

/// The feed's bookkeeping: which database this is and which cursors it can still serve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedMeta {
    pub epoch: String,
    /// Tombstones at or below this sequence were dropped: older cursors must resync.
    pub min_seq_kept: u64,
    pub max_seq: u64,
    /// How many compactions ran; cursors made since the last one need no tombstone check
    /// (a fresh pull's cursors may lie below `min_seq_kept` without having missed anything).
    pub generation: u64,
}

/// Where a feed page stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageEnd {
    pub last_seq: u64,
    pub remaining: u64,
}

/// What a content write changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteStats {
    pub upserted: usize,
    pub unchanged: usize,
    pub deleted: usize,
}

/// What a user-feed reader checks a cursor against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserFeedMeta {
    pub epoch: String,
    /// The highest sequence handed out to any user's record: a cursor beyond it was made by a
    /// database this one was restored from an older copy of.
    pub max_seq: u64,
}

/// One page of a user's feed.
#[derive(Debug, Clone)]
pub struct UserPage {
    pub meta: UserFeedMeta,
    pub after: u64,
    pub rows: Vec<UserRow>,
    pub has_more: bool,
}

/// One line of a user's feed as stored.
#[derive(Debug, Clone)]
pub struct UserRow {
    pub seq: u64,
    pub collection: String,
    pub record_id: String,
    pub fields: String,
    pub deleted: Option<String>,
}

/// A session as stored. Times are Unix milliseconds, so expiry is plain arithmetic in every
/// backend; whether a session has expired is decided by [`crate::sessions::SessionLifetimes`],
/// not by the store, so a changed lifetime applies to existing sessions at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    /// The public id (random, unrelated to the token).
    pub id: String,
    pub user_id: String,
    pub email: String,
    pub device_name: Option<String>,
    pub created_ms: i64,
    pub last_seen_ms: i64,
}

/// A guide account: the account and the content guide it answers for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideAccountRow {
    pub user_id: String,
    pub email: String,
    pub guide_id: String,
    /// The account's sessions (devices and browsers logged in).
    pub sessions: u64,
}

/// A guide request as its guide reads it: the index row and the user's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideRequestRow {
    /// The portal's public id of the request.
    pub id: String,
    pub received_ms: i64,
    /// JSON of the record's fields (`BTreeMap<String, FieldValue>`).
    pub fields: String,
}

/// What answering a guide request did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerOutcome {
    Answered(GuideRequestRow),
    /// No request of this id addressed to this guide (or the user withdrew it).
    NotFound,
    AlreadyAnswered,
}

/// The outcome of counting one attempt against a limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    Allowed,
    /// Over the limit until this time (Unix milliseconds); the attempt was not counted.
    Limited {
        until_ms: i64,
    },
}

/// Where content rows come from; only rows of the content files are tombstoned when they
/// disappear from the files, never generated or imported jobs.
pub const SOURCE_CONTENT: &str = "content";
pub const SOURCE_GENERATED: &str = "generated";
pub const SOURCE_ADMIN: &str = "admin";

/// Counts the feed rows (live or tombstones) after a sequence number, in the snapshot of the
/// read it is handed to.
pub type RowsAfter<'a> = dyn FnMut(u64) -> anyhow::Result<u64> + 'a;

/// The portal's storage.
pub trait PortalStore: Send + Sync + 'static {
    fn feed_meta(&self) -> anyhow::Result<FeedMeta>;
    /// Reads the feed's bookkeeping, asks `start` where to read from (`None`: read nothing),
    /// then calls `take` with rows after that sequence in order until it returns false (that
    /// row is not taken). Everything is read in one snapshot: a compaction or restore that
    /// commits meanwhile cannot slip between the check of a cursor and the rows it is served,
    /// and the page end and the count after it belong to the same snapshot. `start` may count
    /// the rows after a sequence number in that snapshot (to know before the first row whether
    /// the page can be the feed's last).
    fn feed_snapshot(
        &self,
        start: &mut dyn FnMut(&FeedMeta, &mut RowsAfter<'_>) -> Option<u64>,
        take: &mut dyn FnMut(&FeedRow) -> bool,
    ) -> anyhow::Result<Option<(FeedMeta, PageEnd)>>;
    /// Rows after `after` (see [`PortalStore::feed_snapshot`]).
    fn feed_page(
        &self,
        after: u64,
        take: &mut dyn FnMut(&FeedRow) -> bool,
    ) -> anyhow::Result<PageEnd> {
        let read = self.feed_snapshot(&mut |_, _| Some(after), take)?;
        read.map(|(_, end)| end)
            .ok_or_else(|| anyhow::anyhow!("the feed read was not started"))
    }
    fn job_detail(&self, id: &str) -> anyhow::Result<Option<String>>;
    /// Upserts rows whose payload changed (each with a new sequence number) in one
    /// transaction; with `replace_source`, rows of that source missing from `rows` become
    /// tombstones.
    fn write_content(
        &self,
        rows: &[ContentRow],
        source: &str,
        replace_source: bool,
    ) -> anyhow::Result<WriteStats>;
    fn delete_content(&self, kind: &str, ids: &[String]) -> anyhow::Result<usize>;
    /// Drops every tombstone and records the highest sequence as `min_seq_kept`.
    fn compact_tombstones(&self) -> anyhow::Result<u64>;
    /// Gives the database a new epoch, as a restore from backup would.
    fn new_epoch(&self) -> anyhow::Result<String>;
    /// Live (kind, payload) rows, in sequence order.
    fn live_content(&self) -> anyhow::Result<Vec<(String, String)>>;
    /// Live job details (JSON), ordered by id.
    fn job_details(&self) -> anyhow::Result<Vec<String>>;

    /// `None` when the e-mail is taken.
    fn create_user(&self, email: &str, password_hash: &str) -> anyhow::Result<Option<String>>;
    /// (user id, password hash).
    fn user_by_email(&self, email: &str) -> anyhow::Result<Option<(String, String)>>;
    /// Stores a session made at `now_ms`; returns its new public id.
    fn create_session(
        &self,
        user_id: &str,
        token_hash: &str,
        device: Option<&str>,
        now_ms: i64,
    ) -> anyhow::Result<String>;
    /// The session of a token, expired or not.
    fn session_by_token(&self, token_hash: &str) -> anyhow::Result<Option<SessionRow>>;
    /// Records that the session was used at `now_ms`.
    fn touch_session(&self, id: &str, now_ms: i64) -> anyhow::Result<()>;
    /// Every stored session of the user, expired or not.
    fn user_sessions(&self, user_id: &str) -> anyhow::Result<Vec<SessionRow>>;
    fn delete_session(&self, token_hash: &str) -> anyhow::Result<()>;
    /// Deletes the user's session `id`; false when the user has no such session (another
    /// user's id included, which stays untouched).
    fn delete_user_session(&self, user_id: &str, id: &str) -> anyhow::Result<bool>;
    /// Deletes the user's sessions last seen before `seen_before_ms` or created before
    /// `created_before_ms`; returns how many.
    fn delete_expired_sessions(
        &self,
        user_id: &str,
        seen_before_ms: i64,
        created_before_ms: i64,
    ) -> anyhow::Result<u64>;

    /// Counts one attempt under `key` in `bucket`, at most `max` per window of `window_ms`
    /// that starts with the first attempt, atomically (several portal processes may share
    /// the database). Over the limit the attempt is refused and not counted.
    fn count_attempt(
        &self,
        bucket: &str,
        key: &str,
        max: u32,
        window_ms: i64,
        now_ms: i64,
    ) -> anyhow::Result<Attempt>;
    /// Forgets the attempts counted under `key` in `bucket`.
    fn reset_attempts(&self, bucket: &str, key: &str) -> anyhow::Result<()>;

    /// Applies a batch and records each client's last applied id in the same transaction.
    fn apply_mutations(
        &self,
        user_id: &str,
        batch: &MutationBatch,
    ) -> anyhow::Result<MutationBatchResponse>;
    /// One page of a user's feed with the feed's bookkeeping, in one snapshot; `start` sees the
    /// epoch and the highest user sequence and says where to read from (`None`: nothing).
    fn user_feed_page(
        &self,
        user_id: &str,
        start: &mut dyn FnMut(&UserFeedMeta) -> Option<u64>,
        limit: usize,
    ) -> anyhow::Result<Option<UserPage>>;

    /// The payload of a live content record.
    fn content_payload(&self, kind: &str, id: &str) -> anyhow::Result<Option<String>>;
    /// Makes the user a guide account of the content guide `guide_id` (replacing an earlier
    /// link).
    fn set_guide_account(&self, user_id: &str, guide_id: &str) -> anyhow::Result<()>;
    /// The content guide the user's account is linked to, if it is a guide account.
    fn guide_of(&self, user_id: &str) -> anyhow::Result<Option<String>>;
    /// Every guide account, by e-mail.
    fn guide_accounts(&self) -> anyhow::Result<Vec<GuideAccountRow>>;
    /// Unlinks the account from its guide (the account itself stays, as a plain one); whether
    /// it was a guide account.
    fn remove_guide_account(&self, user_id: &str) -> anyhow::Result<bool>;
    /// Gives the account a new password hash and ends all its sessions (whoever logged in
    /// with the old password is logged out), in one transaction; how many sessions ended.
    fn set_password(&self, user_id: &str, password_hash: &str) -> anyhow::Result<u64>;
    /// The requests addressed to a guide, newest first.
    fn guide_requests(&self, guide_id: &str) -> anyhow::Result<Vec<GuideRequestRow>>;
    /// Writes the guide's answer into the user's request record (a new line of the user's
    /// feed), once; only for a request addressed to this guide.
    fn answer_guide_request(
        &self,
        guide_id: &str,
        request_id: &str,
        answer: &str,
        guide_name: &str,
        now_ms: i64,
    ) -> anyhow::Result<AnswerOutcome>;

    /// Called once when the portal stops, after the last request: leaves the database in its
    /// tidiest state (SQLite folds its write-ahead log into the file). Nothing to do for a
    /// backend whose connections close on drop.
    fn close(&self) -> anyhow::Result<()> {
        Ok(())
    }
}
