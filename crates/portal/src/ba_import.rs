//! Importer of the Federal Employment Agency's job search API format (`/pc/v4/jobs` answers):
//! the live portal's job source, so the reference portal can ingest real exports unchanged.

use anyhow::Context;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::Deserialize;
use welcome_protocol::{JobDetail, JobSummary, Municipality, OfferType, WorkingTime};

/// One answer page of the job search.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BaSearchResponse {
    #[serde(default)]
    pub stellenangebote: Vec<BaJob>,
    /// A number or a numeric string in live data.
    #[serde(default)]
    pub max_ergebnisse: Option<serde_json::Value>,
    #[serde(default)]
    pub page: Option<serde_json::Value>,
    #[serde(default)]
    pub size: Option<serde_json::Value>,
    #[serde(default)]
    pub facetten: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BaJob {
    pub refnr: String,
    #[serde(default)]
    pub titel: Option<String>,
    #[serde(default)]
    pub beruf: Option<String>,
    #[serde(default)]
    pub arbeitgeber: Option<String>,
    #[serde(default)]
    pub aktuelle_veroeffentlichungsdatum: Option<String>,
    #[serde(default)]
    pub eintrittsdatum: Option<String>,
    #[serde(default)]
    pub modifikations_timestamp: Option<String>,
    #[serde(default)]
    pub arbeitsort: Option<BaPlace>,
    #[serde(default)]
    pub externe_url: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct BaPlace {
    #[serde(default)]
    pub plz: Option<serde_json::Value>,
    #[serde(default)]
    pub ort: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub land: Option<String>,
    #[serde(default)]
    pub koordinaten: Option<BaCoordinates>,
}

#[derive(Debug, Deserialize)]
pub struct BaCoordinates {
    pub lat: f64,
    pub lon: f64,
}

/// Occupation field slugs by keyword of the occupation or title (first match wins, so the
/// more specific fields come first).
const FIELD_KEYWORDS: &[(&str, &[&str])] = &[
    (
        "health",
        &[
            "pflege", "arzt", "ärzt", "medizin", "kranken", "therap", "apothe", "hebamme",
        ],
    ),
    (
        "it",
        &[
            "software",
            "informatik",
            "entwickler",
            "it-",
            "administrator",
            "data",
            "devops",
            "programm",
        ],
    ),
    ("education", &["erzieh", "lehr", "pädagog", "sozialarbeit"]),
    (
        "engineering",
        &[
            "ingenieur",
            "elektroni",
            "mechatron",
            "maschinenbau",
            "techniker",
            "konstrukt",
        ],
    ),
    (
        "logistics",
        &["logistik", "lager", "fahrer", "spedition", "zusteller"],
    ),
    (
        "hospitality",
        &["koch", "köchin", "hotel", "gastronom", "restaurant"],
    ),
    (
        "construction",
        &[
            "bau",
            "maurer",
            "dachdecker",
            "tischler",
            "anlagenmechaniker",
            "maler",
        ],
    ),
    (
        "sales",
        &["verkäuf", "vertrieb", "einzelhandel", "kundenberat"],
    ),
    (
        "office",
        &[
            "kaufm",
            "buchhalt",
            "büro",
            "verwaltung",
            "sachbearbeit",
            "assistenz",
            "steuer",
        ],
    ),
];

/// The occupation field of an ad, from its occupation and title.
pub fn field_for(beruf: &str, titel: &str) -> &'static str {
    let text = format!("{beruf} {titel}").to_lowercase();
    FIELD_KEYWORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| text.contains(w)))
        .map(|(f, _)| *f)
        .unwrap_or("other")
}

fn municipality_for(ort: &str, municipalities: &[Municipality]) -> Option<String> {
    let name = ort
        .split([',', '('])
        .next()
        .unwrap_or(ort)
        .trim()
        .to_lowercase();
    municipalities
        .iter()
        .find(|m| m.name.to_lowercase() == name)
        .map(|m| m.id.clone())
}

