# LAG Desk indicators and the mid-term review: English.
# Every message here exists in lt/indicators.ftl and lv/indicators.ftl with the same id and variables.

nav-indicators = Indicators

## Page and list

indicators-title = Indicators
indicators-list-title = Indicators and targets
indicators-empty-title = No indicators yet
indicators-empty-text = Add the strategy's indicators with their targets: press “New indicator”.
indicator-new = New indicator
indicator-strategy = strategy
indicator-col-name = Indicator
indicator-col-measure = Measure
indicator-col-baseline = Baseline
indicator-col-target = Target value
indicator-col-achieved = Achieved value
indicator-col-performance = Performance
indicator-col-value = Value

indicator-source-manual = Entered by hand
indicator-source-projects-completed = Completed projects
indicator-source-projects-contracted = Contracted projects
indicator-source-jobs-created = Jobs created

## Mid-term review

perf-title = Mid-term review
perf-financial = Financial progress
perf-committed = Committed
perf-physical = Physical progress
perf-jobs = Jobs
perf-financial-parts = { $paid } paid of { $allocation } allocated
perf-committed-parts = { $amount } committed of { $allocation } allocated
perf-physical-parts =
    { $count } of { $n ->
        [one] { $n } planned project
       *[other] { $n } planned projects
    } completed
perf-jobs-parts = { $amount } jobs created of a target of { $total }

## Form

indicator-form-new = New indicator
indicator-form-edit = Edit indicator
field-indicator-name = Name
field-indicator-unit = Unit
field-indicator-baseline = Baseline value
field-indicator-target = Target value
field-indicator-source = Achieved value comes from
indicator-whole-strategy = Whole strategy
indicator-source-hint = The achieved value is counted from the projects; values cannot be entered by hand.

indicator-delete-title = Delete the indicator?
indicator-delete-text = The indicator { $code } “{ $title }” and the values entered for it will be deleted.

## Values

indicator-values = Values
indicator-values-of = Values of { $code }
indicator-values-title = Values of { $code } – { $title }
indicator-values-close = Close
indicator-values-empty = No values entered yet.
indicator-values-derived = This indicator's achieved value is counted from the projects.
indicator-value-add = Add value
field-indicator-value = Value
field-measured-on = Measured on
field-indicator-note = Note

## Problems

problem-derived-indicator = This indicator is counted from the projects: its values cannot be entered by hand.
problem-not-a-quantity = Not a number: write e.g. 12 or 12,5.
problem-quantity-too-many-decimals = At most two decimals.
