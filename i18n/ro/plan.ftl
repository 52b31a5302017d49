# completeness: 119 of 119 messages (2026-11-25)
# Planul personal de mutare: erori ale chestionarului, motivele căilor, stări, exporturi.

## Erori ale chestionarului
error-plan-arrival-past = Sosirea planificată ({ $date }) este în trecut. Vă rugăm să introduceți o zi începând de azi.
error-plan-move-in-before-arrival = Ziua mutării în locuință ({ $move_in }) nu poate fi înainte de sosire ({ $arrival }).
error-plan-move-in-past = Ziua mutării în locuință ({ $date }) este în trecut. Vă rugăm să introduceți o zi începând de azi.
error-plan-application-after-arrival = Cererea de viză ({ $date }) nu poate fi după sosire: viza este necesară înainte de intrarea în țară.
error-plan-salary-negative = Salariul { $salary } nu este posibil. Vă rugăm să introduceți salariul anual brut (Bruttojahresgehalt) în euro (0 sau mai mult).
error-plan-salary-absurd = Salariul { $salary } pare o greșeală de tastare. Vă rugăm să introduceți salariul anual brut (Bruttojahresgehalt) în euro.
error-plan-age-range = Vârsta { $age } nu este posibilă. Vă rugăm să introduceți o vârstă între 0 și 120 de ani.
error-plan-experience-age = { $years ->
    [one] Un an de experiență profesională nu se potrivește cu vârsta de { $age } ani.
    [few] { $years } ani de experiență profesională nu se potrivesc cu vârsta de { $age } ani.
   *[other] { $years } de ani de experiență profesională nu se potrivesc cu vârsta de { $age } ani.
}
error-plan-experience-inconsistent = Anii de experiență nu se potrivesc: cel mult 5 în ultimii 5 ani, cel mult 7 în ultimii 7 ani și nu mai mulți decât în total.
error-plan-recognition-without-qualification = Un stadiu de recunoaștere (Anerkennung) presupune o calificare. Vă rugăm să alegeți mai întâi calificarea.
error-plan-family-sponsor-missing = Pentru reîntregirea familiei (Familiennachzug), vă rugăm să indicați la cine vă mutați (soț/soție sau copil) și ce permis de ședere (Aufenthaltstitel) are persoana respectivă.
error-plan-municipality-unknown = „{ $municipality }” nu este o localitate din regiunea Ruhr. Vă rugăm să alegeți una din listă.
error-plan-municipalities-missing = Lista localităților nu a fost încă încărcată, așa că „{ $municipality }” nu poate fi verificată. Vă rugăm să sincronizați o dată cu portalul.
error-plan-path-unknown = „{ $path }” nu este o cale de ședere din plan.
error-plan-person-unknown = Nu există nicio persoană „{ $person }” în această gospodărie.
error-plan-person-id = „{ $person }” nu poate fi folosit ca identificator: folosiți litere mici, cifre, - sau _ (cel mult 40).
error-plan-person-exists = Există deja o persoană „{ $person }” în această gospodărie.
error-plan-person-name = Vă rugăm să introduceți un nume de 1 până la 100 de caractere.
error-plan-item-unknown = „{ $item }” nu este un element al acestui plan.
error-plan-status-unknown = „{ $status }” nu este o stare. Documente: missing, requested, received, translated_certified, submitted, not_needed. Pași: open, in_progress, done, not_needed.
error-plan-status-kind = Starea „{ $status }” nu se potrivește pentru „{ $item }” (documentele și pașii au stări diferite).
error-plan-expiry-step = Doar documentele au o dată de expirare; „{ $item }” este un pas.
error-plan-note-long = Nota este prea lungă (cel mult 5000 de caractere).
error-plan-rules-missing = Regulile planului nu au fost încă încărcate. Vă rugăm să sincronizați o dată cu portalul.

