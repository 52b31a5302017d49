# completeness: 33 of 33 messages (2026-11-25)
# خط فرمان `welcome` (crates/cli).
cli-error = خطا: { $message } ({ $kind })
cli-password-prompt = رمز عبور:
cli-login-done = با { $email } وارد شدید.
cli-register-done = حساب { $email } ساخته شد و وارد شده‌اید.
cli-logout-done = خارج شدید.
cli-login-joined = { $count } مورد که پیش از ورود روی این دستگاه ساخته شده بود اکنون به این حساب تعلق دارد و بارگذاری می‌شود.
cli-logout-removed = خارج شدید. داده‌های این حساب از این دستگاه حذف شد.

## همگام‌سازی
cli-sync-phase-content = محتوا
cli-sync-phase-index = ساختن نمایهٔ جست‌وجو
cli-sync-phase-upload = فرستادن تغییرات شما
cli-sync-phase-download = دریافت داده‌های شما
cli-sync-progress = { $phase }: صفحهٔ { $pages }، { $items } مورد، { $bytes } بایت
cli-sync-done = همگام‌سازی پایان یافت: { $items } تغییر، { $jobs } آگهی جدید، { $bytes } بایت در { $seconds } ثانیه.
cli-sync-resynced = پورتال نوسازی کامل خواست؛ حافظهٔ نهان از نو ساخته شد.
cli-sync-user = { $pushed } تغییر شما فرستاده شد، { $pulled } رکورد دریافت شد.

## وضعیت
cli-status-portal = پورتال: { $url }
cli-status-logged-in = با { $email } وارد شده‌اید.
cli-status-logged-out = وارد نشده‌اید.
cli-status-last-success = آخرین همگام‌سازی موفق: { $when }
cli-status-never = هنوز همگام‌سازی نشده است.
cli-status-last-error = آخرین همگام‌سازی ناموفق بود: { $message }
cli-status-jobs = { $count ->
    [one] { $count } آگهی روی این دستگاه
   *[other] { $count } آگهی روی این دستگاه
}
cli-status-pending = { $count ->
    [one] { $count } تغییر در انتظار ارسال
   *[other] { $count } تغییر در انتظار ارسال
}

## جست‌وجو
error-cli-unknown-city = «{ $city }» از شهرهای منطقهٔ روهر که این دستگاه می‌شناسد نیست. ابتدا همگام‌سازی کنید یا نام شهر را به کار ببرید.
cli-search-jobs-total = { $total ->
    [one] { $total } آگهی پیدا شد.
   *[other] { $total } آگهی پیدا شد.
}
cli-search-job-line = { $title } · { $employer }، { $city } ({ $published }) [{ $id }]
cli-search-contacts-total = { $total ->
    [one] { $total } مخاطب پیدا شد.
   *[other] { $total } مخاطب پیدا شد.
}
cli-search-contact-line = { $name } · { $place }

## تنظیمات
cli-settings-saved = تنظیمات ذخیره شد.
cli-settings-system-language = مانند سیستم
cli-settings-jobs-everywhere = همهٔ آگهی‌های منطقه
cli-settings-portal = پورتال: { $value }
cli-settings-language = زبان: { $value }
cli-settings-paused = همگام‌سازی پس‌زمینه متوقف شده: { $value }
cli-settings-jobs = آگهی‌های همگام‌شده: { $value }

## نشست‌ها
cli-sessions-none = هیچ دستگاهی با این حساب وارد نشده است.
cli-sessions-unnamed = دستگاه بی‌نام
cli-sessions-line = { $id }  { $device } · ورود: { $created } · آخرین فعالیت: { $last_seen }
cli-sessions-line-current = { $id }  { $device } · ورود: { $created } · آخرین فعالیت: { $last_seen } · همین دستگاه
cli-sessions-revoked = نشست { $id } لغو شد؛ آن دستگاه از حساب خارج شد.
cli-sessions-revoked-own = نشست { $id } لغو شد؛ این دستگاه از حساب خارج شد.
