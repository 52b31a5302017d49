# completeness: 233 of 233 messages (2026-11-25)
# Екрани застосунку (ui/).

## Навігація
nav-label = Головна навігація
nav-skip-to-content = Перейти до вмісту
nav-home = Головна
nav-plan = Мій план
nav-contacts = Контакти
nav-jobs = Вакансії
nav-settings = Налаштування

## Стан синхронізації
sync-running = Оновлення…
sync-offline = Офлайн: показано те, що збережено на цьому пристрої
sync-last-success = Оновлено { $when }
sync-never = Ще не оновлювалося
sync-now = Синхронізувати зараз

## Перший запуск
firstrun-welcome = Ласкаво просимо до Рурського регіону!
firstrun-intro = Цей застосунок допоможе спланувати переїзд: який дозвіл на проживання вам підходить, які документи потрібні, що й до якого строку зробити після приїзду. Він працює й без інтернету.
firstrun-choose-language = Оберіть мову
firstrun-continue = Далі
firstrun-privacy = Ваші відповіді залишаються на цьому пристрої, якщо ви не створите обліковий запис для їх синхронізації.
firstrun-questions-title = Розкажіть про свій переїзд
firstrun-downloading = Завантаження чек-листів, установ і вакансій…
firstrun-retry = Спробувати ще раз

