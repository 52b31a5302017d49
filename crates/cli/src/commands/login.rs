//! `welcome login`, `welcome register`, `welcome logout`.

use crate::output::print_json;
use clap::Args;
use std::io::{BufRead, IsTerminal, Write};
use welcome_core::companion::LoginOutcome;
use welcome_core::i18n::{args, Localizer};
use welcome_core::{Companion, Result};

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The account's e-mail address.
    pub email: String,
    /// The password; read from the terminal (or standard input) when not given.
    #[arg(long, env = "WELCOME_PASSWORD", hide_env_values = true)]
    pub password: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

fn password(loc: &Localizer, given: Option<String>) -> Result<String> {
    if let Some(p) = given {
        return Ok(p);
    }
    if std::io::stdin().is_terminal() {
        eprint!("{} ", loc.t("cli-password-prompt"));
        std::io::stderr().flush()?;
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Also remove this account's data from this device (unsent changes included); by default
    /// it stays here and its changes wait for the account's next login.
    #[arg(long)]
    pub remove_data: bool,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

fn done(loc: &Localizer, id: &str, outcome: &LoginOutcome, json: bool) -> Result<()> {
    if json {
        return print_json(&serde_json::json!({
            "logged_in": true,
            "email": outcome.email,
            "joined_records": outcome.joined_records,
        }));
    }
    println!(
        "{}",
        loc.t_args(id, &args(&[("email", outcome.email.clone().into())]))
    );
    if outcome.joined_records > 0 {
        println!(
            "{}",
            loc.t_args(
                "cli-login-joined",
                &args(&[("count", outcome.joined_records.into())])
            )
        );
    }
    Ok(())
}

pub async fn login(c: &Companion, loc: &Localizer, a: LoginArgs, json: bool) -> Result<()> {
    let pw = password(loc, a.password)?;
    let outcome = c.login(&a.email, &pw).await?;
    done(loc, "cli-login-done", &outcome, a.json || json)
}

pub async fn register(c: &Companion, loc: &Localizer, a: LoginArgs, json: bool) -> Result<()> {
    let pw = password(loc, a.password)?;
    let outcome = c.register(&a.email, &pw).await?;
    done(loc, "cli-register-done", &outcome, a.json || json)
}

pub async fn logout(c: &Companion, loc: &Localizer, a: LogoutArgs, json: bool) -> Result<()> {
    c.logout(!a.remove_data).await?;
    if a.json || json {
        print_json(&serde_json::json!({"logged_in": false, "data_kept": !a.remove_data}))
    } else {
        let id = if a.remove_data {
            "cli-logout-removed"
        } else {
            "cli-logout-done"
        };
        println!("{}", loc.t(id));
        Ok(())
    }
}
