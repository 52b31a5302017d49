# completeness: 2 of 2 messages (2026-11-25)
# Messages du moteur de synchronisation et de ses réglages.
error-sync-portal-url = « { $url } » n'est pas une adresse de portail. Utilisez une adresse complète commençant par http:// ou https://.
error-sync-scope = Impossible d'enregistrer cet abonnement aux offres d'emploi : { $detail }
