# completeness: 233 of 233 messages (2026-11-25)
# Экраны приложения (ui/).

## Навигация
nav-label = Основная навигация
nav-skip-to-content = Перейти к содержимому
nav-home = Главная
nav-plan = Мой план
nav-contacts = Контакты
nav-jobs = Вакансии
nav-settings = Настройки

## Состояние синхронизации
sync-running = Обновление…
sync-offline = Нет сети: показано то, что сохранено на этом устройстве
sync-last-success = Обновлено { $when }
sync-never = Ещё не обновлялось
sync-now = Синхронизировать сейчас

## Первый запуск
firstrun-welcome = Добро пожаловать в Рурский регион!
firstrun-intro = Это приложение поможет спланировать переезд: какой вид на жительство вам подходит, какие документы нужны, что и к какому сроку сделать после приезда. Оно работает и без интернета.
firstrun-choose-language = Выберите язык
firstrun-continue = Далее
firstrun-privacy = Ваши ответы остаются на этом устройстве, если вы не создадите учётную запись для их синхронизации.
firstrun-questions-title = Расскажите о своём переезде
firstrun-downloading = Загрузка чек-листов, ведомств и вакансий…
firstrun-retry = Повторить

## Анкета
q-intro = От ваших ответов зависит, какие путь пребывания, документы и шаги относятся к вам. Вы можете изменить их в любое время.
q-section-you = О вас
q-section-qualification = Квалификация и языки
q-section-job = Ваше предложение о работе
q-section-family-reunion = Член семьи, к которому вы переезжаете
q-section-move = Ваш переезд
q-citizenship = Гражданство
q-citizenship-other = Не ЕС, ЕЭЗ и не Швейцария
q-citizenship-eu_eea_swiss = ЕС, ЕЭЗ или Швейцария
q-age = Возраст
q-purpose = С какой целью вы приезжаете?
q-purpose-work_with_offer = Работать (у меня есть предложение о работе)
q-purpose-job_search = Искать работу
q-purpose-study = Учиться в вузе
q-purpose-vocational_training = Получить профессиональное образование (Ausbildung)
q-purpose-family_reunion = Воссоединиться с семьёй
q-qualification = Высшая квалификация
q-qualification-academic = Университетский диплом
q-qualification-vocational = Профессиональная квалификация
q-qualification-none = Ничего из перечисленного
q-recognition = Признана ли она в Германии (Anerkennung)?
q-recognition-recognised = Да, признана или сопоставима (anabin "H+")
q-recognition-partial = Признана частично
q-recognition-pending = Заявление подано, решения ещё нет
q-recognition-none = Пока нет
q-recognition-hint = Выяснить это поможет консультация по признанию (Anerkennungsberatung) в вашем городе.
q-experience = Годы опыта работы
q-experience-last-5 = …из них за последние 5 лет
q-experience-last-7 = …из них за последние 7 лет
q-german = Немецкий
q-english = Английский
q-level-none = нет
q-level-a1 = A1
q-level-a2 = A2
q-level-b1 = B1
q-level-b2 = B2
q-level-c1 = C1
q-level-c2 = C2
q-previous-stay = Ранее законное пребывание в Германии: 6 месяцев или дольше
q-it-specialist = Моя специальность — ИТ
q-recent-graduate = Учёба окончена в последние 3 года
q-salary = Годовая зарплата брутто (Bruttojahresgehalt) по предложению о работе (EUR)
q-salary-hint = Как указано в договоре или предложении о работе, до вычета налогов.
q-shortage = Работа относится к дефицитным профессиям (Engpassberuf)
q-sponsor = Его или её вид на жительство (Aufenthaltstitel)
q-sponsor-blue_card = Голубая карта ЕС (Blaue Karte EU)
q-sponsor-skilled_vocational = Квалифицированный специалист с профессиональным образованием (§ 18a)
q-sponsor-skilled_academic = Квалифицированный специалист с высшим образованием (§ 18b)
q-sponsor-researcher = Научный сотрудник (§ 18d)
q-sponsor-specialist_employment = ИТ-специалист или особая должность (§ 19c)
q-sponsor-ict_card = ICT-карта для переводимых внутри компании (§ 19)
q-sponsor-self_employed = Самозанятость (§ 21)
q-sponsor-german = Гражданство Германии
q-sponsor-other = Другой вид на жительство
q-family-role = Кем вы ему или ей приходитесь
q-family-role-spouse = Супруг, супруга или партнёр
q-family-role-child = Ребёнок
q-choose = Пожалуйста, выберите
q-municipality = Где в Рурском регионе вы будете жить?
q-university = Ваш университет
q-university-hint = Его международный отдел (International Office) занимается зачислением и имматрикуляцией; план ссылается на него.
q-independent-cities = Города окружного значения (kreisfreie Städte)
q-needs-content = Список городов придёт с первой синхронизацией. Пожалуйста, один раз подключитесь к интернету.
q-arrival = Запланированный приезд
q-arrival-hint = День въезда в Германию. План предупреждает о документах, срок действия которых истекает менее чем через 6 месяцев после него.
q-move-in = День въезда в жильё (необязательно)
q-move-in-hint = Регистрацию по месту жительства (Anmeldung) нужно пройти в течение 14 дней после въезда в жильё. Оставьте поле пустым, если въезжаете в день приезда.
q-spouse-coming = Со мной едет супруг, супруга или партнёр
q-children = Дети, которые едут вместе
q-partner-eligible = Мой партнёр или партнёрша тоже выполняет условия Карты возможностей (Chancenkarte)
q-submit = Составить мой план

