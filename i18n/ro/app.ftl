# completeness: 233 of 233 messages (2026-11-25)
# Ecranele aplicației (ui/).

## Navigare
nav-label = Navigare principală
nav-skip-to-content = Salt la conținut
nav-home = Acasă
nav-plan = Planul meu
nav-contacts = Contacte
nav-jobs = Locuri de muncă
nav-settings = Setări

## Starea sincronizării
sync-running = Se actualizează…
sync-offline = Offline: se afișează ce este salvat pe acest dispozitiv
sync-last-success = Actualizat { $when }
sync-never = Încă neactualizat
sync-now = Sincronizează acum

## Prima pornire
firstrun-welcome = Bine ați venit în regiunea Ruhr!
firstrun-intro = Această aplicație vă ajută să vă planificați mutarea: ce permis de ședere vi se potrivește, de ce documente aveți nevoie, ce trebuie făcut după sosire și până când. Funcționează și offline.
firstrun-choose-language = Alegeți limba
firstrun-continue = Continuare
firstrun-privacy = Răspunsurile rămân pe acest dispozitiv, cu excepția cazului în care creați un cont pentru a le sincroniza.
firstrun-questions-title = Spuneți-ne despre mutarea dumneavoastră
firstrun-downloading = Se descarcă listele de verificare, autoritățile și locurile de muncă…
firstrun-retry = Încercați din nou

## Chestionar
q-intro = Răspunsurile dumneavoastră stabilesc ce cale de ședere, ce documente și ce pași vi se aplică. Le puteți schimba oricând.
q-section-you = Despre dumneavoastră
q-section-qualification = Calificare și limbi
q-section-job = Oferta de muncă
q-section-family-reunion = Membrul familiei la care vă mutați
q-section-move = Mutarea
q-citizenship = Cetățenie
q-citizenship-other = Nu din UE, SEE sau Elveția
q-citizenship-eu_eea_swiss = UE, SEE sau Elveția
q-age = Vârstă
q-purpose = De ce veniți?
q-purpose-work_with_offer = Pentru a lucra (am o ofertă de muncă)
q-purpose-job_search = Pentru a căuta un loc de muncă
q-purpose-study = Pentru studii
q-purpose-vocational_training = Pentru formare profesională (Ausbildung)
q-purpose-family_reunion = Pentru a mă alătura familiei
q-qualification = Cea mai înaltă calificare
q-qualification-academic = Diplomă universitară
q-qualification-vocational = Calificare profesională
q-qualification-none = Niciuna dintre acestea
q-recognition = Este recunoscută în Germania (Anerkennung)?
q-recognition-recognised = Da, recunoscută sau echivalentă (anabin "H+")
q-recognition-partial = Recunoscută parțial
q-recognition-pending = Cerere depusă, încă fără decizie
q-recognition-none = Încă nu
q-recognition-hint = Consilierea pentru recunoaștere (Anerkennungsberatung) din orașul dumneavoastră vă poate ajuta să aflați.
q-experience = Ani de experiență profesională
q-experience-last-5 = …dintre care în ultimii 5 ani
q-experience-last-7 = …dintre care în ultimii 7 ani
q-german = Germană
q-english = Engleză
q-level-none = deloc
q-level-a1 = A1
q-level-a2 = A2
q-level-b1 = B1
q-level-b2 = B2
q-level-c1 = C1
q-level-c2 = C2
q-previous-stay = Am locuit legal în Germania 6 luni sau mai mult înainte
q-it-specialist = Lucrez în domeniul IT
q-recent-graduate = Am absolvit în ultimii 3 ani
q-salary = Salariul anual brut (Bruttojahresgehalt) din oferta de muncă (EUR)
q-salary-hint = Așa cum scrie în contract sau în oferta de muncă, înainte de impozitare.
q-shortage = Postul este într-o ocupație deficitară (Engpassberuf)
q-sponsor = Permisul de ședere al persoanei (Aufenthaltstitel)
q-sponsor-blue_card = Cartea albastră UE (Blaue Karte EU)
q-sponsor-skilled_vocational = Specialist cu formare profesională (§ 18a)
q-sponsor-skilled_academic = Specialist cu studii superioare (§ 18b)
q-sponsor-researcher = Cercetător (§ 18d)
q-sponsor-specialist_employment = Specialist IT sau funcție specială (§ 19c)
q-sponsor-ict_card = Card ICT pentru transferați în cadrul companiei (§ 19)
q-sponsor-self_employed = Activitate independentă (§ 21)
q-sponsor-german = Cetățenie germană
q-sponsor-other = Alt permis
q-family-role = Relația dumneavoastră cu persoana
q-family-role-spouse = Soț, soție sau partener
q-family-role-child = Copil
q-choose = Vă rugăm să alegeți
q-municipality = Unde veți locui în regiunea Ruhr?
q-university = Universitatea dumneavoastră
q-university-hint = Biroul său internațional (International Office) se ocupă de admitere și înmatriculare; planul trimite la el.
q-independent-cities = Orașe independente (kreisfreie Städte)
q-needs-content = Lista localităților vine odată cu prima sincronizare. Vă rugăm să vă conectați o dată la internet.
q-arrival = Sosirea planificată
q-arrival-hint = Ziua intrării în Germania. Planul avertizează despre documentele care expiră la mai puțin de 6 luni după ea.
q-move-in = Ziua mutării în locuință (opțional)
q-move-in-hint = Înregistrarea adresei (Anmeldung) trebuie făcută în 14 zile de la mutare. Lăsați câmpul gol dacă vă mutați în ziua sosirii.
q-spouse-coming = Vine și soțul, soția sau partenerul meu
q-children = Copii care vin împreună
q-partner-eligible = Partenerul sau partenera îndeplinește și condițiile Cărții de oportunități (Chancenkarte)
q-submit = Creează planul meu

