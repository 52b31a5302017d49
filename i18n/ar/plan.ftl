# completeness: 119 of 119 messages (2026-11-25)
# خطة الانتقال الشخصية: أخطاء الاستبيان، أسباب ملاءمة المسارات، الحالات، التصدير.

## أخطاء الاستبيان
error-plan-arrival-past = موعد الوصول المخطَّط ({ $date }) في الماضي. يُرجى إدخال يوم من اليوم فصاعدًا.
error-plan-move-in-before-arrival = لا يمكن أن يكون يوم الانتقال إلى السكن ({ $move_in }) قبل الوصول ({ $arrival }).
error-plan-move-in-past = يوم الانتقال إلى السكن ({ $date }) في الماضي. يُرجى إدخال يوم من اليوم فصاعدًا.
error-plan-application-after-arrival = لا يمكن أن يكون طلب التأشيرة ({ $date }) بعد الوصول: التأشيرة مطلوبة قبل الدخول.
error-plan-salary-negative = الراتب { $salary } غير ممكن. يُرجى إدخال الراتب السنوي الإجمالي (Bruttojahresgehalt) باليورو (0 أو أكثر).
error-plan-salary-absurd = يبدو أن الراتب { $salary } خطأ في الكتابة. يُرجى إدخال الراتب السنوي الإجمالي (Bruttojahresgehalt) باليورو.
error-plan-age-range = العمر { $age } غير ممكن. يُرجى إدخال عمر بين 0 و120.
error-plan-experience-age = { $years ->
    [one] سنة واحدة من الخبرة المهنية لا تتوافق مع عمر { $age }.
    [two] سنتان من الخبرة المهنية لا تتوافقان مع عمر { $age }.
    [few] { $years } سنوات من الخبرة المهنية لا تتوافق مع عمر { $age }.
   *[other] { $years } سنة من الخبرة المهنية لا تتوافق مع عمر { $age }.
}
error-plan-experience-inconsistent = سنوات الخبرة غير متّسقة: 5 على الأكثر في آخر 5 سنوات، و7 على الأكثر في آخر 7 سنوات، ولا تزيد على المجموع الكلي.
error-plan-recognition-without-qualification = حالة الاعتراف (Anerkennung) تتطلب مؤهلًا. يُرجى اختيار المؤهل أولًا.
error-plan-family-sponsor-missing = لِلمّ شمل الأسرة (Familiennachzug) يُرجى ذكر الشخص الذي تنضمّون إليه (الزوج أو الزوجة أو الطفل) وتصريح الإقامة (Aufenthaltstitel) الذي يحمله.
error-plan-municipality-unknown = "{ $municipality }" ليست بلدية في منطقة الرور. يُرجى الاختيار من القائمة.
error-plan-municipalities-missing = لم يتم تحميل قائمة البلديات بعد، لذلك لا يمكن التحقق من "{ $municipality }". يُرجى المزامنة مع البوابة مرة واحدة.
error-plan-path-unknown = "{ $path }" ليس مسار إقامة في هذه الخطة.
error-plan-person-unknown = لا يوجد شخص باسم "{ $person }" في هذه الأسرة.
error-plan-person-id = لا يمكن استخدام "{ $person }" معرّفًا: استخدموا أحرفًا لاتينية صغيرة أو أرقامًا أو - أو _ (40 حرفًا على الأكثر).
error-plan-person-exists = يوجد بالفعل شخص باسم "{ $person }" في هذه الأسرة.
error-plan-person-name = يُرجى إدخال اسم من 1 إلى 100 حرف.
error-plan-item-unknown = "{ $item }" ليس بندًا في هذه الخطة.
error-plan-status-unknown = "{ $status }" ليست حالة معروفة. حالات المستندات: missing، requested، received، translated_certified، submitted، not_needed. حالات الخطوات: open، in_progress، done، not_needed.
error-plan-status-kind = الحالة "{ $status }" لا تناسب "{ $item }" (للمستندات والخطوات حالات مختلفة).
error-plan-expiry-step = تاريخ انتهاء الصلاحية للمستندات فقط؛ "{ $item }" خطوة وليس مستندًا.
error-plan-note-long = الملاحظة طويلة جدًا (5000 حرف على الأكثر).
error-plan-rules-missing = لم يتم تحميل قواعد الخطة بعد. يُرجى المزامنة مع البوابة مرة واحدة.

