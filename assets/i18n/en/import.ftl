## Import: the fields a file's columns can fill (import-field-<key>)

import-field-priority_code = Priority code
import-field-priority_title = Priority title
import-field-measure_code = Measure code
import-field-measure_title = Measure title
import-field-kind = Measure kind
import-field-allocation = Allocation
import-field-allocation-year = Allocation { $year }
import-field-planned_projects = Planned projects
import-field-max_intensity = Maximum aid intensity
import-field-max_grant = Maximum grant
import-field-call_number = Call number
import-field-title = Title
import-field-opens_on = Opens on
import-field-closes_on = Closes on
import-field-available = Available in the call
import-field-number = Project number
import-field-applicant = Applicant
import-field-applicant_type = Applicant type
import-field-status = Status
import-field-eligible_cost = Eligible cost
import-field-requested = Aid requested
import-field-awarded = Aid awarded
import-field-submitted_on = Submitted on
import-field-status_on = Status date
import-field-jobs_created = Jobs created
import-field-project_number = Project number of the claim
import-field-claim_number = Claim number
import-field-claimed = Amount claimed
import-field-paid = Amount paid
import-field-paid_on = Paid on
import-field-date = Date
import-field-time = Start time
import-field-end_time = End time
import-field-type = Event type
import-field-place = Place
import-field-participants = Participants
import-field-organiser = Organiser
import-field-description = Description
import-field-cost = Cost
import-field-budget_code = Budget line code
import-field-women = Women
import-field-men = Men
import-field-participants_municipality = Participants from the municipality
import-field-participants_communities = Participants from communities
import-field-participants_ngos = Participants from NGOs
import-field-participants_businesses = Participants from businesses
import-field-participants_youth = Young participants
import-field-participants_seniors = Senior participants
import-field-participants_other = Other participants

## Import: the page and its steps

nav-import = Import
import-title = Import
error-invalid-file = This file cannot be read.
import-choose-title = What to import
import-intro = Bring records in from a CSV file or a workbook (Excel, OpenDocument). You see what every row would do before anything is written, and a backup is made first.
import-kind-label = The file holds
import-kind-plan = Financial plan
import-kind-calls = Calls for proposals
import-kind-projects = Projects
import-kind-payments = Payment claims
import-kind-events = Events
import-kind-plan-text = The priorities and measures of the active strategy, one measure a row: codes, titles, kind and allocation; a column for each year spreads the allocation over the years.
import-kind-calls-text = One row for each measure of a call: the call's number, title, first and last day, the measure's code and the amount available for it.
import-kind-projects-text = One application a row: its number, title, applicant, call and measure, eligible cost, aid requested and awarded, and status.
import-kind-payments-text = One payment claim a row: the project's number, the claim's number, the amount claimed, and the amount paid with the day it was paid.
import-kind-events-text = One event a row: its date and times, type, title and place, its participants in all, by group and by gender, and its cost with the budget line.
import-needs-strategy = A financial plan, calls and projects go into the active strategy. Create or choose a strategy first.
import-choose-file = Choose a file…
import-path-label = …or type the file's path
import-open-path = Open
import-setup-title = { $kind }: how the file reads
import-row-count =
    { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }
import-other-file = Choose another file
import-remembered = The columns are set as for your last file like this one.
import-encoding = Encoding
import-encoding-utf8 = UTF-8
import-encoding-utf16 = UTF-16
import-encoding-windows1257 = Windows-1257 (Baltic)
import-encoding-windows1252 = Windows-1252 (Western)
import-delimiter = Columns separated by
import-delimiter-semicolon = Semicolon
import-delimiter-comma = Comma
import-delimiter-tab = Tab
import-number-format = Amounts written as
import-date-format = Dates written as
import-mapping-title = Which field each column fills
import-mapping-hint = LAG Desk suggests a field from each column's header. Leave out the columns you do not need.
import-col-column = Column of the file
import-col-sample = First values
import-col-field = Fills the field
import-column-untitled = Column { $n }
import-map-label = Field the column “{ $column }” fills
import-leave-out = — leave out —
import-required-legend = * A field every file must give.
import-missing = No column gives these required fields yet: { $fields }.
import-twice = A field comes from one column only; chosen for more than one: { $fields }.
import-preview = Check the rows
import-checking = Checking the rows…
import-importing = Importing…
import-progress-rows =
    { $done } of { $total ->
        [one] { $total } row
       *[other] { $total } rows
    }
