//! The portal's seal on a guide's answer: an HMAC-SHA256, under a key only the portal's
//! database holds, over the answer's fields, its clock and whose record it is.
//!
//! A guide's answer is the one part of a user's data the portal writes itself. After the portal
//! is restored from a backup, every device sends its records again, and a device that received
//! an answer sends it too; the user's own changes may never set the answer's fields. The seal
//! tells the two apart: an answer this portal wrote, to this user's record, comes back with a
//! seal that verifies and is kept again, with its original clock. A device cannot make one: it
//! never sees the key, and a seal does not fit another record, another account or other text.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use welcome_protocol::guide_request::{
    ANSWERED_AT_FIELD, ANSWER_FIELD, ANSWER_SEAL_FIELD, GUIDE_NAME_FIELD, PORTAL_NODE,
};
use welcome_protocol::Hlc;

/// The `meta` key of the sealing key (64 hex digits), made when the database is first opened.
pub const KEY_META: &str = "answer_seal_key";

/// What a seal covers: the answer as the portal wrote it into one user's record.
pub struct SealedAnswer<'a> {
    pub user_id: &'a str,
    pub record_id: &'a str,
    pub hlc: &'a Hlc,
    pub answer: &'a str,
    pub answered_at: &'a str,
    pub guide_name: &'a str,
}

impl SealedAnswer<'_> {
    fn mac(&self, key: &[u8]) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
        for part in [
            "welcome-ruhr guide answer 1",
            self.user_id,
            self.record_id,
            self.hlc.0.as_str(),
            self.answer,
            self.answered_at,
            self.guide_name,
        ] {
            // Each part with its length first: no two different answers read the same.
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part.as_bytes());
        }
        mac
    }

    /// The seal, as the value of [`ANSWER_SEAL_FIELD`].
    pub fn seal(&self, key: &[u8]) -> String {
        hex::encode(self.mac(key).finalize().into_bytes())
    }

    /// Whether `seal` is this portal's seal on exactly this answer (compared in constant time).
    pub fn verify(&self, key: &[u8], seal: &str) -> bool {
        let Ok(bytes) = hex::decode(seal) else {
            return false;
        };
        self.hlc
            .parts()
            .is_some_and(|(_, _, node)| node == PORTAL_NODE)
            && self.mac(key).verify_slice(&bytes).is_ok()
    }
}

/// The answer's fields of a change, when it carries exactly those four (text values).
pub fn answer_fields(
    fields: &std::collections::BTreeMap<String, serde_json::Value>,
) -> Option<(&str, &str, &str, &str)> {
    if fields.len() != 4 {
        return None;
    }
    let text = |name: &str| fields.get(name).and_then(|v| v.as_str());
    Some((
        text(ANSWER_FIELD)?,
        text(ANSWERED_AT_FIELD)?,
        text(GUIDE_NAME_FIELD)?,
        text(ANSWER_SEAL_FIELD)?,
    ))
}

/// A new sealing key, as stored under [`KEY_META`].
pub fn new_key() -> String {
    use rand::RngCore;
    let mut key = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut key);
    hex::encode(key)
}

/// The key as bytes, from its stored form.
pub fn key_bytes(stored: &str) -> Option<Vec<u8>> {
    hex::decode(stored).ok().filter(|k| k.len() == 32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer<'a>(hlc: &'a Hlc, user: &'a str, text: &'a str) -> SealedAnswer<'a> {
        SealedAnswer {
            user_id: user,
            record_id: "gr-1",
            hlc,
            answer: text,
            answered_at: "2026-12-02T10:00:00Z",
            guide_name: "Amira Haddad",
        }
    }

    #[test]
    fn a_seal_fits_only_its_answer_and_key() {
        let key = key_bytes(&new_key()).unwrap();
        let hlc = Hlc::new(1_700_000_000_000, 0, PORTAL_NODE);
        let seal = answer(&hlc, "u-1", "Gladly").seal(&key);
        assert!(answer(&hlc, "u-1", "Gladly").verify(&key, &seal));
        // Other text, another account, another clock, another key: no.
        assert!(!answer(&hlc, "u-1", "Gladly!").verify(&key, &seal));
        assert!(!answer(&hlc, "u-2", "Gladly").verify(&key, &seal));
        let later = Hlc::new(1_700_000_000_001, 0, PORTAL_NODE);
        assert!(!answer(&later, "u-1", "Gladly").verify(&key, &seal));
        let other = key_bytes(&new_key()).unwrap();
        assert!(!answer(&hlc, "u-1", "Gladly").verify(&other, &seal));
        // A device's clock never carries the portal's answer, whatever the seal.
        let device = Hlc::new(1_700_000_000_000, 0, "c0123456789abcdef");
        let forged = answer(&device, "u-1", "Gladly").seal(&key);
        assert!(!answer(&device, "u-1", "Gladly").verify(&key, &forged));
        assert!(!answer(&hlc, "u-1", "Gladly").verify(&key, "not hex"));
    }
}
