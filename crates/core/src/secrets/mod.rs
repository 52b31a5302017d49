//! The login token in the OS keychain.
//!
//! The token never reaches SQLite, logs or Debug output: it lives in a [`Token`] that redacts
//! itself and cannot be serialised, and it is stored only through a [`TokenStore`]. The desktop
//! store is the system keychain (Secret Service, macOS Keychain, Windows Credential Manager) via
//! keyring 3.6; a mobile build can add its own store behind the same trait.

#[cfg(not(target_arch = "wasm32"))]
use crate::Error;
use crate::Result;
use std::collections::HashMap;
use std::sync::Mutex;

/// Keychain service name of every entry the app writes.
pub const KEYCHAIN_SERVICE: &str = "welcome-ruhr-companion";

/// A bearer token. Prints as `<redacted>`; deliberately not `Serialize`.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    pub fn new(secret: impl Into<String>) -> Self {
        Self(secret.into())
    }

    /// The secret, for the `Authorization` header and the keychain only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

impl std::fmt::Display for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Where tokens live, one per key (the companion keys them by portal, data folder and account).
pub trait TokenStore: Send + Sync {
    fn get(&self, account: &str) -> Result<Option<Token>>;
    fn set(&self, account: &str, token: &Token) -> Result<()>;
    /// Removes the token; removing a missing one is not an error.
    fn delete(&self, account: &str) -> Result<()>;
}

/// A shared store (tests keep a handle to look inside).
impl<T: TokenStore + ?Sized> TokenStore for std::sync::Arc<T> {
    fn get(&self, account: &str) -> Result<Option<Token>> {
        (**self).get(account)
    }

    fn set(&self, account: &str, token: &Token) -> Result<()> {
        (**self).set(account, token)
    }

    fn delete(&self, account: &str) -> Result<()> {
        (**self).delete(account)
    }
}

/// The OS keychain (the web build has none: crates/web keeps its token store).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Default, Clone, Copy)]
pub struct KeyringTokenStore;

#[cfg(not(target_arch = "wasm32"))]
fn keychain_error(e: keyring::Error) -> Error {
    // keyring's errors never contain the secret.
    Error::Keychain(e.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
impl KeyringTokenStore {
    fn entry(account: &str) -> Result<keyring::Entry> {
        keyring::Entry::new(KEYCHAIN_SERVICE, account).map_err(keychain_error)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl TokenStore for KeyringTokenStore {
    fn get(&self, account: &str) -> Result<Option<Token>> {
        match Self::entry(account)?.get_password() {
            Ok(secret) => Ok(Some(Token(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keychain_error(e)),
        }
    }

    fn set(&self, account: &str, token: &Token) -> Result<()> {
        Self::entry(account)?
            .set_password(token.expose())
            .map_err(keychain_error)
    }

    fn delete(&self, account: &str) -> Result<()> {
        match Self::entry(account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(keychain_error(e)),
        }
    }
}

/// Tokens in memory, for tests that are not about the keychain.
#[derive(Debug, Default)]
pub struct MemoryTokenStore {
    tokens: Mutex<HashMap<String, Token>>,
}

impl MemoryTokenStore {
    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<String, Token>> {
        self.tokens
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl TokenStore for MemoryTokenStore {
    fn get(&self, account: &str) -> Result<Option<Token>> {
        Ok(self.map().get(account).cloned())
    }

    fn set(&self, account: &str, token: &Token) -> Result<()> {
        self.map().insert(account.to_owned(), token.clone());
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<()> {
        self.map().remove(account);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_redacts_itself() {
        let t = Token::new("s3cret-value");
        assert!(!format!("{t:?}").contains("s3cret"));
        assert!(!format!("{t}").contains("s3cret"));
        assert_eq!(t.expose(), "s3cret-value");
    }

    #[test]
    fn memory_store_round_trips() {
        let s = MemoryTokenStore::default();
        assert!(s.get("http://x").unwrap().is_none());
        s.set("http://x", &Token::new("t")).unwrap();
        assert_eq!(s.get("http://x").unwrap(), Some(Token::new("t")));
        s.delete("http://x").unwrap();
        s.delete("http://x").unwrap();
        assert!(s.get("http://x").unwrap().is_none());
    }
}
