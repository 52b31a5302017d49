//! Printing results: text for people, JSON for scripts.

use clap::Args;
use serde::Serialize;
use welcome_core::{Error, Result};

/// `--json` on a subcommand (the same as before it).
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Prints `value` as JSON.
pub fn print_json<T: Serialize>(value: &T) -> Result<()> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    println!("{text}");
    Ok(())
}
