# completeness: 119 of 119 messages (2026-11-25)
# Osobisty plan przeprowadzki: błędy ankiety, uzasadnienia ścieżek, statusy, eksport.

## Błędy ankiety
error-plan-arrival-past = Planowany przyjazd ({ $date }) przypada w przeszłości. Prosimy podać dzień od dziś.
error-plan-move-in-before-arrival = Dzień wprowadzenia się ({ $move_in }) nie może przypadać przed przyjazdem ({ $arrival }).
error-plan-move-in-past = Dzień wprowadzenia się ({ $date }) przypada w przeszłości. Prosimy podać dzień od dziś.
error-plan-application-after-arrival = Wniosek wizowy ({ $date }) nie może być złożony po przyjeździe: wiza jest potrzebna przed wjazdem.
error-plan-salary-negative = Wynagrodzenie { $salary } jest niemożliwe. Prosimy podać roczne wynagrodzenie brutto (Bruttojahresgehalt) w euro (0 lub więcej).
error-plan-salary-absurd = Wynagrodzenie { $salary } wygląda na literówkę. Prosimy podać roczne wynagrodzenie brutto (Bruttojahresgehalt) w euro.
error-plan-age-range = Wiek { $age } jest niemożliwy. Prosimy podać wiek od 0 do 120 lat.
error-plan-experience-age = { $years ->
    [one] { $years } rok doświadczenia zawodowego nie pasuje do wieku { $age }.
    [few] { $years } lata doświadczenia zawodowego nie pasują do wieku { $age }.
    [many] { $years } lat doświadczenia zawodowego nie pasuje do wieku { $age }.
   *[other] { $years } roku doświadczenia zawodowego nie pasuje do wieku { $age }.
}
error-plan-experience-inconsistent = Lata doświadczenia się nie zgadzają: najwyżej 5 w ostatnich 5 latach, najwyżej 7 w ostatnich 7 latach i nie więcej niż łącznie.
error-plan-recognition-without-qualification = Status uznania (Anerkennung) wymaga kwalifikacji. Prosimy najpierw wybrać kwalifikację.
error-plan-family-sponsor-missing = W przypadku łączenia rodzin (Familiennachzug) prosimy podać, do kogo następuje przeprowadzka (małżonek lub dziecko) i jaki dokument pobytowy (Aufenthaltstitel) ma ta osoba.
error-plan-municipality-unknown = „{ $municipality }” nie jest gminą Zagłębia Ruhry. Prosimy wybrać gminę z listy.
error-plan-municipalities-missing = Lista gmin nie została jeszcze wczytana, więc nie można sprawdzić „{ $municipality }”. Prosimy raz zsynchronizować dane z portalem.
error-plan-path-unknown = „{ $path }” nie jest ścieżką pobytową w tym planie.
error-plan-person-unknown = W tym gospodarstwie domowym nie ma osoby „{ $person }”.
error-plan-person-id = „{ $person }” nie może być identyfikatorem: należy użyć małych liter łacińskich, cyfr, - lub _ (najwyżej 40 znaków).
error-plan-person-exists = W tym gospodarstwie domowym jest już osoba „{ $person }”.
error-plan-person-name = Prosimy podać imię o długości od 1 do 100 znaków.
error-plan-item-unknown = „{ $item }” nie jest pozycją tego planu.
error-plan-status-unknown = „{ $status }” nie jest statusem. Dokumenty: missing, requested, received, translated_certified, submitted, not_needed. Kroki: open, in_progress, done, not_needed.
error-plan-status-kind = Status „{ $status }” nie pasuje do „{ $item }” (dokumenty i kroki mają różne statusy).
error-plan-expiry-step = Datę ważności mają tylko dokumenty; „{ $item }” jest krokiem.
error-plan-note-long = Notatka jest za długa (najwyżej 5000 znaków).
error-plan-rules-missing = Zasady planu nie zostały jeszcze wczytane. Prosimy raz zsynchronizować dane z portalem.

