# completeness: 119 of 119 messages (2026-11-25)
# El plan personal de mudanza: errores del cuestionario, motivos de las vías, estados, exportaciones.

## Errores del cuestionario
error-plan-arrival-past = La llegada prevista ({ $date }) está en el pasado. Indique un día a partir de hoy, por favor.
error-plan-move-in-before-arrival = El día de la mudanza a la vivienda ({ $move_in }) no puede ser anterior a la llegada ({ $arrival }).
error-plan-move-in-past = El día de la mudanza a la vivienda ({ $date }) está en el pasado. Indique un día a partir de hoy, por favor.
error-plan-application-after-arrival = La solicitud de visado ({ $date }) no puede ser posterior a la llegada: el visado se necesita antes de entrar.
error-plan-salary-negative = El salario { $salary } no es posible. Indique el salario bruto anual (Bruttojahresgehalt) en euros (0 o más), por favor.
error-plan-salary-absurd = El salario { $salary } parece una errata. Indique el salario bruto anual (Bruttojahresgehalt) en euros, por favor.
error-plan-age-range = La edad { $age } no es posible. Indique una edad entre 0 y 120, por favor.
error-plan-experience-age = { $years ->
    [one] { $years } año de experiencia laboral no encaja con una edad de { $age }.
   *[other] { $years } años de experiencia laboral no encajan con una edad de { $age }.
}
error-plan-experience-inconsistent = Los años de experiencia no cuadran: como máximo 5 en los últimos 5 años, como máximo 7 en los últimos 7 años y nunca más que el total.
error-plan-recognition-without-qualification = Un estado de reconocimiento (Anerkennung) requiere una cualificación. Elija primero su cualificación, por favor.
error-plan-family-sponsor-missing = Para la reagrupación familiar (Familiennachzug), indique con quién se reúne (cónyuge o hijo/a) y qué permiso de residencia (Aufenthaltstitel) tiene esa persona.
error-plan-municipality-unknown = «{ $municipality }» no es un municipio de la región del Ruhr. Elija uno de la lista, por favor.
error-plan-municipalities-missing = La lista de municipios aún no se ha cargado, así que no se puede comprobar «{ $municipality }». Sincronice una vez con el portal, por favor.
error-plan-path-unknown = «{ $path }» no es una vía de residencia del plan.
error-plan-person-unknown = No hay ninguna persona «{ $person }» en este hogar.
error-plan-person-id = «{ $person }» no sirve como identificador: use letras minúsculas, cifras, - o _ (máximo 40).
error-plan-person-exists = Ya hay una persona «{ $person }» en este hogar.
error-plan-person-name = Indique un nombre de 1 a 100 caracteres, por favor.
error-plan-item-unknown = «{ $item }» no es un elemento de este plan.
error-plan-status-unknown = «{ $status }» no es un estado. Documentos: missing, requested, received, translated_certified, submitted, not_needed. Pasos: open, in_progress, done, not_needed.
error-plan-status-kind = El estado «{ $status }» no corresponde a «{ $item }» (los documentos y los pasos tienen estados distintos).
error-plan-expiry-step = Solo los documentos tienen fecha de caducidad; «{ $item }» es un paso.
error-plan-note-long = La nota es demasiado larga (máximo 5000 caracteres).
error-plan-rules-missing = Las reglas del plan aún no se han cargado. Sincronice una vez con el portal, por favor.

