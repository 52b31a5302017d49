# completeness: 119 of 119 messages (2026-11-25)
# Le plan personnel d'installation : erreurs du questionnaire, motifs des parcours, statuts, exports.

## Erreurs du questionnaire
error-plan-arrival-past = L'arrivée prévue ({ $date }) est dans le passé. Veuillez indiquer un jour à partir d'aujourd'hui.
error-plan-move-in-before-arrival = Le jour de l'emménagement ({ $move_in }) ne peut pas précéder l'arrivée ({ $arrival }).
error-plan-move-in-past = Le jour de l'emménagement ({ $date }) est dans le passé. Veuillez indiquer un jour à partir d'aujourd'hui.
error-plan-application-after-arrival = La demande de visa ({ $date }) ne peut pas être postérieure à l'arrivée : le visa est nécessaire avant l'entrée.
error-plan-salary-negative = Le salaire { $salary } n'est pas possible. Veuillez indiquer le salaire annuel brut (Bruttojahresgehalt) en euros (0 ou plus).
error-plan-salary-absurd = Le salaire { $salary } ressemble à une faute de frappe. Veuillez indiquer le salaire annuel brut (Bruttojahresgehalt) en euros.
error-plan-age-range = L'âge { $age } n'est pas possible. Veuillez indiquer un âge entre 0 et 120 ans.
error-plan-experience-age = { $years ->
    [one] { $years } an d'expérience professionnelle ne correspond pas à un âge de { $age } ans.
   *[other] { $years } ans d'expérience professionnelle ne correspondent pas à un âge de { $age } ans.
}
error-plan-experience-inconsistent = Les années d'expérience ne concordent pas : au plus 5 sur les 5 dernières années, au plus 7 sur les 7 dernières années, et jamais plus que le total.
error-plan-recognition-without-qualification = Un état de reconnaissance (Anerkennung) suppose une qualification. Veuillez d'abord choisir votre qualification.
error-plan-family-sponsor-missing = Pour le regroupement familial (Familiennachzug), veuillez indiquer qui vous rejoignez (conjoint ou enfant) et quel titre de séjour (Aufenthaltstitel) cette personne possède.
error-plan-municipality-unknown = « { $municipality } » n'est pas une commune de la Ruhr. Veuillez en choisir une dans la liste.
error-plan-municipalities-missing = La liste des communes n'est pas encore chargée : « { $municipality } » ne peut donc pas être vérifiée. Veuillez synchroniser une fois avec le portail.
error-plan-path-unknown = « { $path } » n'est pas un parcours de séjour du plan.
error-plan-person-unknown = Il n'y a aucune personne « { $person } » dans ce foyer.
error-plan-person-id = « { $person } » ne peut pas servir d'identifiant : utilisez des lettres minuscules, des chiffres, - ou _ (40 au plus).
error-plan-person-exists = Il y a déjà une personne « { $person } » dans ce foyer.
error-plan-person-name = Veuillez indiquer un nom de 1 à 100 caractères.
error-plan-item-unknown = « { $item } » n'est pas un élément de ce plan.
error-plan-status-unknown = « { $status } » n'est pas un statut. Documents : missing, requested, received, translated_certified, submitted, not_needed. Étapes : open, in_progress, done, not_needed.
error-plan-status-kind = Le statut « { $status } » ne convient pas à « { $item } » (documents et étapes ont des statuts différents).
error-plan-expiry-step = Seuls les documents ont une date d'expiration ; « { $item } » est une étape.
error-plan-note-long = La note est trop longue (5000 caractères au plus).
error-plan-rules-missing = Les règles du plan ne sont pas encore chargées. Veuillez synchroniser une fois avec le portail.

