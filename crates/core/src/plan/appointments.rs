//! Appointments: the dates a newcomer is given (the Anmeldung at the Bürgeramt, the foreigners'
//! office, the visa interview), as entries of a person's plan with date, time, place and the
//! office from the contacts. Kept as `appointment` user-data records, so they follow the account
//! to every device; they remind like the plan's deadlines and go into the calendar export.

use super::household::Person;
use crate::{Error, Result};
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Longest title, place and note, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_PLACE_CHARS: usize = 300;
pub const MAX_NOTE_CHARS: usize = 2_000;

/// One appointment of one person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Appointment {
    /// Empty for a new one (an id is made when it is saved).
    #[serde(default)]
    pub id: String,
    pub person_id: String,
    pub title: String,
    pub date: NaiveDate,
    /// Local time; `None` for an appointment on a day without a set hour.
    #[serde(default)]
    pub time: Option<NaiveTime>,
    /// The address or room, in the person's words.
    #[serde(default)]
    pub place: String,
    /// The office from the contacts, when it is one of them.
    #[serde(default)]
    pub office_id: Option<String>,
    #[serde(default)]
    pub note: String,
}

impl Appointment {
    /// Trims the texts and refuses what cannot be saved (nothing is written then).
    pub fn validated(mut self, people: &[Person]) -> Result<Self> {
        self.title = self.title.trim().to_owned();
        self.place = self.place.trim().to_owned();
        self.note = self.note.trim().to_owned();
        self.office_id = self
            .office_id
            .map(|o| o.trim().to_owned())
            .filter(|o| !o.is_empty());
        if !people.iter().any(|p| p.id == self.person_id) {
            return Err(Error::invalid(
                "error-plan-person-unknown",
                &[("person", self.person_id.clone())],
            ));
        }
        if self.title.is_empty() || self.title.chars().count() > MAX_TITLE_CHARS {
            return Err(Error::invalid(
                "error-appointment-title",
                &[("max", MAX_TITLE_CHARS.to_string())],
            ));
        }
        if self.place.chars().count() > MAX_PLACE_CHARS
            || self.note.chars().count() > MAX_NOTE_CHARS
        {
            return Err(Error::invalid(
                "error-appointment-long",
                &[("max", MAX_NOTE_CHARS.to_string())],
            ));
        }
        Ok(self)
    }

    /// Reads a record; `None` when this build cannot read it (it is skipped in the list).
    pub fn from_fields(record_id: &str, fields: &Map<String, Value>) -> Option<Self> {
        let mut value = Value::Object(fields.clone());
        value
            .as_object_mut()?
            .insert("id".into(), Value::String(record_id.to_owned()));
        serde_json::from_value(value).ok()
    }

    /// The record's fields (the id is the record's own).
    pub fn to_fields(&self) -> Map<String, Value> {
        let mut value = serde_json::to_value(self).unwrap_or(Value::Null);
        let mut fields = value.as_object_mut().cloned().unwrap_or_default();
        fields.remove("id");
        fields
    }
}

/// A fresh record id: random, so two devices never pick the same.
pub fn new_appointment_id() -> String {
    format!("appointment-{:016x}", rand::random::<u64>())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::household::Relation;

    fn me() -> Vec<Person> {
        vec![Person {
            id: "me".into(),
            name: "Amira".into(),
            relation: Relation::Myself,
        }]
    }

    fn appointment() -> Appointment {
        Appointment {
            id: String::new(),
            person_id: "me".into(),
            title: "  Anmeldung, Bürgeramt Mitte ".into(),
            date: "2027-03-04".parse().unwrap(),
            time: Some("10:30:00".parse().unwrap()),
            place: "Porscheplatz 1, 45127 Essen".into(),
            office_id: Some(" ".into()),
            note: String::new(),
        }
    }

    #[test]
    fn texts_are_trimmed_and_bad_ones_refused() {
        let a = appointment().validated(&me()).unwrap();
        assert_eq!(a.title, "Anmeldung, Bürgeramt Mitte");
        assert_eq!(a.office_id, None);
        for (bad, id) in [
            (
                Appointment {
                    title: " ".into(),
                    ..appointment()
                },
                "error-appointment-title",
            ),
            (
                Appointment {
                    note: "x".repeat(MAX_NOTE_CHARS + 1),
                    ..appointment()
                },
                "error-appointment-long",
            ),
            (
                Appointment {
                    person_id: "nobody".into(),
                    ..appointment()
                },
                "error-plan-person-unknown",
            ),
        ] {
            match bad.validated(&me()) {
                Err(Error::Invalid { message_id, .. }) => assert_eq!(message_id, id),
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn fields_round_trip() {
        let a = Appointment {
            id: "appointment-1".into(),
            ..appointment().validated(&me()).unwrap()
        };
        let fields = a.to_fields();
        assert!(!fields.contains_key("id"));
        assert_eq!(Appointment::from_fields("appointment-1", &fields), Some(a));
        let mut broken = fields;
        broken.insert("date".into(), Value::String("soon".into()));
        assert_eq!(Appointment::from_fields("appointment-1", &broken), None);
    }
}