## Por qué una vía encaja o no
plan-reason-eu-free-movement = Con nacionalidad de la UE, el EEE o Suiza puede vivir y trabajar en Alemania sin visado ni permiso de residencia; solo tiene que empadronarse (Anmeldung).
plan-reason-eu-not-citizen = Solo para nacionales de la UE, el EEE y Suiza.
plan-reason-eu-not-needed = No es necesario: con nacionalidad de la UE, el EEE o Suiza disfruta de libre circulación (Freizügigkeit).
plan-reason-purpose-mismatch = Esta vía sirve para un fin distinto del que ha elegido.
plan-reason-degree-recognised = Su título universitario está reconocido o es comparable a un título alemán.
plan-reason-degree-needed = Requiere un título universitario reconocido o, en el caso de especialistas en informática, al menos tres años de experiencia.
plan-reason-recognition-pending = Aún no se ha resuelto su reconocimiento (Anerkennung); esta vía se abrirá cuando esté reconocido.
plan-reason-recognition-needed = Requiere una cualificación reconocida en Alemania (Anerkennung). Un reconocimiento parcial puede completarse en Alemania (§ 16d); el asesoramiento sobre reconocimiento (Anerkennungsberatung) le ayuda.
plan-reason-it-specialist-experience = Los especialistas en informática sin título necesitan { $required } años de experiencia profesional en los últimos siete años; usted tiene { $years }.
plan-reason-threshold-lower = Se aplica el umbral salarial reducido (profesión con escasez de personal, titulación reciente o especialista en informática).
plan-reason-threshold-not-published = El umbral salarial vigente el { $date } aún no se ha publicado o encontrado. Compruébelo en la representación alemana (embajada o consulado) antes de presentar la solicitud, por favor.
plan-reason-salary-missing = Indique el salario bruto anual de la oferta de trabajo, por favor; el umbral es { $threshold }.
plan-reason-salary-meets = El salario de { $salary } alcanza el umbral de { $threshold } vigente el { $date }.
plan-reason-salary-below = El salario de { $salary } está por debajo del umbral de { $threshold } vigente el { $date }.
plan-reason-older-salary-meets = A partir de los 45 años el salario debe alcanzar { $threshold } (la cifra vigente el { $date }, en vigor desde el { $since }); { $salary } lo alcanza.
plan-reason-older-salary-below = A partir de los 45 años el salario debe alcanzar { $threshold } (la cifra vigente el { $date }, en vigor desde el { $since }), o bien debe acreditar una previsión adecuada para la vejez; { $salary } está por debajo.
plan-reason-older-no-figure = A partir de los 45 años el salario debe alcanzar el 55 % de la base máxima de cotización del seguro de pensiones (Beitragsbemessungsgrenze), o bien debe acreditar una previsión adecuada para la vejez. La cifra vigente el { $date } aún no se ha publicado o encontrado.
plan-reason-needs-academic = Requiere un título universitario.
plan-reason-needs-vocational = Requiere una formación profesional (Berufsausbildung).
plan-reason-qualification-recognised = Su cualificación está reconocida en Alemania.
plan-reason-ba-approval = La Agencia Federal de Empleo (Bundesagentur für Arbeit) debe autorizar el empleo (la empresa puede solicitarlo con antelación).
plan-reason-opportunity-recognised = Con una cualificación reconocida cumple los requisitos sin puntos.
plan-reason-opportunity-qualification-missing = Requiere un título universitario extranjero o una formación profesional de al menos dos años.
plan-reason-opportunity-qualification-short = La formación debe haber durado al menos dos años.
plan-reason-opportunity-qualification-duration = Compruebe que su formación duró al menos dos años, por favor; es un requisito.
plan-reason-opportunity-language-ok = Tiene los conocimientos de idiomas requeridos (alemán A1 o inglés B2).
plan-reason-opportunity-language-missing = Requiere alemán básico (A1) o inglés de nivel B2.
plan-reason-opportunity-points-enough = { $points ->
    [one] Alcanza { $points } punto; se necesitan { $required }.
   *[other] Alcanza { $points } puntos; se necesitan { $required }.
}
plan-reason-opportunity-points-short = { $points ->
    [one] Alcanza { $points } punto; se necesitan { $required }.
   *[other] Alcanza { $points } puntos; se necesitan { $required }.
}
plan-reason-funds-month = Debe acreditar { $amount } al mes para su manutención (la cifra vigente el { $date }, en vigor desde el { $since }).
plan-reason-funds-not-published = La cantidad de medios económicos que hay que acreditar, vigente el { $date }, aún no se ha publicado o encontrado. Consulte a la representación alemana, por favor.
plan-reason-study-admission = Requiere una admisión (o admisión condicional) en una universidad alemana.
plan-reason-blocked-account = Una cuenta bloqueada (Sperrkonto) de { $amount } al año acredita sus medios económicos (la cifra vigente el { $date }, en vigor desde el { $since }).
plan-reason-blocked-account-not-published = El importe de la cuenta bloqueada (Sperrkonto) vigente el { $date } aún no se ha publicado o encontrado. Consulte a la representación alemana, por favor.
plan-reason-figure-older = { $amount } es la última cifra publicada, en vigor desde el { $since }; no se ha publicado una más reciente para { $year }. Compruébela con la representación alemana antes de presentar la solicitud, por favor.
plan-reason-training-contract = Requiere un contrato de formación profesional (Ausbildungsvertrag) en Alemania.
plan-reason-family-sponsor-needed = Solo para personas que se reúnen con un familiar que vive en Alemania.
plan-reason-family-a1-exempt = Los cónyuges de personas con un permiso de residencia según el { $title } no necesitan saber alemán antes de entrar.
plan-reason-family-a1-met = Tiene el alemán básico (A1) que necesitan los cónyuges.
plan-reason-family-a1-needed = Los cónyuges normalmente necesitan alemán básico (A1) antes de entrar. Hay excepciones; consulte a un servicio de asesoramiento, por favor.
plan-reason-family-child = Los hijos e hijas menores de edad se reúnen con sus progenitores; para quienes tienen 16 o 17 años pueden aplicarse condiciones adicionales.
plan-reason-family-child-adult = Los hijos e hijas mayores de edad no pueden reunirse según las reglas para menores.
plan-reason-family-no-living-space = Los titulares de la Tarjeta Azul UE (Blaue Karte EU) no necesitan acreditar una vivienda suficiente.
plan-reason-family-living-space = El familiar que vive en Alemania debe acreditar una vivienda y unos ingresos suficientes.

