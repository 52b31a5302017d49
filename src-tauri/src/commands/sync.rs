//! Syncing now, and the account.

use crate::background;
use crate::error::CommandResult;
use crate::state::AppState;
use tauri::{AppHandle, Runtime, State};
use welcome_core::companion::LoginOutcome;
use welcome_protocol::SessionInfo;

/// Syncs now; progress arrives as `sync-progress` events.
#[tauri::command]
pub async fn sync_now<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> CommandResult<()> {
    let companion = state.companion();
    let result = background::sync_once(&app, &companion).await;
    state.finish(result.map(|_| ()))
}

/// The system reports the network is back: the background sync runs now, so changes made
/// offline leave at once. Does nothing while sync is paused.
#[tauri::command]
pub fn network_online(state: State<'_, AppState>) {
    state.wake_background_sync();
}

#[tauri::command]
pub async fn login(
    state: State<'_, AppState>,
    email: String,
    password: String,
) -> CommandResult<LoginOutcome> {
    let companion = state.companion();
    state.finish(companion.login(&email, &password).await)
}

#[tauri::command]
pub async fn register(
    state: State<'_, AppState>,
    email: String,
    password: String,
) -> CommandResult<LoginOutcome> {
    let companion = state.companion();
    state.finish(companion.register(&email, &password).await)
}

/// Logs out: the portal revokes the token when reachable; the keychain entry goes either way.
/// `keep_data` keeps this account's data on the device; without it the data is removed.
#[tauri::command]
pub async fn logout(state: State<'_, AppState>, keep_data: bool) -> CommandResult<()> {
    let companion = state.companion();
    state.finish(companion.logout(keep_data).await)
}

/// The account's signed-in devices, most recently used first (needs the portal).
#[tauri::command]
pub async fn sessions(state: State<'_, AppState>) -> CommandResult<Vec<SessionInfo>> {
    let companion = state.companion();
    state.finish(companion.sessions().await)
}

/// Signs the account out on another device (a lost phone); this device's own session logs it
/// out here.
#[tauri::command]
pub async fn revoke_session(state: State<'_, AppState>, id: String) -> CommandResult<()> {
    let companion = state.companion();
    state.finish(companion.revoke_session(&id).await)
}
