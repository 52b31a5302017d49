# completeness: 33 of 33 messages (2026-11-25)
# Командная строка `welcome` (crates/cli).
cli-error = Ошибка: { $message } ({ $kind })
cli-password-prompt = Пароль:
cli-login-done = Вы вошли как { $email }.
cli-register-done = Учётная запись { $email } создана; вы вошли в систему.
cli-logout-done = Вы вышли из системы.
cli-login-joined = { $count } записей, созданных на этом устройстве до входа, теперь принадлежат этой учётной записи и будут выгружены.
cli-logout-removed = Выход выполнен. Данные этой учётной записи удалены с этого устройства.

## Синхронизация
cli-sync-phase-content = Содержимое
cli-sync-phase-index = Построение поискового индекса
cli-sync-phase-upload = Отправка ваших изменений
cli-sync-phase-download = Получение ваших данных
cli-sync-progress = { $phase }: страница { $pages }, записей: { $items }, байт: { $bytes }
cli-sync-done = Синхронизация завершена: изменений: { $items }, новых вакансий: { $jobs }, байт: { $bytes }, время: { $seconds } с.
cli-sync-resynced = Портал запросил полное обновление; кеш перестроен.
cli-sync-user = Отправлено ваших изменений: { $pushed }, получено записей: { $pulled }.

## Состояние
cli-status-portal = Портал: { $url }
cli-status-logged-in = Вы вошли как { $email }.
cli-status-logged-out = Вход не выполнен.
cli-status-last-success = Последняя успешная синхронизация: { $when }
cli-status-never = Ещё не синхронизировано.
cli-status-last-error = Последняя синхронизация не удалась: { $message }
cli-status-jobs = { $count ->
    [one] { $count } вакансия на этом устройстве
    [few] { $count } вакансии на этом устройстве
    [many] { $count } вакансий на этом устройстве
   *[other] { $count } вакансии на этом устройстве
}
cli-status-pending = { $count ->
    [one] { $count } изменение ожидает отправки
    [few] { $count } изменения ожидают отправки
    [many] { $count } изменений ожидают отправки
   *[other] { $count } изменения ожидают отправки
}

## Поиск
error-cli-unknown-city = «{ $city }» — не известная этому устройству община Рурского региона. Сначала выполните синхронизацию или укажите название общины.
cli-search-jobs-total = { $total ->
    [one] Найдена { $total } вакансия.
    [few] Найдены { $total } вакансии.
    [many] Найдено { $total } вакансий.
   *[other] Найдено { $total } вакансии.
}
cli-search-job-line = { $title } · { $employer }, { $city } ({ $published }) [{ $id }]
cli-search-contacts-total = { $total ->
    [one] Найден { $total } контакт.
    [few] Найдены { $total } контакта.
    [many] Найдено { $total } контактов.
   *[other] Найдено { $total } контакта.
}
cli-search-contact-line = { $name } · { $place }

## Настройки
cli-settings-saved = Настройки сохранены.
cli-settings-system-language = как в системе
cli-settings-jobs-everywhere = все вакансии региона
cli-settings-portal = Портал: { $value }
cli-settings-language = Язык: { $value }
cli-settings-paused = Фоновая синхронизация приостановлена: { $value }
cli-settings-jobs = Синхронизируемые вакансии: { $value }

## Сеансы
cli-sessions-none = Ни одно устройство не вошло в эту учётную запись.
cli-sessions-unnamed = устройство без названия
cli-sessions-line = { $id }  { $device } · вход { $created } · последняя активность { $last_seen }
cli-sessions-line-current = { $id }  { $device } · вход { $created } · последняя активность { $last_seen } · это устройство
cli-sessions-revoked = Сеанс { $id } отозван; на том устройстве выполнен выход.
cli-sessions-revoked-own = Сеанс { $id } отозван; на этом устройстве выполнен выход.