## De ce o cale se potrivește sau nu
plan-reason-eu-free-movement = Având cetățenia UE, a SEE sau a Elveției, puteți locui și lucra în Germania fără viză sau permis de ședere; trebuie doar să vă înregistrați adresa (Anmeldung).
plan-reason-eu-not-citizen = Doar pentru cetățenii UE, ai SEE și ai Elveției.
plan-reason-eu-not-needed = Nu este necesar: având cetățenia UE, a SEE sau a Elveției, beneficiați de libera circulație (Freizügigkeit).
plan-reason-purpose-mismatch = Această cale servește altui scop decât cel ales.
plan-reason-degree-recognised = Diploma universitară este recunoscută sau comparabilă cu o diplomă germană.
plan-reason-degree-needed = Este nevoie de o diplomă universitară recunoscută sau, pentru specialiștii IT, de cel puțin trei ani de experiență.
plan-reason-recognition-pending = Recunoașterea (Anerkennung) nu a fost încă decisă; această cale se deschide după recunoaștere.
plan-reason-recognition-needed = Este nevoie de o calificare recunoscută în Germania (Anerkennung). O recunoaștere parțială poate fi completată în Germania (§ 16d); consilierea pentru recunoaștere (Anerkennungsberatung) vă poate ajuta.
plan-reason-it-specialist-experience = Specialiștii IT fără diplomă au nevoie de { $required } ani de experiență profesională în ultimii șapte ani; aveți { $years }.
plan-reason-threshold-lower = Se aplică pragul salarial redus (ocupație deficitară, absolvent recent sau specialist IT).
plan-reason-threshold-not-published = Pragul salarial valabil la { $date } nu a fost încă publicat sau găsit. Vă rugăm să îl verificați la misiunea diplomatică germană înainte de a depune cererea.
plan-reason-salary-missing = Vă rugăm să introduceți salariul anual brut din oferta de muncă; pragul este { $threshold }.
plan-reason-salary-meets = Salariul de { $salary } atinge pragul de { $threshold } valabil la { $date }.
plan-reason-salary-below = Salariul de { $salary } este sub pragul de { $threshold } valabil la { $date }.
plan-reason-older-salary-meets = De la 45 de ani, salariul trebuie să atingă { $threshold } (suma în vigoare la { $date }, valabilă din { $since }); { $salary } îl atinge.
plan-reason-older-salary-below = De la 45 de ani, salariul trebuie să atingă { $threshold } (suma în vigoare la { $date }, valabilă din { $since }) sau trebuie dovedită o asigurare adecvată pentru bătrânețe; { $salary } este sub acest prag.
plan-reason-older-no-figure = De la 45 de ani, salariul trebuie să atingă 55 % din plafonul de contribuții la asigurarea de pensii (Beitragsbemessungsgrenze) sau trebuie dovedită o asigurare adecvată pentru bătrânețe. Valoarea valabilă la { $date } nu a fost încă publicată sau găsită.
plan-reason-needs-academic = Este nevoie de o diplomă universitară.
plan-reason-needs-vocational = Este nevoie de o calificare profesională (Berufsausbildung).
plan-reason-qualification-recognised = Calificarea dumneavoastră este recunoscută în Germania.
plan-reason-ba-approval = Agenția Federală pentru Ocuparea Forței de Muncă (Bundesagentur für Arbeit) trebuie să aprobe angajarea (angajatorul poate solicita aprobarea în avans).
plan-reason-opportunity-recognised = Cu o calificare recunoscută îndepliniți condițiile fără puncte.
plan-reason-opportunity-qualification-missing = Este nevoie de o diplomă universitară obținută în străinătate sau de o calificare profesională de cel puțin doi ani.
plan-reason-opportunity-qualification-short = Formarea pentru calificare trebuie să fi durat cel puțin doi ani.
plan-reason-opportunity-qualification-duration = Vă rugăm să verificați dacă formarea pentru calificarea dumneavoastră a durat cel puțin doi ani; este obligatoriu.
plan-reason-opportunity-language-ok = Aveți cunoștințele de limbă necesare (germană A1 sau engleză B2).
plan-reason-opportunity-language-missing = Este nevoie de cunoștințe de bază de germană (A1) sau de engleză la nivelul B2.
plan-reason-opportunity-points-enough = { $points ->
    [one] Obțineți { $points } punct; sunt necesare { $required }.
    [few] Obțineți { $points } puncte; sunt necesare { $required }.
   *[other] Obțineți { $points } de puncte; sunt necesare { $required }.
}
plan-reason-opportunity-points-short = { $points ->
    [one] Obțineți { $points } punct; sunt necesare { $required }.
    [few] Obțineți { $points } puncte; sunt necesare { $required }.
   *[other] Obțineți { $points } de puncte; sunt necesare { $required }.
}
plan-reason-funds-month = Trebuie să dovediți { $amount } pe lună pentru întreținere (suma în vigoare la { $date }, valabilă din { $since }).
plan-reason-funds-not-published = Suma de dovedit valabilă la { $date } nu a fost încă publicată sau găsită. Vă rugăm să întrebați la misiunea diplomatică germană.
plan-reason-study-admission = Este nevoie de o admitere (sau o admitere condiționată) la o universitate germană.
plan-reason-blocked-account = Un cont blocat (Sperrkonto) de { $amount } pe an vă dovedește mijloacele financiare (suma în vigoare la { $date }, valabilă din { $since }).
plan-reason-blocked-account-not-published = Suma contului blocat (Sperrkonto) valabilă la { $date } nu a fost încă publicată sau găsită. Vă rugăm să întrebați la misiunea diplomatică germană.
plan-reason-figure-older = { $amount } este ultima sumă publicată, valabilă din { $since }; pentru { $year } nu a fost publicată una mai nouă. Vă rugăm să o verificați la misiunea germană înainte de a depune cererea.
plan-reason-training-contract = Este nevoie de un contract de formare profesională (Ausbildungsvertrag) în Germania.
plan-reason-family-sponsor-needed = Doar pentru persoanele care se alătură unui membru al familiei care locuiește în Germania.
plan-reason-family-a1-exempt = Soții și soțiile persoanelor cu un permis de ședere conform { $title } nu au nevoie de cunoștințe de germană înainte de intrare.
plan-reason-family-a1-met = Aveți cunoștințele de bază de germană (A1) de care au nevoie soții și soțiile.
plan-reason-family-a1-needed = Soții și soțiile au nevoie, de regulă, de cunoștințe de bază de germană (A1) înainte de intrare. Există excepții; vă rugăm să întrebați la un centru de consiliere.
plan-reason-family-child = Copiii minori se alătură părinților; pentru copiii de 16 sau 17 ani se pot aplica condiții suplimentare.
plan-reason-family-child-adult = Copiii majori nu se pot alătura după regulile pentru copii.
plan-reason-family-no-living-space = Titularii Cărții albastre UE (Blaue Karte EU) nu trebuie să dovedească o locuință suficientă.
plan-reason-family-living-space = Membrul familiei din Germania trebuie să dovedească o locuință și venituri suficiente.