## Главная
home-title = Ваши следующие шаги
home-next-steps = Следующие шаги
home-progress = Выполнено { $done } из { $total }
home-all-done = Всё выполнено. Поздравляем!
home-deadlines = Сроки
home-new-job-alerts = { $count ->
    [one] Есть { $count } новое уведомление о вакансиях.
    [few] Есть { $count } новых уведомления о вакансиях.
    [many] Есть { $count } новых уведомлений о вакансиях.
   *[other] Есть { $count } нового уведомления о вакансиях.
}
home-no-plan-yet = Плана пока нет.
home-start-plan = Начать анкету

## План
plan-title = Мой план
plan-answers-title = Ваши ответы
plan-cancel = Отмена
plan-change-answers = Изменить ответы
plan-no-path = Ни один путь пребывания точно не подходит
plan-points = Баллы для Карты возможностей (Chancenkarte): { $total } (нужно: { $required })
plan-all-paths = Сравнение всех путей пребывания
plan-export-ics = Сроки в календарь (.ics)
plan-export-documents = Список документов для печати
plan-exported = Сохранено: { $path }
plan-phase-progress = { $done } из { $total }
plan-kind-document = Документ
plan-kind-step = Шаг
plan-status = Статус
plan-saved = Сохранено
plan-due = Срок: { $date }
plan-due-by-law = Срок по закону: { $date }
plan-expiry-badge = Действителен до { $date }: { $warning }
plan-details = Подробности, заметки и ведомство
plan-set-due = Срок выполнения
plan-expiry = Действителен до
plan-note = Заметки
plan-note-conflict = Эту заметку изменили на двух устройствах одновременно. Другая версия:

## Домохозяйство
household-title = Домохозяйство
household-whose-plan = Чей план
household-name = Имя
household-relation = Кем приходится
household-add = Добавить человека
household-remove = Удалить

## Источники и тексты портала
source-link = Источник
source-reviewed = проверено { $date }
text-fallback = на языке: { $lang }
text-fallback-hint = На вашем языке пока недоступно
text-unreviewed = непроверенный перевод
text-unreviewed-hint = Переведено, ещё не проверено: посмотреть английский и немецкий оригинал
text-hide-original = скрыть оригинал
sample-data = Пример данных
sample-data-hint = Придумано для демонстрации: это не реальный человек и не реальный номер.

