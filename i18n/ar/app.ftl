# completeness: 233 of 233 messages (2026-11-25)
# شاشات التطبيق (ui/).

## التنقل
nav-label = التنقل الرئيسي
nav-skip-to-content = الانتقال إلى المحتوى
nav-home = الرئيسية
nav-plan = خطتي
nav-contacts = جهات الاتصال
nav-jobs = الوظائف
nav-settings = الإعدادات

## حالة المزامنة
sync-running = جارٍ التحديث…
sync-offline = دون اتصال: يُعرض ما هو محفوظ على هذا الجهاز
sync-last-success = آخر تحديث { $when }
sync-never = لم يتم التحديث بعد
sync-now = المزامنة الآن

## التشغيل الأول
firstrun-welcome = أهلًا وسهلًا في منطقة الرور!
firstrun-intro = يساعدكم هذا التطبيق على تخطيط انتقالكم: أي تصريح إقامة يناسبكم، وما المستندات التي تحتاجونها، وما الذي يجب فعله بعد الوصول ومتى. ويعمل دون اتصال بالإنترنت.
firstrun-choose-language = اختيار اللغة
firstrun-continue = متابعة
firstrun-privacy = تبقى إجاباتكم على هذا الجهاز، إلا إذا أنشأتم حسابًا لمزامنتها.
firstrun-questions-title = أخبرونا عن انتقالكم
firstrun-downloading = جارٍ تنزيل قوائم المهام والجهات الرسمية والوظائف…
firstrun-retry = إعادة المحاولة

## الاستبيان
q-intro = تحدد إجاباتكم مسار الإقامة والمستندات والخطوات التي تنطبق عليكم. يمكنكم تغييرها في أي وقت.
q-section-you = معلومات عنكم
q-section-qualification = المؤهل واللغات
q-section-job = عرض العمل
q-section-family-reunion = فرد الأسرة الذي تنضمّون إليه
q-section-move = الانتقال
q-citizenship = الجنسية
q-citizenship-other = ليست من الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا
q-citizenship-eu_eea_swiss = الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا
q-age = العمر
q-purpose = ما سبب قدومكم؟
q-purpose-work_with_offer = للعمل (لديّ عرض عمل)
q-purpose-job_search = للبحث عن عمل
q-purpose-study = للدراسة
q-purpose-vocational_training = للتدريب المهني (Ausbildung)
q-purpose-family_reunion = للانضمام إلى أسرتي
q-qualification = أعلى مؤهل
q-qualification-academic = شهادة جامعية
q-qualification-vocational = مؤهل مهني
q-qualification-none = لا شيء مما سبق
q-recognition = هل هو معترف به في ألمانيا (Anerkennung)؟
q-recognition-recognised = نعم، معترف به أو معادِل (anabin "H+")
q-recognition-partial = معترف به جزئيًا
q-recognition-pending = تم تقديم الطلب، ولم يصدر قرار بعد
q-recognition-none = ليس بعد
q-recognition-hint = يمكن لاستشارة الاعتراف (Anerkennungsberatung) في مدينتكم مساعدتكم على معرفة ذلك.
q-experience = سنوات الخبرة المهنية
q-experience-last-5 = …منها في آخر 5 سنوات
q-experience-last-7 = …منها في آخر 7 سنوات
q-german = الألمانية
q-english = الإنجليزية
q-level-none = لا يوجد
q-level-a1 = A1
q-level-a2 = A2
q-level-b1 = B1
q-level-b2 = B2
q-level-c1 = C1
q-level-c2 = C2
q-previous-stay = أقمتُ في ألمانيا إقامة قانونية لمدة 6 أشهر أو أكثر من قبل
q-it-specialist = تخصصي في تكنولوجيا المعلومات
q-recent-graduate = تخرّجتُ خلال آخر 3 سنوات
q-salary = الراتب السنوي الإجمالي (Bruttojahresgehalt) في عرض العمل (باليورو)
q-salary-hint = كما هو مكتوب في العقد أو عرض العمل، قبل الضرائب.
q-shortage = الوظيفة في مهنة تعاني من نقص في العمالة (Engpassberuf)
q-sponsor = تصريح إقامته (Aufenthaltstitel)
q-sponsor-blue_card = البطاقة الزرقاء للاتحاد الأوروبي (Blaue Karte EU)
q-sponsor-skilled_vocational = عامل ماهر بتدريب مهني (§ 18a)
q-sponsor-skilled_academic = عامل ماهر بشهادة جامعية (§ 18b)
q-sponsor-researcher = باحث أو باحثة (§ 18d)
q-sponsor-specialist_employment = متخصص في تقنية المعلومات أو وظيفة خاصة (§ 19c)
q-sponsor-ict_card = بطاقة ICT للمنقولين داخل الشركة (§ 19)
q-sponsor-self_employed = عمل حر (§ 21)
q-sponsor-german = مواطن ألماني أو مواطنة ألمانية
q-sponsor-other = تصريح آخر
q-family-role = صلتكم به
q-family-role-spouse = الزوج أو الزوجة أو الشريك
q-family-role-child = ابن أو ابنة
q-choose = يُرجى الاختيار
q-municipality = أين ستسكنون في منطقة الرور؟
q-university = جامعتكم
q-university-hint = يتولى مكتبها الدولي (International Office) القبول والتسجيل؛ وتربطكم الخطة به.
q-independent-cities = المدن المستقلة (kreisfreie Städte)
q-needs-content = تصل قائمة المدن مع أول مزامنة. يُرجى الاتصال بالإنترنت مرة واحدة.
q-arrival = موعد الوصول المخطَّط
q-arrival-hint = يوم دخولكم إلى ألمانيا. تنبّه الخطة إلى الوثائق التي تنتهي صلاحيتها بعده بأقل من 6 أشهر.
q-move-in = يوم الانتقال إلى السكن (اختياري)
q-move-in-hint = يجب تسجيل العنوان (Anmeldung) خلال 14 يومًا من الانتقال إلى السكن. اتركوا الحقل فارغًا إذا انتقلتم إليه يوم الوصول.
q-spouse-coming = يرافقني الزوج أو الزوجة أو الشريك
q-children = عدد الأطفال المرافقين
q-partner-eligible = يستوفي الشريك أيضًا شروط بطاقة الفرص (Chancenkarte)
q-submit = إنشاء خطتي

