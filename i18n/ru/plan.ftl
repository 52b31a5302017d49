# completeness: 119 of 119 messages (2026-11-25)
# Личный план переезда: ошибки анкеты, пояснения к путям, статусы, экспорт.

## Ошибки анкеты
error-plan-arrival-past = Запланированный приезд ({ $date }) приходится на прошлое. Пожалуйста, укажите день начиная с сегодняшнего.
error-plan-move-in-before-arrival = День въезда в жильё ({ $move_in }) не может быть раньше приезда ({ $arrival }).
error-plan-move-in-past = День въезда в жильё ({ $date }) приходится на прошлое. Пожалуйста, укажите день начиная с сегодняшнего.
error-plan-application-after-arrival = Заявление на визу ({ $date }) не может быть позже приезда: виза нужна до въезда.
error-plan-salary-negative = Зарплата { $salary } невозможна. Пожалуйста, укажите годовую зарплату брутто (Bruttojahresgehalt) в евро (0 или больше).
error-plan-salary-absurd = Зарплата { $salary } похожа на опечатку. Пожалуйста, укажите годовую зарплату брутто (Bruttojahresgehalt) в евро.
error-plan-age-range = Возраст { $age } невозможен. Пожалуйста, укажите возраст от 0 до 120.
error-plan-experience-age = { $years ->
    [one] { $years } год опыта работы не соответствует возрасту { $age }.
    [few] { $years } года опыта работы не соответствуют возрасту { $age }.
    [many] { $years } лет опыта работы не соответствуют возрасту { $age }.
   *[other] { $years } года опыта работы не соответствуют возрасту { $age }.
}
error-plan-experience-inconsistent = Годы опыта не сходятся: не более 5 за последние 5 лет, не более 7 за последние 7 лет и не больше, чем всего.
error-plan-recognition-without-qualification = Статус признания (Anerkennung) требует квалификации. Пожалуйста, сначала выберите свою квалификацию.
error-plan-family-sponsor-missing = Для воссоединения семьи (Familiennachzug) укажите, пожалуйста, к кому вы переезжаете (супруг, супруга или ребёнок) и какой вид на жительство (Aufenthaltstitel) у этого человека.
error-plan-municipality-unknown = «{ $municipality }» не является общиной Рурского региона. Пожалуйста, выберите из списка.
error-plan-municipalities-missing = Список общин ещё не загружен, поэтому «{ $municipality }» нельзя проверить. Пожалуйста, один раз выполните синхронизацию с порталом.
error-plan-path-unknown = «{ $path }» не является путём пребывания в этом плане.
error-plan-person-unknown = В этом домохозяйстве нет человека «{ $person }».
error-plan-person-id = «{ $person }» нельзя использовать как идентификатор: используйте строчные латинские буквы, цифры, - или _ (не более 40).
error-plan-person-exists = В этом домохозяйстве уже есть человек «{ $person }».
error-plan-person-name = Пожалуйста, укажите имя длиной от 1 до 100 символов.
error-plan-item-unknown = «{ $item }» не является пунктом этого плана.
error-plan-status-unknown = «{ $status }» не является статусом. Документы: missing, requested, received, translated_certified, submitted, not_needed. Шаги: open, in_progress, done, not_needed.
error-plan-status-kind = Статус «{ $status }» не подходит для «{ $item }» (у документов и шагов разные статусы).
error-plan-expiry-step = Срок действия есть только у документов; «{ $item }» — это шаг.
error-plan-note-long = Заметка слишком длинная (не более 5000 символов).
error-plan-rules-missing = Правила плана ещё не загружены. Пожалуйста, один раз выполните синхронизацию с порталом.

