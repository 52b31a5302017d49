# completeness: 233 of 233 messages (2026-11-25)
# Les écrans de l'application (ui/).

## Navigation
nav-label = Navigation principale
nav-skip-to-content = Aller au contenu
nav-home = Accueil
nav-plan = Mon plan
nav-contacts = Contacts
nav-jobs = Emplois
nav-settings = Réglages

## État de la synchronisation
sync-running = Mise à jour…
sync-offline = Hors ligne : affichage des données enregistrées sur cet appareil
sync-last-success = Mis à jour { $when }
sync-never = Pas encore mis à jour
sync-now = Synchroniser maintenant

## Premier lancement
firstrun-welcome = Bienvenue dans la Ruhr !
firstrun-intro = Cette application vous aide à préparer votre installation : quel titre de séjour vous convient, de quels documents vous avez besoin, que faire après l'arrivée et avant quelle date. Elle fonctionne hors ligne.
firstrun-choose-language = Choisissez votre langue
firstrun-continue = Continuer
firstrun-privacy = Vos réponses restent sur cet appareil, sauf si vous créez un compte pour les synchroniser.
firstrun-questions-title = Parlez-nous de votre installation
firstrun-downloading = Téléchargement des listes de tâches, des administrations et des offres d'emploi…
firstrun-retry = Réessayer

## Questionnaire
q-intro = Vos réponses déterminent le parcours de séjour, les documents et les étapes qui vous concernent. Vous pouvez les modifier à tout moment.
q-section-you = Vous
q-section-qualification = Qualification et langues
q-section-job = Votre offre d'emploi
q-section-family-reunion = Le membre de la famille que vous rejoignez
q-section-move = Votre installation
q-citizenship = Nationalité
q-citizenship-other = Hors UE, EEE et Suisse
q-citizenship-eu_eea_swiss = UE, EEE ou Suisse
q-age = Âge
q-purpose = Pourquoi venez-vous ?
q-purpose-work_with_offer = Pour travailler (j'ai une offre d'emploi)
q-purpose-job_search = Pour chercher un emploi
q-purpose-study = Pour faire des études
q-purpose-vocational_training = Pour une formation professionnelle (Ausbildung)
q-purpose-family_reunion = Pour rejoindre ma famille
q-qualification = Qualification la plus élevée
q-qualification-academic = Diplôme universitaire
q-qualification-vocational = Qualification professionnelle
q-qualification-none = Aucune de celles-ci
q-recognition = Est-elle reconnue en Allemagne (Anerkennung) ?
q-recognition-recognised = Oui, reconnue ou comparable (anabin "H+")
q-recognition-partial = Partiellement reconnue
q-recognition-pending = Demande déposée, pas encore de décision
q-recognition-none = Pas encore
q-recognition-hint = Le conseil en reconnaissance (Anerkennungsberatung) de votre ville peut vous aider à le savoir.
q-experience = Années d'expérience professionnelle
q-experience-last-5 = …dont au cours des 5 dernières années
q-experience-last-7 = …dont au cours des 7 dernières années
q-german = Allemand
q-english = Anglais
q-level-none = aucun
q-level-a1 = A1
q-level-a2 = A2
q-level-b1 = B1
q-level-b2 = B2
q-level-c1 = C1
q-level-c2 = C2
q-previous-stay = J'ai déjà vécu légalement en Allemagne pendant 6 mois ou plus
q-it-specialist = Ma spécialité est l'informatique
q-recent-graduate = J'ai obtenu mon diplôme au cours des 3 dernières années
q-salary = Salaire annuel brut (Bruttojahresgehalt) de l'offre d'emploi (EUR)
q-salary-hint = Tel qu'indiqué dans le contrat ou l'offre d'emploi, avant impôts.
q-shortage = L'emploi relève d'un métier en pénurie (Engpassberuf)
q-sponsor = Son titre de séjour (Aufenthaltstitel)
q-sponsor-blue_card = Carte bleue européenne (Blaue Karte EU)
q-sponsor-skilled_vocational = Professionnel qualifié avec formation professionnelle (§ 18a)
q-sponsor-skilled_academic = Professionnel qualifié avec diplôme universitaire (§ 18b)
q-sponsor-researcher = Chercheur ou chercheuse (§ 18d)
q-sponsor-specialist_employment = Spécialiste informatique ou fonction particulière (§ 19c)
q-sponsor-ict_card = Carte ICT pour les mutations intragroupe (§ 19)
q-sponsor-self_employed = Activité indépendante (§ 21)
q-sponsor-german = Nationalité allemande
q-sponsor-other = Un autre titre
q-family-role = Votre lien avec cette personne
q-family-role-spouse = Conjoint ou partenaire
q-family-role-child = Enfant
q-choose = Veuillez choisir
q-municipality = Où habiterez-vous dans la Ruhr ?
q-university = Votre université
q-university-hint = Son bureau des relations internationales (International Office) s’occupe de l’admission et de l’inscription ; le plan vous y renvoie.
q-independent-cities = Villes-arrondissements (kreisfreie Städte)
q-needs-content = La liste des communes arrive avec la première synchronisation. Veuillez vous connecter une fois à Internet.
q-arrival = Arrivée prévue
q-arrival-hint = Le jour de votre entrée en Allemagne. Le plan signale les documents qui expirent moins de 6 mois après.
q-move-in = Jour de l'emménagement dans votre logement (facultatif)
q-move-in-hint = La déclaration de domicile (Anmeldung) doit être faite dans les 14 jours suivant l'emménagement. Laissez vide si vous emménagez le jour de votre arrivée.
q-spouse-coming = Mon époux, mon épouse ou mon ou ma partenaire m'accompagne
q-children = Enfants qui viennent aussi
q-partner-eligible = Mon ou ma partenaire remplit aussi les conditions de la carte d'opportunité (Chancenkarte)
q-submit = Créer mon plan