## الرئيسية
home-title = خطواتكم التالية
home-next-steps = الخطوات التالية
home-progress = أُنجز { $done } من { $total }
home-all-done = تم إنجاز كل شيء. تهانينا!
home-deadlines = المواعيد النهائية
home-new-job-alerts = { $count ->
    [zero] لا توجد تنبيهات وظائف جديدة.
    [one] يوجد تنبيه وظيفة جديد.
    [two] يوجد تنبيهان جديدان للوظائف.
    [few] توجد { $count } تنبيهات وظائف جديدة.
    [many] يوجد { $count } تنبيهًا جديدًا للوظائف.
   *[other] يوجد { $count } تنبيه وظائف جديد.
}
home-no-plan-yet = لا توجد خطة بعد.
home-start-plan = بدء الاستبيان

## الخطة
plan-title = خطتي
plan-answers-title = إجاباتكم
plan-cancel = إلغاء
plan-change-answers = تغيير الإجابات
plan-no-path = لا يوجد مسار إقامة مناسب بشكل مؤكد
plan-points = نقاط بطاقة الفرص (Chancenkarte): { $total } (المطلوب: { $required })
plan-all-paths = مقارنة جميع مسارات الإقامة
plan-export-ics = المواعيد النهائية إلى التقويم (.ics)
plan-export-documents = قائمة المستندات للطباعة
plan-exported = تم الحفظ في { $path }
plan-phase-progress = { $done } من { $total }
plan-kind-document = مستند
plan-kind-step = خطوة
plan-status = الحالة
plan-saved = تم الحفظ
plan-due = الاستحقاق: { $date }
plan-due-by-law = الموعد القانوني: { $date }
plan-expiry-badge = صالح حتى { $date }: { $warning }
plan-details = التفاصيل والملاحظات والجهة الرسمية
plan-set-due = تاريخ الاستحقاق
plan-expiry = صالح حتى
plan-note = ملاحظات
plan-note-conflict = تم تغيير هذه الملاحظة على جهازين في الوقت نفسه. النسخة الأخرى:

## الأسرة
household-title = الأسرة
household-whose-plan = خطة مَن
household-name = الاسم
household-relation = صلة القرابة
household-add = إضافة شخص
household-remove = إزالة

