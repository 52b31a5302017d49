# completeness: 33 of 33 messages (2026-11-25)
# Wiersz poleceń `welcome` (crates/cli).
cli-error = Błąd: { $message } ({ $kind })
cli-password-prompt = Hasło:
cli-login-done = Zalogowano jako { $email }.
cli-register-done = Utworzono konto { $email }; logowanie zakończone powodzeniem.
cli-logout-done = Wylogowano.
cli-login-joined = { $count } wpisów utworzonych na tym urządzeniu przed zalogowaniem należy teraz do tego konta i zostanie przesłanych.
cli-logout-removed = Wylogowano. Dane tego konta usunięto z tego urządzenia.

## Synchronizacja
cli-sync-phase-content = Treści
cli-sync-phase-index = Budowanie indeksu wyszukiwania
cli-sync-phase-upload = Wysyłanie zmian
cli-sync-phase-download = Pobieranie danych
cli-sync-progress = { $phase }: strona { $pages }, wpisy: { $items }, bajty: { $bytes }
cli-sync-done = Synchronizacja zakończona: zmiany: { $items }, nowe oferty: { $jobs }, bajty: { $bytes }, czas: { $seconds } s.
cli-sync-resynced = Portal zażądał pełnego odświeżenia; pamięć podręczna została odbudowana.
cli-sync-user = Wysłane zmiany: { $pushed }, odebrane rekordy: { $pulled }.

## Stan
cli-status-portal = Portal: { $url }
cli-status-logged-in = Zalogowano jako { $email }.
cli-status-logged-out = Nie zalogowano.
cli-status-last-success = Ostatnia udana synchronizacja: { $when }
cli-status-never = Jeszcze nie zsynchronizowano.
cli-status-last-error = Ostatnia synchronizacja nie powiodła się: { $message }
cli-status-jobs = { $count ->
    [one] { $count } oferta pracy na tym urządzeniu
    [few] { $count } oferty pracy na tym urządzeniu
    [many] { $count } ofert pracy na tym urządzeniu
   *[other] { $count } oferty pracy na tym urządzeniu
}
cli-status-pending = { $count ->
    [one] { $count } zmiana czeka na wysłanie
    [few] { $count } zmiany czekają na wysłanie
    [many] { $count } zmian czeka na wysłanie
   *[other] { $count } zmiany czeka na wysłanie
}

## Wyszukiwanie
error-cli-unknown-city = „{ $city }” nie jest znaną temu urządzeniu gminą Zagłębia Ruhry. Prosimy najpierw zsynchronizować dane lub podać nazwę gminy.
cli-search-jobs-total = { $total ->
    [one] Znaleziono { $total } ofertę pracy.
    [few] Znaleziono { $total } oferty pracy.
    [many] Znaleziono { $total } ofert pracy.
   *[other] Znaleziono { $total } oferty pracy.
}
cli-search-job-line = { $title } · { $employer }, { $city } ({ $published }) [{ $id }]
cli-search-contacts-total = { $total ->
    [one] Znaleziono { $total } kontakt.
    [few] Znaleziono { $total } kontakty.
    [many] Znaleziono { $total } kontaktów.
   *[other] Znaleziono { $total } kontaktu.
}
cli-search-contact-line = { $name } · { $place }

## Ustawienia
cli-settings-saved = Zapisano ustawienia.
cli-settings-system-language = jak w systemie
cli-settings-jobs-everywhere = wszystkie oferty w regionie
cli-settings-portal = Portal: { $value }
cli-settings-language = Język: { $value }
cli-settings-paused = Synchronizacja w tle wstrzymana: { $value }
cli-settings-jobs = Synchronizowane oferty: { $value }

## Sesje
cli-sessions-none = Na tym koncie nie jest zalogowane żadne urządzenie.
cli-sessions-unnamed = urządzenie bez nazwy
cli-sessions-line = { $id }  { $device } · zalogowano { $created } · ostatnia aktywność { $last_seen }
cli-sessions-line-current = { $id }  { $device } · zalogowano { $created } · ostatnia aktywność { $last_seen } · to urządzenie
cli-sessions-revoked = Sesja { $id } została cofnięta; tamto urządzenie zostało wylogowane.
cli-sessions-revoked-own = Sesja { $id } została cofnięta; to urządzenie zostało wylogowane.
