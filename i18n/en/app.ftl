# The app's screens (ui/). Source catalog: every other locale translates these ids.

## Navigation
nav-label = Main navigation
nav-skip-to-content = Skip to content
nav-home = Home
nav-plan = My plan
nav-contacts = Contacts
nav-jobs = Jobs
nav-settings = Settings

## Sync status
sync-running = Updating…
sync-offline = Offline: showing what is saved on this device
sync-last-success = Updated { $when }
sync-never = Not updated yet
sync-now = Sync now

## First run
firstrun-welcome = Welcome to the Ruhr region!
firstrun-intro = This app helps you plan your move: which residence permit fits, which documents you need, what to do after arrival and by when. It works offline.
firstrun-choose-language = Choose your language
firstrun-continue = Continue
firstrun-privacy = Your answers stay on this device unless you create an account to sync them.
firstrun-questions-title = Tell us about your move
firstrun-downloading = Downloading checklists, offices and jobs…
firstrun-retry = Try again

## Questionnaire
q-intro = Your answers decide which residence path, documents and steps apply to you. You can change them at any time.
q-section-you = About you
q-section-qualification = Qualification and languages
q-section-job = Your job offer
q-section-family-reunion = The family member you join
q-section-move = Your move
q-citizenship = Citizenship
q-citizenship-other = Not EU, EEA or Swiss
q-citizenship-eu_eea_swiss = EU, EEA or Switzerland
q-age = Age
q-purpose = Why are you coming?
q-purpose-work_with_offer = To work (I have a job offer)
q-purpose-job_search = To look for a job
q-purpose-study = To study
q-purpose-vocational_training = For vocational training (Ausbildung)
q-purpose-family_reunion = To join my family
q-qualification = Highest qualification
q-qualification-academic = University degree
q-qualification-vocational = Vocational qualification
q-qualification-none = None of these
q-recognition = Is it recognised in Germany?
q-recognition-recognised = Yes, recognised or comparable (anabin "H+")
q-recognition-partial = Partly recognised
q-recognition-pending = Applied, no decision yet
q-recognition-none = Not yet
q-recognition-hint = Recognition counselling in your town can help you find out.
q-experience = Years of work experience
q-experience-last-5 = …of these in the last 5 years
q-experience-last-7 = …of these in the last 7 years
q-german = German
q-english = English
q-level-none = none
q-level-a1 = A1
q-level-a2 = A2
q-level-b1 = B1
q-level-b2 = B2
q-level-c1 = C1
q-level-c2 = C2
q-previous-stay = I lived in Germany lawfully for 6 months or more before
q-it-specialist = I am an IT specialist
q-recent-graduate = I graduated in the last 3 years
q-salary = Gross annual salary of the job offer (EUR)
q-salary-hint = As written in the contract or job offer, before tax.
q-shortage = The job is in a shortage occupation
q-sponsor = Their residence title
q-sponsor-blue_card = EU Blue Card
q-sponsor-skilled_vocational = Skilled worker with vocational training (§ 18a)
q-sponsor-skilled_academic = Skilled worker with a degree (§ 18b)
q-sponsor-researcher = Researcher (§ 18d)
q-sponsor-specialist_employment = IT specialist or special function (§ 19c)
q-sponsor-ict_card = ICT card for intra-company transfers (§ 19)
q-sponsor-self_employed = Self-employment (§ 21)
q-sponsor-german = German citizen
q-sponsor-other = Another title
q-family-role = You are their
q-family-role-spouse = Spouse or partner
q-family-role-child = Child
q-choose = Please choose
q-municipality = Where in the Ruhr region will you live?
q-university = Your university
q-university-hint = Its international office handles your admission and enrolment; the plan links it.
q-independent-cities = Independent cities
q-needs-content = The list of towns arrives with the first sync. Please connect to the internet once.
q-arrival = Planned arrival
q-arrival-hint = The day you enter Germany. The plan warns about documents that expire less than 6 months after it.
q-move-in = Day of moving into your home (optional)
q-move-in-hint = The registration of address (Anmeldung) is due within 14 days of moving in. Leave it empty if you move in on the day you arrive.
q-spouse-coming = My spouse or partner comes along
q-children = Children coming along
q-partner-eligible = My partner also meets the Opportunity Card conditions
q-submit = Make my plan