## Acasă
home-title = Pașii următori
home-next-steps = Pașii următori
home-progress = { $done } din { $total } finalizate
home-all-done = Totul este gata. Felicitări!
home-deadlines = Termene
home-new-job-alerts = { $count ->
    [one] Aveți o alertă nouă de locuri de muncă.
    [few] Aveți { $count } alerte noi de locuri de muncă.
   *[other] Aveți { $count } de alerte noi de locuri de muncă.
}
home-no-plan-yet = Încă nu există un plan.
home-start-plan = Începeți chestionarul

## Plan
plan-title = Planul meu
plan-answers-title = Răspunsurile dumneavoastră
plan-cancel = Anulare
plan-change-answers = Modificați răspunsurile
plan-no-path = Nicio cale de ședere nu se potrivește sigur
plan-points = Puncte pentru Cartea de oportunități (Chancenkarte): { $total } (necesare: { $required })
plan-all-paths = Toate căile de ședere comparate
plan-export-ics = Termene în calendar (.ics)
plan-export-documents = Listă de documente de tipărit
plan-exported = Salvat în { $path }
plan-phase-progress = { $done } din { $total }
plan-kind-document = Document
plan-kind-step = Pas
plan-status = Stare
plan-saved = Salvat
plan-due = Termen: { $date }
plan-due-by-law = Termen legal: { $date }
plan-expiry-badge = Valabil până la { $date }: { $warning }
plan-details = Detalii, note și autoritate
plan-set-due = Termen
plan-expiry = Valabil până la
plan-note = Note
plan-note-conflict = Această notă a fost modificată simultan pe două dispozitive. Cealaltă versiune:

## Gospodărie
household-title = Gospodărie
household-whose-plan = Al cui plan
household-name = Nume
household-relation = Relație
household-add = Adăugați o persoană
household-remove = Eliminare

## Surse și texte din portal
source-link = Sursă
source-reviewed = verificat la { $date }
text-fallback = în { $lang }
text-fallback-hint = Încă nu este disponibil în limba dumneavoastră
text-unreviewed = traducere neverificată
text-unreviewed-hint = Tradus, încă neverificat: vedeți originalul în engleză și germană
text-hide-original = ascunde originalul
sample-data = Date exemplu
sample-data-hint = Inventate pentru demonstrație: nu este o persoană sau un număr real.

