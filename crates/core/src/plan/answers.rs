//! The questionnaire: what a person tells the app about their move, and the checks that reject
//! impossible or contradictory answers before anything is stored.

use crate::{Error, Result};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Which free-movement regime the person falls under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum CitizenshipGroup {
    /// Citizens of the EU, the EEA and Switzerland: free movement, no residence title.
    EuEeaSwiss,
    /// Every other citizenship (a "third country" in German law).
    #[default]
    Other,
}

/// Why the person comes to Germany.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    #[default]
    WorkWithOffer,
    JobSearch,
    Study,
    VocationalTraining,
    FamilyReunion,
}

/// The highest qualification the person holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Qualification {
    /// A university degree.
    Academic,
    /// A state-recognised vocational qualification.
    Vocational,
    #[default]
    None,
}

/// How far the qualification has been recognised in Germany.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Recognition {
    /// Recognised, or stated comparable (ZAB / anabin "H+").
    Recognised,
    /// Partly recognised (the notice lists compensation measures).
    Partial,
    /// Applied for, no decision yet.
    Pending,
    #[default]
    None,
}

/// A language level of the Common European Framework; the order is the level order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum LanguageLevel {
    #[default]
    None,
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

/// The residence title of the family member the person joins (family reunion). Stored answers
/// are synced JSON: the former combined answer `skilled_worker` (§ 18a or § 18b) reads as
/// § 18b, which exempts a spouse from German before entry the same way, and a title a newer
/// app writes reads as `other`, the safe side (German A1 is then listed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum SponsorTitle {
    /// EU Blue Card (§ 18g AufenthG): privileged family reunion.
    BlueCard,
    /// Skilled worker with vocational training (§ 18a AufenthG).
    SkilledVocational,
    /// Skilled worker with an academic degree (§ 18b AufenthG).
    #[serde(alias = "skilled_worker")]
    SkilledAcademic,
    /// Researcher (§ 18d AufenthG).
    Researcher,
    /// IT specialist or employee in a special function (§ 19c AufenthG).
    SpecialistEmployment,
    /// ICT card for intra-corporate transferees (§ 19 AufenthG).
    IctCard,
    /// Self-employment (§ 21 AufenthG).
    SelfEmployed,
    /// A German citizen.
    German,
    /// Any other residence title.
    #[serde(other)]
    Other,
}

impl SponsorTitle {
    /// The section of the Residence Act the title rests on, as cited in reasons.
    pub fn legal_basis(self) -> Option<&'static str> {
        Some(match self {
            SponsorTitle::BlueCard => "§ 18g AufenthG",
            SponsorTitle::SkilledVocational => "§ 18a AufenthG",
            SponsorTitle::SkilledAcademic => "§ 18b AufenthG",
            SponsorTitle::Researcher => "§ 18d AufenthG",
            SponsorTitle::SpecialistEmployment => "§ 19c AufenthG",
            SponsorTitle::IctCard => "§ 19 AufenthG",
            SponsorTitle::SelfEmployed => "§ 21 AufenthG",
            SponsorTitle::German | SponsorTitle::Other => return None,
        })
    }

    /// A spouse of a holder of this title needs no German before entry: § 30 Abs. 1 S. 3 Nr. 5
    /// AufenthG as amended on 31 December 2022 (Blue Card, §§ 18a, 18b, 18d, 19c, ICT card,
    /// § 21). Spouses of Germans (§ 28 Abs. 1 S. 5) and of other title holders still do.
    pub fn spouse_exempt_from_german(self) -> bool {
        !matches!(self, SponsorTitle::German | SponsorTitle::Other)
    }

    /// The holder must prove adequate living space (§ 29 Abs. 1 Nr. 2 AufenthG): every
    /// foreigner except an EU Blue Card holder; § 29 does not apply to German citizens.
    pub fn living_space_required(self) -> bool {
        !matches!(self, SponsorTitle::BlueCard | SponsorTitle::German)
    }
}

/// Who the person is to the family member they join.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum FamilyRole {
    Spouse,
    Child,
}

