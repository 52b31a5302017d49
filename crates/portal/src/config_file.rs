//! The operator's configuration file (`serve --config portal.toml`): address, database, content
//! folder, proxy, log format, shutdown timing and the account limits, in TOML.
//!
//! Every key is optional: a missing key keeps the built-in default, and a flag on the command
//! line overrides the file. An unknown key is an error naming it, so a misspelt setting (say
//! `adress`) cannot be ignored silently and leave the portal on a default the operator did not
//! mean. Relative paths are taken from the file's own folder, so the portal reads the same
//! files whatever directory it was started from.

use crate::limits::{Limits, Rate};
use anyhow::Context;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One human-readable line per event.
    #[default]
    Text,
    /// One JSON object per line, for a log collector (journald, Loki, Elasticsearch).
    Json,
}

/// The file as written; see `packaging/portal/portal.toml` for every key with its default.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Where to listen, `IP:PORT`.
    pub address: Option<SocketAddr>,
    /// A SQLite file, or a `postgres://` URL.
    pub database: Option<String>,
    /// The content folder loaded at every start.
    pub content: Option<PathBuf>,
    /// Believe `X-Forwarded-For` (only behind a reverse proxy that appends to it).
    pub behind_proxy: Option<bool>,
    pub log_format: Option<LogFormat>,
    #[serde(default)]
    pub shutdown: ShutdownFile,
    #[serde(default)]
    pub limits: LimitsFile,
}

/// `[shutdown]`: how a stop (SIGTERM, Ctrl-C) proceeds.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShutdownFile {
    /// Seconds the portal keeps serving with readiness answering 503, so a load balancer takes
    /// it out of rotation before it stops accepting.
    pub drain_secs: Option<u64>,
    /// Seconds requests in flight get to finish once the portal stops accepting.
    pub grace_secs: Option<u64>,
}

/// `{ max = 5, window_secs = 900 }`: at most `max` attempts per window.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateFile {
    pub max: u32,
    pub window_secs: u64,
}

/// `[limits]`: the keys of [`Limits`] an operator may tune. The password hash's cost is not
/// among them: lowering it weakens every stored password, and it is no capacity knob.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsFile {
    pub login_failures_per_account: Option<RateFile>,
    pub login_attempts_per_address: Option<RateFile>,
    pub registrations_per_account: Option<RateFile>,
    pub registrations_per_address: Option<RateFile>,
    pub hashing_permits: Option<usize>,
    pub hashing_wait_ms: Option<u64>,
    pub feed_streams: Option<usize>,
}

/// What `[shutdown]` resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShutdownTiming {
    pub drain: Duration,
    pub grace: Duration,
}

impl Default for ShutdownTiming {
    /// No drain (a single portal has no load balancer to tell), ten seconds of grace: a feed
    /// page of the largest size goes out in well under a second, so only a stuck client needs
    /// more, and systemd's stop timeout is longer.
    fn default() -> Self {
        Self {
            drain: Duration::ZERO,
            grace: Duration::from_secs(10),
        }
    }
}

impl ConfigFile {
    /// Reads and checks the file; the error names the file, and for a bad key its line.
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading the config file {}", path.display()))?;
        let mut file =
            Self::parse(&text).with_context(|| format!("in the config file {}", path.display()))?;
        let base = path.parent().unwrap_or(Path::new("."));
        file.content = file.content.map(|p| base.join(p));
        file.database = file.database.map(|d| {
            if is_postgres(&d) {
                d
            } else {
                base.join(d).to_string_lossy().into_owned()
            }
        });
        Ok(file)
    }

    /// Parses and checks the text of a config file (paths as written).
    pub fn parse(text: &str) -> anyhow::Result<Self> {
        let file: Self = toml::from_str(text).map_err(|e| anyhow::anyhow!("{e}"))?;
        file.limits.check()?;
        if file.database.as_deref() == Some("") {
            anyhow::bail!("`database` is empty: give a SQLite file or a postgres:// URL");
        }
        Ok(file)
    }

    /// The limits: the defaults with the file's keys applied.
    pub fn limits(&self) -> Limits {
        self.limits.apply(Limits::default())
    }

    pub fn shutdown_timing(&self) -> ShutdownTiming {
        let d = ShutdownTiming::default();
        ShutdownTiming {
            drain: self
                .shutdown
                .drain_secs
                .map_or(d.drain, Duration::from_secs),
            grace: self
                .shutdown
                .grace_secs
                .map_or(d.grace, Duration::from_secs),
        }
    }
}