fn parse_timestamp(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f")
                .ok()
                .map(|n| n.and_utc())
        })
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
}

/// Maps one ad; the search result carries no offer type or working time, so the defaults of
/// a plain search (job, full time) apply.
pub fn map_job(job: &BaJob, municipalities: &[Municipality]) -> anyhow::Result<JobDetail> {
    let refnr = job.refnr.trim();
    anyhow::ensure!(!refnr.is_empty(), "an ad without refnr");
    let title = job
        .titel
        .clone()
        .or_else(|| job.beruf.clone())
        .unwrap_or_default();
    let occupation = job.beruf.clone().unwrap_or_default();
    let place = job.arbeitsort.as_ref();
    let city = place.and_then(|p| p.ort.clone()).unwrap_or_default();
    let postcode = match place.and_then(|p| p.plz.as_ref()) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => format!("{n:0>5}"),
        _ => String::new(),
    };
    let coords = place.and_then(|p| p.koordinaten.as_ref());
    let municipality_id = municipality_for(&city, municipalities);
    let fallback = municipality_id
        .as_ref()
        .and_then(|id| municipalities.iter().find(|m| &m.id == id))
        .map(|m| (m.lat, m.lon));
    let (lat, lon) = coords
        .map(|c| (c.lat, c.lon))
        .or(fallback)
        .unwrap_or((0.0, 0.0));
    let published = job
        .aktuelle_veroeffentlichungsdatum
        .as_deref()
        .and_then(parse_date)
        .with_context(|| format!("ad {refnr}: missing or bad aktuelleVeroeffentlichungsdatum"))?;
    let modified = job
        .modifikations_timestamp
        .as_deref()
        .and_then(parse_timestamp)
        .unwrap_or_else(|| published.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc());
    let employer = job.arbeitgeber.clone().unwrap_or_default();
    let description = format!(
        "{title}\n{occupation}\n{employer}, {postcode} {city}{}",
        place
            .and_then(|p| p.region.as_ref().or(p.land.as_ref()))
            .map(|r| format!(" ({r})"))
            .unwrap_or_default()
    );
    Ok(JobDetail {
        summary: JobSummary {
            id: refnr.to_owned(),
            field: field_for(&occupation, &title).to_owned(),
            title,
            occupation,
            employer,
            municipality_id,
            city,
            postcode,
            lat,
            lon,
            working_time: vec![WorkingTime::FullTime],
            offer_type: OfferType::Job,
            published,
            start_date: job.eintrittsdatum.as_deref().and_then(parse_date),
            modified,
            external_url: Some(ad_page(job.externe_url.as_deref(), refnr)),
            sample: false,
        },
        description,
        salary: None,
        contact: None,
    })
}

/// The ad's own web page: the employer's page the agency links (`externeUrl`), else the ad's
/// page in the agency's job search, which every ad has under its reference number.
fn ad_page(external: Option<&str>, refnr: &str) -> String {
    match external
        .map(str::trim)
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
    {
        Some(url) => url.to_owned(),
        None => format!("https://www.arbeitsagentur.de/jobsuche/jobdetail/{refnr}"),
    }
}

/// Parses a search answer and maps every ad in it.
pub fn parse(json: &str, municipalities: &[Municipality]) -> anyhow::Result<Vec<JobDetail>> {
    let resp: BaSearchResponse = serde_json::from_str(json).context("not a job search answer")?;
    resp.stellenangebote
        .iter()
        .map(|j| map_job(j, municipalities))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_come_from_keywords() {
        assert_eq!(field_for("Pflegefachmann/-frau", ""), "health");
        assert_eq!(field_for("Softwareentwickler/in", "Backend"), "it");
        assert_eq!(
            field_for("Elektroniker/in - Betriebstechnik", ""),
            "engineering"
        );
        assert_eq!(field_for("Astronaut", ""), "other");
    }
}
