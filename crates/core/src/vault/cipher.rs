//! Encryption at rest of the vault's files: XChaCha20-Poly1305 (RustCrypto), one random 24-byte
//! nonce per write, so a file's every version has its own nonce and no counter must survive a
//! crash. The attachment's id is the associated data: a file copied over another attachment's
//! name does not decrypt, it is reported as damaged instead of showing the wrong document.

use crate::secrets::Token;
use crate::{Error, Result};
use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

/// First bytes of every vault file: format and version.
const MAGIC: &[u8; 4] = b"WRV1";
const NONCE_LEN: usize = 24;

/// The vault's 256-bit key. Kept in the OS keychain; never in SQLite, logs or Debug output.
#[derive(Clone)]
pub struct VaultKey([u8; 32]);

impl std::fmt::Debug for VaultKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VaultKey(<redacted>)")
    }
}

impl VaultKey {
    /// A new random key from the OS's generator.
    pub fn generate() -> Self {
        Self(XChaCha20Poly1305::generate_key(&mut OsRng).into())
    }

    /// The key as the keychain keeps it (base64 in a [`Token`], which redacts itself).
    pub fn to_token(&self) -> Token {
        Token::new(base64::engine::general_purpose::STANDARD.encode(self.0))
    }

    /// The key from its keychain form; `None` when the entry is not a key of ours.
    pub fn from_token(token: &Token) -> Option<Self> {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(token.expose())
            .ok()?;
        Some(Self(bytes.try_into().ok()?))
    }

    /// A short public fingerprint, kept beside the files: it tells "the key is gone or another
    /// one" apart from "this file is damaged" without ever storing the key.
    pub fn fingerprint(&self) -> String {
        let digest = Sha256::digest([b"welcome-ruhr vault key".as_slice(), &self.0].concat());
        digest[..8].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Encrypts `plain` for the attachment `id` (its associated data).
    pub fn seal(&self, id: &str, plain: &[u8]) -> Vec<u8> {
        let cipher = XChaCha20Poly1305::new(&self.0.into());
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plain,
                    aad: id.as_bytes(),
                },
            )
            .expect("XChaCha20-Poly1305 encrypts any length the vault admits");
        let mut out = Vec::with_capacity(MAGIC.len() + NONCE_LEN + sealed.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    /// Decrypts what [`seal`](Self::seal) wrote for `id`; a changed, cut or swapped file is
    /// [`Error::VaultFileDamaged`].
    pub fn open(&self, id: &str, sealed: &[u8]) -> Result<Vec<u8>> {
        let header = MAGIC.len() + NONCE_LEN;
        if sealed.len() < header || &sealed[..MAGIC.len()] != MAGIC {
            return Err(Error::VaultFileDamaged);
        }
        let nonce = XNonce::from_slice(&sealed[MAGIC.len()..header]);
        XChaCha20Poly1305::new(&self.0.into())
            .decrypt(
                nonce,
                Payload {
                    msg: &sealed[header..],
                    aad: id.as_bytes(),
                },
            )
            .map_err(|_| Error::VaultFileDamaged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_files_open_only_with_their_key_and_id() {
        let key = VaultKey::generate();
        let sealed = key.seal("a1", b"passport scan");
        assert!(!sealed.windows(b"passport".len()).any(|w| w == b"passport"));
        assert_eq!(key.open("a1", &sealed).unwrap(), b"passport scan");
        // Another attachment's name, another key, a flipped bit, a cut file: damaged.
        assert!(matches!(
            key.open("a2", &sealed),
            Err(Error::VaultFileDamaged)
        ));
        let other = VaultKey::generate();
        assert!(matches!(
            other.open("a1", &sealed),
            Err(Error::VaultFileDamaged)
        ));
        let mut flipped = sealed.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert!(matches!(
            key.open("a1", &flipped),
            Err(Error::VaultFileDamaged)
        ));
        assert!(matches!(
            key.open("a1", &sealed[..10]),
            Err(Error::VaultFileDamaged)
        ));
        // Two writes of the same file differ (fresh nonce each time).
        assert_ne!(key.seal("a1", b"x"), key.seal("a1", b"x"));
    }

    #[test]
    fn the_key_round_trips_through_the_keychain_form_and_never_prints() {
        let key = VaultKey::generate();
        let back = VaultKey::from_token(&key.to_token()).unwrap();
        assert_eq!(back.fingerprint(), key.fingerprint());
        assert_eq!(format!("{key:?}"), "VaultKey(<redacted>)");
        assert!(VaultKey::from_token(&Token::new("not a key")).is_none());
    }
}
