# Die Bildschirme der App (ui/).

## Navigation
nav-label = Hauptnavigation
nav-skip-to-content = Zum Inhalt springen
nav-home = Start
nav-plan = Mein Plan
nav-contacts = Kontakte
nav-jobs = Stellen
nav-settings = Einstellungen

## Synchronisierung
sync-running = Wird aktualisiert …
sync-offline = Offline: Sie sehen, was auf diesem Gerät gespeichert ist
sync-last-success = Aktualisiert { $when }
sync-never = Noch nicht aktualisiert
sync-now = Jetzt synchronisieren

## Erster Start
firstrun-welcome = Willkommen im Ruhrgebiet!
firstrun-intro = Diese App hilft Ihnen, Ihren Umzug zu planen: welcher Aufenthaltstitel passt, welche Unterlagen Sie brauchen, was nach der Ankunft zu tun ist und bis wann. Sie funktioniert auch offline.
firstrun-choose-language = Wählen Sie Ihre Sprache
firstrun-continue = Weiter
firstrun-privacy = Ihre Antworten bleiben auf diesem Gerät, solange Sie kein Konto zum Synchronisieren anlegen.
firstrun-questions-title = Erzählen Sie uns von Ihrem Umzug
firstrun-downloading = Checklisten, Behörden und Stellen werden geladen …
firstrun-retry = Erneut versuchen

## Fragebogen
q-intro = Ihre Antworten entscheiden, welcher Aufenthaltsweg, welche Unterlagen und Schritte für Sie gelten. Sie können sie jederzeit ändern.
q-section-you = Zu Ihrer Person
q-section-qualification = Qualifikation und Sprachen
q-section-job = Ihr Stellenangebot
q-section-family-reunion = Das Familienmitglied, zu dem Sie ziehen
q-section-move = Ihr Umzug
q-citizenship = Staatsangehörigkeit
q-citizenship-other = Nicht EU, EWR oder Schweiz
q-citizenship-eu_eea_swiss = EU, EWR oder Schweiz
q-age = Alter
q-purpose = Warum kommen Sie?
q-purpose-work_with_offer = Zum Arbeiten (ich habe ein Stellenangebot)
q-purpose-job_search = Zur Arbeitssuche
q-purpose-study = Zum Studium
q-purpose-vocational_training = Für eine Ausbildung
q-purpose-family_reunion = Zum Familiennachzug
q-qualification = Höchster Abschluss
q-qualification-academic = Hochschulabschluss
q-qualification-vocational = Berufsabschluss
q-qualification-none = Keiner davon
q-recognition = Ist er in Deutschland anerkannt?
q-recognition-recognised = Ja, anerkannt oder vergleichbar (anabin „H+“)
q-recognition-partial = Teilweise anerkannt
q-recognition-pending = Beantragt, noch keine Entscheidung
q-recognition-none = Noch nicht
q-recognition-hint = Die Anerkennungsberatung in Ihrer Stadt hilft Ihnen dabei.
q-experience = Jahre Berufserfahrung
q-experience-last-5 = … davon in den letzten 5 Jahren
q-experience-last-7 = … davon in den letzten 7 Jahren
q-german = Deutsch
q-english = Englisch
q-level-none = keine
q-level-a1 = A1
q-level-a2 = A2
q-level-b1 = B1
q-level-b2 = B2
q-level-c1 = C1
q-level-c2 = C2
q-previous-stay = Ich habe schon mindestens 6 Monate rechtmäßig in Deutschland gelebt
q-it-specialist = Ich bin IT-Fachkraft
q-recent-graduate = Ich habe meinen Abschluss in den letzten 3 Jahren gemacht
q-salary = Bruttojahresgehalt laut Stellenangebot (EUR)
q-salary-hint = Wie im Vertrag oder Angebot angegeben, vor Steuern.
q-shortage = Der Beruf ist ein Engpassberuf
q-sponsor = Aufenthaltstitel des Familienmitglieds
q-sponsor-blue_card = Blaue Karte EU
q-sponsor-skilled_vocational = Fachkraft mit Berufsausbildung (§ 18a)
q-sponsor-skilled_academic = Fachkraft mit akademischer Ausbildung (§ 18b)
q-sponsor-researcher = Forschende (§ 18d)
q-sponsor-specialist_employment = IT-Fachkraft oder besondere Funktion (§ 19c)
q-sponsor-ict_card = ICT-Karte für unternehmensintern Transferierte (§ 19)
q-sponsor-self_employed = Selbständige Tätigkeit (§ 21)
q-sponsor-german = Deutsche Staatsangehörigkeit
q-sponsor-other = Ein anderer Titel
q-family-role = Sie sind
q-family-role-spouse = Ehe- oder Lebenspartner/in
q-family-role-child = Kind
q-choose = Bitte wählen
q-municipality = Wo im Ruhrgebiet werden Sie wohnen?
q-university = Ihre Hochschule
q-university-hint = Ihr International Office begleitet Zulassung und Einschreibung; der Plan verweist darauf.
q-independent-cities = Kreisfreie Städte
q-needs-content = Die Liste der Orte kommt mit der ersten Synchronisierung. Bitte verbinden Sie sich einmal mit dem Internet.
q-arrival = Geplante Ankunft
q-arrival-hint = Der Tag der Einreise nach Deutschland. Der Plan warnt vor Dokumenten, die weniger als 6 Monate danach ablaufen.
q-move-in = Tag des Einzugs in die Wohnung (optional)
q-move-in-hint = Die Anmeldung der Wohnung ist innerhalb von 14 Tagen nach dem Einzug fällig. Lassen Sie das Feld leer, wenn Sie am Tag der Ankunft einziehen.
q-spouse-coming = Mein Ehe- oder Lebenspartner kommt mit
q-children = Mitkommende Kinder
q-partner-eligible = Mein Partner erfüllt ebenfalls die Bedingungen der Chancenkarte
q-submit = Meinen Plan erstellen