## المصادر ونصوص البوابة
source-link = المصدر
source-reviewed = تمت المراجعة في { $date }
text-fallback = بلغة: { $lang }
text-fallback-hint = غير متوفر بلغتكم بعد
text-unreviewed = ترجمة غير مراجَعة
text-unreviewed-hint = مترجم ولم تتم مراجعته بعد: اعرض الأصل الإنجليزي والألماني
text-hide-original = إخفاء الأصل
sample-data = بيانات تجريبية
sample-data-hint = مُختلَقة للعرض التوضيحي: ليست شخصًا أو رقمًا حقيقيًا.

## جهات الاتصال
contacts-title = جهات الاتصال
contacts-search = البحث
contacts-municipality = المدينة
contacts-language = اللغة المستخدمة
contacts-kind = نوع الجهة
contacts-all = الكل
contacts-search-button = بحث
contacts-offices = { $count ->
    [zero] لا توجد جهات
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
    [many] { $count } جهة
   *[other] { $count } جهة
}
contacts-guides = { $count ->
    [zero] لا يوجد Welcome Guides
    [one] Welcome Guide واحد
    [two] اثنان من Welcome Guides
   *[other] { $count } من Welcome Guides
}
contacts-guides-intro = الـ Welcome Guides متطوعون ومتطوعات مدرَّبون انتقلوا إلى هنا بأنفسهم. يقدّمون لكم الاستشارة بشكل فردي ومجانًا.
contacts-none = لم يُعثر على شيء. جرّبوا مدينة أخرى أو عددًا أقل من عوامل التصفية.
contacts-serves-from-elsewhere = مسؤولة عن مدينتكم، ومقرّها في مدينة مركز المقاطعة (Kreisstadt).
contact-languages = اللغات: { $languages }
contact-call = اتصال
contact-mail = البريد الإلكتروني
contact-web = الموقع الإلكتروني
office-kind-foreigners_office = مكتب الأجانب (Ausländerbehörde)
office-kind-citizens_office = مكتب خدمات المواطنين (Bürgeramt)
office-kind-welcome_centre = مركز الترحيب (Welcome Center)
office-kind-recognition_counselling = استشارة الاعتراف بالمؤهلات (Anerkennungsberatung)
office-kind-job_centre = مركز التوظيف (Jobcenter)
office-kind-youth_office = مكتب رعاية الشباب (Jugendamt)
office-kind-migration_counselling = استشارة الهجرة (Migrationsberatung)
office-kind-employment_agency = وكالة العمل (Agentur für Arbeit)
office-kind-youth_migration_service = خدمة الهجرة للشباب (Jugendmigrationsdienst)
office-kind-university_international_office = المكتب الدولي للجامعة (International Office)