## Почему путь подходит или нет
plan-reason-eu-free-movement = Как гражданин или гражданка ЕС, ЕЭЗ или Швейцарии вы можете жить и работать в Германии без визы и вида на жительство; нужно только зарегистрировать адрес (Anmeldung).
plan-reason-eu-not-citizen = Только для граждан ЕС, ЕЭЗ и Швейцарии.
plan-reason-eu-not-needed = Не требуется: как гражданин или гражданка ЕС, ЕЭЗ или Швейцарии вы пользуетесь свободой передвижения (Freizügigkeit).
plan-reason-purpose-mismatch = Этот путь предназначен для другой цели, чем та, которую вы выбрали.
plan-reason-degree-recognised = Ваш университетский диплом признан или сопоставим с немецким.
plan-reason-degree-needed = Нужен признанный университетский диплом или, для ИТ-специалистов, не менее трёх лет опыта.
plan-reason-recognition-pending = Решение о признании (Anerkennung) ещё не принято; этот путь откроется после признания.
plan-reason-recognition-needed = Нужна квалификация, признанная в Германии (Anerkennung). Частичное признание можно завершить в Германии (§ 16d); поможет консультация по признанию (Anerkennungsberatung).
plan-reason-it-specialist-experience = ИТ-специалистам без диплома нужно { $required } г. профессионального опыта за последние семь лет; у вас { $years } г.
plan-reason-threshold-lower = Действует пониженный порог зарплаты (дефицитная профессия, недавний выпуск или ИТ-специалист).
plan-reason-threshold-not-published = Порог зарплаты, действующий на { $date }, ещё не опубликован или не найден. Пожалуйста, уточните его в немецком дипломатическом представительстве перед подачей заявления.
plan-reason-salary-missing = Пожалуйста, укажите годовую зарплату брутто из предложения о работе; порог составляет { $threshold }.
plan-reason-salary-meets = Зарплата { $salary } достигает порога { $threshold }, действующего на { $date }.
plan-reason-salary-below = Зарплата { $salary } ниже порога { $threshold }, действующего на { $date }.
plan-reason-older-salary-meets = С 45 лет зарплата должна составлять не менее { $threshold } (сумма, действующая на { $date }, действует с { $since }); { $salary } этого достигает.
plan-reason-older-salary-below = С 45 лет зарплата должна составлять не менее { $threshold } (сумма, действующая на { $date }, действует с { $since }), либо нужно подтвердить достаточное пенсионное обеспечение; { $salary } ниже этого уровня.
plan-reason-older-no-figure = С 45 лет зарплата должна составлять не менее 55 % предельной суммы взносов в пенсионное страхование (Beitragsbemessungsgrenze), либо нужно подтвердить достаточное пенсионное обеспечение. Значение, действующее на { $date }, ещё не опубликовано или не найдено.
plan-reason-needs-academic = Нужен университетский диплом.
plan-reason-needs-vocational = Нужно профессиональное образование (Berufsausbildung).
plan-reason-qualification-recognised = Ваша квалификация признана в Германии.
plan-reason-ba-approval = Федеральное агентство по труду (Bundesagentur für Arbeit) должно одобрить трудоустройство (работодатель может подать запрос заранее).
plan-reason-opportunity-recognised = Имея признанную квалификацию, вы проходите без баллов.
plan-reason-opportunity-qualification-missing = Нужен иностранный университетский диплом или профессиональное образование продолжительностью не менее двух лет.
plan-reason-opportunity-qualification-short = Обучение по квалификации должно было длиться не менее двух лет.
plan-reason-opportunity-qualification-duration = Пожалуйста, проверьте, что обучение по вашей квалификации длилось не менее двух лет; это обязательное условие.
plan-reason-opportunity-language-ok = У вас есть необходимые знания языка (немецкий A1 или английский B2).
plan-reason-opportunity-language-missing = Нужны базовые знания немецкого (A1) или английский на уровне B2.
plan-reason-opportunity-points-enough = { $points ->
    [one] Вы набираете { $points } балл; нужно { $required }.
    [few] Вы набираете { $points } балла; нужно { $required }.
    [many] Вы набираете { $points } баллов; нужно { $required }.
   *[other] Вы набираете { $points } балла; нужно { $required }.
}
plan-reason-opportunity-points-short = { $points ->
    [one] Вы набираете { $points } балл; нужно { $required }.
    [few] Вы набираете { $points } балла; нужно { $required }.
    [many] Вы набираете { $points } баллов; нужно { $required }.
   *[other] Вы набираете { $points } балла; нужно { $required }.
}
plan-reason-funds-month = Нужно подтвердить { $amount } в месяц на проживание (сумма, действующая на { $date }, действует с { $since }).
plan-reason-funds-not-published = Сумма средств, которую нужно подтвердить и которая действует на { $date }, ещё не опубликована или не найдена. Пожалуйста, уточните в немецком дипломатическом представительстве.
plan-reason-study-admission = Нужно зачисление (или условное зачисление) в немецкий университет.
plan-reason-blocked-account = Блокированный счёт (Sperrkonto) на { $amount } в год подтверждает ваши средства (сумма, действующая на { $date }, действует с { $since }).
plan-reason-blocked-account-not-published = Сумма блокированного счёта (Sperrkonto), действующая на { $date }, ещё не опубликована или не найдена. Пожалуйста, уточните в немецком дипломатическом представительстве.
plan-reason-figure-older = { $amount } — последняя опубликованная сумма, действует с { $since }; более новой на { $year } год не опубликовано. Пожалуйста, уточните её в немецком представительстве перед подачей заявления.
plan-reason-training-contract = Нужен договор о профессиональном обучении (Ausbildungsvertrag) в Германии.
plan-reason-family-sponsor-needed = Только для тех, кто переезжает к члену семьи, живущему в Германии.
plan-reason-family-a1-exempt = Супругам людей с видом на жительство по { $title } знание немецкого до въезда не требуется.
plan-reason-family-a1-met = У вас есть базовые знания немецкого (A1), которые нужны супругам.
plan-reason-family-a1-needed = Супругам обычно нужны базовые знания немецкого (A1) до въезда. Есть исключения; пожалуйста, обратитесь в консультационный центр.
plan-reason-family-child = Несовершеннолетние дети переезжают к родителям; для детей 16 или 17 лет могут действовать дополнительные условия.
plan-reason-family-child-adult = Совершеннолетние дети не могут переехать по правилам для детей.
plan-reason-family-no-living-space = Обладателям Голубой карты ЕС (Blaue Karte EU) не нужно подтверждать наличие достаточного жилья.
plan-reason-family-living-space = Член семьи в Германии должен подтвердить наличие достаточного жилья и дохода.

