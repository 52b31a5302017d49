# completeness: 1 of 1 messages (2026-11-25)
## Контакты: ведомства и Welcome Guides.

error-contacts-kind-and-topic = Фильтруйте либо по типу ведомства, либо по теме консультанта, но не по обоим сразу.
