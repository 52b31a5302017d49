# completeness: 1 of 1 messages (2026-11-25)
## جهات الاتصال: الجهات الرسمية والـ Welcome Guides.

error-contacts-kind-and-topic = يُرجى التصفية إما حسب نوع الجهة أو حسب موضوع المرشد، وليس حسب الاثنين معًا.
