//! The document vault: files attached to a plan's documents, and the appointment PDF.
//!
//! Files travel between the UI and the app as raw bytes (no base64 over the bridge): the UI
//! reads a chosen or dropped file and sends its bytes as the request's body, with the person,
//! document and file name in headers; pictures come back as raw bytes too.

use crate::error::CommandResult;
use crate::state::AppState;
use tauri::ipc::{InvokeBody, Request, Response};
use tauri::State;
use tauri_plugin_opener::OpenerExt;
use welcome_core::vault::{Attachment, VaultStatus};

#[tauri::command]
pub fn vault_status(state: State<'_, AppState>) -> CommandResult<VaultStatus> {
    state.run(|c| c.vault_status())
}

/// A person's attached files.
#[tauri::command]
pub fn attachments(
    state: State<'_, AppState>,
    person_id: String,
) -> CommandResult<Vec<Attachment>> {
    state.run(|c| c.attachments(&person_id))
}

/// A header's value, percent-decoded (file names may be in any script).
fn header(request: &Request<'_>, name: &str) -> welcome_core::Result<String> {
    request
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(percent_decode)
        .ok_or_else(|| welcome_core::Error::invalid("error-invalid", &[]))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn body<'a>(request: &'a Request<'_>) -> welcome_core::Result<&'a [u8]> {
    match request.body() {
        InvokeBody::Raw(bytes) => Ok(bytes),
        InvokeBody::Json(_) => Err(welcome_core::Error::invalid("error-invalid", &[])),
    }
}

/// Attaches the request's body (a file's bytes) to a document: headers `x-person`, `x-item`,
/// `x-file-name`.
#[tauri::command]
pub fn attach_file(state: State<'_, AppState>, request: Request<'_>) -> CommandResult<Attachment> {
    state.run(|c| {
        let person = header(&request, "x-person")?;
        let item = header(&request, "x-item")?;
        let name = header(&request, "x-file-name")?;
        c.attach_document(&person, &item, &name, body(&request)?)
    })
}

/// Replaces an attachment's file with the request's body: headers `x-attachment`,
/// `x-file-name`.
#[tauri::command]
pub fn replace_attachment(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> CommandResult<Attachment> {
    state.run(|c| {
        let id = header(&request, "x-attachment")?;
        let name = header(&request, "x-file-name")?;
        c.replace_attachment(&id, &name, body(&request)?)
    })
}

#[tauri::command]
pub fn delete_attachment(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    state.run(|c| c.delete_attachment(&id))
}

/// A picture's thumbnail (JPEG bytes); empty for a PDF.
#[tauri::command]
pub fn attachment_thumbnail(state: State<'_, AppState>, id: String) -> CommandResult<Response> {
    let thumb = state.run(|c| c.attachment_thumbnail(&id))?;
    Ok(Response::new(thumb.unwrap_or_default()))
}

/// A picture's full content, decrypted, to show in the app.
#[tauri::command]
pub fn attachment_content(state: State<'_, AppState>, id: String) -> CommandResult<Response> {
    let (_, bytes) = state.run(|c| c.attachment_content(&id))?;
    Ok(Response::new(bytes))
}

/// Opens an attachment in the system's viewer (a PDF): from a decrypted copy in the app's
/// private folder for opened files, which is emptied when the app starts and quits.
#[tauri::command]
pub fn open_attachment<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    id: String,
) -> CommandResult<()> {
    state.run(|c| {
        let (attachment, bytes) = c.attachment_content(&id)?;
        let path = state.write_opened(&attachment, &bytes)?;
        app.opener()
            .open_path(path.display().to_string(), None::<&str>)
            .map_err(|e| {
                tracing::warn!(error = %e, "no viewer opened an attachment");
                welcome_core::Error::invalid("error-app-no-viewer", &[])
            })
    })
}

/// Writes the PDF for an appointment (or, without one, of the person's documents) with the
/// attached scans into the user's downloads and returns its path.
#[tauri::command]
pub fn export_pdf(
    state: State<'_, AppState>,
    person_id: String,
    appointment_id: Option<String>,
) -> CommandResult<String> {
    state.run(|c| {
        let fonts = welcome_core::pdf::text::system_fonts(c.localizer().locale());
        let pdf = c.export_appointment_pdf(&person_id, appointment_id.as_deref(), fonts)?;
        let name = match &appointment_id {
            Some(id) => format!("welcome-ruhr-{person_id}-{id}.pdf"),
            None => format!("welcome-ruhr-{person_id}-documents.pdf"),
        };
        state.write_export(&name, &pdf)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_in_any_script_survive_the_header() {
        assert_eq!(
            super::percent_decode("Zeugnis%20%C3%BC.pdf"),
            "Zeugnis ü.pdf"
        );
        assert_eq!(
            super::percent_decode("%D8%AC%D9%88%D8%A7%D8%B2.jpg"),
            "جواز.jpg"
        );
        assert_eq!(super::percent_decode("100%"), "100%");
        assert_eq!(super::percent_decode("a%zz"), "a%zz");
    }
}