## Home
home-title = Your next steps
home-next-steps = Next steps
home-progress = { $done } of { $total } done
home-all-done = Everything is done. Congratulations!
home-deadlines = Deadlines
home-new-job-alerts = { $count ->
    [one] There is a new job alert.
   *[other] There are { $count } new job alerts.
}
home-no-plan-yet = No plan yet.
home-start-plan = Start the questionnaire

## Plan
plan-title = My plan
plan-answers-title = Your answers
plan-cancel = Cancel
plan-change-answers = Change answers
plan-no-path = No residence path fits for sure
plan-points = Opportunity Card points: { $total } (needed: { $required })
plan-all-paths = All residence paths compared
plan-export-ics = Deadlines to calendar (.ics)
plan-export-documents = Printable document list
plan-exported = Saved to { $path }
plan-phase-progress = { $done } of { $total }
plan-kind-document = Document
plan-kind-step = Step
plan-status = Status
plan-saved = Saved
plan-due = Due { $date }
plan-due-by-law = Due by law: { $date }
plan-expiry-badge = Valid until { $date }: { $warning }
plan-details = Details, notes and office
plan-set-due = Due date
plan-expiry = Valid until
plan-note = Notes
plan-note-conflict = This note was changed on two devices at once. The other version:

## Household
household-title = Household
household-whose-plan = Whose plan
household-name = Name
household-relation = Relation
household-add = Add person
household-remove = Remove

## Sources and texts from the portal
source-link = Source
source-reviewed = checked on { $date }
text-fallback = in { $lang }
text-fallback-hint = Not yet available in your language
text-unreviewed = unreviewed translation
text-unreviewed-hint = Translated, not yet reviewed: see the English and German original
text-hide-original = hide original
sample-data = Sample data
sample-data-hint = Invented for the demo: not a real person or number.

## Contacts
contacts-title = Contacts
contacts-search = Search
contacts-municipality = Town
contacts-language = Language spoken
contacts-kind = Kind of office
contacts-all = All
contacts-search-button = Search
contacts-offices = { $count ->
    [one] One office
   *[other] { $count } offices
}
contacts-guides = { $count ->
    [one] One Welcome Guide
   *[other] { $count } Welcome Guides
}
contacts-guides-intro = Welcome Guides are trained volunteers who moved here themselves. They advise you one to one, free of charge.
contacts-none = Nothing found. Try another town or fewer filters.
contacts-serves-from-elsewhere = Responsible for your town, located in the district town.
contact-languages = Languages: { $languages }
contact-call = Call
contact-mail = E-mail
contact-web = Web page
office-kind-foreigners_office = Foreigners' office (Ausländerbehörde)
office-kind-citizens_office = Citizens' office (Bürgeramt)
office-kind-welcome_centre = Welcome centre
office-kind-recognition_counselling = Recognition counselling
office-kind-job_centre = Jobcenter (Bürgergeld)
office-kind-youth_office = Youth office (Jugendamt)
office-kind-migration_counselling = Migration counselling
office-kind-employment_agency = Employment agency (Agentur für Arbeit)
office-kind-youth_migration_service = Youth migration service (Jugendmigrationsdienst)
office-kind-university_international_office = University international office

