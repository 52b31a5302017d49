# completeness: 233 of 233 messages (2026-11-25)
# Las pantallas de la aplicación (ui/).

## Navegación
nav-label = Navegación principal
nav-skip-to-content = Saltar al contenido
nav-home = Inicio
nav-plan = Mi plan
nav-contacts = Contactos
nav-jobs = Empleo
nav-settings = Ajustes

## Estado de la sincronización
sync-running = Actualizando…
sync-offline = Sin conexión: se muestra lo guardado en este dispositivo
sync-last-success = Actualizado { $when }
sync-never = Aún no actualizado
sync-now = Sincronizar ahora

## Primer inicio
firstrun-welcome = ¡Le damos la bienvenida a la región del Ruhr!
firstrun-intro = Esta aplicación le ayuda a planificar su mudanza: qué permiso de residencia le corresponde, qué documentos necesita, qué hacer tras la llegada y en qué plazo. Funciona sin conexión.
firstrun-choose-language = Elija su idioma
firstrun-continue = Continuar
firstrun-privacy = Sus respuestas se quedan en este dispositivo, salvo que cree una cuenta para sincronizarlas.
firstrun-questions-title = Cuéntenos sobre su mudanza
firstrun-downloading = Descargando listas de tareas, oficinas y ofertas de empleo…
firstrun-retry = Reintentar

## Cuestionario
q-intro = Sus respuestas determinan qué vía de residencia, documentos y pasos le corresponden. Puede cambiarlas en cualquier momento.
q-section-you = Sobre usted
q-section-qualification = Cualificación e idiomas
q-section-job = Su oferta de trabajo
q-section-family-reunion = El familiar con quien se reúne
q-section-move = Su mudanza
q-citizenship = Nacionalidad
q-citizenship-other = Ni UE, ni EEE, ni Suiza
q-citizenship-eu_eea_swiss = UE, EEE o Suiza
q-age = Edad
q-purpose = ¿Por qué viene?
q-purpose-work_with_offer = Para trabajar (tengo una oferta de trabajo)
q-purpose-job_search = Para buscar trabajo
q-purpose-study = Para estudiar
q-purpose-vocational_training = Para una formación profesional (Ausbildung)
q-purpose-family_reunion = Para reunirme con mi familia
q-qualification = Cualificación más alta
q-qualification-academic = Título universitario
q-qualification-vocational = Formación profesional
q-qualification-none = Ninguna de estas
q-recognition = ¿Está reconocida en Alemania (Anerkennung)?
q-recognition-recognised = Sí, reconocida o comparable (anabin "H+")
q-recognition-partial = Reconocida en parte
q-recognition-pending = Solicitada, aún sin resolución
q-recognition-none = Todavía no
q-recognition-hint = El asesoramiento sobre reconocimiento (Anerkennungsberatung) de su ciudad puede ayudarle a averiguarlo.
q-experience = Años de experiencia laboral
q-experience-last-5 = …de ellos, en los últimos 5 años
q-experience-last-7 = …de ellos, en los últimos 7 años
q-german = Alemán
q-english = Inglés
q-level-none = ninguno
q-level-a1 = A1
q-level-a2 = A2
q-level-b1 = B1
q-level-b2 = B2
q-level-c1 = C1
q-level-c2 = C2
q-previous-stay = Ya viví legalmente en Alemania 6 meses o más
q-it-specialist = Mi especialidad es la informática
q-recent-graduate = Terminé mis estudios en los últimos 3 años
q-salary = Salario bruto anual (Bruttojahresgehalt) de la oferta de trabajo (EUR)
q-salary-hint = Tal como figura en el contrato o la oferta, antes de impuestos.
q-shortage = El puesto es de una profesión con escasez de personal (Engpassberuf)
q-sponsor = Su permiso de residencia (Aufenthaltstitel)
q-sponsor-blue_card = Tarjeta Azul UE (Blaue Karte EU)
q-sponsor-skilled_vocational = Profesional cualificado con formación profesional (§ 18a)
q-sponsor-skilled_academic = Profesional cualificado con título universitario (§ 18b)
q-sponsor-researcher = Investigador o investigadora (§ 18d)
q-sponsor-specialist_employment = Especialista en TI o función especial (§ 19c)
q-sponsor-ict_card = Tarjeta ICT para traslados dentro de la empresa (§ 19)
q-sponsor-self_employed = Trabajo por cuenta propia (§ 21)
q-sponsor-german = Nacionalidad alemana
q-sponsor-other = Otro permiso
q-family-role = Su parentesco con esa persona
q-family-role-spouse = Cónyuge o pareja
q-family-role-child = Hijo/a
q-choose = Elija, por favor
q-municipality = ¿Dónde vivirá en la región del Ruhr?
q-university = Su universidad
q-university-hint = Su oficina internacional (International Office) se ocupa de la admisión y la matrícula; el plan le remite a ella.
q-independent-cities = Ciudades independientes (kreisfreie Städte)
q-needs-content = La lista de localidades llega con la primera sincronización. Conéctese a internet una vez, por favor.
q-arrival = Llegada prevista
q-arrival-hint = El día en que entra en Alemania. El plan avisa de los documentos que caducan menos de 6 meses después.
q-move-in = Día de la mudanza a su vivienda (opcional)
q-move-in-hint = El empadronamiento (Anmeldung) debe hacerse en los 14 días siguientes a la mudanza. Déjelo vacío si se muda el mismo día de la llegada.
q-spouse-coming = Mi cónyuge o pareja viene conmigo
q-children = Hijos/as que vienen
q-partner-eligible = Mi pareja también cumple los requisitos de la Tarjeta de Oportunidades (Chancenkarte)
q-submit = Crear mi plan

