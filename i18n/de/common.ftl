# Gemeinsame Texte von App, Kommandozeile und Benachrichtigungen.
app-name = welcome.RUHR Begleiter
sync-items-applied = { $count ->
    [one] { $count } Eintrag aktualisiert
   *[other] { $count } Einträge aktualisiert
}
