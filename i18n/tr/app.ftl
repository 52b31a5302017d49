# completeness: 233 of 233 messages (2026-11-25)
# Uygulamanın ekranları (ui/).

## Gezinme
nav-label = Ana gezinme
nav-skip-to-content = İçeriğe geç
nav-home = Ana sayfa
nav-plan = Planım
nav-contacts = İletişim
nav-jobs = İş ilanları
nav-settings = Ayarlar

## Eşitleme durumu
sync-running = Güncelleniyor…
sync-offline = Çevrimdışı: bu cihazda kayıtlı olanlar gösteriliyor
sync-last-success = Son güncelleme: { $when }
sync-never = Henüz güncellenmedi
sync-now = Şimdi eşitle

## İlk açılış
firstrun-welcome = Ruhr bölgesine hoş geldiniz!
firstrun-intro = Bu uygulama taşınmanızı planlamanıza yardımcı olur: hangi oturum izni size uygun, hangi belgelere ihtiyacınız var, varıştan sonra ne zamana kadar ne yapmanız gerekiyor. İnternet bağlantısı olmadan da çalışır.
firstrun-choose-language = Dilinizi seçin
firstrun-continue = Devam
firstrun-privacy = Yanıtlarınız, eşitlemek için bir hesap oluşturmadığınız sürece bu cihazda kalır.
firstrun-questions-title = Bize taşınmanızdan bahsedin
firstrun-downloading = Kontrol listeleri, kurumlar ve iş ilanları indiriliyor…
firstrun-retry = Yeniden dene

## Anket
q-intro = Yanıtlarınız, sizin için hangi oturum yolunun, belgelerin ve adımların geçerli olduğunu belirler. Yanıtlarınızı istediğiniz zaman değiştirebilirsiniz.
q-section-you = Hakkınızda
q-section-qualification = Nitelik ve diller
q-section-job = İş teklifiniz
q-section-family-reunion = Yanına gittiğiniz aile üyesi
q-section-move = Taşınmanız
q-citizenship = Vatandaşlık
q-citizenship-other = AB, AEA veya İsviçre dışı
q-citizenship-eu_eea_swiss = AB, AEA veya İsviçre
q-age = Yaş
q-purpose = Neden geliyorsunuz?
q-purpose-work_with_offer = Çalışmak için (iş teklifim var)
q-purpose-job_search = İş aramak için
q-purpose-study = Okumak için
q-purpose-vocational_training = Mesleki eğitim için (Ausbildung)
q-purpose-family_reunion = Aileme katılmak için
q-qualification = En yüksek nitelik
q-qualification-academic = Üniversite diploması
q-qualification-vocational = Mesleki nitelik
q-qualification-none = Bunların hiçbiri
q-recognition = Almanya'da tanınıyor mu (Anerkennung)?
q-recognition-recognised = Evet, tanınmış veya denk (anabin "H+")
q-recognition-partial = Kısmen tanınmış
q-recognition-pending = Başvuru yapıldı, henüz karar yok
q-recognition-none = Henüz değil
q-recognition-hint = Bulunduğunuz şehirdeki denklik danışmanlığı (Anerkennungsberatung) bunu öğrenmenize yardımcı olabilir.
q-experience = İş deneyimi (yıl)
q-experience-last-5 = …bunun son 5 yıldaki kısmı
q-experience-last-7 = …bunun son 7 yıldaki kısmı
q-german = Almanca
q-english = İngilizce
q-level-none = yok
q-level-a1 = A1
q-level-a2 = A2
q-level-b1 = B1
q-level-b2 = B2
q-level-c1 = C1
q-level-c2 = C2
q-previous-stay = Daha önce Almanya'da 6 ay veya daha uzun süre yasal olarak yaşadım
q-it-specialist = BT uzmanıyım
q-recent-graduate = Son 3 yıl içinde mezun oldum
q-salary = İş teklifindeki yıllık brüt maaş (Bruttojahresgehalt, EUR)
q-salary-hint = Sözleşmede veya iş teklifinde yazdığı gibi, vergiden önce.
q-shortage = İş, eleman açığı olan bir meslekte (Engpassberuf)
q-sponsor = Oturum izni (Aufenthaltstitel)
q-sponsor-blue_card = AB Mavi Kart (Blaue Karte EU)
q-sponsor-skilled_vocational = Meslek eğitimli nitelikli çalışan (§ 18a)
q-sponsor-skilled_academic = Üniversite mezunu nitelikli çalışan (§ 18b)
q-sponsor-researcher = Araştırmacı (§ 18d)
q-sponsor-specialist_employment = BT uzmanı veya özel görev (§ 19c)
q-sponsor-ict_card = Şirket içi transfer için ICT kartı (§ 19)
q-sponsor-self_employed = Serbest meslek (§ 21)
q-sponsor-german = Alman vatandaşı
q-sponsor-other = Başka bir izin
q-family-role = Bu kişiyle yakınlığınız
q-family-role-spouse = Eş veya hayat arkadaşı
q-family-role-child = Çocuğu
q-choose = Lütfen seçin
q-municipality = Ruhr bölgesinde nerede yaşayacaksınız?
q-university = Üniversiteniz
q-university-hint = Uluslararası ofisi (International Office) kabul ve kayıt işlemlerinizle ilgilenir; plan sizi oraya yönlendirir.
q-independent-cities = İlçeye bağlı olmayan şehirler (kreisfreie Städte)
q-needs-content = Şehir listesi ilk eşitlemeyle gelir. Lütfen bir kez internete bağlanın.
q-arrival = Planlanan varış
q-arrival-hint = Almanya'ya giriş yaptığınız gün. Plan, bu günden sonraki 6 ay içinde süresi dolan belgeler için uyarır.
q-move-in = Konuta taşınma günü (isteğe bağlı)
q-move-in-hint = Adres kaydı (Anmeldung) konuta taşındıktan sonra 14 gün içinde yapılmalıdır. Varış gününde taşınıyorsanız boş bırakın.
q-spouse-coming = Eşim veya hayat arkadaşım da geliyor
q-children = Birlikte gelen çocuklar
q-partner-eligible = Hayat arkadaşım da Fırsat Kartı (Chancenkarte) koşullarını karşılıyor
q-submit = Planımı oluştur

