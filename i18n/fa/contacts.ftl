# completeness: 1 of 1 messages (2026-11-25)
## تماس‌ها: اداره‌ها و Welcome Guideها.

error-contacts-kind-and-topic = یا بر اساس نوع اداره فیلتر کنید یا بر اساس موضوع راهنما، نه هر دو.
