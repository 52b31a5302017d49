//! `welcome sync`: one sync with a progress bar on a terminal.

use crate::output::print_json;
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use welcome_core::i18n::{args, Localizer};
use welcome_core::sync::{SyncPhase, SyncProgress};
use welcome_core::{Companion, Result};

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Feed page size to ask for (default: the portal's).
    #[arg(long)]
    pub page_size: Option<u32>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

fn phase_label(loc: &Localizer, phase: SyncPhase) -> String {
    loc.t(match phase {
        SyncPhase::Content => "cli-sync-phase-content",
        SyncPhase::Index => "cli-sync-phase-index",
        SyncPhase::Upload => "cli-sync-phase-upload",
        SyncPhase::Download => "cli-sync-phase-download",
    })
}

pub async fn run(c: &Companion, loc: &Localizer, a: SyncArgs, json: bool) -> Result<()> {
    if let Some(size) = a.page_size {
        let mut options = c.sync_options();
        options.page_size = size;
        c.set_sync_options(options)?;
    }
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} [{elapsed}]")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        bar
    } else {
        ProgressBar::hidden()
    };
    let progress_bar = bar.clone();
    let progress_loc = loc.clone();
    let on_progress = move |p: SyncProgress| {
        if let Some(remaining) = p.remaining {
            progress_bar.set_length(p.items + remaining);
            progress_bar.set_position(p.items);
        }
        progress_bar.set_message(progress_loc.t_args(
            "cli-sync-progress",
            &args(&[
                ("phase", phase_label(&progress_loc, p.phase).into()),
                ("pages", p.pages.into()),
                ("items", p.items.into()),
                ("bytes", p.bytes.into()),
            ]),
        ));
    };
    let result = c.sync_now(on_progress).await;
    bar.finish_and_clear();
    let report = result?;
    if a.json || json {
        return print_json(&report);
    }
    println!(
        "{}",
        loc.t_args(
            "cli-sync-done",
            &args(&[
                ("items", report.items_applied.into()),
                ("jobs", report.jobs_added.into()),
                ("bytes", report.bytes.into()),
                (
                    "seconds",
                    format!("{:.1}", report.duration.as_secs_f64()).into()
                ),
            ])
        )
    );
    if report.resynced {
        println!("{}", loc.t("cli-sync-resynced"));
    }
    if c.logged_in() {
        println!(
            "{}",
            loc.t_args(
                "cli-sync-user",
                &args(&[
                    ("pushed", report.pushed.into()),
                    ("pulled", report.pulled.into())
                ])
            )
        );
    }
    Ok(())
}
