//! Contact requests to Welcome Guides, on the device.
//!
//! A request is a user-data record of [`Collection::GuideRequest`], so it goes through the
//! outbox like every other change: written at once, sent when the device is online, and the
//! guide's answer comes back with the user feed into the same record (the portal writes its
//! `answer`, `answered_at` and `guide_name` fields; see `welcome_protocol::guide_request`). Only
//! an account can send one: the portal keeps requests per account, and the guide answers that
//! account.
//!
//! An answer is delivered once per device: the set of answers this device has announced (and
//! which of them were read) lives in the device's own `sync_state` ([`state::GUIDE_ANSWERS`]),
//! never in the synced record, so each device announces it once.

use crate::store::{state, Store};
use crate::{Error, Result};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use welcome_protocol::guide_request::{self as gr, ContactMethod, RequestProblem};
use welcome_protocol::user_data::Collection;

/// What the user fills in on a guide's card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GuideRequestDraft {
    pub guide_id: String,
    pub language: String,
    pub topic: String,
    pub message: String,
    pub contact_method: ContactMethod,
    /// The e-mail address or phone number; ignored for [`ContactMethod::App`].
    #[serde(default)]
    pub contact_value: String,
    /// The consent checkbox; a request without it is refused.
    pub consent: bool,
}

/// Where a sent request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum GuideRequestStatus {
    /// Written on the device, waiting for the portal (offline, or not synced yet).
    Pending,
    /// The portal has it; no answer yet.
    Sent,
    Answered,
}

/// A request as the app lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GuideRequest {
    pub id: String,
    pub guide_id: String,
    /// The guide's name: the one who answered, else the content's.
    pub guide_name: String,
    pub language: String,
    pub topic: String,
    pub message: String,
    pub contact_method: ContactMethod,
    pub contact_value: String,
    /// RFC 3339.
    pub sent_at: String,
    pub status: GuideRequestStatus,
    pub answer: Option<String>,
    /// RFC 3339.
    pub answered_at: Option<String>,
}

/// An answer in the inbox.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GuideAnswerNote {
    /// The request's id.
    pub id: String,
    pub guide_name: String,
    pub answer: String,
    pub answered_at: String,
    /// The user's message it answers.
    pub message: String,
    pub read: bool,
}

/// The translated message of a refused request.
fn refused(p: RequestProblem) -> Error {
    let id = match p {
        RequestProblem::NoConsent => "error-guide-request-consent",
        RequestProblem::EmptyMessage => "error-guide-request-message-empty",
        RequestProblem::MessageTooLong => {
            return Error::invalid(
                "error-guide-request-message-long",
                &[("max", gr::MAX_GUIDE_MESSAGE_CHARS.to_string())],
            )
        }
        RequestProblem::BadContactMethod | RequestProblem::BadContactValue => {
            "error-guide-request-contact"
        }
        RequestProblem::Language => "error-guide-request-language",
        RequestProblem::Topic => "error-guide-request-topic",
        RequestProblem::UnknownGuide
        | RequestProblem::Missing(_)
        | RequestProblem::NotAllowed
        | RequestProblem::AlreadySent => "error-guide-request-guide",
    };
    Error::invalid(id, &[])
}

/// The record's fields of a draft, checked exactly as the portal will check them, so a request
/// the device accepts is never rejected for its content.
pub fn request_fields(
    store: &Store,
    draft: &GuideRequestDraft,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Map<String, Value>> {
    let value = match draft.contact_method {
        ContactMethod::App => String::new(),
        _ => draft.contact_value.trim().to_owned(),
    };
    let fields: BTreeMap<String, Value> = BTreeMap::from([
        (gr::GUIDE_ID_FIELD.into(), draft.guide_id.clone().into()),
        (gr::LANGUAGE_FIELD.into(), draft.language.clone().into()),
        (gr::TOPIC_FIELD.into(), draft.topic.clone().into()),
        (gr::MESSAGE_FIELD.into(), draft.message.trim().into()),
        (
            gr::CONTACT_METHOD_FIELD.into(),
            draft.contact_method.as_str().into(),
        ),
        (gr::CONTACT_VALUE_FIELD.into(), value.into()),
        (gr::CONSENT_FIELD.into(), draft.consent.into()),
        (
            gr::SENT_AT_FIELD.into(),
            now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
                .into(),
        ),
    ]);
    gr::check_request(&fields).map_err(refused)?;
    let guide = store.read(|c| {
        Ok(super::search::guides(c)?
            .into_iter()
            .find(|g| g.id == draft.guide_id))
    })?;
    gr::check_guide(&fields, guide.as_ref()).map_err(refused)?;
    Ok(fields.into_iter().collect())
}

/// A new record id: random, so two devices of one account never write the same request.
fn new_id() -> String {
    format!("gr-{:016x}", rand::thread_rng().next_u64())
}

/// Writes the request (queued for the portal); the caller has checked there is an account.
pub fn send(store: &Store, draft: &GuideRequestDraft) -> Result<GuideRequest> {
    let fields = request_fields(store, draft, chrono::Utc::now())?;
    let id = new_id();
    store
        .user_data()
        .put_fields(Collection::GuideRequest, &id, fields)?;
    list(store)?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| Error::NotFound {
            what: format!("guide request {id}"),
        })
}

