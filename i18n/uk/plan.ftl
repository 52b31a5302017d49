# completeness: 119 of 119 messages (2026-11-25)
# Особистий план переїзду: помилки анкети, пояснення щодо шляхів, статуси, експорт.

## Помилки анкети
error-plan-arrival-past = Запланований приїзд ({ $date }) припадає на минуле. Будь ласка, вкажіть день, починаючи з сьогоднішнього.
error-plan-move-in-before-arrival = День вселення ({ $move_in }) не може бути раніше за приїзд ({ $arrival }).
error-plan-move-in-past = День вселення ({ $date }) припадає на минуле. Будь ласка, вкажіть день, починаючи з сьогоднішнього.
error-plan-application-after-arrival = Заява на візу ({ $date }) не може бути пізніше за приїзд: віза потрібна до в'їзду.
error-plan-salary-negative = Зарплата { $salary } неможлива. Будь ласка, вкажіть річну зарплату брутто (Bruttojahresgehalt) в євро (0 або більше).
error-plan-salary-absurd = Зарплата { $salary } схожа на помилку введення. Будь ласка, вкажіть річну зарплату брутто (Bruttojahresgehalt) в євро.
error-plan-age-range = Вік { $age } неможливий. Будь ласка, вкажіть вік від 0 до 120.
error-plan-experience-age = { $years ->
    [one] { $years } рік досвіду роботи не відповідає віку { $age }.
    [few] { $years } роки досвіду роботи не відповідають віку { $age }.
    [many] { $years } років досвіду роботи не відповідають віку { $age }.
   *[other] { $years } року досвіду роботи не відповідають віку { $age }.
}
error-plan-experience-inconsistent = Роки досвіду не сходяться: щонайбільше 5 за останні 5 років, щонайбільше 7 за останні 7 років і не більше, ніж загалом.
error-plan-recognition-without-qualification = Статус визнання (Anerkennung) потребує кваліфікації. Будь ласка, спочатку оберіть свою кваліфікацію.
error-plan-family-sponsor-missing = Для возз'єднання сім'ї (Familiennachzug) вкажіть, будь ласка, до кого ви переїжджаєте (чоловік, дружина чи дитина) і який дозвіл на проживання (Aufenthaltstitel) має ця особа.
error-plan-municipality-unknown = «{ $municipality }» не є громадою Рурського регіону. Будь ласка, оберіть зі списку.
error-plan-municipalities-missing = Список громад ще не завантажено, тому «{ $municipality }» неможливо перевірити. Будь ласка, один раз синхронізуйтеся з порталом.
error-plan-path-unknown = «{ $path }» не є шляхом перебування в цьому плані.
error-plan-person-unknown = У цьому домогосподарстві немає особи «{ $person }».
error-plan-person-id = «{ $person }» не можна використати як ідентифікатор: використовуйте малі латинські літери, цифри, - або _ (щонайбільше 40).
error-plan-person-exists = У цьому домогосподарстві вже є особа «{ $person }».
error-plan-person-name = Будь ласка, вкажіть ім'я довжиною від 1 до 100 символів.
error-plan-item-unknown = «{ $item }» не є пунктом цього плану.
error-plan-status-unknown = «{ $status }» не є статусом. Документи: missing, requested, received, translated_certified, submitted, not_needed. Кроки: open, in_progress, done, not_needed.
error-plan-status-kind = Статус «{ $status }» не підходить для «{ $item }» (документи й кроки мають різні статуси).
error-plan-expiry-step = Строк дії мають лише документи; «{ $item }» — це крок.
error-plan-note-long = Нотатка задовга (щонайбільше 5000 символів).
error-plan-rules-missing = Правила плану ще не завантажено. Будь ласка, один раз синхронізуйтеся з порталом.

