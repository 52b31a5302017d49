//! The module's interface to `js/worker.js`: open the store, run a command, hand over the
//! token writes to persist. Commands and answers travel as JSON text.

use crate::commands::{self, CommandError};
use crate::tokens::WebTokenStore;
use serde_json::Value;
use sqlite_wasm_vfs::sahpool::{install, OpfsSAHPoolCfg};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use welcome_core::i18n::Localizer;
use welcome_core::views::{AppInfo, Catalog};
use welcome_core::Companion;

/// The "data folder": a name in the OPFS pool's directory.
const DATA_DIR: &str = "/welcome";

struct Opened {
    companion: Rc<Companion>,
    tokens: WebTokenStore,
}

thread_local! {
    static OPENED: RefCell<Option<Opened>> = const { RefCell::new(None) };
    /// The worker's `(name, payloadJson) => void` that posts events to the page.
    static EVENTS: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

fn js_error(message: impl std::fmt::Display) -> JsValue {
    JsValue::from_str(&message.to_string())
}

fn emit(name: &str, payload: Value) {
    EVENTS.with(|events| {
        if let Some(f) = events.borrow().as_ref() {
            let _ = f.call2(
                &JsValue::NULL,
                &JsValue::from_str(name),
                &JsValue::from_str(&payload.to_string()),
            );
        }
    });
}

/// Opens the store in OPFS (installing the sync-access-handle pool VFS as SQLite's default)
/// with the tokens the worker decrypted (`{key: token}` as JSON), and points a fresh store at
/// `portal_url` (the page's own origin). `on_event(name, json)` receives the events.
#[wasm_bindgen]
pub async fn open(
    tokens_json: String,
    portal_url: String,
    on_event: js_sys::Function,
) -> Result<(), JsValue> {
    if OPENED.with(|o| o.borrow().is_some()) {
        return Ok(());
    }
    install::<sqlite_wasm_rs::WasmOsCallback>(&OpfsSAHPoolCfg::default(), true)
        .await
        .map_err(|e| {
            js_error(format!(
                "the browser's storage (OPFS) is not available: {e}"
            ))
        })?;
    let tokens: HashMap<String, String> = serde_json::from_str(&tokens_json).map_err(js_error)?;
    let tokens = WebTokenStore::with(tokens);
    let companion =
        Companion::open_with(Path::new(DATA_DIR), Box::new(tokens.clone())).map_err(js_error)?;
    if companion
        .store()
        .state(welcome_core::store::state::PORTAL_URL)
        .ok()
        .flatten()
        .is_none()
    {
        companion.set_portal_url(&portal_url).map_err(js_error)?;
    }
    EVENTS.with(|e| *e.borrow_mut() = Some(on_event));
    OPENED.with(|o| {
        *o.borrow_mut() = Some(Opened {
            companion: Rc::new(companion),
            tokens,
        });
    });
    Ok(())
}

/// Runs one of the desktop app's commands; answers its result as JSON, or rejects with the
/// IPC's error shape `{kind, message}` as JSON.
#[wasm_bindgen]
pub async fn call(command: String, args_json: String) -> Result<String, JsValue> {
    let companion = OPENED
        .with(|o| o.borrow().as_ref().map(|o| o.companion.clone()))
        .ok_or_else(|| js_error("the store is not open"))?;
    let fail = |e: CommandError| {
        JsValue::from_str(&serde_json::to_string(&e).unwrap_or_else(|_| e.message.clone()))
    };
    if commands::UNSUPPORTED.contains(&command.as_str()) {
        return Err(fail(CommandError::unsupported(&command)));
    }
    let args: Value = if args_json.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&args_json).map_err(js_error)?
    };
    match commands::run(&companion, &command, &args, emit).await {
        Ok(Some(answer)) => Ok(answer.to_string()),
        Ok(None) => Err(fail(CommandError {
            kind: "invalid".to_owned(),
            message: format!("unknown command “{command}”"),
        })),
        Err(e) => Err(fail(CommandError::from_core(&e, &companion))),
    }
}

/// The token writes since the last call (`[[key, token or null], ...]` as JSON), for the
/// worker to persist encrypted.
#[wasm_bindgen]
pub fn take_token_writes() -> String {
    let writes = OPENED.with(|o| {
        o.borrow()
            .as_ref()
            .map(|o| o.tokens.take_writes())
            .unwrap_or_default()
    });
    serde_json::to_string(&writes).unwrap_or_else(|_| "[]".to_owned())
}

/// What the page needs while another tab holds the store, answered without it: the language and
/// its catalogs (`app_info`, `i18n_catalog`), so the page can say in the reader's language why
/// it waits. `locale` is the one the page last used (the choice itself is in the store); else
/// the browser's languages decide.
#[wasm_bindgen]
pub fn call_before_open(command: String, locale: Option<String>) -> Result<String, JsValue> {
    let loc = match locale.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        Some(locale) => Localizer::new(&[locale]),
        None => Localizer::system(),
    };
    let answer = match command.as_str() {
        "app_info" => serde_json::to_string(&AppInfo::of(&loc)),
        "i18n_catalog" => serde_json::to_string(&Catalog::chain(&loc)),
        _ => return Err(js_error(format!("“{command}” needs the store"))),
    };
    answer.map_err(js_error)
}