/// Ids of the current owner's requests that wait in the outbox.
fn pending_ids(store: &Store) -> Result<std::collections::HashSet<String>> {
    store.read(|c| {
        let owner = crate::store::user_data::owner(c)?;
        let mut stmt =
            c.prepare_cached("SELECT record_id FROM outbox WHERE owner = ?1 AND collection = ?2")?;
        let rows = stmt.query_map(
            rusqlite::params![owner, Collection::GuideRequest.as_str()],
            |r| r.get::<_, String>(0),
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    })
}

/// The current owner's requests, newest first.
pub fn list(store: &Store) -> Result<Vec<GuideRequest>> {
    let pending = pending_ids(store)?;
    let names: BTreeMap<String, String> = store.read(|c| {
        Ok(super::search::guides(c)?
            .into_iter()
            .map(|g| (g.id, g.name))
            .collect())
    })?;
    let mut out: Vec<GuideRequest> = store
        .user_data()
        .list(Collection::GuideRequest)?
        .into_iter()
        .filter_map(|r| {
            let text = |name: &str| {
                r.fields
                    .get(name)
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            };
            let guide_id = text(gr::GUIDE_ID_FIELD)?;
            let answer = text(gr::ANSWER_FIELD);
            let status = if answer.is_some() {
                GuideRequestStatus::Answered
            } else if pending.contains(&r.record_id) {
                GuideRequestStatus::Pending
            } else {
                GuideRequestStatus::Sent
            };
            Some(GuideRequest {
                guide_name: text(gr::GUIDE_NAME_FIELD)
                    .or_else(|| names.get(&guide_id).cloned())
                    .unwrap_or_else(|| guide_id.clone()),
                id: r.record_id.clone(),
                guide_id,
                language: text(gr::LANGUAGE_FIELD)?,
                topic: text(gr::TOPIC_FIELD)?,
                message: text(gr::MESSAGE_FIELD)?,
                contact_method: ContactMethod::parse(&text(gr::CONTACT_METHOD_FIELD)?)?,
                contact_value: text(gr::CONTACT_VALUE_FIELD).unwrap_or_default(),
                sent_at: text(gr::SENT_AT_FIELD).unwrap_or_default(),
                status,
                answer,
                answered_at: text(gr::ANSWERED_AT_FIELD),
            })
        })
        .collect();
    out.sort_by(|a, b| b.sent_at.cmp(&a.sent_at).then_with(|| a.id.cmp(&b.id)));
    Ok(out)
}

/// The answers this device has announced: request id → read.
fn delivered(store: &Store) -> Result<BTreeMap<String, bool>> {
    Ok(store
        .state(state::GUIDE_ANSWERS)?
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default())
}

fn save_delivered(store: &Store, map: &BTreeMap<String, bool>) -> Result<()> {
    let json = serde_json::to_string(map).map_err(|e| Error::BadResponse(e.to_string()))?;
    store.set_state(state::GUIDE_ANSWERS, Some(&json))
}

fn note(r: &GuideRequest, read: bool) -> Option<GuideAnswerNote> {
    Some(GuideAnswerNote {
        id: r.id.clone(),
        guide_name: r.guide_name.clone(),
        answer: r.answer.clone()?,
        answered_at: r.answered_at.clone().unwrap_or_default(),
        message: r.message.clone(),
        read,
    })
}

/// The answers not yet announced on this device, now recorded as announced (so each is shown
/// as a notification once).
pub fn deliver(store: &Store) -> Result<Vec<GuideAnswerNote>> {
    let mut seen = delivered(store)?;
    let fresh: Vec<GuideAnswerNote> = list(store)?
        .iter()
        .filter(|r| !seen.contains_key(&r.id))
        .filter_map(|r| note(r, false))
        .collect();
    if !fresh.is_empty() {
        for n in &fresh {
            seen.insert(n.id.clone(), false);
        }
        save_delivered(store, &seen)?;
    }
    Ok(fresh)
}

/// The inbox's answers: those announced on this device, newest first.
pub fn answers(store: &Store) -> Result<Vec<GuideAnswerNote>> {
    let seen = delivered(store)?;
    let mut out: Vec<GuideAnswerNote> = list(store)?
        .iter()
        .filter_map(|r| seen.get(&r.id).and_then(|read| note(r, *read)))
        .collect();
    out.sort_by(|a, b| b.answered_at.cmp(&a.answered_at));
    Ok(out)
}

/// Marks an answer read on this device; one never announced here is [`Error::NotFound`].
pub fn mark_read(store: &Store, id: &str) -> Result<()> {
    let mut seen = delivered(store)?;
    match seen.get_mut(id) {
        Some(read) => *read = true,
        None => {
            return Err(Error::NotFound {
                what: format!("guide answer {id}"),
            })
        }
    }
    save_delivered(store, &seen)
}

/// Longest part of an answer a notification shows, in characters.
const NOTIFICATION_CHARS: usize = 200;

/// "Answer from Amira Haddad", for the notification and the inbox.
pub fn answer_title(n: &GuideAnswerNote, loc: &crate::i18n::Localizer) -> String {
    loc.t_args(
        "guide-answer-title",
        &crate::i18n::args(&[("guide", n.guide_name.as_str().into())]),
    )
}

/// The answer's beginning, for a notification.
pub fn answer_excerpt(n: &GuideAnswerNote) -> String {
    let mut chars = n.answer.chars();
    let head: String = chars.by_ref().take(NOTIFICATION_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}