## Consejo cuando ninguna vía encaja
plan-advice-no-path = Ninguna vía de residencia encaja con seguridad con sus respuestas. Antes de presentar la solicitud, hable con un servicio de asesoramiento o con un Welcome Guide, por favor; allí también revisan casos que estas reglas no cubren.
plan-advice-no-path-recognition = Todavía ninguna vía de residencia encaja con seguridad, sobre todo porque su cualificación no está reconocida. Un servicio de asesoramiento sobre reconocimiento (Anerkennungsberatung) puede explicarle cómo obtenerlo y qué vía se abrirá después.

## Personas
plan-person-me = Yo

## Estados
plan-status-missing = falta
plan-status-requested = solicitado
plan-status-received = recibido
plan-status-translated_certified = traducido / compulsado
plan-status-submitted = presentado
plan-status-open = pendiente
plan-status-in_progress = en curso
plan-status-done = hecho
plan-status-not_needed = no necesario
plan-expiry-expired = caducado
plan-expiry-expires_too_soon = caduca antes de 6 meses desde la llegada

## Exportación al calendario
plan-ics-calendar-name = Plan de mudanza: { $name }
plan-ics-summary = Plazo: { $title }
plan-ics-legal-basis = Base legal: { $basis }
plan-ics-office = Oficina: { $office }, { $address }

## Lista de documentos imprimible
plan-documents-title = Documentos de { $name }
plan-documents-path = Vía de residencia: { $path }
plan-documents-date = Fecha: { $date }
plan-documents-none = Este plan no requiere documentos.
plan-documents-col-done = Listo
plan-documents-col-document = Documento
plan-documents-col-status = Estado
plan-documents-col-expiry = Válido hasta
plan-documents-col-note = Nota

## Fases, resultados, parentescos
plan-phase-before_departure = Antes de la salida
plan-phase-first_weeks = Primeras semanas
plan-phase-first_months = Primeros meses
plan-phase-other = Otros
plan-eligibility-eligible = encaja
plan-eligibility-not_eligible = no encaja
plan-eligibility-needs_check = hay que comprobarlo
plan-relation-self = yo
plan-relation-spouse = cónyuge o pareja
plan-relation-child = hijo/a
plan-relation-other = otra persona

## Línea de comandos
error-plan-cli-value = «{ $value }» no es un valor válido para { $field }.
error-plan-cli-file = No se pueden leer las respuestas de { $file }: { $detail }
plan-cli-person = Plan de mudanza de { $name } ({ $id })
plan-cli-not-answered = Aún no hay respuestas. Empiece con: welcome plan answer --purpose work_with_offer --salary 52000 --municipality essen --arrival 2027-03-01
plan-cli-path = Vía de residencia: { $path }
plan-cli-no-path = Ninguna vía de residencia encaja con seguridad con sus respuestas.
plan-cli-office = Oficina: { $office }, { $address }
plan-cli-paths-heading = Vías de residencia
plan-cli-points = Puntos de la Tarjeta de Oportunidades (Chancenkarte): { $total } (sin reconocimiento se necesitan al menos { $required })
plan-cli-progress = { $done } de { $total } hechos
plan-cli-total = En total: { $done } de { $total } hechos
plan-cli-due = plazo: { $date }
plan-cli-note = Nota: { $note }
plan-cli-note-conflict = Nota de otro dispositivo: { $note }
plan-cli-hidden = { $count ->
    [one] { $count } elemento con progreso ya no es aplicable; su progreso se conserva.
   *[other] { $count } elementos con progreso ya no son aplicables; su progreso se conserva.
}
plan-cli-person-added = Se ha añadido a { $name } ({ $id }).
plan-cli-exported = Guardado en { $file }.

## Recordatorios de plazos y fechas de caducidad
reminder-title = { $item } – { $person }
reminder-due = { $when ->
    [today] Vence hoy, { $date }
    [tomorrow] Vence mañana, { $date }
    [past] Venció el { $date }
   *[later] Vence en { $days } días, el { $date }
}
reminder-expiry = { $when ->
    [today] Caduca hoy, { $date }
    [tomorrow] Caduca mañana, { $date }
    [past] Caducó el { $date }
   *[later] Caduca en { $days } días, el { $date }
}
reminder-late = (con retraso: la aplicación estaba cerrada cuando tocaba este recordatorio)
error-reminder-days = Los recordatorios pueden fijarse de 1 a { $max } días antes de una fecha.
reminder-appointment = { $when ->
    [today] Cita hoy, { $date }
    [tomorrow] Cita mañana, { $date }
    [past] La cita fue el { $date }
   *[later] Cita en { $days } días, el { $date }
}
error-appointment-title = Una cita necesita un título de como máximo { $max } caracteres.
error-appointment-long = El lugar o la nota son demasiado largos (la nota como máximo { $max } caracteres).

pdf-appointment-when = El { $date }
pdf-appointment-when-time = El { $date } a las { $time }
pdf-valid-until = válido hasta el { $date }
pdf-attached = adjunto: { $files }
pdf-files-unavailable = { $count ->
    [one] Un archivo adjunto no está incluido: su clave no está en el llavero de este dispositivo.
   *[other] { $count } archivos adjuntos no están incluidos: su clave no está en el llavero de este dispositivo.
}
