# completeness: 233 of 233 messages (2026-11-25)
# Ekrany aplikacji (ui/).

## Nawigacja
nav-label = Nawigacja główna
nav-skip-to-content = Przejdź do treści
nav-home = Start
nav-plan = Mój plan
nav-contacts = Kontakty
nav-jobs = Oferty pracy
nav-settings = Ustawienia

## Stan synchronizacji
sync-running = Aktualizowanie…
sync-offline = Offline: wyświetlane są dane zapisane na tym urządzeniu
sync-last-success = Zaktualizowano { $when }
sync-never = Jeszcze nie zaktualizowano
sync-now = Synchronizuj teraz

## Pierwsze uruchomienie
firstrun-welcome = Witamy w Zagłębiu Ruhry!
firstrun-intro = Ta aplikacja pomaga zaplanować przeprowadzkę: jakie zezwolenie na pobyt jest odpowiednie, jakie dokumenty są potrzebne, co i do kiedy trzeba zrobić po przyjeździe. Działa także bez internetu.
firstrun-choose-language = Wybór języka
firstrun-continue = Dalej
firstrun-privacy = Odpowiedzi pozostają na tym urządzeniu, chyba że zostanie utworzone konto do ich synchronizacji.
firstrun-questions-title = Kilka pytań o przeprowadzkę
firstrun-downloading = Pobieranie list kontrolnych, urzędów i ofert pracy…
firstrun-retry = Spróbuj ponownie

## Ankieta
q-intro = Od odpowiedzi zależy, która ścieżka pobytowa, jakie dokumenty i kroki mają zastosowanie. Można je zmienić w dowolnym momencie.
q-section-you = Dane osobowe
q-section-qualification = Kwalifikacje i języki
q-section-job = Oferta pracy
q-section-family-reunion = Członek rodziny, do którego następuje przeprowadzka
q-section-move = Przeprowadzka
q-citizenship = Obywatelstwo
q-citizenship-other = Spoza UE, EOG i Szwajcarii
q-citizenship-eu_eea_swiss = UE, EOG lub Szwajcaria
q-age = Wiek
q-purpose = Jaki jest cel przyjazdu?
q-purpose-work_with_offer = Praca (mam ofertę pracy)
q-purpose-job_search = Poszukiwanie pracy
q-purpose-study = Studia
q-purpose-vocational_training = Kształcenie zawodowe (Ausbildung)
q-purpose-family_reunion = Dołączenie do rodziny
q-qualification = Najwyższe kwalifikacje
q-qualification-academic = Dyplom ukończenia studiów
q-qualification-vocational = Kwalifikacje zawodowe
q-qualification-none = Żadne z powyższych
q-recognition = Czy są uznane w Niemczech (Anerkennung)?
q-recognition-recognised = Tak, uznane lub równoważne (anabin "H+")
q-recognition-partial = Częściowo uznane
q-recognition-pending = Wniosek złożony, brak decyzji
q-recognition-none = Jeszcze nie
q-recognition-hint = Pomoże to ustalić doradztwo w sprawie uznania (Anerkennungsberatung) w miejscu zamieszkania.
q-experience = Lata doświadczenia zawodowego
q-experience-last-5 = …w tym w ostatnich 5 latach
q-experience-last-7 = …w tym w ostatnich 7 latach
q-german = Niemiecki
q-english = Angielski
q-level-none = brak
q-level-a1 = A1
q-level-a2 = A2
q-level-b1 = B1
q-level-b2 = B2
q-level-c1 = C1
q-level-c2 = C2
q-previous-stay = Wcześniejszy legalny pobyt w Niemczech: 6 miesięcy lub dłużej
q-it-specialist = Moja specjalność to IT
q-recent-graduate = Ukończenie nauki w ciągu ostatnich 3 lat
q-salary = Roczne wynagrodzenie brutto (Bruttojahresgehalt) z oferty pracy (EUR)
q-salary-hint = Tak jak w umowie lub ofercie pracy, przed opodatkowaniem.
q-shortage = Praca w zawodzie deficytowym (Engpassberuf)
q-sponsor = Dokument pobytowy tej osoby (Aufenthaltstitel)
q-sponsor-blue_card = Niebieska Karta UE (Blaue Karte EU)
q-sponsor-skilled_vocational = Wykwalifikowany pracownik z wykształceniem zawodowym (§ 18a)
q-sponsor-skilled_academic = Wykwalifikowany pracownik z wykształceniem wyższym (§ 18b)
q-sponsor-researcher = Naukowiec (§ 18d)
q-sponsor-specialist_employment = Specjalista IT lub szczególna funkcja (§ 19c)
q-sponsor-ict_card = Karta ICT dla przenoszonych wewnątrz przedsiębiorstwa (§ 19)
q-sponsor-self_employed = Działalność na własny rachunek (§ 21)
q-sponsor-german = Obywatelstwo niemieckie
q-sponsor-other = Inny dokument
q-family-role = Pokrewieństwo z tą osobą
q-family-role-spouse = Małżonek lub partner
q-family-role-child = Dziecko
q-choose = Prosimy wybrać
q-municipality = Gdzie w Zagłębiu Ruhry będzie miejsce zamieszkania?
q-university = Uczelnia
q-university-hint = Jej biuro współpracy międzynarodowej (International Office) zajmuje się przyjęciem i immatrykulacją; plan wskazuje to biuro.
q-independent-cities = Miasta na prawach powiatu (kreisfreie Städte)
q-needs-content = Lista miejscowości pojawi się po pierwszej synchronizacji. Prosimy raz połączyć się z internetem.
q-arrival = Planowany przyjazd
q-arrival-hint = Dzień wjazdu do Niemiec. Plan ostrzega przed dokumentami, które tracą ważność wcześniej niż 6 miesięcy po nim.
q-move-in = Dzień wprowadzenia się do mieszkania (opcjonalnie)
q-move-in-hint = Meldunek (Anmeldung) trzeba załatwić w ciągu 14 dni od wprowadzenia się. Zostaw pole puste, jeśli wprowadzasz się w dniu przyjazdu.
q-spouse-coming = Przyjeżdża ze mną małżonek lub partner
q-children = Dzieci przyjeżdżające razem
q-partner-eligible = Partner również spełnia warunki Karty Szans (Chancenkarte)
q-submit = Utwórz mój plan

