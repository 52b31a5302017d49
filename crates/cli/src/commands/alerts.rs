//! `welcome alerts`: the job alert inbox of this device.

use clap::Args;
use welcome_core::i18n::{args, Localizer};
use welcome_core::jobs::{alert_body, alert_title, Alert};
use welcome_core::{Companion, Result};

#[derive(Debug, Args)]
pub struct AlertsArgs {
    /// Show read alerts too (by default only unread ones).
    #[arg(long)]
    pub all: bool,
    /// Mark the alerts shown as read.
    #[arg(long)]
    pub mark_read: bool,
    /// Print the alerts as JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `json` is the global `--json` flag (the command's own works too).
pub fn run(companion: &Companion, loc: &Localizer, a: AlertsArgs, json: bool) -> Result<String> {
    let alerts = companion.alerts(!a.all)?;
    if a.mark_read {
        for alert in alerts.iter().filter(|x| !x.read) {
            companion.mark_alert_read(alert.id)?;
        }
    }
    if a.json || json {
        return Ok(serde_json::to_string_pretty(&alerts).unwrap_or_default());
    }
    Ok(render(&alerts, loc, a.mark_read))
}

fn render(alerts: &[Alert], loc: &Localizer, marked: bool) -> String {
    if alerts.is_empty() {
        return loc.t("jobs-cli-no-alerts");
    }
    let mut out = Vec::new();
    for alert in alerts {
        let when = alert.created_at.format("%Y-%m-%d %H:%M").to_string();
        let marker = if alert.read { " " } else { "*" };
        out.push(format!("{marker} {when}  {}", alert_title(alert, loc)));
        out.push(format!("    {}", alert_body(alert, loc)));
    }
    if marked {
        let unread = alerts.iter().filter(|x| !x.read).count();
        out.push(loc.t_args("jobs-cli-marked-read", &args(&[("count", unread.into())])));
    }
    out.join("\n")
}