/// One person's questionnaire answers. Every field is stored as its own field of the
/// `plan_answers` record, so two devices editing different answers both keep their edit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(default)]
pub struct Answers {
    pub citizenship: CitizenshipGroup,
    /// Citizen of a country whose nationals may enter without a visa (they apply for the
    /// residence permit in Germany). `None` when not answered.
    pub visa_exempt: Option<bool>,
    pub purpose: Purpose,
    pub qualification: Qualification,
    pub recognition: Recognition,
    /// The qualification took at least two years of training (Opportunity Card, § 20a).
    pub qualification_two_years: Option<bool>,
    /// Degree obtained in the last three years (Blue Card's lower threshold).
    pub recent_graduate: bool,
    /// Gross annual salary of the job offer in euros.
    pub salary_eur: Option<f64>,
    /// The job is in a shortage occupation (Blue Card's lower threshold, +1 point).
    pub shortage_occupation: bool,
    /// IT specialist without a degree (Blue Card with professional experience, § 18g(2)).
    pub it_specialist: bool,
    pub german: LanguageLevel,
    pub english: LanguageLevel,
    pub age: Option<u8>,
    /// Years of professional experience in total.
    pub experience_years: u8,
    /// Of those, years within the last five years.
    pub experience_years_last_5: u8,
    /// Of those, years within the last seven years.
    pub experience_years_last_7: u8,
    /// Lived in Germany lawfully for at least six months before.
    pub previous_stay_6_months: bool,
    /// The partner also meets the Opportunity Card's conditions.
    pub partner_eligible: bool,
    /// The spouse or partner comes along.
    pub spouse_coming: bool,
    pub children_coming: u8,
    /// Id of the target municipality (a content municipality).
    pub municipality_id: Option<String>,
    pub arrival_date: Option<NaiveDate>,
    /// The day of moving into the home in Germany; `None` means the day of arrival. The
    /// registration of address is due 14 days after it.
    pub move_in_date: Option<NaiveDate>,
    /// The day the visa application is filed; the thresholds valid on this day apply.
    /// `None` means today.
    pub application_date: Option<NaiveDate>,
    /// For study: the international office (an office id of the contacts) of the university
    /// the person chose; the plan's university steps link it, wherever the person lives.
    pub university_office_id: Option<String>,
    /// For family reunion: the title of the family member already in Germany.
    pub sponsor_title: Option<SponsorTitle>,
    pub family_role: Option<FamilyRole>,
    /// A path the person picked themselves; it overrides the recommendation unless the
    /// assessment says the path is out of reach.
    pub chosen_path: Option<String>,
}

/// Highest plausible salary: above it the number is a typo (an extra zero or cents).
pub const MAX_SALARY_EUR: f64 = 10_000_000.0;
/// Ages the questionnaire accepts: children move with families, and nobody is older than this.
pub const AGE_RANGE: std::ops::RangeInclusive<u8> = 0..=120;

impl Answers {
    /// True for citizens of a non-EU/EEA/Swiss country.
    pub fn third_country(&self) -> bool {
        self.citizenship == CitizenshipGroup::Other
    }

    /// True when the person needs a visa before entry; unanswered counts as needing one,
    /// which is the safe side (the plan then lists the visa steps).
    pub fn visa_required(&self) -> bool {
        self.third_country() && self.visa_exempt != Some(true)
    }

    /// Family members come along.
    pub fn with_family(&self) -> bool {
        self.spouse_coming || self.children_coming > 0
    }

    /// The day of moving in: the one given, else the arrival.
    pub fn move_in(&self) -> Option<NaiveDate> {
        self.move_in_date.or(self.arrival_date)
    }

    /// A spouse joining a family member whose title brings no exemption from German A1 before
    /// entry; with the title not answered, the safe side (German is needed).
    pub fn spouse_needs_german_a1(&self) -> bool {
        self.family_role == Some(FamilyRole::Spouse)
            && !self
                .sponsor_title
                .is_some_and(SponsorTitle::spouse_exempt_from_german)
    }

    /// A family-reunion plan whose family member in Germany must prove adequate living space;
    /// with the title not answered, the safe side (the proof is listed).
    pub fn living_space_required(&self) -> bool {
        self.family_role.is_some()
            && self
                .sponsor_title
                .is_none_or(SponsorTitle::living_space_required)
    }

