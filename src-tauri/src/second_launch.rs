//! A second launch of the app hands its arguments to the instance already running and ends,
//! before Tauri starts anything of the desktop.
//!
//! The desktop launches the app again for every welcome-ruhr:// link it opens (xdg-open runs the
//! desktop entry's `Exec` line) and for a second click in the menu. The single-instance plugin
//! would notice the running instance only in its plugin set-up, when GTK, the event loop and the
//! accessibility bridge are already starting, and then exit the process in the middle of that
//! start-up, which can crash (xdg-open then reports the link as failed although it reached
//! the app). Here the launch asks the session bus first, with nothing of GTK loaded, and ends
//! with a normal return from `main`.
//!
//! It speaks the plugin's own D-Bus contract (name, object path, method), so the running instance
//! needs nothing new: the plugin serves it there. Whenever this early hand-off cannot be done (no
//! session bus, nobody owns the name, the call fails), the launch goes on as before and the plugin
//! remains the safety net, e.g. for two launches in the same instant.

/// The running instance's D-Bus name and object path for an app `identifier`, derived exactly as
/// tauri-plugin-single-instance derives them (without its `semver` feature, which this app leaves
/// off).
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn bus_address(identifier: &str) -> (String, String) {
    let name = format!("{identifier}.SingleInstance");
    let path = format!("/{}", name.replace('.', "/").replace('-', "_"));
    (name, path)
}

/// Hands this process's arguments and working directory to the app instance already running for
/// `identifier`, and says whether it took them (then this process has nothing left to do).
#[cfg(target_os = "linux")]
pub fn hand_to_running_instance(identifier: &str) -> bool {
    match forward(identifier) {
        Ok(handed) => handed,
        Err(error) => {
            tracing::debug!(%error, "no running instance took the launch; starting normally");
            false
        }
    }
}

/// Elsewhere the plugin's own hand-off (a named mutex, a socket) happens before any window system
/// starts, so there is nothing to do early.
#[cfg(not(target_os = "linux"))]
pub fn hand_to_running_instance(_identifier: &str) -> bool {
    false
}

#[cfg(target_os = "linux")]
fn forward(identifier: &str) -> zbus::Result<bool> {
    let (name, path) = bus_address(identifier);
    let connection = zbus::blocking::Connection::session()?;
    let bus = zbus::blocking::fdo::DBusProxy::new(&connection)?;
    let well_known = zbus::names::BusName::try_from(name.as_str())?;
    if !bus.name_has_owner(well_known)? {
        return Ok(false);
    }
    let args: Vec<String> = std::env::args_os()
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let cwd = std::env::current_dir().unwrap_or_default();
    connection.call_method(
        Some(name.as_str()),
        path.as_str(),
        Some("org.SingleInstance.DBus"),
        "ExecuteCallback",
        &(args, cwd.to_string_lossy().as_ref()),
    )?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_is_the_plugins() {
        let (name, path) = bus_address("ruhr.welcome.companion");
        assert_eq!(name, "ruhr.welcome.companion.SingleInstance");
        assert_eq!(path, "/ruhr/welcome/companion/SingleInstance");
        let (_, dashed) = bus_address("ruhr.welcome.my-app");
        assert_eq!(dashed, "/ruhr/welcome/my_app/SingleInstance");
    }
}