/// A `database` value that names a PostgreSQL database rather than a file.
pub fn is_postgres(database: &str) -> bool {
    database.starts_with("postgres://") || database.starts_with("postgresql://")
}

impl LimitsFile {
    /// A limit of zero would refuse every login or stall every feed: refused, with the key.
    fn check(&self) -> anyhow::Result<()> {
        let rates = [
            (
                "login_failures_per_account",
                self.login_failures_per_account,
            ),
            (
                "login_attempts_per_address",
                self.login_attempts_per_address,
            ),
            ("registrations_per_account", self.registrations_per_account),
            ("registrations_per_address", self.registrations_per_address),
        ];
        for (key, rate) in rates {
            if let Some(r) = rate {
                if r.max == 0 || r.window_secs == 0 {
                    anyhow::bail!("limits.{key}: `max` and `window_secs` must be at least 1");
                }
            }
        }
        for (key, value) in [
            ("hashing_permits", self.hashing_permits),
            ("feed_streams", self.feed_streams),
        ] {
            if value == Some(0) {
                anyhow::bail!("limits.{key} must be at least 1");
            }
        }
        Ok(())
    }

    fn apply(&self, mut limits: Limits) -> Limits {
        let rate = |r: RateFile| Rate::new(r.max, Duration::from_secs(r.window_secs));
        if let Some(r) = self.login_failures_per_account {
            limits.login_failures_per_account = rate(r);
        }
        if let Some(r) = self.login_attempts_per_address {
            limits.login_attempts_per_address = rate(r);
        }
        if let Some(r) = self.registrations_per_account {
            limits.registrations_per_account = rate(r);
        }
        if let Some(r) = self.registrations_per_address {
            limits.registrations_per_address = rate(r);
        }
        if let Some(n) = self.hashing_permits {
            limits.hashing_permits = n;
        }
        if let Some(ms) = self.hashing_wait_ms {
            limits.hashing_wait = Duration::from_millis(ms);
        }
        if let Some(n) = self.feed_streams {
            limits.feed_streams = n;
        }
        limits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_file_keeps_every_default() {
        let file = ConfigFile::parse("").unwrap();
        assert_eq!(file.limits(), Limits::default());
        assert_eq!(file.shutdown_timing(), ShutdownTiming::default());
        assert!(file.address.is_none() && file.database.is_none());
    }

    #[test]
    fn keys_map_onto_the_limits() {
        let file = ConfigFile::parse(
            r#"
            address = "0.0.0.0:8080"
            log_format = "json"
            [limits]
            login_attempts_per_address = { max = 3, window_secs = 30 }
            hashing_wait_ms = 500
            feed_streams = 2
            [shutdown]
            drain_secs = 5
            "#,
        )
        .unwrap();
        let limits = file.limits();
        assert_eq!(
            limits.login_attempts_per_address,
            Rate::new(3, Duration::from_secs(30))
        );
        assert_eq!(limits.hashing_wait, Duration::from_millis(500));
        assert_eq!(limits.feed_streams, 2);
        assert_eq!(
            limits.login_failures_per_account,
            Limits::default().login_failures_per_account
        );
        assert_eq!(file.log_format, Some(LogFormat::Json));
        assert_eq!(file.shutdown_timing().drain, Duration::from_secs(5));
        assert_eq!(file.shutdown_timing().grace, Duration::from_secs(10));
    }

    #[test]
    fn an_unknown_key_is_named() {
        let err = ConfigFile::parse("adress = \"127.0.0.1:1\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("adress"), "{err}");
        let err = ConfigFile::parse("[limits]\nfeed_stream = 3\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("feed_stream"), "{err}");
    }

    #[test]
    fn a_zero_limit_is_refused() {
        let err = ConfigFile::parse("[limits]\nfeed_streams = 0\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("limits.feed_streams"), "{err}");
    }

    #[test]
    fn relative_paths_are_taken_from_the_file_s_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("portal.toml");
        std::fs::write(
            &path,
            "database = \"data/portal.sqlite\"\ncontent = \"/srv/content\"\n",
        )
        .unwrap();
        let file = ConfigFile::load(&path).unwrap();
        assert_eq!(
            file.database.as_deref(),
            Some(dir.path().join("data/portal.sqlite").to_str().unwrap())
        );
        assert_eq!(file.content.as_deref(), Some(Path::new("/srv/content")));
    }
}
