//! The local SQLite store: content cache, user data and outbox, migrations.
