# Der persönliche Umzugsplan: Fehler im Fragebogen, Begründungen der Wege, Status, Exporte.

## Fehler im Fragebogen
error-plan-arrival-past = Die geplante Ankunft ({ $date }) liegt in der Vergangenheit. Bitte geben Sie einen Tag ab heute an.
error-plan-move-in-before-arrival = Der Einzug ({ $move_in }) kann nicht vor der Ankunft ({ $arrival }) liegen.
error-plan-move-in-past = Der Tag des Einzugs ({ $date }) liegt in der Vergangenheit. Bitte geben Sie einen Tag ab heute an.
error-plan-application-after-arrival = Der Visumantrag ({ $date }) kann nicht nach der Ankunft liegen: Das Visum wird vor der Einreise gebraucht.
error-plan-salary-negative = Das Gehalt { $salary } ist nicht möglich. Bitte geben Sie das Bruttojahresgehalt in Euro an (0 oder mehr).
error-plan-salary-absurd = Das Gehalt { $salary } sieht nach einem Tippfehler aus. Bitte geben Sie das Bruttojahresgehalt in Euro an.
error-plan-age-range = Das Alter { $age } ist nicht möglich. Bitte geben Sie ein Alter zwischen 0 und 120 an.
error-plan-experience-age = { $years } Jahre Berufserfahrung passen nicht zu einem Alter von { $age }.
error-plan-experience-inconsistent = Die Jahre der Berufserfahrung gehen nicht auf: höchstens 5 in den letzten 5 Jahren, höchstens 7 in den letzten 7 Jahren und nicht mehr als insgesamt.
error-plan-recognition-without-qualification = Ein Anerkennungsstand setzt eine Qualifikation voraus. Bitte wählen Sie zuerst Ihre Qualifikation.
error-plan-family-sponsor-missing = Für den Familiennachzug geben Sie bitte an, zu wem Sie ziehen (Ehepartner oder Kind) und welchen Aufenthaltstitel die Person hat.
error-plan-municipality-unknown = „{ $municipality }“ ist keine Kommune der Metropole Ruhr. Bitte wählen Sie eine aus der Liste.
error-plan-municipalities-missing = Die Liste der Kommunen ist noch nicht geladen, daher kann „{ $municipality }“ nicht geprüft werden. Bitte synchronisieren Sie einmal mit dem Portal.
error-plan-path-unknown = „{ $path }“ ist kein Aufenthaltsweg des Plans.
error-plan-person-unknown = In diesem Haushalt gibt es keine Person „{ $person }“.
error-plan-person-id = „{ $person }“ kann nicht als Kennung dienen: Bitte Kleinbuchstaben, Ziffern, - oder _ verwenden (höchstens 40).
error-plan-person-exists = In diesem Haushalt gibt es schon eine Person „{ $person }“.
error-plan-person-name = Bitte geben Sie einen Namen mit 1 bis 100 Zeichen an.
error-plan-item-unknown = „{ $item }“ gehört nicht zu diesem Plan.
error-plan-status-unknown = „{ $status }“ ist kein Status. Dokumente: missing, requested, received, translated_certified, submitted, not_needed. Schritte: open, in_progress, done, not_needed.
error-plan-status-kind = Der Status „{ $status }“ passt nicht zu „{ $item }“ (Dokumente und Schritte haben verschiedene Status).
error-plan-expiry-step = Nur Dokumente haben ein Ablaufdatum; „{ $item }“ ist ein Schritt.
error-plan-note-long = Die Notiz ist zu lang (höchstens 5000 Zeichen).
error-plan-rules-missing = Die Regeln des Plans sind noch nicht geladen. Bitte synchronisieren Sie einmal mit dem Portal.

