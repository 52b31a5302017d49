//! The plan's operations over the user's records: people, answers and progress are read from and
//! written to the user-data collections (written locally with an outbox entry, then synced), and
//! the plan is rebuilt from them on every read, so it never goes stale against its inputs.
//!
//! Every operation validates first and writes after, so invalid input changes nothing.

use super::answers::Answers;
use super::generate::{build, Plan, PlanInput};
use super::household::{valid_person_id, Person, Relation, DEFAULT_PERSON, MAX_NAME_CHARS};
use super::paths::ids;
use super::progress::{fields, ItemProgress, ItemStatus};
use crate::i18n::Localizer;
use crate::{Error, Result};
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use welcome_protocol::content::{Checklist, Guide, ItemKind, Office, OfficeKind, PlanRules};
use welcome_protocol::user_data::Collection;

/// Longest note we store: notes are synced and shown in lists.
pub const MAX_NOTE_CHARS: usize = 5000;

/// One stored record as the plan reads it. A note's conflicting version is a field
/// `note_conflict`, whether the store keeps it among the fields or apart.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredRecord {
    pub record_id: String,
    pub fields: Map<String, Value>,
}

/// The user-data operations the plan needs (implemented by the store's user data).
pub trait PlanRecords {
    fn get(&self, collection: Collection, record_id: &str) -> Result<Option<StoredRecord>>;
    fn list(&self, collection: Collection) -> Result<Vec<StoredRecord>>;
    fn list_prefix(&self, collection: Collection, prefix: &str) -> Result<Vec<StoredRecord>>;
    /// Sets these fields (others keep their values), stamped with a new clock, with its outbox
    /// entry in the same transaction.
    fn put_fields(
        &self,
        collection: Collection,
        record_id: &str,
        fields: Map<String, Value>,
    ) -> Result<()>;
    /// Deletes a record (a tombstone that syncs like any change).
    fn delete(&self, collection: Collection, record_id: &str) -> Result<()>;
}

/// Finds the office of a kind for a municipality.
pub type OfficeLookup<'a> = &'a dyn Fn(&str, OfficeKind) -> Option<Office>;

/// Finds an office by its id (an office the person chose, e.g. their university's).
pub type OfficeById<'a> = &'a dyn Fn(&str) -> Option<Office>;

/// Finds a Welcome Guide for a municipality advising on a topic.
pub type GuideLookup<'a> = &'a dyn Fn(&str, &str) -> Option<Guide>;

/// Everything the plan's operations work with.
pub struct PlanService<'a> {
    pub records: &'a dyn PlanRecords,
    pub rules: Option<&'a PlanRules>,
    pub checklists: &'a [Checklist],
    /// Says whether a municipality id is in the content cache; `None` when it has none yet.
    pub known_municipality: Option<&'a dyn Fn(&str) -> bool>,
    pub office_for: OfficeLookup<'a>,
    pub office_by_id: OfficeById<'a>,
    pub guide_for: GuideLookup<'a>,
    pub loc: &'a Localizer,
    pub today: NaiveDate,
}

/// The record id of one person's progress on one item.
pub fn progress_id(person: &str, item: &str) -> String {
    format!("{person}:{item}")
}