## Pourquoi un parcours convient ou non
plan-reason-eu-free-movement = Avec la nationalité d'un pays de l'UE, de l'EEE ou de la Suisse, vous pouvez vivre et travailler en Allemagne sans visa ni titre de séjour ; il suffit de déclarer votre domicile (Anmeldung).
plan-reason-eu-not-citizen = Uniquement pour les ressortissants de l'UE, de l'EEE et de la Suisse.
plan-reason-eu-not-needed = Inutile : avec la nationalité d'un pays de l'UE, de l'EEE ou de la Suisse, vous bénéficiez de la libre circulation (Freizügigkeit).
plan-reason-purpose-mismatch = Ce parcours sert un autre objectif que celui que vous avez choisi.
plan-reason-degree-recognised = Votre diplôme universitaire est reconnu ou comparable à un diplôme allemand.
plan-reason-degree-needed = Nécessite un diplôme universitaire reconnu ou, pour les spécialistes en informatique, au moins trois ans d'expérience.
plan-reason-recognition-pending = La décision sur votre reconnaissance (Anerkennung) n'est pas encore prise ; ce parcours s'ouvrira une fois la qualification reconnue.
plan-reason-recognition-needed = Nécessite une qualification reconnue en Allemagne (Anerkennung). Une reconnaissance partielle peut être complétée en Allemagne (§ 16d) ; le conseil en reconnaissance (Anerkennungsberatung) peut vous aider.
plan-reason-it-specialist-experience = Les spécialistes en informatique sans diplôme doivent avoir { $required } ans d'expérience professionnelle sur les sept dernières années ; vous en avez { $years }.
plan-reason-threshold-lower = Le seuil de salaire réduit s'applique (métier en pénurie, diplôme récent ou spécialiste en informatique).
plan-reason-threshold-not-published = Le seuil de salaire en vigueur le { $date } n'a pas encore été publié ou trouvé. Veuillez le vérifier auprès de la représentation allemande (ambassade ou consulat) avant de déposer la demande.
plan-reason-salary-missing = Veuillez indiquer le salaire annuel brut de l'offre d'emploi ; le seuil est de { $threshold }.
plan-reason-salary-meets = Le salaire de { $salary } atteint le seuil de { $threshold } en vigueur le { $date }.
plan-reason-salary-below = Le salaire de { $salary } est inférieur au seuil de { $threshold } en vigueur le { $date }.
plan-reason-older-salary-meets = À partir de 45 ans, le salaire doit atteindre { $threshold } (le montant en vigueur le { $date }, applicable depuis le { $since }) ; { $salary } l'atteint.
plan-reason-older-salary-below = À partir de 45 ans, le salaire doit atteindre { $threshold } (le montant en vigueur le { $date }, applicable depuis le { $since }), sinon il faut justifier d'une prévoyance vieillesse suffisante ; { $salary } est en dessous.
plan-reason-older-no-figure = À partir de 45 ans, le salaire doit atteindre 55 % du plafond de cotisation de l'assurance retraite (Beitragsbemessungsgrenze), sinon il faut justifier d'une prévoyance vieillesse suffisante. Le montant en vigueur le { $date } n'a pas encore été publié ou trouvé.
plan-reason-needs-academic = Nécessite un diplôme universitaire.
plan-reason-needs-vocational = Nécessite une formation professionnelle (Berufsausbildung).
plan-reason-qualification-recognised = Votre qualification est reconnue en Allemagne.
plan-reason-ba-approval = L'Agence fédérale pour l'emploi (Bundesagentur für Arbeit) doit approuver l'emploi (l'employeur peut en faire la demande à l'avance).
plan-reason-opportunity-recognised = Avec une qualification reconnue, vous remplissez les conditions sans points.
plan-reason-opportunity-qualification-missing = Nécessite un diplôme universitaire étranger ou une formation professionnelle d'au moins deux ans.
plan-reason-opportunity-qualification-short = La formation doit avoir duré au moins deux ans.
plan-reason-opportunity-qualification-duration = Veuillez vérifier que votre formation a duré au moins deux ans ; c'est obligatoire.
plan-reason-opportunity-language-ok = Vous avez les compétences linguistiques requises (allemand A1 ou anglais B2).
plan-reason-opportunity-language-missing = Nécessite des bases d'allemand (A1) ou un anglais de niveau B2.
plan-reason-opportunity-points-enough = { $points ->
    [one] Vous obtenez { $points } point ; { $required } sont nécessaires.
   *[other] Vous obtenez { $points } points ; { $required } sont nécessaires.
}
plan-reason-opportunity-points-short = { $points ->
    [one] Vous obtenez { $points } point ; { $required } sont nécessaires.
   *[other] Vous obtenez { $points } points ; { $required } sont nécessaires.
}
plan-reason-funds-month = Vous devez justifier de { $amount } par mois pour vivre (le montant en vigueur le { $date }, applicable depuis le { $since }).
plan-reason-funds-not-published = Le montant des ressources à justifier en vigueur le { $date } n'a pas encore été publié ou trouvé. Veuillez vous renseigner auprès de la représentation allemande.
plan-reason-study-admission = Nécessite une admission (ou une admission conditionnelle) dans une université allemande.
plan-reason-blocked-account = Un compte bloqué (Sperrkonto) de { $amount } par an prouve vos ressources (le montant en vigueur le { $date }, applicable depuis le { $since }).
plan-reason-blocked-account-not-published = Le montant du compte bloqué (Sperrkonto) en vigueur le { $date } n'a pas encore été publié ou trouvé. Veuillez vous renseigner auprès de la représentation allemande.
plan-reason-figure-older = { $amount } est le dernier montant publié, applicable depuis le { $since } ; aucun montant plus récent n'a été publié pour { $year }. Veuillez le vérifier auprès de la représentation allemande avant votre demande.
plan-reason-training-contract = Nécessite un contrat de formation professionnelle (Ausbildungsvertrag) en Allemagne.
plan-reason-family-sponsor-needed = Uniquement pour les personnes qui rejoignent un membre de leur famille vivant en Allemagne.
plan-reason-family-a1-exempt = Les conjoints de personnes titulaires d'un titre de séjour au titre du { $title } n'ont pas besoin de parler allemand avant l'entrée.
plan-reason-family-a1-met = Vous avez les bases d'allemand (A1) exigées des conjoints.
plan-reason-family-a1-needed = Les conjoints doivent en général avoir des bases d'allemand (A1) avant l'entrée. Il existe des exceptions ; veuillez vous renseigner auprès d'un service de conseil.
plan-reason-family-child = Les enfants mineurs rejoignent leurs parents ; pour les enfants de 16 ou 17 ans, d'autres conditions peuvent s'appliquer.
plan-reason-family-child-adult = Les enfants majeurs ne peuvent pas venir selon les règles applicables aux enfants.
plan-reason-family-no-living-space = Les titulaires de la carte bleue européenne (Blaue Karte EU) n'ont pas à justifier d'un logement suffisant.
plan-reason-family-living-space = Le membre de la famille vivant en Allemagne doit justifier d'un logement et de revenus suffisants.

