# completeness: 1 of 1 messages (2026-11-25)
## Contactos: oficinas y Welcome Guides.

error-contacts-kind-and-topic = Filtre por tipo de oficina o por tema del guía, pero no por ambos a la vez.
