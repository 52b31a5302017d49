//! The content in the app's languages: every text translated into each language that
//! `i18n/locales.toml` marks content-complete, and the feed sending only the languages a client
//! reads.

mod support;

use std::path::Path;
use support::Backend;
use welcome_portal::content_loader;
use welcome_portal::translations::Translations;
use welcome_protocol::{Entity, FeedLine, LocalizedText, TextStatus, Texts};

/// The locales whose content `i18n/locales.toml` promises complete.
fn content_complete_locales() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n/locales.toml");
    let file: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    file["locale"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l.get("content").and_then(|c| c.as_str()) == Some("complete"))
        .map(|l| l["code"].as_str().unwrap().to_owned())
        .collect()
}

fn texts_of(entity: &Entity) -> Vec<LocalizedText> {
    let mut entity = entity.clone();
    let mut out = Vec::new();
    entity.for_each_text(&mut |t| out.push(t.clone()));
    out
}

#[test]
fn every_content_text_is_in_every_content_complete_locale() {
    let locales = content_complete_locales();
    assert_eq!(
        locales.len(),
        11,
        "all eleven app languages promise their content"
    );
    let dir = content_loader::bundled_content_dir();
    let content = content_loader::read_content(&dir).unwrap();
    let wanted: Vec<&str> = locales.iter().map(String::as_str).collect();
    let coverage = content.translations.coverage(&content.entities, &wanted);
    assert!(coverage.texts > 150, "{} texts", coverage.texts);
    let report = |map: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>| {
        map.iter()
            .map(|(lang, texts)| {
                let some: Vec<_> = texts.iter().take(5).collect();
                format!("{lang}: {} (e.g. {some:?})", texts.len())
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(
        coverage.missing.is_empty(),
        "texts without a translation (add them to content/translations/<lang>.toml):\n{}",
        report(&coverage.missing)
    );
    assert!(
        coverage.unused.is_empty(),
        "translations of originals that no longer exist (the English changed: translate the \
         new text and drop the old entry):\n{}",
        report(&coverage.unused)
    );
    // And what the loader made of it: every text of every record has every language, the
    // translations marked as such.
    for entity in &content.entities {
        if matches!(entity, Entity::Municipality(_)) {
            continue; // town names: see below
        }
        for text in texts_of(entity) {
            if text.is_empty() {
                continue;
            }
            for lang in &locales {
                let entry = text.get(lang).unwrap_or_else(|| {
                    panic!(
                        "{} {}: no {lang} in {text:?}",
                        entity.kind().as_str(),
                        entity.id()
                    )
                });
                let original = lang == "de" || lang == "en";
                assert_eq!(entry.status == TextStatus::Original, original, "{lang}");
            }
        }
    }
}

#[test]
fn towns_have_their_names_in_other_scripts() {
    let content = content_loader::read_content(&content_loader::bundled_content_dir()).unwrap();
    let muelheim = content
        .entities
        .iter()
        .find_map(|e| match e {
            Entity::Municipality(m) if m.id == "muelheim-an-der-ruhr" => Some(m.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(muelheim.name, "Mülheim an der Ruhr");
    for lang in ["ar", "fa", "uk", "ru"] {
        let name = muelheim.names.text(lang).unwrap_or_default();
        assert!(!name.is_empty() && !name.is_ascii(), "{lang}: {name:?}");
    }
    assert!(
        muelheim.names.text("pl").is_none(),
        "Latin scripts use the German name"
    );
}

fn write(dir: &Path, name: &str, body: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, body).unwrap();
}

const CHECKLIST: &str = r#"id = "c"
title = { de = "Anmeldung", en = "Registration" }
summary = { de = "Kurz", en = "Short" }
items = []
"#;

#[test]
fn translations_live_apart_from_the_originals_and_stale_ones_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path();
    write(
        content,
        "checklists/c.toml",
        &CHECKLIST.replace(r#"en = "Short""#, r#"en = "Short", ar = "قصير""#),
    );
    let err = content_loader::read_content(content).unwrap_err();
    assert!(
        format!("{err:#}").contains("translations/ar.toml"),
        "an inline translation would pass as an original: {err:#}"
    );
    write(content, "checklists/c.toml", CHECKLIST);
    write(
        content,
        "translations/tr.toml",
        "locale = \"tr\"\n[[text]]\nen = \"Registration\"\ntext = \"Adres kaydı (Anmeldung)\"\n\
         [[text]]\nen = \"An older English text\"\ntext = \"Eski\"\nstatus = \"reviewed\"\n",
    );
    let read = content_loader::read_content(content).unwrap();
    let coverage = read.translations.coverage(&read.entities, &["tr", "uk"]);
    assert_eq!(
        coverage.missing["tr"].iter().collect::<Vec<_>>(),
        ["Short"],
        "a text without translation"
    );
    assert_eq!(coverage.missing["uk"].len(), 2, "a language without a file");
    assert_eq!(
        coverage.unused["tr"].iter().collect::<Vec<_>>(),
        ["An older English text"]
    );
    let Entity::Checklist(c) = &read.entities[0] else {
        panic!()
    };
    let tr = c.title.get("tr").unwrap();
    assert_eq!(
        (tr.text.as_str(), tr.status),
        ("Adres kaydı (Anmeldung)", TextStatus::Translated)
    );
    write(
        content,
        "translations/tr.toml",
        "locale = \"tr\"\n[[text]]\nen = \"Registration\"\ntext = \"x\"\nstatus = \"original\"\n",
    );
    assert!(
        Translations::read(content).is_err(),
        "a translation is never an original"
    );
    write(
        content,
        "translations/tr.toml",
        "locale = \"uk\"\n[[text]]\nen = \"Registration\"\ntext = \"x\"\n",
    );
    assert!(
        Translations::read(content).is_err(),
        "file name and locale differ"
    );
}

fn checklist_title(lines: &[FeedLine]) -> serde_json::Value {
    let line = lines
        .iter()
        .find_map(|l| match l {
            FeedLine::Upsert {
                entity: Entity::Checklist(c),
                ..
            } if c.id == "after-arrival" => Some(c.title.clone()),
            _ => None,
        })
        .expect("the after-arrival checklist");
    serde_json::to_value(line).unwrap()
}

async fn the_feed_sends_the_languages_a_client_reads_and_the_originals(backend: Backend) {
    let t = support::portal(&backend).await;
    let get = |lang: Option<&'static str>| {
        let t = &t;
        async move {
            let mut req = t.http.get(t.url("/v1/feed")).query(&[("limit", "1000")]);
            if let Some(l) = lang {
                req = req.query(&[("lang", l)]);
            }
            let body = req.send().await.unwrap().text().await.unwrap();
            let lines: Vec<FeedLine> = body
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
            (body.len(), lines)
        }
    };
    // A first-version client asks for no language: the originals, as plain strings.
    let (originals_bytes, lines) = get(None).await;
    let title = checklist_title(&lines);
    assert_eq!(
        title,
        serde_json::json!({"de": "Nach der Ankunft", "en": "After arrival"})
    );
    let (arabic_bytes, lines) = get(Some("ar,en,de")).await;
    let title = checklist_title(&lines);
    assert_eq!(title["ar"]["status"], "translated");
    assert!(title.get("uk").is_none() && title["en"].is_string());
    let (all_bytes, _) = get(Some("en,de,ar,tr,uk,ru,pl,ro,fa,es,fr")).await;
    assert!(
        originals_bytes < arabic_bytes && arabic_bytes * 2 < all_bytes,
        "originals {originals_bytes} B, with Arabic {arabic_bytes} B, all {all_bytes} B"
    );
    let bad = t
        .http
        .get(t.url("/v1/feed"))
        .query(&[("lang", "ar;drop")])
        .send()
        .await
        .unwrap();
    support::expect_error(bad, 400).await;
    t.p.shutdown().await;
}

support::on_each_backend!(async: the_feed_sends_the_languages_a_client_reads_and_the_originals);
