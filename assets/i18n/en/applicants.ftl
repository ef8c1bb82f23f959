# LAG Desk applicants register: English.
# Every message here exists in lt/applicants.ftl and lv/applicants.ftl with the same id and variables.

nav-applicants = Applicants

applicants-title = Applicants
applicants-intro = Shared by all strategies: a correction shows in every application of the applicant.
applicants-empty-title = No applicants yet
applicants-empty-text = Applicants are registered with their applications, on the Projects page.
applicants-search = Search
applicants-search-placeholder = Name or code
applicants-shown =
    { $count ->
        [one] { $count } applicant
       *[other] { $count } applicants
    }
applicants-none-match = No applicant matches the search.
applicant-col-name = Name
applicant-delete-blocked =
    Cannot be deleted: named in { $count ->
        [one] { $count } application
       *[other] { $count } applications
    }.
applicant-delete-title = Delete the applicant?
applicant-delete-text = The applicant “{ $name }” will be deleted. This cannot be undone.
applicant-delete-confirm = Delete the applicant