## Accueil
home-title = Vos prochaines étapes
home-next-steps = Prochaines étapes
home-progress = { $done } sur { $total } faits
home-all-done = Tout est fait. Félicitations !
home-deadlines = Échéances
home-new-job-alerts = { $count ->
    [one] Il y a une nouvelle alerte emploi.
   *[other] Il y a { $count } nouvelles alertes emploi.
}
home-no-plan-yet = Pas encore de plan.
home-start-plan = Commencer le questionnaire

## Plan
plan-title = Mon plan
plan-answers-title = Vos réponses
plan-cancel = Annuler
plan-change-answers = Modifier les réponses
plan-no-path = Aucun parcours de séjour ne convient avec certitude
plan-points = Points pour la carte d'opportunité (Chancenkarte) : { $total } (nécessaires : { $required })
plan-all-paths = Comparaison de tous les parcours de séjour
plan-export-ics = Échéances vers l'agenda (.ics)
plan-export-documents = Liste de documents imprimable
plan-exported = Enregistré dans { $path }
plan-phase-progress = { $done } sur { $total }
plan-kind-document = Document
plan-kind-step = Étape
plan-status = Statut
plan-saved = Enregistré
plan-due = Échéance : { $date }
plan-due-by-law = Échéance légale : { $date }
plan-expiry-badge = Valable jusqu'au { $date } : { $warning }
plan-details = Détails, notes et administration
plan-set-due = Date d'échéance
plan-expiry = Valable jusqu'au
plan-note = Notes
plan-note-conflict = Cette note a été modifiée sur deux appareils en même temps. L'autre version :

## Foyer
household-title = Foyer
household-whose-plan = Plan de
household-name = Nom
household-relation = Lien
household-add = Ajouter une personne
household-remove = Retirer

## Sources et textes du portail
source-link = Source
source-reviewed = vérifié le { $date }
text-fallback = en { $lang }
text-fallback-hint = Pas encore disponible dans votre langue
text-unreviewed = traduction non vérifiée
text-unreviewed-hint = Traduit, pas encore vérifié : voir l’original anglais et allemand
text-hide-original = masquer l’original
sample-data = Données d'exemple
sample-data-hint = Inventé pour la démonstration : ni une vraie personne ni un vrai numéro.

