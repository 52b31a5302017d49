//! Contact search over the reference content (content/offices, guides, municipalities) loaded
//! into an in-memory content table shaped like the store's.

use super::search::{office_for_conn, search, Contact, ContactKind, ContactQuery};
use rusqlite::Connection;
use std::path::Path;
use welcome_protocol::content::OfficeKind;

fn load(conn: &Connection, file: &str, table: &str, kind: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../content")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let doc: toml::Table = toml::from_str(&text).unwrap();
    for item in doc[table].as_array().unwrap() {
        let json = serde_json::to_value(item).unwrap();
        conn.execute(
            "INSERT INTO content (kind, id, seq, generation, data) VALUES (?1, ?2, 0, 0, ?3)",
            rusqlite::params![kind, json["id"].as_str().unwrap(), json.to_string()],
        )
        .unwrap();
    }
}

fn db() -> Connection {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(
        "CREATE TABLE content (kind TEXT, id TEXT, seq INTEGER, generation INTEGER, data TEXT,
            PRIMARY KEY (kind, id));",
    )
    .unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/offices");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| format!("offices/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|f| f.ends_with(".toml"))
        .collect();
    files.sort();
    for f in &files {
        load(&conn, f, "office", "office");
    }
    load(&conn, "guides.toml", "guide", "guide");
    load(&conn, "municipalities.toml", "municipality", "municipality");
    conn
}

fn office_ids(found: &[Contact]) -> Vec<String> {
    found
        .iter()
        .filter_map(|c| match c {
            Contact::Office { contact, .. } => Some(contact.office.id.clone()),
            Contact::Guide { .. } => None,
        })
        .collect()
}

fn guide_ids(found: &[Contact]) -> Vec<String> {
    found
        .iter()
        .filter_map(|c| match c {
            Contact::Guide { contact, .. } => Some(contact.guide.id.clone()),
            Contact::Office { .. } => None,
        })
        .collect()
}

#[test]
fn a_district_office_serves_its_towns() {
    let conn = db();
    let q = ContactQuery {
        municipality_id: Some("moers".into()),
        office_kind: Some(OfficeKind::ForeignersOffice),
        ..ContactQuery::default()
    };
    let found = search(&conn, &q, &["en"]).unwrap();
    assert_eq!(office_ids(&found), ["kreis-wesel-auslaenderbehoerde"]);
    let Contact::Office { contact, sample } = &found[0] else {
        panic!()
    };
    assert!(contact.serves_from_elsewhere);
    assert!(*sample);
    let name = contact.name.as_ref().unwrap();
    assert!(!name.fallback && name.lang == "en");
    // A language without content text falls back to English and says so.
    let found = search(&conn, &q, &["ar"]).unwrap();
    let Contact::Office { contact, .. } = &found[0] else {
        panic!()
    };
    assert!(contact.name.as_ref().unwrap().fallback);

    let office = office_for_conn(&conn, "moers", OfficeKind::ForeignersOffice)
        .unwrap()
        .unwrap();
    assert_eq!(office.id, "kreis-wesel-auslaenderbehoerde");
    assert!(
        office_for_conn(&conn, "nowhere", OfficeKind::ForeignersOffice)
            .unwrap()
            .is_none()
    );
}

#[test]
fn own_town_offices_come_before_those_serving_from_elsewhere() {
    let conn = db();
    let q = ContactQuery {
        municipality_id: Some("wesel".into()),
        kind: ContactKind::Offices,
        ..ContactQuery::default()
    };
    let found = search(&conn, &q, &["de"]).unwrap();
    assert!(found.iter().all(|c| matches!(c, Contact::Office { .. })));
    let ids = office_ids(&found);
    assert!(ids.contains(&"wesel-buergeramt".to_owned()), "{ids:?}");
    assert!(
        ids.contains(&"kreis-wesel-auslaenderbehoerde".to_owned()),
        "{ids:?}"
    );
}

#[test]
fn language_topic_and_folded_text_filters() {
    let conn = db();
    let arabic = search(
        &conn,
        &ContactQuery {
            language: Some("ar".into()),
            kind: ContactKind::Guides,
            ..ContactQuery::default()
        },
        &["en"],
    )
    .unwrap();
    assert!(guide_ids(&arabic).contains(&"guide-amira-haddad".to_owned()));
    assert!(arabic.iter().all(|c| matches!(c, Contact::Guide { contact, .. } if contact.guide.languages.iter().any(|l| l == "ar"))));

    let visa = search(
        &conn,
        &ContactQuery {
            topic: Some("Visa".into()),
            ..ContactQuery::default()
        },
        &["en"],
    )
    .unwrap();
    assert!(!visa.is_empty());
    assert!(office_ids(&visa).is_empty());

    // "Yilmaz" finds "Yılmaz", "Mulheim" and "Muelheim" find "Mülheim".
    let found = search(
        &conn,
        &ContactQuery {
            text: "yilmaz".into(),
            ..ContactQuery::default()
        },
        &["en"],
    )
    .unwrap();
    assert_eq!(guide_ids(&found), ["guide-mehmet-yilmaz"]);
    for text in ["Mulheim", "MUELHEIM", "mülheim"] {
        let found = search(
            &conn,
            &ContactQuery {
                text: text.into(),
                kind: ContactKind::Offices,
                ..ContactQuery::default()
            },
            &["en"],
        )
        .unwrap();
        assert!(!found.is_empty(), "{text}");
        // Offices in Mülheim, or elsewhere with Mülheim in their address (Mülheimer Straße).
        let in_muelheim = |c: &Contact| match c {
            Contact::Office { contact, .. } => {
                contact.office.municipality_id == "muelheim-an-der-ruhr"
                    || contact.office.address.street.starts_with("Mülheim")
            }
            Contact::Guide { .. } => false,
        };
        assert!(found.iter().all(in_muelheim), "{text}: {found:?}");
    }
    // Query syntax is just text.
    for text in ["\"", "*", "AND", "(", "%", "_"] {
        search(
            &conn,
            &ContactQuery {
                text: text.into(),
                ..ContactQuery::default()
            },
            &["en"],
        )
        .unwrap();
    }
    let both = ContactQuery {
        office_kind: Some(OfficeKind::JobCentre),
        topic: Some("visa".into()),
        ..ContactQuery::default()
    };
    assert_eq!(search(&conn, &both, &["en"]).unwrap_err().kind(), "invalid");
}

#[test]
fn an_office_with_a_serves_list_is_not_the_office_of_a_seat_town_it_does_not_list() {
    let conn = db();
    // The Kreis Wesel youth office sits in Wesel but serves only the towns without their own.
    let q = ContactQuery {
        municipality_id: Some("wesel".into()),
        office_kind: Some(OfficeKind::YouthOffice),
        ..ContactQuery::default()
    };
    let found = search(&conn, &q, &["en"]).unwrap();
    assert_eq!(office_ids(&found), ["wesel-jugendamt"]);
    let alpen = office_for_conn(&conn, "alpen", OfficeKind::YouthOffice)
        .unwrap()
        .unwrap();
    assert_eq!(alpen.id, "kreis-wesel-jugendamt");
    // A district's foreigners' office lists its seat and so still serves it from there.
    let wesel = office_for_conn(&conn, "wesel", OfficeKind::ForeignersOffice)
        .unwrap()
        .unwrap();
    assert_eq!(wesel.id, "kreis-wesel-auslaenderbehoerde");
}