## Conseil quand aucun parcours ne convient
plan-advice-no-path = Aucun parcours de séjour ne correspond avec certitude à vos réponses. Avant de déposer une demande, veuillez en parler à un service de conseil ou à un Welcome Guide ; ils examinent aussi les cas que ces règles ne couvrent pas.
plan-advice-no-path-recognition = Aucun parcours de séjour ne convient encore avec certitude, surtout parce que votre qualification n'est pas reconnue. Un service de conseil en reconnaissance (Anerkennungsberatung) peut vous expliquer comment l'obtenir et quel parcours s'ouvrira ensuite.

## Personnes
plan-person-me = Moi

## Statuts
plan-status-missing = manquant
plan-status-requested = demandé
plan-status-received = reçu
plan-status-translated_certified = traduit / certifié
plan-status-submitted = remis
plan-status-open = à faire
plan-status-in_progress = en cours
plan-status-done = fait
plan-status-not_needed = inutile
plan-expiry-expired = expiré
plan-expiry-expires_too_soon = expire moins de 6 mois après l'arrivée

## Export vers l'agenda
plan-ics-calendar-name = Plan d'installation : { $name }
plan-ics-summary = Échéance : { $title }
plan-ics-legal-basis = Base légale : { $basis }
plan-ics-office = Administration : { $office }, { $address }

