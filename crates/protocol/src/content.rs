//! Content owned by the portal: municipalities, checklists, offices, Welcome Guides, job ads and
//! the rules of the relocation plan. The same types are the schema of the files in `content/`.

use crate::text::LocalizedText;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Where a fact comes from and when it was last checked: every rule shown to a user carries one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Source {
    /// Public page the fact was taken from.
    pub url: String,
    /// Short label for the source, e.g. "make-it-in-germany.com".
    #[serde(default)]
    pub label: String,
    /// The day someone last checked the fact against the source.
    pub reviewed_on: NaiveDate,
    /// The day the rule took effect, where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<NaiveDate>,
    /// The last day the rule applies, where it ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<NaiveDate>,
}

/// One of the 53 municipalities of the Regionalverband Ruhr.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Municipality {
    /// Stable slug, e.g. `"muelheim-an-der-ruhr"`.
    pub id: String,
    /// The official German name (job ads name their town by it).
    pub name: String,
    /// The town's name in languages written in another script (e.g. Arabic, Ukrainian), where
    /// readers know it by that name; empty where the German name is used everywhere.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub names: LocalizedText,
    /// The district (Kreis) it belongs to; `None` for the 11 independent cities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    pub lat: f64,
    pub lon: f64,
}

/// When in the move a step or document belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    BeforeDeparture,
    FirstWeeks,
    FirstMonths,
    /// A value this build does not know yet (a newer portal): kept and shown as "other",
    /// never a reason to stop the feed.
    #[serde(other)]
    Other,
}

/// Whether a checklist item is something to do or a paper to gather.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Step,
    Document,
    /// A value this build does not know yet (a newer portal): kept and shown as "other",
    /// never a reason to stop the feed.
    #[serde(other)]
    Other,
}

/// The kinds of office a newcomer deals with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum OfficeKind {
    /// Ausländerbehörde.
    ForeignersOffice,
    /// Bürgeramt / Bürgerbüro.
    CitizensOffice,
    WelcomeCentre,
    /// Anerkennungsberatung (IQ network and others).
    RecognitionCounselling,
    /// Jobcenter: basic income support for jobseekers (Bürgergeld, SGB II) and their job
    /// placement; run by the employment agency with the city or Kreis, or by the Kreis alone.
    JobCentre,
    /// Jugendamt (childcare places).
    YouthOffice,
    /// Migrationsberatung für Erwachsene (MBE) and similar counselling for adults.
    MigrationCounselling,
    /// Agentur für Arbeit: job placement, careers guidance and unemployment benefit (SGB III),
    /// also for newcomers not (yet) entitled to Bürgergeld, e.g. Opportunity Card holders.
    EmploymentAgency,
    /// Jugendmigrationsdienst (JMD): counselling for young migrants aged 12 to 27.
    YouthMigrationService,
    /// A university's international office: study advice, admission and enrolment of
    /// international students.
    UniversityInternationalOffice,
    /// A value this build does not know yet (a newer portal): kept and shown as "other",
    /// never a reason to stop the feed.
    #[serde(other)]
    Other,
}

/// A deadline the law sets relative to an event of the move.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct DueRule {
    /// The event the deadline counts from.
    pub after: DueAnchor,
    /// Days after the event.
    pub days: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum DueAnchor {
    /// The planned arrival in Germany.
    Arrival,
    /// The day of moving into the home (the questionnaire's move-in day, else the arrival):
    /// the registration of address is due 14 days after it (§ 17 Abs. 1 BMG).
    MoveIn,
    /// A value this build does not know yet (a newer portal): kept and shown as "other",
    /// never a reason to stop the feed.
    #[serde(other)]
    Other,
}

