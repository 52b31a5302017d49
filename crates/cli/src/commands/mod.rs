//! One module per subcommand.

pub mod alerts;
pub mod login;
pub mod plan;
pub mod search;
pub mod sessions;
pub mod settings;
pub mod status;
pub mod sync;
