//! The web app under `/app/`: the Companion's UI with its core as WebAssembly
//! (`scripts/build-web.sh` builds it into `ui/dist-web`), served from the portal's own origin so
//! the app's API calls need no CORS. Every answer carries a strict Content-Security-Policy:
//! only the app's own files run (WebAssembly compiled from them too), and they talk to this
//! origin only.

use axum::body::Body;
use axum::extract::{Path as UrlPath, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use tower_http::compression::CompressionLayer;

/// The environment variable naming the built web app's folder.
pub const DIR_ENV: &str = "WELCOME_WEB_APP_DIR";

/// The policy of every `/app/` answer. `wasm-unsafe-eval` lets the app's own WebAssembly
/// compile (it allows no JavaScript `eval`).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
    worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; \
    form-action 'none'; frame-ancestors 'none'";

/// The folder to serve: `WELCOME_WEB_APP_DIR` when set, else `ui/dist-web` when it was built.
pub fn dir_from_env() -> Option<PathBuf> {
    match std::env::var_os(DIR_ENV) {
        Some(dir) => Some(PathBuf::from(dir)),
        None => Some(PathBuf::from("ui/dist-web")).filter(|d| d.join("index.html").is_file()),
    }
}

/// The routes serving the web app from `dir`, to merge into the portal's router.
pub fn router(dir: PathBuf) -> Router {
    Router::new()
        .route("/app", get(|| async { Redirect::permanent("/app/") }))
        .route("/app/", get(index))
        .route("/app/{*path}", get(file))
        .with_state(Arc::new(dir))
        .layer(CompressionLayer::new().gzip(true).zstd(true))
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "ftl" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// A path inside the folder, or `None` for anything that could leave it.
fn inside(dir: &Path, path: &str) -> Option<PathBuf> {
    let relative = Path::new(path);
    relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| dir.join(relative))
}

async fn serve(path: PathBuf) -> Response {
    let reading = path.clone();
    let Ok(Ok(bytes)) = tokio::task::spawn_blocking(move || std::fs::read(reading)).await else {
        return (StatusCode::NOT_FOUND, "no such file in the web app").into_response();
    };
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(&path)),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    // Files keep their names across builds (the service worker caches the shell and updates
    // it when sw.js changes), so the browser asks again each time it is online.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

async fn index(State(dir): State<Arc<PathBuf>>) -> Response {
    serve(dir.join("index.html")).await
}

async fn file(State(dir): State<Arc<PathBuf>>, UrlPath(path): UrlPath<String>) -> Response {
    match inside(&dir, &path) {
        Some(p) if p.is_file() => serve(p).await,
        _ => (StatusCode::NOT_FOUND, "no such file in the web app").into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_folder() {
        let dir = Path::new("/srv/app");
        assert_eq!(inside(dir, "pkg/a.wasm"), Some(dir.join("pkg/a.wasm")));
        assert_eq!(inside(dir, "../secret"), None);
        assert_eq!(inside(dir, "/etc/passwd"), None);
        assert_eq!(inside(dir, "a/../../b"), None);
    }
}
