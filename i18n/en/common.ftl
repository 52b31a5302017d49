# Messages shared by the app, the CLI and notifications.
app-name = welcome.RUHR Companion
sync-items-applied = { $count ->
    [one] { $count } item updated
   *[other] { $count } items updated
}

## Errors (the kind of every core::Error has one)
error-network = The portal cannot be reached. You are offline or the portal is down; everything saved on this device still works.
error-unauthorized = Your login has expired or was revoked. Please log in again.
error-bad_credentials = E-mail or password is not correct.
error-conflict = An account with this e-mail already exists.
error-invalid = This input is not valid.
error-text-too-long = This text is too long: at most { $max } characters can be saved.
error-change-too-large = This change is too large to save ({ $size } KB; at most { $max } KB).
error-portal-invalid = The portal did not accept this: { $detail }
error-rate_limited = Too many attempts. Please wait a moment and try again.
error-rate_limited-wait = { $minutes ->
    [0] { $seconds ->
        [one] Too many attempts. Please try again in { $seconds } second.
       *[other] Too many attempts. Please try again in { $seconds } seconds.
    }
    [one] Too many attempts. Please try again in { $minutes } minute.
   *[other] Too many attempts. Please try again in { $minutes } minutes.
}
error-not_found = This could not be found. It may have been removed.
error-portal = The portal reported a problem. Please try again later.
error-bad_response = The portal's answer could not be read. Nothing was changed on this device.
error-storage = The data on this device could not be read or written.
error-overtaken = Another sync changed this device's copy at the same moment, so this one stopped. The next sync carries on.
error-database_too_new = This data was saved by a newer version of the app (schema { $found }, this version knows { $supported }). Please update the app.
error-keychain = The system keychain is not available, so the login cannot be stored safely.
error-not_logged_in = Please log in first.

error-vault_key_missing = The key to your attached files is not in the system keychain (for example after the keychain was reset). Your files are kept and open again once the keychain is restored.
error-vault_damaged = This file is damaged and cannot be opened. Replace it with the original, or delete it.
error-vault-type = This file cannot be attached. Choose a photo or scan (JPEG, PNG, WebP) or a PDF.
error-vault-too-large = This file is { $size } MB; files up to { $limit } MB can be attached.
error-vault-corrupt = This file is damaged or protected by a password, so it cannot be attached. Try another copy.
error-pdf-no-font = No font for the PDF was found on this system. Install the DejaVu fonts and try again.
