//! [`Companion`]: one handle on a user's data folder, shared by the app and the CLI.
//! Feature modules add their methods in their own `impl Companion` blocks.

/// The app's state: the store in a data folder, the sync engine, the keychain and the language.
pub struct Companion {}
