//! The document vault through [`welcome_core::Companion`] over a real store and data folder:
//! files attached to a plan's documents are encrypted on disk, survive restarts, are replaced
//! and deleted; a file the vault cannot keep changes nothing; a keychain that lost the key is
//! reported and never costs a file; the appointment PDF carries the list and the scans.

mod plan_support;

use plan_support::{engineer, seed_content};
use std::path::Path;
use std::sync::Arc;
use welcome_core::secrets::{MemoryTokenStore, TokenStore};
use welcome_core::vault::media::MediaType;
use welcome_core::vault::{VaultState, VAULT_DIR};
use welcome_core::{Companion, Error};
use welcome_protocol::content::ItemKind;

fn open(dir: &Path, tokens: &Arc<MemoryTokenStore>) -> Companion {
    let c = Companion::open_with(dir, Box::new(tokens.clone())).unwrap();
    seed_content(&c);
    c
}

/// A photo of a document: a 1600x1000 picture with a recognisable band.
fn photo() -> Vec<u8> {
    let img = image::RgbImage::from_fn(1600, 1000, |x, _| {
        if (700..900).contains(&x) {
            image::Rgb([20, 60, 200])
        } else {
            image::Rgb([240, 240, 230])
        }
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(
            &mut std::io::Cursor::new(&mut out),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    out
}

/// A two-page PDF, as a scanner app writes one.
fn scan_pdf() -> Vec<u8> {
    let mut doc = krilla::Document::new();
    for _ in 0..2 {
        let settings = krilla::page::PageSettings::from_wh(595.0, 842.0).unwrap();
        let mut page = doc.start_page_with(settings);
        page.surface().finish();
        page.finish();
    }
    doc.finish().unwrap()
}

fn first_document(c: &Companion) -> String {
    c.plan("me")
        .unwrap()
        .items
        .into_iter()
        .find(|i| i.kind == ItemKind::Document)
        .unwrap()
        .id
}

fn vault_files(dir: &Path) -> Vec<Vec<u8>> {
    match std::fs::read_dir(dir.join(VAULT_DIR)) {
        Ok(entries) => entries
            .map(|e| std::fs::read(e.unwrap().path()).unwrap())
            .collect(),
        Err(_) => Vec::new(),
    }
}

fn message_id(e: Error) -> &'static str {
    match e {
        Error::Invalid { message_id, .. } => message_id,
        other => panic!("not a user error: {other:?}"),
    }
}

#[test]
fn an_attached_scan_is_encrypted_on_disk_and_opens_after_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let tokens = Arc::new(MemoryTokenStore::default());
    let c = open(tmp.path(), &tokens);
    c.set_answers("me", engineer()).unwrap();
    let doc = first_document(&c);
    assert_eq!(c.vault_status().unwrap().state, VaultState::Empty);

    let photo = photo();
    let a = c
        .attach_document("me", &doc, "/home/amira/Pictures/passport.jpg", &photo)
        .unwrap();
    assert_eq!(
        (a.file_name.as_str(), a.media_type),
        ("passport.jpg", MediaType::Jpeg)
    );
    assert_eq!(
        (a.width, a.height, a.size),
        (Some(1600), Some(1000), photo.len() as u64)
    );
    let pdf = c
        .attach_document("me", &doc, "Zeugnis.pdf", &scan_pdf())
        .unwrap();
    assert_eq!(pdf.pages, Some(2));

    // On disk: two files, neither readable without the key.
    let on_disk = vault_files(tmp.path());
    assert_eq!(on_disk.len(), 2);
    assert!(on_disk
        .iter()
        .all(|f| !f.windows(8).any(|w| w == &photo[100..108])));
    assert!(on_disk.iter().all(|f| !f.windows(5).any(|w| w == b"%PDF-")));

    drop(c);
    let c = open(tmp.path(), &tokens);
    let listed = c.attachments("me").unwrap();
    assert_eq!(
        listed.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        [a.id.as_str(), pdf.id.as_str()]
    );
    let (_, content) = c.attachment_content(&a.id).unwrap();
    assert_eq!(content, photo);
    let thumb = image::load_from_memory(&c.attachment_thumbnail(&a.id).unwrap().unwrap()).unwrap();
    assert_eq!((thumb.width(), thumb.height()), (240, 150));
    assert_eq!(c.attachment_thumbnail(&pdf.id).unwrap(), None);
    assert_eq!(c.vault_status().unwrap().state, VaultState::Ready);

    // Replace keeps its place; delete removes row and file.
    let replaced = c
        .replace_attachment(&a.id, "passport-new.pdf", &scan_pdf())
        .unwrap();
    assert_eq!(
        (replaced.id.as_str(), replaced.media_type),
        (a.id.as_str(), MediaType::Pdf)
    );
    assert_eq!(
        c.attachment_content(&a.id).unwrap().1,
        scan_pdf_len_check(&c, &a.id)
    );
    c.delete_attachment(&pdf.id).unwrap();
    assert_eq!(c.attachments("me").unwrap().len(), 1);
    assert_eq!(vault_files(tmp.path()).len(), 1);
}

/// The content of a replaced attachment is a PDF (krilla's output differs per run, so compare
/// what it is, not its bytes).
fn scan_pdf_len_check(c: &Companion, id: &str) -> Vec<u8> {
    let (_, bytes) = c.attachment_content(id).unwrap();
    assert_eq!(MediaType::sniff(&bytes), Some(MediaType::Pdf));
    bytes
}

#[test]
fn a_file_the_vault_cannot_keep_is_refused_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let tokens = Arc::new(MemoryTokenStore::default());
    let c = open(tmp.path(), &tokens);
    c.set_answers("me", engineer()).unwrap();
    let doc = first_document(&c);
    let kept = c
        .attach_document("me", &doc, "passport.jpg", &photo())
        .unwrap();
    let before = vault_files(tmp.path());

    let mut cut = photo();
    cut.truncate(cut.len() / 3);
    let mut huge = photo();
    huge.resize(21 * 1024 * 1024, 0);
    let cases: [(&str, &[u8], &str); 4] = [
        ("notes.txt", b"just some text", "error-vault-type"),
        ("cut.jpg", &cut, "error-vault-corrupt"),
        (
            "fake.pdf",
            b"%PDF-1.4\n1 0 obj garbage",
            "error-vault-corrupt",
        ),
        ("huge.jpg", &huge, "error-vault-too-large"),
    ];
    for (name, bytes, expected) in cases {
        assert_eq!(
            message_id(c.attach_document("me", &doc, name, bytes).unwrap_err()),
            expected,
            "{name}"
        );
        assert_eq!(
            message_id(c.replace_attachment(&kept.id, name, bytes).unwrap_err()),
            expected,
            "{name}"
        );
    }
    assert_eq!(c.attachments("me").unwrap(), vec![kept.clone()]);
    assert_eq!(vault_files(tmp.path()), before);
    assert_eq!(c.attachment_content(&kept.id).unwrap().1, photo());
    // The errors read in the user's language.
    let de = welcome_core::i18n::Localizer::new(&["de"]);
    let e = c
        .attach_document("me", &doc, "notes.txt", b"text")
        .unwrap_err();
    assert!(e
        .localized(&de)
        .starts_with("Diese Datei kann nicht angehängt werden"));
    // Only a document of the person's plan takes files.
    assert!(matches!(
        c.attach_document("me", "no-such-item", "p.jpg", &photo()),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn a_keychain_that_lost_the_key_is_reported_and_the_files_are_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let tokens = Arc::new(MemoryTokenStore::default());
    let c = open(tmp.path(), &tokens);
    c.set_answers("me", engineer()).unwrap();
    let doc = first_document(&c);
    let a = c
        .attach_document("me", &doc, "passport.jpg", &photo())
        .unwrap();
    let entry = format!("vault#{}", c.store().client_id());
    let key = tokens
        .get(&entry)
        .unwrap()
        .expect("the key is in the keychain");

    // The keychain is reset.
    tokens.delete(&entry).unwrap();
    drop(c);
    let c = open(tmp.path(), &tokens);
    assert_eq!(c.vault_status().unwrap().state, VaultState::KeyMissing);
    assert!(matches!(
        c.attachment_content(&a.id),
        Err(Error::VaultKeyMissing)
    ));
    assert!(matches!(
        c.attachment_thumbnail(&a.id),
        Err(Error::VaultKeyMissing)
    ));
    // No new key is made over kept files: attaching says the same, and nothing is deleted.
    assert!(matches!(
        c.attach_document("me", &doc, "visa.jpg", &photo()),
        Err(Error::VaultKeyMissing)
    ));
    assert!(tokens.get(&entry).unwrap().is_none());
    assert_eq!(c.attachments("me").unwrap(), vec![a.clone()]);
    assert_eq!(vault_files(tmp.path()).len(), 1);
    // The PDF still lists the document and says the file is missing.
    let fonts = welcome_core::pdf::text::system_fonts("en");
    let pdf = c.export_appointment_pdf("me", None, fonts.clone()).unwrap();
    assert_eq!(krilla::pdf::Pdf::new(pdf).unwrap().pages().len(), 1);

    // Another key is no better than none.
    tokens
        .set(
            &entry,
            &welcome_core::vault::cipher::VaultKey::generate().to_token(),
        )
        .unwrap();
    assert!(matches!(
        c.attachment_content(&a.id),
        Err(Error::VaultKeyMissing)
    ));
    // The restored key opens the files again.
    tokens.set(&entry, &key).unwrap();
    assert_eq!(c.attachment_content(&a.id).unwrap().1, photo());

    // Without the key, the user can still clear the files; then the vault starts afresh.
    tokens.delete(&entry).unwrap();
    c.delete_attachment(&a.id).unwrap();
    assert_eq!(c.vault_status().unwrap().state, VaultState::Empty);
    assert!(vault_files(tmp.path()).is_empty());
    let b = c.attach_document("me", &doc, "visa.jpg", &photo()).unwrap();
    assert_eq!(c.attachment_content(&b.id).unwrap().1, photo());
}

#[test]
fn the_appointment_pdf_has_the_document_list_and_every_attached_scan() {
    let tmp = tempfile::tempdir().unwrap();
    let tokens = Arc::new(MemoryTokenStore::default());
    let c = open(tmp.path(), &tokens);
    c.set_answers("me", engineer()).unwrap();
    let doc = first_document(&c);
    c.attach_document("me", &doc, "passport.jpg", &photo())
        .unwrap();
    c.attach_document("me", &doc, "Zeugnis.pdf", &scan_pdf())
        .unwrap();
    let fonts = welcome_core::pdf::text::system_fonts("en");
    assert!(
        !fonts.is_empty(),
        "the test machine has DejaVu or Noto fonts"
    );
    let bytes = c.export_appointment_pdf("me", None, fonts.clone()).unwrap();
    let pdf = krilla::pdf::Pdf::new(bytes.clone()).unwrap();
    // The list (one page for this plan), the photo, the scan's two pages.
    assert_eq!(pdf.pages().len(), 4);

    // Without fonts, a clear error and no file.
    assert_eq!(
        message_id(
            c.export_appointment_pdf("me", None, Vec::new())
                .unwrap_err()
        ),
        "error-pdf-no-font"
    );
    // For an appointment, in Arabic (right to left, shaped).
    let appointment = c
        .save_appointment(welcome_core::plan::appointments::Appointment {
            id: String::new(),
            person_id: "me".into(),
            title: "Ausländerbehörde Dortmund".into(),
            date: plan_support::day("2027-03-15"),
            time: chrono::NaiveTime::from_hms_opt(9, 30, 0),
            place: "Olpe 1, 44135 Dortmund".into(),
            office_id: None,
            note: String::new(),
        })
        .unwrap();
    c.set_locale(Some("ar")).unwrap();
    let ar = c
        .export_appointment_pdf(
            "me",
            Some(&appointment.id),
            welcome_core::pdf::text::system_fonts("ar"),
        )
        .unwrap();
    assert_eq!(krilla::pdf::Pdf::new(ar.clone()).unwrap().pages().len(), 4);
    assert!(matches!(
        c.export_appointment_pdf("me", Some("appointment-none"), fonts),
        Err(Error::NotFound { .. })
    ));
    if let Ok(dir) = std::env::var("WELCOME_PDF_SAMPLE_DIR") {
        std::fs::write(Path::new(&dir).join("documents.pdf"), bytes).unwrap();
        std::fs::write(Path::new(&dir).join("appointment-ar.pdf"), ar).unwrap();
    }
}

#[test]
fn removing_a_person_removes_their_files_and_resetting_oneself_keeps_them() {
    let tmp = tempfile::tempdir().unwrap();
    let tokens = Arc::new(MemoryTokenStore::default());
    let c = open(tmp.path(), &tokens);
    c.set_answers("me", engineer()).unwrap();
    c.add_person("sam", "Sam", welcome_core::plan::Relation::Spouse)
        .unwrap();
    c.set_answers("sam", engineer()).unwrap();
    let doc = first_document(&c);
    c.attach_document("me", &doc, "mine.jpg", &photo()).unwrap();
    c.attach_document("sam", &doc, "sams.jpg", &photo())
        .unwrap();
    assert_eq!(vault_files(tmp.path()).len(), 2);

    c.remove_person("sam").unwrap();
    assert!(c.attachments("sam").unwrap().is_empty());
    assert_eq!(vault_files(tmp.path()).len(), 1);
    // "Me" is only reset (the questionnaire again): the files stay.
    c.remove_person("me").unwrap();
    assert_eq!(c.attachments("me").unwrap().len(), 1);
    assert_eq!(vault_files(tmp.path()).len(), 1);
}
