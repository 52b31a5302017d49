//! `welcome sessions`: the account's sessions (logged-in devices); `welcome sessions revoke
//! <id>` logs one of them out, e.g. a lost phone.

use crate::output::print_json;
use clap::{Args, Subcommand};
use welcome_core::i18n::{args, Localizer};
use welcome_core::{Companion, Result};
use welcome_protocol::SessionInfo;

#[derive(Debug, Args)]
pub struct SessionsArgs {
    #[command(subcommand)]
    pub action: Option<SessionsAction>,
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum SessionsAction {
    /// Revoke a session by its id (as listed); revoking this device's own logs it out.
    Revoke {
        /// The session's id, e.g. `s-3f9a...`.
        id: String,
    },
}

/// `json` is the global `--json` flag (the command's own works too).
pub async fn run(c: &Companion, loc: &Localizer, a: SessionsArgs, json: bool) -> Result<()> {
    let json = a.json || json;
    match a.action {
        None => list(c, loc, json).await,
        Some(SessionsAction::Revoke { id }) => revoke(c, loc, &id, json).await,
    }
}

async fn list(c: &Companion, loc: &Localizer, json: bool) -> Result<()> {
    let sessions = c.sessions().await?;
    if json {
        return print_json(&sessions);
    }
    if sessions.is_empty() {
        println!("{}", loc.t("cli-sessions-none"));
    }
    for s in &sessions {
        println!("{}", line(s, loc));
    }
    Ok(())
}

fn when(t: chrono::DateTime<chrono::Utc>) -> String {
    t.with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

fn line(s: &SessionInfo, loc: &Localizer) -> String {
    let device = s
        .device_name
        .clone()
        .unwrap_or_else(|| loc.t("cli-sessions-unnamed"));
    let id = if s.current {
        "cli-sessions-line-current"
    } else {
        "cli-sessions-line"
    };
    loc.t_args(
        id,
        &args(&[
            ("id", s.id.clone().into()),
            ("device", device.into()),
            ("created", when(s.created).into()),
            ("last_seen", when(s.last_seen).into()),
        ]),
    )
}

async fn revoke(c: &Companion, loc: &Localizer, id: &str, json: bool) -> Result<()> {
    c.revoke_session(id).await?;
    let logged_in = c.logged_in();
    if json {
        return print_json(&serde_json::json!({"revoked": id, "logged_in": logged_in}));
    }
    let message = if logged_in {
        "cli-sessions-revoked"
    } else {
        "cli-sessions-revoked-own"
    };
    println!(
        "{}",
        loc.t_args(message, &args(&[("id", id.to_owned().into())]))
    );
    Ok(())
}
