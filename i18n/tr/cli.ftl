# completeness: 33 of 33 messages (2026-11-25)
# `welcome` komut satırı (crates/cli).
cli-error = Hata: { $message } ({ $kind })
cli-password-prompt = Parola:
cli-login-done = { $email } olarak giriş yapıldı.
cli-register-done = { $email } hesabı oluşturuldu; giriş yaptınız.
cli-logout-done = Çıkış yapıldı.
cli-login-joined = Giriş yapmadan önce bu cihazda oluşturulan { $count } kayıt artık bu hesaba ait ve yüklenecek.
cli-logout-removed = Çıkış yapıldı. Bu hesabın verileri bu cihazdan silindi.

## Eşitleme
cli-sync-phase-content = İçerik
cli-sync-phase-index = Arama dizini oluşturuluyor
cli-sync-phase-upload = Değişiklikleriniz gönderiliyor
cli-sync-phase-download = Verileriniz alınıyor
cli-sync-progress = { $phase }: sayfa { $pages }, { $items } öğe, { $bytes } bayt
cli-sync-done = Eşitleme tamamlandı: { $items } değişiklik, { $jobs } yeni iş ilanı, { $seconds } saniyede { $bytes } bayt.
cli-sync-resynced = Portal tam bir yenileme istedi; önbellek yeniden oluşturuldu.
cli-sync-user = Değişikliklerinizden { $pushed } tanesi gönderildi, { $pulled } kayıt alındı.

## Durum
cli-status-portal = Portal: { $url }
cli-status-logged-in = { $email } olarak giriş yapıldı.
cli-status-logged-out = Giriş yapılmadı.
cli-status-last-success = Son başarılı eşitleme: { $when }
cli-status-never = Henüz eşitlenmedi.
cli-status-last-error = Son eşitleme başarısız oldu: { $message }
cli-status-jobs = { $count ->
    [one] Bu cihazda { $count } iş ilanı
   *[other] Bu cihazda { $count } iş ilanı
}
cli-status-pending = { $count ->
    [one] Gönderilmeyi bekleyen { $count } değişiklik
   *[other] Gönderilmeyi bekleyen { $count } değişiklik
}

## Arama
error-cli-unknown-city = "{ $city }", bu cihazın bildiği Ruhr bölgesi belediyelerinden biri değil. Önce eşitleme yapın veya belediyenin adını kullanın.
cli-search-jobs-total = { $total ->
    [one] { $total } iş ilanı bulundu.
   *[other] { $total } iş ilanı bulundu.
}
cli-search-job-line = { $title } · { $employer }, { $city } ({ $published }) [{ $id }]
cli-search-contacts-total = { $total ->
    [one] { $total } kişi veya kurum bulundu.
   *[other] { $total } kişi veya kurum bulundu.
}
cli-search-contact-line = { $name } · { $place }

## Ayarlar
cli-settings-saved = Ayarlar kaydedildi.
cli-settings-system-language = sistemle aynı
cli-settings-jobs-everywhere = bölgedeki tüm iş ilanları
cli-settings-portal = Portal: { $value }
cli-settings-language = Dil: { $value }
cli-settings-paused = Arka planda eşitleme duraklatıldı: { $value }
cli-settings-jobs = Eşitlenen iş ilanları: { $value }

## Oturumlar
cli-sessions-none = Bu hesapta oturum açmış cihaz yok.
cli-sessions-unnamed = adsız cihaz
cli-sessions-line = { $id }  { $device } · giriş: { $created } · son etkinlik: { $last_seen }
cli-sessions-line-current = { $id }  { $device } · giriş: { $created } · son etkinlik: { $last_seen } · bu cihaz
cli-sessions-revoked = { $id } oturumu iptal edildi; o cihazda oturum kapatıldı.
cli-sessions-revoked-own = { $id } oturumu iptal edildi; bu cihazda oturum kapatıldı.