## Sfat când nicio cale nu se potrivește
plan-advice-no-path = Niciuna dintre căile de ședere nu se potrivește sigur cu răspunsurile dumneavoastră. Vă rugăm să discutați cu un serviciu de consiliere sau cu un Welcome Guide înainte de a depune cererea; acolo se verifică și cazuri pe care aceste reguli nu le acoperă.
plan-advice-no-path-recognition = Deocamdată niciuna dintre căile de ședere nu se potrivește sigur, mai ales pentru că vă lipsește recunoașterea calificării. Un serviciu de consiliere pentru recunoaștere (Anerkennungsberatung) vă poate spune cum obțineți recunoașterea și ce cale se deschide apoi.

## Persoane
plan-person-me = Eu

## Stări
plan-status-missing = lipsește
plan-status-requested = solicitat
plan-status-received = primit
plan-status-translated_certified = tradus / legalizat
plan-status-submitted = depus
plan-status-open = deschis
plan-status-in_progress = în lucru
plan-status-done = finalizat
plan-status-not_needed = nu este necesar
plan-expiry-expired = expirat
plan-expiry-expires_too_soon = expiră la mai puțin de 6 luni după sosire

## Export în calendar
plan-ics-calendar-name = Plan de mutare: { $name }
plan-ics-summary = Termen: { $title }
plan-ics-legal-basis = Temei juridic: { $basis }
plan-ics-office = Autoritate: { $office }, { $address }

## Listă de documente de tipărit
plan-documents-title = Documente pentru { $name }
plan-documents-path = Cale de ședere: { $path }
plan-documents-date = Situația la { $date }
plan-documents-none = Pentru acest plan nu este nevoie de documente.
plan-documents-col-done = Gata
plan-documents-col-document = Document
plan-documents-col-status = Stare
plan-documents-col-expiry = Valabil până la
plan-documents-col-note = Notă