## Contacte
contacts-title = Contacte
contacts-search = Căutare
contacts-municipality = Localitate
contacts-language = Limba vorbită
contacts-kind = Tipul instituției
contacts-all = Toate
contacts-search-button = Caută
contacts-offices = { $count ->
    [one] O instituție
    [few] { $count } instituții
   *[other] { $count } de instituții
}
contacts-guides = { $count ->
    [one] Un Welcome Guide
    [few] { $count } Welcome Guides
   *[other] { $count } de Welcome Guides
}
contacts-guides-intro = Welcome Guides sunt voluntari instruiți care s-au mutat și ei aici. Vă consiliază individual și gratuit.
contacts-none = Nu s-a găsit nimic. Încercați altă localitate sau mai puține filtre.
contacts-serves-from-elsewhere = Competentă pentru localitatea dumneavoastră, cu sediul în reședința districtului (Kreisstadt).
contact-languages = Limbi: { $languages }
contact-call = Sunați
contact-mail = E-mail
contact-web = Pagină web
office-kind-foreigners_office = Biroul pentru străini (Ausländerbehörde)
office-kind-citizens_office = Biroul pentru cetățeni (Bürgeramt)
office-kind-welcome_centre = Centru de bun venit (Welcome Center)
office-kind-recognition_counselling = Consiliere pentru recunoaștere (Anerkennungsberatung)
office-kind-job_centre = Centrul de locuri de muncă (Jobcenter)
office-kind-youth_office = Oficiul pentru tineret (Jugendamt)
office-kind-migration_counselling = Consiliere pentru migranți (Migrationsberatung)
office-kind-employment_agency = Agenția pentru ocuparea forței de muncă (Agentur für Arbeit)
office-kind-youth_migration_service = Serviciul de migrație pentru tineri (Jugendmigrationsdienst)
office-kind-university_international_office = Biroul internațional al universității (International Office)

## Locuri de muncă
jobs-title = Locuri de muncă
jobs-tab-search = Căutare
jobs-tab-saved = Salvate ({ $count })
jobs-tab-alerts = Alerte ({ $count })
jobs-unread-alerts = { $count ->
    [one] o alertă necitită
    [few] { $count } alerte necitite
   *[other] { $count } de alerte necitite
}
jobs-what = Ce
jobs-what-placeholder = Denumirea postului, meseria sau angajatorul
jobs-where = Unde
jobs-anywhere = Oriunde în regiunea Ruhr
jobs-radius = Distanță
jobs-radius-town-only = Doar această localitate
jobs-radius-km = pe o rază de { $km } km
jobs-working-time = Program de lucru
working-time-full_time = Normă întreagă
working-time-part_time = Normă parțială
working-time-shift = În ture
working-time-home_office = De acasă
working-time-mini_job = Minijob
jobs-offer-type = Tip
jobs-any = Oricare
offer-type-job = Loc de muncă
offer-type-self_employment = Activitate independentă
offer-type-apprenticeship = Formare profesională (Ausbildung)
offer-type-internship = Stagiu (Praktikum)
jobs-since = Publicate începând cu
jobs-sort = Ordine
jobs-sort-date = Cele mai noi întâi
jobs-sort-relevance = Cele mai potrivite întâi
jobs-sort-distance = Cele mai apropiate întâi
jobs-search-button = Caută
jobs-found = { $count ->
    [one] S-a găsit un loc de muncă
    [few] S-au găsit { $count } locuri de muncă
   *[other] S-au găsit { $count } de locuri de muncă
}
jobs-distance = la { $km } km
jobs-previous = Înapoi
jobs-next = Înainte
jobs-save = Salvați anunțul
jobs-unsave = Eliminați din salvate
jobs-saved = Salvat. Păstrați anunțul chiar și după ce este retras.
jobs-unsaved = Eliminat din anunțurile salvate.
jobs-back = Înapoi la listă
jobs-expired = Anunțul nu mai este online: aceasta este copia salvată
jobs-regulated-title = Profesie reglementată
jobs-regulated-licence = În Germania puteți lucra în această profesie doar după recunoașterea calificării dumneavoastră străine (Anerkennung) sau după obținerea dreptului de liberă practică (Berufserlaubnis, Approbation). Începeți din timp: durează luni de zile.
jobs-regulated-protected-title = Acest titlu profesional este protejat în Germania: îl puteți folosi doar după recunoașterea calificării dumneavoastră străine (Anerkennung).
jobs-regulated-counselling = Consilierea pentru recunoaștere (Anerkennungsberatung) vă ajută gratuit:
jobs-open-ad = Deschideți pagina anunțului
jobs-published = publicat { $date }
jobs-salary = Salariu: { $salary }
jobs-save-search = Primiți alerte pentru această căutare
jobs-save-search-placeholder = Numele alertei, de ex. Îngrijire medicală în Essen
jobs-save-search-button = Salvați căutarea
jobs-search-saved = Salvat. După fiecare sincronizare veți primi o notificare despre noile locuri de muncă potrivite.
jobs-search-unnamed = Căutarea mea
jobs-no-saved = Încă nu există anunțuri salvate. Salvați un anunț pentru a-l păstra, chiar și offline.
jobs-alerts-title = Alerte de locuri de muncă
jobs-mark-all-read = Marcați toate ca citite
jobs-mark-read = Marcați ca citit
jobs-no-alerts = Încă nu există alerte.
jobs-saved-searches = Căutări salvate
jobs-delete-search = Ștergeți
jobs-no-saved-searches = Încă nu există căutări salvate.

