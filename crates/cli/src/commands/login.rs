//! `welcome login`, `welcome register`, `welcome logout`.

use crate::output::print_json;
use clap::Args;
use std::io::{BufRead, IsTerminal, Write};
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

fn done(loc: &Localizer, id: &str, email: &str, json: bool) -> Result<()> {
    if json {
        print_json(&serde_json::json!({"logged_in": true, "email": email}))
    } else {
        println!(
            "{}",
            loc.t_args(id, &args(&[("email", email.to_owned().into())]))
        );
        Ok(())
    }
}

pub async fn login(c: &Companion, loc: &Localizer, a: LoginArgs, json: bool) -> Result<()> {
    let pw = password(loc, a.password)?;
    c.login(&a.email, &pw).await?;
    done(loc, "cli-login-done", &a.email, a.json || json)
}

pub async fn register(c: &Companion, loc: &Localizer, a: LoginArgs, json: bool) -> Result<()> {
    let pw = password(loc, a.password)?;
    c.register(&a.email, &pw).await?;
    done(loc, "cli-register-done", &a.email, a.json || json)
}

pub async fn logout(c: &Companion, loc: &Localizer, json: bool) -> Result<()> {
    c.logout().await?;
    if json {
        print_json(&serde_json::json!({"logged_in": false}))
    } else {
        println!("{}", loc.t("cli-logout-done"));
        Ok(())
    }
}
