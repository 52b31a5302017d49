//! Reference portal server.
