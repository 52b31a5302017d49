//! Contact requests to Welcome Guides.
//!
//! A request is a user-data record of [`Collection::GuideRequest`](crate::Collection): the app
//! writes it once, with every field of [`REQUEST_FIELDS`], and the outbox sends it when the
//! device is online. The portal checks it ([`check_request`] plus the guide's own languages and
//! topics), keeps it indexed for the addressed guide, and writes the guide's answer into the same
//! record ([`ANSWER_FIELD`], [`ANSWERED_AT_FIELD`], [`GUIDE_NAME_FIELD`]), so the answer reaches
//! the user through the user feed like any other change. Only the user and the addressed guide
//! can read a request.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The guide's content id (`Guide::id`).
pub const GUIDE_ID_FIELD: &str = "guide_id";
/// One of the guide's languages.
pub const LANGUAGE_FIELD: &str = "language";
/// One of the guide's topics.
pub const TOPIC_FIELD: &str = "topic";
/// The user's message.
pub const MESSAGE_FIELD: &str = "message";
/// How the guide may reach the user ([`ContactMethod`]).
pub const CONTACT_METHOD_FIELD: &str = "contact_method";
/// The e-mail address or phone number; empty for [`ContactMethod::App`].
pub const CONTACT_VALUE_FIELD: &str = "contact_value";
/// `true`: the user agreed that the guide receives the message and the contact details.
pub const CONSENT_FIELD: &str = "consent";
/// When the user wrote it (RFC 3339), for the lists.
pub const SENT_AT_FIELD: &str = "sent_at";

/// What the app writes, all at once.
pub const REQUEST_FIELDS: [&str; 8] = [
    GUIDE_ID_FIELD,
    LANGUAGE_FIELD,
    TOPIC_FIELD,
    MESSAGE_FIELD,
    CONTACT_METHOD_FIELD,
    CONTACT_VALUE_FIELD,
    CONSENT_FIELD,
    SENT_AT_FIELD,
];

/// The guide's answer; written by the portal only.
pub const ANSWER_FIELD: &str = "answer";
/// When the guide answered (RFC 3339); written by the portal only.
pub const ANSWERED_AT_FIELD: &str = "answered_at";
/// The name of the guide who answered; written by the portal only.
pub const GUIDE_NAME_FIELD: &str = "guide_name";

/// The portal's seal on the answer (hex HMAC): lets a device give an answer back to a portal
/// restored from a backup that predates it, and no device make one up.
pub const ANSWER_SEAL_FIELD: &str = "answer_seal";

/// Fields a user's change may never set: they are the portal's.
pub const PORTAL_FIELDS: [&str; 4] = [
    ANSWER_FIELD,
    ANSWERED_AT_FIELD,
    GUIDE_NAME_FIELD,
    ANSWER_SEAL_FIELD,
];

/// Longest message, in characters (the general text limit of user data).
pub const MAX_GUIDE_MESSAGE_CHARS: usize = 1_000;
/// Longest e-mail address or phone number, in characters.
pub const MAX_CONTACT_VALUE_CHARS: usize = 200;
/// Longest answer of a guide, in characters.
pub const MAX_GUIDE_ANSWER_CHARS: usize = 4_000;
/// The node of the clocks the portal writes answers with: later than any device's write of
/// the request, never one of a device (client ids start with `c`).
pub const PORTAL_NODE: &str = "portal";

/// How the guide may reach the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum ContactMethod {
    Email,
    Phone,
    /// Only through the app: the answer arrives in the app's inbox.
    App,
}

impl ContactMethod {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "email" => Some(Self::Email),
            "phone" => Some(Self::Phone),
            "app" => Some(Self::App),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
            Self::App => "app",
        }
    }
}