/// One step or document of a checklist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ChecklistItem {
    /// Stable across content versions, so a user's progress stays attached to it.
    pub id: String,
    pub kind: ItemKind,
    pub phase: Phase,
    /// Position within its phase; German missions' order for documents.
    pub order: u32,
    pub title: LocalizedText,
    #[serde(default)]
    pub description: LocalizedText,
    /// Who it applies to, in words (the machine rule is `paths` and `when`).
    #[serde(default)]
    pub applies_to: LocalizedText,
    /// Residence paths it applies to (ids of [`ResidencePath`]); empty means every path.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Extra conditions, all of which must hold (see [`Condition`]).
    #[serde(default)]
    pub when: Vec<Condition>,
    /// Legal basis, e.g. "§ 17 BMG".
    #[serde(default)]
    pub legal_basis: String,
    pub source: Source,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<DueRule>,
    /// The kind of office that handles it in the user's municipality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office_kind: Option<OfficeKind>,
}

/// A condition on the user's situation beyond the residence path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Family members come along.
    WithFamily,
    /// Children come along.
    WithChildren,
    /// The qualification is not yet recognised.
    RecognitionPending,
    /// The person is a citizen of a non-EU/EEA/Swiss country.
    ThirdCountry,
    /// The person needs a visa before entry (not for EU/EEA/Swiss and visa-exempt countries).
    VisaRequired,
    /// The person joins a family member in Germany as spouse or partner.
    Spouse,
    /// The person joins a parent in Germany as a child.
    Child,
    /// The person is a spouse who must show basic German (A1) before entry: the residence
    /// title of the family member joined brings no exemption (§ 30 Abs. 1 S. 3 Nr. 5 AufenthG).
    SpouseNeedsGermanA1,
    /// The family member joined must prove adequate living space (§ 29 Abs. 1 Nr. 2 AufenthG):
    /// not for EU Blue Card holders, and not for German citizens (§ 29 is about foreigners).
    LivingSpaceRequired,
    /// A value this build does not know yet (a newer portal): kept and shown as "other",
    /// never a reason to stop the feed.
    #[serde(other)]
    Other,
}

/// A checklist of the portal, e.g. "EU Blue Card" or "After arrival".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Checklist {
    pub id: String,
    pub title: LocalizedText,
    #[serde(default)]
    pub summary: LocalizedText,
    pub items: Vec<ChecklistItem>,
}

/// Postal address of an office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Address {
    pub street: String,
    pub postcode: String,
    pub city: String,
}

/// An office or counselling service in a municipality.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Office {
    pub id: String,
    pub kind: OfficeKind,
    /// The municipality the office is in.
    pub municipality_id: String,
    /// Municipalities it serves (a district's foreigners' office serves all its towns);
    /// empty means only its own. When given, the list is complete: an office in a town that
    /// does not list that town (a Kreis youth office seated in a town with its own) does not
    /// serve it.
    #[serde(default)]
    pub serves: Vec<String>,
    pub name: LocalizedText,
    pub address: Address,
    pub lat: f64,
    pub lon: f64,
    #[serde(default)]
    pub opening_hours: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
    /// Languages spoken, as language codes.
    #[serde(default)]
    pub languages: Vec<String>,
    /// True when the record is invented for demos (no source): the app labels it.
    #[serde(default)]
    pub sample: bool,
    pub source: Source,
}

/// A Welcome Guide: a trained volunteer with their own migration story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Guide {
    pub id: String,
    pub name: String,
    pub municipality_id: String,
    pub languages: Vec<String>,
    /// Topics they advise on, e.g. "visa", "recognition", "family", "study".
    pub topics: Vec<String>,
    #[serde(default)]
    pub story: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Guides in the reference content are invented people: always labelled as sample data.
    #[serde(default)]
    pub sample: bool,
}

/// Working time of a job, as the Federal Employment Agency codes it (`vz;tz;snw;ho;mj`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum WorkingTime {
    FullTime,
    PartTime,
    Shift,
    HomeOffice,
    MiniJob,
    /// A value this build does not know yet (a newer portal): kept and shown as "other",
    /// never a reason to stop the feed.
    #[serde(other)]
    Other,
}

/// Type of offer, as the Federal Employment Agency codes it (`angebotsart`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum OfferType {
    Job,
    SelfEmployment,
    Apprenticeship,
    Internship,
    /// A value this build does not know yet (a newer portal): kept and shown as "other",
    /// never a reason to stop the feed.
    #[serde(other)]
    Other,
}

