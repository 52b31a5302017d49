# completeness: 119 of 119 messages (2026-11-25)
# برنامهٔ شخصی مهاجرت: خطاهای پرسشنامه، دلایل مسیرها، وضعیت‌ها، خروجی‌ها.

## خطاهای پرسشنامه
error-plan-arrival-past = تاریخ ورود برنامه‌ریزی‌شده ({ $date }) در گذشته است. لطفاً روزی از امروز به بعد وارد کنید.
error-plan-move-in-before-arrival = روز اسباب‌کشی به خانه ({ $move_in }) نمی‌تواند پیش از ورود ({ $arrival }) باشد.
error-plan-move-in-past = روز اسباب‌کشی به خانه ({ $date }) در گذشته است. لطفاً روزی از امروز به بعد وارد کنید.
error-plan-application-after-arrival = درخواست ویزا ({ $date }) نمی‌تواند پس از ورود باشد: ویزا پیش از ورود لازم است.
error-plan-salary-negative = حقوق { $salary } ممکن نیست. لطفاً حقوق ناخالص سالانه (Bruttojahresgehalt) را به یورو وارد کنید (0 یا بیشتر).
error-plan-salary-absurd = حقوق { $salary } به نظر اشتباه تایپی است. لطفاً حقوق ناخالص سالانه (Bruttojahresgehalt) را به یورو وارد کنید.
error-plan-age-range = سن { $age } ممکن نیست. لطفاً سنی بین 0 تا 120 وارد کنید.
error-plan-experience-age = { $years } سال سابقهٔ کار با سن { $age } سازگار نیست.
error-plan-experience-inconsistent = سال‌های سابقه با هم جور نیستند: حداکثر 5 سال در 5 سال اخیر، حداکثر 7 سال در 7 سال اخیر و نه بیشتر از کل سابقه.
error-plan-recognition-without-qualification = وضعیت ارزشیابی مدرک (Anerkennung) به یک مدرک نیاز دارد. لطفاً ابتدا مدرک خود را انتخاب کنید.
error-plan-family-sponsor-missing = برای پیوستن به خانواده (Familiennachzug) لطفاً بگویید به چه کسی می‌پیوندید (همسر یا فرزند) و او چه اجازهٔ اقامتی (Aufenthaltstitel) دارد.
error-plan-municipality-unknown = «{ $municipality }» از شهرهای منطقهٔ روهر نیست. لطفاً یکی را از فهرست انتخاب کنید.
error-plan-municipalities-missing = فهرست شهرها هنوز بارگیری نشده است، بنابراین «{ $municipality }» قابل بررسی نیست. لطفاً یک بار با پورتال همگام‌سازی کنید.
error-plan-path-unknown = «{ $path }» یکی از مسیرهای اقامت این برنامه نیست.
error-plan-person-unknown = فردی به نام «{ $person }» در این خانوار نیست.
error-plan-person-id = «{ $person }» را نمی‌توان به‌عنوان شناسه به کار برد: از حروف کوچک لاتین، ارقام، - یا _ استفاده کنید (حداکثر 40).
error-plan-person-exists = فردی به نام «{ $person }» از قبل در این خانوار هست.
error-plan-person-name = لطفاً نامی بین 1 تا 100 نویسه وارد کنید.
error-plan-item-unknown = «{ $item }» یکی از موارد این برنامه نیست.
error-plan-status-unknown = «{ $status }» وضعیت معتبری نیست. مدارک: missing، requested، received، translated_certified، submitted، not_needed. گام‌ها: open، in_progress، done، not_needed.
error-plan-status-kind = وضعیت «{ $status }» با «{ $item }» جور نیست (مدارک و گام‌ها وضعیت‌های متفاوتی دارند).
error-plan-expiry-step = فقط مدارک تاریخ انقضا دارند؛ «{ $item }» یک گام است.
error-plan-note-long = یادداشت خیلی طولانی است (حداکثر 5000 نویسه).
error-plan-rules-missing = قواعد برنامه هنوز بارگیری نشده‌اند. لطفاً یک بار با پورتال همگام‌سازی کنید.