## Контакты
contacts-title = Контакты
contacts-search = Поиск
contacts-municipality = Город
contacts-language = Язык общения
contacts-kind = Тип ведомства
contacts-all = Все
contacts-search-button = Искать
contacts-offices = { $count ->
    [one] { $count } ведомство
    [few] { $count } ведомства
    [many] { $count } ведомств
   *[other] { $count } ведомства
}
contacts-guides = { $count ->
    [one] { $count } Welcome Guide
   *[other] Welcome Guides: { $count }
}
contacts-guides-intro = Welcome Guides — это обученные волонтёры, которые сами когда-то сюда переехали. Они консультируют вас лично и бесплатно.
contacts-none = Ничего не найдено. Попробуйте другой город или меньше фильтров.
contacts-serves-from-elsewhere = Отвечает за ваш город, находится в районном центре (Kreisstadt).
contact-languages = Языки: { $languages }
contact-call = Позвонить
contact-mail = Электронная почта
contact-web = Веб-страница
office-kind-foreigners_office = Ведомство по делам иностранцев (Ausländerbehörde)
office-kind-citizens_office = Бюро обслуживания граждан (Bürgeramt)
office-kind-welcome_centre = Центр для новоприбывших (Welcome Center)
office-kind-recognition_counselling = Консультация по признанию (Anerkennungsberatung)
office-kind-job_centre = Джобцентр (Jobcenter)
office-kind-youth_office = Ведомство по делам молодёжи (Jugendamt)
office-kind-migration_counselling = Консультация для мигрантов (Migrationsberatung)
office-kind-employment_agency = Агентство по труду (Agentur für Arbeit)
office-kind-youth_migration_service = Миграционная служба для молодёжи (Jugendmigrationsdienst)
office-kind-university_international_office = Международный отдел университета (International Office)

## Вакансии
jobs-title = Вакансии
jobs-tab-search = Поиск
jobs-tab-saved = Сохранённые ({ $count })
jobs-tab-alerts = Уведомления ({ $count })
jobs-unread-alerts = { $count ->
    [one] { $count } непрочитанное уведомление
    [few] { $count } непрочитанных уведомления
    [many] { $count } непрочитанных уведомлений
   *[other] { $count } непрочитанного уведомления
}
jobs-what = Что
jobs-what-placeholder = Должность, профессия или работодатель
jobs-where = Где
jobs-anywhere = В любом месте Рурского региона
jobs-radius = Расстояние
jobs-radius-town-only = Только этот город
jobs-radius-km = в радиусе { $km } км
jobs-working-time = Рабочее время
working-time-full_time = Полная занятость
working-time-part_time = Частичная занятость
working-time-shift = Сменная работа
working-time-home_office = Удалённая работа
working-time-mini_job = Миниджоб (Minijob)
jobs-offer-type = Тип
jobs-any = Любой
offer-type-job = Работа
offer-type-self_employment = Самозанятость
offer-type-apprenticeship = Профессиональное обучение (Ausbildung)
offer-type-internship = Стажировка (Praktikum)
jobs-since = Опубликовано с
jobs-sort = Порядок
jobs-sort-date = Сначала новые
jobs-sort-relevance = Сначала наиболее подходящие
jobs-sort-distance = Сначала ближайшие
jobs-search-button = Искать
jobs-found = { $count ->
    [one] Найдена { $count } вакансия
    [few] Найдены { $count } вакансии
    [many] Найдено { $count } вакансий
   *[other] Найдено { $count } вакансии
}
jobs-distance = { $km } км отсюда
jobs-previous = Назад
jobs-next = Далее
jobs-save = Сохранить вакансию
jobs-unsave = Убрать из сохранённых
jobs-saved = Сохранено. Объявление останется у вас, даже если его снимут с публикации.
jobs-unsaved = Убрано из сохранённых вакансий.
jobs-back = Назад к списку
jobs-expired = Объявление больше не опубликовано: это ваша сохранённая копия
jobs-regulated-title = Регулируемая профессия
jobs-regulated-licence = В Германии работать по этой профессии можно только после признания вашей иностранной квалификации (Anerkennung) или получения разрешения на профессиональную деятельность (Berufserlaubnis, Approbation). Начните заранее: это занимает месяцы.
jobs-regulated-protected-title = Это название профессии в Германии защищено: использовать его можно только после признания вашей иностранной квалификации (Anerkennung).
jobs-regulated-counselling = Консультация по признанию (Anerkennungsberatung) поможет бесплатно:
jobs-open-ad = Открыть страницу объявления
jobs-published = опубликовано { $date }
jobs-salary = Зарплата: { $salary }
jobs-save-search = Получать уведомления по этому поиску
jobs-save-search-placeholder = Название уведомления, напр. Уход за больными в Эссене
jobs-save-search-button = Сохранить поиск
jobs-search-saved = Сохранено. После каждой синхронизации вы будете получать уведомления о новых подходящих вакансиях.
jobs-search-unnamed = Мой поиск
jobs-no-saved = Сохранённых вакансий пока нет. Сохраните вакансию, чтобы она была доступна даже без сети.
jobs-alerts-title = Уведомления о вакансиях
jobs-mark-all-read = Отметить все как прочитанные
jobs-mark-read = Отметить как прочитанное
jobs-no-alerts = Уведомлений пока нет.
jobs-saved-searches = Сохранённые поиски
jobs-delete-search = Удалить
jobs-no-saved-searches = Сохранённых поисков пока нет.

