# LAG Desk user interface: English.
# Every message here exists in lt/ui.ftl and lv/ui.ftl with the same id and variables.

## Shell

nav-label = Main navigation
nav-strategy = Strategy
nav-settings = Settings
app-version = Version { $version }
loading = Loading…
startup-failed = LAG Desk could not open its database.

## Common actions and form texts

action-save = Save
action-cancel = Cancel
action-edit = Edit
action-delete = Delete
action-remove = Remove
action-move-up = Move up
action-move-down = Move down
action-edit-of = Edit { $code }
action-delete-of = Delete { $code }
action-move-up-of = Move { $code } up
action-move-down-of = Move { $code } down
saving = Saving…
option-none = — none —
field-optional = Optional.
form-has-problems = Please correct the marked fields.
form-shortcuts = Enter or Ctrl+S saves, Esc cancels.
money-hint = In euros, e.g. 1 234 567,89 or 1,234,567.89.

## Languages (each in its own language)

language-label = Language
language-lt = Lietuvių
language-lv = Latviešu
language-en = English

## Welcome

welcome-title = Welcome to LAG Desk
welcome-intro = LAG Desk keeps your Local Action Group's development strategy on this computer: its priorities, measures and budget, checked against the awarded envelope and the cap on running costs. It works offline and needs no account.
welcome-create-title = Create a strategy
welcome-create-text = Start with an empty local development strategy and enter its priorities, measures and money.
welcome-demo-title = Load the demo LAG
welcome-demo-text = Explore a sample LAG with a 2023–2029 strategy. You can delete it at any time.
welcome-demo-loading = Loading the demo LAG…

## Strategy

strategy-page-title = Local development strategy
strategy-overline = Local development strategy
strategy-select-label = Strategy shown
strategy-new = New strategy
strategy-edit = Edit strategy
strategy-delete = Delete strategy
strategy-period = { $start }–{ $end }
strategy-updated = Last changed { $date }
strategy-counts =
    { $priorities ->
        [one] { $priorities } priority
       *[other] { $priorities } priorities
    }, { $measures ->
        [one] { $measures } measure
       *[other] { $measures } measures
    }
strategy-option =
    { $code } – { $title } ({ $priorities ->
        [one] { $priorities } priority
       *[other] { $priorities } priorities
    }, { $measures ->
        [one] { $measures } measure
       *[other] { $measures } measures
    })
strategy-empty-title = No strategy yet
strategy-empty-text = Create the local development strategy to plan its priorities, measures and budget.
strategy-empty-action = Create a strategy
strategy-form-new = New strategy
strategy-form-edit = Edit strategy
strategy-code-hint = A short reference, e.g. VPS-2023.
strategy-delete-title = Delete the strategy?
strategy-delete-text =
    The strategy { $code } “{ $title }” will be deleted together with { $priorities ->
        [one] { $priorities } priority
       *[other] { $priorities } priorities
    } and { $measures ->
        [one] { $measures } measure
       *[other] { $measures } measures
    }. This cannot be undone.
strategy-delete-confirm = Delete the strategy

field-code = Code
field-title = Title
field-start-year = Start year
field-end-year = End year
field-status = Status
field-envelope = Awarded envelope (EUR)
field-running-cap = Cap on running and animation costs (%)
field-priority = Priority
field-kind = Kind
field-allocation = Allocation (EUR)
field-planned-projects = Planned number of projects
field-max-intensity = Maximum aid intensity (%)
field-max-grant = Maximum grant (EUR)

status-draft = Draft
status-approved = Approved
status-implementing = Implementing
status-closed = Closed

funding-title = Funding sources
funding-code = Code
funding-name = Name
funding-share = Share (%)
funding-code-of = Code of funding source { $n }
funding-name-of = Name of funding source { $n }
funding-share-of = Share of funding source { $n } (%)
funding-remove-of = Remove funding source { $n }
funding-add = Add funding source
funding-total = Shares add up to { $total }
funding-default-eafrd = EAFRD
funding-default-national = National budget

## Priorities and measures