## Contacts
contacts-title = Contacts
contacts-search = Recherche
contacts-municipality = Commune
contacts-language = Langue parlée
contacts-kind = Type de service
contacts-all = Tous
contacts-search-button = Rechercher
contacts-offices = { $count ->
    [one] Un service
   *[other] { $count } services
}
contacts-guides = { $count ->
    [one] Un Welcome Guide
   *[other] { $count } Welcome Guides
}
contacts-guides-intro = Les Welcome Guides sont des bénévoles formés qui ont eux-mêmes fait le choix de s'installer ici. Ils vous conseillent individuellement et gratuitement.
contacts-none = Aucun résultat. Essayez une autre commune ou moins de filtres.
contacts-serves-from-elsewhere = Compétent pour votre commune, situé dans le chef-lieu d'arrondissement (Kreisstadt).
contact-languages = Langues : { $languages }
contact-call = Appeler
contact-mail = E-mail
contact-web = Site web
office-kind-foreigners_office = Service des étrangers (Ausländerbehörde)
office-kind-citizens_office = Bureau des citoyens (Bürgeramt)
office-kind-welcome_centre = Centre d'accueil (Welcome Center)
office-kind-recognition_counselling = Conseil en reconnaissance (Anerkennungsberatung)
office-kind-job_centre = Jobcenter (revenu de base Bürgergeld)
office-kind-youth_office = Service de la jeunesse (Jugendamt)
office-kind-migration_counselling = Conseil aux personnes migrantes (Migrationsberatung)
office-kind-employment_agency = Agence pour l'emploi (Agentur für Arbeit)
office-kind-youth_migration_service = Service migration jeunesse (Jugendmigrationsdienst)
office-kind-university_international_office = Service des relations internationales de l'université (International Office)

## Emplois
jobs-title = Emplois
jobs-tab-search = Recherche
jobs-tab-saved = Enregistrés ({ $count })
jobs-tab-alerts = Alertes ({ $count })
jobs-unread-alerts = { $count ->
    [one] une alerte non lue
   *[other] { $count } alertes non lues
}
jobs-what = Quoi
jobs-what-placeholder = Intitulé du poste, métier ou employeur
jobs-where = Où
jobs-anywhere = Partout dans la Ruhr
jobs-radius = Distance
jobs-radius-town-only = Cette commune uniquement
jobs-radius-km = dans un rayon de { $km } km
jobs-working-time = Temps de travail
working-time-full_time = Temps plein
working-time-part_time = Temps partiel
working-time-shift = En équipes
working-time-home_office = Télétravail
working-time-mini_job = Minijob
jobs-offer-type = Type
jobs-any = Tous
offer-type-job = Emploi
offer-type-self_employment = Travail indépendant
offer-type-apprenticeship = Apprentissage (Ausbildung)
offer-type-internship = Stage (Praktikum)
jobs-since = Publiées depuis
jobs-sort = Ordre
jobs-sort-date = Les plus récentes d'abord
jobs-sort-relevance = Les plus pertinentes d'abord
jobs-sort-distance = Les plus proches d'abord
jobs-search-button = Rechercher
jobs-found = { $count ->
    [one] Une offre trouvée
   *[other] { $count } offres trouvées
}
jobs-distance = à { $km } km
jobs-previous = Précédent
jobs-next = Suivant
jobs-save = Enregistrer l'offre
jobs-unsave = Retirer des offres enregistrées
jobs-saved = Enregistrée. Vous gardez l'annonce même après son retrait.
jobs-unsaved = Retirée de vos offres enregistrées.
jobs-back = Retour à la liste
jobs-expired = L'annonce n'est plus en ligne : voici votre copie enregistrée
jobs-regulated-title = Profession réglementée
jobs-regulated-licence = En Allemagne, vous ne pouvez exercer cette profession qu’une fois votre qualification étrangère reconnue (Anerkennung) ou avec une autorisation d’exercer (Berufserlaubnis, Approbation). Commencez tôt : cela prend des mois.
jobs-regulated-protected-title = Ce titre professionnel est protégé en Allemagne : vous ne pouvez le porter qu’une fois votre qualification étrangère reconnue (Anerkennung).
jobs-regulated-counselling = Le conseil en reconnaissance (Anerkennungsberatung) vous aide gratuitement :
jobs-open-ad = Ouvrir la page de l’annonce
jobs-published = publiée le { $date }
jobs-salary = Salaire : { $salary }
jobs-save-search = Recevoir des alertes pour cette recherche
jobs-save-search-placeholder = Nom de l'alerte, p. ex. Soins infirmiers à Essen
jobs-save-search-button = Enregistrer la recherche
jobs-search-saved = Enregistrée. Après chaque synchronisation, les nouvelles offres correspondantes vous seront signalées.
jobs-search-unnamed = Ma recherche
jobs-no-saved = Aucune offre enregistrée pour l'instant. Enregistrez une offre pour la garder, même hors ligne.
jobs-alerts-title = Alertes emploi
jobs-mark-all-read = Tout marquer comme lu
jobs-mark-read = Marquer comme lue
jobs-no-alerts = Aucune alerte pour l'instant.
jobs-saved-searches = Recherches enregistrées
jobs-delete-search = Supprimer
jobs-no-saved-searches = Aucune recherche enregistrée pour l'instant.