## چرا یک مسیر مناسب است یا نیست
plan-reason-eu-free-movement = به‌عنوان شهروند اتحادیهٔ اروپا، منطقهٔ اقتصادی اروپا یا سوئیس می‌توانید بدون ویزا یا اجازهٔ اقامت در آلمان زندگی و کار کنید؛ فقط نشانی خود را ثبت می‌کنید (Anmeldung).
plan-reason-eu-not-citizen = فقط برای شهروندان اتحادیهٔ اروپا، منطقهٔ اقتصادی اروپا و سوئیس.
plan-reason-eu-not-needed = لازم نیست: به‌عنوان شهروند اتحادیهٔ اروپا، منطقهٔ اقتصادی اروپا یا سوئیس از آزادی رفت‌وآمد (Freizügigkeit) برخوردارید.
plan-reason-purpose-mismatch = این مسیر برای هدفی غیر از هدفی است که انتخاب کرده‌اید.
plan-reason-degree-recognised = مدرک دانشگاهی شما به رسمیت شناخته شده یا با مدرک آلمانی هم‌ارز است.
plan-reason-degree-needed = به مدرک دانشگاهیِ به‌رسمیت‌شناخته‌شده نیاز دارد، یا برای متخصصان فناوری اطلاعات دست‌کم سه سال سابقه.
plan-reason-recognition-pending = دربارهٔ ارزشیابی مدرک شما (Anerkennung) هنوز تصمیمی گرفته نشده است؛ این مسیر پس از به رسمیت شناخته شدن باز می‌شود.
plan-reason-recognition-needed = به مدرکی نیاز دارد که در آلمان به رسمیت شناخته شده باشد (Anerkennung). ارزشیابی ناقص را می‌توان در آلمان تکمیل کرد (§ 16d)؛ مشاورهٔ ارزشیابی مدرک (Anerkennungsberatung) کمک می‌کند.
plan-reason-it-specialist-experience = متخصصان فناوری اطلاعات بدون مدرک دانشگاهی به { $required } سال سابقهٔ کاری در هفت سال اخیر نیاز دارند؛ شما { $years } سال دارید.
plan-reason-threshold-lower = حد پایین‌ترِ حقوق اعمال می‌شود (شغل دارای کمبود نیرو، فارغ‌التحصیل تازه یا متخصص فناوری اطلاعات).
plan-reason-threshold-not-published = حد حقوقِ معتبر در { $date } هنوز منتشر یا یافت نشده است. لطفاً پیش از درخواست، آن را از نمایندگی آلمان (سفارت یا کنسولگری) بپرسید.
plan-reason-salary-missing = لطفاً حقوق ناخالص سالانهٔ پیشنهاد کاری را وارد کنید؛ حد لازم { $threshold } است.
plan-reason-salary-meets = حقوق { $salary } به حد { $threshold } (معتبر در { $date }) می‌رسد.
plan-reason-salary-below = حقوق { $salary } کمتر از حد { $threshold } (معتبر در { $date }) است.
plan-reason-older-salary-meets = از 45 سالگی حقوق باید به { $threshold } برسد (مبلغ معتبر در { $date }، معتبر از { $since })؛ { $salary } به آن می‌رسد.
plan-reason-older-salary-below = از 45 سالگی حقوق باید به { $threshold } برسد (مبلغ معتبر در { $date }، معتبر از { $since }) یا باید تأمین کافی برای دوران پیری را ثابت کنید؛ { $salary } کمتر از آن است.
plan-reason-older-no-figure = از 45 سالگی حقوق باید به 55 % سقف مشمول حق بیمهٔ بازنشستگی (Beitragsbemessungsgrenze) برسد، یا باید تأمین کافی برای دوران پیری را ثابت کنید. رقمِ معتبر در { $date } هنوز منتشر یا یافت نشده است.
plan-reason-needs-academic = به مدرک دانشگاهی نیاز دارد.
plan-reason-needs-vocational = به مدرک آموزش حرفه‌ای (Berufsausbildung) نیاز دارد.
plan-reason-qualification-recognised = مدرک شما در آلمان به رسمیت شناخته شده است.
plan-reason-ba-approval = ادارهٔ فدرال کار (Bundesagentur für Arbeit) باید استخدام را تأیید کند (کارفرما می‌تواند از پیش درخواست کند).
plan-reason-opportunity-recognised = با مدرکِ به‌رسمیت‌شناخته‌شده، بدون امتیاز واجد شرایط هستید.
plan-reason-opportunity-qualification-missing = به مدرک دانشگاهی خارجی یا مدرک حرفه‌ای با دست‌کم دو سال آموزش نیاز دارد.
plan-reason-opportunity-qualification-short = آموزشِ منجر به مدرک باید دست‌کم دو سال طول کشیده باشد.
plan-reason-opportunity-qualification-duration = لطفاً بررسی کنید که آموزشِ منجر به مدرک شما دست‌کم دو سال طول کشیده باشد؛ این شرط لازم است.
plan-reason-opportunity-language-ok = مهارت زبانی لازم را دارید (آلمانی A1 یا انگلیسی B2).
plan-reason-opportunity-language-missing = به آلمانی پایه (A1) یا انگلیسی در سطح B2 نیاز دارد.
plan-reason-opportunity-points-enough = شما { $points } امتیاز دارید؛ { $required } امتیاز لازم است.
plan-reason-opportunity-points-short = شما { $points } امتیاز دارید؛ { $required } امتیاز لازم است.
plan-reason-funds-month = باید ماهانه { $amount } برای هزینهٔ زندگی ثابت کنید (مبلغ معتبر در { $date }، معتبر از { $since }).
plan-reason-funds-not-published = مبلغ تمکن مالیِ معتبر در { $date } هنوز منتشر یا یافت نشده است. لطفاً از نمایندگی آلمان بپرسید.
plan-reason-study-admission = به پذیرش (یا پذیرش مشروط) از یک دانشگاه آلمانی نیاز دارد.
plan-reason-blocked-account = یک حساب مسدودی (Sperrkonto) به مبلغ { $amount } در سال تمکن مالی شما را ثابت می‌کند (مبلغ معتبر در { $date }، معتبر از { $since }).
plan-reason-blocked-account-not-published = مبلغ حساب مسدودی (Sperrkonto) معتبر در { $date } هنوز منتشر یا یافت نشده است. لطفاً از نمایندگی آلمان بپرسید.
plan-reason-figure-older = { $amount } آخرین مبلغ منتشرشده است و از { $since } معتبر است؛ برای سال { $year } مبلغ جدیدتری منتشر نشده است. لطفاً پیش از درخواست آن را از نمایندگی آلمان بپرسید.
plan-reason-training-contract = به قرارداد آموزش حرفه‌ای (Ausbildungsvertrag) در آلمان نیاز دارد.
plan-reason-family-sponsor-needed = فقط برای کسانی که به یکی از اعضای خانوادهٔ ساکن آلمان می‌پیوندند.
plan-reason-family-a1-exempt = همسران افرادی که اجازهٔ اقامت بر اساس { $title } دارند، پیش از ورود به دانستن آلمانی نیاز ندارند.
plan-reason-family-a1-met = آلمانی پایه (A1) را که همسران به آن نیاز دارند، دارید.
plan-reason-family-a1-needed = همسران معمولاً پیش از ورود به آلمانی پایه (A1) نیاز دارند. استثناهایی وجود دارد؛ لطفاً از یک مرکز مشاوره بپرسید.
plan-reason-family-child = فرزندان زیر سن قانونی به والدین خود می‌پیوندند؛ برای فرزندان 16 یا 17 ساله ممکن است شرایط دیگری هم لازم باشد.
plan-reason-family-child-adult = فرزندان بزرگسال نمی‌توانند طبق قواعد مربوط به فرزندان بپیوندند.
plan-reason-family-no-living-space = دارندگان کارت آبی اتحادیهٔ اروپا (Blaue Karte EU) لازم نیست مسکن کافی را ثابت کنند.
plan-reason-family-living-space = عضو خانواده در آلمان باید مسکن و درآمد کافی را ثابت کند.

