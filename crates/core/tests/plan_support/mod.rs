//! Rules and checklists for the plan tests: the real files in `content/` when they exist (so the
//! tests check the content the portal serves), else the fixtures below, which carry the figures
//! of the sources in content/SOURCES.md.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use welcome_core::i18n::Localizer;
use welcome_core::plan::generate::{build, Plan, PlanInput};
use welcome_core::plan::{Answers, ItemProgress, Person, Relation};
use welcome_protocol::content::{Checklist, Office, OfficeKind, PlanRules};

pub fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

pub fn day(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

/// The plan rules from `content/plan-rules.toml`, else the fixture.
pub fn rules() -> PlanRules {
    match std::fs::read_to_string(content_dir().join("plan-rules.toml")) {
        Ok(text) => toml::from_str(&text).expect("content/plan-rules.toml parses as PlanRules"),
        Err(_) => toml::from_str(RULES).expect("fixture rules parse"),
    }
}

/// The checklists from `content/checklists/*.toml`, else the fixture.
pub fn checklists() -> Vec<Checklist> {
    let dir = content_dir().join("checklists");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    if files.is_empty() {
        return vec![toml::from_str(CHECKLIST).expect("fixture checklist parses")];
    }
    files
        .iter()
        .map(|f| {
            toml::from_str(&std::fs::read_to_string(f).unwrap())
                .unwrap_or_else(|e| panic!("{} parses as a Checklist: {e}", f.display()))
        })
        .collect()
}

pub fn me() -> Person {
    Person {
        id: "me".into(),
        name: "Amara".into(),
        relation: Relation::Myself,
    }
}

/// A third-country IT engineer with a recognised degree and a job offer in Essen.
pub fn engineer() -> Answers {
    use welcome_core::plan::answers::*;
    Answers {
        citizenship: CitizenshipGroup::Other,
        purpose: Purpose::WorkWithOffer,
        qualification: Qualification::Academic,
        recognition: Recognition::Recognised,
        salary_eur: Some(52_000.0),
        english: LanguageLevel::C1,
        age: Some(31),
        experience_years: 6,
        experience_years_last_5: 5,
        experience_years_last_7: 6,
        municipality_id: Some("essen".into()),
        arrival_date: Some(day("2027-03-01")),
        application_date: Some(day("2026-12-01")),
        ..Answers::default()
    }
}

pub fn no_office(_: OfficeKind) -> Option<Office> {
    None
}

pub fn no_guide(_: &str) -> Option<welcome_protocol::content::Guide> {
    None
}

/// Builds a plan in `locale` on `today` with the given stored progress.
pub fn plan_with(
    answers: &Answers,
    progress: &std::collections::BTreeMap<String, ItemProgress>,
    locale: &str,
    today: &str,
) -> Plan {
    let rules = rules();
    let checklists = checklists();
    let loc = Localizer::new(&[locale]);
    build(PlanInput {
        person: &me(),
        answers,
        rules: &rules,
        checklists: &checklists,
        today: day(today),
        progress,
        office_for: &no_office,
        guide_for: &no_guide,
        loc: &loc,
    })
}

const RULES: &str = r#"
id = "plan-rules"
version = 1
reviewed_on = "2026-11-01"

[[paths]]
id = "blue_card"
title = { en = "EU Blue Card", de = "Blaue Karte EU" }
summary = { en = "For university graduates with a well-paid job offer.", de = "Für Hochschulabsolventen mit gut bezahltem Jobangebot." }
legal_basis = "§ 18g AufenthG"
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/eu-blue-card", reviewed_on = "2026-11-01" }

[[paths]]
id = "skilled_academic"
title = { en = "Skilled worker with a degree", de = "Fachkraft mit akademischer Ausbildung" }
summary = { en = "Job offer and recognised degree.", de = "Jobangebot und anerkannter Abschluss." }
legal_basis = "§ 18b AufenthG"
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/work-qualified-professionals", reviewed_on = "2026-11-01" }

[[paths]]
id = "opportunity_card"
title = { en = "Opportunity Card", de = "Chancenkarte" }
summary = { en = "Job search with points.", de = "Arbeitssuche mit Punkten." }
legal_basis = "§ 20a AufenthG"
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }

[[thresholds]]
key = "blue_card_salary"
amount_eur = 48300.0
legal_basis = "§ 18g Abs. 1 AufenthG"
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/eu-blue-card", reviewed_on = "2026-11-01", valid_from = "2025-01-01", valid_to = "2025-12-31" }

[[thresholds]]
key = "blue_card_salary"
amount_eur = 50700.0
legal_basis = "§ 18g Abs. 1 AufenthG"
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/eu-blue-card", reviewed_on = "2026-11-01", valid_from = "2026-01-01", valid_to = "2026-12-31" }

