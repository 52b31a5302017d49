//! [`Companion`]: one handle on a user's data folder, shared by the app and the CLI.
//! Feature modules add their methods in their own `impl Companion` blocks.

use crate::i18n::Localizer;
use crate::platform::Instant;
#[cfg(not(target_arch = "wasm32"))]
use crate::secrets::KeyringTokenStore;
use crate::secrets::{Token, TokenStore};
use crate::store::{self, state, Store};
use crate::sync::account::{self, Session};
use crate::sync::content::ContentPull;
use crate::sync::user::UserSync;
use crate::sync::{http, SyncOptions, SyncProgress, SyncReport, SyncStatus};
use crate::{Error, Result};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use welcome_protocol::{Checklist, JobDetail, JobScope, Municipality, PlanRules, SessionInfo};

/// The portal a fresh install talks to: the bundled reference portal.
pub const DEFAULT_PORTAL_URL: &str = "http://127.0.0.1:7878";

/// The store file inside the data folder.
pub const STORE_FILE: &str = "companion.sqlite";

/// What a login did besides logging in.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LoginOutcome {
    pub email: String,
    /// Records made on this device without an account that now belong to this account (the
    /// user is told, since they will be uploaded to it).
    pub joined_records: u64,
}

/// A change the portal did not accept, undone on this device.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RejectedChange {
    pub id: i64,
    pub collection: String,
    pub record_id: String,
    /// The fields that were not saved; empty for a deletion.
    pub fields: Vec<String>,
    /// The portal's explanation (English, for support).
    pub reason: String,
    pub created_at: String,
}

/// The app's state: the store in a data folder, the sync engine, the keychain and the language.
pub struct Companion {
    data_dir: PathBuf,
    store: Arc<Store>,
    tokens: Box<dyn TokenStore>,
    http: RwLock<reqwest::Client>,
    options: RwLock<SyncOptions>,
    localizer: RwLock<Localizer>,
    /// One sync at a time per data folder handle.
    sync_lock: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for Companion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Companion")
            .field("data_dir", &self.data_dir)
            .finish()
    }
}

fn read<T: Clone>(lock: &RwLock<T>) -> T {
    lock.read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone()
}

fn write<T>(lock: &RwLock<T>, value: T) {
    *lock
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = value;
}

fn localizer_for(locale: Option<&str>) -> Localizer {
    match locale {
        Some(l) => Localizer::new(&[l]),
        None => Localizer::system(),
    }
}

