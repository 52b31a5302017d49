# completeness: 2 of 2 messages (2026-11-25)
# Komunikaty mechanizmu synchronizacji i jego ustawień.
error-sync-portal-url = „{ $url }” nie jest adresem portalu. Prosimy podać pełny adres zaczynający się od http:// lub https://.
error-sync-scope = Nie można zapisać tej subskrypcji ofert pracy: { $detail }