import-preview-title = What importing would do
import-count-new = { $count } new
import-count-update =
    { $count ->
        [one] { $count } update
       *[other] { $count } updates
    }
import-count-duplicate = { $count } unchanged
import-count-invalid =
    { $count ->
        [one] { $count } row with problems
       *[other] { $count } rows with problems
    }
import-problems-title =
    { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
import-no-problems = No problems found: every row can be imported.
import-back = Back to the columns
import-confirm =
    { $count ->
        [one] Import { $count } row
       *[other] Import { $count } rows
    }
import-blocked-invalid = Rows with problems cannot be imported. Correct them in the file and open it again, or go back and change the columns.
import-blocked-problems = Resolve the problems listed above first.
import-blocked-nothing = Every row is already in LAG Desk just as in the file: there is nothing to import.
import-rows-title = Rows
import-col-row = Row
import-col-outcome = Outcome
import-outcome-new = New
import-outcome-update = Update
import-outcome-duplicate = Unchanged
import-outcome-invalid = Has problems
import-rows-more =
    { $count ->
        [one] …and { $count } more row.
       *[other] …and { $count } more rows.
    }
import-done = Imported: { $summary }.
import-done-new = { $count } new
import-done-update = { $count } updated
import-done-duplicate = { $count } unchanged
import-again = Import another file

## Import: where a problem is, and what it is (problem-<code>; import-problem-<code> where the form's words would drop what the file said)

import-place-cell = Row { $row }, column “{ $column }”
import-place-row = Row { $row }
import-place-column = Column “{ $column }”
import-place-file = The file
import-problem-not-a-date = “{ $value }” is not a date: write it as { $example }.
import-problem-unknown-measure = There is no measure “{ $value }” in this strategy.
import-problem-unknown-call = There is no call “{ $value }” in this strategy.
problem-not-a-time = “{ $value }” is not a time: write it as 14:30.
problem-unknown-value = “{ $value }” is not one of the allowed values.
problem-used-in-row = “{ $value }” is already used in row { $first }.
problem-call-differs = The call { $call } has another title or other days in row { $first }.
problem-priority-differs = The priority { $priority } has another title in row { $first }.
problem-paid-needs-date = An amount paid needs the day it was paid, and that day needs the amount.
problem-more-than-participants = More than the { $participants } participants of the event.
problem-end-before-start-time = The end is before the start.
problem-column-missing = No column of the file gives this field.
problem-mapped-twice = The column “{ $other }” gives this field too.
problem-unknown-field = This import has no such field.
problem-no-such-column = The file has no such column.
problem-strategy-required = Choose the strategy to import into.
problem-unknown-project = There is no project “{ $value }”.
problem-ambiguous-project = Projects of more than one strategy have the number “{ $value }”.
problem-file-empty = The file is empty: it needs a header row.
problem-not-a-spreadsheet = It is neither a CSV file nor a workbook.
problem-unreadable-row = This row cannot be read: a quotation mark may be left open.
problem-wrong-encoding = The text is not in the chosen encoding: try Windows-1257, or save the file as CSV UTF-8.
problem-unreadable-workbook = The workbook cannot be read: it may be damaged or protected by a password.
problem-no-sheet = The workbook has no worksheet.
problem-no-rows = The file has no rows under its header row.
problem-cell-too-long = The cell is longer than { $max } characters: was something pasted into it by mistake?
problem-beyond-header = There is text in column { $column }, which has no header: give the column a header or clear it.
