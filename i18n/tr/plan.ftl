# completeness: 119 of 119 messages (2026-11-25)
# Kişisel taşınma planı: anket hataları, yolların gerekçeleri, durumlar, dışa aktarımlar.

## Anket hataları
error-plan-arrival-past = Planlanan varış tarihi ({ $date }) geçmişte kalıyor. Lütfen bugünden itibaren bir gün girin.
error-plan-move-in-before-arrival = Konuta taşınma günü ({ $move_in }) varıştan ({ $arrival }) önce olamaz.
error-plan-move-in-past = Konuta taşınma günü ({ $date }) geçmişte kalıyor. Lütfen bugünden itibaren bir gün girin.
error-plan-application-after-arrival = Vize başvurusu ({ $date }) varıştan sonra olamaz: vize, ülkeye girişten önce gereklidir.
error-plan-salary-negative = { $salary } maaşı mümkün değil. Lütfen yıllık brüt maaşı (Bruttojahresgehalt) avro olarak girin (0 veya daha fazla).
error-plan-salary-absurd = { $salary } maaşı bir yazım hatasına benziyor. Lütfen yıllık brüt maaşı (Bruttojahresgehalt) avro olarak girin.
error-plan-age-range = { $age } yaşı mümkün değil. Lütfen 0 ile 120 arasında bir yaş girin.
error-plan-experience-age = { $years } yıllık iş deneyimi { $age } yaşıyla uyuşmuyor.
error-plan-experience-inconsistent = Deneyim yılları birbiriyle uyuşmuyor: son 5 yılda en fazla 5, son 7 yılda en fazla 7 ve toplamdan fazla olmamalı.
error-plan-recognition-without-qualification = Bir denklik (Anerkennung) durumu için bir nitelik gerekir. Lütfen önce niteliğinizi seçin.
error-plan-family-sponsor-missing = Aile birleşimi (Familiennachzug) için lütfen kimin yanına gittiğinizi (eş veya çocuk) ve o kişinin hangi oturum iznine (Aufenthaltstitel) sahip olduğunu belirtin.
error-plan-municipality-unknown = "{ $municipality }" Ruhr bölgesinde bir belediye değil. Lütfen listeden birini seçin.
error-plan-municipalities-missing = Belediye listesi henüz yüklenmedi, bu yüzden "{ $municipality }" kontrol edilemiyor. Lütfen portal ile bir kez eşitleme yapın.
error-plan-path-unknown = "{ $path }" bu planda bir oturum yolu değil.
error-plan-person-unknown = Bu hanede "{ $person }" adlı bir kişi yok.
error-plan-person-id = "{ $person }" kimlik olarak kullanılamaz: küçük harf, rakam, - veya _ kullanın (en fazla 40 karakter).
error-plan-person-exists = Bu hanede "{ $person }" adlı bir kişi zaten var.
error-plan-person-name = Lütfen 1 ile 100 karakter arasında bir ad girin.
error-plan-item-unknown = "{ $item }" bu planın bir öğesi değil.
error-plan-status-unknown = "{ $status }" bir durum değil. Belgeler: missing, requested, received, translated_certified, submitted, not_needed. Adımlar: open, in_progress, done, not_needed.
error-plan-status-kind = "{ $status }" durumu "{ $item }" için uygun değil (belgelerin ve adımların durumları farklıdır).
error-plan-expiry-step = Yalnızca belgelerin geçerlilik bitiş tarihi vardır; "{ $item }" bir adımdır.
error-plan-note-long = Not çok uzun (en fazla 5000 karakter).
error-plan-rules-missing = Planın kuralları henüz yüklenmedi. Lütfen portal ile bir kez eşitleme yapın.