## الوظائف
jobs-title = الوظائف
jobs-tab-search = البحث
jobs-tab-saved = المحفوظة ({ $count })
jobs-tab-alerts = التنبيهات ({ $count })
jobs-unread-alerts = { $count ->
    [zero] لا توجد تنبيهات غير مقروءة
    [one] تنبيه واحد غير مقروء
    [two] تنبيهان غير مقروءين
    [few] { $count } تنبيهات غير مقروءة
    [many] { $count } تنبيهًا غير مقروء
   *[other] { $count } تنبيه غير مقروء
}
jobs-what = ماذا
jobs-what-placeholder = المسمى الوظيفي أو المهنة أو صاحب العمل
jobs-where = أين
jobs-anywhere = في أي مكان في منطقة الرور
jobs-radius = المسافة
jobs-radius-town-only = هذه المدينة فقط
jobs-radius-km = في نطاق { $km } كم
jobs-working-time = ساعات العمل
working-time-full_time = دوام كامل
working-time-part_time = دوام جزئي
working-time-shift = نوبات عمل
working-time-home_office = عمل من المنزل
working-time-mini_job = عمل صغير (Minijob)
jobs-offer-type = النوع
jobs-any = أي نوع
offer-type-job = وظيفة
offer-type-self_employment = عمل حر
offer-type-apprenticeship = تدريب مهني (Ausbildung)
offer-type-internship = تدريب عملي (Praktikum)
jobs-since = منشورة منذ
jobs-sort = الترتيب
jobs-sort-date = الأحدث أولًا
jobs-sort-relevance = الأكثر ملاءمة أولًا
jobs-sort-distance = الأقرب أولًا
jobs-search-button = بحث
jobs-found = { $count ->
    [zero] لم يُعثر على أي وظيفة
    [one] تم العثور على وظيفة واحدة
    [two] تم العثور على وظيفتين
    [few] تم العثور على { $count } وظائف
    [many] تم العثور على { $count } وظيفة
   *[other] تم العثور على { $count } وظيفة
}
jobs-distance = على بُعد { $km } كم
jobs-previous = السابق
jobs-next = التالي
jobs-save = حفظ الوظيفة
jobs-unsave = إزالة من المحفوظات
jobs-saved = تم الحفظ. يبقى الإعلان لديكم حتى بعد حذفه من الموقع.
jobs-unsaved = تمت الإزالة من وظائفكم المحفوظة.
jobs-back = العودة إلى القائمة
jobs-expired = لم يعد الإعلان متاحًا على الإنترنت: هذه نسختكم المحفوظة
jobs-regulated-title = مهنة منظَّمة
jobs-regulated-licence = في ألمانيا لا يجوز لكم العمل في هذه المهنة إلا بعد الاعتراف بمؤهلكم الأجنبي (Anerkennung) أو حصولكم على ترخيص مزاولة المهنة (Berufserlaubnis، Approbation). ابدؤوا مبكرًا: الأمر يستغرق شهورًا.
jobs-regulated-protected-title = هذا المسمى الوظيفي محمي في ألمانيا: لا يجوز لكم استخدامه إلا بعد الاعتراف بمؤهلكم الأجنبي (Anerkennung).
jobs-regulated-counselling = استشارات الاعتراف (Anerkennungsberatung) تساعدكم مجانًا:
jobs-open-ad = فتح صفحة الإعلان
jobs-published = نُشر في { $date }
jobs-salary = الراتب: { $salary }
jobs-save-search = تلقّي تنبيهات لهذا البحث
jobs-save-search-placeholder = اسم التنبيه، مثلًا: تمريض في إيسن
jobs-save-search-button = حفظ البحث
jobs-search-saved = تم الحفظ. ستصلكم إشعارات بالوظائف الجديدة المناسبة بعد كل مزامنة.
jobs-search-unnamed = بحثي
jobs-no-saved = لا توجد وظائف محفوظة بعد. احفظوا وظيفة للاحتفاظ بها، حتى دون اتصال.
jobs-alerts-title = تنبيهات الوظائف
jobs-mark-all-read = تعليم الكل كمقروء
jobs-mark-read = تعليم كمقروء
jobs-no-alerts = لا توجد تنبيهات بعد.
jobs-saved-searches = عمليات البحث المحفوظة
jobs-delete-search = حذف
jobs-no-saved-searches = لا توجد عمليات بحث محفوظة بعد.

## الإعدادات
settings-title = الإعدادات
settings-saved = تم الحفظ.
settings-language = اللغة والمظهر
settings-language-label = اللغة
settings-language-system = مثل لغة النظام
settings-language-partial = مترجمة جزئيًا
settings-theme = المظهر
settings-theme-system = مثل النظام
settings-theme-light = فاتح
settings-theme-dark = داكن
settings-sync = المزامنة
settings-jobs-cached = { $count ->
    [zero] لا توجد وظائف على هذا الجهاز
    [one] وظيفة واحدة على هذا الجهاز
    [two] وظيفتان على هذا الجهاز
    [few] { $count } وظائف على هذا الجهاز
    [many] { $count } وظيفة على هذا الجهاز
   *[other] { $count } وظيفة على هذا الجهاز
}
settings-pending-changes = { $count ->
    [0] تم إرسال جميع التغييرات
    [one] تغيير واحد بانتظار الإرسال
    [two] تغييران بانتظار الإرسال
    [few] { $count } تغييرات بانتظار الإرسال
    [many] { $count } تغييرًا بانتظار الإرسال
   *[other] { $count } تغيير بانتظار الإرسال
}
settings-sync-paused = إيقاف المزامنة التلقائية مؤقتًا
settings-sync-interval = المزامنة التلقائية
settings-every-minutes = { $minutes ->
    [60] كل ساعة
    [1440] مرة واحدة يوميًا
    [few] كل { $minutes } دقائق
   *[other] كل { $minutes } دقيقة
}
settings-portal = عنوان البوابة
settings-save = حفظ

