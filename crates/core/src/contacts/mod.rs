//! Contacts: offices and Welcome Guides by municipality, language, kind, topic and free text.

pub mod fold;
pub mod search;

pub use search::{Contact, ContactKind, ContactQuery, GuideContact, OfficeContact};

#[cfg(test)]
mod tests;
