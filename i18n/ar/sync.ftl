# completeness: 2 of 2 messages (2026-11-25)
# رسائل محرّك المزامنة وإعداداته.
error-sync-portal-url = "{ $url }" ليس عنوان بوابة. يُرجى استخدام عنوان كامل يبدأ بـ http:// أو https://.
error-sync-scope = تعذّر حفظ اشتراك الوظائف هذا: { $detail }
