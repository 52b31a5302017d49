# completeness: 9 of 9 messages (2026-11-25)
## Kontakty: urzędy i Welcome Guides.

error-contacts-kind-and-topic = Można filtrować według rodzaju urzędu albo według tematu doradcy, ale nie według obu naraz.

error-guide-request-consent = Zgódź się, aby przewodnik otrzymał Twoją wiadomość i dane kontaktowe.
error-guide-request-message-empty = Napisz wiadomość do przewodnika.
error-guide-request-message-long = Wiadomość może mieć najwyżej { $max } znaków.
error-guide-request-contact = Podaj prawidłowy adres e-mail lub numer telefonu.
error-guide-request-language = Wybierz jeden z języków przewodnika.
error-guide-request-topic = Wybierz jeden z tematów przewodnika.
error-guide-request-guide = Ten przewodnik nie jest już dostępny. Zsynchronizuj dane i spróbuj ponownie.
guide-answer-title = Odpowiedź od { $guide }