/// What a job list shows; synced for every job in the client's scope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct JobSummary {
    /// The reference number (`refnr`) of the ad.
    pub id: String,
    pub title: String,
    /// Occupation (`beruf`).
    #[serde(default)]
    pub occupation: String,
    /// Occupation field slug, e.g. "it", "health", "engineering"; the client subscribes by it.
    pub field: String,
    pub employer: String,
    /// The municipality of the workplace when it is in the Ruhr region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality_id: Option<String>,
    pub city: String,
    #[serde(default)]
    pub postcode: String,
    pub lat: f64,
    pub lon: f64,
    pub working_time: Vec<WorkingTime>,
    pub offer_type: OfferType,
    pub published: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    /// Last change of the ad at its source.
    pub modified: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_url: Option<String>,
    /// True for generated demo ads.
    #[serde(default)]
    pub sample: bool,
}

/// The full ad, fetched when a job is opened or saved (`GET /v1/jobs/{id}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct JobDetail {
    #[serde(flatten)]
    pub summary: JobSummary,
    /// The ad's text, in the language it was published in.
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

/// A residence path (visa / residence title) the plan can choose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ResidencePath {
    /// e.g. "blue_card", "skilled_academic", "opportunity_card", "eu_free_movement".
    pub id: String,
    pub title: LocalizedText,
    pub summary: LocalizedText,
    pub legal_basis: String,
    pub source: Source,
}

/// An amount the law sets for a period, e.g. the Blue Card salary threshold for 2026.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Threshold {
    /// e.g. "blue_card_salary", "blue_card_salary_shortage", "opportunity_card_funds_month".
    pub key: String,
    /// The amount in euros; `None` where the figure for the period has not been published or
    /// found (the plan then says so instead of guessing).
    pub amount_eur: Option<f64>,
    pub legal_basis: String,
    pub source: Source,
}

/// The plan's rules as data: residence paths, the thresholds by validity period and the
/// Opportunity Card points table. Versioned; the client keeps the newest it has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PlanRules {
    /// Always "plan-rules": there is one rule set.
    pub id: String,
    pub version: u32,
    pub reviewed_on: NaiveDate,
    pub paths: Vec<ResidencePath>,
    pub thresholds: Vec<Threshold>,
    pub points: Vec<PointsRule>,
}

/// One line of the Opportunity Card (§ 20a AufenthG) points table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PointsRule {
    /// e.g. "partial_recognition", "experience_2_of_5", "german_b2", "age_under_35".
    pub key: String,
    pub points: u32,
    pub label: LocalizedText,
    pub source: Source,
}

/// Visits every multilingual text of a record, so translations are added, checked and trimmed
/// to a client's languages by one walk instead of one list of fields per use.
pub trait Texts {
    fn for_each_text(&mut self, f: &mut dyn FnMut(&mut LocalizedText));
}

impl Texts for Municipality {
    fn for_each_text(&mut self, f: &mut dyn FnMut(&mut LocalizedText)) {
        f(&mut self.names);
    }
}

impl Texts for Checklist {
    fn for_each_text(&mut self, f: &mut dyn FnMut(&mut LocalizedText)) {
        f(&mut self.title);
        f(&mut self.summary);
        for item in &mut self.items {
            f(&mut item.title);
            f(&mut item.description);
            f(&mut item.applies_to);
        }
    }
}

impl Texts for Office {
    fn for_each_text(&mut self, f: &mut dyn FnMut(&mut LocalizedText)) {
        f(&mut self.name);
        f(&mut self.opening_hours);
    }
}

impl Texts for Guide {
    fn for_each_text(&mut self, f: &mut dyn FnMut(&mut LocalizedText)) {
        f(&mut self.story);
    }
}

impl Texts for PlanRules {
    fn for_each_text(&mut self, f: &mut dyn FnMut(&mut LocalizedText)) {
        for path in &mut self.paths {
            f(&mut path.title);
            f(&mut path.summary);
        }
        for rule in &mut self.points {
            f(&mut rule.label);
        }
    }
}

impl Texts for JobSummary {
    /// Job ads come in the employer's language only.
    fn for_each_text(&mut self, _: &mut dyn FnMut(&mut LocalizedText)) {}
}
