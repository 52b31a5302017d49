//! Why a path fits or not, as Fluent message ids with typed arguments: the assessment stays free
//! of language, and [`Reason::localize`] formats amounts and dates the reader's way.

use crate::i18n::{FluentArgs, FluentValue, Localizer};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use welcome_protocol::content::Source;

/// A typed argument of a reason's message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum ArgValue {
    /// An amount in euros.
    Eur(f64),
    Count(u32),
    Date(NaiveDate),
    Text(String),
}

/// One statement of an assessment, with the law and the source it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Reason {
    /// Fluent message id in `plan.ftl`.
    pub message_id: String,
    pub args: BTreeMap<String, ArgValue>,
    /// The message in the reader's language (filled by [`Reason::localize`]).
    #[serde(default)]
    pub text: String,
    /// e.g. "§ 18g AufenthG"; empty where the statement is general advice.
    pub legal_basis: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl Reason {
    pub fn new(message_id: &str, legal_basis: &str) -> Self {
        Self {
            message_id: message_id.to_owned(),
            args: BTreeMap::new(),
            text: String::new(),
            legal_basis: legal_basis.to_owned(),
            source: None,
        }
    }

    pub fn arg(mut self, name: &str, value: ArgValue) -> Self {
        self.args.insert(name.to_owned(), value);
        self
    }

    pub fn source(mut self, source: Option<&Source>) -> Self {
        self.source = source.cloned();
        self
    }

    /// Fills `text` in the localizer's language.
    pub fn localize(&mut self, loc: &Localizer) {
        let mut args = FluentArgs::new();
        for (k, v) in &self.args {
            let value = match v {
                ArgValue::Eur(a) => FluentValue::from(format_eur(*a, loc.locale())),
                ArgValue::Count(n) => FluentValue::from(*n),
                ArgValue::Date(d) => FluentValue::from(format_date(*d, loc.locale())),
                ArgValue::Text(t) => FluentValue::from(t.clone()),
            };
            args.set(k.clone(), value);
        }
        self.text = loc.t_args(&self.message_id, &args);
    }
}

/// An amount the way the reader writes it: "48,300.00 EUR" in English, "48.300,00 €" in German.
pub fn format_eur(amount: f64, locale: &str) -> String {
    let cents = (amount * 100.0).round() as i64;
    let (whole, frac) = (cents.abs() / 100, cents.abs() % 100);
    let digits = whole.to_string();
    let german = locale.starts_with("de");
    let sep = if german { '.' } else { ',' };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    let sign = if cents < 0 { "-" } else { "" };
    if german {
        format!("{sign}{grouped},{frac:02} €")
    } else {
        format!("{sign}{grouped}.{frac:02} EUR")
    }
}

/// A date the way the reader writes it: "1 Mar 2027" is ambiguous across languages, so English
/// gets ISO 8601 and German the customary "01.03.2027".
pub fn format_date(date: NaiveDate, locale: &str) -> String {
    if locale.starts_with("de") {
        date.format("%d.%m.%Y").to_string()
    } else {
        date.format("%Y-%m-%d").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_amounts_per_language() {
        assert_eq!(format_eur(48_300.0, "en"), "48,300.00 EUR");
        assert_eq!(format_eur(43_759.8, "de"), "43.759,80 €");
        assert_eq!(format_eur(992.0, "en"), "992.00 EUR");
        assert_eq!(format_eur(1_000_000.0, "de"), "1.000.000,00 €");
    }
}
