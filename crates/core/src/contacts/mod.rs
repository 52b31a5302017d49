//! Contacts: offices and Welcome Guides by municipality, language, kind, topic and free text.

mod companion;
pub mod fold;
pub mod guide_requests;
pub mod search;

pub use guide_requests::{GuideAnswerNote, GuideRequest, GuideRequestDraft, GuideRequestStatus};
pub use search::{Contact, ContactKind, ContactQuery, GuideContact, OfficeContact};

use crate::store::Store;
use crate::Result;
use welcome_protocol::content::{Office, OfficeKind};

/// Searches offices and Welcome Guides; texts are resolved in `langs`, most preferred first.
pub fn search_contacts(
    store: &Store,
    query: &ContactQuery,
    langs: &[&str],
) -> Result<Vec<Contact>> {
    store.read(|conn| search::search(conn, query, langs))
}

/// The office of `kind` that handles matters of a municipality (the plan names it for a step):
/// one in the municipality itself first, else one serving it from elsewhere. `None` when the
/// content has none, or the store cannot be read (logged): the plan then names no office.
pub fn office_for(store: &Store, municipality_id: &str, kind: OfficeKind) -> Option<Office> {
    store
        .read(|conn| search::office_for_conn(conn, municipality_id, kind))
        .unwrap_or_else(|e| {
            tracing::warn!(error = %e, municipality_id, "offices could not be read");
            None
        })
}

/// The office with this id in the content cache; `None` when it has none (or cannot be read).
pub fn office_by_id(store: &Store, id: &str) -> Option<Office> {
    store
        .read(|conn| Ok(search::offices(conn)?.into_iter().find(|o| o.id == id)))
        .unwrap_or_else(|e| {
            tracing::warn!(error = %e, id, "offices could not be read");
            None
        })
}

#[cfg(test)]
mod tests;
