# completeness: 16 of 16 messages (2026-11-25)
# Texte comune aplicației, liniei de comandă și notificărilor.
app-name = welcome.RUHR Companion
sync-items-applied = { $count ->
    [one] { $count } element actualizat
    [few] { $count } elemente actualizate
   *[other] { $count } de elemente actualizate
}

## Erori (fiecare tip de core::Error are un mesaj)
error-network = Portalul nu poate fi accesat. Dispozitivul nu este conectat la internet sau portalul nu funcționează; tot ce este salvat pe acest dispozitiv funcționează în continuare.
error-unauthorized = Sesiunea de autentificare a expirat sau a fost revocată. Vă rugăm să vă autentificați din nou.
error-bad_credentials = Adresa de e-mail sau parola nu este corectă.
error-conflict = Există deja un cont cu această adresă de e-mail.
error-invalid = Această valoare nu este validă.
error-text-too-long = Acest text este prea lung: se pot salva cel mult { $max } caractere.
error-change-too-large = Această modificare este prea mare pentru a fi salvată ({ $size } KB; cel mult { $max } KB).
error-portal-invalid = Portalul nu a acceptat acest lucru: { $detail }
error-rate_limited = Prea multe încercări. Vă rugăm să așteptați puțin și să încercați din nou.
error-rate_limited-wait = { $minutes ->
    [0] { $seconds ->
        [one] Prea multe încercări. Vă rugăm să încercați din nou peste { $seconds } secundă.
        [few] Prea multe încercări. Vă rugăm să încercați din nou peste { $seconds } secunde.
       *[other] Prea multe încercări. Vă rugăm să încercați din nou peste { $seconds } de secunde.
    }
    [one] Prea multe încercări. Vă rugăm să încercați din nou peste { $minutes } minut.
    [few] Prea multe încercări. Vă rugăm să încercați din nou peste { $minutes } minute.
   *[other] Prea multe încercări. Vă rugăm să încercați din nou peste { $minutes } de minute.
}
error-not_found = Nu a fost găsit. Este posibil să fi fost eliminat.
error-portal = Portalul a semnalat o problemă. Vă rugăm să încercați mai târziu.
error-bad_response = Răspunsul portalului nu a putut fi citit. Nu s-a modificat nimic pe acest dispozitiv.
error-storage = Datele de pe acest dispozitiv nu au putut fi citite sau scrise.
error-overtaken = O altă sincronizare a modificat copia de pe acest dispozitiv în același moment, așa că aceasta s-a oprit. Următoarea sincronizare continuă.
error-database_too_new = Aceste date au fost salvate de o versiune mai nouă a aplicației (schema { $found }, această versiune cunoaște schema { $supported }). Vă rugăm să actualizați aplicația.
error-keychain = Portcheiul sistemului nu este disponibil, așa că datele de autentificare nu pot fi păstrate în siguranță.
error-not_logged_in = Vă rugăm să vă autentificați mai întâi.

error-vault_key_missing = Cheia fișierelor atașate lipsește din portcheiul sistemului (de exemplu după resetarea acestuia). Fișierele sunt păstrate și se vor deschide din nou după restaurarea portcheiului.
error-vault_damaged = Acest fișier este deteriorat și nu poate fi deschis. Înlocuiți-l cu originalul sau ștergeți-l.
error-vault-type = Acest fișier nu poate fi atașat. Alegeți o fotografie sau o scanare (JPEG, PNG, WebP) ori un PDF.
error-vault-too-large = Acest fișier are { $size } MB; se pot atașa fișiere de până la { $limit } MB.
error-vault-corrupt = Acest fișier este deteriorat sau protejat cu parolă, deci nu poate fi atașat. Încercați altă copie.
error-pdf-no-font = Nu s-a găsit niciun font pentru PDF pe acest sistem. Instalați fonturile DejaVu și încercați din nou.
