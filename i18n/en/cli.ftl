# The `welcome` command line (crates/cli).
cli-error = Error: { $message } ({ $kind })
cli-password-prompt = Password:
cli-login-done = Logged in as { $email }.
cli-register-done = Account { $email } created; you are logged in.
cli-logout-done = Logged out.
cli-login-joined = { $count } entries made on this device before logging in now belong to this account and will be uploaded.
cli-logout-removed = Logged out. This account's data was removed from this device.

## Sync
cli-sync-phase-content = Content
cli-sync-phase-index = Building the search index
cli-sync-phase-upload = Sending your changes
cli-sync-phase-download = Receiving your data
cli-sync-progress = { $phase }: page { $pages }, { $items } items, { $bytes } bytes
cli-sync-done = Sync finished: { $items } changes, { $jobs } new jobs, { $bytes } bytes in { $seconds } s.
cli-sync-resynced = The portal asked for a full refresh; the cache was rebuilt.
cli-sync-user = { $pushed } of your changes sent, { $pulled } records received.

## Status
cli-status-portal = Portal: { $url }
cli-status-logged-in = Logged in as { $email }.
cli-status-logged-out = Not logged in.
cli-status-last-success = Last successful sync: { $when }
cli-status-never = Not synced yet.
cli-status-last-error = The last sync failed: { $message }
cli-status-jobs = { $count ->
    [one] { $count } job on this device
   *[other] { $count } jobs on this device
}
cli-status-pending = { $count ->
    [one] { $count } change waiting to be sent
   *[other] { $count } changes waiting to be sent
}

## Search
error-cli-unknown-city = “{ $city }” is not a municipality of the Ruhr region that this device knows. Sync first, or use the municipality's name.
cli-search-jobs-total = { $total ->
    [one] { $total } job found.
   *[other] { $total } jobs found.
}
cli-search-job-line = { $title } · { $employer }, { $city } ({ $published }) [{ $id }]
cli-search-contacts-total = { $total ->
    [one] { $total } contact found.
   *[other] { $total } contacts found.
}
cli-search-contact-line = { $name } · { $place }

## Settings
cli-settings-saved = Settings saved.
cli-settings-system-language = as the system
cli-settings-jobs-everywhere = every job in the region
cli-settings-portal = Portal: { $value }
cli-settings-language = Language: { $value }
cli-settings-paused = Background sync paused: { $value }
cli-settings-jobs = Jobs synced: { $value }

## Sessions
cli-sessions-none = No devices are logged in to this account.
cli-sessions-unnamed = unnamed device
cli-sessions-line = { $id }  { $device } · logged in { $created } · last active { $last_seen }
cli-sessions-line-current = { $id }  { $device } · logged in { $created } · last active { $last_seen } · this device
cli-sessions-revoked = Session { $id } revoked; that device is logged out.
cli-sessions-revoked-own = Session { $id } revoked; this device is logged out.
