//! The contacts' methods on [`Companion`].

use super::guide_requests::{self, GuideAnswerNote, GuideRequest, GuideRequestDraft};
use super::{Contact, ContactQuery};
use crate::{Companion, Error, Result};

impl Companion {
    /// Searches offices and Welcome Guides; texts in the user's language, fallbacks marked.
    pub fn search_contacts(&self, query: &ContactQuery) -> Result<Vec<Contact>> {
        let loc = self.localizer();
        super::search_contacts(self.store(), query, &[loc.locale()])
    }

    /// Writes a contact request to a Welcome Guide and queues it for the portal (it leaves when
    /// the device is online). Needs an account ([`Error::NotLoggedIn`]); a draft the portal
    /// would refuse (no consent, a language or topic the guide has not, an empty or too long
    /// message, a bad contact) is [`Error::Invalid`] and nothing is written.
    pub fn send_guide_request(&self, draft: &GuideRequestDraft) -> Result<GuideRequest> {
        if !self.logged_in() {
            return Err(Error::NotLoggedIn);
        }
        guide_requests::send(self.store(), draft)
    }

    /// The account's requests (pending, sent, answered), newest first.
    pub fn guide_requests(&self) -> Result<Vec<GuideRequest>> {
        guide_requests::list(self.store())
    }

    /// Answers that came since the last call, each once per device (for notifications).
    pub fn deliver_guide_answers(&self) -> Result<Vec<GuideAnswerNote>> {
        guide_requests::deliver(self.store())
    }

    /// The inbox's answers on this device, newest first.
    pub fn guide_answers(&self) -> Result<Vec<GuideAnswerNote>> {
        guide_requests::answers(self.store())
    }

    pub fn mark_guide_answer_read(&self, id: &str) -> Result<()> {
        guide_requests::mark_read(self.store(), id)
    }
}