## الحساب
content-kind-other = أخرى
sync-rejected = { $count ->
    [one] تعذّر حفظ تغيير واحد في البوابة وأُلغي على هذا الجهاز:
   *[other] تعذّر حفظ { $count } تغييرات في البوابة وأُلغيت على هذا الجهاز:
}
sync-rejected-dismiss = قرأت ذلك
account-title = الحساب
account-why = لا حاجة إلى حساب. لكن مع الحساب تتم مزامنة خطتكم والوظائف المحفوظة بين أجهزتكم.
account-email = البريد الإلكتروني
account-password = كلمة المرور (10 أحرف على الأقل)
account-login = تسجيل الدخول
account-register = إنشاء حساب
account-logout = تسجيل الخروج
account-logged-in = تم تسجيل دخولكم.
account-registered = تم إنشاء حسابكم وتسجيل دخولكم.
account-logged-out = تم تسجيل خروجكم. تبقى بياناتكم على هذا الجهاز.
account-logout-question = هل تريد الاحتفاظ ببيانات هذا الحساب على هذا الجهاز؟
account-logout-keep = تسجيل الخروج مع الاحتفاظ ببياناتي هنا
account-logout-remove = تسجيل الخروج وحذف بياناتي من هذا الجهاز
account-logout-unsent = لم تصل { $count } تغييرات إلى البوابة بعد. إذا حذفت بياناتك الآن فستضيع؛ وإذا احتفظت بها فستُرسل عند تسجيل دخولك التالي.
account-logged-out-removed = تم تسجيل خروجك وحُذفت بياناتك من هذا الجهاز. ما زالت محفوظة في البوابة.
account-joined = أصبحت { $count } إدخالات أُنشئت على هذا الجهاز قبل تسجيل دخولك تابعة لحسابك الآن.
account-logged-in-as = مسجَّل الدخول باسم { $email }
sessions-title = الأجهزة المسجَّل دخولها بهذا الحساب
sessions-this-device = هذا الجهاز
sessions-unnamed = جهاز بلا اسم
sessions-last-seen = آخر استخدام: { $when }
sessions-since = مسجَّل الدخول منذ: { $when }
sessions-revoke = تسجيل الخروج هناك
sessions-revoked = تم تسجيل خروج ذلك الجهاز. تبقى بياناته عليه، لكنه لا يزامن حتى يسجّل أحد الدخول عليه من جديد.
error-app-sync-interval = { $minutes ->
    [one] فاصل دقيقة واحدة غير ممكن. يُرجى اختيار مدة بين 5 دقائق وأسبوع واحد.
    [two] فاصل دقيقتين غير ممكن. يُرجى اختيار مدة بين 5 دقائق وأسبوع واحد.
    [few] فاصل { $minutes } دقائق غير ممكن. يُرجى اختيار مدة بين 5 دقائق وأسبوع واحد.
   *[other] فاصل { $minutes } دقيقة غير ممكن. يُرجى اختيار مدة بين 5 دقائق وأسبوع واحد.
}

## Reminders
home-reminders = التذكيرات
home-reminder-late = متأخر
home-reminder-read = تمت القراءة
settings-reminders = التذكيرات
settings-reminders-enabled = ذكّرني قبل المواعيد النهائية وتواريخ انتهاء الصلاحية
settings-reminders-days = كم يومًا قبل ذلك
settings-reminders-day = { $days ->
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $days } أيام
   *[other] قبل { $days } يومًا
}
settings-reminders-hint = تصل التذكيرات كإشعارات على سطح المكتب في التاسعة صباحًا وتبقى هنا في الصفحة الرئيسية. التذكير الذي يحين موعده والتطبيق مغلق يصل عند فتحه في المرة التالية.
plan-reminders = التذكيرات
plan-reminders-default = كما في الإعدادات
plan-reminders-none = بلا تذكيرات