## Bir yolun neden uygun olduğu veya olmadığı
plan-reason-eu-free-movement = AB, AEA veya İsviçre vatandaşı olarak Almanya'da vizesiz ve oturum izni olmadan yaşayabilir ve çalışabilirsiniz; yalnızca adresinizi kaydettirirsiniz (Anmeldung).
plan-reason-eu-not-citizen = Yalnızca AB, AEA ve İsviçre vatandaşları için.
plan-reason-eu-not-needed = Gerekli değil: AB, AEA veya İsviçre vatandaşı olarak serbest dolaşım hakkınız (Freizügigkeit) var.
plan-reason-purpose-mismatch = Bu yol, seçtiğiniz amaçtan farklı bir amaca yöneliktir.
plan-reason-degree-recognised = Üniversite diplomanız tanınmış veya bir Alman diplomasına denk.
plan-reason-degree-needed = Tanınmış bir üniversite diploması ya da BT uzmanı olarak en az üç yıllık deneyim gerekir.
plan-reason-recognition-pending = Denklik (Anerkennung) başvurunuz henüz sonuçlanmadı; niteliğiniz tanındığında bu yol açılır.
plan-reason-recognition-needed = Almanya'da tanınmış bir nitelik (Anerkennung) gerekir. Kısmi denklik Almanya'da tamamlanabilir (§ 16d); denklik danışmanlığı (Anerkennungsberatung) yardımcı olur.
plan-reason-it-specialist-experience = Diploması olmayan BT uzmanlarının son yedi yılda { $required } yıl mesleki deneyime ihtiyacı var; sizin deneyiminiz { $years } yıl.
plan-reason-threshold-lower = Düşük maaş eşiği geçerlidir (eleman açığı olan meslek, yeni mezun veya BT uzmanı).
plan-reason-threshold-not-published = { $date } tarihinde geçerli maaş eşiği henüz yayımlanmadı veya bulunamadı. Lütfen başvurmadan önce Alman dış temsilciliğine (büyükelçilik veya konsolosluk) danışın.
plan-reason-salary-missing = Lütfen iş teklifindeki yıllık brüt maaşı girin; eşik { $threshold }.
plan-reason-salary-meets = { $salary } tutarındaki maaş, { $date } tarihinde geçerli { $threshold } eşiğine ulaşıyor.
plan-reason-salary-below = { $salary } tutarındaki maaş, { $date } tarihinde geçerli { $threshold } eşiğinin altında.
plan-reason-older-salary-meets = 45 yaşından itibaren maaşın { $threshold } tutarına ulaşması gerekir ({ $date } tarihinde geçerli tutar, { $since } tarihinden beri yürürlükte); { $salary } bu tutara ulaşıyor.
plan-reason-older-salary-below = 45 yaşından itibaren maaşın { $threshold } tutarına ulaşması ({ $date } tarihinde geçerli tutar, { $since } tarihinden beri yürürlükte) ya da yeterli bir yaşlılık güvencesinin kanıtlanması gerekir; { $salary } bu tutarın altında.
plan-reason-older-no-figure = 45 yaşından itibaren maaşın emeklilik sigortası prim tavanının (Beitragsbemessungsgrenze) % 55'ine ulaşması ya da yeterli bir yaşlılık güvencesinin kanıtlanması gerekir. { $date } tarihinde geçerli tutar henüz yayımlanmadı veya bulunamadı.
plan-reason-needs-academic = Üniversite diploması gerekir.
plan-reason-needs-vocational = Mesleki eğitim (Berufsausbildung) gerekir.
plan-reason-qualification-recognised = Niteliğiniz Almanya'da tanınmış durumda.
plan-reason-ba-approval = Federal İş Ajansı (Bundesagentur für Arbeit) istihdamı onaylamalıdır (işveren önceden başvurabilir).
plan-reason-opportunity-recognised = Niteliği tanınmış nitelikli çalışan olarak puan gerekmeden hak kazanırsınız.
plan-reason-opportunity-qualification-missing = Yurt dışında alınmış bir üniversite diploması veya en az iki yıllık bir mesleki eğitim gerekir.
plan-reason-opportunity-qualification-short = Eğitimin en az iki yıl sürmüş olması gerekir.
plan-reason-opportunity-qualification-duration = Lütfen eğitiminizin en az iki yıl sürdüğünü kontrol edin; bu bir koşuldur.
plan-reason-opportunity-language-ok = Gerekli dil bilgisine sahipsiniz (Almanca A1 veya İngilizce B2).
plan-reason-opportunity-language-missing = Temel düzeyde Almanca (A1) veya B2 düzeyinde İngilizce gerekir.
plan-reason-opportunity-points-enough = { $points } puana ulaşıyorsunuz; { $required } puan gerekiyor.
plan-reason-opportunity-points-short = { $points } puana ulaşıyorsunuz; { $required } puan gerekiyor.
plan-reason-funds-month = Geçiminiz için ayda { $amount } tutarında maddi güvence kanıtlamanız gerekir ({ $date } tarihinde geçerli tutar, { $since } tarihinden beri yürürlükte).
plan-reason-funds-not-published = { $date } tarihinde geçerli kanıtlanması gereken maddi güvence tutarı henüz yayımlanmadı veya bulunamadı. Lütfen Alman dış temsilciliğine danışın.
plan-reason-study-admission = Bir Alman üniversitesinden kabul (veya şartlı kabul) gerekir.
plan-reason-blocked-account = Yıllık { $amount } tutarında bir bloke hesap (Sperrkonto) maddi güvencenizi kanıtlar ({ $date } tarihinde geçerli tutar, { $since } tarihinden beri yürürlükte).
plan-reason-blocked-account-not-published = { $date } tarihinde geçerli bloke hesap (Sperrkonto) tutarı henüz yayımlanmadı veya bulunamadı. Lütfen Alman dış temsilciliğine danışın.
plan-reason-figure-older = { $amount } yayımlanan en son tutardır ve { $since } tarihinden beri yürürlüktedir; { $year } için daha yeni bir tutar yayımlanmadı. Lütfen başvurmadan önce Alman temsilciliğine danışın.
plan-reason-training-contract = Almanya'da bir mesleki eğitim sözleşmesi (Ausbildungsvertrag) gerekir.
plan-reason-family-sponsor-needed = Yalnızca Almanya'da yaşayan bir aile üyesinin yanına gelen kişiler için.
plan-reason-family-a1-exempt = { $title } kapsamında oturum iznine sahip kişilerin eşlerinin girişten önce Almanca bilmesi gerekmez.
plan-reason-family-a1-met = Eşler için gereken temel Almanca bilgisine (A1) sahipsiniz.
plan-reason-family-a1-needed = Eşlerin girişten önce genellikle temel Almanca bilgisine (A1) sahip olması gerekir. İstisnalar vardır; lütfen bir danışma merkezine başvurun.
plan-reason-family-child = Reşit olmayan çocuklar ebeveynlerinin yanına gelir; 16 veya 17 yaşındaki çocuklar için ek koşullar geçerli olabilir.
plan-reason-family-child-adult = Reşit olan çocuklar, çocuklara ilişkin kurallar kapsamında gelemez.
plan-reason-family-no-living-space = AB Mavi Kart (Blaue Karte EU) sahiplerinin yeterli konut kanıtlaması gerekmez.
plan-reason-family-living-space = Almanya'daki aile üyesinin yeterli konut ve geçim imkânı kanıtlaması gerekir.

