//! `welcome status`: the sync's state.

use crate::output::print_json;
use serde::Serialize;
use welcome_core::i18n::{args, Localizer};
use welcome_core::sync::SyncStatus;
use welcome_core::{Companion, Result};

#[derive(Serialize)]
struct StatusView {
    portal_url: String,
    account_email: Option<String>,
    #[serde(flatten)]
    status: SyncStatus,
}

pub fn run(c: &Companion, loc: &Localizer, json: bool) -> Result<()> {
    let view = StatusView {
        portal_url: c.portal_url(),
        account_email: c.account_email(),
        status: c.status()?,
    };
    if json {
        return print_json(&view);
    }
    let s = &view.status;
    println!(
        "{}",
        loc.t_args(
            "cli-status-portal",
            &args(&[("url", view.portal_url.clone().into())])
        )
    );
    match &view.account_email {
        Some(email) => println!(
            "{}",
            loc.t_args(
                "cli-status-logged-in",
                &args(&[("email", email.clone().into())])
            )
        ),
        None => println!("{}", loc.t("cli-status-logged-out")),
    }
    match s.last_success {
        Some(when) => println!(
            "{}",
            loc.t_args(
                "cli-status-last-success",
                &args(&[("when", when.to_rfc3339().into())])
            )
        ),
        None => println!("{}", loc.t("cli-status-never")),
    }
    if let Some(kind) = &s.last_error_kind {
        let message = loc.t(&format!("error-{kind}"));
        println!(
            "{}",
            loc.t_args(
                "cli-status-last-error",
                &args(&[("message", message.into())])
            )
        );
    }
    println!(
        "{}",
        loc.t_args("cli-status-jobs", &args(&[("count", s.job_count.into())]))
    );
    println!(
        "{}",
        loc.t_args(
            "cli-status-pending",
            &args(&[("count", s.pending_changes.into())])
        )
    );
    Ok(())
}
