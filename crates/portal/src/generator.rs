//! Deterministic generator of realistic Ruhr job ads for demos and benchmarks: the same seed
//! gives the same ads on every machine (its own small PRNG, not `rand`'s unstable streams).

use crate::records::job_row;
use crate::store::{PortalStore, WriteStats, SOURCE_GENERATED};
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use welcome_protocol::{JobDetail, JobSummary, Municipality, OfferType, WorkingTime};

/// SplitMix64: tiny, fast and stable across versions and platforms.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9e37_79b9_7f4a_7c15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// (field, occupation, titles).
const OCCUPATIONS: &[(&str, &str, &[&str])] = &[
    (
        "health",
        "Pflegefachmann/-frau",
        &[
            "Pflegefachkraft (m/w/d) Intensivstation",
            "Pflegefachkraft Altenpflege",
            "Gesundheits- und Krankenpfleger/in",
        ],
    ),
    (
        "health",
        "Arzt/Ärztin",
        &[
            "Assistenzarzt/-ärztin Innere Medizin",
            "Facharzt/-ärztin Anästhesie",
        ],
    ),
    (
        "health",
        "Physiotherapeut/in",
        &["Physiotherapeut/in in Teilzeit", "Physiotherapeut/in Reha"],
    ),
    (
        "it",
        "Softwareentwickler/in",
        &[
            "Softwareentwickler/in Backend (Java)",
            "Full-Stack-Entwickler/in (TypeScript)",
            "Rust-Entwickler/in Embedded",
        ],
    ),
    (
        "it",
        "IT-Administrator/in",
        &[
            "IT-Systemadministrator/in Linux",
            "Netzwerkadministrator/in",
        ],
    ),
    (
        "it",
        "Data Scientist",
        &["Data Scientist Energiewirtschaft", "Data Engineer (m/w/d)"],
    ),
    (
        "engineering",
        "Elektroniker/in - Betriebstechnik",
        &[
            "Elektroniker/in für Betriebstechnik",
            "Industrieelektriker/in",
        ],
    ),
    (
        "engineering",
        "Ingenieur/in - Maschinenbau",
        &[
            "Maschinenbauingenieur/in Konstruktion",
            "Projektingenieur/in Anlagenbau",
        ],
    ),
    (
        "engineering",
        "Mechatroniker/in",
        &[
            "Mechatroniker/in Instandhaltung",
            "Servicetechniker/in Mechatronik",
        ],
    ),
    (
        "logistics",
        "Berufskraftfahrer/in",
        &[
            "Berufskraftfahrer/in CE Nahverkehr",
            "Fahrer/in Auslieferung",
        ],
    ),
    (
        "logistics",
        "Fachkraft - Lagerlogistik",
        &["Fachkraft für Lagerlogistik", "Lagermitarbeiter/in Schicht"],
    ),
    (
        "education",
        "Erzieher/in",
        &["Erzieher/in Kita", "Erzieher/in Offener Ganztag"],
    ),
    (
        "education",
        "Lehrer/in",
        &[
            "Lehrkraft Deutsch als Zweitsprache",
            "Lehrer/in Berufskolleg",
        ],
    ),
    (
        "hospitality",
        "Koch/Köchin",
        &["Koch/Köchin à la carte", "Jungkoch/-köchin"],
    ),
    (
        "construction",
        "Anlagenmechaniker/in - Sanitär, Heizung, Klima",
        &[
            "Anlagenmechaniker/in SHK",
            "Kundendiensttechniker/in Heizung",
        ],
    ),
    (
        "construction",
        "Bauingenieur/in",
        &["Bauleiter/in Tiefbau", "Bauingenieur/in Hochbau"],
    ),
    (
        "office",
        "Kaufmann/-frau - Büromanagement",
        &[
            "Sachbearbeiter/in Buchhaltung",
            "Kaufmännische/r Angestellte/r",
        ],
    ),
    (
        "sales",
        "Verkäufer/in",
        &["Verkäufer/in Lebensmittel", "Kundenberater/in Vertrieb"],
    ),
];

const EMPLOYERS: &[&str] = &[
    "Ruhrcode GmbH",
    "Emscher Pflege gGmbH",
    "Revier Logistik AG",
    "Zeche Zukunft Energie GmbH",
    "Klinikum Westfalen (Beispiel)",
    "Rheinhafen Service GmbH",
    "Kohlenpott Software KG",
    "Stadtwerke Muster (Beispiel)",
    "Hellweg Maschinenbau GmbH",
    "Kita Sonnenschein e.V.",
    "Lippe Bau GmbH & Co. KG",
    "Ruhrtal Handel GmbH",
    "Phoenix See Consulting",
    "Grubenwehr Technik GmbH",
];

const WORKING_TIMES: &[&[WorkingTime]] = &[
    &[WorkingTime::FullTime],
    &[WorkingTime::FullTime],
    &[WorkingTime::FullTime, WorkingTime::HomeOffice],
    &[WorkingTime::PartTime],
    &[WorkingTime::FullTime, WorkingTime::Shift],
    &[WorkingTime::MiniJob],
];

