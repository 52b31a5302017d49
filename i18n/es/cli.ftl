# completeness: 33 of 33 messages (2026-11-25)
# La línea de comandos `welcome` (crates/cli).
cli-error = Error: { $message } ({ $kind })
cli-password-prompt = Contraseña:
cli-login-done = Sesión iniciada como { $email }.
cli-register-done = Se ha creado la cuenta { $email } y se ha iniciado sesión.
cli-logout-done = Sesión cerrada.
cli-login-joined = { $count } entradas creadas en este dispositivo antes de iniciar sesión pertenecen ahora a esta cuenta y se subirán.
cli-logout-removed = Sesión cerrada. Los datos de esta cuenta se eliminaron de este dispositivo.

## Sincronización
cli-sync-phase-content = Contenido
cli-sync-phase-index = Creando el índice de búsqueda
cli-sync-phase-upload = Enviando sus cambios
cli-sync-phase-download = Recibiendo sus datos
cli-sync-progress = { $phase }: página { $pages }, { $items } elementos, { $bytes } bytes
cli-sync-done = Sincronización terminada: { $items } cambios, { $jobs } ofertas nuevas, { $bytes } bytes en { $seconds } s.
cli-sync-resynced = El portal pidió una actualización completa; se ha reconstruido la caché.
cli-sync-user = Cambios enviados: { $pushed }; registros recibidos: { $pulled }.

## Estado
cli-status-portal = Portal: { $url }
cli-status-logged-in = Sesión iniciada como { $email }.
cli-status-logged-out = Sin sesión iniciada.
cli-status-last-success = Última sincronización correcta: { $when }
cli-status-never = Aún sin sincronizar.
cli-status-last-error = La última sincronización falló: { $message }
cli-status-jobs = { $count ->
    [one] { $count } oferta en este dispositivo
   *[other] { $count } ofertas en este dispositivo
}
cli-status-pending = { $count ->
    [one] { $count } cambio pendiente de envío
   *[other] { $count } cambios pendientes de envío
}

## Búsqueda
error-cli-unknown-city = «{ $city }» no es un municipio de la región del Ruhr que este dispositivo conozca. Sincronice primero o use el nombre del municipio.
cli-search-jobs-total = { $total ->
    [one] Se ha encontrado { $total } oferta.
   *[other] Se han encontrado { $total } ofertas.
}
cli-search-job-line = { $title } · { $employer }, { $city } ({ $published }) [{ $id }]
cli-search-contacts-total = { $total ->
    [one] Se ha encontrado { $total } contacto.
   *[other] Se han encontrado { $total } contactos.
}
cli-search-contact-line = { $name } · { $place }

## Ajustes
cli-settings-saved = Ajustes guardados.
cli-settings-system-language = igual que el sistema
cli-settings-jobs-everywhere = todas las ofertas de la región
cli-settings-portal = Portal: { $value }
cli-settings-language = Idioma: { $value }
cli-settings-paused = Sincronización en segundo plano en pausa: { $value }
cli-settings-jobs = Ofertas sincronizadas: { $value }

## Sesiones
cli-sessions-none = Ningún dispositivo tiene la sesión iniciada en esta cuenta.
cli-sessions-unnamed = dispositivo sin nombre
cli-sessions-line = { $id }  { $device } · sesión iniciada { $created } · última actividad { $last_seen }
cli-sessions-line-current = { $id }  { $device } · sesión iniciada { $created } · última actividad { $last_seen } · este dispositivo
cli-sessions-revoked = Sesión { $id } revocada; en ese dispositivo se ha cerrado la sesión.
cli-sessions-revoked-own = Sesión { $id } revocada; en este dispositivo se ha cerrado la sesión.