## Настройки
settings-title = Настройки
settings-saved = Сохранено.
settings-language = Язык и оформление
settings-language-label = Язык
settings-language-system = Как в системе
settings-language-partial = переведено частично
settings-theme = Тема
settings-theme-system = Как в системе
settings-theme-light = Светлая
settings-theme-dark = Тёмная
settings-sync = Синхронизация
settings-jobs-cached = { $count ->
    [one] { $count } вакансия на этом устройстве
    [few] { $count } вакансии на этом устройстве
    [many] { $count } вакансий на этом устройстве
   *[other] { $count } вакансии на этом устройстве
}
settings-pending-changes = { $count ->
    [0] все изменения отправлены
    [one] { $count } изменение ожидает отправки
    [few] { $count } изменения ожидают отправки
    [many] { $count } изменений ожидают отправки
   *[other] { $count } изменения ожидают отправки
}
settings-sync-paused = Приостановить автоматическую синхронизацию
settings-sync-interval = Синхронизировать автоматически
settings-every-minutes = { $minutes ->
    [60] каждый час
    [1440] раз в день
    [one] каждую { $minutes } минуту
    [few] каждые { $minutes } минуты
    [many] каждые { $minutes } минут
   *[other] каждые { $minutes } минуты
}
settings-portal = Адрес портала
settings-save = Сохранить

## Учётная запись
content-kind-other = Другое
sync-rejected = { $count ->
    [one] Одно изменение не удалось сохранить на портале, оно отменено на этом устройстве:
    [few] { $count } изменения не удалось сохранить на портале, они отменены на этом устройстве:
   *[other] { $count } изменений не удалось сохранить на портале, они отменены на этом устройстве:
}
sync-rejected-dismiss = Прочитано
account-title = Учётная запись
account-why = Учётная запись не нужна. Но с ней ваш план и сохранённые вакансии синхронизируются между вашими устройствами.
account-email = Электронная почта
account-password = Пароль (не менее 10 символов)
account-login = Войти
account-register = Создать учётную запись
account-logout = Выйти
account-logged-in = Вы вошли в систему.
account-registered = Ваша учётная запись создана, и вы вошли в систему.
account-logged-out = Вы вышли из системы. Ваши данные остаются на этом устройстве.
account-logout-question = Оставить данные этой учётной записи на этом устройстве?
account-logout-keep = Выйти, оставить мои данные здесь
account-logout-remove = Выйти и удалить мои данные с этого устройства
account-logout-unsent = { $count } изменений ещё не дошли до портала. Если удалить данные сейчас, они будут потеряны; если оставить — они будут отправлены при следующем входе.
account-logged-out-removed = Вы вышли, и ваши данные удалены с этого устройства. На портале они сохранены.
account-joined = { $count } записей, созданных на этом устройстве до входа, теперь принадлежат вашей учётной записи.
account-logged-in-as = Вы вошли как { $email }
sessions-title = Устройства, на которых выполнен вход в эту учётную запись
sessions-this-device = Это устройство
sessions-unnamed = Устройство без названия
sessions-last-seen = Последнее использование: { $when }
sessions-since = Вход выполнен: { $when }
sessions-revoke = Выйти на том устройстве
sessions-revoked = На том устройстве выполнен выход. Его данные остаются там, но синхронизация возобновится только после нового входа.
error-app-sync-interval = { $minutes ->
    [one] Интервал { $minutes } минута невозможен. Выберите от 5 минут до одной недели.
    [few] Интервал { $minutes } минуты невозможен. Выберите от 5 минут до одной недели.
    [many] Интервал { $minutes } минут невозможен. Выберите от 5 минут до одной недели.
   *[other] Интервал { $minutes } минуты невозможен. Выберите от 5 минут до одной недели.
}

