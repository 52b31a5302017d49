//! What a newcomer needs beside a job ad: where to apply (the ad's own page) and whether the
//! profession is regulated in Germany, with the recognition counselling (Anerkennungsberatung)
//! that helps with it.
//!
//! In a regulated profession (medicine, nursing and the other health professions, teaching,
//! state-recognised educators and social workers) nobody may work with a foreign qualification
//! before it is recognised or a licence to practise is granted; "Ingenieur" and "Architekt" are
//! protected titles. People learn this too late more often than anything else about a job, so
//! the ad says it. The list is a conservative reading of the title and occupation: it names the
//! professions whose German names say they are regulated, and leaves out the assistants whose
//! names merely contain them ("Arzthelfer" is not a doctor).

use super::detail;
use crate::contacts::{fold::fold, office_for};
use crate::store::Store;
use crate::Result;
use serde::Serialize;
use welcome_protocol::content::{JobSummary, Office, OfficeKind};

/// How a profession is regulated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Regulation {
    /// Working in it needs the qualification recognised or a licence to practise.
    Licence,
    /// The job title is protected: using it needs the qualification recognised.
    ProtectedTitle,
}

/// What the job detail shows beside the ad.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct JobAdvice {
    /// The ad's own web page (http or https only), opened in the system's browser to apply.
    pub apply_url: Option<String>,
    pub regulation: Option<Regulation>,
    /// The recognition counselling for the person's town (else the ad's), when regulated.
    pub counselling: Option<Office>,
}

/// Parts of folded (lower-case, accent-free) titles that name a profession needing a licence.
const LICENCE: &[&str] = &[
    // Health professions (Approbation or Berufserlaubnis).
    "arzt",
    "arztin",
    "physician",
    "pflegefach",
    "krankenpfleg",
    "krankenschwester",
    "altenpfleg",
    "nurse",
    "apotheker",
    "pharmacist",
    "pharmazeutisch-technisch",
    "hebamme",
    "entbindungspfleg",
    "midwife",
    "physiotherap",
    "ergotherap",
    "logopad",
    "psychotherap",
    "notfallsanitat",
    "paramedic",
    // Teaching and the state-recognised social professions.
    "lehrer",
    "lehrkraft",
    "teacher",
    "erzieher",
    "kindheitspadagog",
    "sozialarbeit",
    "sozialpadagog",
];

/// Assistant and office jobs whose names contain a regulated one but are not regulated.
const NOT_REGULATED: &[&str] = &[
    "arzthelfer",
    "medizinische fachangestellte",
    "medizinischer fachangestellter",
    "zahnmedizinische",
    "tierarztliche fachangestellte",
    "arztpraxis",
    "arztsekretar",
    "arztlichen dienst",
];

/// Parts of folded titles that are protected titles.
const PROTECTED_TITLE: &[&str] = &["ingenieur", "architekt"];

/// How the profession of an ad is regulated, from its title and occupation; `None` when its
/// names say nothing regulated.
pub fn regulation(title: &str, occupation: &str) -> Option<Regulation> {
    let text = fold(&format!("{title} {occupation}"));
    let mut cleaned = text.clone();
    for phrase in NOT_REGULATED {
        cleaned = cleaned.replace(phrase, " ");
    }
    if LICENCE.iter().any(|w| cleaned.contains(w)) {
        return Some(Regulation::Licence);
    }
    if PROTECTED_TITLE.iter().any(|w| cleaned.contains(w)) {
        return Some(Regulation::ProtectedTitle);
    }
    None
}

/// The ad's page, if it is a web address (http or https): anything else is never opened.
fn web_page(url: Option<&str>) -> Option<String> {
    let url = url?.trim();
    let parsed = reqwest::Url::parse(url).ok()?;
    (matches!(parsed.scheme(), "http" | "https") && parsed.host_str().is_some())
        .then(|| parsed.to_string())
}

/// The advice for a job: the ad on this device (the list, a saved copy or the details cache),
/// and the town the counselling is for (the person's plan town, else the ad's).
pub fn advice(store: &Store, job: &JobSummary, home: Option<&str>) -> JobAdvice {
    let regulation = regulation(&job.title, &job.occupation);
    let counselling = regulation.and_then(|_| {
        home.or(job.municipality_id.as_deref())
            .and_then(|town| office_for(store, town, OfficeKind::RecognitionCounselling))
    });
    JobAdvice {
        apply_url: web_page(job.external_url.as_deref()),
        regulation,
        counselling,
    }
}

/// The summary of a job on this device: the synced list first, else a saved or cached copy.
pub fn summary(store: &Store, id: &str) -> Result<Option<JobSummary>> {
    let listed: Option<String> = store.read(|conn| {
        use rusqlite::OptionalExtension;
        Ok(conn
            .query_row("SELECT data FROM jobs WHERE id = ?1", [id], |r| r.get(0))
            .optional()?)
    })?;
    if let Some(data) = listed {
        if let Ok(summary) = serde_json::from_str(&data) {
            return Ok(Some(summary));
        }
    }
    Ok(detail::local_copy(store, id)?.map(|d| d.summary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regulated_professions_are_told_apart_from_their_assistants() {
        let licence = [
            (
                "Pflegefachkraft (m/w/d) Intensivstation",
                "Pflegefachmann/-frau",
            ),
            ("Assistenzarzt/-ärztin Innere Medizin", "Arzt/Ärztin"),
            ("Zahnärztin (w/m/d)", ""),
            ("Gesundheits- und Krankenpfleger", ""),
            ("Lehrkraft für Mathematik", ""),
            ("Erzieher/in Kita", "Erzieher/in"),
            ("Physiotherapeut (m/w/d)", ""),
            ("Registered nurse", ""),
            ("Notfallsanitäter", ""),
            ("Logopädin", ""),
        ];
        for (title, occupation) in licence {
            assert_eq!(
                regulation(title, occupation),
                Some(Regulation::Licence),
                "{title}"
            );
        }
        for title in ["Bauingenieur (m/w/d)", "Architektin Hochbau"] {
            assert_eq!(
                regulation(title, ""),
                Some(Regulation::ProtectedTitle),
                "{title}"
            );
        }
        for (title, occupation) in [
            (
                "Medizinische Fachangestellte",
                "Medizinischer Fachangestellter",
            ),
            ("Arzthelferin", ""),
            ("Empfang in einer Arztpraxis", "Bürokraft"),
            ("Berufskraftfahrer CE", "Berufskraftfahrer/in"),
            ("Softwareentwickler", "Informatiker/in"),
            ("Pflegehelfer (m/w/d)", "Pflegehelfer/in"),
            ("Koch/Köchin", ""),
        ] {
            assert_eq!(regulation(title, occupation), None, "{title}");
        }
    }

    #[test]
    fn only_web_pages_are_offered() {
        assert_eq!(
            web_page(Some(
                "https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-1"
            ))
            .as_deref(),
            Some("https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-1")
        );
        assert_eq!(
            web_page(Some(" http://example.org/job ")).as_deref(),
            Some("http://example.org/job")
        );
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "mailto:jobs@example.org",
            "ftp://example.org/x",
            "www.example.org",
            "",
        ] {
            assert_eq!(web_page(Some(bad)), None, "{bad}");
        }
        assert_eq!(web_page(None), None);
    }
}
