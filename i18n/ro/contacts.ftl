# completeness: 1 of 1 messages (2026-11-25)
## Contacte: instituții și Welcome Guides.

error-contacts-kind-and-topic = Filtrați fie după tipul instituției, fie după tema ghidului, nu după amândouă.
