//! `welcome search jobs|contacts`: offline search over the synced cache, using the jobs and
//! contacts modules of core.

use crate::output::print_json;
use clap::{Args, Subcommand};
use welcome_core::contacts::search::{Contact, ContactQuery};
use welcome_core::i18n::{args, Localizer};
use welcome_core::jobs::JobQuery;
use welcome_core::{Companion, Error, Result};

#[derive(Debug, Args)]
pub struct SearchArgs {
    #[command(subcommand)]
    pub what: SearchWhat,
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum SearchWhat {
    /// Jobs: free text over title, occupation, employer and city.
    Jobs {
        text: Vec<String>,
        /// Only jobs in this municipality (its name or id, e.g. "Essen" or "muelheim-an-der-ruhr").
        #[arg(long)]
        city: Option<String>,
        /// Results to show.
        #[arg(long, default_value_t = 20)]
        limit: u32,
    },
    /// Offices and Welcome Guides.
    Contacts {
        text: Vec<String>,
        /// Only contacts for this municipality (name or id).
        #[arg(long)]
        city: Option<String>,
    },
}

/// A municipality id from a name or id, case-insensitively.
fn municipality_id(c: &Companion, city: &str) -> Result<String> {
    let wanted = city.trim().to_lowercase();
    c.municipalities()?
        .into_iter()
        .find(|m| m.id == wanted || m.name.to_lowercase() == wanted)
        .map(|m| m.id)
        .ok_or_else(|| Error::invalid("error-cli-unknown-city", &[("city", city.to_owned())]))
}

pub fn run(c: &Companion, loc: &Localizer, a: SearchArgs, json: bool) -> Result<()> {
    let json = a.json || json;
    match a.what {
        SearchWhat::Jobs { text, city, limit } => {
            let mut query = JobQuery {
                text: text.join(" "),
                limit,
                ..JobQuery::default()
            };
            if let Some(city) = city {
                query.municipalities = vec![municipality_id(c, &city)?];
            }
            let page = welcome_core::jobs::search(c.store(), &query)?;
            if json {
                return print_json(&page);
            }
            println!(
                "{}",
                loc.t_args(
                    "cli-search-jobs-total",
                    &args(&[("total", page.total.into())])
                )
            );
            for hit in &page.hits {
                let j = &hit.job;
                println!(
                    "{}",
                    loc.t_args(
                        "cli-search-job-line",
                        &args(&[
                            ("id", j.id.clone().into()),
                            ("title", j.title.clone().into()),
                            ("employer", j.employer.clone().into()),
                            ("city", j.city.clone().into()),
                            ("published", j.published.to_string().into()),
                        ])
                    )
                );
            }
            Ok(())
        }
        SearchWhat::Contacts { text, city } => {
            let mut query = ContactQuery {
                text: text.join(" "),
                ..ContactQuery::default()
            };
            if let Some(city) = city {
                query.municipality_id = Some(municipality_id(c, &city)?);
            }
            let lang = loc.locale().to_owned();
            let found =
                welcome_core::contacts::search_contacts(c.store(), &query, &[lang.as_str()])?;
            if json {
                return print_json(&found);
            }
            println!(
                "{}",
                loc.t_args(
                    "cli-search-contacts-total",
                    &args(&[("total", found.len().into())])
                )
            );
            for contact in &found {
                let (name, place) = match contact {
                    Contact::Office { contact, .. } => (
                        contact
                            .name
                            .as_ref()
                            .map(|n| n.text.clone())
                            .unwrap_or_default(),
                        format!(
                            "{}, {} {}",
                            contact.office.address.street,
                            contact.office.address.postcode,
                            contact.office.address.city
                        ),
                    ),
                    Contact::Guide { contact, .. } => (
                        contact.guide.name.clone(),
                        contact.guide.municipality_id.clone(),
                    ),
                };
                println!(
                    "{}",
                    loc.t_args(
                        "cli-search-contact-line",
                        &args(&[("name", name.into()), ("place", place.into())])
                    )
                );
            }
            Ok(())
        }
    }
}
