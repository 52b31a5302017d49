//! Keeps the web view lean. The UI is a few local pages of text, forms and lists: it needs no
//! GPU compositing, no page or media caches, no WebGL, audio or video, and no offline storage
//! of its own (the data lives in the app's SQLite store). Turning these off is most of what
//! WebKit's processes would otherwise hold in memory (figures in benches/PACKAGING.md).

use tauri::{Runtime, WebviewWindow};

/// Applies the settings to the window's web view; a failure only leaves WebKit's defaults.
pub fn tune<R: Runtime>(window: &WebviewWindow<R>) {
    #[cfg(target_os = "linux")]
    if let Err(error) = window.with_webview(|webview| linux::tune(&webview.inner())) {
        tracing::info!(%error, "web view settings not applied");
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

#[cfg(target_os = "linux")]
mod linux {
    use webkit2gtk::{
        CacheModel, HardwareAccelerationPolicy, SettingsExt, WebContextExt, WebViewExt,
    };

    pub fn tune(view: &webkit2gtk::WebView) {
        if let Some(context) = view.context() {
            // No memory cache of earlier pages and resources: the UI is one page, served
            // from inside the binary.
            context.set_cache_model(CacheModel::DocumentViewer);
        }
        let Some(settings) = WebViewExt::settings(view) else {
            return;
        };
        // Software painting: compositing through OpenGL (a software rasteriser where there is
        // no GPU) costs tens of MiB in both the app and the web process.
        settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        settings.set_enable_page_cache(false);
        settings.set_enable_webgl(false);
        settings.set_enable_webaudio(false);
        settings.set_enable_media(false);
        settings.set_enable_media_stream(false);
        settings.set_enable_mediasource(false);
        settings.set_enable_encrypted_media(false);
        settings.set_enable_html5_database(false);
        settings.set_enable_offline_web_application_cache(false);
        settings.set_enable_dns_prefetching(false);
        settings.set_enable_site_specific_quirks(false);
    }
}