## Liste de documents imprimable
plan-documents-title = Documents pour { $name }
plan-documents-path = Parcours de séjour : { $path }
plan-documents-date = État au { $date }
plan-documents-none = Aucun document n'est nécessaire pour ce plan.
plan-documents-col-done = Prêt
plan-documents-col-document = Document
plan-documents-col-status = Statut
plan-documents-col-expiry = Valable jusqu'au
plan-documents-col-note = Note

## Phases, verdicts, liens de parenté
plan-phase-before_departure = Avant le départ
plan-phase-first_weeks = Premières semaines
plan-phase-first_months = Premiers mois
plan-phase-other = Autre
plan-eligibility-eligible = convient
plan-eligibility-not_eligible = ne convient pas
plan-eligibility-needs_check = à vérifier
plan-relation-self = moi
plan-relation-spouse = conjoint ou partenaire
plan-relation-child = enfant
plan-relation-other = autre personne

## Ligne de commande
error-plan-cli-value = « { $value } » n'est pas une valeur valide pour { $field }.
error-plan-cli-file = Impossible de lire les réponses dans { $file } : { $detail }
plan-cli-person = Plan d'installation de { $name } ({ $id })
plan-cli-not-answered = Pas encore de réponses. Commencez par : welcome plan answer --purpose work_with_offer --salary 52000 --municipality essen --arrival 2027-03-01
plan-cli-path = Parcours de séjour : { $path }
plan-cli-no-path = Aucun parcours de séjour ne correspond avec certitude à vos réponses.
plan-cli-office = Administration : { $office }, { $address }
plan-cli-paths-heading = Parcours de séjour
plan-cli-points = Points pour la carte d'opportunité (Chancenkarte) : { $total } (au moins { $required } nécessaires sans reconnaissance)
plan-cli-progress = { $done } sur { $total } faits
plan-cli-total = Au total : { $done } sur { $total } faits
plan-cli-due = échéance le { $date }
plan-cli-note = Note : { $note }
plan-cli-note-conflict = Note d'un autre appareil : { $note }
plan-cli-hidden = { $count ->
    [one] { $count } élément avec progression ne s'applique plus ; sa progression est conservée.
   *[other] { $count } éléments avec progression ne s'appliquent plus ; leur progression est conservée.
}
plan-cli-person-added = Personne ajoutée : { $name } ({ $id }).
plan-cli-exported = Enregistré dans { $file }.

## Rappels d’échéances et de dates d’expiration
reminder-title = { $item } – { $person }
reminder-due = { $when ->
    [today] À faire aujourd’hui, { $date }
    [tomorrow] À faire demain, le { $date }
    [past] Échéance passée le { $date }
   *[later] Échéance dans { $days } jours, le { $date }
}
reminder-expiry = { $when ->
    [today] Expire aujourd’hui, { $date }
    [tomorrow] Expire demain, le { $date }
    [past] Expiré le { $date }
   *[later] Expire dans { $days } jours, le { $date }
}
reminder-late = (en retard : l’application était fermée quand ce rappel était prévu)
error-reminder-days = Les rappels peuvent être fixés de 1 à { $max } jours avant une date.
reminder-appointment = { $when ->
    [today] Rendez-vous aujourd’hui, { $date }
    [tomorrow] Rendez-vous demain, le { $date }
    [past] Le rendez-vous était le { $date }
   *[later] Rendez-vous dans { $days } jours, le { $date }
}
error-appointment-title = Un rendez-vous a besoin d’un titre de { $max } caractères au plus.
error-appointment-long = Le lieu ou la note est trop long (la note { $max } caractères au plus).

pdf-appointment-when = Le { $date }
pdf-appointment-when-time = Le { $date } à { $time }
pdf-valid-until = valable jusqu’au { $date }
pdf-attached = joint : { $files }
pdf-files-unavailable = { $count ->
    [one] Un fichier joint n’est pas inclus : sa clé ne se trouve pas dans le trousseau de cet appareil.
   *[other] { $count } fichiers joints ne sont pas inclus : leur clé ne se trouve pas dans le trousseau de cet appareil.
}
