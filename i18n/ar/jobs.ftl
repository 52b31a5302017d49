# completeness: 9 of 9 messages (2026-11-25)
## الوظائف: البحث، الوظائف المحفوظة، عمليات البحث المحفوظة وتنبيهات الوظائف.

# عنوان تنبيه الوظائف (إشعار سطح المكتب وصندوق الوارد).
jobs-alert-title = { $count ->
    [zero] لا توجد وظائف جديدة لـ "{ $name }"
    [one] وظيفة جديدة واحدة لـ "{ $name }"
    [two] وظيفتان جديدتان لـ "{ $name }"
    [few] { $count } وظائف جديدة لـ "{ $name }"
    [many] { $count } وظيفة جديدة لـ "{ $name }"
   *[other] { $count } وظيفة جديدة لـ "{ $name }"
}
# نص التنبيه: أولى المسميات الوظيفية، وعدد الباقي.
jobs-alert-body = { $more ->
    [0] { $titles }
    [one] { $titles } ووظيفة أخرى
    [two] { $titles } ووظيفتان أخريان
    [few] { $titles } و{ $more } وظائف أخرى
    [many] { $titles } و{ $more } وظيفة أخرى
   *[other] { $titles } و{ $more } وظيفة أخرى
}

error-jobs-radius = يجب أن يكون نصف القطر أكبر من 0 ولا يزيد على { $max } كم (القيمة المُدخلة: { $value }).
error-jobs-place-and-radius = يُرجى البحث إما في البلديات أو حول مكان معيّن، وليس الاثنين معًا.
error-jobs-coordinates = هذه الإحداثيات لا تدل على مكان على الأرض.
error-jobs-unknown-place = المكان "{ $place }" غير معروف.
error-jobs-search-name = يُرجى إعطاء البحث اسمًا من 1 إلى { $max } حرف.
jobs-cli-no-alerts = لا توجد تنبيهات وظائف جديدة.
jobs-cli-marked-read = { $count ->
    [zero] لم يُعلَّم أي تنبيه كمقروء.
    [one] تم تعليم تنبيه واحد كمقروء.
    [two] تم تعليم تنبيهين كمقروءين.
    [few] تم تعليم { $count } تنبيهات كمقروءة.
    [many] تم تعليم { $count } تنبيهًا كمقروء.
   *[other] تم تعليم { $count } تنبيه كمقروء.
}