[[thresholds]]
key = "blue_card_salary_shortage"
amount_eur = 43759.80
legal_basis = "§ 18g Abs. 1 S. 2 AufenthG"
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/eu-blue-card", reviewed_on = "2026-11-01", valid_from = "2025-01-01", valid_to = "2025-12-31" }

[[thresholds]]
key = "blue_card_salary_shortage"
amount_eur = 45934.20
legal_basis = "§ 18g Abs. 1 S. 2 AufenthG"
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/eu-blue-card", reviewed_on = "2026-11-01", valid_from = "2026-01-01", valid_to = "2026-12-31" }

[[thresholds]]
key = "opportunity_card_funds_month"
amount_eur = 1091.0
legal_basis = "§ 20a AufenthG"
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01", valid_from = "2025-01-01", valid_to = "2025-12-31" }

[[thresholds]]
key = "opportunity_card_funds_month"
legal_basis = "§ 20a AufenthG"
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01", valid_from = "2026-01-01", valid_to = "2026-12-31" }

[[thresholds]]
key = "study_blocked_account_year"
amount_eur = 11904.0
legal_basis = "§ 16b AufenthG"
source = { url = "https://www.auswaertiges-amt.de/en/visa-service/-/2275052", reviewed_on = "2026-11-01", valid_from = "2025-01-01", valid_to = "2025-12-31" }

[[thresholds]]
key = "study_blocked_account_year"
legal_basis = "§ 16b AufenthG"
source = { url = "https://www.auswaertiges-amt.de/en/visa-service/-/2275052", reviewed_on = "2026-11-01", valid_from = "2026-01-01", valid_to = "2026-12-31" }

[[points]]
key = "partial_recognition"
points = 4
label = { en = "Partial recognition of the qualification", de = "Teilweise Anerkennung der Qualifikation" }
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }

[[points]]
key = "shortage_occupation"
points = 1
label = { en = "Shortage occupation", de = "Engpassberuf" }
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }

[[points]]
key = "experience_2_of_5"
points = 2
label = { en = "2 years of experience in the last 5 years", de = "2 Jahre Berufserfahrung in den letzten 5 Jahren" }
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }

[[points]]
key = "experience_5_of_7"
points = 3
label = { en = "5 years of experience in the last 7 years", de = "5 Jahre Berufserfahrung in den letzten 7 Jahren" }
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }

[[points]]
key = "german_a2"
points = 1
label = { en = "German A2", de = "Deutsch A2" }
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }

[[points]]
key = "german_b1"
points = 2
label = { en = "German B1", de = "Deutsch B1" }
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }

[[points]]
key = "german_b2"
points = 3
label = { en = "German B2", de = "Deutsch B2" }
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }

[[points]]
key = "english_c1"
points = 1
label = { en = "English C1", de = "Englisch C1" }
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }

[[points]]
key = "age_under_35"
points = 2
label = { en = "Under 35", de = "Unter 35 Jahre" }
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }

[[points]]
key = "age_35_to_39"
points = 1
label = { en = "35 to 39", de = "35 bis 39 Jahre" }
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }

[[points]]
key = "previous_stay_6_months"
points = 1
label = { en = "Earlier stay in Germany of 6 months", de = "Früherer Aufenthalt in Deutschland von 6 Monaten" }
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }

[[points]]
key = "partner_eligible"
points = 1
label = { en = "Partner also eligible", de = "Partner ebenfalls berechtigt" }
source = { url = "https://www.make-it-in-germany.com/en/visa-residence/types/job-search-opportunity-card", reviewed_on = "2026-11-01" }
"#;

const CHECKLIST: &str = r#"
id = "fixture"
title = { en = "Fixture", de = "Testliste" }

[[items]]
id = "visa_application_form"
kind = "document"
phase = "before_departure"
order = 1
title = { en = "Visa application form (VIDEX)", de = "Visumantrag (VIDEX)" }
paths = ["blue_card", "skilled_academic", "skilled_vocational", "opportunity_card"]
when = ["visa_required"]
source = { url = "https://www.auswaertiges-amt.de", reviewed_on = "2026-11-01" }

[[items]]
id = "passport"
kind = "document"
phase = "before_departure"
order = 3
title = { en = "Passport, two blank pages", de = "Reisepass mit zwei leeren Seiten" }
when = ["third_country"]
source = { url = "https://www.auswaertiges-amt.de", reviewed_on = "2026-11-01" }

[[items]]
id = "photos"
kind = "document"
phase = "before_departure"
order = 2
title = { en = "Two biometric photos", de = "Zwei biometrische Fotos" }
when = ["third_country"]
source = { url = "https://www.auswaertiges-amt.de", reviewed_on = "2026-11-01" }

[[items]]
id = "employment_contract"
kind = "document"
phase = "before_departure"
order = 4
title = { en = "Employment contract or binding job offer", de = "Arbeitsvertrag oder verbindliches Jobangebot" }
paths = ["blue_card", "skilled_academic", "skilled_vocational"]
source = { url = "https://www.auswaertiges-amt.de", reviewed_on = "2026-11-01" }