## Start
home-title = Ihre nächsten Schritte
home-next-steps = Nächste Schritte
home-progress = { $done } von { $total } erledigt
home-all-done = Alles erledigt. Herzlichen Glückwunsch!
home-deadlines = Fristen
home-new-job-alerts = { $count ->
    [one] Es gibt einen neuen Stellenalarm.
   *[other] Es gibt { $count } neue Stellenalarme.
}
home-no-plan-yet = Noch kein Plan.
home-start-plan = Fragebogen beginnen

## Plan
plan-title = Mein Plan
plan-answers-title = Ihre Antworten
plan-cancel = Abbrechen
plan-change-answers = Antworten ändern
plan-no-path = Kein Aufenthaltsweg passt sicher
plan-points = Punkte für die Chancenkarte: { $total } (nötig: { $required })
plan-all-paths = Alle Aufenthaltswege im Vergleich
plan-export-ics = Fristen in den Kalender (.ics)
plan-export-documents = Unterlagenliste zum Ausdrucken
plan-exported = Gespeichert unter { $path }
plan-phase-progress = { $done } von { $total }
plan-kind-document = Unterlage
plan-kind-step = Schritt
plan-status = Stand
plan-saved = Gespeichert
plan-due = Fällig am { $date }
plan-due-by-law = Gesetzliche Frist: { $date }
plan-expiry-badge = Gültig bis { $date }: { $warning }
plan-details = Details, Notizen und Behörde
plan-set-due = Fälligkeitsdatum
plan-expiry = Gültig bis
plan-note = Notizen
plan-note-conflict = Diese Notiz wurde auf zwei Geräten gleichzeitig geändert. Die andere Fassung:

## Haushalt
household-title = Haushalt
household-whose-plan = Wessen Plan
household-name = Name
household-relation = Beziehung
household-add = Person hinzufügen
household-remove = Entfernen

## Quellen und Texte des Portals
source-link = Quelle
source-reviewed = geprüft am { $date }
text-fallback = auf { $lang }
text-fallback-hint = In Ihrer Sprache noch nicht verfügbar
text-unreviewed = ungeprüfte Übersetzung
text-unreviewed-hint = Übersetzt, noch nicht geprüft: englisches und deutsches Original ansehen
text-hide-original = Original ausblenden
sample-data = Beispieldaten
sample-data-hint = Für die Vorführung erfunden: keine echte Person oder Nummer.