## توصیه وقتی هیچ مسیری مناسب نیست
plan-advice-no-path = هیچ‌یک از مسیرهای اقامت با اطمینان با پاسخ‌های شما جور نیست. لطفاً پیش از درخواست با یک مرکز مشاوره یا یک Welcome Guide صحبت کنید؛ آن‌ها مواردی را هم بررسی می‌کنند که این قواعد پوشش نمی‌دهند.
plan-advice-no-path-recognition = هنوز هیچ‌یک از مسیرهای اقامت با اطمینان مناسب نیست، عمدتاً چون مدرک شما به رسمیت شناخته نشده است. مشاورهٔ ارزشیابی مدرک (Anerkennungsberatung) می‌تواند بگوید چگونه ارزشیابی را بگیرید و پس از آن کدام مسیر باز می‌شود.

## افراد
plan-person-me = من

## وضعیت‌ها
plan-status-missing = موجود نیست
plan-status-requested = درخواست شده
plan-status-received = دریافت شده
plan-status-translated_certified = ترجمه / تأیید شده
plan-status-submitted = تحویل داده شده
plan-status-open = باز
plan-status-in_progress = در حال انجام
plan-status-done = انجام شده
plan-status-not_needed = لازم نیست
plan-expiry-expired = منقضی شده
plan-expiry-expires_too_soon = کمتر از 6 ماه پس از ورود منقضی می‌شود

## خروجی تقویم
plan-ics-calendar-name = برنامهٔ مهاجرت: { $name }
plan-ics-summary = مهلت: { $title }
plan-ics-legal-basis = مبنای قانونی: { $basis }
plan-ics-office = اداره: { $office }، { $address }