## Ana sayfa
home-title = Sonraki adımlarınız
home-next-steps = Sonraki adımlar
home-progress = { $total } adımdan { $done } tanesi tamamlandı
home-all-done = Her şey tamamlandı. Tebrikler!
home-deadlines = Son tarihler
home-new-job-alerts = { $count ->
    [one] Yeni bir iş ilanı bildirimi var.
   *[other] { $count } yeni iş ilanı bildirimi var.
}
home-no-plan-yet = Henüz plan yok.
home-start-plan = Ankete başla

## Plan
plan-title = Planım
plan-answers-title = Yanıtlarınız
plan-cancel = İptal
plan-change-answers = Yanıtları değiştir
plan-no-path = Kesin olarak uygun bir oturum yolu yok
plan-points = Fırsat Kartı (Chancenkarte) puanı: { $total } (gereken: { $required })
plan-all-paths = Tüm oturum yollarının karşılaştırması
plan-export-ics = Son tarihleri takvime aktar (.ics)
plan-export-documents = Yazdırılabilir belge listesi
plan-exported = Kaydedildi: { $path }
plan-phase-progress = { $done } / { $total }
plan-kind-document = Belge
plan-kind-step = Adım
plan-status = Durum
plan-saved = Kaydedildi
plan-due = Son tarih: { $date }
plan-due-by-law = Yasal son tarih: { $date }
plan-expiry-badge = Geçerlilik sonu { $date }: { $warning }
plan-details = Ayrıntılar, notlar ve kurum
plan-set-due = Son tarih
plan-expiry = Geçerlilik sonu
plan-note = Notlar
plan-note-conflict = Bu not aynı anda iki cihazda değiştirildi. Diğer sürüm:

## Hane
household-title = Hane
household-whose-plan = Kimin planı
household-name = Ad
household-relation = Yakınlık
household-add = Kişi ekle
household-remove = Kaldır

## Portaldan kaynaklar ve metinler
source-link = Kaynak
source-reviewed = { $date } tarihinde kontrol edildi
text-fallback = Dil: { $lang }
text-fallback-hint = Henüz sizin dilinizde mevcut değil
text-unreviewed = kontrol edilmemiş çeviri
text-unreviewed-hint = Çevrildi, henüz kontrol edilmedi: İngilizce ve Almanca aslını görün
text-hide-original = aslını gizle
sample-data = Örnek veri
sample-data-hint = Tanıtım için uydurulmuştur: gerçek bir kişi veya numara değildir.

