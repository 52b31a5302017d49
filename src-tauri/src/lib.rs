//! The welcome.RUHR Companion app: a thin Tauri adapter over `welcome-core`.
//!
//! Commands unpack their arguments, call [`welcome_core::Companion`] and map errors to the one
//! [`error::CommandError`] shape; everything else (sync, plan, jobs, i18n) lives in core.

pub mod background;
pub mod commands;
pub mod deep_link;
pub mod error;
pub mod reminders;
pub mod second_launch;
pub mod state;
pub mod webview;

use tauri::{Manager, Runtime};

/// Registers the commands on any runtime, so tests can pass `tauri::test::mock_builder()`.
pub fn build<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::app::app_info,
        commands::app::i18n_catalog,
        commands::app::set_locale,
        commands::app::take_launch_link,
        commands::overview::overview,
        commands::overview::dismiss_rejected_changes,
        commands::overview::settings,
        commands::overview::update_settings,
        commands::sync::sync_now,
        commands::sync::network_online,
        commands::sync::login,
        commands::sync::register,
        commands::sync::logout,
        commands::sync::sessions,
        commands::sync::revoke_session,
        commands::plan::municipalities,
        commands::plan::add_person,
        commands::plan::remove_person,
        commands::plan::household_plans,
        commands::plan::plan,
        commands::plan::set_answers,
        commands::plan::set_item_status,
        commands::plan::set_item_due,
        commands::plan::set_item_note,
        commands::plan::set_document_expiry,
        commands::plan::export_ics,
        commands::plan::export_documents,
        commands::jobs::search_jobs,
        commands::jobs::job_detail,
        commands::jobs::job_advice,
        commands::plan::appointments,
        commands::plan::save_appointment,
        commands::plan::delete_appointment,
        commands::reminders::reminders,
        commands::reminders::mark_reminder_read,
        commands::reminders::reminder_settings,
        commands::reminders::set_reminder_settings,
        commands::reminders::set_item_reminders,
        commands::jobs::save_job,
        commands::jobs::unsave_job,
        commands::jobs::saved_jobs,
        commands::jobs::save_search,
        commands::jobs::delete_search,
        commands::jobs::saved_searches,
        commands::jobs::alerts,
        commands::jobs::mark_alert_read,
        commands::jobs::mark_all_alerts_read,
        commands::contacts::search_contacts,
        commands::contacts::send_guide_request,
        commands::contacts::guide_requests,
        commands::contacts::guide_answers,
        commands::contacts::mark_guide_answer_read,
        commands::vault::vault_status,
        commands::vault::attachments,
        commands::vault::attach_file,
        commands::vault::replace_attachment,
        commands::vault::delete_attachment,
        commands::vault::attachment_thumbnail,
        commands::vault::attachment_content,
        commands::vault::open_attachment,
        commands::vault::export_pdf,
    ])
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let filter = std::env::var("RUST_LOG")
        .ok()
        .and_then(|spec| spec.parse::<tracing_subscriber::filter::Targets>().ok())
        .unwrap_or_else(|| {
            tracing_subscriber::filter::Targets::new().with_default(tracing::Level::INFO)
        });
    {
        use tracing_subscriber::layer::SubscriberExt;
        use tracing_subscriber::util::SubscriberInitExt;
        tracing_subscriber::registry()
            .with(tracing_subscriber::fmt::layer())
            .with(filter)
            .init();
    }

    let context = tauri::generate_context!();
    #[cfg(desktop)]
    if second_launch::hand_to_running_instance(&context.config().identifier) {
        return;
    }

    let mut builder = tauri::Builder::default();
    #[cfg(desktop)]
    {
        // A second launch brings this window forward; its welcome-ruhr:// link, if any, reaches
        // `register_deep_links` through the deep-link plugin (the plugin's `deep-link` feature).
        builder = builder.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            deep_link::bring_forward(app);
        }));
        builder = builder.plugin(tauri_plugin_deep_link::init());
    }
    build(builder)
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            if let Some(window) = app.get_webview_window("main") {
                webview::tune(&window);
            }
            let state = state::AppState::open(app.handle())?;
            state.clear_opened();
            state.keep_launch_link(deep_link::from_args(std::env::args()));
            let companion = state.companion();
            let wake = state.sync_wake();
            let reminders_wake = state.reminders_wake();
            app.manage(state);
            #[cfg(desktop)]
            register_deep_links(app.handle());
            reminders::spawn(app.handle().clone(), companion.clone(), reminders_wake);
            background::spawn(app.handle().clone(), companion, wake);
            Ok(())
        })
        .build(context)
        .expect("the app window could not be started")
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                // Decrypted copies handed to a viewer do not outlive the app.
                app.state::<state::AppState>().clear_opened();
            }
        });
}

#[cfg(desktop)]
fn register_deep_links<R: Runtime>(app: &tauri::AppHandle<R>) {
    use tauri_plugin_deep_link::DeepLinkExt;
    let handle = app.clone();
    app.deep_link().on_open_url(move |event| {
        for url in event.urls() {
            deep_link::open(&handle, url.as_str());
        }
    });
    // Linux and Windows learn the scheme at run time; a failure only disables links. Test and
    // demo runs (their own data folder) leave the desktop's registrations alone.
    #[cfg(any(target_os = "linux", windows))]
    if std::env::var_os("WELCOME_DATA_DIR").is_some() {
        return;
    }
    #[cfg(any(target_os = "linux", windows))]
    if let Err(error) = app.deep_link().register_all() {
        tracing::info!(%error, "welcome-ruhr:// links not registered");
    }
}
