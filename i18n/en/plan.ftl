# The personal relocation plan: questionnaire errors, path reasons, statuses, exports.

## Questionnaire errors
error-plan-arrival-past = The planned arrival ({ $date }) is in the past. Please enter a day from today on.
error-plan-move-in-before-arrival = The day of moving in ({ $move_in }) cannot come before the arrival ({ $arrival }).
error-plan-move-in-past = The day of moving in ({ $date }) is in the past. Please enter a day from today on.
error-plan-application-after-arrival = The visa application ({ $date }) cannot come after the arrival: a visa is needed before entry.
error-plan-salary-negative = The salary { $salary } is not possible. Please enter the gross annual salary in euros (0 or more).
error-plan-salary-absurd = The salary { $salary } looks like a typo. Please enter the gross annual salary in euros.
error-plan-age-range = The age { $age } is not possible. Please enter an age between 0 and 120.
error-plan-experience-age = { $years } years of work experience do not fit an age of { $age }.
error-plan-experience-inconsistent = The years of experience do not add up: at most 5 in the last 5 years, at most 7 in the last 7 years, and no more than in total.
error-plan-recognition-without-qualification = A recognition status needs a qualification. Please choose your qualification first.
error-plan-family-sponsor-missing = For family reunion, please say whom you join (spouse or child) and which residence title they hold.
error-plan-municipality-unknown = "{ $municipality }" is not a municipality of the Ruhr region. Please choose one from the list.
error-plan-municipalities-missing = The list of municipalities has not been loaded yet, so "{ $municipality }" cannot be checked. Please sync once with the portal.
error-plan-path-unknown = "{ $path }" is not a residence path of the plan.
error-plan-person-unknown = There is no person "{ $person }" in this household.
error-plan-person-id = "{ $person }" cannot be used as an id: use lowercase letters, digits, - or _ (at most 40).
error-plan-person-exists = There already is a person "{ $person }" in this household.
error-plan-person-name = Please give a name of 1 to 100 characters.
error-plan-item-unknown = "{ $item }" is not an item of this plan.
error-plan-status-unknown = "{ $status }" is not a status. Documents: missing, requested, received, translated_certified, submitted, not_needed. Steps: open, in_progress, done, not_needed.
error-plan-status-kind = The status "{ $status }" does not fit "{ $item }" (documents and steps have different statuses).
error-plan-expiry-step = Only documents have an expiry date; "{ $item }" is a step.
error-plan-note-long = The note is too long (at most 5000 characters).
error-plan-rules-missing = The plan's rules have not been loaded yet. Please sync once with the portal.

## Why a path fits or not
plan-reason-eu-free-movement = As a citizen of the EU, the EEA or Switzerland you may live and work in Germany without a visa or residence title; you only register your address.
plan-reason-eu-not-citizen = Only for citizens of the EU, the EEA and Switzerland.
plan-reason-eu-not-needed = Not needed: as a citizen of the EU, the EEA or Switzerland you enjoy free movement.
plan-reason-purpose-mismatch = This path serves another purpose than the one you chose.
plan-reason-degree-recognised = Your university degree is recognised or comparable to a German degree.
plan-reason-degree-needed = Needs a recognised university degree, or as an IT specialist at least three years of experience.
plan-reason-recognition-pending = Your recognition has not been decided yet; this path opens once it is recognised.
plan-reason-recognition-needed = Needs a qualification recognised in Germany. Partial recognition can be completed in Germany (§ 16d); recognition counselling helps.
plan-reason-it-specialist-experience = IT specialists without a degree need { $required } years of professional experience in the last seven years; you have { $years }.
plan-reason-threshold-lower = The lower salary threshold applies (shortage occupation, recent graduate or IT specialist).
plan-reason-threshold-not-published = The salary threshold valid on { $date } has not been published or found yet. Please check it with the German mission before you apply.
plan-reason-salary-missing = Please enter the gross annual salary of the job offer; the threshold is { $threshold }.
plan-reason-salary-meets = The salary of { $salary } reaches the threshold of { $threshold } valid on { $date }.
plan-reason-salary-below = The salary of { $salary } is below the threshold of { $threshold } valid on { $date }.
plan-reason-older-salary-meets = From age 45 the salary must reach { $threshold } (the figure in force on { $date }, since { $since }); { $salary } does.
plan-reason-older-salary-below = From age 45 the salary must reach { $threshold } (the figure in force on { $date }, since { $since }), or you prove adequate provision for old age; { $salary } is below it.
plan-reason-older-no-figure = From age 45 the salary must reach 55 % of the pension insurance contribution ceiling, or you prove adequate provision for old age. The figure valid on { $date } has not been published or found yet.
plan-reason-needs-academic = Needs a university degree.
plan-reason-needs-vocational = Needs a vocational qualification.
plan-reason-qualification-recognised = Your qualification is recognised in Germany.
plan-reason-ba-approval = The Federal Employment Agency must approve the employment (the employer can apply in advance).
plan-reason-opportunity-recognised = As a recognised skilled worker you qualify without points.
plan-reason-opportunity-qualification-missing = Needs a foreign university degree or a vocational qualification of at least two years.
plan-reason-opportunity-qualification-short = The qualification must have taken at least two years of training.
plan-reason-opportunity-qualification-duration = Please check that your qualification took at least two years of training; it is required.
plan-reason-opportunity-language-ok = You have the language skills required (German A1 or English B2).
plan-reason-opportunity-language-missing = Needs basic German (A1) or English at level B2.
plan-reason-opportunity-points-enough = You reach { $points } points; { $required } are needed.
plan-reason-opportunity-points-short = You reach { $points } points; { $required } are needed.
plan-reason-funds-month = You must prove { $amount } a month for your living (the figure in force on { $date }, since { $since }).
plan-reason-funds-not-published = The amount of funds to prove valid on { $date } has not been published or found yet. Please ask the German mission.
plan-reason-study-admission = Needs an admission (or a conditional admission) to a German university.
plan-reason-blocked-account = A blocked account of { $amount } a year proves your funds (the figure in force on { $date }, since { $since }).
plan-reason-blocked-account-not-published = The blocked account amount valid on { $date } has not been published or found yet. Please ask the German mission.
plan-reason-figure-older = { $amount } is the latest published figure, in force since { $since }; no newer one has been published for { $year }. Please check it with the German mission before you apply.
plan-reason-training-contract = Needs a contract for a vocational training in Germany.
plan-reason-family-sponsor-needed = Only for people who join a family member living in Germany.
plan-reason-family-a1-exempt = Spouses of people holding a residence title under { $title } need no German before entry.
plan-reason-family-a1-met = You have the basic German (A1) spouses need.
plan-reason-family-a1-needed = Spouses normally need basic German (A1) before entry. There are exemptions; please ask a counselling office.
plan-reason-family-child = Minor children join their parents; for children of 16 or 17 further conditions can apply.
plan-reason-family-child-adult = Adult children cannot join under the rules for children.
plan-reason-family-no-living-space = EU Blue Card holders need no proof of living space.
plan-reason-family-living-space = The family member in Germany must prove adequate living space and income.