## لماذا يناسب المسار أو لا يناسب
plan-reason-eu-free-movement = بصفتكم من مواطني الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا يحق لكم العيش والعمل في ألمانيا دون تأشيرة أو تصريح إقامة؛ يكفي تسجيل العنوان (Anmeldung).
plan-reason-eu-not-citizen = لمواطني الاتحاد الأوروبي والمنطقة الاقتصادية الأوروبية وسويسرا فقط.
plan-reason-eu-not-needed = غير مطلوب: بصفتكم من مواطني الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا تتمتعون بحرية التنقل (Freizügigkeit).
plan-reason-purpose-mismatch = هذا المسار مخصّص لغرض آخر غير الغرض الذي اخترتموه.
plan-reason-degree-recognised = شهادتكم الجامعية معترف بها أو معادِلة لشهادة ألمانية.
plan-reason-degree-needed = يتطلب شهادة جامعية معترفًا بها، أو خبرة لا تقل عن ثلاث سنوات لمتخصصي تكنولوجيا المعلومات.
plan-reason-recognition-pending = لم يُبتّ في طلب الاعتراف (Anerkennung) بعد؛ يُفتح هذا المسار بعد الاعتراف بالمؤهل.
plan-reason-recognition-needed = يتطلب مؤهلًا معترفًا به في ألمانيا (Anerkennung). يمكن استكمال الاعتراف الجزئي في ألمانيا (§ 16d)؛ وتساعدكم استشارة الاعتراف (Anerkennungsberatung).
plan-reason-it-specialist-experience = يحتاج متخصصو تكنولوجيا المعلومات دون شهادة جامعية إلى { $required } سنوات من الخبرة المهنية خلال السنوات السبع الأخيرة؛ ولديكم { $years }.
plan-reason-threshold-lower = ينطبق الحد الأدنى المخفَّض للراتب (مهنة تعاني من نقص في العمالة، أو تخرّج حديث، أو تخصص في تكنولوجيا المعلومات).
plan-reason-threshold-not-published = حدّ الراتب الساري في { $date } لم يُنشر بعد أو لم يُعثر عليه. يُرجى التحقق منه لدى البعثة الألمانية (السفارة أو القنصلية) قبل تقديم الطلب.
plan-reason-salary-missing = يُرجى إدخال الراتب السنوي الإجمالي في عرض العمل؛ الحدّ المطلوب هو { $threshold }.
plan-reason-salary-meets = الراتب البالغ { $salary } يصل إلى الحدّ البالغ { $threshold } الساري في { $date }.
plan-reason-salary-below = الراتب البالغ { $salary } أقل من الحدّ البالغ { $threshold } الساري في { $date }.
plan-reason-older-salary-meets = ابتداءً من سن 45 يجب أن يبلغ الراتب { $threshold } (المبلغ الساري في { $date }، ساري المفعول منذ { $since })؛ والراتب { $salary } يبلغه.
plan-reason-older-salary-below = ابتداءً من سن 45 يجب أن يبلغ الراتب { $threshold } (المبلغ الساري في { $date }، ساري المفعول منذ { $since })، أو يجب إثبات تأمين كافٍ للشيخوخة؛ والراتب { $salary } أقل من ذلك.
plan-reason-older-no-figure = ابتداءً من سن 45 يجب أن يبلغ الراتب 55 % من الحدّ الأعلى لاشتراكات التأمين التقاعدي (Beitragsbemessungsgrenze)، أو يجب إثبات تأمين كافٍ للشيخوخة. الرقم الساري في { $date } لم يُنشر بعد أو لم يُعثر عليه.
plan-reason-needs-academic = يتطلب شهادة جامعية.
plan-reason-needs-vocational = يتطلب مؤهلًا مهنيًا (Berufsausbildung).
plan-reason-qualification-recognised = مؤهلكم معترف به في ألمانيا.
plan-reason-ba-approval = يجب أن توافق الوكالة الاتحادية للعمل (Bundesagentur für Arbeit) على التوظيف (ويمكن لصاحب العمل تقديم الطلب مسبقًا).
plan-reason-opportunity-recognised = بصفتكم من العمالة الماهرة ذات المؤهل المعترف به تستوفون الشروط دون نقاط.
plan-reason-opportunity-qualification-missing = يتطلب شهادة جامعية أجنبية أو مؤهلًا مهنيًا مدته سنتان على الأقل.
plan-reason-opportunity-qualification-short = يجب أن تكون مدة التأهيل سنتين على الأقل.
plan-reason-opportunity-qualification-duration = يُرجى التأكد من أن مدة تأهيلكم كانت سنتين على الأقل؛ فهذا شرط مطلوب.
plan-reason-opportunity-language-ok = لديكم المهارات اللغوية المطلوبة (الألمانية A1 أو الإنجليزية B2).
plan-reason-opportunity-language-missing = يتطلب معرفة أساسية بالألمانية (A1) أو الإنجليزية بمستوى B2.
plan-reason-opportunity-points-enough = { $points ->
    [few] حصلتم على { $points } نقاط؛ والمطلوب { $required }.
   *[other] حصلتم على { $points } نقطة؛ والمطلوب { $required }.
}
plan-reason-opportunity-points-short = { $points ->
    [few] حصلتم على { $points } نقاط؛ والمطلوب { $required }.
   *[other] حصلتم على { $points } نقطة؛ والمطلوب { $required }.
}
plan-reason-funds-month = يجب إثبات مبلغ { $amount } شهريًا لتغطية المعيشة (المبلغ الساري في { $date }، ساري المفعول منذ { $since }).
plan-reason-funds-not-published = مبلغ الموارد المالية الواجب إثباته والساري في { $date } لم يُنشر بعد أو لم يُعثر عليه. يُرجى السؤال لدى البعثة الألمانية.
plan-reason-study-admission = يتطلب قبولًا (أو قبولًا مشروطًا) في جامعة ألمانية.
plan-reason-blocked-account = يثبت الحساب المجمَّد (Sperrkonto) بمبلغ { $amount } سنويًا مواردكم المالية (المبلغ الساري في { $date }، ساري المفعول منذ { $since }).
plan-reason-blocked-account-not-published = مبلغ الحساب المجمَّد (Sperrkonto) الساري في { $date } لم يُنشر بعد أو لم يُعثر عليه. يُرجى السؤال لدى البعثة الألمانية.
plan-reason-figure-older = { $amount } هو آخر مبلغ منشور، وهو ساري المفعول منذ { $since }؛ ولم يُنشر مبلغ أحدث لعام { $year }. يُرجى التحقق منه لدى البعثة الألمانية قبل تقديم الطلب.
plan-reason-training-contract = يتطلب عقد تدريب مهني (Ausbildungsvertrag) في ألمانيا.
plan-reason-family-sponsor-needed = فقط لمن ينضمّ إلى فرد من الأسرة يعيش في ألمانيا.
plan-reason-family-a1-exempt = أزواج وزوجات الأشخاص الحاملين لتصريح إقامة بموجب { $title } لا يحتاجون إلى معرفة الألمانية قبل الدخول.
plan-reason-family-a1-met = لديكم المعرفة الأساسية بالألمانية (A1) المطلوبة من الأزواج والزوجات.
plan-reason-family-a1-needed = يحتاج الأزواج والزوجات عادةً إلى معرفة أساسية بالألمانية (A1) قبل الدخول. توجد استثناءات؛ يُرجى السؤال لدى مركز استشارات.
plan-reason-family-child = ينضمّ الأطفال القاصرون إلى والديهم؛ وقد تنطبق شروط إضافية على من بلغوا 16 أو 17 عامًا.
plan-reason-family-child-adult = لا يمكن للأبناء البالغين الانضمام وفق القواعد الخاصة بالأطفال.
plan-reason-family-no-living-space = حاملو البطاقة الزرقاء للاتحاد الأوروبي (Blaue Karte EU) لا يحتاجون إلى إثبات مسكن كافٍ.
plan-reason-family-living-space = يجب على فرد الأسرة المقيم في ألمانيا إثبات مسكن كافٍ ودخل كافٍ.

