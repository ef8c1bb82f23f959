# LAG Desk audit trail: a record's history, the activity log and undo: English.
# Every message here exists in lt/audit.ftl and lv/audit.ftl with the same id and variables.

nav-log = Activity log

## A change in words

audit-did-insert = { $who } created
audit-did-update = { $who } changed
audit-did-delete = { $who } deleted
audit-done-insert = Created
audit-done-update = Changed
audit-done-delete = Deleted
audit-change = { $field } { $from } → { $to }
audit-value = { $field } { $value }
audit-quoted = “{ $text }”
audit-yes = yes
audit-no = no
audit-image = (image)

## Kinds of records

audit-entity-strategy = Strategy
audit-entity-funding_source = Funding source
audit-entity-priority = Priority
audit-entity-measure = Measure
audit-entity-measure_year = Measure's yearly amount
audit-entity-call = Call
audit-entity-call_measure = Call's measure
audit-entity-selection_criterion = Selection criterion
audit-entity-project = Project
audit-entity-project_status_change = Project status change
audit-entity-payment_claim = Payment claim
audit-entity-score = Score
audit-entity-applicant = Applicant
audit-entity-member = Member
audit-entity-board_term = Board term
audit-entity-member_applicant = Member's linked applicant
audit-entity-meeting = Meeting
audit-entity-meeting_attendee = Meeting attendee
audit-entity-agenda_item = Agenda item
audit-entity-decision = Decision
audit-entity-decision_vote = Vote
audit-entity-recusal = Declared conflict of interest
audit-entity-event = Event
audit-entity-event_group = Event's participant group
audit-entity-cooperation = Cooperation project
audit-entity-cooperation_partner = Cooperation partner
audit-entity-cooperation_result = Planned result
audit-entity-indicator = Indicator
audit-entity-indicator_value = Indicator value
audit-entity-document = Document
audit-entity-organisation = Organisation
audit-entity-setting = Setting
audit-entity-closed_year = Closed year

## Fields

audit-field-title = Title
audit-field-number = Number
audit-field-code = Code
audit-field-name = Name
audit-field-status = Status
audit-field-kind = Kind
audit-field-eligible_cents = Eligible cost
audit-field-requested_cents = Aid requested
audit-field-awarded_cents = Aid awarded
audit-field-paid_cents = Paid
audit-field-claimed_cents = Claimed
audit-field-allocation_cents = Allocation
audit-field-available_cents = Available
audit-field-max_grant_cents = Maximum grant
audit-field-cost_cents = Cost
audit-field-budget_cents = Budget
audit-field-envelope_cents = Awarded envelope
audit-field-max_intensity_bp = Maximum aid intensity
audit-field-share_bp = Share
audit-field-running_cap_bp = Cap on running costs
audit-field-submitted_on = Submitted on
audit-field-paid_on = Paid on
audit-field-status_on = Status since
audit-field-changed_on = Changed on
audit-field-starts_at = Starts
audit-field-ends_at = Ends
audit-field-opens_at = Opens
audit-field-closes_at = Closes
audit-field-held_on = Held on
audit-field-joined_on = Member since
audit-field-left_on = Left on
audit-field-starts_on = Starts on
audit-field-ends_on = Ends on
audit-field-measured_on = Measured on
audit-field-implementation_end = End of implementation
audit-field-start_year = Start year
audit-field-end_year = End year
audit-field-year = Year
audit-field-place = Place
audit-field-online = Online
audit-field-participants = Participants
audit-field-women = Women
audit-field-men = Men
audit-field-count = Participants
audit-field-grp = Group
audit-field-organiser = Organiser
audit-field-description = Description
audit-field-note = Note
audit-field-contact = Contact
audit-field-sector = Sector
audit-field-municipality = Municipality
audit-field-eldership = Eldership
audit-field-jobs_created = Jobs created
audit-field-planned_projects = Planned number of projects
audit-field-text = Text
audit-field-override_reason = Why the decision stands anyway
audit-field-vote = Vote
audit-field-reason = Reason
audit-field-evaluator = Evaluator
audit-field-points = Points
audit-field-max_points = Maximum points
audit-field-pass_threshold = Pass threshold
audit-field-organisation = Organisation
audit-field-country = Country
audit-field-role = Role
audit-field-lead = Lead partner
audit-field-goals = Goals
audit-field-unit = Unit
audit-field-baseline_hundredths = Baseline
audit-field-target_hundredths = Target
audit-field-value_hundredths = Value
audit-field-source = Source
audit-field-file_name = File
audit-field-size = Size in bytes
audit-field-key = Setting
audit-field-value = Value
audit-field-legal_code = Legal code
audit-field-region = Region
audit-field-address = Address
audit-field-logo = Logo
audit-field-closed_by = Closed by
audit-field-closed_at = Closed at
audit-field-added_at = Added at

## A record's history

history-toggle = History
history-title = History of changes
history-empty = Nothing has been recorded about this record yet.

## The activity log

log-title = Activity log
log-intro = Every change saved in LAG Desk: when, by whom, and each field before and after.
log-from = From
log-to = To
log-entity = Kind of record
log-who = Person
log-who-placeholder = Name as in the settings
log-text = Text in a value
log-text-placeholder = e.g. a number, a name or an amount in cents
log-count =
    { $count ->
        [one] { $count } change
       *[other] { $count } changes
    }
log-more =
    { $limit ->
        [one] Only the newest change is shown; narrow the filters to see older ones.
       *[other] Only the newest { $limit } changes are shown; narrow the filters to see older ones.
    }
log-empty = No change matches the filters.
log-caption = Changes saved, newest first
log-col-when = Time
log-col-who = Person
log-col-entity = Kind
log-col-record = Record
log-col-action = Action
log-col-changes = What changed
log-col-id = Record id

## Undo

undo-button = Undo
undo-button-title = Undo the latest saved change ({ $keys })
undo-busy = Undoing…
undo-done-update = Undone: the change to { $what } (edited at { $time }).
undo-done-insert = Undone: { $what } added at { $time } is removed again.
undo-done-delete = Undone: { $what } deleted at { $time } is back.
undo-nothing = There is nothing more to undo.
undo-close = Close the message
