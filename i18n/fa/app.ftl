# completeness: 233 of 233 messages (2026-11-25)
# صفحه‌های برنامه (ui/).

## پیمایش
nav-label = پیمایش اصلی
nav-skip-to-content = رفتن به محتوا
nav-home = خانه
nav-plan = برنامهٔ من
nav-contacts = تماس‌ها
nav-jobs = آگهی‌های شغلی
nav-settings = تنظیمات

## وضعیت همگام‌سازی
sync-running = در حال به‌روزرسانی…
sync-offline = آفلاین: آنچه روی این دستگاه ذخیره شده نمایش داده می‌شود
sync-last-success = به‌روز شده { $when }
sync-never = هنوز به‌روز نشده
sync-now = همین حالا همگام‌سازی کن

## نخستین اجرا
firstrun-welcome = به منطقهٔ روهر خوش آمدید!
firstrun-intro = این برنامه به شما کمک می‌کند مهاجرت خود را برنامه‌ریزی کنید: کدام اجازهٔ اقامت مناسب شماست، به چه مدارکی نیاز دارید، پس از ورود چه کارهایی را تا چه زمانی باید انجام دهید. بدون اینترنت هم کار می‌کند.
firstrun-choose-language = زبان خود را انتخاب کنید
firstrun-continue = ادامه
firstrun-privacy = پاسخ‌های شما روی این دستگاه می‌ماند، مگر اینکه برای همگام‌سازی حساب بسازید.
firstrun-questions-title = از مهاجرت خود بگویید
firstrun-downloading = در حال دریافت چک‌لیست‌ها، اداره‌ها و آگهی‌های شغلی…
firstrun-retry = تلاش دوباره

