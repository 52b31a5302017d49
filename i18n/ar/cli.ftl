# completeness: 33 of 33 messages (2026-11-25)
# سطر الأوامر `welcome` (crates/cli).
cli-error = خطأ: { $message } ({ $kind })
cli-password-prompt = كلمة المرور:
cli-login-done = تم تسجيل الدخول باسم { $email }.
cli-register-done = تم إنشاء الحساب { $email } وتسجيل دخولكم.
cli-logout-done = تم تسجيل الخروج.
cli-login-joined = أصبحت { $count } إدخالات أُنشئت على هذا الجهاز قبل تسجيل الدخول تابعة لهذا الحساب وسيتم رفعها.
cli-logout-removed = تم تسجيل الخروج. حُذفت بيانات هذا الحساب من هذا الجهاز.

## المزامنة
cli-sync-phase-content = المحتوى
cli-sync-phase-index = بناء فهرس البحث
cli-sync-phase-upload = إرسال تغييراتكم
cli-sync-phase-download = استلام بياناتكم
cli-sync-progress = { $phase }: الصفحة { $pages }، العناصر: { $items }، البايتات: { $bytes }
cli-sync-done = انتهت المزامنة: التغييرات: { $items }، الوظائف الجديدة: { $jobs }، البايتات: { $bytes }، المدة: { $seconds } ث.
cli-sync-resynced = طلبت البوابة تحديثًا كاملًا؛ وأُعيد بناء الذاكرة المؤقتة.
cli-sync-user = التغييرات المرسلة: { $pushed }، السجلات المستلمة: { $pulled }.

## الحالة
cli-status-portal = البوابة: { $url }
cli-status-logged-in = تم تسجيل الدخول باسم { $email }.
cli-status-logged-out = لم يتم تسجيل الدخول.
cli-status-last-success = آخر مزامنة ناجحة: { $when }
cli-status-never = لم تتم المزامنة بعد.
cli-status-last-error = فشلت آخر مزامنة: { $message }
cli-status-jobs = { $count ->
    [zero] لا توجد وظائف على هذا الجهاز
    [one] وظيفة واحدة على هذا الجهاز
    [two] وظيفتان على هذا الجهاز
    [few] { $count } وظائف على هذا الجهاز
    [many] { $count } وظيفة على هذا الجهاز
   *[other] { $count } وظيفة على هذا الجهاز
}
cli-status-pending = { $count ->
    [zero] لا توجد تغييرات بانتظار الإرسال
    [one] تغيير واحد بانتظار الإرسال
    [two] تغييران بانتظار الإرسال
    [few] { $count } تغييرات بانتظار الإرسال
    [many] { $count } تغييرًا بانتظار الإرسال
   *[other] { $count } تغيير بانتظار الإرسال
}

## البحث
error-cli-unknown-city = "{ $city }" ليست بلدية في منطقة الرور يعرفها هذا الجهاز. يُرجى المزامنة أولًا، أو استخدام اسم البلدية.
cli-search-jobs-total = { $total ->
    [zero] لم يُعثر على أي وظيفة.
    [one] تم العثور على وظيفة واحدة.
    [two] تم العثور على وظيفتين.
    [few] تم العثور على { $total } وظائف.
    [many] تم العثور على { $total } وظيفة.
   *[other] تم العثور على { $total } وظيفة.
}
cli-search-job-line = { $title } · { $employer }، { $city } ({ $published }) [{ $id }]
cli-search-contacts-total = { $total ->
    [zero] لم يُعثر على أي جهة اتصال.
    [one] تم العثور على جهة اتصال واحدة.
    [two] تم العثور على جهتَي اتصال.
    [few] تم العثور على { $total } جهات اتصال.
    [many] تم العثور على { $total } جهة اتصال.
   *[other] تم العثور على { $total } جهة اتصال.
}
cli-search-contact-line = { $name } · { $place }

## الإعدادات
cli-settings-saved = تم حفظ الإعدادات.
cli-settings-system-language = مثل لغة النظام
cli-settings-jobs-everywhere = كل الوظائف في المنطقة
cli-settings-portal = البوابة: { $value }
cli-settings-language = اللغة: { $value }
cli-settings-paused = المزامنة في الخلفية متوقفة مؤقتًا: { $value }
cli-settings-jobs = الوظائف التي تتم مزامنتها: { $value }

## الجلسات
cli-sessions-none = لا يوجد أي جهاز مسجَّل الدخول إلى هذا الحساب.
cli-sessions-unnamed = جهاز بلا اسم
cli-sessions-line = { $id }  { $device } · تسجيل الدخول: { $created } · آخر نشاط: { $last_seen }
cli-sessions-line-current = { $id }  { $device } · تسجيل الدخول: { $created } · آخر نشاط: { $last_seen } · هذا الجهاز
cli-sessions-revoked = أُلغيت الجلسة { $id }، وسُجِّل خروج ذلك الجهاز.
cli-sessions-revoked-own = أُلغيت الجلسة { $id }، وسُجِّل خروج هذا الجهاز.
