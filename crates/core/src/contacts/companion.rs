//! The contacts' methods on [`Companion`].

use super::{Contact, ContactQuery};
use crate::{Companion, Result};

impl Companion {
    /// Searches offices and Welcome Guides; texts in the user's language, fallbacks marked.
    pub fn search_contacts(&self, query: &ContactQuery) -> Result<Vec<Contact>> {
        let loc = self.localizer();
        super::search_contacts(self.store(), query, &[loc.locale()])
    }
}