/// A portal address must be an absolute http(s) URL with a host.
fn validate_portal_url(url: &str) -> Result<String> {
    let invalid = || Error::invalid("error-sync-portal-url", &[("url", url.to_owned())]);
    let parsed = reqwest::Url::parse(url.trim()).map_err(|_| invalid())?;
    if !matches!(parsed.scheme(), "http" | "https")
        || parsed.host_str().is_none_or(str::is_empty)
        || parsed.query().is_some()
    {
        return Err(invalid());
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

impl Companion {
    /// Opens the data folder (created if missing) with the OS keychain for the token.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn open(data_dir: &Path) -> Result<Self> {
        Self::open_with(data_dir, Box::new(KeyringTokenStore))
    }

    /// Opens the data folder with another token store (tests, mobile).
    pub fn open_with(data_dir: &Path, tokens: Box<dyn TokenStore>) -> Result<Self> {
        // On the web the "folder" is a name in the browser's origin-private file system.
        #[cfg(not(target_arch = "wasm32"))]
        std::fs::create_dir_all(data_dir)?;
        let store = Store::open(&data_dir.join(STORE_FILE))?;
        let locale = store.state(state::LOCALE)?;
        let options = SyncOptions::default();
        Ok(Self {
            data_dir: data_dir.to_owned(),
            http: RwLock::new(http::client(options.read_timeout)?),
            options: RwLock::new(options),
            localizer: RwLock::new(localizer_for(locale.as_deref())),
            store: Arc::new(store),
            tokens,
            sync_lock: tokio::sync::Mutex::new(()),
        })
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The keychain, for the other secrets of this data folder (the vault's key).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn tokens(&self) -> &dyn TokenStore {
        self.tokens.as_ref()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The HTTP client the sync uses (for feature modules that call the portal).
    pub fn http_client(&self) -> reqwest::Client {
        read(&self.http)
    }

    pub fn sync_options(&self) -> SyncOptions {
        read(&self.options)
    }

    /// Changes page size, timeouts and retries (tests and benchmarks).
    pub fn set_sync_options(&self, options: SyncOptions) -> Result<()> {
        write(&self.http, http::client(options.read_timeout)?);
        write(&self.options, options);
        Ok(())
    }

    // --- language -------------------------------------------------------------------------

    /// Formats messages in the user's language.
    pub fn localizer(&self) -> Localizer {
        read(&self.localizer)
    }

    /// Chooses a language (`None` follows the system); kept in the settings.
    pub fn set_locale(&self, locale: Option<&str>) -> Result<()> {
        let locale = locale.map(str::trim).filter(|l| !l.is_empty());
        self.store.set_state(state::LOCALE, locale)?;
        write(&self.localizer, localizer_for(locale));
        Ok(())
    }

    /// The language chosen in the app; `None` follows the system.
    pub fn locale_override(&self) -> Option<String> {
        self.store.state(state::LOCALE).ok().flatten()
    }

    // --- settings -------------------------------------------------------------------------

    /// The portal's base URL.
    pub fn portal_url(&self) -> String {
        self.store
            .state(state::PORTAL_URL)
            .ok()
            .flatten()
            .unwrap_or_else(|| DEFAULT_PORTAL_URL.to_owned())
    }

    /// Points the app at another portal. Its cursors mean nothing there, so the next sync
    /// starts a clean pull from no cursor with a new generation: whatever the old portal sent
    /// and the new one does not is swept at its end, even when a pull of the old portal was
    /// half done. The login belonged to the old portal; the user's records stay on the device.
    pub fn set_portal_url(&self, url: &str) -> Result<()> {
        let url = validate_portal_url(url)?;
        if url == self.portal_url() {
            return Ok(());
        }
        self.store.write(|tx| {
            state::put(tx, state::PORTAL_URL, Some(&url))?;
            for key in [
                state::CURSOR,
                state::FULL_PULL,
                state::USER_CURSOR,
                state::USER_FULL_PULL,
                state::ACCOUNT_EMAIL,
                state::ACCOUNT_USER_ID,
                state::PORTAL_MAX_REQUEST,
            ] {
                state::put(tx, key, None)?;
            }
            Ok(())
        })
    }

    pub fn sync_paused(&self) -> bool {
        self.store
            .state(state::SYNC_PAUSED)
            .ok()
            .flatten()
            .as_deref()
            == Some("1")
    }

    pub fn set_sync_paused(&self, paused: bool) -> Result<()> {
        self.store
            .set_state(state::SYNC_PAUSED, paused.then_some("1"))
    }

    /// A free-form setting of the app (e.g. `app.theme`).
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.store.state(&format!("{}{key}", state::SETTING_PREFIX))
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.store
            .set_state(&format!("{}{key}", state::SETTING_PREFIX), Some(value))
    }

    /// The jobs this device subscribes to (every job in the region unless changed).
    /// The languages the content is fetched in: the reader's, then the originals' fallback
    /// order (English, German). A change of the app's language fetches the texts again at the
    /// next sync.
    pub fn content_languages(&self) -> Vec<String> {
        let mut langs = vec![self.localizer().locale().to_owned()];
        for l in welcome_protocol::CONTENT_FALLBACK {
            if !langs.iter().any(|x| x == l) {
                langs.push(l.to_owned());
            }
        }
        langs
    }

    pub fn job_scope(&self) -> Result<JobScope> {
        Ok(self
            .store
            .state(state::SCOPE)?
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_else(JobScope::everything))
    }

    /// Changes the subscription. Only stored: the next sync's cursor no longer matches the
    /// scope, the portal answers "resync" and the jobs are refilled by mark and sweep.
    pub fn set_job_scope(&self, scope: &JobScope) -> Result<()> {
        let json = serde_json::to_string(scope)
            .map_err(|e| Error::invalid("error-sync-scope", &[("detail", e.to_string())]))?;
        self.store.set_state(state::SCOPE, Some(&json))
    }

    // --- account --------------------------------------------------------------------------

    /// The keychain entry of an account's token: per portal, data folder (its client id) and
    /// account, so two data folders or two accounts never overwrite each other's login.
    fn token_key(&self, user_id: &str) -> String {
        format!(
            "{}#{}#{}",
            self.portal_url(),
            self.store.client_id(),
            user_id
        )
    }

    /// The logged-in account's user id and token.
    fn session(&self) -> Result<Option<(String, Token)>> {
        let Some(user_id) = self.store.state(state::ACCOUNT_USER_ID)? else {
            return Ok(None);
        };
        let key = self.token_key(&user_id);
        if let Some(token) = self.tokens.get(&key)? {
            return Ok(Some((user_id, token)));
        }
        // Versions before per-account entries kept the token under the portal's address.
        let legacy = self.portal_url();
        match self.tokens.get(&legacy)? {
            Some(token) => {
                self.tokens.set(&key, &token)?;
                self.tokens.delete(&legacy)?;
                Ok(Some((user_id, token)))
            }
            None => Ok(None),
        }
    }

    /// True when a token for the current portal and account is in the keychain.
    pub fn logged_in(&self) -> bool {
        matches!(self.session(), Ok(Some(_)))
    }

    /// The account's e-mail when logged in.
    pub fn account_email(&self) -> Option<String> {
        if !self.logged_in() {
            return None;
        }
        self.store.state(state::ACCOUNT_EMAIL).ok().flatten()
    }

    /// Whose data the device shows: the account's user id, or `None` for "this device, no
    /// account". After a logout that kept the data it is still the account's.
    pub fn data_owner(&self) -> Result<Option<String>> {
        self.store.state(state::OWNER)
    }

    /// Keeps a new session: the token in the keychain only; the account's data becomes the one
    /// shown. Data made on this device without an account joins this account (merged field by
    /// field), another account's data stays hidden on the device, never shown or uploaded.
    fn remember(&self, session: Session) -> Result<LoginOutcome> {
        self.tokens
            .set(&self.token_key(&session.user_id), &session.token)?;
        let joined = self.store.write_durable(|tx| {
            let previous = state::get(tx, state::OWNER)?;
            let joined = store::user_data::adopt_device_data(tx, &session.user_id)?;
            if previous.as_deref() != Some(session.user_id.as_str()) {
                // Another account's data: its feed starts from the beginning.
                state::put(tx, state::USER_CURSOR, None)?;
                state::put(tx, state::USER_FULL_PULL, None)?;
            }
            state::put(tx, state::OWNER, Some(&session.user_id))?;
            state::put(tx, state::ACCOUNT_EMAIL, Some(&session.email))?;
            state::put(tx, state::ACCOUNT_USER_ID, Some(&session.user_id))?;
            Ok(joined)
        })?;
        Ok(LoginOutcome {
            email: session.email,
            joined_records: joined,
        })
    }

    /// Creates an account and logs in.
    pub async fn register(&self, email: &str, password: &str) -> Result<LoginOutcome> {
        let _no_sync_meanwhile = self.sync_lock.lock().await;
        let session =
            account::register(&self.http_client(), &self.portal_url(), email, password).await?;
        self.remember(session)
    }

    /// Logs in; the token goes to the keychain only.
    pub async fn login(&self, email: &str, password: &str) -> Result<LoginOutcome> {
        let _no_sync_meanwhile = self.sync_lock.lock().await;
        let session = account::login(
            &self.http_client(),
            &self.portal_url(),
            email,
            password,
            account::this_device_name(),
        )
        .await?;
        self.remember(session)
    }

    /// Logs out: the portal revokes the token when reachable; the local token goes either way.
    /// With `keep_data` the account's records stay on the device (shown while logged out, their
    /// unsent changes wait for this account's next login); without, they are removed from the
    /// device, unsent changes included (the portal keeps what it has).
    pub async fn logout(&self, keep_data: bool) -> Result<()> {
        let _no_sync_meanwhile = self.sync_lock.lock().await;
        let url = self.portal_url();
        if let Some((user_id, token)) = self.session()? {
            if let Err(e) = account::revoke(&self.http_client(), &url, &token).await {
                tracing::info!(error = %e, "token not revoked on the portal; removed locally");
            }
            self.tokens.delete(&self.token_key(&user_id))?;
        }
        let removed_files = self.store.write_durable(|tx| {
            #[allow(unused_mut)] // the web app has no vault
            let mut removed_files: Vec<String> = Vec::new();
            if !keep_data {
                if let Some(owner) = state::get(tx, state::OWNER)? {
                    store::user_data::remove_owner_data(tx, &owner)?;
                    // The account's attached files go with its records.
                    #[cfg(not(target_arch = "wasm32"))]
                    {
                        removed_files = crate::vault::forget(tx, &owner, None)?;
                    }
                }
                state::put(tx, state::OWNER, None)?;
                state::put(tx, state::USER_CURSOR, None)?;
                state::put(tx, state::USER_FULL_PULL, None)?;
            }
            state::put(tx, state::ACCOUNT_EMAIL, None)?;
            state::put(tx, state::ACCOUNT_USER_ID, None)?;
            Ok(removed_files)
        })?;
        #[cfg(not(target_arch = "wasm32"))]
        self.remove_vault_files(&removed_files);
        #[cfg(target_arch = "wasm32")]
        drop(removed_files);
        Ok(())
    }

    /// Changes the portal did not accept and that were undone on this device, not yet shown.
    pub fn rejected_changes(&self) -> Result<Vec<RejectedChange>> {
        self.store.read(|c| {
            let owner = state::get(c, state::OWNER)?.unwrap_or_default();
            let mut stmt = c.prepare(
                "SELECT id, collection, record_id, fields, reason, created_at \
                 FROM rejected_changes WHERE owner = ?1 AND seen = 0 ORDER BY id",
            )?;
            let rows = stmt.query_map([owner], |r| {
                Ok(RejectedChange {
                    id: r.get(0)?,
                    collection: r.get(1)?,
                    record_id: r.get(2)?,
                    fields: serde_json::from_str(&r.get::<_, String>(3)?).unwrap_or_default(),
                    reason: r.get(4)?,
                    created_at: r.get(5)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Marks the rejected changes as shown to the user.
    pub fn dismiss_rejected_changes(&self) -> Result<()> {
        self.store.write(|tx| {
            let owner = state::get(tx, state::OWNER)?.unwrap_or_default();
            tx.execute(
                "UPDATE rejected_changes SET seen = 1 WHERE owner = ?1",
                [owner],
            )?;
            Ok(())
        })
    }

    /// The account's live sessions (logged-in devices), most recently used first; the one of
    /// this device has `current` set.
    pub async fn sessions(&self) -> Result<Vec<SessionInfo>> {
        let (_, token) = self.session()?.ok_or(Error::NotLoggedIn)?;
        account::sessions(&self.http_client(), &self.portal_url(), &token).await
    }

    /// Revokes one of the account's sessions, e.g. of a lost phone. Revoking this device's own
    /// session logs it out here too, so the app does not keep a token the portal refuses.
    pub async fn revoke_session(&self, id: &str) -> Result<()> {
        let url = self.portal_url();
        let (user_id, token) = self.session()?.ok_or(Error::NotLoggedIn)?;
        let http = self.http_client();
        let own = account::sessions(&http, &url, &token)
            .await?
            .iter()
            .any(|s| s.current && s.id == id);
        account::revoke_session(&http, &url, &token, id).await?;
        if own {
            // Logged out here too; the account's data stays on the device, as after a logout
            // that keeps it.
            self.tokens.delete(&self.token_key(&user_id))?;
            self.store.write(|tx| {
                state::put(tx, state::ACCOUNT_EMAIL, None)?;
                state::put(tx, state::ACCOUNT_USER_ID, None)
            })?;
        }
        Ok(())
    }

    // --- sync -----------------------------------------------------------------------------

    /// Syncs now: content first, then (when logged in) the user's changes up and their data
    /// down, then the job alerts. Progress arrives after every page.
    pub async fn sync_now(
        &self,
        on_progress: impl Fn(SyncProgress) + Send + Sync,
    ) -> Result<SyncReport> {
        let _one_at_a_time = self.sync_lock.lock().await;
        let started = Instant::now();
        let result = self.sync_inner(&on_progress).await;
        let outcome = match result {
            Ok(mut report) => {
                report.duration = started.elapsed();
                Ok(report)
            }
            Err(e) => Err(e),
        };
        let now = chrono::Utc::now().to_rfc3339();
        let recorded = self.store.write(|tx| match &outcome {
            Ok(_) => {
                state::put(tx, state::LAST_SUCCESS, Some(&now))?;
                state::put(tx, state::LAST_ERROR, None)
            }
            Err(e) => state::put(tx, state::LAST_ERROR, Some(e.kind())),
        });
        if let Err(e) = recorded {
            tracing::warn!(error = %e, "sync outcome not recorded");
        }
        let store = self.store.clone();
        match crate::platform::spawn_blocking(move || store.checkpoint()).await {
            Ok(Err(e)) => tracing::warn!(error = %e, "checkpoint after the sync failed"),
            Err(e) => tracing::warn!(error = %e, "checkpoint after the sync did not run"),
            Ok(Ok(())) => {}
        }
        outcome
    }

    async fn sync_inner(
        &self,
        on_progress: &(dyn Fn(SyncProgress) + Send + Sync),
    ) -> Result<SyncReport> {
        let run_id = self.store.write(|tx| {
            let run = state::get_i64(tx, state::SYNC_RUN)? + 1;
            state::put(tx, state::SYNC_RUN, Some(&run.to_string()))?;
            Ok(run)
        })?;
        let mut report = SyncReport {
            run_id,
            ..SyncReport::default()
        };
        let http = self.http_client();
        let base = self.portal_url();
        let options = self.sync_options();
        let scope = self.job_scope()?;
        let languages = self.content_languages();
        ContentPull {
            http: &http,
            base: &base,
            store: &self.store,
            options: &options,
            scope: &scope,
            languages: &languages,
            run_id,
            on_progress,
        }
        .run(&mut report)
        .await?;

        let mut user_error = None;
        // Without a usable keychain nobody can be logged in here: the content sync stands alone.
        let session = self.session().unwrap_or_else(|e| {
            tracing::warn!(error = %e, "keychain unavailable; syncing content only");
            None
        });
        if let Some((owner, token)) = session {
            let user = UserSync {
                http: &http,
                base: &base,
                store: &self.store,
                token: &token,
                owner: &owner,
                options: &options,
                on_progress,
            };
            // Downloads keep flowing while uploads fail. A pull that found values the portal
            // had lost, or a change the portal refused, is followed by one more round, so the
            // device and the portal agree at the end of this sync.
            for round in 0..2 {
                let pushed = user.push(&mut report).await;
                let pulled = user.pull(&mut report).await;
                let again = matches!(pushed, Ok(n) if n > 0) || matches!(pulled, Ok(n) if n > 0);
                if let Err(e) = pushed {
                    user_error.get_or_insert(e);
                }
                if let Err(e) = pulled {
                    user_error.get_or_insert(e);
                }
                if !again || user_error.is_some() || round == 1 {
                    break;
                }
            }
        }
        // Alerts for saved searches over the jobs this run brought, whatever the upload did.
        let checking = Instant::now();
        crate::jobs::after_sync(&self.store, run_id)?;
        report.alert_check = checking.elapsed();
        match user_error {
            Some(e) => Err(e),
            None => Ok(report),
        }
    }

    /// The sync's state for a status bar.
    pub fn status(&self) -> Result<SyncStatus> {
        let (last_success, last_error_kind, cursor_present, pending, jobs) =
            self.store.read(|c| {
                Ok((
                    state::get(c, state::LAST_SUCCESS)?,
                    state::get(c, state::LAST_ERROR)?,
                    state::get(c, state::CURSOR)?.is_some(),
                    c.query_row(
                        "SELECT count(*) FROM outbox WHERE owner = \
                         COALESCE((SELECT value FROM sync_state WHERE key = 'owner'), '')",
                        [],
                        |r| r.get::<_, i64>(0),
                    )?,
                    c.query_row("SELECT count(*) FROM jobs", [], |r| r.get::<_, i64>(0))?,
                ))
            })?;
        Ok(SyncStatus {
            last_success: last_success
                .and_then(|s| chrono::DateTime::parse_from_rfc3339(&s).ok())
                .map(|d| d.with_timezone(&chrono::Utc)),
            last_error_kind,
            pending_changes: pending.max(0) as u64,
            rejected_changes: self.rejected_changes()?.len() as u64,
            cursor_present,
            job_count: jobs.max(0) as u64,
            logged_in: self.logged_in(),
        })
    }

    /// A job's full ad from the portal, kept in the cache of details; [`Error::NotFound`] once
    /// the ad has expired.
    pub async fn fetch_job_detail(&self, id: &str) -> Result<JobDetail> {
        let url = http::url(&self.portal_url(), &["v1", "jobs", id])?;
        let response = self
            .http_client()
            .get(url)
            .send()
            .await
            .map_err(|e| http::request_error(&e))?;
        let detail: JobDetail = match http::json(response).await {
            Err(Error::Portal { status: 404, .. }) => {
                return Err(Error::NotFound {
                    what: format!("job {id}"),
                })
            }
            other => other?,
        };
        if detail.summary.id != id {
            return Err(Error::BadResponse(format!(
                "asked for job {id}, got {}",
                detail.summary.id
            )));
        }
        let json = serde_json::to_string(&detail).map_err(|e| Error::BadResponse(e.to_string()))?;
        self.store.write(|tx| {
            tx.execute(
                "INSERT INTO job_details (id, data, fetched_at) VALUES (?1, ?2, ?3) \
                 ON CONFLICT(id) DO UPDATE SET data = excluded.data, fetched_at = excluded.fetched_at",
                rusqlite::params![id, json, chrono::Utc::now().to_rfc3339()],
            )?;
            Ok(())
        })?;
        Ok(detail)
    }

    // --- content from the cache -----------------------------------------------------------

    fn content<T: DeserializeOwned>(&self, kind: &str) -> Result<Vec<T>> {
        self.store.read(|c| store::content::records(c, kind))
    }

    /// The municipalities in the cache, by name.
    pub fn municipalities(&self) -> Result<Vec<Municipality>> {
        let mut list: Vec<Municipality> = self.content("municipality")?;
        list.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(list)
    }

    pub fn checklists(&self) -> Result<Vec<Checklist>> {
        self.content("checklist")
    }

    /// The plan's rules; `None` before the first sync.
    pub fn plan_rules(&self) -> Result<Option<PlanRules>> {
        let mut all: Vec<PlanRules> = self.content("plan_rules")?;
        all.sort_by_key(|r| r.version);
        Ok(all.pop())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn companion_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Companion>();
    }

    #[test]
    fn sync_futures_can_move_between_threads() {
        fn check<T: Send>(_: &T) {}
        let dir = tempfile::tempdir().unwrap();
        let c = Companion::open_with(
            dir.path(),
            Box::new(crate::secrets::MemoryTokenStore::default()),
        )
        .unwrap();
        check(&c.sync_now(|_| {}));
        check(&c.login("a@b.c", "pw"));
        check(&c.logout(true));
        check(&c.fetch_job_detail("x"));
    }

    #[test]
    fn settings_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let c = Companion::open_with(
            dir.path(),
            Box::new(crate::secrets::MemoryTokenStore::default()),
        )
        .unwrap();
        assert_eq!(c.portal_url(), DEFAULT_PORTAL_URL);
        c.set_portal_url("http://127.0.0.1:9999/").unwrap();
        assert_eq!(c.portal_url(), "http://127.0.0.1:9999");
        assert_eq!(c.set_portal_url("mailto:x").unwrap_err().kind(), "invalid");
        c.set_locale(Some("de")).unwrap();
        assert_eq!(c.localizer().locale(), "de");
        assert_eq!(c.locale_override().as_deref(), Some("de"));
        c.set_locale(None).unwrap();
        assert_eq!(c.locale_override(), None);
        assert!(!c.sync_paused());
        c.set_sync_paused(true).unwrap();
        assert!(c.sync_paused());
        c.set_setting("app.theme", "dark").unwrap();
        assert_eq!(c.setting("app.theme").unwrap().as_deref(), Some("dark"));
        assert_eq!(c.job_scope().unwrap(), JobScope::everything());
        let scope = JobScope {
            municipalities: vec!["essen".into()],
            ..JobScope::default()
        };
        c.set_job_scope(&scope).unwrap();
        assert_eq!(c.job_scope().unwrap(), scope);
        assert!(c.plan_rules().unwrap().is_none());
        assert!(c.municipalities().unwrap().is_empty());
        let status = c.status().unwrap();
        assert!(!status.logged_in && !status.cursor_present && status.last_success.is_none());
    }

    #[test]
    fn portal_urls_are_checked() {
        assert_eq!(
            validate_portal_url("http://127.0.0.1:7878/").unwrap(),
            "http://127.0.0.1:7878"
        );
        assert!(validate_portal_url("ftp://x").is_err());
        assert!(validate_portal_url("not a url").is_err());
        assert!(validate_portal_url("http://x/?a=1").is_err());
    }
}
