# completeness: 9 of 9 messages (2026-11-25)
## جهات الاتصال: الجهات الرسمية والـ Welcome Guides.

error-contacts-kind-and-topic = يُرجى التصفية إما حسب نوع الجهة أو حسب موضوع المرشد، وليس حسب الاثنين معًا.

error-guide-request-consent = يُرجى الموافقة على أن يتلقى المرشد رسالتك وبيانات الاتصال بك.
error-guide-request-message-empty = يُرجى كتابة رسالة إلى المرشد.
error-guide-request-message-long = يمكن أن تتكون الرسالة من { $max } حرفًا على الأكثر.
error-guide-request-contact = يُرجى إدخال عنوان بريد إلكتروني أو رقم هاتف صالح.
error-guide-request-language = يُرجى اختيار إحدى لغات المرشد.
error-guide-request-topic = يُرجى اختيار أحد مواضيع المرشد.
error-guide-request-guide = هذا المرشد لم يعد متاحًا. يُرجى المزامنة والمحاولة مرة أخرى.
guide-answer-title = رد من { $guide }
