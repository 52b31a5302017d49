# completeness: 9 of 9 messages (2026-11-25)
## Contactos: oficinas y Welcome Guides.

error-contacts-kind-and-topic = Filtre por tipo de oficina o por tema del guía, pero no por ambos a la vez.

error-guide-request-consent = Acepta que el guía reciba tu mensaje y tus datos de contacto.
error-guide-request-message-empty = Escribe un mensaje al guía.
error-guide-request-message-long = El mensaje puede tener como máximo { $max } caracteres.
error-guide-request-contact = Introduce una dirección de correo electrónico o un número de teléfono válidos.
error-guide-request-language = Elige uno de los idiomas del guía.
error-guide-request-topic = Elige uno de los temas del guía.
error-guide-request-guide = Este guía ya no está disponible. Sincroniza e inténtalo de nuevo.
guide-answer-title = Respuesta de { $guide }
