//! Rate limits of the account routes: how many logins and registrations an account (its
//! normalised e-mail) and a client address may try per window. The counters live in the store,
//! so several portal processes on one database enforce one limit together.

use crate::error::{ApiResult, PortalError};
use crate::store::{Attempt, PortalStore};
use std::time::Duration;

/// At most `max` attempts per `window`; the window starts with the first attempt and, once
/// full, refuses every further attempt until it has passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub max: u32,
    pub window: Duration,
}

impl Rate {
    pub const fn new(max: u32, window: Duration) -> Self {
        Self { max, window }
    }
}

/// The limits of the account routes (see ARCHITECTURE.md, "Accounts and sessions").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Failed logins per account. Counted for unknown e-mails too (otherwise a 429 would tell
    /// that an account exists); when full, the account cannot be logged into even with the
    /// right password until the window has passed. A successful login clears the count.
    pub login_failures_per_account: Rate,
    /// Logins per client address, failed or not: one address guessing across many accounts.
    pub login_attempts_per_address: Rate,
    /// Registrations per e-mail (each attempt, taken or not).
    pub registrations_per_account: Rate,
    /// Registrations per client address.
    pub registrations_per_address: Rate,
    /// Password hashes (argon2, about 19 MiB of memory each) computed at once. More waiting
    /// hashes would only add memory and latency, never throughput, past one per core.
    pub hashing_permits: usize,
    /// How long a login or registration waits for a hashing permit before it is refused
    /// with 429 and `Retry-After`.
    pub hashing_wait: Duration,
    /// What each new password hash costs.
    pub password_cost: crate::auth::PasswordCost,
    /// Feed pages read and sent at once; more wait their turn. Each holds a database reader
    /// and a compressor (a zstd one takes a few MiB) until its last byte is out, so without a
    /// cap the portal's memory grows with the number of clients in a first sync, and past a
    /// few per core more at once only share the same CPU.
    pub feed_streams: usize,
}

impl Default for Limits {
    /// Five wrong passwords per account per 15 minutes (about 480 guesses a day at most);
    /// twenty logins per address per minute (a household behind one address logs in far less);
    /// registrations, which are rare, five per e-mail and ten per address per hour. One hashing
    /// permit per CPU core, two seconds' wait, hashes at the standard cost; four feed pages
    /// per core at once.
    fn default() -> Self {
        const MINUTE: Duration = Duration::from_secs(60);
        Self {
            login_failures_per_account: Rate::new(5, MINUTE.saturating_mul(15)),
            login_attempts_per_address: Rate::new(20, MINUTE),
            registrations_per_account: Rate::new(5, MINUTE.saturating_mul(60)),
            registrations_per_address: Rate::new(10, MINUTE.saturating_mul(60)),
            hashing_permits: std::thread::available_parallelism().map_or(1, |n| n.get()),
            hashing_wait: Duration::from_secs(2),
            password_cost: crate::auth::PasswordCost::STANDARD,
            feed_streams: 4 * std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }
}

/// The counters the limits keep, one bucket each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    LoginAccount,
    LoginAddress,
    RegisterAccount,
    RegisterAddress,
}

impl Bucket {
    /// Its name in the store.
    pub fn name(self) -> &'static str {
        match self {
            Bucket::LoginAccount => "login-account",
            Bucket::LoginAddress => "login-address",
            Bucket::RegisterAccount => "register-account",
            Bucket::RegisterAddress => "register-address",
        }
    }

    /// The English explanation in the 429 body; the same for known and unknown accounts.
    fn refusal(self) -> &'static str {
        match self {
            Bucket::LoginAccount => "too many failed logins for this account; try again later",
            Bucket::LoginAddress => "too many logins from this address; try again later",
            Bucket::RegisterAccount => "too many registrations of this e-mail; try again later",
            Bucket::RegisterAddress => "too many registrations from this address; try again later",
        }
    }
}

/// Now, in Unix milliseconds (the store's clock unit).
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// Counts one attempt; over the limit it is a 429 whose `Retry-After` is when the window ends.
/// Blocking (a store write): call it from a blocking task.
pub fn count(store: &dyn PortalStore, bucket: Bucket, key: &str, rate: Rate) -> ApiResult<()> {
    let now = now_ms();
    match store.count_attempt(bucket.name(), key, rate.max, millis(rate.window), now)? {
        Attempt::Allowed => Ok(()),
        Attempt::Limited { until_ms } => {
            let wait = u64::try_from(until_ms.saturating_sub(now)).unwrap_or(0);
            Err(PortalError::rate_limited(
                bucket.refusal(),
                Duration::from_millis(wait),
            ))
        }
    }
}
