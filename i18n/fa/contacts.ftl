# completeness: 9 of 9 messages (2026-11-25)
## تماس‌ها: اداره‌ها و Welcome Guideها.

error-contacts-kind-and-topic = یا بر اساس نوع اداره فیلتر کنید یا بر اساس موضوع راهنما، نه هر دو.

error-guide-request-consent = لطفاً موافقت کنید که راهنما پیام و اطلاعات تماس شما را دریافت کند.
error-guide-request-message-empty = لطفاً برای راهنما پیامی بنویسید.
error-guide-request-message-long = پیام حداکثر می‌تواند { $max } نویسه باشد.
error-guide-request-contact = لطفاً یک نشانی ایمیل یا شماره تلفن معتبر وارد کنید.
error-guide-request-language = لطفاً یکی از زبان‌های راهنما را انتخاب کنید.
error-guide-request-topic = لطفاً یکی از موضوعات راهنما را انتخاب کنید.
error-guide-request-guide = این راهنما دیگر در دسترس نیست. لطفاً همگام‌سازی کنید و دوباره امتحان کنید.
guide-answer-title = پاسخ از { $guide }
