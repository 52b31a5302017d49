//! The PDF to take to an appointment: what it is (when, where), the person's documents in the
//! order missions list them with a box ticked for each one in hand, its status and validity,
//! then the scans and PDFs attached to those documents, one after another, so the person can
//! show or print one file instead of searching their phone.

use super::appointments::Appointment;
use super::export_documents::{expiry_label, status_label};
use super::generate::{Plan, PlanItem};
use super::reasons::format_date;
use crate::i18n::{args, Direction, Localizer};
use crate::pdf::{Layout, Style};
use crate::vault::media::{self, MediaType};
use crate::vault::Attachment;
use crate::Result;
use chrono::NaiveDate;
use welcome_protocol::content::ItemKind;

/// What goes into the PDF besides the plan.
pub struct PdfInput<'a> {
    pub plan: &'a Plan,
    pub appointment: Option<&'a Appointment>,
    /// Where the appointment is, in words (the place, or the office's name and address).
    pub place: Option<String>,
    /// The person's attachments with their content; `None` content when it could not be
    /// opened (the vault's key is gone), so the list still says the file exists.
    pub files: Vec<(Attachment, Option<Vec<u8>>)>,
    pub today: NaiveDate,
    /// Fonts to set the text in (see [`crate::pdf::text::system_fonts`]).
    pub fonts: Vec<Vec<u8>>,
}

/// Longest side, in pixels, of a picture as placed in the PDF (A4 at about 200 dpi): sharp when
/// printed, a few hundred kilobytes per page.
const PICTURE_PX: u32 = 2_000;

fn documents(plan: &Plan) -> Vec<&PlanItem> {
    let mut docs: Vec<&PlanItem> = plan
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Document)
        .collect();
    docs.sort_by(|a, b| (a.phase, a.order, &a.id).cmp(&(b.phase, b.order, &b.id)));
    docs
}

/// The PDF in the reader's language and direction.
pub fn export(input: PdfInput<'_>, loc: &Localizer) -> Result<Vec<u8>> {
    let rtl = loc.direction() == Direction::Rtl;
    let mut pdf = Layout::new(input.fonts.clone(), rtl)?;
    let name = input.plan.person.name.clone();
    let documents_title = loc.t_args("plan-documents-title", &args(&[("name", name.into())]));
    let title = match input.appointment {
        Some(a) => a.title.clone(),
        None => documents_title.clone(),
    };
    pdf.paragraph(&title, Style::Title, 0.0);
    if let Some(a) = input.appointment {
        let date = format_date(a.date, loc.locale());
        let when = match a.time {
            Some(t) => loc.t_args(
                "pdf-appointment-when-time",
                &args(&[
                    ("date", date.into()),
                    ("time", t.format("%H:%M").to_string().into()),
                ]),
            ),
            None => loc.t_args("pdf-appointment-when", &args(&[("date", date.into())])),
        };
        pdf.paragraph(&when, Style::Body, 0.0);
        if let Some(place) = input.place.as_deref().filter(|p| !p.is_empty()) {
            pdf.paragraph(place, Style::Body, 0.0);
        }
        if !a.note.is_empty() {
            pdf.note(&a.note, 0.0);
        }
        pdf.gap(6.0);
        pdf.paragraph(&documents_title, Style::Heading, 0.0);
    }
    if let Some(path) = &input.plan.path_title {
        pdf.note(
            &loc.t_args(
                "plan-documents-path",
                &args(&[("path", path.text.clone().into())]),
            ),
            0.0,
        );
    }
    pdf.note(
        &loc.t_args(
            "plan-documents-date",
            &args(&[("date", format_date(input.today, loc.locale()).into())]),
        ),
        0.0,
    );
    pdf.rule();

    let docs = documents(input.plan);
    if docs.is_empty() {
        pdf.paragraph(&loc.t("plan-documents-none"), Style::Body, 0.0);
    }
    for (n, doc) in docs.iter().enumerate() {
        let mark = if doc.status.is_done() { "☒" } else { "☐" };
        if !pdf.fits(40.0) {
            pdf.new_page();
        }
        pdf.paragraph(
            &format!("{mark}  {}. {}", n + 1, doc.title.text),
            Style::Body,
            0.0,
        );
        let mut facts = vec![status_label(doc.status, loc)];
        if let Some(expiry) = doc.expiry {
            let mut valid = loc.t_args(
                "pdf-valid-until",
                &args(&[("date", format_date(expiry, loc.locale()).into())]),
            );
            if let Some(w) = doc.expiry_warning {
                valid.push_str(&format!(" ({})", expiry_label(w, loc)));
            }
            facts.push(valid);
        }
        let attached: Vec<&str> = input
            .files
            .iter()
            .filter(|(a, _)| a.item_id == doc.id)
            .map(|(a, _)| a.file_name.as_str())
            .collect();
        if !attached.is_empty() {
            facts.push(loc.t_args(
                "pdf-attached",
                &args(&[("files", attached.join(", ").into())]),
            ));
        }
        pdf.note(&facts.join(" · "), 18.0);
        if let Some(note) = doc.note.as_deref().filter(|n| !n.trim().is_empty()) {
            pdf.note(note, 18.0);
        }
    }

    // The files, in the order of the list.
    let mut files: Vec<&(Attachment, Option<Vec<u8>>)> = Vec::new();
    for doc in &docs {
        files.extend(input.files.iter().filter(|(a, _)| a.item_id == doc.id));
    }
    let missing = files.iter().filter(|(_, c)| c.is_none()).count();
    if missing > 0 {
        pdf.gap(6.0);
        pdf.paragraph(
            &loc.t_args("pdf-files-unavailable", &args(&[("count", missing.into())])),
            Style::Body,
            0.0,
        );
    }
    for (attachment, content) in files {
        let Some(bytes) = content else { continue };
        let doc_title = docs
            .iter()
            .find(|d| d.id == attachment.item_id)
            .map(|d| d.title.text.clone())
            .unwrap_or_default();
        pdf.new_page();
        pdf.paragraph(&doc_title, Style::Heading, 0.0);
        pdf.note(&attachment.file_name, 0.0);
        match attachment.media_type {
            MediaType::Pdf => pdf.pdf_pages(bytes.clone())?,
            picture => {
                let image = media::decode_upright(bytes, picture)?;
                let image = if image.width().max(image.height()) > PICTURE_PX {
                    image.resize(
                        PICTURE_PX,
                        PICTURE_PX,
                        image::imageops::FilterType::Triangle,
                    )
                } else {
                    image
                };
                pdf.image(media::jpeg(&image, 85)?, image.width(), image.height())?;
            }
        }
    }
    pdf.finish(&title, loc.locale())
}
