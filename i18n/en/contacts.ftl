## Contacts: offices and Welcome Guides.

error-contacts-kind-and-topic = Filter either by kind of office or by a guide's topic, not both.

error-guide-request-consent = Please agree that the guide may receive your message and contact details.
error-guide-request-message-empty = Please write a message to the guide.
error-guide-request-message-long = The message can be at most { $max } characters long.
error-guide-request-contact = Please enter a valid e-mail address or phone number.
error-guide-request-language = Please choose one of the guide's languages.
error-guide-request-topic = Please choose one of the guide's topics.
error-guide-request-guide = This guide is not available any more. Please sync and try again.
guide-answer-title = Answer from { $guide }
