# Die Kommandozeile `welcome` (crates/cli).
cli-error = Fehler: { $message } ({ $kind })
cli-password-prompt = Passwort:
cli-login-done = Angemeldet als { $email }.
cli-register-done = Konto { $email } angelegt; Sie sind angemeldet.
cli-logout-done = Abgemeldet.
cli-login-joined = { $count } Einträge, die vor der Anmeldung auf diesem Gerät angelegt wurden, gehören jetzt zu diesem Konto und werden hochgeladen.
cli-logout-removed = Abgemeldet. Die Daten dieses Kontos wurden von diesem Gerät entfernt.

## Synchronisation
cli-sync-phase-content = Inhalte
cli-sync-phase-index = Suchindex wird aufgebaut
cli-sync-phase-upload = Ihre Änderungen werden gesendet
cli-sync-phase-download = Ihre Daten werden empfangen
cli-sync-progress = { $phase }: Seite { $pages }, { $items } Einträge, { $bytes } Bytes
cli-sync-done = Synchronisation fertig: { $items } Änderungen, { $jobs } neue Stellen, { $bytes } Bytes in { $seconds } s.
cli-sync-resynced = Das Portal hat eine vollständige Aktualisierung verlangt; der Zwischenspeicher wurde neu aufgebaut.
cli-sync-user = { $pushed } Ihrer Änderungen gesendet, { $pulled } Datensätze empfangen.

## Status
cli-status-portal = Portal: { $url }
cli-status-logged-in = Angemeldet als { $email }.
cli-status-logged-out = Nicht angemeldet.
cli-status-last-success = Letzte erfolgreiche Synchronisation: { $when }
cli-status-never = Noch nicht synchronisiert.
cli-status-last-error = Die letzte Synchronisation ist fehlgeschlagen: { $message }
cli-status-jobs = { $count ->
    [one] { $count } Stelle auf diesem Gerät
   *[other] { $count } Stellen auf diesem Gerät
}
cli-status-pending = { $count ->
    [one] { $count } Änderung wartet auf das Senden
   *[other] { $count } Änderungen warten auf das Senden
}

## Suche
error-cli-unknown-city = „{ $city }“ ist keine Kommune des Ruhrgebiets, die dieses Gerät kennt. Bitte zuerst synchronisieren oder den Namen der Kommune verwenden.
cli-search-jobs-total = { $total ->
    [one] { $total } Stelle gefunden.
   *[other] { $total } Stellen gefunden.
}
cli-search-job-line = { $title } · { $employer }, { $city } ({ $published }) [{ $id }]
cli-search-contacts-total = { $total ->
    [one] { $total } Kontakt gefunden.
   *[other] { $total } Kontakte gefunden.
}
cli-search-contact-line = { $name } · { $place }

## Einstellungen
cli-settings-saved = Einstellungen gespeichert.
cli-settings-system-language = wie das System
cli-settings-jobs-everywhere = alle Stellen der Region
cli-settings-portal = Portal: { $value }
cli-settings-language = Sprache: { $value }
cli-settings-paused = Hintergrund-Synchronisation pausiert: { $value }
cli-settings-jobs = Synchronisierte Stellen: { $value }

## Sitzungen
cli-sessions-none = Bei diesem Konto ist kein Gerät angemeldet.
cli-sessions-unnamed = Gerät ohne Namen
cli-sessions-line = { $id }  { $device } · angemeldet { $created } · zuletzt aktiv { $last_seen }
cli-sessions-line-current = { $id }  { $device } · angemeldet { $created } · zuletzt aktiv { $last_seen } · dieses Gerät
cli-sessions-revoked = Sitzung { $id } widerrufen; das Gerät ist abgemeldet.
cli-sessions-revoked-own = Sitzung { $id } widerrufen; dieses Gerät ist abgemeldet.