## İletişim
contacts-title = İletişim
contacts-search = Ara
contacts-municipality = Şehir
contacts-language = Konuşulan dil
contacts-kind = Kurum türü
contacts-all = Tümü
contacts-search-button = Ara
contacts-offices = { $count ->
    [one] Bir kurum
   *[other] { $count } kurum
}
contacts-guides = { $count ->
    [one] Bir Welcome Guide
   *[other] { $count } Welcome Guide
}
contacts-guides-intro = Welcome Guide'lar, kendileri de buraya taşınmış, eğitimli gönüllülerdir. Size birebir ve ücretsiz danışmanlık yaparlar.
contacts-none = Hiçbir şey bulunamadı. Başka bir şehir deneyin veya daha az filtre kullanın.
contacts-serves-from-elsewhere = Şehriniz için yetkili; ilçe merkezinde (Kreisstadt) bulunuyor.
contact-languages = Diller: { $languages }
contact-call = Ara
contact-mail = E-posta
contact-web = Web sayfası
office-kind-foreigners_office = Yabancılar Dairesi (Ausländerbehörde)
office-kind-citizens_office = Vatandaşlık Hizmetleri Bürosu (Bürgeramt)
office-kind-welcome_centre = Karşılama merkezi (Welcome Center)
office-kind-recognition_counselling = Denklik danışmanlığı (Anerkennungsberatung)
office-kind-job_centre = İş merkezi (Jobcenter)
office-kind-youth_office = Gençlik Dairesi (Jugendamt)
office-kind-migration_counselling = Göç danışmanlığı (Migrationsberatung)
office-kind-employment_agency = İş ajansı (Agentur für Arbeit)
office-kind-youth_migration_service = Gençlik göç hizmeti (Jugendmigrationsdienst)
office-kind-university_international_office = Üniversitenin uluslararası ofisi (International Office)

## İş ilanları
jobs-title = İş ilanları
jobs-tab-search = Ara
jobs-tab-saved = Kaydedilenler ({ $count })
jobs-tab-alerts = Bildirimler ({ $count })
jobs-unread-alerts = { $count ->
    [one] okunmamış bir bildirim
   *[other] { $count } okunmamış bildirim
}
jobs-what = Ne
jobs-what-placeholder = İş unvanı, meslek veya işveren
jobs-where = Nerede
jobs-anywhere = Ruhr bölgesinin her yerinde
jobs-radius = Uzaklık
jobs-radius-town-only = Yalnızca bu şehir
jobs-radius-km = { $km } km içinde
jobs-working-time = Çalışma süresi
working-time-full_time = Tam zamanlı
working-time-part_time = Yarı zamanlı
working-time-shift = Vardiyalı
working-time-home_office = Evden çalışma
working-time-mini_job = Mini iş (Minijob)
jobs-offer-type = Tür
jobs-any = Tümü
offer-type-job = İş
offer-type-self_employment = Serbest çalışma
offer-type-apprenticeship = Mesleki eğitim (Ausbildung)
offer-type-internship = Staj (Praktikum)
jobs-since = Yayın tarihi en erken
jobs-sort = Sıralama
jobs-sort-date = Önce en yeniler
jobs-sort-relevance = Önce en uygun olanlar
jobs-sort-distance = Önce en yakınlar
jobs-search-button = Ara
jobs-found = { $count ->
    [one] Bir iş ilanı bulundu
   *[other] { $count } iş ilanı bulundu
}
jobs-distance = { $km } km uzaklıkta
jobs-previous = Önceki
jobs-next = Sonraki
jobs-save = İlanı kaydet
jobs-unsave = Kaydedilenlerden çıkar
jobs-saved = Kaydedildi. İlan yayından kaldırılsa bile sizde kalır.
jobs-unsaved = Kaydedilen ilanlarınızdan çıkarıldı.
jobs-back = Listeye dön
jobs-expired = İlan artık yayında değil: bu, kaydettiğiniz kopyadır
jobs-regulated-title = Düzenlenmiş meslek
jobs-regulated-licence = Almanya'da bu meslekte ancak yabancı diplomanız tanındıktan (Anerkennung) veya meslek izni (Berufserlaubnis, Approbation) aldıktan sonra çalışabilirsiniz. Erken başlayın: aylar sürer.
jobs-regulated-protected-title = Bu meslek unvanı Almanya'da korunmaktadır: onu ancak yabancı diplomanız tanındıktan (Anerkennung) sonra kullanabilirsiniz.
jobs-regulated-counselling = Denklik danışmanlığı (Anerkennungsberatung) ücretsiz yardımcı olur:
jobs-open-ad = İlan sayfasını aç
jobs-published = yayın tarihi: { $date }
jobs-salary = Maaş: { $salary }
jobs-save-search = Bu arama için bildirim al
jobs-save-search-placeholder = Bildirimin adı, ör. Essen'de hemşirelik
jobs-save-search-button = Aramayı kaydet
jobs-search-saved = Kaydedildi. Her eşitlemeden sonra uygun yeni ilanlar size bildirilir.
jobs-search-unnamed = Aramam
jobs-no-saved = Henüz kaydedilmiş ilan yok. Bir ilanı çevrimdışı da saklamak için kaydedin.
jobs-alerts-title = İş ilanı bildirimleri
jobs-mark-all-read = Tümünü okundu işaretle
jobs-mark-read = Okundu işaretle
jobs-no-alerts = Henüz bildirim yok.
jobs-saved-searches = Kaydedilen aramalar
jobs-delete-search = Sil
jobs-no-saved-searches = Henüz kaydedilmiş arama yok.

