//! Jobs: offline search, saved jobs that outlive the ad, saved searches and alerts.
