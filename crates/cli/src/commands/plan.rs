//! `welcome plan`: shows a person's relocation plan and progress, changes the answers and the
//! progress of items, manages the household and writes the exports.

use clap::{Args, Subcommand};
use std::path::PathBuf;
use welcome_core::i18n::{args, Localizer};
use welcome_core::plan::answers::Answers;
use welcome_core::plan::export_documents::{expiry_label, status_label};
use welcome_core::plan::progress::phase_key;
use welcome_core::plan::reasons::format_date;
use welcome_core::plan::{ItemStatus, Plan, Relation};
use welcome_core::{Companion, Error, Result};
use welcome_protocol::Office;

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The household member (default: the first person, "me").
    #[arg(long, global = true, default_value = "me")]
    pub person: String,
    /// Print the plan as JSON instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Option<PlanCommand>,
}

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Set questionnaire answers: the flags given change the stored answers, the rest stay.
    Answer(Box<AnswerArgs>),
    /// Set the status of a document or step.
    Status { item: String, status: String },
    /// Set the note of an item (an empty text clears it).
    Note { item: String, text: String },
    /// Set your own due date of an item (YYYY-MM-DD), or "none" for the derived one.
    Due { item: String, date: String },
    /// Set the expiry date of a document (YYYY-MM-DD), or "none".
    Expiry { item: String, date: String },
    /// List the household's people.
    People,
    /// Add a person to the household.
    AddPerson {
        id: String,
        name: String,
        /// self, spouse, child or other.
        #[arg(long, default_value = "other")]
        relation: String,
    },
    /// Write the deadlines as an iCalendar file.
    ExportIcs { file: PathBuf },
    /// Write the document list as a printable HTML page.
    ExportDocuments { file: PathBuf },
}

/// The answer flags; values are the answers' JSON names (e.g. `work_with_offer`, `b1`).
#[derive(Debug, Args, Default)]
pub struct AnswerArgs {
    /// Read all answers from a JSON file (flags given as well override it).
    #[arg(long)]
    pub from_file: Option<PathBuf>,
    /// eu_eea_swiss or other.
    #[arg(long)]
    pub citizenship: Option<String>,
    #[arg(long)]
    pub visa_exempt: Option<bool>,
    /// work_with_offer, job_search, study, vocational_training or family_reunion.
    #[arg(long)]
    pub purpose: Option<String>,
    /// academic, vocational or none.
    #[arg(long)]
    pub qualification: Option<String>,
    /// recognised, partial, pending or none.
    #[arg(long)]
    pub recognition: Option<String>,
    #[arg(long)]
    pub qualification_two_years: Option<bool>,
    #[arg(long)]
    pub recent_graduate: Option<bool>,
    /// Gross annual salary in euros.
    #[arg(long, allow_negative_numbers = true)]
    pub salary: Option<f64>,
    #[arg(long)]
    pub shortage_occupation: Option<bool>,
    #[arg(long)]
    pub it_specialist: Option<bool>,
    /// none, a1, a2, b1, b2, c1 or c2.
    #[arg(long)]
    pub german: Option<String>,
    #[arg(long)]
    pub english: Option<String>,
    #[arg(long)]
    pub age: Option<u8>,
    #[arg(long)]
    pub experience_years: Option<u8>,
    #[arg(long)]
    pub experience_last_5: Option<u8>,
    #[arg(long)]
    pub experience_last_7: Option<u8>,
    #[arg(long)]
    pub previous_stay: Option<bool>,
    #[arg(long)]
    pub partner_eligible: Option<bool>,
    #[arg(long)]
    pub spouse_coming: Option<bool>,
    #[arg(long)]
    pub children: Option<u8>,
    /// Municipality id, e.g. essen.
    #[arg(long)]
    pub municipality: Option<String>,
    /// YYYY-MM-DD.
    #[arg(long)]
    pub arrival: Option<String>,
    /// Day of moving into the home, YYYY-MM-DD (default: the arrival); the registration of
    /// address is due 14 days after it.
    #[arg(long)]
    pub move_in: Option<String>,
    /// YYYY-MM-DD (default: today).
    #[arg(long)]
    pub application_date: Option<String>,
    /// blue_card, skilled_vocational (§ 18a), skilled_academic (§ 18b), researcher (§ 18d),
    /// specialist_employment (§ 19c), ict_card (§ 19), self_employed (§ 21), german or other.
    #[arg(long)]
    pub sponsor: Option<String>,
    /// spouse or child.
    #[arg(long)]
    pub family_role: Option<String>,
    /// A residence path id to follow instead of the recommendation.
    #[arg(long)]
    pub path: Option<String>,
}

