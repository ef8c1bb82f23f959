# LAG Desk cooperation projects with partners, planned results and linked events: English.
# Every message here exists in lt/cooperation.ftl and lv/cooperation.ftl with the same id and variables.

nav-cooperation = Cooperation

## The list

coop-page-title = Cooperation projects
coop-overline = Cooperation project
coop-new = New cooperation project
coop-empty-title = No cooperation projects yet
coop-empty-text = Record the projects the LAG carries out with other LAGs at home and abroad: partners, goals, budget and planned results. Events can then be linked to them.
coop-col-period = Period
coop-col-countries = Partner countries
coop-col-budget = Budget
coop-col-events = Events
coop-col-participants = Participants
coop-period = { $start } – { $end }
coop-period-open = from { $start }

## The form

coop-form-new = New cooperation project
coop-form-edit = Edit cooperation project
coop-field-code = Code
coop-field-title = Title
coop-field-starts-on = Starts on
coop-field-ends-on = Ends on
coop-field-budget = Budget (EUR)
coop-field-goals = Goals
coop-partners-title = Partners
coop-partner-org = Organisation
coop-partner-country = Country
coop-partner-role = Role
coop-partner-lead = Lead
coop-partner-org-of = Organisation of partner { $n }
coop-partner-country-of = Country of partner { $n }
coop-partner-role-of = Role of partner { $n }
coop-partner-lead-of = Partner { $n } leads the project
coop-partner-remove-of = Remove partner { $n }
coop-partner-add = Add partner
coop-partners-none = No partners yet.
coop-partners-hint = Country as a two-letter code: LT, LV, EE, PL, FI… Exactly one partner leads.
coop-results-title = Planned results
coop-result-of = Planned result { $n }
coop-result-status-of = Status of planned result { $n }
coop-result-remove-of = Remove planned result { $n }
coop-result-add = Add planned result
coop-results-none = No planned results yet.
coop-result-status-planned = Planned
coop-result-status-in-progress = In progress
coop-result-status-achieved = Achieved
coop-result-status-dropped = Dropped

## One project

coop-back = Cooperation projects
coop-edit = Edit project
coop-delete = Delete project
coop-delete-title = Delete the cooperation project?
coop-delete-text = The cooperation project { $code } “{ $title }” will be deleted with its partners and planned results. This cannot be undone.
coop-delete-confirm = Delete the project
coop-facts-title = About the project
coop-event-cost = Cost of the linked events
coop-lead-tag = lead partner
coop-events-title = Linked events
coop-events-none = No event is linked to this project yet. Link one in the event's form (Events page).
coop-events-total =
    Total: { $count ->
        [one] { $count } event
       *[other] { $count } events
    }

problem-not-a-country = Enter a two-letter country code, e.g. LT, LV or EE.
problem-one-lead = Mark exactly one partner as the lead.