## Inicio
home-title = Sus próximos pasos
home-next-steps = Próximos pasos
home-progress = { $done } de { $total } hechos
home-all-done = Todo está hecho. ¡Enhorabuena!
home-deadlines = Plazos
home-new-job-alerts = { $count ->
    [one] Hay una nueva alerta de empleo.
   *[other] Hay { $count } nuevas alertas de empleo.
}
home-no-plan-yet = Aún no hay ningún plan.
home-start-plan = Empezar el cuestionario

## Plan
plan-title = Mi plan
plan-answers-title = Sus respuestas
plan-cancel = Cancelar
plan-change-answers = Cambiar respuestas
plan-no-path = Ninguna vía de residencia encaja con seguridad
plan-points = Puntos de la Tarjeta de Oportunidades (Chancenkarte): { $total } (necesarios: { $required })
plan-all-paths = Comparación de todas las vías de residencia
plan-export-ics = Plazos al calendario (.ics)
plan-export-documents = Lista de documentos imprimible
plan-exported = Guardado en { $path }
plan-phase-progress = { $done } de { $total }
plan-kind-document = Documento
plan-kind-step = Paso
plan-status = Estado
plan-saved = Guardado
plan-due = Plazo: { $date }
plan-due-by-law = Plazo legal: { $date }
plan-expiry-badge = Válido hasta el { $date }: { $warning }
plan-details = Detalles, notas y oficina
plan-set-due = Fecha límite
plan-expiry = Válido hasta
plan-note = Notas
plan-note-conflict = Esta nota se modificó en dos dispositivos a la vez. La otra versión:

## Hogar
household-title = Hogar
household-whose-plan = Plan de
household-name = Nombre
household-relation = Parentesco
household-add = Añadir persona
household-remove = Quitar

## Fuentes y textos del portal
source-link = Fuente
source-reviewed = revisado el { $date }
text-fallback = en { $lang }
text-fallback-hint = Aún no disponible en su idioma
text-unreviewed = traducción sin revisar
text-unreviewed-hint = Traducido, aún sin revisar: ver el original en inglés y alemán
text-hide-original = ocultar original
sample-data = Datos de ejemplo
sample-data-hint = Inventado para la demostración: no es una persona ni un número reales.

