# completeness: 9 of 9 messages (2026-11-25)
## Oferty pracy: wyszukiwanie, zapisane oferty, zapisane wyszukiwania i powiadomienia.

# Tytuł powiadomienia o ofertach (powiadomienie systemowe i skrzynka odbiorcza).
jobs-alert-title = { $count ->
    [one] { $count } nowa oferta dla „{ $name }”
    [few] { $count } nowe oferty dla „{ $name }”
    [many] { $count } nowych ofert dla „{ $name }”
   *[other] { $count } nowej oferty dla „{ $name }”
}
# Treść powiadomienia: pierwsze tytuły i liczba pozostałych.
jobs-alert-body = { $more ->
    [0] { $titles }
    [one] { $titles } i jeszcze { $more } oferta
    [few] { $titles } i jeszcze { $more } oferty
    [many] { $titles } i jeszcze { $more } ofert
   *[other] { $titles } i jeszcze { $more } oferty
}

error-jobs-radius = Promień musi być większy niż 0 i wynosić najwyżej { $max } km (podano { $value }).
error-jobs-place-and-radius = Można szukać w gminach albo wokół miejsca, ale nie w obu trybach naraz.
error-jobs-coordinates = Te współrzędne nie wskazują miejsca na Ziemi.
error-jobs-unknown-place = Miejsce „{ $place }” jest nieznane.
error-jobs-search-name = Prosimy nadać wyszukiwaniu nazwę o długości od 1 do { $max } znaków.
jobs-cli-no-alerts = Brak nowych powiadomień o ofertach pracy.
jobs-cli-marked-read = { $count ->
    [one] Oznaczono { $count } powiadomienie jako przeczytane.
    [few] Oznaczono { $count } powiadomienia jako przeczytane.
    [many] Oznaczono { $count } powiadomień jako przeczytane.
   *[other] Oznaczono { $count } powiadomienia jako przeczytane.
}