## Чому шлях підходить чи ні
plan-reason-eu-free-movement = Як громадянин або громадянка ЄС, ЄЕЗ чи Швейцарії ви можете жити й працювати в Німеччині без візи та дозволу на проживання; потрібно лише зареєструвати адресу (Anmeldung).
plan-reason-eu-not-citizen = Лише для громадян ЄС, ЄЕЗ і Швейцарії.
plan-reason-eu-not-needed = Не потрібно: як громадянин або громадянка ЄС, ЄЕЗ чи Швейцарії ви користуєтеся свободою пересування (Freizügigkeit).
plan-reason-purpose-mismatch = Цей шлях призначений для іншої мети, ніж та, яку ви обрали.
plan-reason-degree-recognised = Ваш університетський диплом визнано або він співставний із німецьким.
plan-reason-degree-needed = Потрібен визнаний університетський диплом або, для ІТ-фахівців, щонайменше три роки досвіду.
plan-reason-recognition-pending = Рішення щодо визнання (Anerkennung) ще не ухвалено; цей шлях відкриється після визнання.
plan-reason-recognition-needed = Потрібна кваліфікація, визнана в Німеччині (Anerkennung). Часткове визнання можна завершити в Німеччині (§ 16d); допоможе консультація з визнання (Anerkennungsberatung).
plan-reason-it-specialist-experience = ІТ-фахівцям без диплома потрібно { $required } р. професійного досвіду за останні сім років; у вас { $years } р.
plan-reason-threshold-lower = Діє нижчий поріг зарплати (дефіцитна професія, нещодавній випуск або ІТ-фахівець).
plan-reason-threshold-not-published = Поріг зарплати, чинний на { $date }, ще не опубліковано або не знайдено. Будь ласка, перевірте його в німецькому дипломатичному представництві перед поданням заяви.
plan-reason-salary-missing = Будь ласка, вкажіть річну зарплату брутто з пропозиції роботи; поріг становить { $threshold }.
plan-reason-salary-meets = Зарплата { $salary } досягає порогу { $threshold }, чинного на { $date }.
plan-reason-salary-below = Зарплата { $salary } нижча за поріг { $threshold }, чинний на { $date }.
plan-reason-older-salary-meets = Від 45 років зарплата має становити щонайменше { $threshold } (сума, чинна на { $date }, діє з { $since }); { $salary } цього досягає.
plan-reason-older-salary-below = Від 45 років зарплата має становити щонайменше { $threshold } (сума, чинна на { $date }, діє з { $since }), або потрібно довести належне пенсійне забезпечення; { $salary } нижче цього рівня.
plan-reason-older-no-figure = Від 45 років зарплата має становити щонайменше 55 % граничної суми внесків до пенсійного страхування (Beitragsbemessungsgrenze), або потрібно довести належне пенсійне забезпечення. Значення, чинне на { $date }, ще не опубліковано або не знайдено.
plan-reason-needs-academic = Потрібен університетський диплом.
plan-reason-needs-vocational = Потрібна професійна освіта (Berufsausbildung).
plan-reason-qualification-recognised = Вашу кваліфікацію визнано в Німеччині.
plan-reason-ba-approval = Федеральне агентство з питань праці (Bundesagentur für Arbeit) має погодити працевлаштування (роботодавець може подати запит заздалегідь).
plan-reason-opportunity-recognised = Маючи визнану кваліфікацію, ви відповідаєте вимогам без балів.
plan-reason-opportunity-qualification-missing = Потрібен іноземний університетський диплом або професійна освіта тривалістю щонайменше два роки.
plan-reason-opportunity-qualification-short = Навчання для здобуття кваліфікації має тривати щонайменше два роки.
plan-reason-opportunity-qualification-duration = Будь ласка, перевірте, що навчання для здобуття вашої кваліфікації тривало щонайменше два роки; це обов'язкова вимога.
plan-reason-opportunity-language-ok = Ви маєте потрібні знання мови (німецька A1 або англійська B2).
plan-reason-opportunity-language-missing = Потрібні базові знання німецької (A1) або англійська на рівні B2.
plan-reason-opportunity-points-enough = { $points ->
    [one] Ви набираєте { $points } бал; потрібно { $required }.
    [few] Ви набираєте { $points } бали; потрібно { $required }.
    [many] Ви набираєте { $points } балів; потрібно { $required }.
   *[other] Ви набираєте { $points } бала; потрібно { $required }.
}
plan-reason-opportunity-points-short = { $points ->
    [one] Ви набираєте { $points } бал; потрібно { $required }.
    [few] Ви набираєте { $points } бали; потрібно { $required }.
    [many] Ви набираєте { $points } балів; потрібно { $required }.
   *[other] Ви набираєте { $points } бала; потрібно { $required }.
}
plan-reason-funds-month = Потрібно довести наявність { $amount } на місяць для проживання (сума, чинна на { $date }, діє з { $since }).
plan-reason-funds-not-published = Суму коштів, яку потрібно довести і яка чинна на { $date }, ще не опубліковано або не знайдено. Будь ласка, запитайте в німецькому дипломатичному представництві.
plan-reason-study-admission = Потрібне зарахування (або умовне зарахування) до німецького університету.
plan-reason-blocked-account = Заблокований рахунок (Sperrkonto) на { $amount } на рік підтверджує ваші кошти (сума, чинна на { $date }, діє з { $since }).
plan-reason-blocked-account-not-published = Суму заблокованого рахунку (Sperrkonto), чинну на { $date }, ще не опубліковано або не знайдено. Будь ласка, запитайте в німецькому дипломатичному представництві.
plan-reason-figure-older = { $amount } — остання опублікована сума, чинна з { $since }; новішої для { $year } року не опубліковано. Будь ласка, перевірте її в німецькому представництві перед поданням заяви.
plan-reason-training-contract = Потрібен договір про професійне навчання (Ausbildungsvertrag) у Німеччині.
plan-reason-family-sponsor-needed = Лише для людей, які переїжджають до члена родини, що живе в Німеччині.
plan-reason-family-a1-exempt = Подружжю людей із дозволом на проживання за { $title } знання німецької до в'їзду не потрібні.
plan-reason-family-a1-met = Ви маєте базові знання німецької (A1), потрібні для подружжя.
plan-reason-family-a1-needed = Подружжю зазвичай потрібні базові знання німецької (A1) до в'їзду. Є винятки; будь ласка, зверніться до консультаційного центру.
plan-reason-family-child = Неповнолітні діти переїжджають до батьків; для дітей 16 чи 17 років можуть діяти додаткові умови.
plan-reason-family-child-adult = Повнолітні діти не можуть переїхати за правилами для дітей.
plan-reason-family-no-living-space = Власникам Блакитної карти ЄС (Blaue Karte EU) не потрібно доводити наявність достатнього житла.
plan-reason-family-living-space = Член родини в Німеччині має довести наявність достатнього житла й доходу.

