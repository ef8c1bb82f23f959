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

report-budget-title = Budget execution
report-budget-by-measure = By measure
report-budget-by-year = By calendar year
report-budget-by-fund = By funding source
report-budget-no-year = Not tied to a year
report-col-year = Year
report-col-fund = Funding source
report-col-share = Share

report-events-title = Events and participants
report-events-women = Women
report-events-men = Men
report-events-by-kind = By kind of event
report-events-by-group = Participants by group
report-events-groups-overlap = Groups overlap (a young farmer is both young and a business), so they need not add up to the participants.
report-events-list = The events
report-col-group = Group
report-col-date = Date
report-col-event = Event
report-col-place = Place

report-minutes-title = { $kind } meeting No. { $number }: minutes
report-minutes-held = Held
report-minutes-present = { $count ->
    [one] { $count } member present
   *[other] { $count } members present
}
report-minutes-no-decision = No decision was recorded on this item.
report-minutes-result = Result
report-minutes-passed = Passed
report-minutes-rejected = Not passed
report-minutes-votes = For / against / abstained
report-minutes-quorum = Quorum
report-minutes-quorum-value = { $eligible } of { $body } could vote; { $needed } needed
report-minutes-recused = Declared a conflict of interest: { $reason }
report-minutes-override = A rule was set aside; the reason recorded: { $reason }
report-minutes-moved = Statuses set by the decision: { $projects }
report-col-member = Member
report-col-sector = Sector
report-col-vote = Vote

report-call-title = Call { $number }: applications and selection
report-call-by-measure = Requested against available by measure
report-call-criteria = Criteria (maximum points): { $criteria }
report-call-selected = Selected
report-call-reserve = Reserve list

report-project-title = Project sheet
report-col-field = Field
report-col-value = Value
report-project-submitted = Submitted on
report-project-jobs = Jobs created
report-project-decided = Decided at or note
report-project-meeting = { $kind } meeting No. { $number }
report-project-history = Status history
report-project-claims = Payment claims
report-project-no-claims = No payment claims yet.
report-project-claim = Claim
report-project-claim-submitted = Submitted
report-project-claimed = Claimed
report-project-paid-on = Paid on
report-project-funds = Awarded aid by funding source
report-project-own = Own contribution
report-project-intensity = Aid intensity
report-project-indicators = Contribution to indicators
report-project-adds = This project
report-project-achieved-all = All projects
report-project-indicators-note = Counted as for the strategy's indicators: a project adds to them once it is contracted (a completed project also to completed projects), and adds its jobs created.
report-filtered = as filtered on the projects screen
report-budget-by-measure-year = By measure and year