## Ayarlar
settings-title = Ayarlar
settings-saved = Kaydedildi.
settings-language = Dil ve görünüm
settings-language-label = Dil
settings-language-system = Sistemle aynı
settings-language-partial = kısmen çevrildi
settings-theme = Tema
settings-theme-system = Sistemle aynı
settings-theme-light = Açık
settings-theme-dark = Koyu
settings-sync = Eşitleme
settings-jobs-cached = { $count ->
    [one] bu cihazda bir iş ilanı
   *[other] bu cihazda { $count } iş ilanı
}
settings-pending-changes = { $count ->
    [0] tüm değişiklikler gönderildi
    [one] gönderilmeyi bekleyen bir değişiklik
   *[other] gönderilmeyi bekleyen { $count } değişiklik
}
settings-sync-paused = Otomatik eşitlemeyi duraklat
settings-sync-interval = Otomatik eşitle
settings-every-minutes = { $minutes ->
    [60] her saat
    [1440] günde bir kez
   *[other] her { $minutes } dakikada bir
}
settings-portal = Portal adresi
settings-save = Kaydet

## Hesap
content-kind-other = Diğer
sync-rejected = { $count ->
    [one] Bir değişiklik portala kaydedilemedi ve bu cihazda geri alındı:
   *[other] { $count } değişiklik portala kaydedilemedi ve bu cihazda geri alındı:
}
sync-rejected-dismiss = Okudum
account-title = Hesap
account-why = Hesap gerekmez. Bir hesapla planınız ve kaydettiğiniz ilanlar cihazlarınız arasında eşitlenir.
account-email = E-posta
account-password = Parola (en az 10 karakter)
account-login = Giriş yap
account-register = Hesap oluştur
account-logout = Çıkış yap
account-logged-in = Giriş yaptınız.
account-registered = Hesabınız oluşturuldu ve giriş yaptınız.
account-logged-out = Çıkış yaptınız. Verileriniz bu cihazda kalır.
account-logout-question = Bu hesabın verileri bu cihazda kalsın mı?
account-logout-keep = Çıkış yap, verilerim burada kalsın
account-logout-remove = Çıkış yap ve verilerimi bu cihazdan sil
account-logout-unsent = { $count } değişiklik henüz portala ulaşmadı. Verilerinizi şimdi silerseniz kaybolurlar; saklarsanız bir sonraki girişinizde gönderilirler.
account-logged-out-removed = Çıkış yaptınız ve verileriniz bu cihazdan silindi. Portalda hâlâ kayıtlılar.
account-joined = Giriş yapmadan önce bu cihazda oluşturulan { $count } kayıt artık hesabınıza ait.
account-logged-in-as = Giriş yapılan hesap: { $email }
sessions-title = Bu hesapla oturum açmış cihazlar
sessions-this-device = Bu cihaz
sessions-unnamed = Adsız cihaz
sessions-last-seen = Son kullanım: { $when }
sessions-since = Oturum açılışı: { $when }
sessions-revoke = Oradaki oturumu kapat
sessions-revoked = O cihazın oturumu kapatıldı. Verileri cihazda kalır, ancak orada yeniden oturum açılana kadar eşitleme yapmaz.
error-app-sync-interval = { $minutes } dakikalık bir aralık mümkün değil. 5 dakika ile bir hafta arasında bir süre seçin.

## Reminders
home-reminders = Hatırlatmalar
home-reminder-late = gecikmeli
home-reminder-read = Okundu
settings-reminders = Hatırlatmalar
settings-reminders-enabled = Son tarihlerden ve geçerlilik bitişlerinden önce hatırlat
settings-reminders-days = Kaç gün önce
settings-reminders-day = { $days ->
    [one] 1 gün önce
   *[other] { $days } gün önce
}
settings-reminders-hint = Hatırlatmalar sabah 9'da masaüstü bildirimi olarak gelir ve burada, ana sayfada kalır. Uygulama kapalıyken zamanı gelen bir hatırlatma, uygulamayı bir sonraki açışınızda gelir.
plan-reminders = Hatırlatmalar
plan-reminders-default = Ayarlardaki gibi
plan-reminders-none = Hatırlatma yok