## Kontakte
contacts-title = Kontakte
contacts-search = Suche
contacts-municipality = Ort
contacts-language = Gesprochene Sprache
contacts-kind = Art der Stelle
contacts-all = Alle
contacts-search-button = Suchen
contacts-offices = { $count ->
    [one] Eine Stelle
   *[other] { $count } Stellen
}
contacts-guides = { $count ->
    [one] Ein Welcome Guide
   *[other] { $count } Welcome Guides
}
contacts-guides-intro = Welcome Guides sind geschulte Ehrenamtliche, die selbst zugewandert sind. Sie beraten Sie persönlich und kostenlos.
contacts-none = Nichts gefunden. Versuchen Sie einen anderen Ort oder weniger Filter.
contacts-serves-from-elsewhere = Zuständig für Ihren Ort, mit Sitz in der Kreisstadt.
contact-languages = Sprachen: { $languages }
contact-call = Anrufen
contact-mail = E-Mail
contact-web = Webseite
office-kind-foreigners_office = Ausländerbehörde
office-kind-citizens_office = Bürgeramt
office-kind-welcome_centre = Welcome Center
office-kind-recognition_counselling = Anerkennungsberatung
office-kind-job_centre = Jobcenter
office-kind-youth_office = Jugendamt
office-kind-migration_counselling = Migrationsberatung
office-kind-employment_agency = Agentur für Arbeit
office-kind-youth_migration_service = Jugendmigrationsdienst
office-kind-university_international_office = International Office der Hochschule

## Stellen
jobs-title = Stellen
jobs-tab-search = Suche
jobs-tab-saved = Gemerkt ({ $count })
jobs-tab-alerts = Alarme ({ $count })
jobs-unread-alerts = { $count ->
    [one] ein ungelesener Alarm
   *[other] { $count } ungelesene Alarme
}
jobs-what = Was
jobs-what-placeholder = Berufsbezeichnung, Beruf oder Arbeitgeber
jobs-where = Wo
jobs-anywhere = Überall im Ruhrgebiet
jobs-radius = Entfernung
jobs-radius-town-only = Nur dieser Ort
jobs-radius-km = im Umkreis von { $km } km
jobs-working-time = Arbeitszeit
working-time-full_time = Vollzeit
working-time-part_time = Teilzeit
working-time-shift = Schicht
working-time-home_office = Homeoffice
working-time-mini_job = Minijob
jobs-offer-type = Art
jobs-any = Alle
offer-type-job = Arbeitsstelle
offer-type-self_employment = Selbstständigkeit
offer-type-apprenticeship = Ausbildung
offer-type-internship = Praktikum
jobs-since = Veröffentlicht seit
jobs-sort = Reihenfolge
jobs-sort-date = Neueste zuerst
jobs-sort-relevance = Beste Treffer zuerst
jobs-sort-distance = Nächste zuerst
jobs-search-button = Suchen
jobs-found = { $count ->
    [one] Eine Stelle gefunden
   *[other] { $count } Stellen gefunden
}
jobs-distance = { $km } km entfernt
jobs-previous = Zurück
jobs-next = Weiter
jobs-save = Stelle merken
jobs-unsave = Nicht mehr merken
jobs-saved = Gemerkt. Sie behalten die Anzeige, auch wenn sie offline genommen wird.
jobs-unsaved = Aus Ihren gemerkten Stellen entfernt.
jobs-back = Zurück zur Liste
jobs-expired = Die Anzeige ist nicht mehr online: Das ist Ihre gespeicherte Kopie
jobs-regulated-title = Reglementierter Beruf
jobs-regulated-licence = In Deutschland dürfen Sie in diesem Beruf erst arbeiten, wenn Ihr ausländischer Abschluss anerkannt ist oder Sie eine Berufserlaubnis bzw. Approbation haben. Fangen Sie früh an: Das dauert Monate.
jobs-regulated-protected-title = Diese Berufsbezeichnung ist in Deutschland geschützt: Sie dürfen sie erst führen, wenn Ihr ausländischer Abschluss anerkannt ist.
jobs-regulated-counselling = Die Anerkennungsberatung hilft kostenlos:
jobs-open-ad = Anzeige im Browser öffnen
jobs-published = veröffentlicht am { $date }
jobs-salary = Gehalt: { $salary }
jobs-save-search = Bei neuen Treffern benachrichtigen
jobs-save-search-placeholder = Name des Alarms, z. B. Pflege in Essen
jobs-save-search-button = Suche speichern
jobs-search-saved = Gespeichert. Nach jeder Synchronisierung erfahren Sie von neuen passenden Stellen.
jobs-search-unnamed = Meine Suche
jobs-no-saved = Noch keine gemerkten Stellen. Merken Sie sich eine Stelle, um sie auch offline zu behalten.
jobs-alerts-title = Stellenalarme
jobs-mark-all-read = Alle als gelesen markieren
jobs-mark-read = Als gelesen markieren
jobs-no-alerts = Noch keine Alarme.
jobs-saved-searches = Gespeicherte Suchen
jobs-delete-search = Löschen
jobs-no-saved-searches = Noch keine gespeicherten Suchen.

