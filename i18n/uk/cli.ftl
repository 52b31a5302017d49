# completeness: 33 of 33 messages (2026-11-25)
# Командний рядок `welcome` (crates/cli).
cli-error = Помилка: { $message } ({ $kind })
cli-password-prompt = Пароль:
cli-login-done = Ви увійшли як { $email }.
cli-register-done = Обліковий запис { $email } створено; ви увійшли.
cli-logout-done = Ви вийшли.
cli-login-joined = { $count } записів, створених на цьому пристрої до входу, тепер належать цьому обліковому запису й будуть вивантажені.
cli-logout-removed = Ви вийшли. Дані цього облікового запису видалено з цього пристрою.

## Синхронізація
cli-sync-phase-content = Вміст
cli-sync-phase-index = Створення пошукового індексу
cli-sync-phase-upload = Надсилання ваших змін
cli-sync-phase-download = Отримання ваших даних
cli-sync-progress = { $phase }: сторінка { $pages }, записів: { $items }, байтів: { $bytes }
cli-sync-done = Синхронізацію завершено: змін: { $items }, нових вакансій: { $jobs }, байтів: { $bytes }, час: { $seconds } с.
cli-sync-resynced = Портал запросив повне оновлення; кеш перебудовано.
cli-sync-user = Надіслано ваших змін: { $pushed }, отримано записів: { $pulled }.

## Стан
cli-status-portal = Портал: { $url }
cli-status-logged-in = Ви увійшли як { $email }.
cli-status-logged-out = Вхід не виконано.
cli-status-last-success = Остання успішна синхронізація: { $when }
cli-status-never = Ще не синхронізовано.
cli-status-last-error = Остання синхронізація не вдалася: { $message }
cli-status-jobs = { $count ->
    [one] { $count } вакансія на цьому пристрої
    [few] { $count } вакансії на цьому пристрої
    [many] { $count } вакансій на цьому пристрої
   *[other] { $count } вакансії на цьому пристрої
}
cli-status-pending = { $count ->
    [one] { $count } зміна очікує надсилання
    [few] { $count } зміни очікують надсилання
    [many] { $count } змін очікують надсилання
   *[other] { $count } зміни очікують надсилання
}

## Пошук
error-cli-unknown-city = «{ $city }» — не відома цьому пристрою громада Рурського регіону. Спочатку синхронізуйтеся або вкажіть назву громади.
cli-search-jobs-total = { $total ->
    [one] Знайдено { $total } вакансію.
    [few] Знайдено { $total } вакансії.
    [many] Знайдено { $total } вакансій.
   *[other] Знайдено { $total } вакансії.
}
cli-search-job-line = { $title } · { $employer }, { $city } ({ $published }) [{ $id }]
cli-search-contacts-total = { $total ->
    [one] Знайдено { $total } контакт.
    [few] Знайдено { $total } контакти.
    [many] Знайдено { $total } контактів.
   *[other] Знайдено { $total } контакту.
}
cli-search-contact-line = { $name } · { $place }

## Налаштування
cli-settings-saved = Налаштування збережено.
cli-settings-system-language = як у системі
cli-settings-jobs-everywhere = усі вакансії регіону
cli-settings-portal = Портал: { $value }
cli-settings-language = Мова: { $value }
cli-settings-paused = Фонову синхронізацію призупинено: { $value }
cli-settings-jobs = Синхронізовані вакансії: { $value }

## Сеанси
cli-sessions-none = Жоден пристрій не ввійшов у цей обліковий запис.
cli-sessions-unnamed = пристрій без назви
cli-sessions-line = { $id }  { $device } · вхід { $created } · остання активність { $last_seen }
cli-sessions-line-current = { $id }  { $device } · вхід { $created } · остання активність { $last_seen } · цей пристрій
cli-sessions-revoked = Сеанс { $id } відкликано; на тому пристрої виконано вихід.
cli-sessions-revoked-own = Сеанс { $id } відкликано; на цьому пристрої виконано вихід.
