# completeness: 2 of 2 messages (2026-11-25)
# Mensajes del motor de sincronización y sus ajustes.
error-sync-portal-url = «{ $url }» no es una dirección de portal. Use una dirección completa que empiece por http:// o https://.
error-sync-scope = No se puede guardar esta suscripción de empleo: { $detail }
