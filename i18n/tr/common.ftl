# completeness: 16 of 16 messages (2026-11-25)
# Uygulama, komut satırı ve bildirimler için ortak metinler.
app-name = welcome.RUHR Rehberi
sync-items-applied = { $count ->
    [one] { $count } öğe güncellendi
   *[other] { $count } öğe güncellendi
}

## Hatalar (her core::Error türünün bir mesajı vardır)
error-network = Portala ulaşılamıyor. Çevrimdışısınız ya da portal çalışmıyor; bu cihazda kayıtlı her şey çalışmaya devam eder.
error-unauthorized = Oturumunuzun süresi doldu veya oturum iptal edildi. Lütfen yeniden giriş yapın.
error-bad_credentials = E-posta adresi veya parola yanlış.
error-conflict = Bu e-posta adresiyle kayıtlı bir hesap zaten var.
error-invalid = Bu giriş geçerli değil.
error-text-too-long = Bu metin çok uzun: en fazla { $max } karakter kaydedilebilir.
error-change-too-large = Bu değişiklik kaydedilemeyecek kadar büyük ({ $size } KB; en fazla { $max } KB).
error-portal-invalid = Portal bunu kabul etmedi: { $detail }
error-rate_limited = Çok fazla deneme yapıldı. Lütfen biraz bekleyip yeniden deneyin.
error-rate_limited-wait = { $minutes ->
    [0] Çok fazla deneme yapıldı. Lütfen { $seconds } saniye sonra yeniden deneyin.
   *[other] Çok fazla deneme yapıldı. Lütfen { $minutes } dakika sonra yeniden deneyin.
}
error-not_found = Bu bulunamadı. Kaldırılmış olabilir.
error-portal = Portal bir sorun bildirdi. Lütfen daha sonra yeniden deneyin.
error-bad_response = Portalın yanıtı okunamadı. Bu cihazda hiçbir şey değiştirilmedi.
error-storage = Bu cihazdaki veriler okunamadı veya yazılamadı.
error-overtaken = Başka bir eşitleme bu cihazdaki kopyayı aynı anda değiştirdi, bu yüzden bu eşitleme durdu. Bir sonraki eşitleme devam eder.
error-database_too_new = Bu veriler uygulamanın daha yeni bir sürümüyle kaydedilmiş (şema { $found }, bu sürüm { $supported } şemasını tanıyor). Lütfen uygulamayı güncelleyin.
error-keychain = Sistemin anahtar zinciri kullanılamıyor; bu nedenle oturum bilgileri güvenli biçimde saklanamıyor.
error-not_logged_in = Lütfen önce giriş yapın.

error-vault_key_missing = Eklediğiniz dosyaların anahtarı sistem anahtar zincirinde yok (örneğin anahtar zinciri sıfırlandıktan sonra). Dosyalarınız korunuyor; anahtar zinciri geri yüklendiğinde yeniden açılırlar.
error-vault_damaged = Bu dosya bozuk ve açılamıyor. Aslıyla değiştirin veya silin.
error-vault-type = Bu dosya eklenemez. Bir fotoğraf veya tarama (JPEG, PNG, WebP) ya da PDF seçin.
error-vault-too-large = Bu dosya { $size } MB; en fazla { $limit } MB dosya eklenebilir.
error-vault-corrupt = Bu dosya bozuk ya da parola korumalı olduğu için eklenemiyor. Başka bir kopya deneyin.
error-pdf-no-font = Bu sistemde PDF için yazı tipi bulunamadı. DejaVu yazı tiplerini kurup yeniden deneyin.
