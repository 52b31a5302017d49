# completeness: 9 of 9 messages (2026-11-25)
## İletişim: kurumlar ve Welcome Guide'lar.

error-contacts-kind-and-topic = Ya kurum türüne ya da rehberin konusuna göre filtreleyin, ikisine birden değil.

error-guide-request-consent = Lütfen rehberin mesajınızı ve iletişim bilgilerinizi almasını onaylayın.
error-guide-request-message-empty = Lütfen rehbere bir mesaj yazın.
error-guide-request-message-long = Mesaj en fazla { $max } karakter olabilir.
error-guide-request-contact = Lütfen geçerli bir e-posta adresi veya telefon numarası girin.
error-guide-request-language = Lütfen rehberin dillerinden birini seçin.
error-guide-request-topic = Lütfen rehberin konularından birini seçin.
error-guide-request-guide = Bu rehber artık mevcut değil. Lütfen senkronize edip tekrar deneyin.
guide-answer-title = { $guide } yanıtladı
