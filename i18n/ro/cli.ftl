# completeness: 33 of 33 messages (2026-11-25)
# Linia de comandă `welcome` (crates/cli).
cli-error = Eroare: { $message } ({ $kind })
cli-password-prompt = Parolă:
cli-login-done = Autentificat ca { $email }.
cli-register-done = Contul { $email } a fost creat; v-ați autentificat.
cli-logout-done = V-ați deconectat.
cli-login-joined = { $count } înregistrări create pe acest dispozitiv înainte de conectare aparțin acum acestui cont și vor fi încărcate.
cli-logout-removed = Deconectat. Datele acestui cont au fost șterse de pe acest dispozitiv.

## Sincronizare
cli-sync-phase-content = Conținut
cli-sync-phase-index = Se construiește indexul de căutare
cli-sync-phase-upload = Se trimit modificările dumneavoastră
cli-sync-phase-download = Se primesc datele dumneavoastră
cli-sync-progress = { $phase }: pagina { $pages }, elemente: { $items }, octeți: { $bytes }
cli-sync-done = Sincronizare încheiată: modificări: { $items }, locuri de muncă noi: { $jobs }, octeți: { $bytes }, durată: { $seconds } s.
cli-sync-resynced = Portalul a cerut o reîmprospătare completă; memoria cache a fost reconstruită.
cli-sync-user = Modificări trimise: { $pushed }, înregistrări primite: { $pulled }.

## Stare
cli-status-portal = Portal: { $url }
cli-status-logged-in = Autentificat ca { $email }.
cli-status-logged-out = Neautentificat.
cli-status-last-success = Ultima sincronizare reușită: { $when }
cli-status-never = Încă nesincronizat.
cli-status-last-error = Ultima sincronizare a eșuat: { $message }
cli-status-jobs = { $count ->
    [one] un loc de muncă pe acest dispozitiv
    [few] { $count } locuri de muncă pe acest dispozitiv
   *[other] { $count } de locuri de muncă pe acest dispozitiv
}
cli-status-pending = { $count ->
    [one] o modificare așteaptă să fie trimisă
    [few] { $count } modificări așteaptă să fie trimise
   *[other] { $count } de modificări așteaptă să fie trimise
}

## Căutare
error-cli-unknown-city = „{ $city }” nu este o localitate din regiunea Ruhr cunoscută de acest dispozitiv. Sincronizați mai întâi sau folosiți numele localității.
cli-search-jobs-total = { $total ->
    [one] S-a găsit un loc de muncă.
    [few] S-au găsit { $total } locuri de muncă.
   *[other] S-au găsit { $total } de locuri de muncă.
}
cli-search-job-line = { $title } · { $employer }, { $city } ({ $published }) [{ $id }]
cli-search-contacts-total = { $total ->
    [one] S-a găsit un contact.
    [few] S-au găsit { $total } contacte.
   *[other] S-au găsit { $total } de contacte.
}
cli-search-contact-line = { $name } · { $place }

## Setări
cli-settings-saved = Setările au fost salvate.
cli-settings-system-language = la fel ca sistemul
cli-settings-jobs-everywhere = toate locurile de muncă din regiune
cli-settings-portal = Portal: { $value }
cli-settings-language = Limbă: { $value }
cli-settings-paused = Sincronizare în fundal întreruptă: { $value }
cli-settings-jobs = Locuri de muncă sincronizate: { $value }

## Sesiuni
cli-sessions-none = Niciun dispozitiv nu este autentificat în acest cont.
cli-sessions-unnamed = dispozitiv fără nume
cli-sessions-line = { $id }  { $device } · autentificat { $created } · ultima activitate { $last_seen }
cli-sessions-line-current = { $id }  { $device } · autentificat { $created } · ultima activitate { $last_seen } · acest dispozitiv
cli-sessions-revoked = Sesiunea { $id } a fost revocată; acel dispozitiv a fost deconectat.
cli-sessions-revoked-own = Sesiunea { $id } a fost revocată; acest dispozitiv a fost deconectat.