## Start
home-title = Kolejne kroki
home-next-steps = Kolejne kroki
home-progress = Zrobione: { $done } z { $total }
home-all-done = Wszystko zrobione. Gratulacje!
home-deadlines = Terminy
home-new-job-alerts = { $count ->
    [one] Jest { $count } nowe powiadomienie o ofertach pracy.
    [few] Są { $count } nowe powiadomienia o ofertach pracy.
    [many] Jest { $count } nowych powiadomień o ofertach pracy.
   *[other] Jest { $count } nowego powiadomienia o ofertach pracy.
}
home-no-plan-yet = Brak planu.
home-start-plan = Rozpocznij ankietę

## Plan
plan-title = Mój plan
plan-answers-title = Odpowiedzi
plan-cancel = Anuluj
plan-change-answers = Zmień odpowiedzi
plan-no-path = Żadna ścieżka pobytowa nie pasuje z pewnością
plan-points = Punkty do Karty Szans (Chancenkarte): { $total } (wymagane: { $required })
plan-all-paths = Porównanie wszystkich ścieżek pobytowych
plan-export-ics = Terminy do kalendarza (.ics)
plan-export-documents = Lista dokumentów do druku
plan-exported = Zapisano: { $path }
plan-phase-progress = { $done } z { $total }
plan-kind-document = Dokument
plan-kind-step = Krok
plan-status = Status
plan-saved = Zapisano
plan-due = Termin: { $date }
plan-due-by-law = Termin ustawowy: { $date }
plan-expiry-badge = Ważny do { $date }: { $warning }
plan-details = Szczegóły, notatki i urząd
plan-set-due = Termin
plan-expiry = Ważny do
plan-note = Notatki
plan-note-conflict = Tę notatkę zmieniono jednocześnie na dwóch urządzeniach. Druga wersja:

## Gospodarstwo domowe
household-title = Gospodarstwo domowe
household-whose-plan = Czyj plan
household-name = Imię
household-relation = Pokrewieństwo
household-add = Dodaj osobę
household-remove = Usuń

## Źródła i teksty z portalu
source-link = Źródło
source-reviewed = sprawdzono { $date }
text-fallback = w języku: { $lang }
text-fallback-hint = Jeszcze niedostępne w wybranym języku
text-unreviewed = niesprawdzone tłumaczenie
text-unreviewed-hint = Przetłumaczono, jeszcze niesprawdzone: zobacz oryginał angielski i niemiecki
text-hide-original = ukryj oryginał
sample-data = Dane przykładowe
sample-data-hint = Wymyślone na potrzeby demonstracji: to nie jest prawdziwa osoba ani prawdziwy numer.

## Kontakty
contacts-title = Kontakty
contacts-search = Szukaj
contacts-municipality = Miejscowość
contacts-language = Język obsługi
contacts-kind = Rodzaj urzędu
contacts-all = Wszystkie
contacts-search-button = Szukaj
contacts-offices = { $count ->
    [one] { $count } urząd
    [few] { $count } urzędy
    [many] { $count } urzędów
   *[other] { $count } urzędu
}
contacts-guides = { $count ->
    [one] { $count } Welcome Guide
   *[other] Welcome Guides: { $count }
}
contacts-guides-intro = Welcome Guides to przeszkoleni wolontariusze, którzy sami się tu przeprowadzili. Doradzają indywidualnie i bezpłatnie.
contacts-none = Nic nie znaleziono. Prosimy spróbować innej miejscowości lub mniejszej liczby filtrów.
contacts-serves-from-elsewhere = Właściwy dla podanej miejscowości, z siedzibą w mieście powiatowym (Kreisstadt).
contact-languages = Języki: { $languages }
contact-call = Zadzwoń
contact-mail = E-mail
contact-web = Strona internetowa
office-kind-foreigners_office = Urząd ds. cudzoziemców (Ausländerbehörde)
office-kind-citizens_office = Biuro obsługi obywateli (Bürgeramt)
office-kind-welcome_centre = Centrum powitalne (Welcome Center)
office-kind-recognition_counselling = Doradztwo w sprawie uznania kwalifikacji (Anerkennungsberatung)
office-kind-job_centre = Jobcenter (urząd zasiłku Bürgergeld)
office-kind-youth_office = Urząd ds. młodzieży (Jugendamt)
office-kind-migration_counselling = Doradztwo dla migrantów (Migrationsberatung)
office-kind-employment_agency = Agencja pracy (Agentur für Arbeit)
office-kind-youth_migration_service = Służba migracyjna dla młodzieży (Jugendmigrationsdienst)
office-kind-university_international_office = Biuro międzynarodowe uczelni (International Office)

