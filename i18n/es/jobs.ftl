# completeness: 9 of 9 messages (2026-11-25)
## Empleo: búsqueda, ofertas guardadas, búsquedas guardadas y alertas de empleo.

# El título de una alerta de empleo (notificación de escritorio y bandeja de entrada).
jobs-alert-title = { $count ->
    [one] { $count } oferta nueva para «{ $name }»
   *[other] { $count } ofertas nuevas para «{ $name }»
}
# El texto de una alerta: los primeros títulos y cuántos más hay.
jobs-alert-body = { $more ->
    [0] { $titles }
    [one] { $titles } y { $more } más
   *[other] { $titles } y { $more } más
}

error-jobs-radius = El radio debe ser mayor que 0 y como máximo de { $max } km (valor recibido: { $value }).
error-jobs-place-and-radius = Busque en municipios o alrededor de un lugar, pero no de las dos formas a la vez.
error-jobs-coordinates = Estas coordenadas no corresponden a ningún lugar de la Tierra.
error-jobs-unknown-place = El lugar «{ $place }» no es conocido.
error-jobs-search-name = Dé a la búsqueda un nombre de 1 a { $max } caracteres.
jobs-cli-no-alerts = No hay alertas de empleo nuevas.
jobs-cli-marked-read = { $count ->
    [one] Se ha marcado { $count } alerta como leída.
   *[other] Se han marcado { $count } alertas como leídas.
}