## Dlaczego ścieżka pasuje lub nie
plan-reason-eu-free-movement = Obywatele UE, EOG i Szwajcarii mogą mieszkać i pracować w Niemczech bez wizy i dokumentu pobytowego; wystarczy zameldować adres (Anmeldung).
plan-reason-eu-not-citizen = Tylko dla obywateli UE, EOG i Szwajcarii.
plan-reason-eu-not-needed = Niepotrzebne: obywatelom UE, EOG i Szwajcarii przysługuje swoboda przemieszczania się (Freizügigkeit).
plan-reason-purpose-mismatch = Ta ścieżka służy innemu celowi niż wybrany.
plan-reason-degree-recognised = Dyplom ukończenia studiów jest uznany lub porównywalny z niemieckim.
plan-reason-degree-needed = Wymaga uznanego dyplomu ukończenia studiów lub, w przypadku specjalistów IT, co najmniej trzech lat doświadczenia.
plan-reason-recognition-pending = Decyzja w sprawie uznania (Anerkennung) jeszcze nie zapadła; ta ścieżka otworzy się po uznaniu kwalifikacji.
plan-reason-recognition-needed = Wymaga kwalifikacji uznanej w Niemczech (Anerkennung). Częściowe uznanie można uzupełnić w Niemczech (§ 16d); pomoże doradztwo w sprawie uznania (Anerkennungsberatung).
plan-reason-it-specialist-experience = Specjaliści IT bez dyplomu potrzebują { $required } lat doświadczenia zawodowego w ciągu ostatnich siedmiu lat; podane doświadczenie: { $years }.
plan-reason-threshold-lower = Obowiązuje niższy próg wynagrodzenia (zawód deficytowy, niedawne ukończenie studiów lub specjalista IT).
plan-reason-threshold-not-published = Próg wynagrodzenia obowiązujący w dniu { $date } nie został jeszcze opublikowany lub odnaleziony. Prosimy sprawdzić go w niemieckiej placówce dyplomatycznej przed złożeniem wniosku.
plan-reason-salary-missing = Prosimy podać roczne wynagrodzenie brutto z oferty pracy; próg wynosi { $threshold }.
plan-reason-salary-meets = Wynagrodzenie { $salary } osiąga próg { $threshold } obowiązujący w dniu { $date }.
plan-reason-salary-below = Wynagrodzenie { $salary } jest niższe niż próg { $threshold } obowiązujący w dniu { $date }.
plan-reason-older-salary-meets = Od 45. roku życia wynagrodzenie musi wynosić co najmniej { $threshold } (kwota obowiązująca { $date }, obowiązuje od { $since }); { $salary } spełnia ten warunek.
plan-reason-older-salary-below = Od 45. roku życia wynagrodzenie musi wynosić co najmniej { $threshold } (kwota obowiązująca { $date }, obowiązuje od { $since }) albo trzeba wykazać odpowiednie zabezpieczenie emerytalne; { $salary } to mniej.
plan-reason-older-no-figure = Od 45. roku życia wynagrodzenie musi wynosić co najmniej 55 % górnej granicy podstawy wymiaru składek na ubezpieczenie emerytalne (Beitragsbemessungsgrenze) albo trzeba wykazać odpowiednie zabezpieczenie emerytalne. Kwota obowiązująca w dniu { $date } nie została jeszcze opublikowana lub odnaleziona.
plan-reason-needs-academic = Wymaga dyplomu ukończenia studiów.
plan-reason-needs-vocational = Wymaga wykształcenia zawodowego (Berufsausbildung).
plan-reason-qualification-recognised = Kwalifikacja jest uznana w Niemczech.
plan-reason-ba-approval = Federalna Agencja Pracy (Bundesagentur für Arbeit) musi zatwierdzić zatrudnienie (pracodawca może złożyć wniosek z wyprzedzeniem).
plan-reason-opportunity-recognised = Wykwalifikowani pracownicy z uznaną kwalifikacją spełniają warunki bez punktów.
plan-reason-opportunity-qualification-missing = Wymaga zagranicznego dyplomu ukończenia studiów lub co najmniej dwuletniego wykształcenia zawodowego.
plan-reason-opportunity-qualification-short = Nauka prowadząca do kwalifikacji musiała trwać co najmniej dwa lata.
plan-reason-opportunity-qualification-duration = Prosimy sprawdzić, czy nauka prowadząca do kwalifikacji trwała co najmniej dwa lata; jest to wymagane.
plan-reason-opportunity-language-ok = Wymagana znajomość języka jest spełniona (niemiecki A1 lub angielski B2).
plan-reason-opportunity-language-missing = Wymaga podstawowej znajomości niemieckiego (A1) lub angielskiego na poziomie B2.
plan-reason-opportunity-points-enough = { $points ->
    [one] Uzyskano { $points } punkt; wymagane: { $required }.
    [few] Uzyskano { $points } punkty; wymagane: { $required }.
    [many] Uzyskano { $points } punktów; wymagane: { $required }.
   *[other] Uzyskano { $points } punktu; wymagane: { $required }.
}
plan-reason-opportunity-points-short = { $points ->
    [one] Uzyskano { $points } punkt; wymagane: { $required }.
    [few] Uzyskano { $points } punkty; wymagane: { $required }.
    [many] Uzyskano { $points } punktów; wymagane: { $required }.
   *[other] Uzyskano { $points } punktu; wymagane: { $required }.
}
plan-reason-funds-month = Trzeba wykazać { $amount } miesięcznie na utrzymanie (kwota obowiązująca { $date }, obowiązuje od { $since }).
plan-reason-funds-not-published = Kwota środków do wykazania obowiązująca w dniu { $date } nie została jeszcze opublikowana lub odnaleziona. Prosimy zapytać w niemieckiej placówce dyplomatycznej.
plan-reason-study-admission = Wymaga przyjęcia (lub warunkowego przyjęcia) na niemiecką uczelnię.
plan-reason-blocked-account = Konto zablokowane (Sperrkonto) na kwotę { $amount } rocznie potwierdza posiadane środki (kwota obowiązująca { $date }, obowiązuje od { $since }).
plan-reason-blocked-account-not-published = Kwota konta zablokowanego (Sperrkonto) obowiązująca w dniu { $date } nie została jeszcze opublikowana lub odnaleziona. Prosimy zapytać w niemieckiej placówce dyplomatycznej.
plan-reason-figure-older = { $amount } to ostatnia opublikowana kwota, obowiązuje od { $since }; na rok { $year } nie opublikowano nowszej. Prosimy sprawdzić ją w niemieckim przedstawicielstwie przed złożeniem wniosku.
plan-reason-training-contract = Wymaga umowy o kształcenie zawodowe (Ausbildungsvertrag) w Niemczech.
plan-reason-family-sponsor-needed = Tylko dla osób, które dołączają do członka rodziny mieszkającego w Niemczech.
plan-reason-family-a1-exempt = Małżonkowie osób z dokumentem pobytowym na podstawie { $title } nie muszą znać niemieckiego przed wjazdem.
plan-reason-family-a1-met = Podstawowa znajomość niemieckiego (A1) wymagana od małżonków jest spełniona.
plan-reason-family-a1-needed = Małżonkowie zwykle potrzebują podstawowej znajomości niemieckiego (A1) przed wjazdem. Istnieją wyjątki; prosimy zapytać w poradni.
plan-reason-family-child = Niepełnoletnie dzieci dołączają do rodziców; w przypadku dzieci w wieku 16 lub 17 lat mogą obowiązywać dodatkowe warunki.
plan-reason-family-child-adult = Pełnoletnie dzieci nie mogą dołączyć na zasadach dotyczących dzieci.
plan-reason-family-no-living-space = Posiadacze Niebieskiej Karty UE (Blaue Karte EU) nie muszą wykazywać odpowiedniego mieszkania.
plan-reason-family-living-space = Członek rodziny w Niemczech musi wykazać odpowiednie mieszkanie i dochód.

