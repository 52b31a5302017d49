# Gemeinsame Texte von App, Kommandozeile und Benachrichtigungen.
app-name = welcome.RUHR Begleiter
sync-items-applied = { $count ->
    [one] { $count } Eintrag aktualisiert
   *[other] { $count } Einträge aktualisiert
}

## Fehler (jede Art von core::Error hat einen)
error-network = Das Portal ist nicht erreichbar. Sie sind offline oder das Portal ist gestört; alles auf diesem Gerät Gespeicherte funktioniert weiter.
error-unauthorized = Ihre Anmeldung ist abgelaufen oder wurde widerrufen. Bitte melden Sie sich erneut an.
error-bad_credentials = E-Mail-Adresse oder Passwort ist nicht richtig.
error-conflict = Ein Konto mit dieser E-Mail-Adresse gibt es schon.
error-invalid = Diese Eingabe ist nicht gültig.
error-text-too-long = Dieser Text ist zu lang: Es können höchstens { $max } Zeichen gespeichert werden.
error-change-too-large = Diese Änderung ist zu groß zum Speichern ({ $size } KB; höchstens { $max } KB).
error-portal-invalid = Das Portal hat dies nicht angenommen: { $detail }
error-rate_limited = Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.
error-rate_limited-wait = { $minutes ->
    [0] { $seconds ->
        [one] Zu viele Versuche. Bitte versuchen Sie es in { $seconds } Sekunde erneut.
       *[other] Zu viele Versuche. Bitte versuchen Sie es in { $seconds } Sekunden erneut.
    }
    [one] Zu viele Versuche. Bitte versuchen Sie es in { $minutes } Minute erneut.
   *[other] Zu viele Versuche. Bitte versuchen Sie es in { $minutes } Minuten erneut.
}
error-not_found = Das wurde nicht gefunden. Vielleicht wurde es entfernt.
error-portal = Das Portal meldet ein Problem. Bitte versuchen Sie es später erneut.
error-bad_response = Die Antwort des Portals war nicht lesbar. Auf diesem Gerät wurde nichts verändert.
error-storage = Die Daten auf diesem Gerät konnten nicht gelesen oder geschrieben werden.
error-overtaken = Eine andere Synchronisierung hat die Kopie auf diesem Gerät im selben Moment geändert, daher wurde diese beendet. Die nächste Synchronisierung macht weiter.
error-database_too_new = Diese Daten wurden von einer neueren Version der App gespeichert (Schema { $found }, diese Version kennt { $supported }). Bitte aktualisieren Sie die App.
error-keychain = Der Schlüsselbund des Systems ist nicht verfügbar, daher kann die Anmeldung nicht sicher gespeichert werden.
error-not_logged_in = Bitte melden Sie sich zuerst an.

error-vault_key_missing = Der Schlüssel zu Ihren angehängten Dateien fehlt im Schlüsselbund des Systems (zum Beispiel nach einem Zurücksetzen). Ihre Dateien bleiben erhalten und lassen sich wieder öffnen, sobald der Schlüsselbund wiederhergestellt ist.
error-vault_damaged = Diese Datei ist beschädigt und lässt sich nicht öffnen. Ersetzen Sie sie durch das Original oder löschen Sie sie.
error-vault-type = Diese Datei kann nicht angehängt werden. Wählen Sie ein Foto oder einen Scan (JPEG, PNG, WebP) oder ein PDF.
error-vault-too-large = Diese Datei ist { $size } MB groß; angehängt werden können Dateien bis { $limit } MB.
error-vault-corrupt = Diese Datei ist beschädigt oder mit einem Passwort geschützt und kann daher nicht angehängt werden. Versuchen Sie eine andere Kopie.
error-pdf-no-font = Auf diesem System wurde keine Schrift für das PDF gefunden. Installieren Sie die DejaVu-Schriften und versuchen Sie es erneut.
