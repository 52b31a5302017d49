# completeness: 1 of 1 messages (2026-11-25)
## İletişim: kurumlar ve Welcome Guide'lar.

error-contacts-kind-and-topic = Ya kurum türüne ya da rehberin konusuna göre filtreleyin, ikisine birden değil.
