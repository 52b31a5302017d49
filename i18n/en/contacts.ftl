## Contacts: offices and Welcome Guides.

error-contacts-kind-and-topic = Filter either by kind of office or by a guide's topic, not both.