## پرسشنامه
q-intro = پاسخ‌های شما تعیین می‌کند کدام مسیر اقامت، مدارک و گام‌ها برای شما صدق می‌کند. هر زمان می‌توانید آن‌ها را تغییر دهید.
q-section-you = دربارهٔ شما
q-section-qualification = مدرک و زبان‌ها
q-section-job = پیشنهاد کاری شما
q-section-family-reunion = عضو خانواده‌ای که به او می‌پیوندید
q-section-move = مهاجرت شما
q-citizenship = تابعیت
q-citizenship-other = غیر از اتحادیهٔ اروپا، منطقهٔ اقتصادی اروپا یا سوئیس
q-citizenship-eu_eea_swiss = اتحادیهٔ اروپا، منطقهٔ اقتصادی اروپا یا سوئیس
q-age = سن
q-purpose = به چه منظوری می‌آیید؟
q-purpose-work_with_offer = برای کار (پیشنهاد کاری دارم)
q-purpose-job_search = برای جست‌وجوی کار
q-purpose-study = برای تحصیل
q-purpose-vocational_training = برای آموزش حرفه‌ای (Ausbildung)
q-purpose-family_reunion = برای پیوستن به خانواده‌ام
q-qualification = بالاترین مدرک
q-qualification-academic = مدرک دانشگاهی
q-qualification-vocational = مدرک حرفه‌ای
q-qualification-none = هیچ‌کدام
q-recognition = آیا در آلمان به رسمیت شناخته شده است (Anerkennung)؟
q-recognition-recognised = بله، به رسمیت شناخته شده یا هم‌ارز است (anabin "H+")
q-recognition-partial = بخشی از آن به رسمیت شناخته شده
q-recognition-pending = درخواست داده‌ام، هنوز تصمیمی گرفته نشده
q-recognition-none = هنوز نه
q-recognition-hint = مشاورهٔ ارزشیابی مدرک (Anerkennungsberatung) در شهر شما می‌تواند در این باره کمک کند.
q-experience = سال‌های سابقهٔ کار
q-experience-last-5 = …از این میان در 5 سال اخیر
q-experience-last-7 = …از این میان در 7 سال اخیر
q-german = آلمانی
q-english = انگلیسی
q-level-none = هیچ
q-level-a1 = A1
q-level-a2 = A2
q-level-b1 = B1
q-level-b2 = B2
q-level-c1 = C1
q-level-c2 = C2
q-previous-stay = پیش‌تر 6 ماه یا بیشتر به‌طور قانونی در آلمان زندگی کرده‌ام
q-it-specialist = متخصص فناوری اطلاعات هستم
q-recent-graduate = در 3 سال اخیر فارغ‌التحصیل شده‌ام
q-salary = حقوق ناخالص سالانهٔ پیشنهاد کاری (Bruttojahresgehalt، یورو)
q-salary-hint = همان‌طور که در قرارداد یا پیشنهاد کاری آمده، پیش از کسر مالیات.
q-shortage = شغل در فهرست مشاغل دارای کمبود نیرو (Engpassberuf) است
q-sponsor = اجازهٔ اقامت او (Aufenthaltstitel)
q-sponsor-blue_card = کارت آبی اتحادیهٔ اروپا (Blaue Karte EU)
q-sponsor-skilled_vocational = نیروی متخصص با آموزش حرفه‌ای (§ 18a)
q-sponsor-skilled_academic = نیروی متخصص با مدرک دانشگاهی (§ 18b)
q-sponsor-researcher = پژوهشگر (§ 18d)
q-sponsor-specialist_employment = متخصص فناوری اطلاعات یا سمت ویژه (§ 19c)
q-sponsor-ict_card = کارت ICT برای انتقال درون‌شرکتی (§ 19)
q-sponsor-self_employed = کار آزاد (§ 21)
q-sponsor-german = تابعیت آلمان
q-sponsor-other = اجازهٔ اقامت دیگر
q-family-role = نسبت شما با او
q-family-role-spouse = همسر یا شریک زندگی
q-family-role-child = فرزند
q-choose = لطفاً انتخاب کنید
q-municipality = در کجای منطقهٔ روهر زندگی خواهید کرد؟
q-university = دانشگاه شما
q-university-hint = دفتر بین‌الملل آن (International Office) پذیرش و ثبت‌نام شما را انجام می‌دهد؛ برنامه به آن ارجاع می‌دهد.
q-independent-cities = شهرهای مستقل (kreisfreie Städte)
q-needs-content = فهرست شهرها با نخستین همگام‌سازی می‌رسد. لطفاً یک بار به اینترنت وصل شوید.
q-arrival = تاریخ ورود برنامه‌ریزی‌شده
q-arrival-hint = روز ورود شما به آلمان. برنامه دربارهٔ مدارکی که کمتر از 6 ماه پس از آن منقضی می‌شوند هشدار می‌دهد.
q-move-in = روز اسباب‌کشی به خانه (اختیاری)
q-move-in-hint = ثبت نشانی (Anmeldung) باید ظرف 14 روز پس از اسباب‌کشی انجام شود. اگر در روز ورود اسباب‌کشی می‌کنید، این قسمت را خالی بگذارید.
q-spouse-coming = همسر یا شریک زندگی‌ام همراهم می‌آید
q-children = فرزندان همراه
q-partner-eligible = شریک زندگی‌ام هم شرایط کارت فرصت (Chancenkarte) را دارد
q-submit = ساختن برنامهٔ من

## خانه
home-title = گام‌های بعدی شما
home-next-steps = گام‌های بعدی
home-progress = { $done } از { $total } انجام شده
home-all-done = همه‌چیز انجام شده است. تبریک!
home-deadlines = مهلت‌ها
home-new-job-alerts = { $count ->
    [one] یک هشدار شغلی جدید دارید.
   *[other] { $count } هشدار شغلی جدید دارید.
}
home-no-plan-yet = هنوز برنامه‌ای نیست.
home-start-plan = شروع پرسشنامه

## برنامه
plan-title = برنامهٔ من
plan-answers-title = پاسخ‌های شما
plan-cancel = لغو
plan-change-answers = تغییر پاسخ‌ها
plan-no-path = هیچ مسیر اقامتی با اطمینان مناسب نیست
plan-points = امتیاز کارت فرصت (Chancenkarte): { $total } (لازم: { $required })
plan-all-paths = مقایسهٔ همهٔ مسیرهای اقامت
plan-export-ics = مهلت‌ها در تقویم (.ics)
plan-export-documents = فهرست مدارک برای چاپ
plan-exported = در { $path } ذخیره شد
plan-phase-progress = { $done } از { $total }
plan-kind-document = مدرک
plan-kind-step = گام
plan-status = وضعیت
plan-saved = ذخیره شد
plan-due = مهلت: { $date }
plan-due-by-law = مهلت قانونی: { $date }
plan-expiry-badge = معتبر تا { $date }: { $warning }
plan-details = جزئیات، یادداشت‌ها و اداره
plan-set-due = تاریخ مهلت
plan-expiry = معتبر تا
plan-note = یادداشت‌ها
plan-note-conflict = این یادداشت هم‌زمان روی دو دستگاه تغییر کرده است. نسخهٔ دیگر:

## خانوار
household-title = خانوار
household-whose-plan = برنامهٔ چه کسی
household-name = نام
household-relation = نسبت
household-add = افزودن فرد
household-remove = حذف

## منابع و متن‌های پورتال
source-link = منبع
source-reviewed = بررسی‌شده در { $date }
text-fallback = به زبان { $lang }
text-fallback-hint = هنوز به زبان شما موجود نیست
text-unreviewed = ترجمه بازبینی‌نشده
text-unreviewed-hint = ترجمه شده، هنوز بازبینی نشده: متن اصلی انگلیسی و آلمانی را ببینید
text-hide-original = پنهان کردن متن اصلی
sample-data = دادهٔ نمونه
sample-data-hint = برای نمایش ساخته شده است: فرد یا شمارهٔ واقعی نیست.

## تماس‌ها
contacts-title = تماس‌ها
contacts-search = جست‌وجو
contacts-municipality = شهر
contacts-language = زبان گفت‌وگو
contacts-kind = نوع اداره
contacts-all = همه
contacts-search-button = جست‌وجو
contacts-offices = { $count ->
    [one] یک اداره
   *[other] { $count } اداره
}
contacts-guides = { $count ->
    [one] یک Welcome Guide
   *[other] { $count } Welcome Guide
}
contacts-guides-intro = Welcome Guideها داوطلبان آموزش‌دیده‌ای هستند که خودشان به اینجا مهاجرت کرده‌اند. آن‌ها به‌صورت فردی و رایگان به شما مشاوره می‌دهند.
contacts-none = چیزی پیدا نشد. شهر دیگری را امتحان کنید یا فیلترهای کمتری به کار ببرید.
contacts-serves-from-elsewhere = مسئول شهر شماست و در مرکز بخش (Kreisstadt) قرار دارد.
contact-languages = زبان‌ها: { $languages }
contact-call = تماس تلفنی
contact-mail = ایمیل
contact-web = وب‌سایت
office-kind-foreigners_office = ادارهٔ اتباع خارجی (Ausländerbehörde)
office-kind-citizens_office = دفتر خدمات شهروندی (Bürgeramt)
office-kind-welcome_centre = مرکز خوشامدگویی (Welcome Center)
office-kind-recognition_counselling = مشاورهٔ ارزشیابی مدرک (Anerkennungsberatung)
office-kind-job_centre = مرکز کاریابی (Jobcenter)
office-kind-youth_office = ادارهٔ جوانان (Jugendamt)
office-kind-migration_counselling = مشاورهٔ مهاجرت (Migrationsberatung)
office-kind-employment_agency = ادارهٔ کار (Agentur für Arbeit)
office-kind-youth_migration_service = خدمات مهاجرت جوانان (Jugendmigrationsdienst)
office-kind-university_international_office = دفتر بین‌الملل دانشگاه (International Office)