## نصيحة عندما لا يناسب أي مسار
plan-advice-no-path = لا يوجد مسار إقامة يناسب إجاباتكم بشكل مؤكد. يُرجى التحدث إلى مركز استشارات أو إلى Welcome Guide قبل تقديم الطلب؛ فهم يدرسون أيضًا الحالات التي لا تغطيها هذه القواعد.
plan-advice-no-path-recognition = لا يوجد حتى الآن مسار إقامة يناسب بشكل مؤكد، ويعود ذلك أساسًا إلى أن مؤهلكم غير معترف به. يمكن لاستشارة الاعتراف (Anerkennungsberatung) أن توضح كيفية الحصول على الاعتراف وأي مسار يُفتح بعد ذلك.

## الأشخاص
plan-person-me = أنا

## الحالات
plan-status-missing = ناقص
plan-status-requested = تم طلبه
plan-status-received = تم استلامه
plan-status-translated_certified = مترجم / مصدَّق
plan-status-submitted = تم تقديمه
plan-status-open = مفتوح
plan-status-in_progress = قيد التنفيذ
plan-status-done = منجز
plan-status-not_needed = غير مطلوب
plan-expiry-expired = منتهي الصلاحية
plan-expiry-expires_too_soon = تنتهي صلاحيته قبل مرور 6 أشهر على الوصول

