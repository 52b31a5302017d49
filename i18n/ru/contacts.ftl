# completeness: 9 of 9 messages (2026-11-25)
## Контакты: ведомства и Welcome Guides.

error-contacts-kind-and-topic = Фильтруйте либо по типу ведомства, либо по теме консультанта, но не по обоим сразу.

error-guide-request-consent = Пожалуйста, согласитесь, что гид получит ваше сообщение и контактные данные.
error-guide-request-message-empty = Пожалуйста, напишите гиду сообщение.
error-guide-request-message-long = Сообщение может содержать не более { $max } символов.
error-guide-request-contact = Пожалуйста, введите действительный адрес электронной почты или номер телефона.
error-guide-request-language = Пожалуйста, выберите один из языков гида.
error-guide-request-topic = Пожалуйста, выберите одну из тем гида.
error-guide-request-guide = Этот гид больше недоступен. Синхронизируйте данные и попробуйте снова.
guide-answer-title = Ответ от { $guide }
