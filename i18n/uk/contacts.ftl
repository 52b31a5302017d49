# completeness: 1 of 1 messages (2026-11-25)
## Контакти: установи та Welcome Guides.

error-contacts-kind-and-topic = Фільтруйте або за типом установи, або за темою консультанта, але не за обома одночасно.
