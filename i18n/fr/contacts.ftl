# completeness: 9 of 9 messages (2026-11-25)
## Contacts : services et Welcome Guides.

error-contacts-kind-and-topic = Filtrez soit par type de service, soit par thème du guide, mais pas les deux.

error-guide-request-consent = Veuillez accepter que le guide reçoive votre message et vos coordonnées.
error-guide-request-message-empty = Veuillez écrire un message au guide.
error-guide-request-message-long = Le message peut comporter au maximum { $max } caractères.
error-guide-request-contact = Veuillez saisir une adresse e-mail ou un numéro de téléphone valide.
error-guide-request-language = Veuillez choisir l’une des langues du guide.
error-guide-request-topic = Veuillez choisir l’un des thèmes du guide.
error-guide-request-guide = Ce guide n’est plus disponible. Veuillez synchroniser et réessayer.
guide-answer-title = Réponse de { $guide }