## Réglages
settings-title = Réglages
settings-saved = Enregistré.
settings-language = Langue et apparence
settings-language-label = Langue
settings-language-system = Comme le système
settings-language-partial = traduction partielle
settings-theme = Thème
settings-theme-system = Comme le système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-sync = Synchronisation
settings-jobs-cached = { $count ->
    [one] une offre sur cet appareil
   *[other] { $count } offres sur cet appareil
}
settings-pending-changes = { $count ->
    [0] toutes les modifications ont été envoyées
    [one] une modification en attente d'envoi
   *[other] { $count } modifications en attente d'envoi
}
settings-sync-paused = Suspendre la synchronisation automatique
settings-sync-interval = Synchroniser automatiquement
settings-every-minutes = { $minutes ->
    [60] toutes les heures
    [1440] une fois par jour
    [one] chaque minute
   *[other] toutes les { $minutes } minutes
}
settings-portal = Adresse du portail
settings-save = Enregistrer

## Compte
content-kind-other = Autre
sync-rejected = { $count ->
    [one] Une modification n'a pas pu être enregistrée sur le portail et a été annulée sur cet appareil :
   *[other] { $count } modifications n'ont pas pu être enregistrées sur le portail et ont été annulées sur cet appareil :
}
sync-rejected-dismiss = J'ai lu
account-title = Compte
account-why = Aucun compte n'est nécessaire. Avec un compte, votre plan et vos offres enregistrées se synchronisent entre vos appareils.
account-email = E-mail
account-password = Mot de passe (10 caractères au moins)
account-login = Se connecter
account-register = Créer un compte
account-logout = Se déconnecter
account-logged-in = Connexion réussie.
account-registered = Votre compte a été créé et la connexion est établie.
account-logged-out = Déconnexion effectuée. Vos données restent sur cet appareil.
account-logout-question = Conserver les données de ce compte sur cet appareil ?
account-logout-keep = Me déconnecter, garder mes données ici
account-logout-remove = Me déconnecter et supprimer mes données de cet appareil
account-logout-unsent = { $count } modifications ne sont pas encore parvenues au portail. Si vous supprimez vos données maintenant, elles seront perdues ; si vous les gardez, elles seront envoyées à votre prochaine connexion.
account-logged-out-removed = Vous êtes déconnecté et vos données ont été supprimées de cet appareil. Elles restent enregistrées sur le portail.
account-joined = { $count } entrées créées sur cet appareil avant la connexion appartiennent désormais à votre compte.
account-logged-in-as = Compte connecté : { $email }
sessions-title = Appareils connectés à ce compte
sessions-this-device = Cet appareil
sessions-unnamed = Appareil sans nom
sessions-last-seen = Dernière utilisation : { $when }
sessions-since = Connecté depuis : { $when }
sessions-revoke = Déconnecter cet appareil-là
sessions-revoked = Cet appareil a été déconnecté. Ses données y restent, mais il ne se synchronise plus tant que personne ne s'y reconnecte.
error-app-sync-interval = { $minutes ->
    [one] Un intervalle de { $minutes } minute n'est pas possible. Choisissez entre 5 minutes et une semaine.
   *[other] Un intervalle de { $minutes } minutes n'est pas possible. Choisissez entre 5 minutes et une semaine.
}

## Reminders
home-reminders = Rappels
home-reminder-late = en retard
home-reminder-read = Lu
settings-reminders = Rappels
settings-reminders-enabled = Me rappeler les échéances et les dates d’expiration
settings-reminders-days = Combien de jours avant
settings-reminders-day = { $days ->
    [one] 1 jour avant
   *[other] { $days } jours avant
}
settings-reminders-hint = Les rappels arrivent en notification de bureau à 9 heures du matin et restent ici, sur la page d’accueil. Un rappel prévu pendant que l’application est fermée arrive à sa prochaine ouverture.
plan-reminders = Rappels
plan-reminders-default = Comme dans les réglages
plan-reminders-none = Aucun rappel