## Oferty pracy
jobs-title = Oferty pracy
jobs-tab-search = Szukaj
jobs-tab-saved = Zapisane ({ $count })
jobs-tab-alerts = Powiadomienia ({ $count })
jobs-unread-alerts = { $count ->
    [one] { $count } nieprzeczytane powiadomienie
    [few] { $count } nieprzeczytane powiadomienia
    [many] { $count } nieprzeczytanych powiadomień
   *[other] { $count } nieprzeczytanego powiadomienia
}
jobs-what = Co
jobs-what-placeholder = Stanowisko, zawód lub pracodawca
jobs-where = Gdzie
jobs-anywhere = W całym Zagłębiu Ruhry
jobs-radius = Odległość
jobs-radius-town-only = Tylko ta miejscowość
jobs-radius-km = w promieniu { $km } km
jobs-working-time = Czas pracy
working-time-full_time = Pełny etat
working-time-part_time = Niepełny etat
working-time-shift = Praca zmianowa
working-time-home_office = Praca zdalna
working-time-mini_job = Minijob
jobs-offer-type = Rodzaj
jobs-any = Dowolny
offer-type-job = Praca
offer-type-self_employment = Samozatrudnienie
offer-type-apprenticeship = Kształcenie zawodowe (Ausbildung)
offer-type-internship = Praktyka (Praktikum)
jobs-since = Opublikowane od
jobs-sort = Kolejność
jobs-sort-date = Najpierw najnowsze
jobs-sort-relevance = Najpierw najlepiej pasujące
jobs-sort-distance = Najpierw najbliższe
jobs-search-button = Szukaj
jobs-found = { $count ->
    [one] Znaleziono { $count } ofertę pracy
    [few] Znaleziono { $count } oferty pracy
    [many] Znaleziono { $count } ofert pracy
   *[other] Znaleziono { $count } oferty pracy
}
jobs-distance = { $km } km stąd
jobs-previous = Poprzednie
jobs-next = Następne
jobs-save = Zapisz ofertę
jobs-unsave = Usuń z zapisanych
jobs-saved = Zapisano. Ogłoszenie pozostanie dostępne, nawet gdy zostanie zdjęte.
jobs-unsaved = Usunięto z zapisanych ofert.
jobs-back = Wróć do listy
jobs-expired = Ogłoszenie nie jest już dostępne online: to zapisana kopia
jobs-regulated-title = Zawód regulowany
jobs-regulated-licence = W Niemczech możesz pracować w tym zawodzie dopiero po uznaniu twoich zagranicznych kwalifikacji (Anerkennung) lub uzyskaniu prawa wykonywania zawodu (Berufserlaubnis, Approbation). Zacznij wcześnie: to trwa miesiącami.
jobs-regulated-protected-title = Ten tytuł zawodowy jest w Niemczech chroniony: możesz go używać dopiero po uznaniu twoich zagranicznych kwalifikacji (Anerkennung).
jobs-regulated-counselling = Doradztwo w sprawie uznawania kwalifikacji (Anerkennungsberatung) pomaga bezpłatnie:
jobs-open-ad = Otwórz stronę ogłoszenia
jobs-published = opublikowano { $date }
jobs-salary = Wynagrodzenie: { $salary }
jobs-save-search = Powiadomienia dla tego wyszukiwania
jobs-save-search-placeholder = Nazwa powiadomienia, np. Pielęgniarstwo w Essen
jobs-save-search-button = Zapisz wyszukiwanie
jobs-search-saved = Zapisano. Po każdej synchronizacji pojawi się powiadomienie o nowych pasujących ofertach.
jobs-search-unnamed = Moje wyszukiwanie
jobs-no-saved = Brak zapisanych ofert. Zapisana oferta jest dostępna także offline.
jobs-alerts-title = Powiadomienia o ofertach pracy
jobs-mark-all-read = Oznacz wszystkie jako przeczytane
jobs-mark-read = Oznacz jako przeczytane
jobs-no-alerts = Brak powiadomień.
jobs-saved-searches = Zapisane wyszukiwania
jobs-delete-search = Usuń
jobs-no-saved-searches = Brak zapisanych wyszukiwań.

## Ustawienia
settings-title = Ustawienia
settings-saved = Zapisano.
settings-language = Język i wygląd
settings-language-label = Język
settings-language-system = Jak w systemie
settings-language-partial = tłumaczenie częściowe
settings-theme = Motyw
settings-theme-system = Jak w systemie
settings-theme-light = Jasny
settings-theme-dark = Ciemny
settings-sync = Synchronizacja
settings-jobs-cached = { $count ->
    [one] { $count } oferta pracy na tym urządzeniu
    [few] { $count } oferty pracy na tym urządzeniu
    [many] { $count } ofert pracy na tym urządzeniu
   *[other] { $count } oferty pracy na tym urządzeniu
}
settings-pending-changes = { $count ->
    [0] wszystkie zmiany wysłane
    [one] { $count } zmiana czeka na wysłanie
    [few] { $count } zmiany czekają na wysłanie
    [many] { $count } zmian czeka na wysłanie
   *[other] { $count } zmiany czeka na wysłanie
}
settings-sync-paused = Wstrzymaj automatyczną synchronizację
settings-sync-interval = Synchronizuj automatycznie
settings-every-minutes = { $minutes ->
    [60] co godzinę
    [1440] raz dziennie
    [one] co { $minutes } minutę
    [few] co { $minutes } minuty
    [many] co { $minutes } minut
   *[other] co { $minutes } minuty
}
settings-portal = Adres portalu
settings-save = Zapisz

