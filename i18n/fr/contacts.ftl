# completeness: 1 of 1 messages (2026-11-25)
## Contacts : services et Welcome Guides.

error-contacts-kind-and-topic = Filtrez soit par type de service, soit par thème du guide, mais pas les deux.
