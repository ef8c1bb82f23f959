# LAG Desk projects, applicants and payment claims: English.
# Every message here exists in lt/projects.ftl and lv/projects.ftl with the same id and variables.

nav-projects = Projects

## List

projects-title = Projects
projects-empty-title = No projects yet
projects-empty-text = Register the first application: press “New project”.
projects-empty-no-measures = Projects apply for the money of a measure: add the strategy's measures on the Strategy page first.
project-new = New project
projects-search = Search
projects-search-placeholder = Number, title or applicant
field-year = Year submitted
filter-all = All
filter-clear = Clear filters
projects-shown =
    Showing { $count } of { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }
projects-none-match = No project matches the search and filters.
projects-total =
    Total ({ $count ->
        [one] { $count } project
       *[other] { $count } projects
    })
project-col-number = No.
project-col-title = Title
project-col-submitted-on = Submitted
project-col-eligible = Eligible
project-col-requested = Requested
project-col-awarded = Awarded
project-col-paid = Paid
project-col-intensity = Intensity

project-status-submitted = Submitted
project-status-admissible = Admissible
project-status-inadmissible = Inadmissible
project-status-evaluated = Evaluated
project-status-selected = Selected
project-status-reserve = Reserve list
project-status-rejected = Rejected
project-status-approved = Approved
project-status-contracted = Contracted
project-status-implementing = Implementing
project-status-completed = Completed
project-status-withdrawn = Withdrawn
project-status-terminated = Terminated

## Form

project-form-new = New project
project-form-edit = Edit project
field-project-number = Registration number
field-applicant = Applicant
field-call = Call for proposals
field-measure = Measure
field-submitted-on = Submitted on
field-eligible = Eligible costs (EUR)
field-requested = Requested aid (EUR)
field-awarded = Awarded aid (EUR)
field-jobs = Jobs created
field-implementation-end = End of implementation
project-no-call = — not in a call —
project-awarded-hint = Optional until the project is approved.
project-awarded-required = Required: the project is approved.
project-own-contribution = Own contribution
project-intensity = Aid intensity
project-warnings = The amounts marked in amber are above the limits of the call or measure. Correct them, or press “Save anyway” if an exception was allowed.
project-save-anyway = Save anyway

## Applicants

applicant-search-placeholder = Type part of the name or code
applicant-matches = Matching applicants
applicant-none-found = No applicant matches: register a new one.
applicant-new = New applicant
applicant-form-new = New applicant
applicant-form-edit = Edit applicant
applicant-edit-hint = Correct the applicant's details
field-applicant-name = Name
field-applicant-kind = Type
field-applicant-code = Code
applicant-code-hint = Company or registration code; empty for a person.
field-municipality = Municipality
field-eldership = Eldership
applicant-kind-ngo = NGO
applicant-kind-community = Community organisation
applicant-kind-municipality = Municipality
applicant-kind-business = Business
applicant-kind-farmer = Farmer
applicant-kind-person = Private person

## Detail

project-overline = Local project
project-back = All projects
project-edit = Edit project
project-delete = Delete project
project-delete-title = Delete the project?
project-delete-text = The project { $code } “{ $title }” will be deleted with its status history. This cannot be undone.
project-delete-confirm = Delete the project
project-figures-title = Figures
project-funds-title = Awarded aid by funding source
project-funds-empty = No aid awarded yet.
project-status-title = Status
project-status-since = since { $date }
project-status-next = Next status
project-status-date = Date of the decision
project-status-note = Note (optional)
project-status-save = Change status
project-status-final = This status is final: the project takes no further step.
project-history-title = Status history
col-date = Date
col-note = Note
project-history-decided = Decided at: { $meeting }

## Payment claims

claims-title = Payment claims
claim-add = Add payment claim
claims-empty = No payment claim yet.
claims-empty-not-awarded = No payment claim yet. Claims can be paid once aid is awarded.
claim-form-new = New payment claim
claim-form-edit = Edit payment claim
field-claim-number = Claim number
field-claimed = Amount claimed (EUR)
field-paid = Amount paid (EUR)
field-paid-on = Paid on
claim-paid-hint = Once the paying agency has paid.
claim-awaited = awaited
col-submitted = Submitted
col-claimed = Claimed
col-paid-on = Paid on
claim-delete-title = Delete the payment claim?
claim-delete-text = The payment claim { $code } will be deleted. This cannot be undone.

## Problems with one field (problem-<code>)

problem-not-a-date = Enter a date.
problem-aid-above-eligible = Must not be more than the eligible costs of { $eligible }.
problem-awarded-above-requested = Must not be more than the requested aid of { $requested }.
problem-intensity-above-max = Gives an aid intensity of { $intensity }, above the maximum of { $max }.
problem-grant-above-max = Above the maximum grant of { $max }.
problem-unknown-measure = Choose a measure of this strategy.
problem-measure-not-in-call = The chosen call does not offer this measure.
problem-unknown-applicant = Choose an applicant from the list or register a new one.
problem-below-paid = Must not be less than the { $paid } already paid.
problem-status-not-allowed = A project cannot move from “{ $from }” to “{ $to }”.
problem-before-last-change = Must not be before the last status change ({ $last }).
problem-award-required = Enter the awarded aid (Edit project) before the project is approved.
problem-not-awarded = Nothing can be paid before aid is awarded.
problem-paid-above-awarded = Payments would reach { $total }, more than the awarded aid of { $awarded }.
problem-search-failed = The applicants could not be searched.