## Konto
content-kind-other = Inne
sync-rejected = { $count ->
    [one] Jednej zmiany nie udało się zapisać w portalu i została cofnięta na tym urządzeniu:
   *[other] { $count } zmian nie udało się zapisać w portalu i zostały cofnięte na tym urządzeniu:
}
sync-rejected-dismiss = Przeczytałem(-am)
account-title = Konto
account-why = Konto nie jest wymagane. Dzięki niemu plan i zapisane oferty synchronizują się między urządzeniami.
account-email = E-mail
account-password = Hasło (co najmniej 10 znaków)
account-login = Zaloguj się
account-register = Utwórz konto
account-logout = Wyloguj się
account-logged-in = Zalogowano.
account-registered = Konto zostało utworzone i nastąpiło zalogowanie.
account-logged-out = Wylogowano. Dane pozostają na tym urządzeniu.
account-logout-question = Zachować dane tego konta na tym urządzeniu?
account-logout-keep = Wyloguj, zachowaj moje dane tutaj
account-logout-remove = Wyloguj i usuń moje dane z tego urządzenia
account-logout-unsent = { $count } zmian nie dotarło jeszcze do portalu. Jeśli usuniesz dane teraz, zostaną utracone; jeśli je zachowasz, zostaną wysłane przy następnym logowaniu.
account-logged-out-removed = Wylogowano, a Twoje dane usunięto z tego urządzenia. Nadal są zapisane w portalu.
account-joined = { $count } wpisów utworzonych na tym urządzeniu przed zalogowaniem należy teraz do Twojego konta.
account-logged-in-as = Zalogowano jako { $email }
sessions-title = Urządzenia zalogowane na to konto
sessions-this-device = To urządzenie
sessions-unnamed = Urządzenie bez nazwy
sessions-last-seen = Ostatnio używane: { $when }
sessions-since = Zalogowane od: { $when }
sessions-revoke = Wyloguj tamto urządzenie
sessions-revoked = Tamto urządzenie zostało wylogowane. Jego dane zostają na nim, ale nie będzie synchronizować, dopóki ktoś znowu się na nim nie zaloguje.
error-app-sync-interval = { $minutes ->
    [one] Odstęp { $minutes } minuty jest niemożliwy. Prosimy wybrać od 5 minut do jednego tygodnia.
   *[other] Odstęp { $minutes } minut jest niemożliwy. Prosimy wybrać od 5 minut do jednego tygodnia.
}

## Reminders
home-reminders = Przypomnienia
home-reminder-late = z opóźnieniem
home-reminder-read = Przeczytane
settings-reminders = Przypomnienia
settings-reminders-enabled = Przypominaj przed terminami i datami ważności
settings-reminders-days = Ile dni wcześniej
settings-reminders-day = { $days ->
    [one] 1 dzień wcześniej
   *[other] { $days } dni wcześniej
}
settings-reminders-hint = Przypomnienia przychodzą jako powiadomienia na pulpicie o 9 rano i zostają tutaj, na stronie głównej. Przypomnienie, którego czas nadszedł, gdy aplikacja była zamknięta, pojawi się przy jej następnym otwarciu.
plan-reminders = Przypomnienia
plan-reminders-default = Jak w ustawieniach
plan-reminders-none = Bez przypomnień