## Hiçbir yol uygun olmadığında öneri
plan-advice-no-path = Oturum yollarından hiçbiri yanıtlarınıza kesin olarak uymuyor. Lütfen başvurmadan önce bir danışma merkezi veya bir Welcome Guide ile görüşün; bu kuralların kapsamadığı durumları da incelerler.
plan-advice-no-path-recognition = Oturum yollarından hiçbiri henüz kesin olarak uymuyor; bunun başlıca nedeni niteliğinizin tanınmamış olması. Bir denklik danışmanlığı (Anerkennungsberatung), denkliği nasıl alabileceğinizi ve ardından hangi yolun açılacağını size anlatabilir.

## Kişiler
plan-person-me = Ben

## Durumlar
plan-status-missing = eksik
plan-status-requested = talep edildi
plan-status-received = alındı
plan-status-translated_certified = tercüme edildi / onaylandı
plan-status-submitted = teslim edildi
plan-status-open = açık
plan-status-in_progress = devam ediyor
plan-status-done = tamamlandı
plan-status-not_needed = gerekli değil
plan-expiry-expired = süresi doldu
plan-expiry-expires_too_soon = varıştan sonraki 6 ay dolmadan süresi bitiyor

## Takvim dışa aktarımı
plan-ics-calendar-name = Taşınma planı: { $name }
plan-ics-summary = Son tarih: { $title }
plan-ics-legal-basis = Yasal dayanak: { $basis }
plan-ics-office = Kurum: { $office }, { $address }

