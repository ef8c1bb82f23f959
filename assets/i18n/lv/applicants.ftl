# LAG Desk projektu iesniedzēju reģistrs: latviešu valoda.
# Katrs ziņojums ir arī en/applicants.ftl un lt/applicants.ftl ar to pašu id un mainīgajiem.

nav-applicants = Iesniedzēji

applicants-title = Projektu iesniedzēji
applicants-intro = Kopīgi visām stratēģijām: labojums redzams visos iesniedzēja projektu iesniegumos.
applicants-empty-title = Projektu iesniedzēju vēl nav
applicants-empty-text = Projektu iesniedzējus reģistrē kopā ar viņu projektu iesniegumiem lapā „Projekti”.
applicants-search = Meklēt
applicants-search-placeholder = Nosaukums vai kods
applicants-shown =
    { $count ->
        [zero] { $count } projektu iesniedzēju
        [one] { $count } projekta iesniedzējs
       *[other] { $count } projektu iesniedzēji
    }
applicants-none-match = Meklēšanai neatbilst neviens projekta iesniedzējs.
applicant-col-name = Nosaukums
applicant-delete-blocked =
    Nevar dzēst: iesniedzējs norādīts { $count ->
        [zero] { $count } projektu iesniegumos
        [one] { $count } projekta iesniegumā
       *[other] { $count } projektu iesniegumos
    }.
applicant-delete-title = Dzēst projekta iesniedzēju?
applicant-delete-text = Projekta iesniedzējs „{ $name }” tiks dzēsts. Šo darbību nevar atsaukt.
applicant-delete-confirm = Dzēst iesniedzēju
