//! The document list as a printable, self-contained HTML page (no scripts, no external files),
//! in the order German missions list the documents (the items' `order`), with a checkbox per
//! document that is ticked once the document is in hand.

use super::generate::{Plan, PlanItem};
use super::progress::{ExpiryWarning, ItemStatus};
use super::reasons::format_date;
use crate::i18n::{args, Localizer};
use chrono::NaiveDate;
use welcome_protocol::content::ItemKind;

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The status's label in the reader's language.
pub fn status_label(status: ItemStatus, loc: &Localizer) -> String {
    loc.t(&format!("plan-status-{}", status.as_str()))
}

/// The expiry warning's label in the reader's language.
pub fn expiry_label(warning: ExpiryWarning, loc: &Localizer) -> String {
    loc.t(&format!("plan-expiry-{}", warning.as_str()))
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em;color:#111}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.4em;text-align:start;vertical-align:top}\
.box{font-size:1.3em;text-align:center}.warn{color:#a00;font-weight:bold}.desc{color:#444;font-size:.9em}\
@media print{body{margin:0}}";

/// The printable page of the plan's documents.
pub fn export(plan: &Plan, today: NaiveDate, loc: &Localizer) -> String {
    let mut docs: Vec<&PlanItem> = plan
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Document)
        .collect();
    docs.sort_by(|a, b| (a.phase, a.order, &a.id).cmp(&(b.phase, b.order, &b.id)));
    let title = loc.t_args(
        "plan-documents-title",
        &args(&[("name", plan.person.name.clone().into())]),
    );
    let mut html = String::new();
    html.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape_html(loc.locale()),
        match loc.direction() {
            crate::i18n::Direction::Rtl => "rtl",
            crate::i18n::Direction::Ltr => "ltr",
        },
        escape_html(&title),
        escape_html(&title)
    ));
    if let Some(path) = &plan.path_title {
        html.push_str(&format!(
            "<p>{}</p>\n",
            escape_html(&loc.t_args(
                "plan-documents-path",
                &args(&[("path", path.text.clone().into())])
            ))
        ));
    }
    html.push_str(&format!(
        "<p>{}</p>\n",
        escape_html(&loc.t_args(
            "plan-documents-date",
            &args(&[("date", format_date(today, loc.locale()).into())])
        ))
    ));
    if docs.is_empty() {
        html.push_str(&format!(
            "<p>{}</p>\n",
            escape_html(&loc.t("plan-documents-none"))
        ));
    } else {
        html.push_str(&format!(
            "<table>\n<thead><tr><th>{}</th><th>#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
            escape_html(&loc.t("plan-documents-col-done")),
            escape_html(&loc.t("plan-documents-col-document")),
            escape_html(&loc.t("plan-documents-col-status")),
            escape_html(&loc.t("plan-documents-col-expiry")),
            escape_html(&loc.t("plan-documents-col-note")),
        ));
        for (n, doc) in docs.iter().enumerate() {
            html.push_str(&row(n + 1, doc, loc));
        }
        html.push_str("</tbody>\n</table>\n");
    }
    html.push_str("</body>\n</html>\n");
    html
}

fn row(n: usize, doc: &PlanItem, loc: &Localizer) -> String {
    let checkbox = if doc.status.is_done() {
        "&#9745;"
    } else {
        "&#9744;"
    };
    let mut what = format!("<strong>{}</strong>", escape_html(&doc.title.text));
    if let Some(d) = &doc.description {
        what.push_str(&format!(
            "<div class=\"desc\">{}</div>",
            escape_html(&d.text)
        ));
    }
    if !doc.legal_basis.is_empty() {
        what.push_str(&format!(
            "<div class=\"desc\">{}</div>",
            escape_html(&doc.legal_basis)
        ));
    }
    let mut expiry = doc
        .expiry
        .map(|d| escape_html(&format_date(d, loc.locale())))
        .unwrap_or_default();
    if let Some(w) = doc.expiry_warning {
        expiry.push_str(&format!(
            " <span class=\"warn\">{}</span>",
            escape_html(&expiry_label(w, loc))
        ));
    }
    format!(
        "<tr><td class=\"box\">{checkbox}</td><td>{n}</td><td>{what}</td><td>{}</td><td>{expiry}</td><td>{}</td></tr>\n",
        escape_html(&status_label(doc.status, loc)),
        escape_html(doc.note.as_deref().unwrap_or_default()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape_html("<script>a&b\"'</script>"),
            "&lt;script&gt;a&amp;b&quot;&#39;&lt;/script&gt;"
        );
    }
}
