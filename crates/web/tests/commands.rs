//! The web app's command table, natively: every command of the desktop app
//! (src-tauri/src/commands) has a web counterpart, and they answer as the desktop's do.

use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::Path;
use welcome_core::secrets::{Token, TokenStore};
use welcome_core::Companion;
use welcome_web::commands::{self, UNSUPPORTED};
use welcome_web::tokens::WebTokenStore;

fn no_events(_: &str, _: Value) {}

fn open(dir: &Path) -> Companion {
    let c = Companion::open_with(dir, Box::new(WebTokenStore::default())).unwrap();
    // Nothing listens there: commands that need the portal fail fast as offline.
    c.set_portal_url("http://127.0.0.1:9").unwrap();
    c
}

/// The names of src-tauri's `#[tauri::command]` functions.
fn desktop_commands() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src-tauri/src/commands");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let mut lines = source.lines();
        while let Some(line) = lines.next() {
            if line.trim() != "#[tauri::command]" {
                continue;
            }
            let signature = lines.next().unwrap_or_default();
            let name = signature
                .split("fn ")
                .nth(1)
                .and_then(|rest| rest.split(['(', '<']).next())
                .unwrap_or_default();
            names.push(name.to_owned());
        }
    }
    names.sort();
    names
}

#[tokio::test]
async fn every_desktop_command_has_a_web_counterpart() {
    let dir = tempfile::tempdir().unwrap();
    let c = open(dir.path());
    let names = desktop_commands();
    assert!(names.len() >= 40, "found the commands: {names:?}");
    let mut missing = Vec::new();
    for name in &names {
        if UNSUPPORTED.contains(&name.as_str()) {
            continue;
        }
        // Without arguments a command fails on them or answers; only an unknown one is `None`.
        if let Ok(None) = commands::run(&c, name, &json!({}), no_events).await {
            missing.push(name.clone());
        }
    }
    assert!(missing.is_empty(), "no web counterpart for {missing:?}");
}

#[tokio::test]
async fn commands_answer_like_the_desktop_app() {
    let dir = tempfile::tempdir().unwrap();
    let c = open(dir.path());
    let run = |command: &'static str, args: Value| {
        let c = &c;
        async move { commands::run(c, command, &args, no_events).await }
    };
    let info = run("app_info", json!({})).await.unwrap().unwrap();
    assert!(info["locales"].as_array().unwrap().len() >= 2);
    let id = run("add_person", json!({"name": "Ana", "relation": "spouse"}))
        .await
        .unwrap()
        .unwrap();
    let overview = run("overview", json!({})).await.unwrap().unwrap();
    assert!(overview["needs_setup"].as_bool().unwrap());
    let people = overview["people"].as_array().unwrap();
    assert!(people.iter().any(|p| p["id"] == id), "{overview}");
    // camelCase arguments, like Tauri's IPC.
    assert_eq!(
        run("plan", json!({"personId": id})).await.unwrap().unwrap(),
        Value::Null,
        "no plan before the questionnaire"
    );
    let settings = run("settings", json!({})).await.unwrap().unwrap();
    assert_eq!(settings["portal_url"], "http://127.0.0.1:9");
    assert_eq!(settings["theme"], "system");
    run("update_settings", json!({"patch": {"theme": "dark"}}))
        .await
        .unwrap()
        .unwrap();
    let settings = run("settings", json!({})).await.unwrap().unwrap();
    assert_eq!(settings["theme"], "dark");
    // Errors keep the core's kinds (the worker turns them into {kind, message}).
    let bad = run(
        "update_settings",
        json!({"patch": {"sync_interval_minutes": 1}}),
    )
    .await;
    assert_eq!(bad.unwrap_err().kind(), "invalid");
    let offline = run("sync_now", json!({})).await;
    assert_eq!(offline.unwrap_err().kind(), "network");
    // An export is a file for the page to download.
    let export = run("export_ics", json!({"personId": id})).await;
    if let Ok(Some(file)) = export {
        assert!(file["__download"].as_str().unwrap().ends_with(".ics"));
        assert_eq!(file["mime"], "text/calendar");
    }
}

#[test]
fn token_writes_queue_for_the_worker_in_order() {
    let store = WebTokenStore::with(HashMap::from([("a".to_owned(), "old".to_owned())]));
    assert_eq!(store.get("a").unwrap(), Some(Token::new("old")));
    store.set("b", &Token::new("t-b")).unwrap();
    store.delete("a").unwrap();
    assert_eq!(store.get("a").unwrap(), None);
    assert_eq!(
        store.take_writes(),
        vec![
            ("b".to_owned(), Some("t-b".to_owned())),
            ("a".to_owned(), None)
        ]
    );
    assert!(
        store.take_writes().is_empty(),
        "each write is handed over once"
    );
}