## Порада, коли жоден шлях не підходить
plan-advice-no-path = Жоден шлях перебування напевно не підходить до ваших відповідей. Будь ласка, перед поданням заяви поговоріть із консультаційною службою або з Welcome Guide; там перевіряють і випадки, яких ці правила не охоплюють.
plan-advice-no-path-recognition = Поки що жоден шлях перебування напевно не підходить — головним чином тому, що вашу кваліфікацію не визнано. Консультація з визнання (Anerkennungsberatung) підкаже, як отримати визнання і який шлях тоді відкриється.

## Особи
plan-person-me = Я

## Статуси
plan-status-missing = бракує
plan-status-requested = запитано
plan-status-received = отримано
plan-status-translated_certified = перекладено / засвідчено
plan-status-submitted = подано
plan-status-open = відкрито
plan-status-in_progress = у роботі
plan-status-done = виконано
plan-status-not_needed = не потрібно
plan-expiry-expired = строк дії минув
plan-expiry-expires_too_soon = строк дії спливає раніше ніж через 6 місяців після приїзду

## Експорт у календар
plan-ics-calendar-name = План переїзду: { $name }
plan-ics-summary = Строк: { $title }
plan-ics-legal-basis = Правова підстава: { $basis }
plan-ics-office = Установа: { $office }, { $address }

## Список документів для друку
plan-documents-title = Документи: { $name }
plan-documents-path = Шлях перебування: { $path }
plan-documents-date = Станом на { $date }
plan-documents-none = Для цього плану документи не потрібні.
plan-documents-col-done = Готово
plan-documents-col-document = Документ
plan-documents-col-status = Статус
plan-documents-col-expiry = Дійсний до
plan-documents-col-note = Нотатка

