# completeness: 33 of 33 messages (2026-11-25)
# La ligne de commande `welcome` (crates/cli).
cli-error = Erreur : { $message } ({ $kind })
cli-password-prompt = Mot de passe :
cli-login-done = Connexion établie avec { $email }.
cli-register-done = Compte { $email } créé ; la connexion est établie.
cli-logout-done = Déconnexion effectuée.
cli-login-joined = { $count } entrées créées sur cet appareil avant la connexion appartiennent désormais à ce compte et seront envoyées.
cli-logout-removed = Déconnecté. Les données de ce compte ont été supprimées de cet appareil.

## Synchronisation
cli-sync-phase-content = Contenus
cli-sync-phase-index = Construction de l'index de recherche
cli-sync-phase-upload = Envoi de vos modifications
cli-sync-phase-download = Réception de vos données
cli-sync-progress = { $phase } : page { $pages }, { $items } éléments, { $bytes } octets
cli-sync-done = Synchronisation terminée : { $items } modifications, { $jobs } nouvelles offres, { $bytes } octets en { $seconds } s.
cli-sync-resynced = Le portail a demandé une actualisation complète ; le cache a été reconstruit.
cli-sync-user = Modifications envoyées : { $pushed } ; enregistrements reçus : { $pulled }.

## État
cli-status-portal = Portail : { $url }
cli-status-logged-in = Compte connecté : { $email }.
cli-status-logged-out = Aucune connexion.
cli-status-last-success = Dernière synchronisation réussie : { $when }
cli-status-never = Pas encore synchronisé.
cli-status-last-error = La dernière synchronisation a échoué : { $message }
cli-status-jobs = { $count ->
    [one] { $count } offre sur cet appareil
   *[other] { $count } offres sur cet appareil
}
cli-status-pending = { $count ->
    [one] { $count } modification en attente d'envoi
   *[other] { $count } modifications en attente d'envoi
}

## Recherche
error-cli-unknown-city = « { $city } » n'est pas une commune de la Ruhr connue de cet appareil. Synchronisez d'abord, ou utilisez le nom de la commune.
cli-search-jobs-total = { $total ->
    [one] { $total } offre trouvée.
   *[other] { $total } offres trouvées.
}
cli-search-job-line = { $title } · { $employer }, { $city } ({ $published }) [{ $id }]
cli-search-contacts-total = { $total ->
    [one] { $total } contact trouvé.
   *[other] { $total } contacts trouvés.
}
cli-search-contact-line = { $name } · { $place }

## Réglages
cli-settings-saved = Réglages enregistrés.
cli-settings-system-language = comme le système
cli-settings-jobs-everywhere = toutes les offres de la région
cli-settings-portal = Portail : { $value }
cli-settings-language = Langue : { $value }
cli-settings-paused = Synchronisation en arrière-plan suspendue : { $value }
cli-settings-jobs = Offres synchronisées : { $value }

## Sessions
cli-sessions-none = Aucun appareil n'est connecté à ce compte.
cli-sessions-unnamed = appareil sans nom
cli-sessions-line = { $id }  { $device } · connecté le { $created } · dernière activité le { $last_seen }
cli-sessions-line-current = { $id }  { $device } · connecté le { $created } · dernière activité le { $last_seen } · cet appareil
cli-sessions-revoked = Session { $id } révoquée ; l'appareil concerné est déconnecté.
cli-sessions-revoked-own = Session { $id } révoquée ; cet appareil est déconnecté.
