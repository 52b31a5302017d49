//! `welcome settings`: shows the settings, or changes the ones given.

use crate::output::print_json;
use clap::Args;
use serde::Serialize;
use welcome_core::i18n::{args, Localizer};
use welcome_core::{Companion, Result};
use welcome_protocol::JobScope;

#[derive(Debug, Args)]
pub struct SettingsArgs {
    /// The portal's address.
    #[arg(long)]
    pub portal_url: Option<String>,
    /// The language (`system` to follow the system).
    #[arg(long)]
    pub language: Option<String>,
    /// Pause (true) or resume (false) the background sync of the app.
    #[arg(long)]
    pub sync_paused: Option<bool>,
    /// Sync only jobs in these municipalities (ids, comma-separated).
    #[arg(long, value_delimiter = ',', conflicts_with = "jobs_everywhere")]
    pub jobs_in: Option<Vec<String>>,
    /// Sync every job in the region (the default).
    #[arg(long)]
    pub jobs_everywhere: bool,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct SettingsView {
    portal_url: String,
    language: Option<String>,
    sync_paused: bool,
    job_scope: JobScope,
}

pub fn run(c: &Companion, loc: &Localizer, a: SettingsArgs, json: bool) -> Result<()> {
    let mut changed = false;
    if let Some(url) = &a.portal_url {
        c.set_portal_url(url)?;
        changed = true;
    }
    if let Some(lang) = &a.language {
        c.set_locale(if lang == "system" { None } else { Some(lang) })?;
        changed = true;
    }
    if let Some(paused) = a.sync_paused {
        c.set_sync_paused(paused)?;
        changed = true;
    }
    if let Some(towns) = &a.jobs_in {
        c.set_job_scope(&JobScope {
            municipalities: towns.clone(),
            ..JobScope::default()
        })?;
        changed = true;
    }
    if a.jobs_everywhere {
        c.set_job_scope(&JobScope::everything())?;
        changed = true;
    }
    let view = SettingsView {
        portal_url: c.portal_url(),
        language: c.locale_override(),
        sync_paused: c.sync_paused(),
        job_scope: c.job_scope()?,
    };
    if a.json || json {
        return print_json(&view);
    }
    if changed {
        println!("{}", loc.t("cli-settings-saved"));
    }
    let language = view
        .language
        .clone()
        .unwrap_or_else(|| loc.t("cli-settings-system-language"));
    let scope = if view.job_scope.all {
        loc.t("cli-settings-jobs-everywhere")
    } else {
        view.job_scope.municipalities.join(", ")
    };
    for (key, value) in [
        ("cli-settings-portal", view.portal_url.clone()),
        ("cli-settings-language", language),
        ("cli-settings-paused", view.sync_paused.to_string()),
        ("cli-settings-jobs", scope),
    ] {
        println!("{}", loc.t_args(key, &args(&[("value", value.into())])));
    }
    Ok(())
}