## Warum ein Weg passt oder nicht
plan-reason-eu-free-movement = Als Bürgerin oder Bürger der EU, des EWR oder der Schweiz dürfen Sie ohne Visum und Aufenthaltstitel in Deutschland leben und arbeiten; Sie melden nur Ihre Adresse an.
plan-reason-eu-not-citizen = Nur für Staatsangehörige der EU, des EWR und der Schweiz.
plan-reason-eu-not-needed = Nicht nötig: Als Staatsangehörige der EU, des EWR oder der Schweiz genießen Sie Freizügigkeit.
plan-reason-purpose-mismatch = Dieser Weg dient einem anderen Zweck als dem, den Sie gewählt haben.
plan-reason-degree-recognised = Ihr Hochschulabschluss ist anerkannt oder mit einem deutschen Abschluss vergleichbar.
plan-reason-degree-needed = Setzt einen anerkannten Hochschulabschluss voraus oder als IT-Fachkraft mindestens drei Jahre Berufserfahrung.
plan-reason-recognition-pending = Über Ihre Anerkennung ist noch nicht entschieden; dieser Weg öffnet sich mit der Anerkennung.
plan-reason-recognition-needed = Setzt eine in Deutschland anerkannte Qualifikation voraus. Eine teilweise Anerkennung kann in Deutschland vervollständigt werden (§ 16d); die Anerkennungsberatung hilft.
plan-reason-it-specialist-experience = IT-Fachkräfte ohne Abschluss brauchen { $required } Jahre Berufserfahrung in den letzten sieben Jahren; Sie haben { $years }.
plan-reason-threshold-lower = Es gilt die niedrigere Gehaltsgrenze (Engpassberuf, Berufsanfänger oder IT-Fachkraft).
plan-reason-threshold-not-published = Die am { $date } geltende Gehaltsgrenze ist noch nicht veröffentlicht oder nicht gefunden. Bitte klären Sie sie vor dem Antrag mit der deutschen Auslandsvertretung.
plan-reason-salary-missing = Bitte geben Sie das Bruttojahresgehalt des Stellenangebots an; die Grenze liegt bei { $threshold }.
plan-reason-salary-meets = Das Gehalt von { $salary } erreicht die am { $date } geltende Grenze von { $threshold }.
plan-reason-salary-below = Das Gehalt von { $salary } liegt unter der am { $date } geltenden Grenze von { $threshold }.
plan-reason-older-salary-meets = Ab 45 Jahren muss das Gehalt { $threshold } erreichen (der am { $date } geltende Betrag, gültig seit { $since }); { $salary } erreicht das.
plan-reason-older-salary-below = Ab 45 Jahren muss das Gehalt { $threshold } erreichen (der am { $date } geltende Betrag, gültig seit { $since }) oder Sie weisen eine angemessene Altersversorgung nach; { $salary } liegt darunter.
plan-reason-older-no-figure = Ab 45 Jahren muss das Gehalt 55 % der Beitragsbemessungsgrenze der Rentenversicherung erreichen oder Sie weisen eine angemessene Altersversorgung nach. Der am { $date } geltende Betrag ist noch nicht veröffentlicht oder nicht gefunden.
plan-reason-needs-academic = Setzt einen Hochschulabschluss voraus.
plan-reason-needs-vocational = Setzt eine Berufsausbildung voraus.
plan-reason-qualification-recognised = Ihre Qualifikation ist in Deutschland anerkannt.
plan-reason-ba-approval = Die Bundesagentur für Arbeit muss der Beschäftigung zustimmen (der Arbeitgeber kann das vorab beantragen).
plan-reason-opportunity-recognised = Als anerkannte Fachkraft erfüllen Sie die Voraussetzungen ohne Punkte.
plan-reason-opportunity-qualification-missing = Setzt einen ausländischen Hochschulabschluss oder eine mindestens zweijährige Berufsausbildung voraus.
plan-reason-opportunity-qualification-short = Die Ausbildung muss mindestens zwei Jahre gedauert haben.
plan-reason-opportunity-qualification-duration = Bitte prüfen Sie, ob Ihre Ausbildung mindestens zwei Jahre gedauert hat; das ist Voraussetzung.
plan-reason-opportunity-language-ok = Sie haben die verlangten Sprachkenntnisse (Deutsch A1 oder Englisch B2).
plan-reason-opportunity-language-missing = Setzt einfache Deutschkenntnisse (A1) oder Englisch auf Niveau B2 voraus.
plan-reason-opportunity-points-enough = Sie erreichen { $points } Punkte; { $required } sind nötig.
plan-reason-opportunity-points-short = Sie erreichen { $points } Punkte; { $required } wären nötig.
plan-reason-funds-month = Sie müssen { $amount } im Monat für Ihren Lebensunterhalt nachweisen (der am { $date } geltende Betrag, gültig seit { $since }).
plan-reason-funds-not-published = Der am { $date } nachzuweisende Betrag ist noch nicht veröffentlicht oder nicht gefunden. Bitte fragen Sie die deutsche Auslandsvertretung.
plan-reason-study-admission = Setzt eine Zulassung (oder bedingte Zulassung) einer deutschen Hochschule voraus.
plan-reason-blocked-account = Ein Sperrkonto über { $amount } im Jahr weist Ihre Mittel nach (der am { $date } geltende Betrag, gültig seit { $since }).
plan-reason-blocked-account-not-published = Der am { $date } geltende Betrag des Sperrkontos ist noch nicht veröffentlicht oder nicht gefunden. Bitte fragen Sie die deutsche Auslandsvertretung.
plan-reason-figure-older = { $amount } ist der zuletzt veröffentlichte Betrag, gültig seit { $since }; für { $year } wurde kein neuerer veröffentlicht. Bitte prüfen Sie ihn vor dem Antrag bei der Auslandsvertretung.
plan-reason-training-contract = Setzt einen Ausbildungsvertrag in Deutschland voraus.
plan-reason-family-sponsor-needed = Nur für Personen, die zu einem in Deutschland lebenden Familienmitglied ziehen.
plan-reason-family-a1-exempt = Ehepartner von Personen mit einem Aufenthaltstitel nach { $title } brauchen vor der Einreise keine Deutschkenntnisse.
plan-reason-family-a1-met = Sie haben die einfachen Deutschkenntnisse (A1), die Ehepartner brauchen.
plan-reason-family-a1-needed = Ehepartner brauchen vor der Einreise in der Regel einfache Deutschkenntnisse (A1). Es gibt Ausnahmen; bitte fragen Sie eine Beratungsstelle.
plan-reason-family-child = Minderjährige Kinder ziehen zu ihren Eltern nach; für Kinder mit 16 oder 17 Jahren können weitere Bedingungen gelten.
plan-reason-family-child-adult = Volljährige Kinder können nicht nach den Regeln für Kinder nachziehen.
plan-reason-family-no-living-space = Inhaber einer Blauen Karte EU müssen keinen ausreichenden Wohnraum nachweisen.
plan-reason-family-living-space = Das Familienmitglied in Deutschland muss ausreichenden Wohnraum und Lebensunterhalt nachweisen.