## Etape, rezultate, relații
plan-phase-before_departure = Înainte de plecare
plan-phase-first_weeks = Primele săptămâni
plan-phase-first_months = Primele luni
plan-phase-other = Altele
plan-eligibility-eligible = se potrivește
plan-eligibility-not_eligible = nu se potrivește
plan-eligibility-needs_check = trebuie verificat
plan-relation-self = eu
plan-relation-spouse = soț, soție sau partener
plan-relation-child = copil
plan-relation-other = altă persoană

## Linia de comandă
error-plan-cli-value = „{ $value }” nu este o valoare validă pentru { $field }.
error-plan-cli-file = Răspunsurile din { $file } nu pot fi citite: { $detail }
plan-cli-person = Plan de mutare pentru { $name } ({ $id })
plan-cli-not-answered = Încă nu există răspunsuri. Începeți cu: welcome plan answer --purpose work_with_offer --salary 52000 --municipality essen --arrival 2027-03-01
plan-cli-path = Cale de ședere: { $path }
plan-cli-no-path = Nicio cale de ședere nu se potrivește sigur cu răspunsurile dumneavoastră.
plan-cli-office = Autoritate: { $office }, { $address }
plan-cli-paths-heading = Căi de ședere
plan-cli-points = Puncte pentru Cartea de oportunități (Chancenkarte): { $total } (fără recunoaștere sunt necesare cel puțin { $required })
plan-cli-progress = { $done } din { $total } finalizate
plan-cli-total = Total: { $done } din { $total } finalizate
plan-cli-due = termen: { $date }
plan-cli-note = Notă: { $note }
plan-cli-note-conflict = Notă de pe alt dispozitiv: { $note }
plan-cli-hidden = { $count ->
    [one] { $count } element cu progres nu se mai aplică; progresul său rămâne salvat.
    [few] { $count } elemente cu progres nu se mai aplică; progresul lor rămâne salvat.
   *[other] { $count } de elemente cu progres nu se mai aplică; progresul lor rămâne salvat.
}
plan-cli-person-added = S-a adăugat: { $name } ({ $id }).
plan-cli-exported = Salvat în { $file }.

## Mementouri pentru termene și date de expirare
reminder-title = { $item } – { $person }
reminder-due = { $when ->
    [today] Termenul este azi, { $date }
    [tomorrow] Termenul este mâine, { $date }
    [past] Termenul a fost pe { $date }
   *[later] Termen peste { $days } { $days ->
        [one] zi
        [few] zile
       *[other] de zile
    }, pe { $date }
}
reminder-expiry = { $when ->
    [today] Expiră azi, { $date }
    [tomorrow] Expiră mâine, { $date }
    [past] A expirat pe { $date }
   *[later] Expiră peste { $days } { $days ->
        [one] zi
        [few] zile
       *[other] de zile
    }, pe { $date }
}
reminder-late = (întârziat: aplicația era închisă când a venit momentul mementoului)
error-reminder-days = Mementourile se pot seta între 1 și { $max } zile înainte de o dată.
reminder-appointment = { $when ->
    [today] Programare azi, { $date }
    [tomorrow] Programare mâine, { $date }
    [past] Programarea a fost pe { $date }
   *[later] Programare peste { $days } { $days ->
        [one] zi
        [few] zile
       *[other] de zile
    }, pe { $date }
}
error-appointment-title = O programare are nevoie de un titlu de cel mult { $max } caractere.
error-appointment-long = Locul sau nota sunt prea lungi (nota cel mult { $max } caractere).

pdf-appointment-when = Pe { $date }
pdf-appointment-when-time = Pe { $date } la ora { $time }
pdf-valid-until = valabil până la { $date }
pdf-attached = atașat: { $files }
pdf-files-unavailable = { $count ->
    [one] Un fișier atașat nu este inclus: cheia lui nu se află în portcheiul acestui dispozitiv.
   *[other] { $count } fișiere atașate nu sunt incluse: cheia lor nu se află în portcheiul acestui dispozitiv.
}
