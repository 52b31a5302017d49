# completeness: 9 of 9 messages (2026-11-25)
## آگهی‌های شغلی: جست‌وجو، آگهی‌های ذخیره‌شده، جست‌وجوهای ذخیره‌شده و هشدارهای شغلی.

# عنوان هشدار شغلی (اعلان دسکتاپ و صندوق پیام).
jobs-alert-title = { $count ->
    [one] یک شغل جدید برای «{ $name }»
   *[other] { $count } شغل جدید برای «{ $name }»
}
# متن هشدار: نخستین عنوان‌ها و تعداد بقیه.
jobs-alert-body = { $more ->
    [0] { $titles }
   *[other] { $titles } و { $more } مورد دیگر
}

error-jobs-radius = شعاع باید بیشتر از 0 و حداکثر { $max } کیلومتر باشد (مقدار واردشده: { $value }).
error-jobs-place-and-radius = یا در شهرها جست‌وجو کنید یا در اطراف یک مکان، نه هر دو.
error-jobs-coordinates = این مختصات به مکانی روی زمین اشاره نمی‌کند.
error-jobs-unknown-place = مکان «{ $place }» شناخته‌شده نیست.
error-jobs-search-name = برای جست‌وجو نامی بین 1 تا { $max } نویسه انتخاب کنید.
jobs-cli-no-alerts = هشدار شغلی جدیدی نیست.
jobs-cli-marked-read = { $count ->
    [one] { $count } هشدار خوانده‌شده علامت خورد.
   *[other] { $count } هشدار خوانده‌شده علامت خوردند.
}
