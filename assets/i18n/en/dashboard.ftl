# LAG Desk dashboard and the money view: English.
# Every message here exists in lt/dashboard.ftl and lv/dashboard.ftl with the same id and variables.

nav-dashboard = Dashboard

## Money of the strategy (dashboard, chart legend and the financial plan's money view)

money-allocated = Allocated
money-committed = Committed
money-paid = Paid
money-available = Available
col-committed-share = Committed %
col-status = Status
col-projects = Projects
col-aid = Aid
total = Total

## Dashboard

dash-title = Dashboard
dash-allocated-hint = Planned for all measures of the strategy.
dash-share-of-allocated = { $share } of the allocation
dash-available-hint = Allocated but not yet committed to projects.
dash-chart-title = Money by measure
dash-chart-empty = No measures yet: add them on the Strategy page.
dash-status-title = Projects by status
dash-status-empty = No projects yet: register the first application on the Projects page.
dash-status-aid-note = Aid: the awarded aid, or the requested aid while nothing is awarded.
dash-calls-closing-title = Calls closing
dash-calls-closing-empty = No open or planned call closes from today on.
dash-closes = closes { $date }
dash-projects-ending-title = Implementation ending
dash-projects-ending-empty = No contracted project ends within the next 90 days.
dash-ends = ends { $date }
dash-ended = ended { $date }
dash-claims-awaited-title = Payment claims awaited
dash-claims-awaited-empty = Every payment claim submitted has been paid.
dash-claim = payment claim { $code }
dash-claim-submitted = submitted { $date }
dash-recent-title = Recent changes
dash-recent-empty = No status changes yet.