## Contactos
contacts-title = Contactos
contacts-search = Buscar
contacts-municipality = Localidad
contacts-language = Idioma de atención
contacts-kind = Tipo de oficina
contacts-all = Todas
contacts-search-button = Buscar
contacts-offices = { $count ->
    [one] Una oficina
   *[other] { $count } oficinas
}
contacts-guides = { $count ->
    [one] Un Welcome Guide
   *[other] { $count } Welcome Guides
}
contacts-guides-intro = Los Welcome Guides son personas voluntarias con formación que también se mudaron aquí. Le asesoran de forma personal y gratuita.
contacts-none = No se ha encontrado nada. Pruebe con otra localidad o con menos filtros.
contacts-serves-from-elsewhere = Competente para su localidad; tiene su sede en la capital del distrito (Kreisstadt).
contact-languages = Idiomas: { $languages }
contact-call = Llamar
contact-mail = Correo electrónico
contact-web = Página web
office-kind-foreigners_office = Oficina de extranjería (Ausländerbehörde)
office-kind-citizens_office = Oficina de atención ciudadana (Bürgeramt)
office-kind-welcome_centre = Centro de bienvenida (Welcome Center)
office-kind-recognition_counselling = Asesoramiento sobre reconocimiento (Anerkennungsberatung)
office-kind-job_centre = Centro de empleo (Jobcenter)
office-kind-youth_office = Oficina de juventud (Jugendamt)
office-kind-migration_counselling = Asesoramiento para migrantes (Migrationsberatung)
office-kind-employment_agency = Agencia de empleo (Agentur für Arbeit)
office-kind-youth_migration_service = Servicio de migración juvenil (Jugendmigrationsdienst)
office-kind-university_international_office = Oficina internacional de la universidad (International Office)

## Empleo
jobs-title = Empleo
jobs-tab-search = Buscar
jobs-tab-saved = Guardadas ({ $count })
jobs-tab-alerts = Alertas ({ $count })
jobs-unread-alerts = { $count ->
    [one] una alerta sin leer
   *[other] { $count } alertas sin leer
}
jobs-what = Qué
jobs-what-placeholder = Puesto, profesión o empresa
jobs-where = Dónde
jobs-anywhere = En toda la región del Ruhr
jobs-radius = Distancia
jobs-radius-town-only = Solo esta localidad
jobs-radius-km = a menos de { $km } km
jobs-working-time = Jornada
working-time-full_time = Jornada completa
working-time-part_time = Media jornada
working-time-shift = Por turnos
working-time-home_office = Teletrabajo
working-time-mini_job = Minijob
jobs-offer-type = Tipo
jobs-any = Cualquiera
offer-type-job = Empleo
offer-type-self_employment = Trabajo por cuenta propia
offer-type-apprenticeship = Formación profesional (Ausbildung)
offer-type-internship = Prácticas (Praktikum)
jobs-since = Publicadas desde
jobs-sort = Orden
jobs-sort-date = Las más recientes primero
jobs-sort-relevance = Las más adecuadas primero
jobs-sort-distance = Las más cercanas primero
jobs-search-button = Buscar
jobs-found = { $count ->
    [one] Se ha encontrado una oferta
   *[other] Se han encontrado { $count } ofertas
}
jobs-distance = a { $km } km
jobs-previous = Anterior
jobs-next = Siguiente
jobs-save = Guardar oferta
jobs-unsave = Quitar de guardadas
jobs-saved = Guardada. Conservará el anuncio aunque se retire.
jobs-unsaved = Se ha quitado de sus ofertas guardadas.
jobs-back = Volver a la lista
jobs-expired = El anuncio ya no está en línea: esta es su copia guardada
jobs-regulated-title = Profesión regulada
jobs-regulated-licence = En Alemania solo puede trabajar en esta profesión una vez reconocida su cualificación extranjera (Anerkennung) o con una autorización para ejercer (Berufserlaubnis, Approbation). Empiece pronto: tarda meses.
jobs-regulated-protected-title = Este título profesional está protegido en Alemania: solo puede usarlo una vez reconocida su cualificación extranjera (Anerkennung).
jobs-regulated-counselling = El asesoramiento sobre reconocimiento (Anerkennungsberatung) le ayuda gratis:
jobs-open-ad = Abrir la página del anuncio
jobs-published = publicada el { $date }
jobs-salary = Salario: { $salary }
jobs-save-search = Recibir alertas de esta búsqueda
jobs-save-search-placeholder = Nombre de la alerta, p. ej. Enfermería en Essen
jobs-save-search-button = Guardar búsqueda
jobs-search-saved = Guardada. Tras cada sincronización se le avisará de las nuevas ofertas que encajen.
jobs-search-unnamed = Mi búsqueda
jobs-no-saved = Aún no hay ofertas guardadas. Guarde una oferta para conservarla, incluso sin conexión.
jobs-alerts-title = Alertas de empleo
jobs-mark-all-read = Marcar todas como leídas
jobs-mark-read = Marcar como leída
jobs-no-alerts = Aún no hay alertas.
jobs-saved-searches = Búsquedas guardadas
jobs-delete-search = Eliminar
jobs-no-saved-searches = Aún no hay búsquedas guardadas.

