//! Welcome Guide accounts as an operator manages them (`welcome-portal guide-account …`):
//! accounts linked to one guide of the content, which read and answer the requests addressed to
//! that guide (see [`crate::guides`]). Only an operator makes, lists, re-keys or removes them;
//! nothing here is reachable over HTTP.

use crate::store::{GuideAccountRow, PortalStore};
use anyhow::Context;

/// A password an operator sets for a guide: the same bounds as the users' own.
fn checked_hash(password: &str) -> anyhow::Result<String> {
    let chars = password.chars().count();
    let (min, max) = (
        welcome_protocol::MIN_PASSWORD_CHARS,
        welcome_protocol::MAX_PASSWORD_CHARS,
    );
    if !(min..=max).contains(&chars) {
        anyhow::bail!("the password needs {min} to {max} characters");
    }
    crate::auth::hash_password(password, crate::auth::PasswordCost::STANDARD)
}

fn normalized_email(email: &str) -> anyhow::Result<String> {
    if !crate::auth::valid_email(email) {
        anyhow::bail!("{email:?} is not a valid e-mail address");
    }
    Ok(email.trim().to_lowercase())
}

/// The guide account with this e-mail: its user id, or why there is none.
fn guide_account(store: &dyn PortalStore, email: &str) -> anyhow::Result<(String, String)> {
    let email = normalized_email(email)?;
    let (user_id, _) = store
        .user_by_email(&email)?
        .with_context(|| format!("no account {email}"))?;
    let guide = store
        .guide_of(&user_id)?
        .with_context(|| format!("{email} is not a guide account"))?;
    Ok((user_id, guide))
}

/// `guide-account add`: checks the guide, creates the account with `password()` (asked only
/// when the account is new) or finds it, and links the two. The user id, and whether the
/// account was created.
pub fn add(
    store: &dyn PortalStore,
    email: &str,
    guide: &str,
    password: impl FnOnce() -> anyhow::Result<String>,
) -> anyhow::Result<(String, bool)> {
    if store.content_payload("guide", guide)?.is_none() {
        anyhow::bail!("no guide {guide:?} in the content (see content/guides.toml)");
    }
    let email = normalized_email(email)?;
    let (user_id, created) = match store.user_by_email(&email)? {
        Some((id, _)) => (id, false),
        None => {
            let hash = checked_hash(&password()?)?;
            let id = store
                .create_user(&email, &hash)?
                .context("the account was created meanwhile; run the command again")?;
            (id, true)
        }
    };
    store.set_guide_account(&user_id, guide)?;
    Ok((user_id, created))
}

/// `guide-account list`: every guide account, by e-mail.
pub fn list(store: &dyn PortalStore) -> anyhow::Result<Vec<GuideAccountRow>> {
    store.guide_accounts()
}

/// `guide-account password`: a new password for a guide account (one the guide forgot, or a
/// first one to replace the operator's). Every session of the account ends, so a device logged
/// in with the old password is logged out. How many sessions ended.
pub fn set_password(store: &dyn PortalStore, email: &str, password: &str) -> anyhow::Result<u64> {
    let (user_id, _) = guide_account(store, email)?;
    store.set_password(&user_id, &checked_hash(password)?)
}

/// `guide-account remove`: the account no longer answers for its guide, at once (every guide
/// route checks the link on each request). The account stays, as a plain user account, with its
/// own data. The guide it answered for.
pub fn remove(store: &dyn PortalStore, email: &str) -> anyhow::Result<String> {
    let (user_id, guide) = guide_account(store, email)?;
    store.remove_guide_account(&user_id)?;
    Ok(guide)
}