## Анкета
q-intro = Від ваших відповідей залежить, які шлях перебування, документи й кроки стосуються вас. Ви можете змінити їх будь-коли.
q-section-you = Про вас
q-section-qualification = Кваліфікація та мови
q-section-job = Ваша пропозиція роботи
q-section-family-reunion = Член родини, до якого ви переїжджаєте
q-section-move = Ваш переїзд
q-citizenship = Громадянство
q-citizenship-other = Не ЄС, ЄЕЗ чи Швейцарія
q-citizenship-eu_eea_swiss = ЄС, ЄЕЗ або Швейцарія
q-age = Вік
q-purpose = З якою метою ви приїжджаєте?
q-purpose-work_with_offer = Працювати (у мене є пропозиція роботи)
q-purpose-job_search = Шукати роботу
q-purpose-study = Навчатися в університеті
q-purpose-vocational_training = Здобути професійну освіту (Ausbildung)
q-purpose-family_reunion = Приєднатися до родини
q-qualification = Найвища кваліфікація
q-qualification-academic = Університетський диплом
q-qualification-vocational = Професійна кваліфікація
q-qualification-none = Нічого з переліченого
q-recognition = Чи визнана вона в Німеччині (Anerkennung)?
q-recognition-recognised = Так, визнана або співставна (anabin "H+")
q-recognition-partial = Визнана частково
q-recognition-pending = Заяву подано, рішення ще немає
q-recognition-none = Ще ні
q-recognition-hint = Дізнатися це допоможе консультація з визнання (Anerkennungsberatung) у вашому місті.
q-experience = Роки досвіду роботи
q-experience-last-5 = …з них за останні 5 років
q-experience-last-7 = …з них за останні 7 років
q-german = Німецька
q-english = Англійська
q-level-none = немає
q-level-a1 = A1
q-level-a2 = A2
q-level-b1 = B1
q-level-b2 = B2
q-level-c1 = C1
q-level-c2 = C2
q-previous-stay = Попереднє законне перебування в Німеччині: 6 місяців або довше
q-it-specialist = Моя спеціальність — ІТ
q-recent-graduate = Навчання завершено протягом останніх 3 років
q-salary = Річна зарплата брутто (Bruttojahresgehalt) за пропозицією роботи (EUR)
q-salary-hint = Як зазначено в договорі чи пропозиції роботи, до сплати податків.
q-shortage = Робота належить до дефіцитних професій (Engpassberuf)
q-sponsor = Його чи її дозвіл на проживання (Aufenthaltstitel)
q-sponsor-blue_card = Блакитна карта ЄС (Blaue Karte EU)
q-sponsor-skilled_vocational = Кваліфікований фахівець із професійною освітою (§ 18a)
q-sponsor-skilled_academic = Кваліфікований фахівець із вищою освітою (§ 18b)
q-sponsor-researcher = Науковець (§ 18d)
q-sponsor-specialist_employment = ІТ-фахівець або особлива посада (§ 19c)
q-sponsor-ict_card = ICT-карта для переведених усередині компанії (§ 19)
q-sponsor-self_employed = Самозайнятість (§ 21)
q-sponsor-german = Громадянство Німеччини
q-sponsor-other = Інший дозвіл
q-family-role = Ким ви йому чи їй доводитеся
q-family-role-spouse = Чоловік, дружина або партнер
q-family-role-child = Дитина
q-choose = Будь ласка, оберіть
q-municipality = Де в Рурському регіоні ви житимете?
q-university = Ваш університет
q-university-hint = Його міжнародний відділ (International Office) супроводжує зарахування та імматрикуляцію; план посилається на нього.
q-independent-cities = Міста обласного значення (kreisfreie Städte)
q-needs-content = Список міст надійде з першою синхронізацією. Будь ласка, один раз підключіться до інтернету.
q-arrival = Запланований приїзд
q-arrival-hint = День в'їзду до Німеччини. План попереджає про документи, строк дії яких закінчується менш ніж через 6 місяців після нього.
q-move-in = День вселення в житло (необов'язково)
q-move-in-hint = Реєстрацію адреси (Anmeldung) потрібно зробити протягом 14 днів після вселення. Залиште поле порожнім, якщо вселяєтеся в день приїзду.
q-spouse-coming = Зі мною їде чоловік, дружина або партнер
q-children = Діти, які їдуть разом
q-partner-eligible = Мій партнер або партнерка теж відповідає умовам Карти можливостей (Chancenkarte)
q-submit = Скласти мій план

## Головна
home-title = Ваші наступні кроки
home-next-steps = Наступні кроки
home-progress = Виконано { $done } з { $total }
home-all-done = Усе виконано. Вітаємо!
home-deadlines = Строки
home-new-job-alerts = { $count ->
    [one] Є { $count } нове сповіщення про вакансії.
    [few] Є { $count } нові сповіщення про вакансії.
    [many] Є { $count } нових сповіщень про вакансії.
   *[other] Є { $count } нового сповіщення про вакансії.
}
home-no-plan-yet = Плану ще немає.
home-start-plan = Почати анкету

## План
plan-title = Мій план
plan-answers-title = Ваші відповіді
plan-cancel = Скасувати
plan-change-answers = Змінити відповіді
plan-no-path = Жоден шлях перебування напевно не підходить
plan-points = Бали для Карти можливостей (Chancenkarte): { $total } (потрібно: { $required })
plan-all-paths = Порівняння всіх шляхів перебування
plan-export-ics = Строки в календар (.ics)
plan-export-documents = Список документів для друку
plan-exported = Збережено: { $path }
plan-phase-progress = { $done } з { $total }
plan-kind-document = Документ
plan-kind-step = Крок
plan-status = Статус
plan-saved = Збережено
plan-due = Строк: { $date }
plan-due-by-law = Строк за законом: { $date }
plan-expiry-badge = Дійсний до { $date }: { $warning }
plan-details = Деталі, нотатки та установа
plan-set-due = Строк виконання
plan-expiry = Дійсний до
plan-note = Нотатки
plan-note-conflict = Цю нотатку змінили на двох пристроях одночасно. Інша версія:

## Домогосподарство
household-title = Домогосподарство
household-whose-plan = Чий план
household-name = Ім'я
household-relation = Ким доводиться
household-add = Додати особу
household-remove = Видалити

## Джерела та тексти з порталу
source-link = Джерело
source-reviewed = перевірено { $date }
text-fallback = мовою: { $lang }
text-fallback-hint = Вашою мовою ще недоступно
text-unreviewed = неперевірений переклад
text-unreviewed-hint = Перекладено, ще не перевірено: переглянути англійський і німецький оригінал
text-hide-original = сховати оригінал
sample-data = Приклад даних
sample-data-hint = Вигадано для демонстрації: це не реальна особа чи номер.

## Контакти
contacts-title = Контакти
contacts-search = Пошук
contacts-municipality = Місто
contacts-language = Мова спілкування
contacts-kind = Тип установи
contacts-all = Усі
contacts-search-button = Шукати
contacts-offices = { $count ->
    [one] { $count } установа
    [few] { $count } установи
    [many] { $count } установ
   *[other] { $count } установи
}
contacts-guides = { $count ->
    [one] { $count } Welcome Guide
   *[other] Welcome Guides: { $count }
}
contacts-guides-intro = Welcome Guides — це навчені волонтери, які самі колись сюди переїхали. Вони консультують вас особисто й безкоштовно.
contacts-none = Нічого не знайдено. Спробуйте інше місто або менше фільтрів.
contacts-serves-from-elsewhere = Відповідає за ваше місто, розташована в районному центрі (Kreisstadt).
contact-languages = Мови: { $languages }
contact-call = Зателефонувати
contact-mail = Електронна пошта
contact-web = Вебсторінка
office-kind-foreigners_office = Відомство у справах іноземців (Ausländerbehörde)
office-kind-citizens_office = Бюро обслуговування громадян (Bürgeramt)
office-kind-welcome_centre = Центр для новоприбулих (Welcome Center)
office-kind-recognition_counselling = Консультація з визнання (Anerkennungsberatung)
office-kind-job_centre = Центр зайнятості (Jobcenter)
office-kind-youth_office = Служба у справах молоді (Jugendamt)
office-kind-migration_counselling = Консультація для мігрантів (Migrationsberatung)
office-kind-employment_agency = Агентство праці (Agentur für Arbeit)
office-kind-youth_migration_service = Міграційна служба для молоді (Jugendmigrationsdienst)
office-kind-university_international_office = Міжнародний відділ університету (International Office)

## Вакансії
jobs-title = Вакансії
jobs-tab-search = Пошук
jobs-tab-saved = Збережені ({ $count })
jobs-tab-alerts = Сповіщення ({ $count })
jobs-unread-alerts = { $count ->
    [one] { $count } непрочитане сповіщення
    [few] { $count } непрочитані сповіщення
    [many] { $count } непрочитаних сповіщень
   *[other] { $count } непрочитаного сповіщення
}
jobs-what = Що
jobs-what-placeholder = Посада, професія або роботодавець
jobs-where = Де
jobs-anywhere = Будь-де в Рурському регіоні
jobs-radius = Відстань
jobs-radius-town-only = Лише це місто
jobs-radius-km = у межах { $km } км
jobs-working-time = Робочий час
working-time-full_time = Повна зайнятість
working-time-part_time = Неповна зайнятість
working-time-shift = Змінна робота
working-time-home_office = Віддалена робота
working-time-mini_job = Мініджоб (Minijob)
jobs-offer-type = Тип
jobs-any = Будь-який
offer-type-job = Робота
offer-type-self_employment = Самозайнятість
offer-type-apprenticeship = Професійне навчання (Ausbildung)
offer-type-internship = Стажування (Praktikum)
jobs-since = Опубліковано від
jobs-sort = Порядок
jobs-sort-date = Спочатку новіші
jobs-sort-relevance = Спочатку найвідповідніші
jobs-sort-distance = Спочатку найближчі
jobs-search-button = Шукати
jobs-found = { $count ->
    [one] Знайдено { $count } вакансію
    [few] Знайдено { $count } вакансії
    [many] Знайдено { $count } вакансій
   *[other] Знайдено { $count } вакансії
}
jobs-distance = { $km } км звідси
jobs-previous = Попередні
jobs-next = Наступні
jobs-save = Зберегти вакансію
jobs-unsave = Прибрати зі збережених
jobs-saved = Збережено. Оголошення залишиться у вас, навіть якщо його знімуть із публікації.
jobs-unsaved = Прибрано зі збережених вакансій.
jobs-back = Назад до списку
jobs-expired = Оголошення більше не опубліковане: це ваша збережена копія
jobs-regulated-title = Регульована професія
jobs-regulated-licence = У Німеччині працювати за цією професією можна лише після визнання вашої іноземної кваліфікації (Anerkennung) або отримання дозволу на професійну діяльність (Berufserlaubnis, Approbation). Почніть заздалегідь: це триває місяці.
jobs-regulated-protected-title = Ця назва професії в Німеччині захищена: використовувати її можна лише після визнання вашої іноземної кваліфікації (Anerkennung).
jobs-regulated-counselling = Консультація з визнання (Anerkennungsberatung) допоможе безкоштовно:
jobs-open-ad = Відкрити сторінку оголошення
jobs-published = опубліковано { $date }
jobs-salary = Зарплата: { $salary }
jobs-save-search = Отримувати сповіщення за цим пошуком
jobs-save-search-placeholder = Назва сповіщення, напр. Догляд в Ессені
jobs-save-search-button = Зберегти пошук
jobs-search-saved = Збережено. Після кожної синхронізації ви отримаєте сповіщення про нові відповідні вакансії.
jobs-search-unnamed = Мій пошук
jobs-no-saved = Збережених вакансій ще немає. Збережіть вакансію, щоб вона була доступна навіть офлайн.
jobs-alerts-title = Сповіщення про вакансії
jobs-mark-all-read = Позначити всі як прочитані
jobs-mark-read = Позначити як прочитане
jobs-no-alerts = Сповіщень ще немає.
jobs-saved-searches = Збережені пошуки
jobs-delete-search = Видалити
jobs-no-saved-searches = Збережених пошуків ще немає.

## Налаштування
settings-title = Налаштування
settings-saved = Збережено.
settings-language = Мова та вигляд
settings-language-label = Мова
settings-language-system = Як у системі
settings-language-partial = перекладено частково
settings-theme = Тема
settings-theme-system = Як у системі
settings-theme-light = Світла
settings-theme-dark = Темна
settings-sync = Синхронізація
settings-jobs-cached = { $count ->
    [one] { $count } вакансія на цьому пристрої
    [few] { $count } вакансії на цьому пристрої
    [many] { $count } вакансій на цьому пристрої
   *[other] { $count } вакансії на цьому пристрої
}
settings-pending-changes = { $count ->
    [0] усі зміни надіслано
    [one] { $count } зміна очікує надсилання
    [few] { $count } зміни очікують надсилання
    [many] { $count } змін очікують надсилання
   *[other] { $count } зміни очікують надсилання
}
settings-sync-paused = Призупинити автоматичну синхронізацію
settings-sync-interval = Синхронізувати автоматично
settings-every-minutes = { $minutes ->
    [60] щогодини
    [1440] раз на день
    [one] кожну { $minutes } хвилину
    [few] кожні { $minutes } хвилини
    [many] кожні { $minutes } хвилин
   *[other] кожні { $minutes } хвилини
}
settings-portal = Адреса порталу
settings-save = Зберегти

## Обліковий запис
content-kind-other = Інше
sync-rejected = { $count ->
    [one] Одну зміну не вдалося зберегти на порталі, її скасовано на цьому пристрої:
    [few] { $count } зміни не вдалося зберегти на порталі, їх скасовано на цьому пристрої:
   *[other] { $count } змін не вдалося зберегти на порталі, їх скасовано на цьому пристрої:
}
sync-rejected-dismiss = Я прочитав(-ла)
account-title = Обліковий запис
account-why = Обліковий запис не потрібен. Але з ним ваш план і збережені вакансії синхронізуються між вашими пристроями.
account-email = Електронна пошта
account-password = Пароль (щонайменше 10 символів)
account-login = Увійти
account-register = Створити обліковий запис
account-logout = Вийти
account-logged-in = Ви увійшли.
account-registered = Ваш обліковий запис створено, і ви увійшли.
account-logged-out = Ви вийшли. Ваші дані залишаються на цьому пристрої.
account-logout-question = Залишити дані цього облікового запису на цьому пристрої?
account-logout-keep = Вийти, залишити мої дані тут
account-logout-remove = Вийти й видалити мої дані з цього пристрою
account-logout-unsent = { $count } змін ще не дійшли до порталу. Якщо видалити дані зараз, вони будуть втрачені; якщо залишити — їх буде надіслано під час наступного входу.
account-logged-out-removed = Ви вийшли, а ваші дані видалено з цього пристрою. На порталі вони збережені.
account-joined = { $count } записів, створених на цьому пристрої до входу, тепер належать вашому обліковому запису.
account-logged-in-as = Ви увійшли як { $email }
sessions-title = Пристрої, на яких виконано вхід у цей обліковий запис
sessions-this-device = Цей пристрій
sessions-unnamed = Пристрій без назви
sessions-last-seen = Востаннє використано: { $when }
sessions-since = Вхід виконано: { $when }
sessions-revoke = Вийти на тому пристрої
sessions-revoked = На тому пристрої виконано вихід. Його дані залишаються там, але синхронізація відновиться лише після нового входу.
error-app-sync-interval = { $minutes ->
    [one] Інтервал { $minutes } хвилина неможливий. Оберіть від 5 хвилин до одного тижня.
    [few] Інтервал { $minutes } хвилини неможливий. Оберіть від 5 хвилин до одного тижня.
    [many] Інтервал { $minutes } хвилин неможливий. Оберіть від 5 хвилин до одного тижня.
   *[other] Інтервал { $minutes } хвилини неможливий. Оберіть від 5 хвилин до одного тижня.
}

## Reminders
home-reminders = Нагадування
home-reminder-late = із запізненням
home-reminder-read = Прочитано
settings-reminders = Нагадування
settings-reminders-enabled = Нагадувати перед строками та закінченням дії документів
settings-reminders-days = За скільки днів
settings-reminders-day = { $days ->
    [one] За { $days } день
    [few] За { $days } дні
   *[other] За { $days } днів
}
settings-reminders-hint = Нагадування надходять як сповіщення на робочому столі о 9-й ранку й залишаються тут, на головній сторінці. Нагадування, час якого настав, коли застосунок був закритий, надійде, щойно ви його відкриєте.
plan-reminders = Нагадування
plan-reminders-default = Як у налаштуваннях
plan-reminders-none = Без нагадувань

## Appointments
appointments-title = Зустрічі
appointments-add = Додати зустріч
appointments-none = Зустрічей ще немає. Додайте ті, що вам призначили (Anmeldung, відомство у справах іноземців, співбесіда щодо візи): вам нагадають про них, і вони потраплять у файл календаря.
appointments-delete = Видалити
appointments-what = Що
appointments-what-placeholder = напр. Anmeldung у Bürgeramt
appointments-date = Дата
appointments-time = Час
appointments-office = Установа
appointments-office-none = Інше місце
appointments-place = Місце
appointments-save = Зберегти
appointments-cancel = Скасувати

## Guide requests

guide-request-write = Написати цьому гіду
guide-request-saved = Ваш запит збережено. Його буде надіслано, щойно ви будете онлайн; відповідь з’явиться на головному екрані.
guide-request-login-needed = Щоб написати гіду, потрібен обліковий запис: через нього гід вам відповідає. Увійдіть або зареєструйтеся в налаштуваннях.
guide-request-login = Увійти
guide-request-language = Мова
guide-request-topic = Тема
guide-topic-visa = Віза та перебування
guide-topic-family = Сім’я
guide-topic-jobs = Робота
guide-topic-recognition = Визнання кваліфікації
guide-topic-housing = Житло
guide-topic-study = Навчання
guide-request-message-label = Ваше повідомлення
guide-request-count = { $count } з { $max } символів
guide-request-reach = Як гід може з вами зв’язатися?
guide-request-method-app = Лише через застосунок
guide-request-method-email = Електронною поштою
guide-request-method-phone = Телефоном
guide-request-email = Ваша адреса електронної пошти
guide-request-phone = Ваш номер телефону
guide-request-consent = Я погоджуюся, що { $guide } отримає моє повідомлення та контактні дані, щоб мені відповісти. Вони використовуються лише для цієї відповіді й нікому не передаються.
guide-request-send = Надіслати запит
guide-request-sent-heading = Ваші запити до цього гіда
guide-request-status-pending = Очікує надсилання
guide-request-status-sent = Надіслано
guide-request-status-answered = Є відповідь
home-guide-answers = Відповіді від Welcome Guides
home-guide-answer-to = На ваше повідомлення «{ $message }»
vault-title = Вкладені файли
vault-attach = Додати фото, скан або PDF
vault-drop = або перетягніть файл сюди
vault-local-only = Зберігаються лише на цьому пристрої, зашифровано. Ніколи не вивантажуються.
vault-open = Відкрити
vault-replace = Замінити
vault-delete = Видалити
vault-delete-confirm = Видалити { $name } з цього пристрою? Це не можна скасувати.
vault-pdf-pages = PDF, сторінок: { $pages }
vault-close = Закрити
vault-key-missing-help = Непотрібні файли можна видалити; нові файли можна буде додати, коли не залишиться жодного або коли сховище ключів відновлять.
appointment-export-pdf = PDF з документами
plan-export-pdf = Документи у PDF, зі сканами
error-app-no-viewer = На цьому комп’ютері немає застосунку, що відкриває файли такого типу.
vault-count = { $count ->
    [one] { $count } файл додано
    [few] { $count } файли додано
   *[other] { $count } файлів додано
}
settings-web-limits = У вебзастосунку ваш вхід зберігається зашифрованим у цьому браузері (браузер не має системного сховища ключів), нагадування з’являються в застосунку, але не як системні сповіщення, а посилання welcome-ruhr:// відкривають лише настільний застосунок. Скани, додані до документів, і PDF для запису є лише в настільному застосунку: їхньому ключу потрібне системне сховище ключів.
web-store-busy-title = welcome.RUHR відкрито в іншій вкладці
web-store-busy-text = Застосунок зберігає ваші дані лише в одній вкладці водночас. Скористайтеся іншою вкладкою або закрийте її: тоді ця продовжить сама, нічого не втративши.
