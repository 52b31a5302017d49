# completeness: 9 of 9 messages (2026-11-25)
## Контакти: установи та Welcome Guides.

error-contacts-kind-and-topic = Фільтруйте або за типом установи, або за темою консультанта, але не за обома одночасно.

error-guide-request-consent = Будь ласка, погодьтеся, що гід отримає ваше повідомлення та контактні дані.
error-guide-request-message-empty = Будь ласка, напишіть гіду повідомлення.
error-guide-request-message-long = Повідомлення може містити щонайбільше { $max } символів.
error-guide-request-contact = Будь ласка, введіть дійсну адресу електронної пошти або номер телефону.
error-guide-request-language = Будь ласка, виберіть одну з мов гіда.
error-guide-request-topic = Будь ласка, виберіть одну з тем гіда.
error-guide-request-guide = Цей гід більше недоступний. Синхронізуйте дані та спробуйте ще раз.
guide-answer-title = Відповідь від { $guide }
