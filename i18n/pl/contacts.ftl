# completeness: 1 of 1 messages (2026-11-25)
## Kontakty: urzędy i Welcome Guides.

error-contacts-kind-and-topic = Można filtrować według rodzaju urzędu albo według tematu doradcy, ale nie według obu naraz.