## آگهی‌های شغلی
jobs-title = آگهی‌های شغلی
jobs-tab-search = جست‌وجو
jobs-tab-saved = ذخیره‌شده ({ $count })
jobs-tab-alerts = هشدارها ({ $count })
jobs-unread-alerts = { $count ->
    [one] یک هشدار خوانده‌نشده
   *[other] { $count } هشدار خوانده‌نشده
}
jobs-what = چه
jobs-what-placeholder = عنوان شغل، حرفه یا کارفرما
jobs-where = کجا
jobs-anywhere = هر جای منطقهٔ روهر
jobs-radius = فاصله
jobs-radius-town-only = فقط همین شهر
jobs-radius-km = تا شعاع { $km } کیلومتر
jobs-working-time = زمان کار
working-time-full_time = تمام‌وقت
working-time-part_time = پاره‌وقت
working-time-shift = شیفتی
working-time-home_office = دورکاری
working-time-mini_job = مینی‌جاب (Minijob)
jobs-offer-type = نوع
jobs-any = همه
offer-type-job = شغل
offer-type-self_employment = خوداشتغالی
offer-type-apprenticeship = آموزش حرفه‌ای (Ausbildung)
offer-type-internship = کارآموزی (Praktikum)
jobs-since = منتشرشده از
jobs-sort = ترتیب
jobs-sort-date = جدیدترین‌ها اول
jobs-sort-relevance = مرتبط‌ترین‌ها اول
jobs-sort-distance = نزدیک‌ترین‌ها اول
jobs-search-button = جست‌وجو
jobs-found = { $count ->
    [one] یک شغل پیدا شد
   *[other] { $count } شغل پیدا شد
}
jobs-distance = در فاصلهٔ { $km } کیلومتری
jobs-previous = قبلی
jobs-next = بعدی
jobs-save = ذخیرهٔ آگهی
jobs-unsave = حذف از ذخیره‌شده‌ها
jobs-saved = ذخیره شد. آگهی حتی پس از برداشته شدن نزد شما می‌ماند.
jobs-unsaved = از آگهی‌های ذخیره‌شدهٔ شما حذف شد.
jobs-back = بازگشت به فهرست
jobs-expired = این آگهی دیگر آنلاین نیست: این نسخهٔ ذخیره‌شدهٔ شماست
jobs-regulated-title = حرفهٔ قانون‌مند
jobs-regulated-licence = در آلمان فقط پس از به رسمیت شناخته شدن مدرک خارجی شما (Anerkennung) یا دریافت مجوز اشتغال (Berufserlaubnis، Approbation) می‌توانید در این حرفه کار کنید. زود شروع کنید: ماه‌ها طول می‌کشد.
jobs-regulated-protected-title = این عنوان شغلی در آلمان محافظت‌شده است: فقط پس از به رسمیت شناخته شدن مدرک خارجی شما (Anerkennung) می‌توانید از آن استفاده کنید.
jobs-regulated-counselling = مشاورهٔ ارزشیابی مدرک (Anerkennungsberatung) رایگان کمک می‌کند:
jobs-open-ad = باز کردن صفحهٔ آگهی
jobs-published = منتشرشده در { $date }
jobs-salary = حقوق: { $salary }
jobs-save-search = دریافت هشدار برای این جست‌وجو
jobs-save-search-placeholder = نام هشدار، مثلاً پرستاری در اِسن
jobs-save-search-button = ذخیرهٔ جست‌وجو
jobs-search-saved = ذخیره شد. پس از هر همگام‌سازی از شغل‌های جدید و مناسب باخبر می‌شوید.
jobs-search-unnamed = جست‌وجوی من
jobs-no-saved = هنوز آگهی ذخیره‌شده‌ای ندارید. آگهی را ذخیره کنید تا حتی آفلاین هم آن را داشته باشید.
jobs-alerts-title = هشدارهای شغلی
jobs-mark-all-read = علامت‌گذاری همه به‌عنوان خوانده‌شده
jobs-mark-read = علامت‌گذاری به‌عنوان خوانده‌شده
jobs-no-alerts = هنوز هشداری نیست.
jobs-saved-searches = جست‌وجوهای ذخیره‌شده
jobs-delete-search = حذف
jobs-no-saved-searches = هنوز جست‌وجوی ذخیره‌شده‌ای نیست.

## تنظیمات
settings-title = تنظیمات
settings-saved = ذخیره شد.
settings-language = زبان و ظاهر
settings-language-label = زبان
settings-language-system = مانند سیستم
settings-language-partial = بخشی ترجمه شده
settings-theme = پوسته
settings-theme-system = مانند سیستم
settings-theme-light = روشن
settings-theme-dark = تیره
settings-sync = همگام‌سازی
settings-jobs-cached = { $count ->
    [one] یک آگهی روی این دستگاه
   *[other] { $count } آگهی روی این دستگاه
}
settings-pending-changes = { $count ->
    [0] همهٔ تغییرات فرستاده شد
    [one] یک تغییر در انتظار ارسال
   *[other] { $count } تغییر در انتظار ارسال
}
settings-sync-paused = توقف همگام‌سازی خودکار
settings-sync-interval = همگام‌سازی خودکار
settings-every-minutes = { $minutes ->
    [60] هر ساعت
    [1440] روزی یک بار
   *[other] هر { $minutes } دقیقه
}
settings-portal = نشانی پورتال
settings-save = ذخیره