## Jobs
jobs-title = Jobs
jobs-tab-search = Search
jobs-tab-saved = Saved ({ $count })
jobs-tab-alerts = Alerts ({ $count })
jobs-unread-alerts = { $count ->
    [one] one unread alert
   *[other] { $count } unread alerts
}
jobs-what = What
jobs-what-placeholder = Job title, occupation or employer
jobs-where = Where
jobs-anywhere = Anywhere in the Ruhr region
jobs-radius = Distance
jobs-radius-town-only = Only this town
jobs-radius-km = within { $km } km
jobs-working-time = Working time
working-time-full_time = Full time
working-time-part_time = Part time
working-time-shift = Shifts
working-time-home_office = Home office
working-time-mini_job = Mini job
jobs-offer-type = Type
jobs-any = Any
offer-type-job = Job
offer-type-self_employment = Self-employment
offer-type-apprenticeship = Apprenticeship (Ausbildung)
offer-type-internship = Internship
jobs-since = Published since
jobs-sort = Order
jobs-sort-date = Newest first
jobs-sort-relevance = Best match first
jobs-sort-distance = Nearest first
jobs-search-button = Search
jobs-found = { $count ->
    [one] One job found
   *[other] { $count } jobs found
}
jobs-distance = { $km } km away
jobs-previous = Previous
jobs-next = Next
jobs-save = Save job
jobs-unsave = Remove from saved
jobs-saved = Saved. You keep the ad even after it is taken down.
jobs-unsaved = Removed from your saved jobs.
jobs-back = Back to the list
jobs-expired = The ad is no longer online: this is your saved copy
jobs-regulated-title = Regulated profession
jobs-regulated-licence = In Germany you may work in this profession only once your foreign qualification is recognised (Anerkennung) or you hold a licence to practise (Berufserlaubnis, Approbation). Start early: it takes months.
jobs-regulated-protected-title = This job title is protected in Germany: you may use it only once your foreign qualification is recognised (Anerkennung).
jobs-regulated-counselling = Recognition counselling helps for free:
jobs-open-ad = Open the ad's page
jobs-published = published { $date }
jobs-salary = Salary: { $salary }
jobs-save-search = Get alerts for this search
jobs-save-search-placeholder = Name of the alert, e.g. Nursing in Essen
jobs-save-search-button = Save search
jobs-search-saved = Saved. You will be told about new matching jobs after each sync.
jobs-search-unnamed = My search
jobs-no-saved = No saved jobs yet. Save a job to keep it, even offline.
jobs-alerts-title = Job alerts
jobs-mark-all-read = Mark all as read
jobs-mark-read = Mark as read
jobs-no-alerts = No alerts yet.
jobs-saved-searches = Saved searches
jobs-delete-search = Delete
jobs-no-saved-searches = No saved searches yet.

## Settings
settings-title = Settings
settings-saved = Saved.
settings-language = Language and appearance
settings-language-label = Language
settings-language-system = Same as the system
settings-language-partial = partly translated
settings-theme = Theme
settings-theme-system = Same as the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-sync = Sync
settings-jobs-cached = { $count ->
    [one] one job on this device
   *[other] { $count } jobs on this device
}
settings-pending-changes = { $count ->
    [0] all changes sent
    [one] one change waiting to be sent
   *[other] { $count } changes waiting to be sent
}
settings-sync-paused = Pause automatic sync
settings-sync-interval = Sync automatically
settings-every-minutes = { $minutes ->
    [15] every 15 minutes
    [60] every hour
    [1440] once a day
   *[other] every { $minutes } minutes
}
settings-portal = Portal address
settings-save = Save

## Account
content-kind-other = Other
sync-rejected = { $count ->
    [one] One change could not be saved on the portal and was undone on this device:
   *[other] { $count } changes could not be saved on the portal and were undone on this device:
}
sync-rejected-dismiss = I have read this
account-title = Account
account-why = No account is needed. With one, your plan and saved jobs sync across your devices.
account-email = E-mail
account-password = Password (at least 10 characters)
account-login = Log in
account-register = Create account
account-logout = Log out
account-logged-in = You are logged in.
account-registered = Your account was created and you are logged in.
account-logged-out = You are logged out. Your data stays on this device.
account-logout-question = Keep this account's data on this device?
account-logout-keep = Log out, keep my data here
account-logout-remove = Log out and remove my data from this device
account-logout-unsent = { $count } changes have not reached the portal yet. If you remove your data now, they are lost; if you keep it, they are sent at your next login.
account-logged-out-removed = You are logged out, and your data was removed from this device. It is still on the portal.
account-joined = { $count } entries made on this device before you logged in now belong to your account.
account-logged-in-as = Logged in as { $email }
sessions-title = Devices signed in to this account
sessions-this-device = This device
sessions-unnamed = Device without a name
sessions-last-seen = Last used { $when }
sessions-since = Signed in { $when }
sessions-revoke = Sign out there
sessions-revoked = That device is signed out. Its data stays there, but it does not sync until someone signs in there again.

