//! Searching the offices and Welcome Guides of the content cache.

use super::fold;
use crate::store::content::records;
use crate::{Error, Result};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use welcome_protocol::content::{Guide, Office, OfficeKind};
use welcome_protocol::text::{LocalizedText, ResolvedText};

/// Which contacts a search returns.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    #[default]
    All,
    Offices,
    Guides,
}

/// A contact search; every filter is optional and they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(default)]
pub struct ContactQuery {
    pub kind: ContactKind,
    /// Contacts for this municipality: offices in it or serving it, guides living in it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub municipality_id: Option<String>,
    /// A language spoken (code, e.g. "ar").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Only offices of this kind (guides are left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub office_kind: Option<OfficeKind>,
    /// Only guides advising on this topic (offices are left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Free text over names, addresses, towns and topics; accents and case do not matter.
    pub text: String,
}

/// An office with its texts resolved for the reader.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct OfficeContact {
    pub office: Office,
    pub name: Option<ResolvedText>,
    pub opening_hours: Option<ResolvedText>,
    /// True when the office is in another municipality and serves the one asked for.
    pub serves_from_elsewhere: bool,
}

/// A Welcome Guide with their story resolved for the reader.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GuideContact {
    pub guide: Guide,
    pub story: Option<ResolvedText>,
}

/// One result; `sample` is true for invented demo records, which the app labels.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Contact {
    Office {
        contact: Box<OfficeContact>,
        sample: bool,
    },
    Guide {
        contact: Box<GuideContact>,
        sample: bool,
    },
}

/// The offices in the content cache.
pub(crate) fn offices(conn: &Connection) -> Result<Vec<Office>> {
    records(conn, "office")
}

/// The Welcome Guides in the content cache.
pub(crate) fn guides(conn: &Connection) -> Result<Vec<Guide>> {
    records(conn, "guide")
}

/// Whether an office handles matters of a municipality, and whether from elsewhere. An office
/// with a `serves` list serves exactly those towns, so a Kreis youth office seated in a town
/// that has its own youth office is not that town's office.
fn serves(office: &Office, municipality: &str) -> Option<bool> {
    let listed = office.serves.iter().any(|m| m == municipality);
    if office.municipality_id == municipality && (listed || office.serves.is_empty()) {
        Some(false)
    } else if listed {
        Some(true)
    } else {
        None
    }
}

fn municipality_names(conn: &Connection) -> Result<std::collections::HashMap<String, String>> {
    let mut stmt = conn.prepare(
        "SELECT id, json_extract(data, '$.name') FROM content WHERE kind = 'municipality'",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    let mut out = std::collections::HashMap::new();
    for row in rows {
        let (id, name) = row?;
        out.insert(id, name.unwrap_or_default());
    }
    Ok(out)
}

fn lang_matches(spoken: &[String], wanted: &str) -> bool {
    let wanted = wanted.trim().to_lowercase();
    spoken.iter().any(|l| {
        let l = l.to_lowercase();
        l == wanted || l.split('-').next() == Some(wanted.as_str())
    })
}

fn text_of(t: &LocalizedText) -> String {
    t.all_text()
}

/// Runs a contact search; texts are resolved in `langs` (most preferred first). Offices come
/// before guides; offices in the municipality itself before those serving it from elsewhere.
pub fn search(conn: &Connection, query: &ContactQuery, langs: &[&str]) -> Result<Vec<Contact>> {
    if query.office_kind.is_some() && query.topic.is_some() {
        return Err(Error::invalid("error-contacts-kind-and-topic", &[]));
    }
    let towns = municipality_names(conn)?;
    let town = |id: &str| towns.get(id).cloned().unwrap_or_default();
    let mut out = Vec::new();
    let want_offices = query.kind != ContactKind::Guides && query.topic.is_none();
    let want_guides = query.kind != ContactKind::Offices && query.office_kind.is_none();
    if want_offices {
        let mut found = Vec::new();
        for office in offices(conn)? {
            let elsewhere = match &query.municipality_id {
                Some(m) => match serves(&office, m) {
                    Some(e) => e,
                    None => continue,
                },
                None => false,
            };
            if query.office_kind.is_some_and(|k| k != office.kind)
                || query
                    .language
                    .as_deref()
                    .is_some_and(|l| !lang_matches(&office.languages, l))
            {
                continue;
            }
            if !query.text.trim().is_empty() {
                let hay = fold::variants(&format!(
                    "{} {} {} {} {} {}",
                    text_of(&office.name),
                    office.address.street,
                    office.address.postcode,
                    office.address.city,
                    town(&office.municipality_id),
                    office.languages.join(" "),
                ));
                if !fold::matches(&hay, &query.text) {
                    continue;
                }
            }
            found.push((elsewhere, office));
        }
        found.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
        out.extend(
            found
                .into_iter()
                .map(|(elsewhere, office)| Contact::Office {
                    sample: office.sample,
                    contact: Box::new(OfficeContact {
                        name: office.name.resolve(langs),
                        opening_hours: office.opening_hours.resolve(langs),
                        serves_from_elsewhere: elsewhere,
                        office,
                    }),
                }),
        );
    }
    if want_guides {
        for guide in guides(conn)? {
            if query
                .municipality_id
                .as_deref()
                .is_some_and(|m| m != guide.municipality_id)
                || query
                    .language
                    .as_deref()
                    .is_some_and(|l| !lang_matches(&guide.languages, l))
                || query
                    .topic
                    .as_deref()
                    .is_some_and(|t| !guide.topics.iter().any(|x| fold::fold(x) == fold::fold(t)))
            {
                continue;
            }
            if !query.text.trim().is_empty() {
                let hay = fold::variants(&format!(
                    "{} {} {} {} {}",
                    guide.name,
                    town(&guide.municipality_id),
                    guide.topics.join(" "),
                    guide.languages.join(" "),
                    text_of(&guide.story),
                ));
                if !fold::matches(&hay, &query.text) {
                    continue;
                }
            }
            out.push(Contact::Guide {
                sample: guide.sample,
                contact: Box::new(GuideContact {
                    story: guide.story.resolve(langs),
                    guide,
                }),
            });
        }
    }
    Ok(out)
}

/// The office of `kind` that handles matters of `municipality`: one in the municipality itself
/// first, else one that serves it (a district's office serving its towns).
pub fn office_for_conn(
    conn: &Connection,
    municipality: &str,
    kind: OfficeKind,
) -> Result<Option<Office>> {
    let mut candidates: Vec<(bool, Office)> = offices(conn)?
        .into_iter()
        .filter(|o| o.kind == kind)
        .filter_map(|o| serves(&o, municipality).map(|e| (e, o)))
        .collect();
    candidates.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.sample.cmp(&b.1.sample))
            .then_with(|| a.1.id.cmp(&b.1.id))
    });
    Ok(candidates.into_iter().next().map(|(_, o)| o))
}
