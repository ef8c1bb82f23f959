# LAG Desk reports screen: choosing a report and what it covers, its preview and saving it as PDF: English.
# Every message here exists in lt/reports-ui.ftl and lv/reports-ui.ftl with the same id and variables.
# The words printed in the reports themselves are in reports.ftl.

nav-reports = Reports

## The reports

reports-title = Reports
reports-list-label = Reports to print
reports-kind-summary = Strategy implementation summary
reports-kind-summary-text = The board pack: key figures, the financial plan, calls, projects by status, indicators and events.
reports-kind-budget = Budget execution
reports-kind-budget-text = Allocated, committed, paid and available by measure, by year and by funding source.
reports-kind-call = Call report
reports-kind-call-text = One call's applications, requested against available, with the ranking and the reserve list.
reports-kind-register = Project register
reports-kind-register-text = Every project with its applicant, measure, status and amounts, and the totals.
reports-kind-project = Project sheet
reports-kind-project-text = One project: its amounts and funding sources, status history, payment claims and what it adds to the indicators.
reports-kind-minutes = Meeting minutes
reports-kind-minutes-text = One meeting's attendance, agenda and decisions, with the votes, quorum and conflicts of interest.
reports-kind-events = Events report
reports-kind-events-text = The events of a period, with participants by kind, group and gender, and their costs.

## What the report covers

reports-none-title = Choose a report
reports-none-text = Choose a report on the left to say what it covers, preview it and save it as PDF.
reports-field-language = Language of the report
reports-field-from = From
reports-field-to = To
reports-period-optional = Optional: the events of this period get a section of their own. Leave a day empty to leave the section out.
reports-period-required = The first and last day of the period, both included.
reports-field-project = Project
reports-field-meeting = Meeting
reports-filters-hint = Optional: leave a filter at “All” to include every project.
reports-choose = — choose —
reports-preview = Preview
reports-save = Save as PDF…

## Preview and saving

reports-previewing = Preparing the preview…
reports-saving = Writing the PDF…
reports-preview-label = Preview of the report
reports-preview-stale = The parameters have changed since this preview: preview again to see the report as it will print.
reports-preview-more = { $count ->
    [one] … and { $count } more row in the PDF
   *[other] … and { $count } more rows in the PDF
}
reports-saved = Saved to { $path } ({ $size }).
reports-open = Open
reports-save-failed = The PDF could not be written there: the folder may be read-only or the disk full, or the file may be open in another program. Choose another place.
reports-replace-title = Replace the file?
reports-replace-text = { $path } already exists. Replace it with this report?
reports-replace-confirm = Replace
