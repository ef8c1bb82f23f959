# LAG Desk list export: the Export… button of every list, its dialog and what it says afterwards: English.
# Every message here exists in lt/export.ftl and lv/export.ftl with the same id and variables.

## The dialog

export-button = Export…
export-title = Export the list
export-intro =
    { $count ->
        [one] { $count } row
       *[other] { $count } rows
    } as on screen: filtered and sorted as shown, with the columns shown.
export-xlsx = Excel (XLSX)
export-xlsx-text = Amounts and percentages as numbers to calculate with.
export-csv = CSV
export-csv-text = A text file for any spreadsheet: commas between columns, decimal points.
export-path-label = Or type where to save it (a path ending in .xlsx or .csv)
export-save-path = Save
export-path-extension = End the file name with .xlsx or .csv.
export-saving = Writing the file…
export-failed = The file could not be written there: the folder may be read-only or the disk full, or the file may be open in another program. Choose another place.
export-saved =
    Saved { $count ->
        [one] { $count } row
       *[other] { $count } rows
    } to { $path }.
export-replace-title = Replace the file?
export-replace-text = { $path } already exists. Replace it with this list?
export-replace-confirm = Replace

## Columns that the screen shows inside another column

export-col-time = Time
export-yes = Yes
export-no = No

## What an exported file is called, before the day: ASCII, so any file system takes it

export-file-log = activity-log
export-file-projects = projects
export-file-calls = calls
export-file-applicants = applicants
export-file-members = members
export-file-meetings = meetings
export-file-events = events
export-file-cooperation = cooperation-projects
export-file-indicators = indicators
export-file-plan = financial-plan
export-file-claims = payment-claims
export-file-ranking = ranking