## Ajustes
settings-title = Ajustes
settings-saved = Guardado.
settings-language = Idioma y apariencia
settings-language-label = Idioma
settings-language-system = Igual que el sistema
settings-language-partial = traducido en parte
settings-theme = Tema
settings-theme-system = Igual que el sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-sync = Sincronización
settings-jobs-cached = { $count ->
    [one] una oferta en este dispositivo
   *[other] { $count } ofertas en este dispositivo
}
settings-pending-changes = { $count ->
    [0] todos los cambios enviados
    [one] un cambio pendiente de envío
   *[other] { $count } cambios pendientes de envío
}
settings-sync-paused = Pausar la sincronización automática
settings-sync-interval = Sincronizar automáticamente
settings-every-minutes = { $minutes ->
    [60] cada hora
    [1440] una vez al día
    [one] cada minuto
   *[other] cada { $minutes } minutos
}
settings-portal = Dirección del portal
settings-save = Guardar

## Cuenta
content-kind-other = Otros
sync-rejected = { $count ->
    [one] Un cambio no se pudo guardar en el portal y se deshizo en este dispositivo:
   *[other] { $count } cambios no se pudieron guardar en el portal y se deshicieron en este dispositivo:
}
sync-rejected-dismiss = Entendido
account-title = Cuenta
account-why = No necesita una cuenta. Con una, su plan y sus ofertas guardadas se sincronizan entre sus dispositivos.
account-email = Correo electrónico
account-password = Contraseña (al menos 10 caracteres)
account-login = Iniciar sesión
account-register = Crear cuenta
account-logout = Cerrar sesión
account-logged-in = Ha iniciado sesión.
account-registered = Se ha creado su cuenta y ha iniciado sesión.
account-logged-out = Ha cerrado la sesión. Sus datos se quedan en este dispositivo.
account-logout-question = ¿Conservar los datos de esta cuenta en este dispositivo?
account-logout-keep = Cerrar sesión y conservar mis datos aquí
account-logout-remove = Cerrar sesión y eliminar mis datos de este dispositivo
account-logout-unsent = { $count } cambios aún no han llegado al portal. Si elimina sus datos ahora, se perderán; si los conserva, se enviarán en su próximo inicio de sesión.
account-logged-out-removed = Ha cerrado la sesión y sus datos se eliminaron de este dispositivo. Siguen guardados en el portal.
account-joined = { $count } entradas creadas en este dispositivo antes de iniciar sesión ahora pertenecen a su cuenta.
account-logged-in-as = Sesión iniciada como { $email }
sessions-title = Dispositivos con sesión iniciada en esta cuenta
sessions-this-device = Este dispositivo
sessions-unnamed = Dispositivo sin nombre
sessions-last-seen = Último uso: { $when }
sessions-since = Sesión iniciada: { $when }
sessions-revoke = Cerrar la sesión allí
sessions-revoked = Se cerró la sesión en ese dispositivo. Sus datos siguen en él, pero no se sincronizará hasta que alguien vuelva a iniciar sesión allí.
error-app-sync-interval = { $minutes ->
    [one] Un intervalo de { $minutes } minuto no es posible. Elija entre 5 minutos y una semana.
   *[other] Un intervalo de { $minutes } minutos no es posible. Elija entre 5 minutos y una semana.
}

## Reminders
home-reminders = Recordatorios
home-reminder-late = con retraso
home-reminder-read = Leído
settings-reminders = Recordatorios
settings-reminders-enabled = Recordarme antes de plazos y fechas de caducidad
settings-reminders-days = Cuántos días antes
settings-reminders-day = { $days ->
    [one] 1 día antes
   *[other] { $days } días antes
}
settings-reminders-hint = Los recordatorios llegan como notificaciones de escritorio a las 9 de la mañana y se quedan aquí, en la página de inicio. Un recordatorio que vence con la aplicación cerrada llega la próxima vez que la abra.
plan-reminders = Recordatorios
plan-reminders-default = Como en los ajustes
plan-reminders-none = Sin recordatorios

