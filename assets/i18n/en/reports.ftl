# Printed reports (PDF): page frame, parameters and the texts of each report.
report-footer = { $title } · printed { $date }
report-page = Page { $page } of { $pages }
report-param-strategy = Strategy
report-param-period = Period
report-param-language = Language
report-param-filter = Projects
report-all-projects = all
report-language-name = English

report-register-title = Project register
report-register-count = { $count ->
    [one] { $count } project
   *[other] { $count } projects
}
report-col-number = No.
report-col-applicant = Applicant
report-col-title = Project
report-col-measure = Measure
report-col-call = Call
report-col-status = Status
report-col-eligible = Eligible costs
report-col-requested = Requested
report-col-awarded = Awarded
report-col-paid = Paid
report-total = Total

report-summary-title = Strategy implementation summary
report-summary-key-figures = Key figures
report-summary-plan = Financial plan by priority and measure
report-summary-chart = Allocated, committed and paid by priority
report-summary-running = Running and animation costs
report-summary-running-note = Running and animation lines together are { $share } of the strategy; the cap is { $cap }.
report-summary-calls = Calls for proposals: requested against available
report-summary-statuses = Projects by status
report-summary-indicators = Indicators against targets
report-summary-events = Events and participants
report-summary-events-none = No events in the period.
report-key-plan-total = Plan total
report-key-committed = Committed
report-key-paid = Paid
report-key-available = Available
report-key-committed-share = Committed of the plan
report-key-paid-share = Paid of the plan
report-col-code = Code
report-col-line = Priority or measure
report-col-allocated = Allocated
report-col-committed = Committed
report-col-available = Available
report-col-committed-pct = Committed %
report-col-paid-pct = Paid %
report-col-applications = Applications
report-col-difference = Difference
report-col-projects = Projects
report-col-amount = Awarded or requested
report-col-indicator = Indicator
report-col-unit = Unit
report-col-target = Target
report-col-achieved = Achieved
report-col-performance = Performance
report-col-kind = Kind of event
report-col-events = Events
report-col-participants = Participants
report-col-cost = Cost