## Rat, wenn kein Weg passt
plan-advice-no-path = Keiner der Aufenthaltswege passt sicher zu Ihren Antworten. Bitte sprechen Sie vor dem Antrag mit einer Beratungsstelle oder einem Welcome Guide; dort werden auch Fälle geprüft, die diese Regeln nicht abdecken.
plan-advice-no-path-recognition = Noch passt keiner der Aufenthaltswege sicher, vor allem weil Ihre Qualifikation nicht anerkannt ist. Eine Anerkennungsberatung sagt Ihnen, wie Sie die Anerkennung erreichen und welcher Weg sich dann öffnet.

## Personen
plan-person-me = Ich

## Status
plan-status-missing = fehlt
plan-status-requested = angefordert
plan-status-received = erhalten
plan-status-translated_certified = übersetzt / beglaubigt
plan-status-submitted = eingereicht
plan-status-open = offen
plan-status-in_progress = in Arbeit
plan-status-done = erledigt
plan-status-not_needed = nicht nötig
plan-expiry-expired = abgelaufen
plan-expiry-expires_too_soon = läuft früher als 6 Monate nach der Ankunft ab

## Kalenderexport
plan-ics-calendar-name = Umzugsplan: { $name }
plan-ics-summary = Fällig: { $title }
plan-ics-legal-basis = Rechtsgrundlage: { $basis }
plan-ics-office = Behörde: { $office }, { $address }

