# Meldungen der Synchronisation und ihrer Einstellungen (crates/core/src/sync, companion.rs).
error-sync-portal-url = „{ $url }“ ist keine Portaladresse. Bitte eine vollständige Adresse angeben, die mit http:// oder https:// beginnt.
error-sync-scope = Dieses Job-Abo kann nicht gespeichert werden: { $detail }