## فهرست مدارک برای چاپ
plan-documents-title = مدارک { $name }
plan-documents-path = مسیر اقامت: { $path }
plan-documents-date = تاریخ: { $date }
plan-documents-none = این برنامه به هیچ مدرکی نیاز ندارد.
plan-documents-col-done = آماده
plan-documents-col-document = مدرک
plan-documents-col-status = وضعیت
plan-documents-col-expiry = معتبر تا
plan-documents-col-note = یادداشت

## مرحله‌ها، نتیجه‌ها، نسبت‌ها
plan-phase-before_departure = پیش از سفر
plan-phase-first_weeks = هفته‌های نخست
plan-phase-first_months = ماه‌های نخست
plan-phase-other = سایر
plan-eligibility-eligible = مناسب است
plan-eligibility-not_eligible = مناسب نیست
plan-eligibility-needs_check = نیاز به بررسی دارد
plan-relation-self = من
plan-relation-spouse = همسر یا شریک زندگی
plan-relation-child = فرزند
plan-relation-other = شخص دیگر

## خط فرمان
error-plan-cli-value = «{ $value }» مقدار معتبری برای { $field } نیست.
error-plan-cli-file = پاسخ‌های { $file } قابل خواندن نیستند: { $detail }
plan-cli-person = برنامهٔ مهاجرت برای { $name } ({ $id })
plan-cli-not-answered = هنوز پاسخی نیست. با این شروع کنید: welcome plan answer --purpose work_with_offer --salary 52000 --municipality essen --arrival 2027-03-01
plan-cli-path = مسیر اقامت: { $path }
plan-cli-no-path = هیچ مسیر اقامتی با اطمینان با پاسخ‌های شما جور نیست.
plan-cli-office = اداره: { $office }، { $address }
plan-cli-paths-heading = مسیرهای اقامت
plan-cli-points = امتیاز کارت فرصت (Chancenkarte): { $total } (بدون ارزشیابی مدرک دست‌کم { $required } لازم است)
plan-cli-progress = { $done } از { $total } انجام شده
plan-cli-total = روی هم: { $done } از { $total } انجام شده
plan-cli-due = مهلت: { $date }
plan-cli-note = یادداشت: { $note }
plan-cli-note-conflict = یادداشت از دستگاهی دیگر: { $note }
plan-cli-hidden = { $count ->
    [one] { $count } مورد دارای پیشرفت دیگر کاربرد ندارد؛ پیشرفت آن حفظ می‌شود.
   *[other] { $count } مورد دارای پیشرفت دیگر کاربرد ندارند؛ پیشرفت آن‌ها حفظ می‌شود.
}
plan-cli-person-added = { $name } ({ $id }) افزوده شد.
plan-cli-exported = در { $file } ذخیره شد.

## یادآوری مهلت‌ها و تاریخ‌های انقضا
reminder-title = { $item } – { $person }
reminder-due = { $when ->
    [today] مهلت امروز است، { $date }
    [tomorrow] مهلت فردا است، { $date }
    [past] مهلت { $date } بود
   *[later] مهلت { $days } روز دیگر، { $date }
}
reminder-expiry = { $when ->
    [today] امروز منقضی می‌شود، { $date }
    [tomorrow] فردا منقضی می‌شود، { $date }
    [past] در { $date } منقضی شد
   *[later] { $days } روز دیگر منقضی می‌شود، { $date }
}
reminder-late = (با تأخیر: وقتی زمان این یادآوری رسید، برنامه بسته بود)
error-reminder-days = یادآوری‌ها را می‌توان از ۱ تا { $max } روز پیش از تاریخ تنظیم کرد.
reminder-appointment = { $when ->
    [today] قرار ملاقات امروز، { $date }
    [tomorrow] قرار ملاقات فردا، { $date }
    [past] قرار ملاقات در { $date } بود
   *[later] قرار ملاقات { $days } روز دیگر، { $date }
}
error-appointment-title = قرار ملاقات به عنوانی با حداکثر { $max } نویسه نیاز دارد.
error-appointment-long = مکان یا یادداشت بیش از حد طولانی است (یادداشت حداکثر { $max } نویسه).

pdf-appointment-when = در { $date }
pdf-appointment-when-time = در { $date } ساعت { $time }
pdf-valid-until = معتبر تا { $date }
pdf-attached = پیوست: { $files }
pdf-files-unavailable = { $count } فایل پیوست گنجانده نشد: کلید آن در جاکلیدی این دستگاه نیست.