## Appointments
appointments-title = المواعيد
appointments-add = إضافة موعد
appointments-none = لا توجد مواعيد بعد. أضيفوا المواعيد التي تحصلون عليها (تسجيل العنوان Anmeldung، مكتب شؤون الأجانب، مقابلة التأشيرة): ستُذكَّرون بها وتُضاف إلى ملف التقويم.
appointments-delete = حذف
appointments-what = ماذا
appointments-what-placeholder = مثلًا: تسجيل العنوان (Anmeldung) في مكتب المواطنين
appointments-date = التاريخ
appointments-time = الوقت
appointments-office = الجهة
appointments-office-none = مكان آخر
appointments-place = المكان
appointments-save = حفظ
appointments-cancel = إلغاء

## Guide requests

guide-request-write = راسل هذا المرشد
guide-request-saved = تم حفظ طلبك. سيُرسل فور اتصالك بالإنترنت، وسيظهر الرد على الشاشة الرئيسية.
guide-request-login-needed = لمراسلة مرشد تحتاج إلى حساب، فمن خلاله يرد عليك المرشد. سجّل الدخول أو أنشئ حسابًا في الإعدادات.
guide-request-login = تسجيل الدخول
guide-request-language = اللغة
guide-request-topic = الموضوع
guide-topic-visa = التأشيرة والإقامة
guide-topic-family = العائلة
guide-topic-jobs = العمل
guide-topic-recognition = الاعتراف بالمؤهلات
guide-topic-housing = السكن
guide-topic-study = الدراسة
guide-request-message-label = رسالتك
guide-request-count = { $count } من { $max } حرفًا
guide-request-reach = كيف يمكن للمرشد التواصل معك؟
guide-request-method-app = عبر التطبيق فقط
guide-request-method-email = عبر البريد الإلكتروني
guide-request-method-phone = عبر الهاتف
guide-request-email = عنوان بريدك الإلكتروني
guide-request-phone = رقم هاتفك
guide-request-consent = أوافق على أن يتلقى { $guide } رسالتي وبيانات الاتصال بي ليرد علي. تُستخدم لهذا الرد فقط ولا تُمرَّر إلى أحد.
guide-request-send = إرسال الطلب
guide-request-sent-heading = طلباتك إلى هذا المرشد
guide-request-status-pending = في انتظار الإرسال
guide-request-status-sent = أُرسل
guide-request-status-answered = تم الرد
home-guide-answers = ردود من Welcome Guides
home-guide-answer-to = على رسالتك «{ $message }»
vault-title = الملفات المرفقة
vault-attach = إرفاق صورة أو مسح ضوئي أو PDF
vault-drop = أو أفلت ملفاً هنا
vault-local-only = محفوظة على هذا الجهاز فقط ومشفّرة. لا تُرفع أبداً.
vault-open = فتح
vault-replace = استبدال
vault-delete = حذف
vault-delete-confirm = حذف { $name } من هذا الجهاز؟ لا يمكن التراجع عن ذلك.
vault-pdf-pages = PDF، عدد الصفحات: { $pages }
vault-close = إغلاق
vault-key-missing-help = يمكنك حذف الملفات التي لم تعد تحتاجها؛ ويمكن إرفاق ملفات جديدة عندما لا يبقى أي ملف أو بعد استعادة سلسلة المفاتيح.
appointment-export-pdf = PDF مع المستندات
plan-export-pdf = المستندات بصيغة PDF مع المسوحات
error-app-no-viewer = لا يوجد تطبيق على هذا الحاسوب يفتح هذا النوع من الملفات.
vault-count = { $count ->
    [one] ملف مرفق واحد
   *[other] الملفات المرفقة: { $count }
}
settings-web-limits = في تطبيق الويب يُحفظ تسجيل دخولك مشفّرًا في هذا المتصفح (لا يملك المتصفح سلسلة مفاتيح النظام)، وتظهر التذكيرات داخل التطبيق وليس كإشعارات النظام، وروابط welcome-ruhr:// تفتح تطبيق سطح المكتب فقط. المسوحات المرفقة بالمستندات وملف PDF للموعد متاحة في تطبيق سطح المكتب فقط: مفتاحها يحتاج إلى سلسلة مفاتيح النظام.
web-store-busy-title = welcome.RUHR مفتوح في علامة تبويب أخرى
web-store-busy-text = يحفظ التطبيق بياناتك في علامة تبويب واحدة فقط في كل مرة. استخدم علامة التبويب الأخرى أو أغلقها: عندها تتابع هذه من تلقاء نفسها دون أن يضيع شيء.