## حساب کاربری
content-kind-other = سایر
sync-rejected = { $count ->
    [one] یک تغییر در پورتال ذخیره نشد و روی این دستگاه لغو شد:
   *[other] { $count } تغییر در پورتال ذخیره نشد و روی این دستگاه لغو شد:
}
sync-rejected-dismiss = خواندم
account-title = حساب کاربری
account-why = به حساب کاربری نیازی نیست. با داشتن حساب، برنامه و آگهی‌های ذخیره‌شدهٔ شما میان دستگاه‌هایتان همگام می‌شوند.
account-email = ایمیل
account-password = رمز عبور (دست‌کم 10 نویسه)
account-login = ورود
account-register = ساختن حساب
account-logout = خروج
account-logged-in = وارد شده‌اید.
account-registered = حساب شما ساخته شد و وارد شده‌اید.
account-logged-out = خارج شده‌اید. داده‌های شما روی این دستگاه می‌ماند.
account-logout-question = داده‌های این حساب روی این دستگاه بماند؟
account-logout-keep = خروج، داده‌هایم اینجا بماند
account-logout-remove = خروج و حذف داده‌هایم از این دستگاه
account-logout-unsent = { $count } تغییر هنوز به پورتال نرسیده است. اگر اکنون داده‌ها را حذف کنید از دست می‌روند؛ اگر نگه دارید، در ورود بعدی ارسال می‌شوند.
account-logged-out-removed = از حساب خارج شدید و داده‌هایتان از این دستگاه حذف شد. در پورتال همچنان ذخیره است.
account-joined = { $count } مورد که پیش از ورود روی این دستگاه ساخته شده بود اکنون به حساب شما تعلق دارد.
account-logged-in-as = واردشده با { $email }
sessions-title = دستگاه‌هایی که با این حساب وارد شده‌اند
sessions-this-device = همین دستگاه
sessions-unnamed = دستگاه بدون نام
sessions-last-seen = آخرین استفاده: { $when }
sessions-since = ورود از: { $when }
sessions-revoke = خروج از آن دستگاه
sessions-revoked = آن دستگاه از حساب خارج شد. داده‌هایش روی آن می‌ماند، اما تا وقتی کسی دوباره در آن وارد نشود همگام‌سازی نمی‌کند.
error-app-sync-interval = فاصلهٔ { $minutes } دقیقه ممکن نیست. مدتی بین 5 دقیقه تا یک هفته انتخاب کنید.

## Reminders
home-reminders = یادآوری‌ها
home-reminder-late = با تأخیر
home-reminder-read = خوانده شد
settings-reminders = یادآوری‌ها
settings-reminders-enabled = پیش از مهلت‌ها و تاریخ‌های انقضا یادآوری کن
settings-reminders-days = چند روز پیش
settings-reminders-day = { $days } روز پیش
settings-reminders-hint = یادآوری‌ها ساعت ۹ صبح به‌صورت اعلان دسکتاپ می‌آیند و اینجا در صفحهٔ اصلی می‌مانند. یادآوری‌ای که وقتی برنامه بسته است موعدش می‌رسد، دفعهٔ بعد که برنامه را باز کنید می‌آید.
plan-reminders = یادآوری‌ها
plan-reminders-default = مطابق تنظیمات
plan-reminders-none = بدون یادآوری

## Appointments
appointments-title = قرارهای ملاقات
appointments-add = افزودن قرار ملاقات
appointments-none = هنوز قراری ثبت نشده است. قرارهایی را که می‌گیرید اضافه کنید (Anmeldung، ادارهٔ اتباع خارجی، مصاحبهٔ ویزا): به شما یادآوری می‌شوند و در فایل تقویم می‌آیند.
appointments-delete = حذف
appointments-what = چه کاری
appointments-what-placeholder = مثلاً Anmeldung در Bürgeramt
appointments-date = تاریخ
appointments-time = ساعت
appointments-office = اداره
appointments-office-none = جای دیگر
appointments-place = مکان
appointments-save = ذخیره
appointments-cancel = انصراف

