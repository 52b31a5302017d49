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

/// An amount the way the reader writes it: "48,300.00 EUR" in English, "48.300,00 €" in German,
/// "48 300,00 EUR" in French. A comma means a decimal point in most of the app's languages, so
/// "48,300" in a Ukrainian sentence would read as 48.3 euros: every language gets its own
/// separators (the same as the content's translations use).
pub fn format_eur(amount: f64, locale: &str) -> String {
    let cents = (amount * 100.0).round() as i64;
    let (whole, frac) = (cents.abs() / 100, cents.abs() % 100);
    let digits = whole.to_string();
    let lang = locale.split(['-', '_']).next().unwrap_or(locale);
    // (grouping, decimal separator)
    let (group, decimal) = match lang {
        "de" | "tr" | "ro" | "es" => ('.', ','),
        // A no-break space, so an amount never breaks across lines.
        "fr" | "pl" | "ru" | "uk" => ('\u{a0}', ','),
        _ => (',', '.'),
    };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let sign = if cents < 0 { "-" } else { "" };
    let currency = if lang == "de" { "€" } else { "EUR" };
    format!("{sign}{grouped}{decimal}{frac:02} {currency}")
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
        assert_eq!(format_eur(50_700.0, "uk"), "50\u{a0}700,00 EUR");
        assert_eq!(format_eur(45_934.2, "fr"), "45\u{a0}934,20 EUR");
        assert_eq!(format_eur(11_904.0, "tr"), "11.904,00 EUR");
        assert_eq!(format_eur(55_770.0, "ar"), "55,770.00 EUR");
    }
}