/// Runs `welcome plan ...` and returns the text to print.
pub fn run(companion: &Companion, loc: &Localizer, a: PlanArgs) -> Result<String> {
    let person = a.person.as_str();
    let plan = match a.command {
        None => companion.plan(person)?,
        Some(PlanCommand::Answer(flags)) => {
            let current = companion.plan_answers(person)?.unwrap_or_default();
            companion.set_answers(person, apply_flags(current, &flags)?)?
        }
        Some(PlanCommand::Status { item, status }) => {
            let status = ItemStatus::parse(&status).ok_or_else(|| {
                Error::invalid("error-plan-status-unknown", &[("status", status.clone())])
            })?;
            companion.set_item_status(person, &item, status)?
        }
        Some(PlanCommand::Note { item, text }) => companion.set_item_note(person, &item, &text)?,
        Some(PlanCommand::Due { item, date }) => {
            companion.set_item_due(person, &item, optional_date("date", &date)?)?
        }
        Some(PlanCommand::Expiry { item, date }) => {
            companion.set_document_expiry(person, &item, optional_date("date", &date)?)?
        }
        Some(PlanCommand::People) => {
            let lines: Vec<String> = companion
                .people()?
                .iter()
                .map(|p| {
                    format!(
                        "{}  {}  ({})",
                        p.id,
                        p.name,
                        loc.t(&format!("plan-relation-{}", p.relation.as_str()))
                    )
                })
                .collect();
            return Ok(lines.join("\n"));
        }
        Some(PlanCommand::AddPerson { id, name, relation }) => {
            let relation = Relation::parse(&relation).ok_or_else(|| {
                Error::invalid(
                    "error-plan-cli-value",
                    &[("field", "relation".into()), ("value", relation.clone())],
                )
            })?;
            let p = companion.add_person(&id, &name, relation)?;
            return Ok(loc.t_args(
                "plan-cli-person-added",
                &args(&[("name", p.name.into()), ("id", p.id.into())]),
            ));
        }
        Some(PlanCommand::ExportIcs { file }) => {
            std::fs::write(&file, companion.export_ics(person)?)?;
            return Ok(loc.t_args(
                "plan-cli-exported",
                &args(&[("file", file.display().to_string().into())]),
            ));
        }
        Some(PlanCommand::ExportDocuments { file }) => {
            std::fs::write(&file, companion.export_documents_html(person)?)?;
            return Ok(loc.t_args(
                "plan-cli-exported",
                &args(&[("file", file.display().to_string().into())]),
            ));
        }
    };
    if a.json {
        return serde_json::to_string_pretty(&plan).map_err(|e| Error::BadResponse(e.to_string()));
    }
    Ok(render(&plan, loc))
}

fn optional_date(field: &str, s: &str) -> Result<Option<chrono::NaiveDate>> {
    if s.eq_ignore_ascii_case("none") || s.is_empty() {
        return Ok(None);
    }
    s.parse().map(Some).map_err(|_| {
        Error::invalid(
            "error-plan-cli-value",
            &[("field", field.to_owned()), ("value", s.to_owned())],
        )
    })
}

/// Parses a value by the answers' JSON name of it (the same names the app and files use). Only
/// the current name is taken: stored answers read unknown values leniently (as "other"), but a
/// typo on the command line is an error.
fn enum_value<T: serde::de::DeserializeOwned + serde::Serialize>(
    field: &'static str,
    s: &str,
) -> Result<T> {
    let wrong = || {
        Error::invalid(
            "error-plan-cli-value",
            &[("field", field.to_owned()), ("value", s.to_owned())],
        )
    };
    let value: T =
        serde_json::from_value(serde_json::Value::String(s.to_owned())).map_err(|_| wrong())?;
    match serde_json::to_value(&value) {
        Ok(serde_json::Value::String(name)) if name == s => Ok(value),
        _ => Err(wrong()),
    }
}