## Yazdırılabilir belge listesi
plan-documents-title = { $name } için belgeler
plan-documents-path = Oturum yolu: { $path }
plan-documents-date = Tarih: { $date }
plan-documents-none = Bu plan için gerekli belge yok.
plan-documents-col-done = Hazır
plan-documents-col-document = Belge
plan-documents-col-status = Durum
plan-documents-col-expiry = Geçerlilik sonu
plan-documents-col-note = Not

## Aşamalar, sonuçlar, yakınlıklar
plan-phase-before_departure = Yola çıkmadan önce
plan-phase-first_weeks = İlk haftalar
plan-phase-first_months = İlk aylar
plan-phase-other = Diğer
plan-eligibility-eligible = uygun
plan-eligibility-not_eligible = uygun değil
plan-eligibility-needs_check = kontrol edilmeli
plan-relation-self = ben
plan-relation-spouse = eş veya hayat arkadaşı
plan-relation-child = çocuk
plan-relation-other = başka bir kişi

## Komut satırı
error-plan-cli-value = "{ $value }", { $field } için geçerli bir değer değil.
error-plan-cli-file = { $file } dosyasındaki yanıtlar okunamıyor: { $detail }
plan-cli-person = { $name } ({ $id }) için taşınma planı
plan-cli-not-answered = Henüz yanıt yok. Şununla başlayın: welcome plan answer --purpose work_with_offer --salary 52000 --municipality essen --arrival 2027-03-01
plan-cli-path = Oturum yolu: { $path }
plan-cli-no-path = Hiçbir oturum yolu yanıtlarınıza kesin olarak uymuyor.
plan-cli-office = Kurum: { $office }, { $address }
plan-cli-paths-heading = Oturum yolları
plan-cli-points = Fırsat Kartı (Chancenkarte) puanı: { $total } (denklik olmadan en az { $required } gerekir)
plan-cli-progress = { $total } adımdan { $done } tanesi tamamlandı
plan-cli-total = Toplam: { $total } adımdan { $done } tanesi tamamlandı
plan-cli-due = son tarih { $date }
plan-cli-note = Not: { $note }
plan-cli-note-conflict = Başka bir cihazdan not: { $note }
plan-cli-hidden = { $count ->
    [one] İlerleme kaydedilmiş { $count } öğe artık geçerli değil; ilerlemesi saklanıyor.
   *[other] İlerleme kaydedilmiş { $count } öğe artık geçerli değil; ilerlemeleri saklanıyor.
}
plan-cli-person-added = { $name } ({ $id }) eklendi.
plan-cli-exported = { $file } dosyasına kaydedildi.

## Son tarih ve geçerlilik hatırlatmaları
reminder-title = { $item } – { $person }
reminder-due = { $when ->
    [today] Son gün bugün, { $date }
    [tomorrow] Son gün yarın, { $date }
    [past] Son gün { $date } idi
   *[later] { $days } gün sonra son gün: { $date }
}
reminder-expiry = { $when ->
    [today] Geçerliliği bugün bitiyor, { $date }
    [tomorrow] Geçerliliği yarın bitiyor, { $date }
    [past] Geçerliliği { $date } tarihinde bitti
   *[later] Geçerliliği { $days } gün sonra bitiyor: { $date }
}
reminder-late = (gecikmeli: hatırlatma zamanı geldiğinde uygulama kapalıydı)
error-reminder-days = Hatırlatmalar bir tarihten 1 ile { $max } gün önce arasında ayarlanabilir.
reminder-appointment = { $when ->
    [today] Randevu bugün, { $date }
    [tomorrow] Randevu yarın, { $date }
    [past] Randevu { $date } tarihindeydi
   *[later] { $days } gün sonra randevu: { $date }
}
error-appointment-title = Bir randevunun en fazla { $max } karakterlik bir başlığı olmalı.
error-appointment-long = Yer veya not çok uzun (not en fazla { $max } karakter).

pdf-appointment-when = { $date } tarihinde
pdf-appointment-when-time = { $date } tarihinde saat { $time }
pdf-valid-until = { $date } tarihine kadar geçerli
pdf-attached = ekli: { $files }
pdf-files-unavailable = { $count } ekli dosya dahil edilmedi: anahtarı bu cihazın anahtar zincirinde yok.