## Einstellungen
settings-title = Einstellungen
settings-saved = Gespeichert.
settings-language = Sprache und Darstellung
settings-language-label = Sprache
settings-language-system = Wie im System
settings-language-partial = teilweise übersetzt
settings-theme = Farbschema
settings-theme-system = Wie im System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-sync = Synchronisierung
settings-jobs-cached = { $count ->
    [one] eine Stelle auf diesem Gerät
   *[other] { $count } Stellen auf diesem Gerät
}
settings-pending-changes = { $count ->
    [0] alle Änderungen gesendet
    [one] eine Änderung wartet auf das Senden
   *[other] { $count } Änderungen warten auf das Senden
}
settings-sync-paused = Automatische Synchronisierung pausieren
settings-sync-interval = Automatisch synchronisieren
settings-every-minutes = { $minutes ->
    [15] alle 15 Minuten
    [60] jede Stunde
    [1440] einmal am Tag
   *[other] alle { $minutes } Minuten
}
settings-portal = Adresse des Portals
settings-save = Speichern

## Konto
content-kind-other = Sonstiges
sync-rejected = { $count ->
    [one] Eine Änderung konnte im Portal nicht gespeichert werden und wurde auf diesem Gerät rückgängig gemacht:
   *[other] { $count } Änderungen konnten im Portal nicht gespeichert werden und wurden auf diesem Gerät rückgängig gemacht:
}
sync-rejected-dismiss = Gelesen
account-title = Konto
account-why = Ein Konto ist nicht nötig. Mit einem Konto werden Ihr Plan und Ihre gemerkten Stellen zwischen Ihren Geräten abgeglichen.
account-email = E-Mail
account-password = Passwort (mindestens 10 Zeichen)
account-login = Anmelden
account-register = Konto anlegen
account-logout = Abmelden
account-logged-in = Sie sind angemeldet.
account-registered = Ihr Konto wurde angelegt und Sie sind angemeldet.
account-logged-out = Sie sind abgemeldet. Ihre Daten bleiben auf diesem Gerät.
account-logout-question = Die Daten dieses Kontos auf diesem Gerät behalten?
account-logout-keep = Abmelden, meine Daten hier behalten
account-logout-remove = Abmelden und meine Daten von diesem Gerät entfernen
account-logout-unsent = { $count } Änderungen haben das Portal noch nicht erreicht. Wenn Sie Ihre Daten jetzt entfernen, gehen sie verloren; wenn Sie sie behalten, werden sie bei der nächsten Anmeldung gesendet.
account-logged-out-removed = Sie sind abgemeldet, und Ihre Daten wurden von diesem Gerät entfernt. Im Portal sind sie weiterhin gespeichert.
account-joined = { $count } Einträge, die vor der Anmeldung auf diesem Gerät angelegt wurden, gehören jetzt zu Ihrem Konto.
account-logged-in-as = Angemeldet als { $email }
sessions-title = Geräte, die mit diesem Konto angemeldet sind
sessions-this-device = Dieses Gerät
sessions-unnamed = Gerät ohne Namen
sessions-last-seen = Zuletzt genutzt: { $when }
sessions-since = Angemeldet seit: { $when }
sessions-revoke = Dort abmelden
sessions-revoked = Das Gerät ist abgemeldet. Seine Daten bleiben dort, aber es synchronisiert erst wieder, wenn sich dort jemand anmeldet.

## Fehler der App-Einstellungen
error-app-sync-interval = Ein Abstand von { $minutes } Minuten ist nicht möglich. Wählen Sie zwischen 5 Minuten und einer Woche.

## Reminders
home-reminders = Erinnerungen
home-reminder-late = verspätet
home-reminder-read = Gelesen
settings-reminders = Erinnerungen
settings-reminders-enabled = Vor Fristen und Ablaufdaten erinnern
settings-reminders-days = Wie viele Tage vorher
settings-reminders-day = { $days ->
    [one] 1 Tag vorher
   *[other] { $days } Tage vorher
}
settings-reminders-hint = Erinnerungen kommen als Desktop-Benachrichtigung um 9 Uhr morgens und bleiben hier auf der Startseite. Eine Erinnerung, die fällig wird, während die App geschlossen ist, kommt beim nächsten Öffnen.
plan-reminders = Erinnerungen
plan-reminders-default = Wie in den Einstellungen
plan-reminders-none = Keine Erinnerungen