fn apply_flags(mut a: Answers, f: &AnswerArgs) -> Result<Answers> {
    if let Some(file) = &f.from_file {
        let text = std::fs::read_to_string(file)?;
        a = serde_json::from_str(&text).map_err(|e| {
            Error::invalid(
                "error-plan-cli-file",
                &[
                    ("file", file.display().to_string()),
                    ("detail", e.to_string()),
                ],
            )
        })?;
    }
    if let Some(v) = &f.citizenship {
        a.citizenship = enum_value("citizenship", v)?;
    }
    if let Some(v) = f.visa_exempt {
        a.visa_exempt = Some(v);
    }
    if let Some(v) = &f.purpose {
        a.purpose = enum_value("purpose", v)?;
    }
    if let Some(v) = &f.qualification {
        a.qualification = enum_value("qualification", v)?;
    }
    if let Some(v) = &f.recognition {
        a.recognition = enum_value("recognition", v)?;
    }
    if let Some(v) = f.qualification_two_years {
        a.qualification_two_years = Some(v);
    }
    if let Some(v) = f.recent_graduate {
        a.recent_graduate = v;
    }
    if let Some(v) = f.salary {
        a.salary_eur = Some(v);
    }
    if let Some(v) = f.shortage_occupation {
        a.shortage_occupation = v;
    }
    if let Some(v) = f.it_specialist {
        a.it_specialist = v;
    }
    if let Some(v) = &f.german {
        a.german = enum_value("german", v)?;
    }
    if let Some(v) = &f.english {
        a.english = enum_value("english", v)?;
    }
    if let Some(v) = f.age {
        a.age = Some(v);
    }
    if let Some(v) = f.experience_years {
        a.experience_years = v;
    }
    if let Some(v) = f.experience_last_5 {
        a.experience_years_last_5 = v;
    }
    if let Some(v) = f.experience_last_7 {
        a.experience_years_last_7 = v;
    }
    if let Some(v) = f.previous_stay {
        a.previous_stay_6_months = v;
    }
    if let Some(v) = f.partner_eligible {
        a.partner_eligible = v;
    }
    if let Some(v) = f.spouse_coming {
        a.spouse_coming = v;
    }
    if let Some(v) = f.children {
        a.children_coming = v;
    }
    if let Some(v) = &f.municipality {
        a.municipality_id = Some(v.clone());
    }
    if let Some(v) = &f.arrival {
        a.arrival_date = optional_date("arrival", v)?;
    }
    if let Some(v) = &f.move_in {
        a.move_in_date = optional_date("move_in", v)?;
    }
    if let Some(v) = &f.application_date {
        a.application_date = optional_date("application_date", v)?;
    }
    if let Some(v) = &f.sponsor {
        a.sponsor_title = Some(enum_value("sponsor", v)?);
    }
    if let Some(v) = &f.family_role {
        a.family_role = Some(enum_value("family_role", v)?);
    }
    if let Some(v) = &f.path {
        a.chosen_path = (!v.is_empty() && v != "none").then(|| v.clone());
    }
    Ok(a)
}

/// The plan as text: the path and why, the points, the items by phase and the progress.
pub fn render(plan: &Plan, loc: &Localizer) -> String {
    let mut out = Vec::new();
    out.push(loc.t_args(
        "plan-cli-person",
        &args(&[
            ("name", plan.person.name.clone().into()),
            ("id", plan.person.id.clone().into()),
        ]),
    ));
    if !plan.answered {
        out.push(loc.t("plan-cli-not-answered"));
    }
    match &plan.path_title {
        Some(title) => out.push(loc.t_args(
            "plan-cli-path",
            &args(&[("path", title.text.clone().into())]),
        )),
        None => out.push(loc.t("plan-cli-no-path")),
    }
    if let Some(advice) = &plan.advice {
        out.push(format!("  {}", advice.message));
        if let Some(office) = &advice.office {
            out.push(format!("  {}", office_line(office, &plan.locale, loc)));
        }
    }
    out.push(String::new());
    out.push(loc.t("plan-cli-paths-heading"));
    for p in &plan.assessment.paths {
        out.push(format!(
            "  {} — {}",
            p.path_id,
            loc.t(&format!("plan-eligibility-{}", p.eligible.as_str()))
        ));
        for r in &p.reasons {
            let basis = if r.legal_basis.is_empty() {
                String::new()
            } else {
                format!(" ({})", r.legal_basis)
            };
            out.push(format!("      · {}{basis}", r.text));
        }
    }
    if let Some(points) = &plan.assessment.points {
        out.push(String::new());
        out.push(loc.t_args(
            "plan-cli-points",
            &args(&[
                ("total", points.total.into()),
                ("required", points.required.into()),
            ]),
        ));
        for line in &points.lines {
            let label = line
                .label
                .as_ref()
                .map(|l| l.text.clone())
                .unwrap_or_else(|| line.key.clone());
            out.push(format!("  +{}  {label}", line.points));
        }
    }
    for phase in &plan.progress.phases {
        out.push(String::new());
        out.push(format!(
            "{} — {}",
            loc.t(&format!("plan-phase-{}", phase_key(phase.phase))),
            loc.t_args(
                "plan-cli-progress",
                &args(&[
                    ("done", phase.count.done.into()),
                    ("total", phase.count.applicable.into())
                ])
            )
        ));
        for item in plan.items.iter().filter(|i| i.phase == phase.phase) {
            let mark = if item.status.is_done() {
                "[x]"
            } else if item.status == ItemStatus::NotNeeded {
                "[-]"
            } else {
                "[ ]"
            };
            let mut line = format!(
                "  {mark} {}  [{}]  {}",
                item.id,
                status_label(item.status, loc),
                item.title.text
            );
            if let Some(due) = item.due {
                line.push_str(&format!(
                    "  — {}",
                    loc.t_args(
                        "plan-cli-due",
                        &args(&[("date", format_date(due, loc.locale()).into())])
                    )
                ));
            }
            if let Some(w) = item.expiry_warning {
                line.push_str(&format!("  ! {}", expiry_label(w, loc)));
            }
            out.push(line);
            if let Some(office) = &item.office {
                out.push(format!(
                    "        {}",
                    office_line(office, &plan.locale, loc)
                ));
            }
            if let Some(note) = &item.note {
                out.push(format!(
                    "        {}",
                    loc.t_args("plan-cli-note", &args(&[("note", note.clone().into())]))
                ));
            }
            if let Some(conflict) = &item.note_conflict {
                out.push(format!(
                    "        {}",
                    loc.t_args(
                        "plan-cli-note-conflict",
                        &args(&[("note", conflict.clone().into())])
                    )
                ));
            }
        }
    }
    out.push(String::new());
    out.push(loc.t_args(
        "plan-cli-total",
        &args(&[
            ("done", plan.progress.overall.done.into()),
            ("total", plan.progress.overall.applicable.into()),
        ]),
    ));
    if !plan.hidden_progress.is_empty() {
        out.push(loc.t_args(
            "plan-cli-hidden",
            &args(&[("count", plan.hidden_progress.len().into())]),
        ));
    }
    out.join("\n")
}

