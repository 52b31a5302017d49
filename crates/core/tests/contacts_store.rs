//! Contacts through the companion over a real store file: the reference content's offices,
//! guides and municipalities written into the content cache as the sync writes them.

use std::path::Path;
use welcome_core::contacts::{self, Contact, ContactKind, ContactQuery};
use welcome_core::secrets::MemoryTokenStore;
use welcome_core::Companion;
use welcome_protocol::content::OfficeKind;

fn load(companion: &Companion, file: &str, table: &str, kind: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../content")
        .join(file);
    let doc: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    companion
        .store()
        .write(|tx| {
            for item in doc[table].as_array().unwrap() {
                let json = serde_json::to_value(item).unwrap();
                tx.execute(
                    "INSERT INTO content (kind, id, seq, generation, data) VALUES (?1, ?2, 1, 1, ?3)",
                    rusqlite::params![kind, json["id"].as_str().unwrap(), json.to_string()],
                )?;
            }
            Ok(())
        })
        .unwrap();
}

fn companion(dir: &Path) -> Companion {
    let c = Companion::open_with(dir, Box::new(MemoryTokenStore::default())).unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/offices");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| format!("offices/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|f| f.ends_with(".toml"))
        .collect();
    files.sort();
    for f in &files {
        load(&c, f, "office", "office");
    }
    load(&c, "guides.toml", "guide", "guide");
    load(&c, "municipalities.toml", "municipality", "municipality");
    c
}

#[test]
fn contacts_by_town_language_and_folded_text_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let c = companion(dir.path());
    c.set_locale(Some("de")).unwrap();

    // A Kreis town: its foreigners' office is the Kreis's, in another town.
    let found = c
        .search_contacts(&ContactQuery {
            municipality_id: Some("dinslaken".into()),
            office_kind: Some(OfficeKind::ForeignersOffice),
            ..ContactQuery::default()
        })
        .unwrap();
    let Some(Contact::Office { contact, sample }) = found.first() else {
        panic!("{found:?}")
    };
    assert_eq!(contact.office.id, "kreis-wesel-auslaenderbehoerde");
    assert!(contact.serves_from_elsewhere && *sample);
    let name = contact.name.as_ref().unwrap();
    assert_eq!((name.lang.as_str(), name.fallback), ("de", false));
    assert_eq!(name.text, "Ausländerbehörde Kreis Wesel");

    // The plan's question: which office handles this step here?
    let office =
        contacts::office_for(c.store(), "dinslaken", OfficeKind::ForeignersOffice).unwrap();
    assert_eq!(office.id, "kreis-wesel-auslaenderbehoerde");
    let essen = contacts::office_for(c.store(), "essen", OfficeKind::CitizensOffice).unwrap();
    assert_eq!(essen.municipality_id, "essen");

    // Folded text: "Mulheim" finds Mülheim's offices.
    let found = c
        .search_contacts(&ContactQuery {
            text: "Mulheim".into(),
            kind: ContactKind::Offices,
            ..ContactQuery::default()
        })
        .unwrap();
    assert!(!found.is_empty());

    // Guides speaking Ukrainian, with their story in German.
    let found = c
        .search_contacts(&ContactQuery {
            language: Some("uk".into()),
            kind: ContactKind::Guides,
            ..ContactQuery::default()
        })
        .unwrap();
    assert!(!found.is_empty());
    for contact in &found {
        let Contact::Guide { contact, sample } = contact else {
            panic!()
        };
        assert!(*sample);
        assert!(contact.guide.languages.iter().any(|l| l == "uk"));
        assert_eq!(contact.story.as_ref().unwrap().lang, "de");
    }
}