    /// Checks the answers against the calendar and each other. `known_municipality` says whether
    /// an id is a municipality of the content cache; `None` when the cache has none yet.
    pub fn validate(
        &self,
        today: NaiveDate,
        known_municipality: Option<&dyn Fn(&str) -> bool>,
    ) -> Result<()> {
        if let Some(arrival) = self.arrival_date {
            if arrival < today {
                return Err(Error::invalid(
                    "error-plan-arrival-past",
                    &[("date", arrival.to_string())],
                ));
            }
        }
        if let Some(move_in) = self.move_in_date {
            if let Some(arrival) = self.arrival_date.filter(|arrival| move_in < *arrival) {
                return Err(Error::invalid(
                    "error-plan-move-in-before-arrival",
                    &[
                        ("move_in", move_in.to_string()),
                        ("arrival", arrival.to_string()),
                    ],
                ));
            }
            if move_in < today {
                return Err(Error::invalid(
                    "error-plan-move-in-past",
                    &[("date", move_in.to_string())],
                ));
            }
        }
        if let (Some(application), Some(arrival)) = (self.application_date, self.arrival_date) {
            if application > arrival && self.visa_required() {
                return Err(Error::invalid(
                    "error-plan-application-after-arrival",
                    &[("date", application.to_string())],
                ));
            }
        }
        if let Some(salary) = self.salary_eur {
            if !salary.is_finite() || salary < 0.0 {
                return Err(Error::invalid(
                    "error-plan-salary-negative",
                    &[("salary", salary.to_string())],
                ));
            }
            if salary > MAX_SALARY_EUR {
                return Err(Error::invalid(
                    "error-plan-salary-absurd",
                    &[("salary", salary.to_string())],
                ));
            }
        }
        if let Some(age) = self.age {
            if !AGE_RANGE.contains(&age) {
                return Err(Error::invalid(
                    "error-plan-age-range",
                    &[("age", age.to_string())],
                ));
            }
            if u32::from(self.experience_years) + 14 > u32::from(age) && self.experience_years > 0 {
                return Err(Error::invalid(
                    "error-plan-experience-age",
                    &[
                        ("years", self.experience_years.to_string()),
                        ("age", age.to_string()),
                    ],
                ));
            }
        }
        if self.experience_years_last_5 > 5
            || self.experience_years_last_7 > 7
            || self.experience_years_last_5 > self.experience_years_last_7
            || self.experience_years_last_7 > self.experience_years
        {
            return Err(Error::invalid("error-plan-experience-inconsistent", &[]));
        }
        if self.recognition != Recognition::None && self.qualification == Qualification::None {
            return Err(Error::invalid(
                "error-plan-recognition-without-qualification",
                &[],
            ));
        }
        if self.purpose == Purpose::FamilyReunion
            && (self.sponsor_title.is_none() || self.family_role.is_none())
        {
            return Err(Error::invalid("error-plan-family-sponsor-missing", &[]));
        }
        if let Some(id) = self.municipality_id.as_deref() {
            match known_municipality {
                None => {
                    return Err(Error::invalid(
                        "error-plan-municipalities-missing",
                        &[("municipality", id.to_owned())],
                    ))
                }
                Some(known) if !known(id) => {
                    return Err(Error::invalid(
                        "error-plan-municipality-unknown",
                        &[("municipality", id.to_owned())],
                    ))
                }
                Some(_) => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn id_of(e: Error) -> &'static str {
        match e {
            Error::Invalid { message_id, .. } => message_id,
            other => panic!("not an invalid-input error: {other}"),
        }
    }

    #[test]
    fn rejects_impossible_answers() {
        let today = day("2026-11-25");
        let known = |id: &str| id == "essen";
        let known: &dyn Fn(&str) -> bool = &known;
        let ok = Answers {
            salary_eur: Some(52_000.0),
            age: Some(30),
            municipality_id: Some("essen".into()),
            arrival_date: Some(day("2027-03-01")),
            ..Answers::default()
        };
        ok.validate(today, Some(known)).unwrap();
        let past = Answers {
            arrival_date: Some(day("2026-11-24")),
            ..ok.clone()
        };
        assert_eq!(
            id_of(past.validate(today, Some(known)).unwrap_err()),
            "error-plan-arrival-past"
        );
        let neg = Answers {
            salary_eur: Some(-1.0),
            ..ok.clone()
        };
        assert_eq!(
            id_of(neg.validate(today, Some(known)).unwrap_err()),
            "error-plan-salary-negative"
        );
        let nan = Answers {
            salary_eur: Some(f64::NAN),
            ..ok.clone()
        };
        assert_eq!(
            id_of(nan.validate(today, Some(known)).unwrap_err()),
            "error-plan-salary-negative"
        );
        let huge = Answers {
            salary_eur: Some(5e8),
            ..ok.clone()
        };
        assert_eq!(
            id_of(huge.validate(today, Some(known)).unwrap_err()),
            "error-plan-salary-absurd"
        );
        let town = Answers {
            municipality_id: Some("atlantis".into()),
            ..ok.clone()
        };
        assert_eq!(
            id_of(town.validate(today, Some(known)).unwrap_err()),
            "error-plan-municipality-unknown"
        );
        assert_eq!(
            id_of(ok.validate(today, None).unwrap_err()),
            "error-plan-municipalities-missing"
        );
        let old = Answers {
            age: Some(130),
            ..ok.clone()
        };
        assert_eq!(
            id_of(old.validate(today, Some(known)).unwrap_err()),
            "error-plan-age-range"
        );
        let exp = Answers {
            experience_years_last_5: 3,
            experience_years_last_7: 2,
            experience_years: 9,
            ..ok.clone()
        };
        assert_eq!(
            id_of(exp.validate(today, Some(known)).unwrap_err()),
            "error-plan-experience-inconsistent"
        );
        let young = Answers {
            age: Some(20),
            experience_years: 10,
            ..ok.clone()
        };
        assert_eq!(
            id_of(young.validate(today, Some(known)).unwrap_err()),
            "error-plan-experience-age"
        );
        let rec = Answers {
            recognition: Recognition::Recognised,
            qualification: Qualification::None,
            ..ok.clone()
        };
        assert_eq!(
            id_of(rec.validate(today, Some(known)).unwrap_err()),
            "error-plan-recognition-without-qualification"
        );
        let fam = Answers {
            purpose: Purpose::FamilyReunion,
            ..ok.clone()
        };
        assert_eq!(
            id_of(fam.validate(today, Some(known)).unwrap_err()),
            "error-plan-family-sponsor-missing"
        );
    }

    #[test]
    fn move_in_day_is_not_before_arrival_nor_past() {
        let today = day("2026-12-02");
        let a = Answers {
            arrival_date: Some(day("2027-03-01")),
            move_in_date: Some(day("2027-02-28")),
            ..Answers::default()
        };
        assert_eq!(
            id_of(a.validate(today, None).unwrap_err()),
            "error-plan-move-in-before-arrival"
        );
        let past = Answers {
            move_in_date: Some(day("2026-12-01")),
            ..Answers::default()
        };
        assert_eq!(
            id_of(past.validate(today, None).unwrap_err()),
            "error-plan-move-in-past"
        );
        let later = Answers {
            move_in_date: Some(day("2027-03-10")),
            ..a.clone()
        };
        later.validate(today, None).unwrap();
        assert_eq!(later.move_in(), Some(day("2027-03-10")));
        let same = Answers {
            move_in_date: None,
            ..a
        };
        assert_eq!(same.move_in(), Some(day("2027-03-01")));
    }

    #[test]
    fn stored_sponsor_titles_stay_readable() {
        let old: SponsorTitle = serde_json::from_str("\"skilled_worker\"").unwrap();
        assert_eq!(old, SponsorTitle::SkilledAcademic);
        let newer: SponsorTitle = serde_json::from_str("\"eu_talent_pool\"").unwrap();
        assert_eq!(newer, SponsorTitle::Other);
        assert_eq!(
            serde_json::to_string(&SponsorTitle::SpecialistEmployment).unwrap(),
            "\"specialist_employment\""
        );
        // Answers stored before the move-in day existed read with it unset.
        let a: Answers = serde_json::from_str(r#"{"arrival_date":"2027-03-01"}"#).unwrap();
        assert_eq!(a.move_in_date, None);
        assert_eq!(a.move_in(), Some(day("2027-03-01")));
    }

    #[test]
    fn language_levels_are_ordered() {
        assert!(LanguageLevel::A1 < LanguageLevel::B2 && LanguageLevel::C2 > LanguageLevel::C1);
        let parsed: LanguageLevel = serde_json::from_str("\"b1\"").unwrap();
        assert_eq!(parsed, LanguageLevel::B1);
    }
}
