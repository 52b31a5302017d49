//! The login token on the web, behind core's [`TokenStore`].
//!
//! The browser has no keychain. The worker keeps the token in its own memory (no page script
//! can read a worker's memory) and persists it only encrypted: `js/worker.js` encrypts it with
//! AES-GCM under a non-extractable WebCrypto key kept in IndexedDB, and decrypts it when the
//! worker starts. WebCrypto is asynchronous and the trait is not, so writes queue here and the
//! worker persists them after each command ([`WebTokenStore::take_writes`]).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use welcome_core::secrets::{Token, TokenStore};
use welcome_core::Result;

/// A token to persist (`Some`) or remove (`None`), by key.
pub type TokenWrite = (String, Option<String>);

#[derive(Debug, Default)]
struct Inner {
    tokens: HashMap<String, Token>,
    writes: Vec<TokenWrite>,
}

/// Tokens in the worker's memory, with the writes still to persist.
#[derive(Debug, Default, Clone)]
pub struct WebTokenStore(Arc<Mutex<Inner>>);

impl WebTokenStore {
    /// A store holding the tokens decrypted at start.
    pub fn with(tokens: HashMap<String, String>) -> Self {
        let inner = Inner {
            tokens: tokens
                .into_iter()
                .map(|(k, v)| (k, Token::new(v)))
                .collect(),
            writes: Vec::new(),
        };
        Self(Arc::new(Mutex::new(inner)))
    }

    fn inner(&self) -> MutexGuard<'_, Inner> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The writes since the last call, oldest first, for the worker to persist encrypted.
    pub fn take_writes(&self) -> Vec<TokenWrite> {
        std::mem::take(&mut self.inner().writes)
    }
}

impl TokenStore for WebTokenStore {
    fn get(&self, account: &str) -> Result<Option<Token>> {
        Ok(self.inner().tokens.get(account).cloned())
    }

    fn set(&self, account: &str, token: &Token) -> Result<()> {
        let mut inner = self.inner();
        inner.tokens.insert(account.to_owned(), token.clone());
        inner
            .writes
            .push((account.to_owned(), Some(token.expose().to_owned())));
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<()> {
        let mut inner = self.inner();
        inner.tokens.remove(account);
        inner.writes.push((account.to_owned(), None));
        Ok(())
    }
}
