//! The login token in the OS keychain.
