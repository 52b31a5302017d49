# completeness: 9 of 9 messages (2026-11-25)
## Emplois : recherche, offres enregistrées, recherches enregistrées et alertes emploi.

# Le titre d'une alerte emploi (notification de bureau et boîte de réception).
jobs-alert-title = { $count ->
    [one] { $count } nouvelle offre pour « { $name } »
   *[other] { $count } nouvelles offres pour « { $name } »
}
# Le texte d'une alerte : les premiers intitulés, et combien d'autres il y a.
jobs-alert-body = { $more ->
    [0] { $titles }
    [one] { $titles } et { $more } autre
   *[other] { $titles } et { $more } autres
}

error-jobs-radius = Le rayon doit être supérieur à 0 et d'au plus { $max } km (valeur reçue : { $value }).
error-jobs-place-and-radius = Cherchez soit dans des communes, soit autour d'un lieu, mais pas les deux.
error-jobs-coordinates = Ces coordonnées ne désignent aucun lieu sur Terre.
error-jobs-unknown-place = Le lieu « { $place } » est inconnu.
error-jobs-search-name = Donnez à la recherche un nom de 1 à { $max } caractères.
jobs-cli-no-alerts = Aucune nouvelle alerte emploi.
jobs-cli-marked-read = { $count ->
    [one] { $count } alerte marquée comme lue.
   *[other] { $count } alertes marquées comme lues.
}