impl PlanService<'_> {
    /// The household: the stored people, with the default first person "me" always present.
    pub fn people(&self) -> Result<Vec<Person>> {
        let mut people: Vec<Person> = self
            .records
            .list(Collection::Person)?
            .iter()
            .filter_map(|r| Person::from_fields(&r.record_id, &r.fields))
            .collect();
        if !people.iter().any(|p| p.id == DEFAULT_PERSON) {
            people.push(self.default_person());
        }
        people.sort_by(|a, b| {
            (a.id != DEFAULT_PERSON, &a.name, &a.id).cmp(&(b.id != DEFAULT_PERSON, &b.name, &b.id))
        });
        Ok(people)
    }

    fn default_person(&self) -> Person {
        Person {
            id: DEFAULT_PERSON.to_owned(),
            name: self.loc.t("plan-person-me"),
            relation: Relation::Myself,
        }
    }

    pub fn person(&self, id: &str) -> Result<Person> {
        self.people()?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or_else(|| {
                Error::invalid("error-plan-person-unknown", &[("person", id.to_owned())])
            })
    }

    /// Adds a person to the household.
    pub fn add_person(&self, id: &str, name: &str, relation: Relation) -> Result<Person> {
        if !valid_person_id(id) {
            return Err(Error::invalid(
                "error-plan-person-id",
                &[("person", id.to_owned())],
            ));
        }
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
            return Err(Error::invalid("error-plan-person-name", &[]));
        }
        if self.people()?.iter().any(|p| p.id == id) {
            return Err(Error::invalid(
                "error-plan-person-exists",
                &[("person", id.to_owned())],
            ));
        }
        let person = Person {
            id: id.to_owned(),
            name: name.to_owned(),
            relation,
        };
        self.records
            .put_fields(Collection::Person, id, person.to_fields())?;
        Ok(person)
    }

    /// Removes a person with their answers and progress. Removing the first person "me" resets
    /// them: they stay in the household, with no answers and no progress.
    pub fn remove_person(&self, id: &str) -> Result<()> {
        self.person(id)?;
        for record in self
            .records
            .list_prefix(Collection::ItemProgress, &progress_id(id, ""))?
        {
            self.records
                .delete(Collection::ItemProgress, &record.record_id)?;
        }
        if self.records.get(Collection::PlanAnswers, id)?.is_some() {
            self.records.delete(Collection::PlanAnswers, id)?;
        }
        if self.records.get(Collection::Person, id)?.is_some() {
            self.records.delete(Collection::Person, id)?;
        }
        Ok(())
    }

    /// The person's stored answers; `None` before the questionnaire was filled in.
    pub fn answers(&self, person: &str) -> Result<Option<Answers>> {
        let Some(record) = self.records.get(Collection::PlanAnswers, person)? else {
            return Ok(None);
        };
        Ok(Some(answers_from_fields(&record.fields)))
    }

    /// Validates and stores the answers, then returns the rebuilt plan.
    pub fn set_answers(&self, person: &str, answers: &Answers) -> Result<Plan> {
        let who = self.person(person)?;
        answers.validate(self.today, self.known_municipality)?;
        if let Some(path) = answers.chosen_path.as_deref() {
            if !ids::ALL.contains(&path) {
                return Err(Error::invalid(
                    "error-plan-path-unknown",
                    &[("path", path.to_owned())],
                ));
            }
        }
        self.rules()?;
        if who.id == DEFAULT_PERSON
            && self
                .records
                .get(Collection::Person, DEFAULT_PERSON)?
                .is_none()
        {
            self.records
                .put_fields(Collection::Person, DEFAULT_PERSON, who.to_fields())?;
        }
        let Value::Object(fields) =
            serde_json::to_value(answers).map_err(|e| Error::BadResponse(e.to_string()))?
        else {
            return Err(Error::BadResponse("answers are not an object".into()));
        };
        self.records
            .put_fields(Collection::PlanAnswers, person, fields)?;
        self.plan(person)
    }

    fn rules(&self) -> Result<&PlanRules> {
        self.rules
            .ok_or_else(|| Error::invalid("error-plan-rules-missing", &[]))
    }

    /// The person's stored progress by item id (of every item, applicable or not).
    pub fn progress(&self, person: &str) -> Result<BTreeMap<String, ItemProgress>> {
        let prefix = progress_id(person, "");
        Ok(self
            .records
            .list_prefix(Collection::ItemProgress, &prefix)?
            .into_iter()
            .filter_map(|r| {
                let item = r.record_id.strip_prefix(&prefix)?.to_owned();
                Some((item, ItemProgress::from_fields(&r.fields)))
            })
            .collect())
    }

    /// The person's plan, built from the current answers, rules, checklists and progress.
    pub fn plan(&self, person: &str) -> Result<Plan> {
        let who = self.person(person)?;
        let rules = self.rules()?;
        let stored = self.answers(person)?;
        let answered = stored.is_some();
        let answers = stored.unwrap_or_default();
        let progress = self.progress(person)?;
        let municipality = answers.municipality_id.clone();
        // The university the person chose handles its steps wherever they live; every other
        // office is the one responsible for their town.
        let chosen_university = answers
            .university_office_id
            .as_deref()
            .and_then(|id| (self.office_by_id)(id))
            .filter(|o| o.kind == OfficeKind::UniversityInternationalOffice);
        let office_for = |kind: OfficeKind| {
            if kind == OfficeKind::UniversityInternationalOffice {
                if let Some(office) = &chosen_university {
                    return Some(office.clone());
                }
            }
            municipality
                .as_deref()
                .and_then(|m| (self.office_for)(m, kind))
        };
        let guide_for = |topic: &str| {
            municipality
                .as_deref()
                .and_then(|m| (self.guide_for)(m, topic))
        };
        let mut plan = build(PlanInput {
            person: &who,
            answers: &answers,
            rules,
            checklists: self.checklists,
            today: self.today,
            progress: &progress,
            office_for: &office_for,
            guide_for: &guide_for,
            loc: self.loc,
        });
        plan.answered = answered;
        Ok(plan)
    }

    /// The kind of a plan item, or the error that it is not in the person's plan.
    fn item_kind(&self, person: &str, item: &str) -> Result<(Plan, ItemKind)> {
        let plan = self.plan(person)?;
        let kind = plan
            .items
            .iter()
            .find(|i| i.id == item)
            .map(|i| i.kind)
            .ok_or_else(|| {
                Error::invalid("error-plan-item-unknown", &[("item", item.to_owned())])
            })?;
        Ok((plan, kind))
    }

    fn put_progress(&self, person: &str, item: &str, field: &str, value: Value) -> Result<Plan> {
        let mut fields = Map::new();
        fields.insert(field.to_owned(), value);
        self.records
            .put_fields(Collection::ItemProgress, &progress_id(person, item), fields)?;
        self.plan(person)
    }

    pub fn set_item_status(&self, person: &str, item: &str, status: ItemStatus) -> Result<Plan> {
        let (_, kind) = self.item_kind(person, item)?;
        if !status.fits(kind) {
            return Err(Error::invalid(
                "error-plan-status-kind",
                &[
                    ("status", status.as_str().to_owned()),
                    ("item", item.to_owned()),
                ],
            ));
        }
        self.put_progress(person, item, fields::STATUS, status.as_str().into())
    }

    /// Sets the note; an empty note clears it.
    pub fn set_item_note(&self, person: &str, item: &str, note: &str) -> Result<Plan> {
        self.item_kind(person, item)?;
        if note.chars().count() > MAX_NOTE_CHARS {
            return Err(Error::invalid("error-plan-note-long", &[]));
        }
        self.put_progress(person, item, fields::NOTE, note.into())
    }

    /// Sets the person's own due date; `None` returns to the derived one.
    pub fn set_item_due(&self, person: &str, item: &str, due: Option<NaiveDate>) -> Result<Plan> {
        self.item_kind(person, item)?;
        self.put_progress(person, item, fields::DUE, date_value(due))
    }

    /// Sets a document's expiry date; `None` clears it.
    pub fn set_document_expiry(
        &self,
        person: &str,
        item: &str,
        expiry: Option<NaiveDate>,
    ) -> Result<Plan> {
        let (_, kind) = self.item_kind(person, item)?;
        if kind != ItemKind::Document {
            return Err(Error::invalid(
                "error-plan-expiry-step",
                &[("item", item.to_owned())],
            ));
        }
        self.put_progress(person, item, fields::EXPIRY, date_value(expiry))
    }
}

