//! The plan's methods on [`Companion`]: they read the content cache (rules, checklists,
//! municipalities, offices) and the user's records from the store, and write through the store's
//! user data (locally first, with an outbox entry, synced to the account).

use super::answers::Answers;
use super::appointments::{new_appointment_id, Appointment};
use super::generate::Plan;
use super::household::{Person, Relation};
use super::progress::ItemStatus;
use super::reminders::{self, Reminder, ReminderSettings};
use super::service::{PlanRecords, PlanService, StoredRecord};
use super::{export_documents, export_ics};
use crate::contacts::{Contact, ContactKind, ContactQuery};
use crate::{Companion, Result};
use chrono::NaiveDate;
use serde_json::{Map, Value};
use welcome_protocol::content::{Guide, Office, OfficeKind};
use welcome_protocol::user_data::{Collection, CONFLICT_SUFFIX};

/// The store's user data as the plan reads it: a note's losing version is shown as the field
/// `note_conflict`.
struct StoreRecords<'a>(&'a crate::store::Store);

fn stored(record: crate::store::Record) -> StoredRecord {
    let mut fields = record.fields;
    for (field, value) in record.conflicts {
        fields
            .entry(format!("{field}{CONFLICT_SUFFIX}"))
            .or_insert(value);
    }
    StoredRecord {
        record_id: record.record_id,
        fields,
    }
}

impl PlanRecords for StoreRecords<'_> {
    fn get(&self, collection: Collection, record_id: &str) -> Result<Option<StoredRecord>> {
        Ok(self.0.user_data().get(collection, record_id)?.map(stored))
    }

    fn list(&self, collection: Collection) -> Result<Vec<StoredRecord>> {
        Ok(self
            .0
            .user_data()
            .list(collection)?
            .into_iter()
            .map(stored)
            .collect())
    }

    fn list_prefix(&self, collection: Collection, prefix: &str) -> Result<Vec<StoredRecord>> {
        Ok(self
            .0
            .user_data()
            .list_prefix(collection, prefix)?
            .into_iter()
            .map(stored)
            .collect())
    }

    fn put_fields(
        &self,
        collection: Collection,
        record_id: &str,
        fields: Map<String, Value>,
    ) -> Result<()> {
        self.0.user_data().put_fields(collection, record_id, fields)
    }

    fn delete(&self, collection: Collection, record_id: &str) -> Result<()> {
        self.0.user_data().delete(collection, record_id)
    }
}

impl Companion {
    /// Runs `f` with the plan's operations over this companion's store and content cache.
    fn with_plan<T>(&self, f: impl FnOnce(&PlanService) -> Result<T>) -> Result<T> {
        let store = self.store();
        let records = StoreRecords(store);
        let rules = self.plan_rules()?;
        let checklists = self.checklists()?;
        let municipalities = self.municipalities()?;
        let known = |id: &str| municipalities.iter().any(|m| m.id == id);
        let office_for = |municipality: &str, kind: OfficeKind| -> Option<Office> {
            crate::contacts::office_for(store, municipality, kind)
        };
        let office_by_id =
            |id: &str| -> Option<Office> { crate::contacts::office_by_id(store, id) };
        let guide_for = |municipality: &str, topic: &str| -> Option<Guide> {
            let query = ContactQuery {
                kind: ContactKind::Guides,
                municipality_id: Some(municipality.to_owned()),
                topic: Some(topic.to_owned()),
                ..ContactQuery::default()
            };
            let found = store.read(|conn| crate::contacts::search::search(conn, &query, &[]));
            match found {
                Ok(contacts) => contacts.into_iter().find_map(|c| match c {
                    Contact::Guide { contact, .. } => Some(contact.guide),
                    Contact::Office { .. } => None,
                }),
                Err(e) => {
                    tracing::warn!(error = %e, municipality, "guides could not be read");
                    None
                }
            }
        };
        let loc = self.localizer();
        let service = PlanService {
            records: &records,
            rules: rules.as_ref(),
            checklists: &checklists,
            known_municipality: if municipalities.is_empty() {
                None
            } else {
                Some(&known)
            },
            office_for: &office_for,
            office_by_id: &office_by_id,
            guide_for: &guide_for,
            loc: &loc,
            today: chrono::Local::now().date_naive(),
        };
        f(&service)
    }

    /// The household's people; the first person "me" is always there.
    pub fn people(&self) -> Result<Vec<Person>> {
        self.with_plan(|s| s.people())
    }

    pub fn add_person(&self, id: &str, name: &str, relation: Relation) -> Result<Person> {
        self.with_plan(|s| s.add_person(id, name, relation))
    }

