//! The sync engine: content feed down, user data up and down.
