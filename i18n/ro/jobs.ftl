# completeness: 9 of 9 messages (2026-11-25)
## Locuri de muncă: căutare, anunțuri salvate, căutări salvate și alerte.

# Titlul unei alerte (notificare pe desktop și în căsuța de mesaje).
jobs-alert-title = { $count ->
    [one] Un loc de muncă nou pentru „{ $name }”
    [few] { $count } locuri de muncă noi pentru „{ $name }”
   *[other] { $count } de locuri de muncă noi pentru „{ $name }”
}
# Textul alertei: primele titluri și câte mai sunt.
jobs-alert-body = { $more ->
    [0] { $titles }
    [one] { $titles } și încă unul
    [few] { $titles } și încă { $more }
   *[other] { $titles } și încă { $more }
}

error-jobs-radius = Raza trebuie să fie mai mare de 0 și cel mult { $max } km (valoare primită: { $value }).
error-jobs-place-and-radius = Căutați fie în localități, fie în jurul unui loc, nu în ambele moduri.
error-jobs-coordinates = Aceste coordonate nu indică un loc de pe Pământ.
error-jobs-unknown-place = Locul „{ $place }” nu este cunoscut.
error-jobs-search-name = Dați căutării un nume de 1 până la { $max } caractere.
jobs-cli-no-alerts = Nu există alerte noi de locuri de muncă.
jobs-cli-marked-read = { $count ->
    [one] O alertă a fost marcată ca citită.
    [few] { $count } alerte au fost marcate ca citite.
   *[other] { $count } de alerte au fost marcate ca citite.
}
