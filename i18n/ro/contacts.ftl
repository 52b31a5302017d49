# completeness: 9 of 9 messages (2026-11-25)
## Contacte: instituții și Welcome Guides.

error-contacts-kind-and-topic = Filtrați fie după tipul instituției, fie după tema ghidului, nu după amândouă.

error-guide-request-consent = Vă rugăm să fiți de acord ca ghidul să primească mesajul și datele dvs. de contact.
error-guide-request-message-empty = Vă rugăm să îi scrieți un mesaj ghidului.
error-guide-request-message-long = Mesajul poate avea cel mult { $max } de caractere.
error-guide-request-contact = Vă rugăm să introduceți o adresă de e-mail sau un număr de telefon valid.
error-guide-request-language = Vă rugăm să alegeți una dintre limbile ghidului.
error-guide-request-topic = Vă rugăm să alegeți una dintre temele ghidului.
error-guide-request-guide = Acest ghid nu mai este disponibil. Sincronizați și încercați din nou.
guide-answer-title = Răspuns de la { $guide }