## Appointments
appointments-title = Citas
appointments-add = Añadir una cita
appointments-none = Aún no hay citas. Añada las que le den (Anmeldung, oficina de extranjería, entrevista de visado): se las recordaremos y entran en el archivo de calendario.
appointments-delete = Eliminar
appointments-what = Qué
appointments-what-placeholder = p. ej., Anmeldung en el Bürgeramt
appointments-date = Fecha
appointments-time = Hora
appointments-office = Oficina
appointments-office-none = Otro lugar
appointments-place = Lugar
appointments-save = Guardar
appointments-cancel = Cancelar

## Guide requests

guide-request-write = Escribir a este guía
guide-request-saved = Tu solicitud está guardada. Se envía en cuanto estés en línea; la respuesta aparece en la pantalla de inicio.
guide-request-login-needed = Para escribir a un guía necesitas una cuenta: el guía te responde a través de ella. Inicia sesión o regístrate en Ajustes.
guide-request-login = Iniciar sesión
guide-request-language = Idioma
guide-request-topic = Tema
guide-topic-visa = Visado y residencia
guide-topic-family = Familia
guide-topic-jobs = Trabajo
guide-topic-recognition = Reconocimiento de títulos
guide-topic-housing = Vivienda
guide-topic-study = Estudios
guide-request-message-label = Tu mensaje
guide-request-count = { $count } de { $max } caracteres
guide-request-reach = ¿Cómo puede contactarte el guía?
guide-request-method-app = Solo a través de la app
guide-request-method-email = Por correo electrónico
guide-request-method-phone = Por teléfono
guide-request-email = Tu dirección de correo electrónico
guide-request-phone = Tu número de teléfono
guide-request-consent = Acepto que { $guide } reciba mi mensaje y mis datos de contacto para responderme. Solo se usan para esta respuesta y no se comparten con nadie.
guide-request-send = Enviar solicitud
guide-request-sent-heading = Tus solicitudes a este guía
guide-request-status-pending = Pendiente de envío
guide-request-status-sent = Enviada
guide-request-status-answered = Respondida
home-guide-answers = Respuestas de Welcome Guides
home-guide-answer-to = A tu mensaje «{ $message }»
vault-title = Archivos adjuntos
vault-attach = Adjuntar foto, escaneo o PDF
vault-drop = o suelta un archivo aquí
vault-local-only = Guardados solo en este dispositivo, cifrados. Nunca se suben.
vault-open = Abrir
vault-replace = Sustituir
vault-delete = Eliminar
vault-delete-confirm = ¿Eliminar { $name } de este dispositivo? No se puede deshacer.
vault-pdf-pages = PDF, { $pages ->
    [one] 1 página
   *[other] { $pages } páginas
}
vault-close = Cerrar
vault-key-missing-help = Puedes eliminar los archivos que ya no necesites; podrás adjuntar nuevos cuando no quede ninguno o se restaure el llavero.
appointment-export-pdf = PDF con documentos
plan-export-pdf = Documentos en PDF, con escaneos
error-app-no-viewer = Ninguna aplicación de este ordenador abre este tipo de archivo.
vault-count = { $count ->
    [one] 1 archivo adjunto
   *[other] { $count } archivos adjuntos
}
settings-web-limits = En la aplicación web tu inicio de sesión se guarda cifrado en este navegador (un navegador no tiene llavero del sistema), los recordatorios se muestran en la aplicación pero no como notificaciones del sistema y los enlaces welcome-ruhr:// solo abren la aplicación de escritorio. Los escaneos adjuntos a los documentos y el PDF para la cita solo están en la aplicación de escritorio: su clave necesita el llavero del sistema.
web-store-busy-title = welcome.RUHR está abierto en otra pestaña
web-store-busy-text = La aplicación guarda tus datos en una sola pestaña a la vez. Usa la otra pestaña o ciérrala: entonces esta continuará sola, sin perder nada.