## Setări
settings-title = Setări
settings-saved = Salvat.
settings-language = Limbă și aspect
settings-language-label = Limbă
settings-language-system = La fel ca sistemul
settings-language-partial = tradusă parțial
settings-theme = Temă
settings-theme-system = La fel ca sistemul
settings-theme-light = Luminoasă
settings-theme-dark = Întunecată
settings-sync = Sincronizare
settings-jobs-cached = { $count ->
    [one] un loc de muncă pe acest dispozitiv
    [few] { $count } locuri de muncă pe acest dispozitiv
   *[other] { $count } de locuri de muncă pe acest dispozitiv
}
settings-pending-changes = { $count ->
    [0] toate modificările au fost trimise
    [one] o modificare așteaptă să fie trimisă
    [few] { $count } modificări așteaptă să fie trimise
   *[other] { $count } de modificări așteaptă să fie trimise
}
settings-sync-paused = Întrerupeți sincronizarea automată
settings-sync-interval = Sincronizare automată
settings-every-minutes = { $minutes ->
    [60] în fiecare oră
    [1440] o dată pe zi
    [few] la fiecare { $minutes } minute
   *[other] la fiecare { $minutes } de minute
}
settings-portal = Adresa portalului
settings-save = Salvați

## Cont
content-kind-other = Altele
sync-rejected = { $count ->
    [one] O modificare nu a putut fi salvată pe portal și a fost anulată pe acest dispozitiv:
   *[other] { $count } modificări nu au putut fi salvate pe portal și au fost anulate pe acest dispozitiv:
}
sync-rejected-dismiss = Am citit
account-title = Cont
account-why = Nu aveți nevoie de un cont. Cu un cont, planul și anunțurile salvate se sincronizează între dispozitivele dumneavoastră.
account-email = E-mail
account-password = Parolă (cel puțin 10 caractere)
account-login = Autentificare
account-register = Creați un cont
account-logout = Deconectare
account-logged-in = V-ați autentificat.
account-registered = Contul a fost creat și v-ați autentificat.
account-logged-out = V-ați deconectat. Datele rămân pe acest dispozitiv.
account-logout-question = Păstrați datele acestui cont pe acest dispozitiv?
account-logout-keep = Deconectare, păstrez datele aici
account-logout-remove = Deconectare și ștergerea datelor mele de pe acest dispozitiv
account-logout-unsent = { $count } modificări nu au ajuns încă la portal. Dacă ștergeți datele acum, se pierd; dacă le păstrați, vor fi trimise la următoarea conectare.
account-logged-out-removed = V-ați deconectat, iar datele au fost șterse de pe acest dispozitiv. Sunt încă salvate pe portal.
account-joined = { $count } înregistrări create pe acest dispozitiv înainte de conectare aparțin acum contului dumneavoastră.
account-logged-in-as = Cont conectat: { $email }
sessions-title = Dispozitive conectate la acest cont
sessions-this-device = Acest dispozitiv
sessions-unnamed = Dispozitiv fără nume
sessions-last-seen = Folosit ultima dată: { $when }
sessions-since = Conectat din: { $when }
sessions-revoke = Deconectează acel dispozitiv
sessions-revoked = Dispozitivul a fost deconectat. Datele rămân pe el, dar nu se mai sincronizează până când cineva se conectează din nou acolo.
error-app-sync-interval = { $minutes ->
    [one] Un interval de un minut nu este posibil. Alegeți între 5 minute și o săptămână.
    [few] Un interval de { $minutes } minute nu este posibil. Alegeți între 5 minute și o săptămână.
   *[other] Un interval de { $minutes } de minute nu este posibil. Alegeți între 5 minute și o săptămână.
}

## Reminders
home-reminders = Mementouri
home-reminder-late = întârziat
home-reminder-read = Citit
settings-reminders = Mementouri
settings-reminders-enabled = Amintește-mi înainte de termene și date de expirare
settings-reminders-days = Cu câte zile înainte
settings-reminders-day = { $days ->
    [one] Cu o zi înainte
    [few] Cu { $days } zile înainte
   *[other] Cu { $days } de zile înainte
}
settings-reminders-hint = Mementourile vin ca notificări pe desktop la ora 9 dimineața și rămân aici, pe pagina principală. Un memento care vine când aplicația este închisă apare la următoarea deschidere.
plan-reminders = Mementouri
plan-reminders-default = Ca în setări
plan-reminders-none = Fără mementouri