const OFFERS: &[OfferType] = &[
    OfferType::Job,
    OfferType::Job,
    OfferType::Job,
    OfferType::Job,
    OfferType::Job,
    OfferType::Apprenticeship,
    OfferType::Internship,
    OfferType::SelfEmployment,
];

/// Dates count from a fixed day, so ads do not depend on when they were generated.
fn base_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default()
}

/// One generated ad; `version` changes title detail and modification time for touched ads.
pub fn make_job(rng: &mut Rng, id: String, places: &[Municipality], version: u32) -> JobDetail {
    let (field, occupation, titles) = *rng.pick(OCCUPATIONS);
    let title = rng.pick(titles).to_string();
    let employer = rng.pick(EMPLOYERS).to_string();
    let town = rng.pick(places);
    let lat = town.lat + (rng.unit() - 0.5) * 0.06;
    let lon = town.lon + (rng.unit() - 0.5) * 0.09;
    let published = base_day() - Duration::days(rng.below(60) as i64);
    let start = published + Duration::days(14 + rng.below(90) as i64);
    let modified = Utc.from_utc_datetime(&published.and_hms_opt(8, 0, 0).unwrap_or_default())
        + Duration::minutes(rng.below(600) as i64 + i64::from(version) * 1440);
    let postcode = format!("{}", 44000 + rng.below(4000));
    let salary = format!(
        "{} - {} EUR brutto/Monat",
        2400 + rng.below(30) * 100,
        3600 + rng.below(40) * 100
    );
    let title = if version > 0 {
        format!("{title} (aktualisiert {version})")
    } else {
        title
    };
    JobDetail {
        description: format!(
            "{employer} sucht in {} eine/n {title}. Beruf: {occupation}. Beispielanzeige, generiert.",
            town.name
        ),
        salary: Some(salary),
        contact: Some(format!("jobs@{}.example.org", employer.split_whitespace().next().unwrap_or("firma").to_lowercase())),
        summary: JobSummary {
            id,
            title,
            occupation: occupation.to_owned(),
            field: field.to_owned(),
            employer,
            municipality_id: Some(town.id.clone()),
            city: town.name.clone(),
            postcode,
            lat,
            lon,
            working_time: rng.pick(WORKING_TIMES).to_vec(),
            offer_type: *rng.pick(OFFERS),
            published,
            start_date: Some(start),
            modified,
            external_url: None,
            sample: true,
        },
    }
}

/// `count` ads for `seed`; ids are `gen-<seed>-<n>`.
pub fn generate(count: usize, seed: u64, places: &[Municipality]) -> Vec<JobDetail> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|i| make_job(&mut rng, format!("gen-{seed}-{i:07}"), places, 0))
        .collect()
}

fn places(store: &dyn PortalStore) -> anyhow::Result<Vec<Municipality>> {
    let p = crate::content_loader::stored_municipalities(store)?;
    anyhow::ensure!(
        !p.is_empty(),
        "no municipalities loaded: load the content first"
    );
    Ok(p)
}

/// Generates and stores `count` ads in one transaction.
pub fn seed_jobs(store: &dyn PortalStore, count: usize, seed: u64) -> anyhow::Result<WriteStats> {
    let jobs = generate(count, seed, &places(store)?);
    let rows = jobs
        .iter()
        .map(job_row)
        .collect::<anyhow::Result<Vec<_>>>()?;
    store.write_content(&rows, SOURCE_GENERATED, false)
}

/// Changes `percent` % of the live jobs, deletes a tenth as many and adds a tenth as many,
/// for delta benchmarks.
pub fn touch_jobs(store: &dyn PortalStore, percent: f64, seed: u64) -> anyhow::Result<WriteStats> {
    let places = places(store)?;
    let jobs: Vec<JobDetail> = store
        .job_details()?
        .iter()
        .map(|d| serde_json::from_str(d))
        .collect::<Result<_, _>>()?;
    let mut rng = Rng::new(seed.wrapping_mul(31).wrapping_add(7));
    let n = ((jobs.len() as f64) * percent / 100.0).round() as usize;
    let few = (n / 10).max(usize::from(n > 0));
    let mut rows = Vec::new();
    let mut deleted = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for _ in 0..(n + few) {
        if jobs.is_empty() {
            break;
        }
        let j = &jobs[rng.below(jobs.len())];
        if !seen.insert(j.summary.id.clone()) {
            continue;
        }
        if deleted.len() < few {
            deleted.push(j.summary.id.clone());
        } else {
            let version = 1 + rng.below(1000) as u32;
            let mut changed = make_job(&mut rng, j.summary.id.clone(), &places, version);
            changed.summary.municipality_id = j.summary.municipality_id.clone();
            changed.summary.city = j.summary.city.clone();
            changed.summary.lat = j.summary.lat;
            changed.summary.lon = j.summary.lon;
            rows.push(job_row(&changed)?);
        }
    }
    for i in 0..few {
        rows.push(job_row(&make_job(
            &mut rng,
            format!("gen-t{seed}-{i:05}"),
            &places,
            0,
        ))?);
    }
    let mut stats = store.write_content(&rows, SOURCE_GENERATED, false)?;
    stats.deleted = store.delete_content("job", &deleted)?;
    Ok(stats)
}