## Druckbare Dokumentenliste
plan-documents-title = Dokumente für { $name }
plan-documents-path = Aufenthaltsweg: { $path }
plan-documents-date = Stand: { $date }
plan-documents-none = Für diesen Plan sind keine Dokumente nötig.
plan-documents-col-done = Bereit
plan-documents-col-document = Dokument
plan-documents-col-status = Status
plan-documents-col-expiry = Gültig bis
plan-documents-col-note = Notiz

## Phasen, Ergebnisse, Beziehungen
plan-phase-before_departure = Vor der Abreise
plan-phase-first_weeks = Erste Wochen
plan-phase-first_months = Erste Monate
plan-phase-other = Sonstiges
plan-eligibility-eligible = passt
plan-eligibility-not_eligible = passt nicht
plan-eligibility-needs_check = muss geprüft werden
plan-relation-self = ich
plan-relation-spouse = Ehe- oder Lebenspartner
plan-relation-child = Kind
plan-relation-other = andere Person

## Kommandozeile
error-plan-cli-value = „{ $value }“ ist kein gültiger Wert für { $field }.
error-plan-cli-file = Die Antworten in { $file } können nicht gelesen werden: { $detail }
plan-cli-person = Umzugsplan für { $name } ({ $id })
plan-cli-not-answered = Noch keine Antworten. Beginnen Sie mit: welcome plan answer --purpose work_with_offer --salary 52000 --municipality essen --arrival 2027-03-01
plan-cli-path = Aufenthaltsweg: { $path }
plan-cli-no-path = Kein Aufenthaltsweg passt sicher zu Ihren Antworten.
plan-cli-office = Behörde: { $office }, { $address }
plan-cli-paths-heading = Aufenthaltswege
plan-cli-points = Punkte für die Chancenkarte: { $total } (ohne Anerkennung mindestens { $required } nötig)
plan-cli-progress = { $done } von { $total } erledigt
plan-cli-total = Insgesamt: { $done } von { $total } erledigt
plan-cli-due = fällig am { $date }
plan-cli-note = Notiz: { $note }
plan-cli-note-conflict = Notiz von einem anderen Gerät: { $note }
plan-cli-hidden = { $count ->
    [one] { $count } Eintrag mit Fortschritt gilt nicht mehr; sein Fortschritt bleibt gespeichert.
   *[other] { $count } Einträge mit Fortschritt gelten nicht mehr; ihr Fortschritt bleibt gespeichert.
}
plan-cli-person-added = { $name } ({ $id }) hinzugefügt.
plan-cli-exported = Gespeichert in { $file }.

## Erinnerungen an Fristen und Ablaufdaten (Desktop-Benachrichtigungen und Posteingang)
reminder-title = { $item } – { $person }
reminder-due = { $when ->
    [today] Heute fällig, { $date }
    [tomorrow] Fällig morgen, am { $date }
    [past] War fällig am { $date }
   *[later] Fällig in { $days } Tagen, am { $date }
}
reminder-expiry = { $when ->
    [today] Läuft heute ab, { $date }
    [tomorrow] Läuft morgen ab, am { $date }
    [past] Abgelaufen am { $date }
   *[later] Läuft in { $days } Tagen ab, am { $date }
}
reminder-late = (verspätet: Die App war geschlossen, als die Erinnerung fällig war)
error-reminder-days = Erinnerungen sind 1 bis { $max } Tage vor einem Datum möglich.
reminder-appointment = { $when ->
    [today] Termin heute, { $date }
    [tomorrow] Termin morgen, am { $date }
    [past] Der Termin war am { $date }
   *[later] Termin in { $days } Tagen, am { $date }
}
error-appointment-title = Ein Termin braucht einen Titel mit höchstens { $max } Zeichen.
error-appointment-long = Ort oder Notiz sind zu lang (die Notiz höchstens { $max } Zeichen).

pdf-appointment-when = Am { $date }
pdf-appointment-when-time = Am { $date } um { $time } Uhr
pdf-valid-until = gültig bis { $date }
pdf-attached = angehängt: { $files }
pdf-files-unavailable = { $count ->
    [one] Eine angehängte Datei fehlt: Ihr Schlüssel ist nicht im Schlüsselbund dieses Geräts.
   *[other] { $count } angehängte Dateien fehlen: Ihr Schlüssel ist nicht im Schlüsselbund dieses Geräts.
}