    /// Removes a person with their answers, progress and attached files ("me" is reset instead,
    /// keeping the files).
    pub fn remove_person(&self, id: &str) -> Result<()> {
        self.with_plan(|s| s.remove_person(id))?;
        if id == super::household::DEFAULT_PERSON {
            // The device's own person is only reset: their documents' files stay.
            return Ok(());
        }
        // Their attached files go with them (the web app has no vault).
        #[cfg(not(target_arch = "wasm32"))]
        {
            let removed = self.store().write_durable(|tx| {
                let owner = crate::store::state::get(tx, crate::store::state::OWNER)?;
                crate::vault::forget(tx, owner.as_deref().unwrap_or_default(), Some(id))
            })?;
            self.remove_vault_files(&removed);
        }
        Ok(())
    }

    /// The person's stored answers, `None` before the questionnaire.
    pub fn plan_answers(&self, person: &str) -> Result<Option<Answers>> {
        self.with_plan(|s| s.answers(person))
    }

    /// Validates and stores the answers (nothing is written when they are invalid).
    pub fn set_answers(&self, person: &str, answers: Answers) -> Result<Plan> {
        self.with_plan(|s| s.set_answers(person, &answers))
    }

    pub fn plan(&self, person: &str) -> Result<Plan> {
        self.with_plan(|s| s.plan(person))
    }

    pub fn set_item_status(&self, person: &str, item: &str, status: ItemStatus) -> Result<Plan> {
        self.with_plan(|s| s.set_item_status(person, item, status))
    }

    pub fn set_item_note(&self, person: &str, item: &str, note: &str) -> Result<Plan> {
        self.with_plan(|s| s.set_item_note(person, item, note))
    }

    pub fn set_item_due(&self, person: &str, item: &str, due: Option<NaiveDate>) -> Result<Plan> {
        self.with_plan(|s| s.set_item_due(person, item, due))
    }

    pub fn set_document_expiry(
        &self,
        person: &str,
        item: &str,
        expiry: Option<NaiveDate>,
    ) -> Result<Plan> {
        self.with_plan(|s| s.set_document_expiry(person, item, expiry))
    }

    /// Sets the days before an item's dates it reminds on (empty: never; `None`: the device's
    /// setting).
    pub fn set_item_reminders(
        &self,
        person: &str,
        item: &str,
        days: Option<Vec<u32>>,
    ) -> Result<Plan> {
        self.with_plan(|s| s.set_item_reminders(person, item, days))
    }

    /// A person's appointments, soonest first (records this build cannot read are skipped).
    pub fn appointments(&self, person: &str) -> Result<Vec<Appointment>> {
        let mut list: Vec<Appointment> = self
            .store()
            .user_data()
            .list(Collection::Appointment)?
            .iter()
            .filter_map(|r| Appointment::from_fields(&r.record_id, &r.fields))
            .filter(|a| a.person_id == person)
            .collect();
        list.sort_by(|a, b| (a.date, a.time, &a.id).cmp(&(b.date, b.time, &b.id)));
        Ok(list)
    }

    /// Saves a new appointment (empty id) or changes one; invalid input writes nothing.
    pub fn save_appointment(&self, appointment: Appointment) -> Result<Appointment> {
        let mut a = appointment.validated(&self.people()?)?;
        if a.id.is_empty() {
            a.id = new_appointment_id();
        } else if !a.id.starts_with("appointment-")
            || self
                .store()
                .user_data()
                .get(Collection::Appointment, &a.id)?
                .is_none()
        {
            return Err(crate::Error::NotFound {
                what: format!("appointment {}", a.id),
            });
        }
        self.store()
            .user_data()
            .put_fields(Collection::Appointment, &a.id, a.to_fields())?;
        Ok(a)
    }

    /// Where an appointment is: its own place, else its office's name and address.
    fn appointment_place(&self, a: &Appointment, locale: &str) -> String {
        if !a.place.is_empty() {
            return a.place.clone();
        }
        a.office_id
            .as_deref()
            .and_then(|id| crate::contacts::office_by_id(self.store(), id))
            .map(|o| {
                let name = o
                    .name
                    .resolve(&[locale])
                    .map(|t| t.text)
                    .unwrap_or_default();
                format!(
                    "{name}, {}, {} {}",
                    o.address.street, o.address.postcode, o.address.city
                )
            })
            .unwrap_or_default()
    }

    pub fn delete_appointment(&self, id: &str) -> Result<()> {
        self.store().user_data().delete(Collection::Appointment, id)
    }

