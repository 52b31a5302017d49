# completeness: 16 of 16 messages (2026-11-25)
# Textes communs à l'application, à la ligne de commande et aux notifications.
app-name = welcome.RUHR Companion
sync-items-applied = { $count ->
    [one] { $count } élément mis à jour
   *[other] { $count } éléments mis à jour
}

## Erreurs (chaque type de core::Error en a une)
error-network = Le portail est injoignable. Vous êtes hors ligne ou le portail est en panne ; tout ce qui est enregistré sur cet appareil reste utilisable.
error-unauthorized = Votre connexion a expiré ou a été révoquée. Veuillez vous reconnecter.
error-bad_credentials = L'adresse e-mail ou le mot de passe est incorrect.
error-conflict = Un compte existe déjà avec cette adresse e-mail.
error-invalid = Cette saisie n'est pas valide.
error-text-too-long = Ce texte est trop long : au maximum { $max } caractères peuvent être enregistrés.
error-change-too-large = Cette modification est trop volumineuse pour être enregistrée ({ $size } Ko ; au maximum { $max } Ko).
error-portal-invalid = Le portail n'a pas accepté ceci : { $detail }
error-rate_limited = Trop de tentatives. Veuillez patienter un instant, puis réessayer.
error-rate_limited-wait = { $minutes ->
    [0] { $seconds ->
        [one] Trop de tentatives. Veuillez réessayer dans { $seconds } seconde.
       *[other] Trop de tentatives. Veuillez réessayer dans { $seconds } secondes.
    }
    [one] Trop de tentatives. Veuillez réessayer dans { $minutes } minute.
   *[other] Trop de tentatives. Veuillez réessayer dans { $minutes } minutes.
}
error-not_found = Introuvable. L'élément a peut-être été supprimé.
error-portal = Le portail signale un problème. Veuillez réessayer plus tard.
error-bad_response = La réponse du portail est illisible. Rien n'a été modifié sur cet appareil.
error-storage = Les données de cet appareil n'ont pas pu être lues ou écrites.
error-overtaken = Une autre synchronisation a modifié la copie de cet appareil au même moment, celle-ci s'est donc arrêtée. La prochaine synchronisation reprend.
error-database_too_new = Ces données ont été enregistrées par une version plus récente de l'application (schéma { $found } ; cette version connaît le schéma { $supported }). Veuillez mettre l'application à jour.
error-keychain = Le trousseau du système n'est pas disponible : la connexion ne peut donc pas être enregistrée de façon sûre.
error-not_logged_in = Veuillez d'abord vous connecter.

error-vault_key_missing = La clé de vos fichiers joints ne se trouve pas dans le trousseau du système (par exemple après sa réinitialisation). Vos fichiers sont conservés et s’ouvriront de nouveau une fois le trousseau restauré.
error-vault_damaged = Ce fichier est endommagé et ne peut pas être ouvert. Remplacez-le par l’original ou supprimez-le.
error-vault-type = Ce fichier ne peut pas être joint. Choisissez une photo ou un scan (JPEG, PNG, WebP) ou un PDF.
error-vault-too-large = Ce fichier fait { $size } Mo ; les fichiers jusqu’à { $limit } Mo peuvent être joints.
error-vault-corrupt = Ce fichier est endommagé ou protégé par un mot de passe ; il ne peut pas être joint. Essayez une autre copie.
error-pdf-no-font = Aucune police pour le PDF n’a été trouvée sur ce système. Installez les polices DejaVu et réessayez.