## Совет, если ни один путь не подходит
plan-advice-no-path = Ни один путь пребывания точно не подходит к вашим ответам. Пожалуйста, перед подачей заявления поговорите с консультационной службой или с Welcome Guide; там проверяют и случаи, которые эти правила не охватывают.
plan-advice-no-path-recognition = Пока ни один путь пребывания точно не подходит — главным образом потому, что ваша квалификация не признана. Консультация по признанию (Anerkennungsberatung) подскажет, как добиться признания и какой путь тогда откроется.

## Люди
plan-person-me = Я

## Статусы
plan-status-missing = отсутствует
plan-status-requested = запрошено
plan-status-received = получено
plan-status-translated_certified = переведено / заверено
plan-status-submitted = подано
plan-status-open = открыто
plan-status-in_progress = в работе
plan-status-done = выполнено
plan-status-not_needed = не требуется
plan-expiry-expired = срок действия истёк
plan-expiry-expires_too_soon = срок действия истекает раньше чем через 6 месяцев после приезда

## Экспорт в календарь
plan-ics-calendar-name = План переезда: { $name }
plan-ics-summary = Срок: { $title }
plan-ics-legal-basis = Правовое основание: { $basis }
plan-ics-office = Ведомство: { $office }, { $address }

## Список документов для печати
plan-documents-title = Документы: { $name }
plan-documents-path = Путь пребывания: { $path }
plan-documents-date = По состоянию на { $date }
plan-documents-none = Для этого плана документы не нужны.
plan-documents-col-done = Готово
plan-documents-col-document = Документ
plan-documents-col-status = Статус
plan-documents-col-expiry = Действителен до
plan-documents-col-note = Заметка