editor-title = Priorities and measures
editor-reorder-hint = To reorder, use the arrows or press Alt+↑ / Alt+↓ on a row.
priority-add = Add priority
priority-add-first = Add the first priority
priority-empty-title = No priorities yet
priority-empty-text = Add the first priority, then the measures that serve it.
priority-no-measures = No measures in this priority yet.
priority-form-new = New priority
priority-form-edit = Edit priority
priority-delete-title = Delete the priority?
priority-delete-text = The priority { $code } “{ $title }” will be deleted.
measure-add = Add measure
measure-form-new = New measure
measure-form-edit = Edit measure
measure-delete-title = Delete the measure?
measure-delete-text = The measure { $code } “{ $title }” will be deleted.
measure-projects =
    { $count ->
        [one] { $count } project
       *[other] { $count } projects
    }
measure-intensity = intensity up to { $share }
measure-grant = grant up to { $amount }
measures-outside = Outside priorities: running and animation
measure-yearly-title = Allocation by year
measure-yearly-hint = Optional. Leave every year blank if the allocation is not spread over years.
measure-yearly-left = Spread: { $sum } of { $allocation }; { $difference } left
measure-yearly-over = Spread: { $sum } of { $allocation }; { $difference } too much
measure-yearly-spread = Spread: { $sum }

kind-project = Local projects
kind-cooperation = Cooperation
kind-running = Running costs
kind-animation = Animation

col-code = Code
col-title = Title
col-allocation = Allocation
col-actions = Actions
col-allocated = Allocated
col-share = Share
col-amount = Amount
col-funding-source = Funding source
col-year = Year

## Financial plan

plan-title = Financial plan
plan-share-note = Priorities and their measures: share of the local-project budget. Running and animation: share of the whole strategy.
plan-level-priority = Priority
plan-no-priorities = No priorities yet: add the first priority above.
plan-local-total = Local projects
plan-running-total = Running and animation
plan-cap = cap { $cap }
plan-total = Total
plan-envelope = Awarded envelope
plan-unallocated = Not yet allocated
plan-funding-title = By funding source
plan-years-title = By year
plan-years-note = Allocated: as the measures spread their allocation over years. Committed: by the year a project was first approved. Paid: by the year of payment.
plan-year-none = Not tied to a year
plan-warning-over-envelope = The plan exceeds the awarded envelope by { $difference }.
plan-warning-running-cap = Running and animation costs are { $share } of the strategy, above the cap of { $cap }, by { $difference }.
plan-warning-over-committed = Projects hold { $difference } more of measure { $code } than the plan gives it.

## Settings

settings-title = Settings
settings-language-title = Language
settings-language-hint = The whole app switches at once; printed summaries use it too.
settings-user-title = Coordinator
settings-coordinator = Coordinator's name
settings-coordinator-hint = Written into the change log and onto printed summaries.
settings-saved = Saved
org-title = Organisation (LAG)
org-name = Name of the LAG
org-legal-code = Legal entity code
org-country = Country
org-region = Region
org-address = Address
logo-title = Logo
logo-hint = Printed beside the LAG's name at the top of every report. PNG or JPEG, up to 1 MB.
logo-alt = The LAG's logo
logo-empty = No logo
logo-choose = Choose image…
logo-remove = Remove the logo
logo-needs-organisation = Save the LAG's name above first: the logo is printed beside it.
closed-years-title = Closed years
closed-years-hint = Close a year once its figures are final. Once a year is closed, money dated in it can no longer change: payment claims submitted or paid in it, the amounts of projects first approved in it (or submitted in it and not yet approved), status changes dated in it, event costs on its days and the measures' allocations for that year. Titles, descriptions and other details can still be edited. A closed year can be reopened here.
closed-years-none = No year is closed.
closed-year-row = { $year } — closed on { $date } by { $name }
closed-year-row-anonymous = { $year } — closed on { $date }
closed-year-reopen = Reopen
closed-year-reopen-of = Reopen { $year }
closed-year-reopen-title = Reopen { $year }?
closed-year-reopen-text = Money dated in { $year } can then be changed again: payment claims, project amounts, status changes, event costs and the measures' allocations for { $year }. Close the year again once its figures are final.
closed-year-input = Year to close
closed-year-close = Close year…
closed-year-close-title = Close { $year }?
closed-year-close-text = Once { $year } is closed, money dated in it can no longer change: payment claims submitted or paid in { $year }, the amounts of projects first approved in it (or submitted in it and not yet approved), status changes dated in it, event costs on its days and the measures' allocations for { $year }. Titles, descriptions and other details can still be edited. You can reopen { $year } here at any time.
closed-year-close-confirm = Close { $year }
closed-year-closed = { $year } is closed.
closed-year-reopened = { $year } is open again.
about-title = About this copy
about-version = Version
about-database = Database file