## Етапи, висновки, споріднення
plan-phase-before_departure = До від'їзду
plan-phase-first_weeks = Перші тижні
plan-phase-first_months = Перші місяці
plan-phase-other = Інше
plan-eligibility-eligible = підходить
plan-eligibility-not_eligible = не підходить
plan-eligibility-needs_check = потрібна перевірка
plan-relation-self = я
plan-relation-spouse = чоловік, дружина або партнер
plan-relation-child = дитина
plan-relation-other = інша особа

## Командний рядок
error-plan-cli-value = «{ $value }» не є допустимим значенням для { $field }.
error-plan-cli-file = Не вдається прочитати відповіді у файлі { $file }: { $detail }
plan-cli-person = План переїзду: { $name } ({ $id })
plan-cli-not-answered = Відповідей ще немає. Почніть так: welcome plan answer --purpose work_with_offer --salary 52000 --municipality essen --arrival 2027-03-01
plan-cli-path = Шлях перебування: { $path }
plan-cli-no-path = Жоден шлях перебування напевно не підходить до ваших відповідей.
plan-cli-office = Установа: { $office }, { $address }
plan-cli-paths-heading = Шляхи перебування
plan-cli-points = Бали для Карти можливостей (Chancenkarte): { $total } (без визнання потрібно щонайменше { $required })
plan-cli-progress = Виконано { $done } з { $total }
plan-cli-total = Загалом: виконано { $done } з { $total }
plan-cli-due = строк: { $date }
plan-cli-note = Нотатка: { $note }
plan-cli-note-conflict = Нотатка з іншого пристрою: { $note }
plan-cli-hidden = { $count ->
    [one] { $count } пункт із прогресом більше не застосовується; його прогрес збережено.
    [few] { $count } пункти з прогресом більше не застосовуються; їхній прогрес збережено.
    [many] { $count } пунктів із прогресом більше не застосовуються; їхній прогрес збережено.
   *[other] { $count } пункту з прогресом більше не застосовуються; їхній прогрес збережено.
}
plan-cli-person-added = Додано: { $name } ({ $id }).
plan-cli-exported = Записано у файл { $file }.

## Нагадування про строки та закінчення дії документів
reminder-title = { $item } – { $person }
reminder-due = { $when ->
    [today] Строк сьогодні, { $date }
    [tomorrow] Строк завтра, { $date }
    [past] Строк минув { $date }
   *[later] Строк через { $days } { $days ->
        [one] день
        [few] дні
       *[other] днів
    }, { $date }
}
reminder-expiry = { $when ->
    [today] Закінчується сьогодні, { $date }
    [tomorrow] Закінчується завтра, { $date }
    [past] Закінчився { $date }
   *[later] Закінчується через { $days } { $days ->
        [one] день
        [few] дні
       *[other] днів
    }, { $date }
}
reminder-late = (із запізненням: застосунок був закритий, коли настав час нагадування)
error-reminder-days = Нагадування можна встановити від 1 до { $max } днів до дати.
reminder-appointment = { $when ->
    [today] Зустріч сьогодні, { $date }
    [tomorrow] Зустріч завтра, { $date }
    [past] Зустріч була { $date }
   *[later] Зустріч через { $days } { $days ->
        [one] день
        [few] дні
       *[other] днів
    }, { $date }
}
error-appointment-title = Зустрічі потрібна назва довжиною не більше { $max } символів.
error-appointment-long = Місце або нотатка задовгі (нотатка не більше { $max } символів).

pdf-appointment-when = { $date }
pdf-appointment-when-time = { $date } о { $time }
pdf-valid-until = дійсний до { $date }
pdf-attached = додано: { $files }
pdf-files-unavailable = { $count ->
    [one] { $count } вкладений файл не додано: його ключа немає у сховищі ключів цього пристрою.
    [few] { $count } вкладені файли не додано: їхнього ключа немає у сховищі ключів цього пристрою.
   *[other] { $count } вкладених файлів не додано: їхнього ключа немає у сховищі ключів цього пристрою.
}