/// "Office: name, street, postcode city" in the user's language.
fn office_line(office: &Office, locale: &str, loc: &Localizer) -> String {
    let name = office
        .name
        .resolve(&[locale])
        .map(|t| t.text)
        .unwrap_or_default();
    let address = format!(
        "{}, {} {}",
        office.address.street, office.address.postcode, office.address.city
    );
    loc.t_args(
        "plan-cli-office",
        &args(&[("office", name.into()), ("address", address.into())]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use welcome_core::plan::answers::{LanguageLevel, Purpose};

    #[test]
    fn flags_change_only_what_they_name() {
        let start = Answers {
            age: Some(30),
            ..Answers::default()
        };
        let flags = AnswerArgs {
            purpose: Some("job_search".into()),
            german: Some("b1".into()),
            salary: Some(52_000.0),
            arrival: Some("2027-03-01".into()),
            ..AnswerArgs::default()
        };
        let a = apply_flags(start, &flags).unwrap();
        assert_eq!(a.purpose, Purpose::JobSearch);
        assert_eq!(a.german, LanguageLevel::B1);
        assert_eq!(a.salary_eur, Some(52_000.0));
        assert_eq!(a.age, Some(30));
        assert_eq!(a.arrival_date, "2027-03-01".parse().ok());
    }

    #[test]
    fn unknown_values_are_translated_errors() {
        let flags = AnswerArgs {
            purpose: Some("holiday".into()),
            ..AnswerArgs::default()
        };
        let err = apply_flags(Answers::default(), &flags).unwrap_err();
        assert!(matches!(
            err,
            Error::Invalid {
                message_id: "error-plan-cli-value",
                ..
            }
        ));
        assert!(optional_date("date", "tomorrow").is_err());
        let sponsor = AnswerArgs {
            sponsor: Some("blue-card".into()),
            ..AnswerArgs::default()
        };
        assert!(apply_flags(Answers::default(), &sponsor).is_err());
        let sponsor = AnswerArgs {
            sponsor: Some("skilled_vocational".into()),
            move_in: Some("2027-03-10".into()),
            ..AnswerArgs::default()
        };
        let a = apply_flags(Answers::default(), &sponsor).unwrap();
        assert_eq!(
            a.sponsor_title,
            Some(welcome_core::plan::answers::SponsorTitle::SkilledVocational)
        );
        assert_eq!(a.move_in_date, "2027-03-10".parse().ok());
        assert_eq!(optional_date("date", "none").unwrap(), None);
    }
}