/// Why a request was refused; the portal sends it as the rejection's message, the app maps it
/// to a translated message of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestProblem {
    /// A field of [`REQUEST_FIELDS`] is missing or not a string (a boolean for consent).
    Missing(&'static str),
    /// A field the portal writes ([`PORTAL_FIELDS`]) or one no request has.
    NotAllowed,
    NoConsent,
    EmptyMessage,
    MessageTooLong,
    BadContactMethod,
    /// An e-mail without `@`, a phone number without digits, or too long.
    BadContactValue,
    UnknownGuide,
    /// Not one of the guide's languages.
    Language,
    /// Not one of the guide's topics.
    Topic,
    /// A sent request is never changed (delete it and write a new one).
    AlreadySent,
}

impl std::fmt::Display for RequestProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Missing(field) => write!(f, "guide request: the field {field} is missing"),
            Self::NotAllowed => f.write_str("guide request: a field a request may not set"),
            Self::NoConsent => f.write_str("guide request: consent must be true"),
            Self::EmptyMessage => f.write_str("guide request: the message is empty"),
            Self::MessageTooLong => write!(
                f,
                "guide request: the message is longer than {MAX_GUIDE_MESSAGE_CHARS} characters"
            ),
            Self::BadContactMethod => {
                f.write_str("guide request: contact_method must be email, phone or app")
            }
            Self::BadContactValue => f.write_str(
                "guide request: contact_value must be an e-mail address or a phone number \
                 (at most 200 characters)",
            ),
            Self::UnknownGuide => f.write_str("guide request: no such guide"),
            Self::Language => f.write_str("guide request: not one of the guide's languages"),
            Self::Topic => f.write_str("guide request: not one of the guide's topics"),
            Self::AlreadySent => f.write_str(
                "guide request: a sent request cannot be changed; delete it and send a new one",
            ),
        }
    }
}

/// The checks of a request that need no content: every field present, nothing else, consent
/// given, the message and the contact within bounds. Returns the addressed guide's id; the
/// caller checks that guide's languages and topics with [`check_guide`].
pub fn check_request(fields: &BTreeMap<String, serde_json::Value>) -> Result<&str, RequestProblem> {
    if fields.keys().any(|k| !REQUEST_FIELDS.contains(&k.as_str())) {
        return Err(RequestProblem::NotAllowed);
    }
    let text = |name: &'static str| {
        fields
            .get(name)
            .and_then(|v| v.as_str())
            .ok_or(RequestProblem::Missing(name))
    };
    let guide = text(GUIDE_ID_FIELD)?;
    text(LANGUAGE_FIELD)?;
    text(TOPIC_FIELD)?;
    text(SENT_AT_FIELD)?;
    match fields.get(CONSENT_FIELD) {
        Some(serde_json::Value::Bool(true)) => {}
        Some(serde_json::Value::Bool(false)) => return Err(RequestProblem::NoConsent),
        _ => return Err(RequestProblem::Missing(CONSENT_FIELD)),
    }
    let message = text(MESSAGE_FIELD)?;
    if message.trim().is_empty() {
        return Err(RequestProblem::EmptyMessage);
    }
    if message.chars().count() > MAX_GUIDE_MESSAGE_CHARS {
        return Err(RequestProblem::MessageTooLong);
    }
    let method = ContactMethod::parse(text(CONTACT_METHOD_FIELD)?)
        .ok_or(RequestProblem::BadContactMethod)?;
    check_contact(method, text(CONTACT_VALUE_FIELD)?)?;
    Ok(guide)
}

/// An e-mail address with one `@` and text on both sides; a phone number of digits, spaces and
/// `+-/()` with at least five digits; nothing for the app. Trimmed, at most
/// [`MAX_CONTACT_VALUE_CHARS`].
pub fn check_contact(method: ContactMethod, value: &str) -> Result<(), RequestProblem> {
    let value = value.trim();
    if value.chars().count() > MAX_CONTACT_VALUE_CHARS {
        return Err(RequestProblem::BadContactValue);
    }
    let good = match method {
        ContactMethod::App => true,
        ContactMethod::Email => value.split_once('@').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && !b.contains('@')
                && !value.contains(char::is_whitespace)
        }),
        ContactMethod::Phone => {
            value
                .chars()
                .all(|c| c.is_ascii_digit() || " +-/()".contains(c))
                && value.chars().filter(char::is_ascii_digit).count() >= 5
        }
    };
    if good {
        Ok(())
    } else {
        Err(RequestProblem::BadContactValue)
    }
}

