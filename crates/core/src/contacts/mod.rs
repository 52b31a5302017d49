//! Contacts: offices and Welcome Guides by municipality, language and topic.