## Appointments
appointments-title = Wizyty
appointments-add = Dodaj wizytę
appointments-none = Nie ma jeszcze wizyt. Dodaj te, które dostałeś (Anmeldung, urząd ds. cudzoziemców, rozmowa wizowa): przypomnimy o nich i trafią do pliku kalendarza.
appointments-delete = Usuń
appointments-what = Co
appointments-what-placeholder = np. Anmeldung w Bürgeramt
appointments-date = Data
appointments-time = Godzina
appointments-office = Urząd
appointments-office-none = Inne miejsce
appointments-place = Miejsce
appointments-save = Zapisz
appointments-cancel = Anuluj

## Guide requests

guide-request-write = Napisz do tego przewodnika
guide-request-saved = Twoja prośba została zapisana. Zostanie wysłana, gdy tylko będziesz online; odpowiedź pojawi się na ekranie głównym.
guide-request-login-needed = Aby napisać do przewodnika, potrzebujesz konta: przez nie przewodnik Ci odpowiada. Zaloguj się lub zarejestruj w Ustawieniach.
guide-request-login = Zaloguj się
guide-request-language = Język
guide-request-topic = Temat
guide-topic-visa = Wiza i pobyt
guide-topic-family = Rodzina
guide-topic-jobs = Praca
guide-topic-recognition = Uznawanie kwalifikacji
guide-topic-housing = Mieszkanie
guide-topic-study = Studia
guide-request-message-label = Twoja wiadomość
guide-request-count = { $count } z { $max } znaków
guide-request-reach = Jak przewodnik może się z Tobą skontaktować?
guide-request-method-app = Tylko przez aplikację
guide-request-method-email = E-mailem
guide-request-method-phone = Telefonicznie
guide-request-email = Twój adres e-mail
guide-request-phone = Twój numer telefonu
guide-request-consent = Zgadzam się, aby { $guide } otrzymał(a) moją wiadomość i dane kontaktowe w celu udzielenia mi odpowiedzi. Są one używane tylko do tej odpowiedzi i nie są nikomu przekazywane.
guide-request-send = Wyślij prośbę
guide-request-sent-heading = Twoje prośby do tego przewodnika
guide-request-status-pending = Czeka na wysłanie
guide-request-status-sent = Wysłano
guide-request-status-answered = Udzielono odpowiedzi
home-guide-answers = Odpowiedzi od Welcome Guides
home-guide-answer-to = Na Twoją wiadomość „{ $message }”
vault-title = Załączone pliki
vault-attach = Załącz zdjęcie, skan lub PDF
vault-drop = lub upuść plik tutaj
vault-local-only = Przechowywane tylko na tym urządzeniu, zaszyfrowane. Nigdy nie są wysyłane.
vault-open = Otwórz
vault-replace = Zastąp
vault-delete = Usuń
vault-delete-confirm = Usunąć { $name } z tego urządzenia? Tego nie można cofnąć.
vault-pdf-pages = PDF, stron: { $pages }
vault-close = Zamknij
vault-key-missing-help = Niepotrzebne pliki możesz usunąć; nowe pliki można załączyć, gdy nie zostanie żaden albo po przywróceniu pęku kluczy.
appointment-export-pdf = PDF z dokumentami
plan-export-pdf = Dokumenty jako PDF, ze skanami
error-app-no-viewer = Na tym komputerze nie ma aplikacji, która otwiera pliki tego typu.
vault-count = { $count ->
    [one] 1 plik załączony
    [few] { $count } pliki załączone
   *[other] { $count } plików załączonych
}
settings-web-limits = W aplikacji webowej Twoje logowanie jest przechowywane w postaci zaszyfrowanej w tej przeglądarce (przeglądarka nie ma systemowego pęku kluczy), przypomnienia pojawiają się w aplikacji, ale nie jako powiadomienia systemowe, a linki welcome-ruhr:// otwierają tylko aplikację na komputer. Skany załączone do dokumentów i PDF na wizytę są tylko w aplikacji na komputer: ich klucz wymaga systemowego pęku kluczy.
web-store-busy-title = welcome.RUHR jest otwarte w innej karcie
web-store-busy-text = Aplikacja przechowuje Twoje dane tylko w jednej karcie naraz. Użyj tamtej karty albo ją zamknij: ta będzie wtedy kontynuować sama, bez utraty danych.
