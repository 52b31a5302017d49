//! `welcome`: the headless command line over welcome-core, for scripts, tests and demos.
//!
//! Every word it prints comes from the Fluent catalogs (`i18n/<locale>/cli.ftl`); `--json`
//! prints machine-readable JSON instead. One module per subcommand lives in `commands/`.

mod commands;
mod data_dir;
mod output;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use welcome_core::i18n::{args, Localizer};
use welcome_core::Companion;

#[derive(Debug, Parser)]
#[command(
    name = "welcome",
    version,
    about = "welcome.RUHR Companion on the command line"
)]
struct Cli {
    /// The data folder (default: the platform's data folder, `welcome-ruhr`).
    #[arg(long, global = true, env = "WELCOME_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// The portal's address; saved as the setting.
    #[arg(long, global = true, env = "WELCOME_PORTAL_URL")]
    portal: Option<String>,
    /// Language of the output for this run (e.g. `de`); default: the saved setting or the system.
    #[arg(long, global = true)]
    lang: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Log in to the portal; the token goes to the system keychain.
    Login(commands::login::LoginArgs),
    /// Create an account on the portal and log in.
    Register(commands::login::LoginArgs),
    /// Log out (revokes the token on the portal when reachable).
    Logout(commands::login::LogoutArgs),
    /// List the account's sessions (logged-in devices), or revoke one.
    Sessions(commands::sessions::SessionsArgs),
    /// Sync content and, when logged in, your own data.
    Sync(commands::sync::SyncArgs),
    /// Show the sync's state.
    Status(output::OutputArgs),
    /// Search jobs or contacts on this device (works offline).
    Search(commands::search::SearchArgs),
    /// Show or change settings.
    Settings(commands::settings::SettingsArgs),
    /// Show and edit the relocation plan.
    Plan(commands::plan::PlanArgs),
    /// List the job alerts of this device.
    Alerts(commands::alerts::AlertsArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let data_dir = cli
        .data_dir
        .clone()
        .unwrap_or_else(data_dir::default_data_dir);
    let companion = match Companion::open(&data_dir) {
        Ok(c) => c,
        Err(e) => return fail(&Localizer::new(&[cli.lang.as_deref().unwrap_or("en")]), &e),
    };
    let loc = match cli.lang.as_deref() {
        Some(l) => Localizer::new(&[l]),
        None => companion.localizer(),
    };
    if let Some(url) = &cli.portal {
        if let Err(e) = companion.set_portal_url(url) {
            return fail(&loc, &e);
        }
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return fail(&loc, &welcome_core::Error::Io(e)),
    };
    let json = cli.json;
    let result = runtime.block_on(async {
        match cli.command {
            Command::Login(a) => commands::login::login(&companion, &loc, a, json).await,
            Command::Register(a) => commands::login::register(&companion, &loc, a, json).await,
            Command::Logout(a) => commands::login::logout(&companion, &loc, a, json).await,
            Command::Sessions(a) => commands::sessions::run(&companion, &loc, a, json).await,
            Command::Sync(a) => commands::sync::run(&companion, &loc, a, json).await,
            Command::Status(o) => commands::status::run(&companion, &loc, o.json || json),
            Command::Search(a) => commands::search::run(&companion, &loc, a, json),
            Command::Settings(a) => commands::settings::run(&companion, &loc, a, json),
            Command::Plan(a) => {
                commands::plan::run(&companion, &loc, a).map(|text| println!("{text}"))
            }
            Command::Alerts(a) => {
                commands::alerts::run(&companion, &loc, a, json).map(|text| println!("{text}"))
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&loc, &e),
    }
}

/// Prints the error in the user's language (and its kind, for scripts) and fails.
fn fail(loc: &Localizer, e: &welcome_core::Error) -> ExitCode {
    eprintln!(
        "{}",
        loc.t_args(
            "cli-error",
            &args(&[
                ("message", e.localized(loc).into()),
                ("kind", e.kind().into())
            ])
        )
    );
    ExitCode::FAILURE
}