## Appointments
appointments-title = Rendez-vous
appointments-add = Ajouter un rendez-vous
appointments-none = Pas encore de rendez-vous. Ajoutez ceux qu’on vous donne (Anmeldung, service des étrangers, entretien de visa) : ils vous sont rappelés et vont dans le fichier de calendrier.
appointments-delete = Supprimer
appointments-what = Quoi
appointments-what-placeholder = p. ex. Anmeldung au Bürgeramt
appointments-date = Date
appointments-time = Heure
appointments-office = Administration
appointments-office-none = Un autre lieu
appointments-place = Lieu
appointments-save = Enregistrer
appointments-cancel = Annuler

## Guide requests

guide-request-write = Écrire à ce guide
guide-request-saved = Votre demande est enregistrée. Elle sera envoyée dès que vous serez en ligne ; la réponse s’affichera sur l’écran d’accueil.
guide-request-login-needed = Pour écrire à un guide, il vous faut un compte : c’est par lui que le guide vous répond. Connectez-vous ou inscrivez-vous dans les Réglages.
guide-request-login = Se connecter
guide-request-language = Langue
guide-request-topic = Thème
guide-topic-visa = Visa et séjour
guide-topic-family = Famille
guide-topic-jobs = Travail
guide-topic-recognition = Reconnaissance des diplômes
guide-topic-housing = Logement
guide-topic-study = Études
guide-request-message-label = Votre message
guide-request-count = { $count } sur { $max } caractères
guide-request-reach = Comment le guide peut-il vous joindre ?
guide-request-method-app = Uniquement via l’application
guide-request-method-email = Par e-mail
guide-request-method-phone = Par téléphone
guide-request-email = Votre adresse e-mail
guide-request-phone = Votre numéro de téléphone
guide-request-consent = J’accepte que { $guide } reçoive mon message et mes coordonnées pour me répondre. Elles ne servent qu’à cette réponse et ne sont transmises à personne.
guide-request-send = Envoyer la demande
guide-request-sent-heading = Vos demandes à ce guide
guide-request-status-pending = En attente d’envoi
guide-request-status-sent = Envoyée
guide-request-status-answered = Répondue
home-guide-answers = Réponses des Welcome Guides
home-guide-answer-to = À votre message « { $message } »
vault-title = Fichiers joints
vault-attach = Joindre une photo, un scan ou un PDF
vault-drop = ou déposez un fichier ici
vault-local-only = Conservés uniquement sur cet appareil, chiffrés. Jamais envoyés.
vault-open = Ouvrir
vault-replace = Remplacer
vault-delete = Supprimer
vault-delete-confirm = Supprimer { $name } de cet appareil ? Cette action est définitive.
vault-pdf-pages = PDF, { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}
vault-close = Fermer
vault-key-missing-help = Vous pouvez supprimer les fichiers dont vous n’avez plus besoin ; de nouveaux fichiers pourront être joints lorsqu’il n’en restera aucun ou que le trousseau sera restauré.
appointment-export-pdf = PDF avec les documents
plan-export-pdf = Documents en PDF, avec les scans
error-app-no-viewer = Aucune application de cet ordinateur n’ouvre ce type de fichier.
vault-count = { $count ->
    [one] 1 fichier joint
   *[other] { $count } fichiers joints
}
settings-web-limits = Dans l’application web, votre connexion est conservée chiffrée dans ce navigateur (un navigateur n’a pas de trousseau système), les rappels s’affichent dans l’application mais pas comme notifications système, et les liens welcome-ruhr:// n’ouvrent que l’application de bureau. Les scans joints aux documents et le PDF du rendez-vous n’existent que dans l’application de bureau : leur clé a besoin du trousseau du système.
web-store-busy-title = welcome.RUHR est ouvert dans un autre onglet
web-store-busy-text = L’application garde vos données dans un seul onglet à la fois. Utilisez l’autre onglet ou fermez-le : celui-ci continuera alors tout seul, sans rien perdre.