## التصدير إلى التقويم
plan-ics-calendar-name = خطة الانتقال: { $name }
plan-ics-summary = موعد الاستحقاق: { $title }
plan-ics-legal-basis = الأساس القانوني: { $basis }
plan-ics-office = الجهة الرسمية: { $office }، { $address }

## قائمة المستندات للطباعة
plan-documents-title = مستندات { $name }
plan-documents-path = مسار الإقامة: { $path }
plan-documents-date = بتاريخ { $date }
plan-documents-none = لا توجد مستندات مطلوبة في هذه الخطة.
plan-documents-col-done = جاهز
plan-documents-col-document = المستند
plan-documents-col-status = الحالة
plan-documents-col-expiry = صالح حتى
plan-documents-col-note = ملاحظة

## المراحل، النتائج، صلات القرابة
plan-phase-before_departure = قبل السفر
plan-phase-first_weeks = الأسابيع الأولى
plan-phase-first_months = الأشهر الأولى
plan-phase-other = أخرى
plan-eligibility-eligible = مناسب
plan-eligibility-not_eligible = غير مناسب
plan-eligibility-needs_check = يحتاج إلى تحقق
plan-relation-self = أنا
plan-relation-spouse = الزوج أو الزوجة أو الشريك
plan-relation-child = طفل
plan-relation-other = شخص آخر

