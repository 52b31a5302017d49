//! Passwords (argon2id, memory-hard) and bearer tokens (32 random bytes; only their SHA-256 is
//! stored, so a leaked database holds no usable token).

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// What one password hash costs. Stored hashes carry their own parameters, so a hash made at
/// one cost is verified at that cost whatever the portal uses for new ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PasswordCost {
    /// Memory per hash, in KiB.
    pub memory_kib: u32,
    /// Passes over that memory.
    pub iterations: u32,
}

impl PasswordCost {
    /// argon2id as OWASP recommends it (19 MiB, two passes): tens of milliseconds of a core.
    pub const STANDARD: Self = Self {
        memory_kib: argon2::Params::DEFAULT_M_COST,
        iterations: argon2::Params::DEFAULT_T_COST,
    };
    /// The cheapest argon2id allows, for tests whose subject is not the hash (a sync checker
    /// logs in thousands of times); never for a portal that holds real accounts.
    pub const FOR_TESTS: Self = Self {
        memory_kib: argon2::Params::MIN_M_COST,
        iterations: argon2::Params::MIN_T_COST,
    };

    fn hasher(self) -> anyhow::Result<Argon2<'static>> {
        let params = argon2::Params::new(self.memory_kib, self.iterations, 1, None)
            .map_err(|e| anyhow::anyhow!("password hash parameters: {e}"))?;
        Ok(Argon2::new(
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            params,
        ))
    }
}

impl Default for PasswordCost {
    fn default() -> Self {
        Self::STANDARD
    }
}

pub fn hash_password(password: &str, cost: PasswordCost) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    cost.hasher()?
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing password: {e}"))
}

/// Verifies with the parameters the stored hash names.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// A hash of a random password at `cost`, made once per cost. Logging in with an unknown
/// e-mail verifies against it, so the answer takes as long as a wrong password for a real
/// account and its timing does not tell which accounts exist.
fn dummy_hash(cost: PasswordCost) -> anyhow::Result<String> {
    static DUMMIES: std::sync::Mutex<Vec<(PasswordCost, String)>> =
        std::sync::Mutex::new(Vec::new());
    let known = |d: &Vec<(PasswordCost, String)>| {
        d.iter().find(|(c, _)| *c == cost).map(|(_, h)| h.clone())
    };
    if let Some(h) = known(&DUMMIES.lock().unwrap_or_else(|p| p.into_inner())) {
        return Ok(h);
    }
    let mut secret = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut secret);
    let made = hash_password(&URL_SAFE_NO_PAD.encode(secret), cost)?;
    // Two first logins racing both hash; the first result is kept, either is as good.
    let mut dummies = DUMMIES.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(h) = known(&dummies) {
        return Ok(h);
    }
    dummies.push((cost, made.clone()));
    Ok(made)
}

/// Checks `password` against the account's hash, or, for an account that does not exist,
/// against the dummy hash at the portal's `cost`: the same work either way. True only for a
/// real, matching hash.
pub fn verify_login(
    password: &str,
    stored: Option<&str>,
    cost: PasswordCost,
) -> anyhow::Result<bool> {
    match stored {
        Some(hash) => Ok(verify_password(password, hash)),
        None => {
            verify_password(password, &dummy_hash(cost)?);
            Ok(false)
        }
    }
}

/// A fresh token for the client and the hash the store keeps.
pub fn new_token() -> (String, String) {
    let mut b = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut b);
    let token = URL_SAFE_NO_PAD.encode(b);
    let hash = token_hash(&token);
    (token, hash)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// An address the document's `format: email` accepts too: a dot-atom local part (RFC 5322
/// `atext`, at most 64 characters) and a host name of at least two labels (letters, digits and
/// inner hyphens, each at most 63 characters), in ASCII, at most
/// [`welcome_protocol::MAX_EMAIL_CHARS`] long. Stricter than RFC 5322 (no quoted local parts,
/// no address literals), so anything it lets through is an address by every validator's rules.
pub fn valid_email(email: &str) -> bool {
    const ATEXT_SPECIALS: &[u8] = b"!#$%&'*+-/=?^_`{|}~";
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    let atom = |a: &str| {
        !a.is_empty()
            && a.bytes()
                .all(|b| b.is_ascii_alphanumeric() || ATEXT_SPECIALS.contains(&b))
    };
    let label = |l: &str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    email.len() <= welcome_protocol::MAX_EMAIL_CHARS
        && local.len() <= 64
        && local.split('.').all(atom)
        && domain.split('.').count() >= 2
        && domain.split('.').all(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_and_tokens_hash() {
        for cost in [PasswordCost::STANDARD, PasswordCost::FOR_TESTS] {
            let h = hash_password("correct horse battery", cost).unwrap();
            assert!(verify_password("correct horse battery", &h));
            assert!(!verify_password("wrong", &h));
        }
        let (t, th) = new_token();
        assert_eq!(token_hash(&t), th);
        assert!(valid_email("a@b.de") && valid_email("Ana.Lima+ruhr@mail.example.org"));
        for bad in [
            "a b@c.de",
            "nope",
            " a@b.de",
            "a@b",
            "a..b@c.de",
            ".a@c.de",
            "a@-b.de",
            "a@b..de",
            "a@b@c.de",
            "m\u{fc}ller@b.de",
        ] {
            assert!(!valid_email(bad), "{bad}");
        }
    }

    #[test]
    fn unknown_accounts_never_verify_and_the_dummy_matches_real_parameters() {
        for cost in [PasswordCost::STANDARD, PasswordCost::FOR_TESTS] {
            assert!(!verify_login("anything at all", None, cost).unwrap());
            let real = hash_password("correct horse battery", cost).unwrap();
            assert!(verify_login("correct horse battery", Some(&real), cost).unwrap());
            // Same algorithm, version and cost parameters: only salt and digest differ.
            let params = |h: &str| h.rsplitn(3, '$').nth(2).map(str::to_owned);
            assert_eq!(params(&dummy_hash(cost).unwrap()), params(&real));
        }
        // The standard cost is argon2id's recommended one, as stored in every hash.
        let standard = hash_password("x", PasswordCost::STANDARD).unwrap();
        assert!(
            standard.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{standard}"
        );
    }
}