    /// The device's reminder setting.
    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        reminders::settings(self.store())
    }

    pub fn set_reminder_settings(&self, settings: ReminderSettings) -> Result<ReminderSettings> {
        reminders::set_settings(self.store(), settings)
    }

    /// Delivers the reminders that are due now (local time): recorded on this device, so each
    /// comes once, and returned to be shown as notifications.
    pub fn deliver_reminders(&self) -> Result<Vec<Reminder>> {
        self.deliver_reminders_at(chrono::Local::now().naive_local())
    }

    /// [`Companion::deliver_reminders`] at a given local time.
    pub fn deliver_reminders_at(&self, now: chrono::NaiveDateTime) -> Result<Vec<Reminder>> {
        let settings = reminders::settings(self.store())?;
        // A plan that cannot be built yet (no plan rules before the first sync) has nothing
        // to remind of.
        let people = self.people()?;
        let plans: Vec<Plan> = people
            .iter()
            .filter_map(|p| self.plan(&p.id).ok())
            .collect();
        let mut appointments = Vec::new();
        for p in &people {
            for a in self.appointments(&p.id)? {
                appointments.push((a, p.name.clone()));
            }
        }
        self.store()
            .write(|tx| reminders::deliver(tx, &plans, &appointments, &settings, now))
    }

    /// The reminders delivered on this device, newest first (the inbox), with the item's
    /// title in the current language where the item is still in the person's plan (a reminder
    /// keeps the words it was delivered with otherwise).
    pub fn reminders(&self) -> Result<Vec<Reminder>> {
        let mut list = self.store().read(reminders::list)?;
        let mut plans: std::collections::HashMap<String, Option<Plan>> = Default::default();
        for r in &mut list {
            let plan = plans
                .entry(r.person_id.clone())
                .or_insert_with(|| self.plan(&r.person_id).ok());
            if let Some(plan) = plan {
                r.person_name.clone_from(&plan.person.name);
                if let Some(item) = plan.items.iter().find(|i| i.id == r.item_id) {
                    r.item_title.clone_from(&item.title.text);
                }
            }
        }
        Ok(list)
    }

    pub fn mark_reminder_read(&self, id: i64) -> Result<()> {
        self.store().write(|tx| reminders::mark_read(tx, id))
    }

    /// The person's open deadlines as an iCalendar file, in the user's language.
    pub fn export_ics(&self, person: &str) -> Result<String> {
        let plan = self.plan(person)?;
        let appointments: Vec<(Appointment, String)> = self
            .appointments(person)?
            .into_iter()
            .map(|a| {
                let place = self.appointment_place(&a, &plan.locale);
                (a, place)
            })
            .collect();
        Ok(export_ics::export(
            &plan,
            chrono::Utc::now(),
            &self.localizer(),
            &reminders::settings(self.store())?,
            &appointments,
        ))
    }

    /// The PDF to take to an appointment (or, without one, the person's documents): the
    /// document list with statuses and the files attached to them, in the user's language, set
    /// in `fonts`. Files whose key is gone are named but not included.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn export_appointment_pdf(
        &self,
        person: &str,
        appointment_id: Option<&str>,
        fonts: Vec<Vec<u8>>,
    ) -> Result<Vec<u8>> {
        let plan = self.plan(person)?;
        let appointment = match appointment_id {
            Some(id) => Some(
                self.appointments(person)?
                    .into_iter()
                    .find(|a| a.id == id)
                    .ok_or_else(|| crate::Error::NotFound {
                        what: format!("appointment {id}"),
                    })?,
            ),
            None => None,
        };
        let place = appointment
            .as_ref()
            .map(|a| self.appointment_place(a, &plan.locale));
        let files = self
            .attachments(person)?
            .into_iter()
            .map(|a| match self.attachment_content(&a.id) {
                Ok((a, bytes)) => Ok((a, Some(bytes))),
                Err(crate::Error::VaultKeyMissing | crate::Error::VaultFileDamaged) => {
                    Ok((a, None))
                }
                Err(e) => Err(e),
            })
            .collect::<Result<Vec<_>>>()?;
        super::export_pdf::export(
            super::export_pdf::PdfInput {
                plan: &plan,
                appointment: appointment.as_ref(),
                place,
                files,
                today: chrono::Local::now().date_naive(),
                fonts,
            },
            &self.localizer(),
        )
    }

    /// The person's documents as a printable HTML page, in the user's language.
    pub fn export_documents_html(&self, person: &str) -> Result<String> {
        let plan = self.plan(person)?;
        Ok(export_documents::export(
            &plan,
            chrono::Local::now().date_naive(),
            &self.localizer(),
        ))
    }
}
