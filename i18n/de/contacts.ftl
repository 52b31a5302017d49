## Kontakte: Behörden, Beratungsstellen und Welcome Guides.

error-contacts-kind-and-topic = Filtern Sie entweder nach Art der Stelle oder nach Thema eines Guides, nicht beides.

error-guide-request-consent = Bitte stimmen Sie zu, dass der Guide Ihre Nachricht und Kontaktdaten erhält.
error-guide-request-message-empty = Bitte schreiben Sie dem Guide eine Nachricht.
error-guide-request-message-long = Die Nachricht darf höchstens { $max } Zeichen lang sein.
error-guide-request-contact = Bitte geben Sie eine gültige E-Mail-Adresse oder Telefonnummer ein.
error-guide-request-language = Bitte wählen Sie eine der Sprachen des Guides.
error-guide-request-topic = Bitte wählen Sie eines der Themen des Guides.
error-guide-request-guide = Diesen Guide gibt es nicht mehr. Bitte synchronisieren Sie und versuchen Sie es erneut.
guide-answer-title = Antwort von { $guide }
