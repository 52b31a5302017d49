# completeness: 2 of 2 messages (2026-11-25)
# پیام‌های موتور همگام‌سازی و تنظیمات آن.
error-sync-portal-url = «{ $url }» نشانی پورتال نیست. از نشانی کاملی استفاده کنید که با http:// یا https:// شروع شود.
error-sync-scope = این اشتراک آگهی‌های شغلی ذخیره نمی‌شود: { $detail }