## Rada, gdy żadna ścieżka nie pasuje
plan-advice-no-path = Żadna ze ścieżek pobytowych nie pasuje z pewnością do podanych odpowiedzi. Przed złożeniem wniosku prosimy porozmawiać z poradnią lub z Welcome Guide; sprawdzają tam także przypadki, których te zasady nie obejmują.
plan-advice-no-path-recognition = Żadna ze ścieżek pobytowych nie pasuje jeszcze z pewnością, głównie dlatego, że kwalifikacja nie jest uznana. Doradztwo w sprawie uznania (Anerkennungsberatung) wyjaśni, jak uzyskać uznanie i jaka ścieżka się wtedy otworzy.

## Osoby
plan-person-me = Ja

## Statusy
plan-status-missing = brak
plan-status-requested = zamówione
plan-status-received = otrzymane
plan-status-translated_certified = przetłumaczone / poświadczone
plan-status-submitted = złożone
plan-status-open = otwarte
plan-status-in_progress = w toku
plan-status-done = zrobione
plan-status-not_needed = niepotrzebne
plan-expiry-expired = nieważne
plan-expiry-expires_too_soon = traci ważność wcześniej niż 6 miesięcy po przyjeździe

## Eksport do kalendarza
plan-ics-calendar-name = Plan przeprowadzki: { $name }
plan-ics-summary = Termin: { $title }
plan-ics-legal-basis = Podstawa prawna: { $basis }
plan-ics-office = Urząd: { $office }, { $address }

## Lista dokumentów do druku
plan-documents-title = Dokumenty: { $name }
plan-documents-path = Ścieżka pobytowa: { $path }
plan-documents-date = Stan na { $date }
plan-documents-none = Dla tego planu nie są potrzebne żadne dokumenty.
plan-documents-col-done = Gotowe
plan-documents-col-document = Dokument
plan-documents-col-status = Status
plan-documents-col-expiry = Ważny do
plan-documents-col-note = Notatka