## Appointments
appointments-title = Randevular
appointments-add = Randevu ekle
appointments-none = Henüz randevu yok. Aldığınız randevuları ekleyin (Anmeldung, yabancılar dairesi, vize görüşmesi): size hatırlatılır ve takvim dosyasına girer.
appointments-delete = Sil
appointments-what = Ne
appointments-what-placeholder = ör. Bürgeramt'ta Anmeldung
appointments-date = Tarih
appointments-time = Saat
appointments-office = Kurum
appointments-office-none = Başka bir yer
appointments-place = Yer
appointments-save = Kaydet
appointments-cancel = Vazgeç

## Guide requests

guide-request-write = Bu rehbere yaz
guide-request-saved = Talebiniz kaydedildi. Çevrimiçi olduğunuzda gönderilir; yanıt ana ekranda görünür.
guide-request-login-needed = Bir rehbere yazmak için bir hesaba ihtiyacınız var: Rehber size bu hesap üzerinden yanıt verir. Ayarlar'da giriş yapın veya kaydolun.
guide-request-login = Giriş yap
guide-request-language = Dil
guide-request-topic = Konu
guide-topic-visa = Vize ve oturum
guide-topic-family = Aile
guide-topic-jobs = İş
guide-topic-recognition = Diploma denkliği
guide-topic-housing = Konut
guide-topic-study = Üniversite eğitimi
guide-request-message-label = Mesajınız
guide-request-count = { $count } / { $max } karakter
guide-request-reach = Rehber size nasıl ulaşabilir?
guide-request-method-app = Yalnızca uygulama üzerinden
guide-request-method-email = E-posta ile
guide-request-method-phone = Telefonla
guide-request-email = E-posta adresiniz
guide-request-phone = Telefon numaranız
guide-request-consent = { $guide } adlı rehberin bana yanıt vermek için mesajımı ve iletişim bilgilerimi almasını kabul ediyorum. Bunlar yalnızca bu yanıt için kullanılır ve başkasına verilmez.
guide-request-send = Talebi gönder
guide-request-sent-heading = Bu rehbere talepleriniz
guide-request-status-pending = Gönderilmeyi bekliyor
guide-request-status-sent = Gönderildi
guide-request-status-answered = Yanıtlandı
home-guide-answers = Welcome Guides yanıtları
home-guide-answer-to = “{ $message }” mesajınıza
vault-title = Ekli dosyalar
vault-attach = Fotoğraf, tarama veya PDF ekle
vault-drop = ya da dosyayı buraya bırakın
vault-local-only = Yalnızca bu cihazda, şifreli olarak saklanır. Asla yüklenmez.
vault-open = Aç
vault-replace = Değiştir
vault-delete = Sil
vault-delete-confirm = { $name } bu cihazdan silinsin mi? Bu geri alınamaz.
vault-pdf-pages = PDF, { $pages } sayfa
vault-close = Kapat
vault-key-missing-help = Artık ihtiyacınız olmayan dosyaları silebilirsiniz; hiç dosya kalmadığında veya anahtar zinciri geri yüklendiğinde yeni dosya eklenebilir.
appointment-export-pdf = Belgelerle PDF
plan-export-pdf = Belgeler PDF olarak, taramalarla
error-app-no-viewer = Bu bilgisayarda bu tür dosyayı açan bir uygulama yok.
vault-count = { $count } dosya ekli
settings-web-limits = Web uygulamasında oturumunuz bu tarayıcıda şifreli olarak saklanır (tarayıcının sistem anahtar zinciri yoktur), hatırlatmalar uygulamada görünür ancak sistem bildirimi olarak gelmez ve welcome-ruhr:// bağlantıları yalnızca masaüstü uygulamasını açar. Belgelere eklenen taramalar ve randevu PDF'i yalnızca masaüstü uygulamasındadır: anahtarları sistem anahtar zincirini gerektirir.
web-store-busy-title = welcome.RUHR başka bir sekmede açık
web-store-busy-text = Uygulama verilerinizi aynı anda yalnızca bir sekmede tutar. Diğer sekmeyi kullanın ya da kapatın: bu sekme o zaman kendiliğinden, hiçbir şey kaybolmadan devam eder.
