//! The command wiring on Tauri's mock runtime: arguments arrive under the names the UI sends,
//! results come back as the UI reads them, and errors cross as `{kind, message}` translated
//! into the user's language. No window, no WebKit, a real store in a temporary folder.

use serde_json::{json, Value};
use std::sync::Arc;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;
use welcome_app_lib::state::AppState;
use welcome_core::Companion;

struct TestApp {
    _app: tauri::App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
    _dir: tempfile::TempDir,
}

fn app() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let companion = Arc::new(Companion::open(&dir.path().join("data")).unwrap());
    let app = welcome_app_lib::build(mock_builder())
        .manage(AppState::new(companion, dir.path().join("exports")))
        // The real configuration, so the capability file's permissions are checked too.
        .build(tauri::generate_context!())
        .unwrap();
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    TestApp {
        _app: app,
        webview,
        _dir: dir,
    }
}

fn invoke(app: &TestApp, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        &app.webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

#[test]
fn switching_the_language_changes_the_catalogs_and_direction() {
    let app = app();
    let info = invoke(&app, "set_locale", json!({ "locale": "de" })).unwrap();
    assert_eq!(info["locale"], "de");
    assert_eq!(info["rtl"], false);
    let catalogs = invoke(&app, "i18n_catalog", json!({})).unwrap();
    assert_eq!(catalogs[0]["locale"], "de");
    assert!(catalogs[0]["source"]
        .as_str()
        .unwrap()
        .contains("Mein Plan"));

    let info = invoke(&app, "set_locale", json!({ "locale": "ar" })).unwrap();
    assert_eq!(info["locale"], "ar");
    assert_eq!(info["rtl"], true);
}

#[test]
fn a_fresh_install_needs_setup_and_has_one_person() {
    let app = app();
    let overview = invoke(&app, "overview", json!({})).unwrap();
    assert_eq!(overview["needs_setup"], true);
    assert_eq!(overview["people"].as_array().unwrap().len(), 1);
    assert_eq!(overview["unread_alerts"], 0);
}

#[test]
fn bad_input_is_answered_with_a_translated_error_and_changes_nothing() {
    let app = app();
    invoke(&app, "set_locale", json!({ "locale": "de" })).unwrap();
    let error = invoke(
        &app,
        "update_settings",
        json!({ "patch": { "sync_interval_minutes": 1 } }),
    )
    .unwrap_err();
    assert_eq!(error["kind"], "invalid");
    assert!(
        error["message"].as_str().unwrap().contains("Minuten"),
        "{error}"
    );
    let settings = invoke(&app, "settings", json!({})).unwrap();
    assert_eq!(settings["sync_interval_minutes"], 60);

    let error = invoke(
        &app,
        "update_settings",
        json!({ "patch": { "portal_url": "not a url" } }),
    )
    .unwrap_err();
    assert_eq!(error["kind"], "invalid");
    let settings = invoke(&app, "settings", json!({})).unwrap();
    assert_eq!(settings["portal_url"], "http://127.0.0.1:7878");

    // A patch with one bad field changes none of its good ones either.
    let error = invoke(
        &app,
        "update_settings",
        json!({ "patch": { "portal_url": "https://portal.example", "sync_paused": true, "sync_interval_minutes": 0 } }),
    )
    .unwrap_err();
    assert_eq!(error["kind"], "invalid");
    let settings = invoke(&app, "settings", json!({})).unwrap();
    assert_eq!(settings["portal_url"], "http://127.0.0.1:7878");
    assert_eq!(settings["sync_paused"], false);
}

#[test]
fn the_ui_can_report_the_network_is_back() {
    let app = app();
    assert_eq!(
        invoke(&app, "network_online", json!({})).unwrap(),
        Value::Null
    );
}

#[test]
fn settings_are_saved() {
    let app = app();
    invoke(
        &app,
        "update_settings",
        json!({ "patch": { "sync_paused": true, "sync_interval_minutes": 240, "theme": "dark" } }),
    )
    .unwrap();
    let settings = invoke(&app, "settings", json!({})).unwrap();
    assert_eq!(settings["sync_paused"], true);
    assert_eq!(settings["sync_interval_minutes"], 240);
    assert_eq!(settings["theme"], "dark");
}

#[test]
fn a_guide_request_needs_an_account_and_the_lists_start_empty() {
    let app = app();
    let error = invoke(
        &app,
        "send_guide_request",
        json!({ "draft": {
            "guide_id": "guide-amira-haddad", "language": "en", "topic": "family",
            "message": "Hello", "contact_method": "app", "contact_value": "", "consent": true
        } }),
    )
    .unwrap_err();
    assert_eq!(error["kind"], "not_logged_in", "{error}");
    assert!(!error["message"].as_str().unwrap().is_empty());
    assert_eq!(
        invoke(&app, "guide_requests", json!({})).unwrap(),
        json!([])
    );
    assert_eq!(invoke(&app, "guide_answers", json!({})).unwrap(), json!([]));
    let error = invoke(&app, "mark_guide_answer_read", json!({ "id": "gr-none" })).unwrap_err();
    assert_eq!(error["kind"], "not_found", "{error}");
}