## Problems with one field (problem-<code>)

problem-required = Required.
problem-year-out-of-range = Enter a year from { $min } to { $max }.
problem-year-closed = { $year } is closed, so money dated in it cannot change. To change it, reopen { $year } under Settings → Closed years.
problem-end-before-start = Must not be before the start year { $start }.
problem-negative = Must not be negative.
problem-percent-out-of-range = Must be between 0 % and 100 %.
problem-funding-sources-required = Add at least one funding source.
problem-duplicate-code = The code { $code } is already used.
problem-share-out-of-range = Must be more than 0 % and at most 100 %.
problem-shares-not-100 = The shares add up to { $total }, not 100 %.
problem-priority-required = Local-project and cooperation measures belong to a priority.
problem-not-positive = Must be more than zero.
problem-grant-above-allocation = Must not be more than the measure's allocation of { $allocation }.
problem-too-long = Too long: at most { $max } characters.
problem-not-an-amount = Not an amount: write e.g. 1 234,56 or 1234.56.
problem-too-many-decimals = Amounts have at most two decimals (cents).
problem-too-large = The amount is too large.
problem-not-a-percent = Not a percentage: write e.g. 85 or 12,5.
problem-not-a-whole-number = Enter a whole number, e.g. 12.
problem-year-negative = The amount for { $year } must not be negative.
problem-year-twice = The year { $year } is given twice.
problem-yearly-sum-mismatch = The years add up to { $sum }, not to the allocation of { $allocation }: a difference of { $difference }.
problem-year-outside-period = The year { $year } is outside the strategy period { $start }–{ $end }.
problem-period-leaves-out-year = Measure { $measure } has money in { $year }, which this period would leave out.
problem-logo-empty = The file is empty.
problem-logo-too-large = The image is larger than { $max }: choose a smaller file.
problem-logo-not-image = This is not a PNG or JPEG image.
problem-logo-unreadable = The image is damaged or cannot be printed: save it again as PNG or JPEG.
problem-organisation-first = Save the LAG's name first: the logo is printed beside it.

## Errors of a whole action (error-<code>)

error-invalid = Some fields need correcting.
error-duplicate-code = This code is already used.
error-not-found = This record no longer exists. It may have been deleted.
error-still-referenced =
    { $entity ->
        [measure] This measure is used by { $count ->
            [one] { $count } call, project or indicator
           *[other] { $count } calls, projects or indicators
        }: it cannot be deleted.
        [strategy] This strategy has { $count ->
            [one] { $count } call or project
           *[other] { $count } calls and projects
        }: it cannot be deleted.
        [call] { $count ->
            [one] { $count } application is
           *[other] { $count } applications are
        } registered under this call: it cannot be deleted.
        [call-measure] { $count ->
            [one] { $count } application is
           *[other] { $count } applications are
        } registered under this measure of the call: it cannot leave the call.
        [project] This project has { $count ->
            [one] { $count } payment claim
           *[other] { $count } payment claims
        }: it cannot be deleted.
        [applicant] This applicant has { $count ->
            [one] { $count } application
           *[other] { $count } applications
        }: it cannot be deleted.
        [member] This member attended { $count ->
            [one] { $count } meeting
           *[other] { $count } meetings
        }: it cannot be deleted.
        [meeting] { $count ->
            [one] { $count } decision is
           *[other] { $count } decisions are
        } recorded at this meeting: it cannot be deleted.
        [agenda-item] A decision is recorded on this agenda item: delete the decision first.
       *[other] This priority still has { $count ->
            [one] { $count } measure
           *[other] { $count } measures
        }: move or delete them first.
    }
error-database-newer = The database was written by a newer version of LAG Desk. Install the newer version to open it.
error-database-damaged = The database file is damaged, so LAG Desk cannot open it. It has not been changed.
error-not-a-lagdesk-database = This file is not a LAG Desk database.
error-internal = Something went wrong inside LAG Desk. Nothing was changed.
