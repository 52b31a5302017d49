//! A graceful stop on SIGTERM (what systemd and container runtimes send) or Ctrl-C: readiness
//! turns 503, the portal drains for a moment if configured, stops accepting, lets requests in
//! flight finish within a grace period, and hands back so the caller closes the database.
//!
//! Without this a restart for an upgrade would cut every feed page being sent, and the devices
//! reading them would retry the page from the start.

use crate::config_file::ShutdownTiming;
use crate::readiness::Readiness;
use std::future::Future;
use std::sync::Arc;

/// Completes on Ctrl-C, or on SIGTERM from a service manager.
pub async fn signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(e) => {
                tracing::warn!("SIGTERM cannot be caught ({e}); only Ctrl-C stops gracefully");
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}

/// How the requests in flight fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// Every request finished.
    Drained,
    /// The grace period passed with requests still open; they are cut when the process exits.
    GraceExpired,
    /// A second signal came during the drain or the grace period: open requests are cut now
    /// (an operator pressing Ctrl-C again does not want to wait).
    Forced,
}

/// Serves `app` on `listener` until `stop` completes, then shuts down as the module says; a
/// second `stop` (another SIGTERM or Ctrl-C, see [`signal`]) cuts the drain and the grace short.
pub async fn serve_until<S: Future<Output = ()>>(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    readiness: Arc<Readiness>,
    timing: ShutdownTiming,
    stop: impl Fn() -> S,
) -> std::io::Result<Stopped> {
    let (close, closed) = tokio::sync::oneshot::channel::<()>();
    let mut server = tokio::spawn(crate::serve(listener, app, async move {
        let _ = closed.await;
    }));
    tokio::select! {
        _ = stop() => {}
        served = &mut server => {
            // The server ended by itself (it does not, short of a panic): nothing to drain.
            return served.map_err(std::io::Error::other)?.map(|()| Stopped::Drained);
        }
    }
    readiness.start_draining();
    crate::sd_notify::notify("STOPPING=1");
    tracing::info!(
        drain_secs = timing.drain.as_secs_f64(),
        grace_secs = timing.grace.as_secs_f64(),
        "shutting down: readiness answers 503"
    );
    let again = stop();
    tokio::pin!(again);
    if !timing.drain.is_zero() {
        tokio::select! {
            _ = tokio::time::sleep(timing.drain) => {}
            _ = &mut again => return Ok(forced(&server)),
        }
    }
    let _ = close.send(());
    tracing::info!("no longer accepting connections; waiting for requests in flight");
    let finished = tokio::select! {
        finished = tokio::time::timeout(timing.grace, &mut server) => finished,
        _ = &mut again => return Ok(forced(&server)),
    };
    match finished {
        Ok(served) => {
            served.map_err(std::io::Error::other)??;
            tracing::info!("every request finished");
            Ok(Stopped::Drained)
        }
        Err(_) => {
            tracing::warn!(
                "requests still open after the grace period of {:?}: they are cut",
                timing.grace
            );
            server.abort();
            Ok(Stopped::GraceExpired)
        }
    }
}

fn forced(server: &tokio::task::JoinHandle<std::io::Result<()>>) -> Stopped {
    tracing::warn!("a second stop signal: open requests are cut now");
    server.abort();
    Stopped::Forced
}
