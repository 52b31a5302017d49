# completeness: 16 of 16 messages (2026-11-25)
# Textos comunes de la aplicación, la línea de comandos y las notificaciones.
app-name = welcome.RUHR Companion
sync-items-applied = { $count ->
    [one] { $count } elemento actualizado
   *[other] { $count } elementos actualizados
}

## Errores (cada tipo de core::Error tiene uno)
error-network = No se puede acceder al portal. No hay conexión o el portal no funciona; todo lo guardado en este dispositivo sigue funcionando.
error-unauthorized = Su sesión ha caducado o se ha revocado. Inicie sesión de nuevo, por favor.
error-bad_credentials = El correo electrónico o la contraseña no son correctos.
error-conflict = Ya existe una cuenta con este correo electrónico.
error-invalid = Este dato no es válido.
error-text-too-long = Este texto es demasiado largo: se pueden guardar como máximo { $max } caracteres.
error-change-too-large = Este cambio es demasiado grande para guardarlo ({ $size } KB; como máximo { $max } KB).
error-portal-invalid = El portal no lo ha aceptado: { $detail }
error-rate_limited = Demasiados intentos. Espere un momento y vuelva a intentarlo, por favor.
error-rate_limited-wait = { $minutes ->
    [0] { $seconds ->
        [one] Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundo, por favor.
       *[other] Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundos, por favor.
    }
    [one] Demasiados intentos. Vuelva a intentarlo dentro de { $minutes } minuto, por favor.
   *[other] Demasiados intentos. Vuelva a intentarlo dentro de { $minutes } minutos, por favor.
}
error-not_found = No se ha encontrado. Puede que se haya eliminado.
error-portal = El portal ha informado de un problema. Inténtelo de nuevo más tarde, por favor.
error-bad_response = No se ha podido leer la respuesta del portal. No se ha cambiado nada en este dispositivo.
error-storage = No se han podido leer o escribir los datos de este dispositivo.
error-overtaken = Otra sincronización cambió la copia de este dispositivo en el mismo momento, así que esta se detuvo. La próxima sincronización continúa.
error-database_too_new = Estos datos se guardaron con una versión más reciente de la aplicación (esquema { $found }; esta versión conoce el { $supported }). Actualice la aplicación, por favor.
error-keychain = El llavero del sistema no está disponible, por lo que el inicio de sesión no se puede guardar de forma segura.
error-not_logged_in = Inicie sesión primero, por favor.

error-vault_key_missing = La clave de tus archivos adjuntos no está en el llavero del sistema (por ejemplo, después de restablecerlo). Tus archivos se conservan y se volverán a abrir cuando se restaure el llavero.
error-vault_damaged = Este archivo está dañado y no se puede abrir. Sustitúyelo por el original o elimínalo.
error-vault-type = Este archivo no se puede adjuntar. Elige una foto o un escaneo (JPEG, PNG, WebP) o un PDF.
error-vault-too-large = Este archivo ocupa { $size } MB; se pueden adjuntar archivos de hasta { $limit } MB.
error-vault-corrupt = Este archivo está dañado o protegido con contraseña, por lo que no se puede adjuntar. Prueba con otra copia.
error-pdf-no-font = No se encontró ninguna fuente para el PDF en este sistema. Instala las fuentes DejaVu y vuelve a intentarlo.