## Этапы, результаты, родство
plan-phase-before_departure = До отъезда
plan-phase-first_weeks = Первые недели
plan-phase-first_months = Первые месяцы
plan-phase-other = Другое
plan-eligibility-eligible = подходит
plan-eligibility-not_eligible = не подходит
plan-eligibility-needs_check = нужна проверка
plan-relation-self = я
plan-relation-spouse = супруг, супруга или партнёр
plan-relation-child = ребёнок
plan-relation-other = другой человек

## Командная строка
error-plan-cli-value = «{ $value }» не является допустимым значением для { $field }.
error-plan-cli-file = Не удаётся прочитать ответы в файле { $file }: { $detail }
plan-cli-person = План переезда: { $name } ({ $id })
plan-cli-not-answered = Ответов пока нет. Начните так: welcome plan answer --purpose work_with_offer --salary 52000 --municipality essen --arrival 2027-03-01
plan-cli-path = Путь пребывания: { $path }
plan-cli-no-path = Ни один путь пребывания точно не подходит к вашим ответам.
plan-cli-office = Ведомство: { $office }, { $address }
plan-cli-paths-heading = Пути пребывания
plan-cli-points = Баллы для Карты возможностей (Chancenkarte): { $total } (без признания нужно не менее { $required })
plan-cli-progress = Выполнено { $done } из { $total }
plan-cli-total = Всего: выполнено { $done } из { $total }
plan-cli-due = срок: { $date }
plan-cli-note = Заметка: { $note }
plan-cli-note-conflict = Заметка с другого устройства: { $note }
plan-cli-hidden = { $count ->
    [one] { $count } пункт с прогрессом больше не применяется; его прогресс сохранён.
    [few] { $count } пункта с прогрессом больше не применяются; их прогресс сохранён.
    [many] { $count } пунктов с прогрессом больше не применяются; их прогресс сохранён.
   *[other] { $count } пункта с прогрессом больше не применяются; их прогресс сохранён.
}
plan-cli-person-added = Добавлено: { $name } ({ $id }).
plan-cli-exported = Записано в файл { $file }.

## Напоминания о сроках и окончании действия документов
reminder-title = { $item } – { $person }
reminder-due = { $when ->
    [today] Срок сегодня, { $date }
    [tomorrow] Срок завтра, { $date }
    [past] Срок истёк { $date }
   *[later] Срок через { $days } { $days ->
        [one] день
        [few] дня
       *[other] дней
    }, { $date }
}
reminder-expiry = { $when ->
    [today] Истекает сегодня, { $date }
    [tomorrow] Истекает завтра, { $date }
    [past] Истёк { $date }
   *[later] Истекает через { $days } { $days ->
        [one] день
        [few] дня
       *[other] дней
    }, { $date }
}
reminder-late = (с опозданием: приложение было закрыто, когда наступило время напоминания)
error-reminder-days = Напоминания можно установить от 1 до { $max } дней до даты.
reminder-appointment = { $when ->
    [today] Встреча сегодня, { $date }
    [tomorrow] Встреча завтра, { $date }
    [past] Встреча была { $date }
   *[later] Встреча через { $days } { $days ->
        [one] день
        [few] дня
       *[other] дней
    }, { $date }
}
error-appointment-title = Встрече нужно название длиной не более { $max } символов.
error-appointment-long = Место или заметка слишком длинные (заметка не более { $max } символов).

pdf-appointment-when = { $date }
pdf-appointment-when-time = { $date } в { $time }
pdf-valid-until = действителен до { $date }
pdf-attached = приложено: { $files }
pdf-files-unavailable = { $count ->
    [one] { $count } вложенный файл не включён: его ключа нет в связке ключей этого устройства.
    [few] { $count } вложенных файла не включены: их ключа нет в связке ключей этого устройства.
   *[other] { $count } вложенных файлов не включены: их ключа нет в связке ключей этого устройства.
}
