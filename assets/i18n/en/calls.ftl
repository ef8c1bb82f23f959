# LAG Desk calls for proposals: English.
# Every message here exists in lt/calls.ftl and lv/calls.ftl with the same id and variables.

nav-calls = Calls

## List and detail

calls-title = Calls for proposals
calls-empty-title = No calls yet
calls-empty-text = Announce the first call for proposals: press “New call”.
calls-empty-no-measures = Calls offer the money of measures: add the strategy's measures on the Strategy page first.
call-new = New call
call-overline = Call for proposals
call-back = All calls
call-edit = Edit call
call-delete = Delete call
call-period = { $start } – { $end }
call-over-subscribed = over-subscribed
call-summary-title = Applications by measure
col-number = No.
col-applications = Applications
col-requested = Requested
col-available = Available
col-difference = Difference
col-opens = Opens
col-closes = Closes
field-call-year = Year opened
calls-shown =
    Showing { $count } of { $n ->
        [one] { $n } call
       *[other] { $n } calls
    }
calls-none-match = No call matches the filters.

call-status-planned = Planned
call-status-open = Open
call-status-closed = Closed
call-status-evaluated = Evaluated
call-status-cancelled = Cancelled

## Form

call-form-new = New call for proposals
call-form-edit = Edit call for proposals
field-call-number = Call number
field-opens-at = Opens
field-closes-at = Closes
call-measures-title = Measures of the call
call-measure = Measure
call-available = Available (EUR)
call-max-grant = Maximum grant (EUR)
call-max-intensity = Max. intensity (%)
call-measure-of = Measure { $n } of the call
call-available-of = Amount available for measure { $n } (EUR)
call-max-grant-of = Maximum grant for measure { $n } (EUR)
call-max-intensity-of = Maximum intensity for measure { $n } (%)
call-measure-remove-of = Remove measure { $n } from the call
call-measure-add = Add measure
call-limits-hint = Leave the limits empty to apply the measure's own.

## Deleting

call-delete-title = Delete the call?
call-delete-text = The call { $code } “{ $title }” will be deleted. This cannot be undone.
call-delete-confirm = Delete the call
call-delete-referenced =
    The call cannot be deleted: { $count ->
        [one] { $count } application is
       *[other] { $count } applications are
    } registered under it.

## Problems with one field (problem-<code>)

problem-not-a-date-time = Enter a date and a time.
problem-closes-before-opens = The call must not close before it opens.
problem-measures-required = Add at least one measure to the call.
problem-measure-twice = This measure is in the call twice.
problem-measure-has-applications =
    A measure you removed still has { $count ->
        [one] { $count } application
       *[other] { $count } applications
    } in this call: keep it in the call.
problem-duplicate-number = The number { $code } is already used.