impl PlanService<'_> {
    /// Sets the days before an item's due or expiry date it reminds on (an empty list: never),
    /// or `None` to follow the device's setting. Kept with the item's progress, so it syncs.
    pub fn set_item_reminders(
        &self,
        person: &str,
        item: &str,
        days: Option<Vec<u32>>,
    ) -> Result<Plan> {
        self.item_kind(person, item)?;
        let days = days.map(super::reminders::normalize_days).transpose()?;
        let value = days.map_or(Value::Null, Value::from);
        self.put_progress(person, item, fields::REMINDER_DAYS, value)
    }
}

fn date_value(date: Option<NaiveDate>) -> Value {
    date.map_or(Value::Null, |d| Value::String(d.to_string()))
}

/// Reads stored answers field by field: a field this version cannot read (written by a newer
/// app, or garbled) keeps its default instead of losing every other answer.
pub fn answers_from_fields(fields: &Map<String, Value>) -> Answers {
    let mut answers = Answers::default();
    let Value::Object(mut current) = serde_json::to_value(&answers).unwrap_or(Value::Null) else {
        return answers;
    };
    for (k, v) in fields {
        if !current.contains_key(k) {
            continue;
        }
        let mut trial = current.clone();
        trial.insert(k.clone(), v.clone());
        if let Ok(parsed) = serde_json::from_value::<Answers>(Value::Object(trial.clone())) {
            answers = parsed;
            current = trial;
        }
    }
    answers
}