## Guide requests

guide-request-write = به این راهنما پیام دهید
guide-request-saved = درخواست شما ذخیره شد. به محض آنلاین شدن ارسال می‌شود و پاسخ در صفحهٔ اصلی نمایش داده می‌شود.
guide-request-login-needed = برای نوشتن به راهنما به حساب کاربری نیاز دارید، زیرا راهنما از طریق آن به شما پاسخ می‌دهد. در تنظیمات وارد شوید یا ثبت‌نام کنید.
guide-request-login = ورود
guide-request-language = زبان
guide-request-topic = موضوع
guide-topic-visa = ویزا و اقامت
guide-topic-family = خانواده
guide-topic-jobs = کار
guide-topic-recognition = به رسمیت شناختن مدارک
guide-topic-housing = مسکن
guide-topic-study = تحصیل
guide-request-message-label = پیام شما
guide-request-count = { $count } از { $max } نویسه
guide-request-reach = راهنما چگونه می‌تواند با شما تماس بگیرد؟
guide-request-method-app = فقط از طریق برنامه
guide-request-method-email = از طریق ایمیل
guide-request-method-phone = از طریق تلفن
guide-request-email = نشانی ایمیل شما
guide-request-phone = شماره تلفن شما
guide-request-consent = موافقم که { $guide } پیام و اطلاعات تماس مرا برای پاسخ به من دریافت کند. این اطلاعات فقط برای همین پاسخ استفاده می‌شود و به کسی داده نمی‌شود.
guide-request-send = ارسال درخواست
guide-request-sent-heading = درخواست‌های شما به این راهنما
guide-request-status-pending = در انتظار ارسال
guide-request-status-sent = ارسال شد
guide-request-status-answered = پاسخ داده شد
home-guide-answers = پاسخ‌های Welcome Guides
home-guide-answer-to = به پیام شما «{ $message }»
vault-title = فایل‌های پیوست
vault-attach = پیوست عکس، اسکن یا PDF
vault-drop = یا فایلی را اینجا رها کنید
vault-local-only = فقط روی این دستگاه و به‌صورت رمزگذاری‌شده نگه داشته می‌شود. هرگز بارگذاری نمی‌شود.
vault-open = باز کردن
vault-replace = جایگزینی
vault-delete = حذف
vault-delete-confirm = { $name } از این دستگاه حذف شود؟ این کار برگشت‌پذیر نیست.
vault-pdf-pages = PDF، { $pages } صفحه
vault-close = بستن
vault-key-missing-help = می‌توانید فایل‌هایی را که دیگر لازم ندارید حذف کنید؛ وقتی هیچ فایلی نماند یا جاکلیدی بازگردانده شود، می‌توان فایل تازه پیوست کرد.
appointment-export-pdf = PDF همراه مدارک
plan-export-pdf = مدارک به‌صورت PDF، همراه اسکن‌ها
error-app-no-viewer = هیچ برنامه‌ای روی این رایانه این نوع فایل را باز نمی‌کند.
vault-count = { $count } فایل پیوست
settings-web-limits = در نسخهٔ وب، ورود شما به‌صورت رمزگذاری‌شده در همین مرورگر نگه داشته می‌شود (مرورگر جاکلید سیستم ندارد)، یادآوری‌ها در برنامه نشان داده می‌شوند اما نه به‌صورت اعلان سیستم، و پیوندهای welcome-ruhr:// فقط برنامهٔ رومیزی را باز می‌کنند. اسکن‌های پیوست‌شده به مدارک و PDF قرار ملاقات فقط در برنامهٔ رایانه هستند: کلید آن‌ها به جاکلیدی سیستم نیاز دارد.
web-store-busy-title = welcome.RUHR در زبانهٔ دیگری باز است
web-store-busy-text = برنامه داده‌های شما را هم‌زمان فقط در یک زبانه نگه می‌دارد. از زبانهٔ دیگر استفاده کنید یا آن را ببندید: آن‌گاه این زبانه خودبه‌خود و بی آنکه چیزی از دست برود ادامه می‌دهد.
