# completeness: 9 of 9 messages (2026-11-25)
## İş ilanları: arama, kaydedilen ilanlar, kaydedilen aramalar ve iş ilanı bildirimleri.

# İş ilanı bildiriminin başlığı (masaüstü bildirimi ve gelen kutusu).
jobs-alert-title = { $count ->
    [one] "{ $name }" için { $count } yeni iş ilanı
   *[other] "{ $name }" için { $count } yeni iş ilanı
}
# Bildirimin metni: ilk ilan başlıkları ve kaç tane daha olduğu.
jobs-alert-body = { $more ->
    [0] { $titles }
   *[other] { $titles } ve { $more } ilan daha
}

error-jobs-radius = Yarıçap 0'dan büyük ve en fazla { $max } km olmalıdır (girilen: { $value }).
error-jobs-place-and-radius = Ya belediyelerde ya da bir yerin çevresinde arayın, ikisinde birden değil.
error-jobs-coordinates = Bu koordinatlar Dünya üzerinde bir yer değil.
error-jobs-unknown-place = "{ $place }" yeri bilinmiyor.
error-jobs-search-name = Aramaya 1 ile { $max } karakter arasında bir ad verin.
jobs-cli-no-alerts = Yeni iş ilanı bildirimi yok.
jobs-cli-marked-read = { $count ->
    [one] { $count } bildirim okundu olarak işaretlendi.
   *[other] { $count } bildirim okundu olarak işaretlendi.
}