[[items]]
id = "proof_of_funds"
kind = "document"
phase = "before_departure"
order = 5
title = { en = "Proof of funds", de = "Finanzierungsnachweis" }
paths = ["opportunity_card", "study"]
source = { url = "https://www.auswaertiges-amt.de", reviewed_on = "2026-11-01" }

[[items]]
id = "anmeldung"
kind = "step"
phase = "first_weeks"
order = 2
title = { en = "Register your address (Anmeldung)", de = "Wohnsitz anmelden" }
legal_basis = "§ 17 BMG"
office_kind = "citizens_office"
due = { after = "move_in", days = 14 }
source = { url = "https://www.gesetze-im-internet.de/bmg/__17.html", reviewed_on = "2026-11-01" }

[[items]]
id = "landlord_confirmation"
kind = "document"
phase = "first_weeks"
order = 1
title = { en = "Landlord's confirmation", de = "Wohnungsgeberbestätigung" }
source = { url = "https://www.gesetze-im-internet.de/bmg/__19.html", reviewed_on = "2026-11-01" }

[[items]]
id = "kita_application"
kind = "step"
phase = "first_months"
order = 3
title = { en = "Apply for a childcare place", de = "Kita-Platz beantragen" }
when = ["with_children"]
office_kind = "youth_office"
source = { url = "https://www.essen.de", reviewed_on = "2026-11-01" }

[[items]]
id = "recognition_application"
kind = "step"
phase = "before_departure"
order = 6
title = { en = "Apply for recognition", de = "Anerkennung beantragen" }
when = ["recognition_pending"]
source = { url = "https://www.anerkennung-in-deutschland.de", reviewed_on = "2026-11-01" }
"#;

/// Every TOML file of a content folder parsed as `{ <table> = [T, ...] }`.
fn content_tables<T: serde::de::DeserializeOwned>(file: &str, table: &str) -> Vec<T> {
    let Ok(text) = std::fs::read_to_string(content_dir().join(file)) else {
        return Vec::new();
    };
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| panic!("content/{file}: {e}"));
    value
        .get(table)
        .cloned()
        .map(|v| {
            v.try_into()
                .unwrap_or_else(|e| panic!("content/{file}: {e}"))
        })
        .unwrap_or_default()
}

/// The office files of the content folder (`offices/*.toml`), in name order.
pub fn office_files() -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(content_dir().join("offices")) else {
        return Vec::new();
    };
    let mut files: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .map(|n| format!("offices/{n}"))
        .collect();
    files.sort();
    files
}

/// Writes the plan's content (rules, checklists, municipalities, offices, guides) into a
/// companion's content cache the way a sync leaves it, for tests that run without a portal.
pub fn seed_content(companion: &welcome_core::Companion) {
    let mut rows: Vec<(&str, String, String)> = Vec::new();
    let rules = rules();
    rows.push((
        "plan_rules",
        rules.id.clone(),
        serde_json::to_string(&rules).unwrap(),
    ));
    for c in checklists() {
        rows.push((
            "checklist",
            c.id.clone(),
            serde_json::to_string(&c).unwrap(),
        ));
    }
    let mut municipalities: Vec<welcome_protocol::content::Municipality> =
        content_tables("municipalities.toml", "municipality");
    if municipalities.is_empty() {
        municipalities.push(welcome_protocol::content::Municipality {
            id: "essen".into(),
            name: "Essen".into(),
            names: Default::default(),
            district: None,
            lat: 51.4556,
            lon: 7.0116,
        });
    }
    for m in municipalities {
        rows.push((
            "municipality",
            m.id.clone(),
            serde_json::to_string(&m).unwrap(),
        ));
    }
    for file in office_files() {
        for o in content_tables::<Office>(&file, "office") {
            rows.push(("office", o.id.clone(), serde_json::to_string(&o).unwrap()));
        }
    }
    for g in content_tables::<welcome_protocol::content::Guide>("guides.toml", "guide") {
        rows.push(("guide", g.id.clone(), serde_json::to_string(&g).unwrap()));
    }
    companion
        .store()
        .write(|tx| {
            for (i, (kind, id, data)) in rows.iter().enumerate() {
                tx.execute(
                    "INSERT OR REPLACE INTO content (kind, id, seq, generation, data) VALUES (?1, ?2, ?3, 0, ?4)",
                    rusqlite::params![kind, id, i as i64 + 1, data],
                )?;
            }
            Ok(())
        })
        .unwrap();
}

/// A companion in a fresh data folder with the content seeded.
pub fn companion(dir: &Path) -> welcome_core::Companion {
    let c = welcome_core::Companion::open_with(
        dir,
        Box::new(welcome_core::secrets::MemoryTokenStore::default()),
    )
    .unwrap();
    seed_content(&c);
    c
}
