//! Tells systemd (`Type=notify`) when the portal is ready and when it is stopping, over the
//! datagram socket named by `$NOTIFY_SOCKET` (the protocol of `sd_notify(3)`).
//!
//! With `Type=simple` systemd calls the service started as soon as the process exists, while
//! the portal may still be migrating the database and loading content for seconds: a
//! `systemctl start` followed by a request would be refused. With this, `systemctl start`
//! returns once the portal listens, and a failure before that shows as a failed start. Without
//! `$NOTIFY_SOCKET` (run by hand, under another manager) every call does nothing.

use std::os::unix::net::UnixDatagram;

/// Sends one state message (`READY=1`, `STOPPING=1`, `STATUS=…`); a failure is logged, never
/// fatal: the portal serves the same either way.
pub fn notify(state: &str) {
    let Some(path) = std::env::var_os("NOTIFY_SOCKET") else {
        return;
    };
    if let Err(e) = send(&path, state) {
        tracing::warn!("telling systemd {state:?} failed: {e}");
    }
}

fn send(path: &std::ffi::OsStr, state: &str) -> std::io::Result<()> {
    let socket = UnixDatagram::unbound()?;
    let bytes = path.as_encoded_bytes();
    // `@name` is a socket in Linux's abstract namespace.
    if let Some(name) = bytes.strip_prefix(b"@") {
        #[cfg(target_os = "linux")]
        {
            use std::os::linux::net::SocketAddrExt;
            let addr = std::os::unix::net::SocketAddr::from_abstract_name(name)?;
            socket.send_to_addr(state.as_bytes(), &addr)?;
            return Ok(());
        }
        #[cfg(not(target_os = "linux"))]
        {
            let _ = name;
            return Err(std::io::Error::other("abstract sockets are Linux only"));
        }
    }
    socket.send_to(state.as_bytes(), path)?;
    Ok(())
}