## Advice when no path fits
plan-advice-no-path = None of the residence paths surely fits your answers. Please talk to a counselling service or a Welcome Guide before you apply; they check cases these rules do not cover.
plan-advice-no-path-recognition = None of the residence paths surely fits yet, mainly because your qualification is not recognised. A recognition counselling service can tell you how to get it recognised and which path then opens.

## People
plan-person-me = Me

## Statuses
plan-status-missing = missing
plan-status-requested = requested
plan-status-received = received
plan-status-translated_certified = translated / certified
plan-status-submitted = submitted
plan-status-open = open
plan-status-in_progress = in progress
plan-status-done = done
plan-status-not_needed = not needed
plan-expiry-expired = expired
plan-expiry-expires_too_soon = expires less than 6 months after arrival

## Calendar export
plan-ics-calendar-name = Relocation plan: { $name }
plan-ics-summary = Due: { $title }
plan-ics-legal-basis = Legal basis: { $basis }
plan-ics-office = Office: { $office }, { $address }

## Printable document list
plan-documents-title = Documents for { $name }
plan-documents-path = Residence path: { $path }
plan-documents-date = As of { $date }
plan-documents-none = No documents apply to this plan.
plan-documents-col-done = Ready
plan-documents-col-document = Document
plan-documents-col-status = Status
plan-documents-col-expiry = Valid until
plan-documents-col-note = Note

## Phases, verdicts, relations
plan-phase-before_departure = Before departure
plan-phase-first_weeks = First weeks
plan-phase-first_months = First months
plan-phase-other = Other
plan-eligibility-eligible = fits
plan-eligibility-not_eligible = does not fit
plan-eligibility-needs_check = needs a check
plan-relation-self = me
plan-relation-spouse = spouse or partner
plan-relation-child = child
plan-relation-other = other

## Command line
error-plan-cli-value = "{ $value }" is not a valid value for { $field }.
error-plan-cli-file = The answers in { $file } cannot be read: { $detail }
plan-cli-person = Relocation plan for { $name } ({ $id })
plan-cli-not-answered = No answers yet. Start with: welcome plan answer --purpose work_with_offer --salary 52000 --municipality essen --arrival 2027-03-01
plan-cli-path = Residence path: { $path }
plan-cli-no-path = No residence path surely fits your answers.
plan-cli-office = Office: { $office }, { $address }
plan-cli-paths-heading = Residence paths
plan-cli-points = Opportunity Card points: { $total } (at least { $required } needed without recognition)
plan-cli-progress = { $done } of { $total } done
plan-cli-total = Overall: { $done } of { $total } done
plan-cli-due = due { $date }
plan-cli-note = Note: { $note }
plan-cli-note-conflict = Note from another device: { $note }
plan-cli-hidden = { $count ->
    [one] { $count } item with progress no longer applies; its progress is kept.
   *[other] { $count } items with progress no longer apply; their progress is kept.
}
plan-cli-person-added = Added { $name } ({ $id }).
plan-cli-exported = Written to { $file }.

## Reminders of due dates and expiry dates (desktop notifications and the inbox)
reminder-title = { $item } – { $person }
reminder-due = { $when ->
    [today] Due today, { $date }
    [tomorrow] Due tomorrow, on { $date }
    [past] Was due on { $date }
   *[later] Due in { $days } days, on { $date }
}
reminder-expiry = { $when ->
    [today] Expires today, { $date }
    [tomorrow] Expires tomorrow, on { $date }
    [past] Expired on { $date }
   *[later] Expires in { $days } days, on { $date }
}
reminder-late = (late: the app was closed when this reminder was due)
error-reminder-days = Reminders can be set from 1 to { $max } days before a date.
reminder-appointment = { $when ->
    [today] Appointment today, { $date }
    [tomorrow] Appointment tomorrow, on { $date }
    [past] The appointment was on { $date }
   *[later] Appointment in { $days } days, on { $date }
}
error-appointment-title = An appointment needs a title of at most { $max } characters.
error-appointment-long = The place or the note is too long (the note at most { $max } characters).

pdf-appointment-when = On { $date }
pdf-appointment-when-time = On { $date } at { $time }
pdf-valid-until = valid until { $date }
pdf-attached = attached: { $files }
pdf-files-unavailable = { $count ->
    [one] One attached file is not included: its key is not in this device's keychain.
   *[other] { $count } attached files are not included: their key is not in this device's keychain.
}