## Appointments
appointments-title = Programări
appointments-add = Adaugă o programare
appointments-none = Încă nu aveți programări. Adăugați-le pe cele primite (Anmeldung, oficiul pentru străini, interviul de viză): vi se vor aminti și intră în fișierul de calendar.
appointments-delete = Șterge
appointments-what = Ce
appointments-what-placeholder = de ex. Anmeldung la Bürgeramt
appointments-date = Data
appointments-time = Ora
appointments-office = Instituția
appointments-office-none = Alt loc
appointments-place = Locul
appointments-save = Salvează
appointments-cancel = Anulează

## Guide requests

guide-request-write = Scrieți acestui ghid
guide-request-saved = Cererea dvs. a fost salvată. Va fi trimisă imediat ce sunteți online; răspunsul apare pe ecranul principal.
guide-request-login-needed = Pentru a-i scrie unui ghid aveți nevoie de un cont: prin el vă răspunde ghidul. Conectați-vă sau înregistrați-vă în Setări.
guide-request-login = Conectare
guide-request-language = Limba
guide-request-topic = Tema
guide-topic-visa = Viză și ședere
guide-topic-family = Familie
guide-topic-jobs = Muncă
guide-topic-recognition = Recunoașterea calificărilor
guide-topic-housing = Locuință
guide-topic-study = Studii
guide-request-message-label = Mesajul dvs.
guide-request-count = { $count } din { $max } caractere
guide-request-reach = Cum vă poate contacta ghidul?
guide-request-method-app = Doar prin aplicație
guide-request-method-email = Prin e-mail
guide-request-method-phone = Prin telefon
guide-request-email = Adresa dvs. de e-mail
guide-request-phone = Numărul dvs. de telefon
guide-request-consent = Sunt de acord ca { $guide } să primească mesajul și datele mele de contact pentru a-mi răspunde. Acestea sunt folosite doar pentru acest răspuns și nu sunt transmise mai departe.
guide-request-send = Trimiteți cererea
guide-request-sent-heading = Cererile dvs. către acest ghid
guide-request-status-pending = Așteaptă să fie trimisă
guide-request-status-sent = Trimisă
guide-request-status-answered = Cu răspuns
home-guide-answers = Răspunsuri de la Welcome Guides
home-guide-answer-to = La mesajul dvs. „{ $message }”
vault-title = Fișiere atașate
vault-attach = Atașați o fotografie, o scanare sau un PDF
vault-drop = sau trageți un fișier aici
vault-local-only = Păstrate doar pe acest dispozitiv, criptate. Nu sunt încărcate niciodată.
vault-open = Deschideți
vault-replace = Înlocuiți
vault-delete = Ștergeți
vault-delete-confirm = Ștergeți { $name } de pe acest dispozitiv? Acțiunea nu poate fi anulată.
vault-pdf-pages = PDF, pagini: { $pages }
vault-close = Închideți
vault-key-missing-help = Puteți șterge fișierele de care nu mai aveți nevoie; se pot atașa fișiere noi când nu mai rămâne niciunul sau după restaurarea portcheiului.
appointment-export-pdf = PDF cu documentele
plan-export-pdf = Documentele ca PDF, cu scanări
error-app-no-viewer = Pe acest computer nu există nicio aplicație care deschide acest tip de fișier.
vault-count = { $count ->
    [one] 1 fișier atașat
    [few] { $count } fișiere atașate
   *[other] { $count } de fișiere atașate
}
settings-web-limits = În aplicația web autentificarea ta este păstrată criptat în acest browser (un browser nu are breloc de chei al sistemului), mementourile apar în aplicație, dar nu ca notificări de sistem, iar linkurile welcome-ruhr:// deschid doar aplicația pentru desktop. Scanările atașate documentelor și PDF-ul pentru programare există doar în aplicația desktop: cheia lor are nevoie de portcheiul sistemului.
web-store-busy-title = welcome.RUHR este deschis în altă filă
web-store-busy-text = Aplicația vă păstrează datele într-o singură filă odată. Folosiți cealaltă filă sau închideți-o: aceasta continuă apoi singură, fără să se piardă nimic.