## Errors of the app's own settings
error-app-sync-interval = An interval of { $minutes } minutes is not possible. Choose between 5 minutes and one week.

## Reminders
home-reminders = Reminders
home-reminder-late = late
home-reminder-read = Mark as read
settings-reminders = Reminders
settings-reminders-enabled = Remind me before due dates and expiry dates
settings-reminders-days = How many days before
settings-reminders-day = { $days ->
    [one] 1 day before
   *[other] { $days } days before
}
settings-reminders-hint = Reminders come as desktop notifications at 9 in the morning and stay here on the home screen. A reminder that falls due while the app is closed comes when you next open it.
plan-reminders = Reminders
plan-reminders-default = As in the settings
plan-reminders-none = No reminders

## Appointments
appointments-title = Appointments
appointments-add = Add an appointment
appointments-none = No appointments yet. Add the ones you are given (Anmeldung, foreigners' office, visa interview): they remind you and go into the calendar file.
appointments-delete = Delete
appointments-what = What
appointments-what-placeholder = e.g. Anmeldung at the Bürgeramt
appointments-date = Date
appointments-time = Time
appointments-office = Office
appointments-office-none = Another place
appointments-place = Place
appointments-save = Save
appointments-cancel = Cancel

## Guide requests

guide-request-write = Write to this guide
guide-request-saved = Your request is saved. It is sent as soon as you are online; the answer appears on the home screen.
guide-request-login-needed = To write to a guide you need an account: the guide answers you through it. Log in or register in Settings.
guide-request-login = Log in
guide-request-language = Language
guide-request-topic = Topic
guide-topic-visa = Visa and residence
guide-topic-family = Family
guide-topic-jobs = Work
guide-topic-recognition = Recognition of qualifications
guide-topic-housing = Housing
guide-topic-study = Studying
guide-request-message-label = Your message
guide-request-count = { $count } of { $max } characters
guide-request-reach = How may the guide reach you?
guide-request-method-app = Only through the app
guide-request-method-email = By e-mail
guide-request-method-phone = By phone
guide-request-email = Your e-mail address
guide-request-phone = Your phone number
guide-request-consent = I agree that { $guide } receives my message and contact details to answer me. They are used for this answer only and are not passed on.
guide-request-send = Send request
guide-request-sent-heading = Your requests to this guide
guide-request-status-pending = Waiting to be sent
guide-request-status-sent = Sent
guide-request-status-answered = Answered
home-guide-answers = Answers from Welcome Guides
home-guide-answer-to = To your message “{ $message }”
vault-title = Attached files
vault-attach = Attach a photo, scan or PDF
vault-drop = or drop a file here
vault-local-only = Stored only on this device, encrypted. Never uploaded.
vault-open = Open
vault-replace = Replace
vault-delete = Delete
vault-delete-confirm = Delete { $name } from this device? This cannot be undone.
vault-pdf-pages = PDF, { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}
vault-close = Close
vault-key-missing-help = You can delete the files you no longer need; new files can be attached once none are left or the keychain is restored.
appointment-export-pdf = PDF with documents
plan-export-pdf = Documents as PDF, with scans
error-app-no-viewer = No app on this computer opens this kind of file.
vault-count = { $count ->
    [one] 1 file attached
   *[other] { $count } files attached
}
settings-web-limits = In the web app your login is kept encrypted in this browser (a browser has no system keychain), reminders show in the app but not as system notifications, and welcome-ruhr:// links open the desktop app only. Scans attached to documents and the appointment PDF are in the desktop app only: their key needs the system keychain.
web-store-busy-title = welcome.RUHR is open in another tab
web-store-busy-text = The app keeps your data in one tab at a time. Use the other tab, or close it: this one then continues by itself, with nothing lost.
