# completeness: 16 of 16 messages (2026-11-25)
# Teksty wspólne dla aplikacji, wiersza poleceń i powiadomień.
app-name = welcome.RUHR Companion
sync-items-applied = { $count ->
    [one] Zaktualizowano { $count } wpis
    [few] Zaktualizowano { $count } wpisy
    [many] Zaktualizowano { $count } wpisów
   *[other] Zaktualizowano { $count } wpisu
}

## Błędy (każdy rodzaj core::Error ma swój komunikat)
error-network = Nie można połączyć się z portalem. Brak połączenia z internetem lub portal nie działa; wszystko, co zapisano na tym urządzeniu, nadal działa.
error-unauthorized = Sesja logowania wygasła lub została cofnięta. Prosimy zalogować się ponownie.
error-bad_credentials = Adres e-mail lub hasło jest nieprawidłowe.
error-conflict = Konto z tym adresem e-mail już istnieje.
error-invalid = Te dane są nieprawidłowe.
error-text-too-long = Ten tekst jest za długi: można zapisać najwyżej { $max } znaków.
error-change-too-large = Ta zmiana jest za duża, aby ją zapisać ({ $size } KB; najwyżej { $max } KB).
error-portal-invalid = Portal nie przyjął tych danych: { $detail }
error-rate_limited = Zbyt wiele prób. Prosimy chwilę odczekać i spróbować ponownie.
error-rate_limited-wait = { $minutes ->
    [0] { $seconds ->
        [one] Zbyt wiele prób. Prosimy spróbować ponownie za { $seconds } sekundę.
        [few] Zbyt wiele prób. Prosimy spróbować ponownie za { $seconds } sekundy.
        [many] Zbyt wiele prób. Prosimy spróbować ponownie za { $seconds } sekund.
       *[other] Zbyt wiele prób. Prosimy spróbować ponownie za { $seconds } sekundy.
    }
    [one] Zbyt wiele prób. Prosimy spróbować ponownie za { $minutes } minutę.
    [few] Zbyt wiele prób. Prosimy spróbować ponownie za { $minutes } minuty.
    [many] Zbyt wiele prób. Prosimy spróbować ponownie za { $minutes } minut.
   *[other] Zbyt wiele prób. Prosimy spróbować ponownie za { $minutes } minuty.
}
error-not_found = Nie znaleziono. Być może zostało usunięte.
error-portal = Portal zgłosił problem. Prosimy spróbować później.
error-bad_response = Nie udało się odczytać odpowiedzi portalu. Na tym urządzeniu nic nie zmieniono.
error-storage = Nie udało się odczytać ani zapisać danych na tym urządzeniu.
error-overtaken = Inna synchronizacja zmieniła kopię na tym urządzeniu w tej samej chwili, więc ta została przerwana. Następna synchronizacja będzie kontynuować.
error-database_too_new = Te dane zostały zapisane przez nowszą wersję aplikacji (schemat { $found }, ta wersja zna schemat { $supported }). Prosimy zaktualizować aplikację.
error-keychain = Systemowy pęk kluczy jest niedostępny, więc danych logowania nie można bezpiecznie zapisać.
error-not_logged_in = Prosimy najpierw się zalogować.

error-vault_key_missing = Klucza do załączonych plików nie ma w pęku kluczy systemu (na przykład po jego zresetowaniu). Twoje pliki są zachowane i otworzą się ponownie po przywróceniu pęku kluczy.
error-vault_damaged = Ten plik jest uszkodzony i nie da się go otworzyć. Zastąp go oryginałem albo usuń.
error-vault-type = Tego pliku nie można załączyć. Wybierz zdjęcie lub skan (JPEG, PNG, WebP) albo plik PDF.
error-vault-too-large = Ten plik ma { $size } MB; można załączać pliki do { $limit } MB.
error-vault-corrupt = Ten plik jest uszkodzony lub chroniony hasłem, więc nie można go załączyć. Spróbuj innej kopii.
error-pdf-no-font = W systemie nie znaleziono czcionki do pliku PDF. Zainstaluj czcionki DejaVu i spróbuj ponownie.