## Etapy, wyniki, pokrewieństwo
plan-phase-before_departure = Przed wyjazdem
plan-phase-first_weeks = Pierwsze tygodnie
plan-phase-first_months = Pierwsze miesiące
plan-phase-other = Inne
plan-eligibility-eligible = pasuje
plan-eligibility-not_eligible = nie pasuje
plan-eligibility-needs_check = wymaga sprawdzenia
plan-relation-self = ja
plan-relation-spouse = małżonek lub partner
plan-relation-child = dziecko
plan-relation-other = inna osoba

## Wiersz poleceń
error-plan-cli-value = „{ $value }” nie jest prawidłową wartością dla { $field }.
error-plan-cli-file = Nie można odczytać odpowiedzi z pliku { $file }: { $detail }
plan-cli-person = Plan przeprowadzki: { $name } ({ $id })
plan-cli-not-answered = Brak odpowiedzi. Na początek: welcome plan answer --purpose work_with_offer --salary 52000 --municipality essen --arrival 2027-03-01
plan-cli-path = Ścieżka pobytowa: { $path }
plan-cli-no-path = Żadna ścieżka pobytowa nie pasuje z pewnością do podanych odpowiedzi.
plan-cli-office = Urząd: { $office }, { $address }
plan-cli-paths-heading = Ścieżki pobytowe
plan-cli-points = Punkty do Karty Szans (Chancenkarte): { $total } (bez uznania potrzeba co najmniej { $required })
plan-cli-progress = Zrobione: { $done } z { $total }
plan-cli-total = Łącznie zrobione: { $done } z { $total }
plan-cli-due = termin: { $date }
plan-cli-note = Notatka: { $note }
plan-cli-note-conflict = Notatka z innego urządzenia: { $note }
plan-cli-hidden = { $count ->
    [one] { $count } pozycja z postępem już nie obowiązuje; jej postęp pozostaje zapisany.
    [few] { $count } pozycje z postępem już nie obowiązują; ich postęp pozostaje zapisany.
    [many] { $count } pozycji z postępem już nie obowiązuje; ich postęp pozostaje zapisany.
   *[other] { $count } pozycji z postępem już nie obowiązuje; ich postęp pozostaje zapisany.
}
plan-cli-person-added = Dodano: { $name } ({ $id }).
plan-cli-exported = Zapisano w pliku { $file }.

## Przypomnienia o terminach i dacie ważności dokumentów
reminder-title = { $item } – { $person }
reminder-due = { $when ->
    [today] Termin dzisiaj, { $date }
    [tomorrow] Termin jutro, { $date }
    [past] Termin minął { $date }
   *[later] Termin za { $days } { $days ->
        [one] dzień
       *[other] dni
    }, { $date }
}
reminder-expiry = { $when ->
    [today] Traci ważność dzisiaj, { $date }
    [tomorrow] Traci ważność jutro, { $date }
    [past] Stracił ważność { $date }
   *[later] Traci ważność za { $days } { $days ->
        [one] dzień
       *[other] dni
    }, { $date }
}
reminder-late = (z opóźnieniem: aplikacja była zamknięta, gdy nadszedł czas przypomnienia)
error-reminder-days = Przypomnienia można ustawić od 1 do { $max } dni przed datą.
reminder-appointment = { $when ->
    [today] Wizyta dzisiaj, { $date }
    [tomorrow] Wizyta jutro, { $date }
    [past] Wizyta była { $date }
   *[later] Wizyta za { $days } { $days ->
        [one] dzień
       *[other] dni
    }, { $date }
}
error-appointment-title = Wizyta potrzebuje tytułu o długości najwyżej { $max } znaków.
error-appointment-long = Miejsce lub notatka są za długie (notatka najwyżej { $max } znaków).

pdf-appointment-when = Dnia { $date }
pdf-appointment-when-time = Dnia { $date } o { $time }
pdf-valid-until = ważny do { $date }
pdf-attached = załączono: { $files }
pdf-files-unavailable = { $count ->
    [one] Jeden załączony plik nie został dołączony: jego klucza nie ma w pęku kluczy tego urządzenia.
    [few] { $count } załączone pliki nie zostały dołączone: ich klucza nie ma w pęku kluczy tego urządzenia.
   *[other] { $count } załączonych plików nie dołączono: ich klucza nie ma w pęku kluczy tego urządzenia.
}