## Reminders
home-reminders = Напоминания
home-reminder-late = с опозданием
home-reminder-read = Прочитано
settings-reminders = Напоминания
settings-reminders-enabled = Напоминать перед сроками и окончанием действия документов
settings-reminders-days = За сколько дней
settings-reminders-day = { $days ->
    [one] За { $days } день
    [few] За { $days } дня
   *[other] За { $days } дней
}
settings-reminders-hint = Напоминания приходят как уведомления на рабочем столе в 9 утра и остаются здесь, на главной странице. Напоминание, время которого наступило, когда приложение было закрыто, придёт, как только вы его откроете.
plan-reminders = Напоминания
plan-reminders-default = Как в настройках
plan-reminders-none = Без напоминаний

## Appointments
appointments-title = Встречи
appointments-add = Добавить встречу
appointments-none = Встреч пока нет. Добавьте те, что вам назначили (Anmeldung, ведомство по делам иностранцев, собеседование по визе): вам о них напомнят, и они попадут в файл календаря.
appointments-delete = Удалить
appointments-what = Что
appointments-what-placeholder = напр. Anmeldung в Bürgeramt
appointments-date = Дата
appointments-time = Время
appointments-office = Учреждение
appointments-office-none = Другое место
appointments-place = Место
appointments-save = Сохранить
appointments-cancel = Отмена

## Guide requests

guide-request-write = Написать этому гиду
guide-request-saved = Ваш запрос сохранён. Он будет отправлен, как только вы будете онлайн; ответ появится на главном экране.
guide-request-login-needed = Чтобы написать гиду, нужна учётная запись: через неё гид вам отвечает. Войдите или зарегистрируйтесь в настройках.
guide-request-login = Войти
guide-request-language = Язык
guide-request-topic = Тема
guide-topic-visa = Виза и пребывание
guide-topic-family = Семья
guide-topic-jobs = Работа
guide-topic-recognition = Признание квалификации
guide-topic-housing = Жильё
guide-topic-study = Учёба
guide-request-message-label = Ваше сообщение
guide-request-count = { $count } из { $max } символов
guide-request-reach = Как гид может с вами связаться?
guide-request-method-app = Только через приложение
guide-request-method-email = По электронной почте
guide-request-method-phone = По телефону
guide-request-email = Ваш адрес электронной почты
guide-request-phone = Ваш номер телефона
guide-request-consent = Я согласен(на), что { $guide } получит моё сообщение и контактные данные, чтобы мне ответить. Они используются только для этого ответа и никому не передаются.
guide-request-send = Отправить запрос
guide-request-sent-heading = Ваши запросы этому гиду
guide-request-status-pending = Ожидает отправки
guide-request-status-sent = Отправлено
guide-request-status-answered = Есть ответ
home-guide-answers = Ответы от Welcome Guides
home-guide-answer-to = На ваше сообщение «{ $message }»
vault-title = Вложенные файлы
vault-attach = Прикрепить фото, скан или PDF
vault-drop = или перетащите файл сюда
vault-local-only = Хранятся только на этом устройстве в зашифрованном виде. Никогда не загружаются.
vault-open = Открыть
vault-replace = Заменить
vault-delete = Удалить
vault-delete-confirm = Удалить { $name } с этого устройства? Это нельзя отменить.
vault-pdf-pages = PDF, страниц: { $pages }
vault-close = Закрыть
vault-key-missing-help = Ненужные файлы можно удалить; новые файлы можно будет прикрепить, когда не останется ни одного или когда связка ключей будет восстановлена.
appointment-export-pdf = PDF с документами
plan-export-pdf = Документы в PDF, со сканами
error-app-no-viewer = На этом компьютере нет приложения, которое открывает файлы такого типа.
vault-count = { $count ->
    [one] { $count } файл приложен
    [few] { $count } файла приложено
   *[other] { $count } файлов приложено
}
settings-web-limits = В веб-приложении ваш вход хранится в зашифрованном виде в этом браузере (у браузера нет системной связки ключей), напоминания показываются в приложении, но не как системные уведомления, а ссылки welcome-ruhr:// открывают только настольное приложение. Сканы, приложенные к документам, и PDF для приёма есть только в настольном приложении: их ключу нужна системная связка ключей.
web-store-busy-title = welcome.RUHR открыт в другой вкладке
web-store-busy-text = Приложение хранит ваши данные только в одной вкладке одновременно. Используйте другую вкладку или закройте её: тогда эта продолжит сама, ничего не потеряв.