## سطر الأوامر
error-plan-cli-value = "{ $value }" ليست قيمة صالحة لـ { $field }.
error-plan-cli-file = تعذّرت قراءة الإجابات في { $file }: { $detail }
plan-cli-person = خطة الانتقال لـ { $name } ({ $id })
plan-cli-not-answered = لا توجد إجابات بعد. ابدأوا بالأمر: welcome plan answer --purpose work_with_offer --salary 52000 --municipality essen --arrival 2027-03-01
plan-cli-path = مسار الإقامة: { $path }
plan-cli-no-path = لا يوجد مسار إقامة يناسب إجاباتكم بشكل مؤكد.
plan-cli-office = الجهة الرسمية: { $office }، { $address }
plan-cli-paths-heading = مسارات الإقامة
plan-cli-points = نقاط بطاقة الفرص (Chancenkarte): { $total } (المطلوب { $required } على الأقل دون اعتراف بالمؤهل)
plan-cli-progress = أُنجز { $done } من { $total }
plan-cli-total = الإجمالي: أُنجز { $done } من { $total }
plan-cli-due = الاستحقاق في { $date }
plan-cli-note = ملاحظة: { $note }
plan-cli-note-conflict = ملاحظة من جهاز آخر: { $note }
plan-cli-hidden = { $count ->
    [zero] لا توجد بنود ذات تقدّم لم تعد تنطبق.
    [one] بند واحد فيه تقدّم لم يعد ينطبق؛ ويبقى تقدّمه محفوظًا.
    [two] بندان فيهما تقدّم لم يعودا ينطبقان؛ ويبقى تقدّمهما محفوظًا.
    [few] { $count } بنود فيها تقدّم لم تعد تنطبق؛ ويبقى تقدّمها محفوظًا.
    [many] { $count } بندًا فيها تقدّم لم تعد تنطبق؛ ويبقى تقدّمها محفوظًا.
   *[other] { $count } بند فيها تقدّم لم تعد تنطبق؛ ويبقى تقدّمها محفوظًا.
}
plan-cli-person-added = تمت إضافة { $name } ({ $id }).
plan-cli-exported = تم الحفظ في { $file }.

## تذكيرات بالمواعيد النهائية وتواريخ انتهاء الصلاحية
reminder-title = { $item } – { $person }
reminder-due = { $when ->
    [today] الموعد النهائي اليوم، { $date }
    [tomorrow] الموعد النهائي غدًا، { $date }
    [past] كان الموعد النهائي في { $date }
   *[later] الموعد النهائي بعد { $days ->
        [two] يومين
        [few] { $days } أيام
       *[other] { $days } يومًا
    }، في { $date }
}
reminder-expiry = { $when ->
    [today] تنتهي صلاحيته اليوم، { $date }
    [tomorrow] تنتهي صلاحيته غدًا، { $date }
    [past] انتهت صلاحيته في { $date }
   *[later] تنتهي صلاحيته بعد { $days ->
        [two] يومين
        [few] { $days } أيام
       *[other] { $days } يومًا
    }، في { $date }
}
reminder-late = (متأخر: كان التطبيق مغلقًا عندما حان موعد هذا التذكير)
error-reminder-days = يمكن ضبط التذكيرات من يوم واحد إلى { $max } يومًا قبل التاريخ.
reminder-appointment = { $when ->
    [today] موعد اليوم، { $date }
    [tomorrow] موعد غدًا، { $date }
    [past] كان الموعد في { $date }
   *[later] موعد بعد { $days ->
        [two] يومين
        [few] { $days } أيام
       *[other] { $days } يومًا
    }، في { $date }
}
error-appointment-title = يحتاج الموعد إلى عنوان لا يتجاوز { $max } حرفًا.
error-appointment-long = المكان أو الملاحظة طويلة جدًا (الملاحظة { $max } حرفًا على الأكثر).

pdf-appointment-when = في { $date }
pdf-appointment-when-time = في { $date } الساعة { $time }
pdf-valid-until = صالح حتى { $date }
pdf-attached = مرفق: { $files }
pdf-files-unavailable = { $count ->
    [one] ملف مرفق واحد غير مضمّن: مفتاحه غير موجود في سلسلة مفاتيح هذا الجهاز.
   *[other] { $count } ملفات مرفقة غير مضمّنة: مفتاحها غير موجود في سلسلة مفاتيح هذا الجهاز.
}
