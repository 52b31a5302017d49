//! Where the binary's log goes and in which shape: standard output (journald picks it up under
//! systemd), human-readable text or one JSON object per line. `RUST_LOG` sets the levels
//! (default `info`).

use crate::config_file::LogFormat;
use tracing_subscriber::EnvFilter;

/// Installs the process's logger; call once, before anything logs.
///
/// A JSON line has the event's fields at the top level beside `timestamp`, `level`, `target`
/// and `message` (for example `{"timestamp":…,"level":"INFO","message":"request","method":"GET",
/// "route":"/v1/health","status":200,"latency_ms":0.4,"target":"welcome_portal::request"}`),
/// and no span context: the portal logs no spans, and a flat object is what log collectors
/// index best.
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .with_span_list(false)
            .init(),
    }
}