/// The request's language and topic against the guide's (`None`: no such guide).
pub fn check_guide(
    fields: &BTreeMap<String, serde_json::Value>,
    guide: Option<&crate::Guide>,
) -> Result<(), RequestProblem> {
    let guide = guide.ok_or(RequestProblem::UnknownGuide)?;
    let is = |name: &str, among: &[String]| {
        fields
            .get(name)
            .and_then(|v| v.as_str())
            .is_some_and(|v| among.iter().any(|x| x == v))
    };
    if !is(LANGUAGE_FIELD, &guide.languages) {
        return Err(RequestProblem::Language);
    }
    if !is(TOPIC_FIELD, &guide.topics) {
        return Err(RequestProblem::Topic);
    }
    Ok(())
}

/// One request as its guide sees it (`GET /v1/guide/requests`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GuideRequestInfo {
    /// The portal's id of the request, for answering it (not the user's record id).
    pub id: String,
    pub language: String,
    pub topic: String,
    pub message: String,
    pub contact_method: ContactMethod,
    /// Empty for [`ContactMethod::App`].
    pub contact_value: String,
    /// When the portal received it.
    pub received: chrono::DateTime<chrono::Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Answer of `GET /v1/guide/requests`: the requests addressed to the guide, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GuideRequestList {
    /// The guide's content id and name, for the page's heading.
    pub guide_id: String,
    pub guide_name: String,
    pub requests: Vec<GuideRequestInfo>,
}

/// Body of `POST /v1/guide/requests/{id}/answer`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(deny_unknown_fields)]
pub struct GuideAnswer {
    /// 1 to [`MAX_GUIDE_ANSWER_CHARS`] characters, not blank.
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = MAX_GUIDE_ANSWER_CHARS))
    )]
    pub answer: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn request() -> BTreeMap<String, serde_json::Value> {
        serde_json::from_value(json!({
            "guide_id": "guide-a", "language": "de", "topic": "visa",
            "message": "Hallo", "contact_method": "email", "contact_value": "a@example.org",
            "consent": true, "sent_at": "2026-01-02T03:04:05Z"
        }))
        .unwrap()
    }

    #[test]
    fn a_full_request_with_consent_passes_and_names_its_guide() {
        assert_eq!(check_request(&request()), Ok("guide-a"));
    }

    #[test]
    fn each_problem_is_named() {
        let with = |k: &str, v: serde_json::Value| {
            let mut r = request();
            r.insert(k.into(), v);
            check_request(&r).map(str::to_owned)
        };
        assert_eq!(
            with("consent", json!(false)),
            Err(RequestProblem::NoConsent)
        );
        assert_eq!(
            with("consent", json!("yes")),
            Err(RequestProblem::Missing("consent"))
        );
        assert_eq!(with("answer", json!("x")), Err(RequestProblem::NotAllowed));
        assert_eq!(
            with("message", json!("  ")),
            Err(RequestProblem::EmptyMessage)
        );
        assert_eq!(
            with("message", json!("x".repeat(MAX_GUIDE_MESSAGE_CHARS + 1))),
            Err(RequestProblem::MessageTooLong)
        );
        assert_eq!(
            with("contact_method", json!("fax")),
            Err(RequestProblem::BadContactMethod)
        );
        assert_eq!(
            with("contact_value", json!("no-at-sign")),
            Err(RequestProblem::BadContactValue)
        );
        let mut r = request();
        r.remove("topic");
        assert_eq!(check_request(&r), Err(RequestProblem::Missing("topic")));
    }

    #[test]
    fn contacts_by_method() {
        use ContactMethod::*;
        assert!(check_contact(Phone, "+49 201 123456").is_ok());
        assert!(check_contact(Phone, "123").is_err());
        assert!(check_contact(Phone, "call me").is_err());
        assert!(check_contact(Email, "a@b").is_ok());
        assert!(check_contact(Email, "a b@c").is_err());
        assert!(check_contact(App, "").is_ok());
    }
}
