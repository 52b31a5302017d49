//! Jobs: offline search, saved jobs that outlive the ad, saved searches and alerts.
//!
//! Everything here reads the jobs the sync brought to the device; nothing needs the network
//! except fetching a job's full ad when it is saved.

pub mod alerts;
pub mod query;
pub mod saved;
pub mod search;
pub mod searches;

pub use alerts::{alert_body, alert_title, Alert};
pub use query::{JobQuery, JobSort, Place, Radius};
pub use saved::SavedJob;
pub use search::{JobHit, JobPage};
pub use searches::SavedSearch;

#[cfg(test)]
mod tests;
