# LAG Desk events: who came, by group and gender, what they cost and the totals of a period: English.
# Every message here exists in lt/events.ftl and lv/events.ftl with the same id and variables.

nav-events = Events

## The list

events-title = Events
event-new = New event
events-from = From
events-to = To
events-shown =
    Showing { $count } of { $n ->
        [one] { $n } event
       *[other] { $n } events
    }
events-empty-title = No events in this period
events-empty-text = Record the trainings, seminars, information days and study visits the LAG organises: who came, by group and gender, and what they cost. Or choose another period.
events-none-match = No event of this kind in the period.
event-col-when = Day and time
event-col-kind = Kind
event-col-title = Event
event-col-place = Place
event-col-participants = Participants
event-col-cost = Cost
event-col-group = Group

event-kind-board-meeting = Board meeting
event-kind-general-meeting = General meeting
event-kind-training = Training
event-kind-seminar = Seminar
event-kind-information = Information or animation event
event-kind-study-visit = Study visit
event-kind-consultation = Consultation
event-kind-conference = Conference

event-group-municipality = Municipality and public bodies
event-group-communities = Local communities
event-group-ngos = NGOs
event-group-businesses = Businesses and farmers
event-group-youth = Young people
event-group-seniors = Seniors
event-group-other = Others

## Totals of the period

event-totals-title = Totals of the period
event-totals-period = { $start } – { $end }
event-totals-events = Events
event-totals-participants = Participants
event-totals-women = Women
event-totals-men = Men
event-totals-cost = Cost
event-totals-by-kind = By kind of event
event-totals-by-group = Participants by group
event-totals-groups-hint = Groups overlap (a young farmer is both young and a business), so they need not add up to the participants.

## The event form

event-form-new = New event
event-form-edit = Edit event
event-field-kind = Kind
event-field-title = Title
event-field-starts = Starts
event-field-starts-time = Start time
event-field-ends = Ends
event-field-ends-date = End date
event-ends-hint = Optional. Give an end date only if the event ends on another day.
event-field-place = Place
event-field-organiser = Organiser
event-field-description = Description
event-participants-title = Participants
event-field-participants = In total
event-field-women = Women
event-field-men = Men
event-gender-hint = Women and men are optional; together they are at most the total.
event-groups-title = By group
event-groups-hint = Leave a group empty if it was not counted. Groups may overlap; each is at most the total.
event-field-cost = Cost (EUR)
event-field-cost-line = Budget line
event-cost-line-hint = The running or animation line the cost is booked to.
event-no-cost-lines = The strategy has no running or animation line yet: add one on the Strategy page.
event-links-title = Linked to
event-field-measure = Measure
event-field-project = Project
event-field-cooperation = Cooperation project

## One event

event-back = Events
event-edit = Edit event
event-delete = Delete event
event-delete-title = Delete the event?
event-delete-text = The event “{ $title }” of { $date } will be deleted. This cannot be undone.
event-delete-confirm = Delete the event
event-facts-title = About the event
event-cost-on = { $amount } on { $code }

## Problems

problem-group-twice = This group is counted twice.
problem-group-above-total = More than the participants in total ({ $total }).
problem-gender-above-total = Women and men together are more than the participants in total ({ $total }).
problem-budget-line-required = Choose the running or animation line the cost is booked to.
problem-not-a-budget-line = Choose a running or animation line.
problem-unknown-link = This record no longer exists: choose another one.
error-still-referenced-events =
    { $count ->
        [one] { $count } event is linked to it
       *[other] { $count } events are linked to it
    }: it cannot be deleted.
