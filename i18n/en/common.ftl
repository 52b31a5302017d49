# Messages shared by the app, the CLI and notifications.
app-name = welcome.RUHR Companion
sync-items-applied = { $count ->
    [one] { $count } item updated
   *[other] { $count } items updated
}