## Appointments
appointments-title = Termine
appointments-add = Termin hinzufügen
appointments-none = Noch keine Termine. Tragen Sie die ein, die Sie bekommen (Anmeldung, Ausländerbehörde, Visumtermin): Sie werden erinnert, und sie kommen in die Kalenderdatei.
appointments-delete = Löschen
appointments-what = Was
appointments-what-placeholder = z. B. Anmeldung im Bürgeramt
appointments-date = Datum
appointments-time = Uhrzeit
appointments-office = Behörde
appointments-office-none = Ein anderer Ort
appointments-place = Ort
appointments-save = Speichern
appointments-cancel = Abbrechen

## Anfragen an Guides

guide-request-write = Diesem Guide schreiben
guide-request-saved = Ihre Anfrage ist gespeichert. Sie wird gesendet, sobald Sie online sind; die Antwort erscheint auf der Startseite.
guide-request-login-needed = Um einem Guide zu schreiben, brauchen Sie ein Konto: Darüber antwortet Ihnen der Guide. Melden Sie sich in den Einstellungen an oder registrieren Sie sich.
guide-request-login = Anmelden
guide-request-language = Sprache
guide-request-topic = Thema
guide-topic-visa = Visum und Aufenthalt
guide-topic-family = Familie
guide-topic-jobs = Arbeit
guide-topic-recognition = Anerkennung von Abschlüssen
guide-topic-housing = Wohnen
guide-topic-study = Studium
guide-request-message-label = Ihre Nachricht
guide-request-count = { $count } von { $max } Zeichen
guide-request-reach = Wie darf der Guide Sie erreichen?
guide-request-method-app = Nur über die App
guide-request-method-email = Per E-Mail
guide-request-method-phone = Per Telefon
guide-request-email = Ihre E-Mail-Adresse
guide-request-phone = Ihre Telefonnummer
guide-request-consent = Ich bin einverstanden, dass { $guide } meine Nachricht und meine Kontaktdaten erhält, um mir zu antworten. Sie werden nur dafür verwendet und nicht weitergegeben.
guide-request-send = Anfrage senden
guide-request-sent-heading = Ihre Anfragen an diesen Guide
guide-request-status-pending = Wartet auf Versand
guide-request-status-sent = Gesendet
guide-request-status-answered = Beantwortet
home-guide-answers = Antworten von Welcome Guides
home-guide-answer-to = Auf Ihre Nachricht „{ $message }“
vault-title = Angehängte Dateien
vault-attach = Foto, Scan oder PDF anhängen
vault-drop = oder eine Datei hierher ziehen
vault-local-only = Nur auf diesem Gerät gespeichert, verschlüsselt. Wird nie hochgeladen.
vault-open = Öffnen
vault-replace = Ersetzen
vault-delete = Löschen
vault-delete-confirm = { $name } von diesem Gerät löschen? Das lässt sich nicht rückgängig machen.
vault-pdf-pages = PDF, { $pages ->
    [one] 1 Seite
   *[other] { $pages } Seiten
}
vault-close = Schließen
vault-key-missing-help = Nicht mehr benötigte Dateien können Sie löschen; neue Dateien lassen sich anhängen, sobald keine mehr übrig sind oder der Schlüsselbund wiederhergestellt ist.
appointment-export-pdf = PDF mit Unterlagen
plan-export-pdf = Unterlagen als PDF, mit Scans
error-app-no-viewer = Auf diesem Computer öffnet keine App diese Art von Datei.
vault-count = { $count ->
    [one] 1 Datei angehängt
   *[other] { $count } Dateien angehängt
}
settings-web-limits = In der Web-App bleibt Ihre Anmeldung verschlüsselt in diesem Browser (ein Browser hat keinen Schlüsselbund des Systems), Erinnerungen erscheinen in der App, aber nicht als Systembenachrichtigung, und welcome-ruhr://-Links öffnen nur die Desktop-App. An Unterlagen angehängte Scans und das PDF für Termine gibt es nur in der Desktop-App: ihr Schlüssel braucht den Schlüsselbund des Systems.
web-store-busy-title = welcome.RUHR ist in einem anderen Tab geöffnet
web-store-busy-text = Die App hält Ihre Daten in nur einem Tab zugleich. Nutzen Sie den anderen Tab oder schließen Sie ihn: Dieser hier macht dann von selbst weiter, ohne dass etwas verloren geht.
