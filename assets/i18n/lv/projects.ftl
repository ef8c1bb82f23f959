# LAG Desk projekti, projektu iesniedzēji un maksājuma pieprasījumi: latviešu valoda.
# Katrs ziņojums ir arī en/projects.ftl un lt/projects.ftl ar to pašu id un mainīgajiem.

nav-projects = Projekti

## Saraksts

projects-title = Projekti
projects-empty-title = Projektu vēl nav
projects-empty-text = Reģistrējiet pirmo projekta iesniegumu: spiediet „Jauns projekts”.
projects-empty-no-measures = Projektiem piešķir rīcības finansējumu: vispirms lapā „Stratēģija” pievienojiet stratēģijas rīcības.
project-new = Jauns projekts
projects-search = Meklēt
projects-search-placeholder = Numurs, nosaukums vai iesniedzējs
field-year = Iesniegšanas gads
filter-all = Visi
filter-clear = Notīrīt filtrus
projects-shown =
    Parādīti { $count } no { $n ->
        [zero] { $n } projektiem
        [one] { $n } projekta
       *[other] { $n } projektiem
    }
projects-none-match = Meklēšanai un filtriem neatbilst neviens projekts.
projects-total =
    Kopā ({ $count ->
        [zero] { $count } projektu
        [one] { $count } projekts
       *[other] { $count } projekti
    })
project-col-number = Nr.
project-col-title = Nosaukums
project-col-submitted-on = Iesniegts
project-col-eligible = Attiecināmās
project-col-requested = Pieprasīts
project-col-awarded = Piešķirts
project-col-paid = Izmaksāts
project-col-intensity = Intensitāte

project-status-submitted = Iesniegts
project-status-admissible = Pieņemts vērtēšanai
project-status-inadmissible = Neatbilst prasībām
project-status-evaluated = Novērtēts
project-status-selected = Atlasīts
project-status-reserve = Rezerves sarakstā
project-status-rejected = Noraidīts
project-status-approved = Apstiprināts
project-status-contracted = Noslēgts līgums
project-status-implementing = Tiek īstenots
project-status-completed = Īstenots
project-status-withdrawn = Atsaukts
project-status-terminated = Pārtraukts

## Veidlapa

project-form-new = Jauns projekts
project-form-edit = Projekta labošana
field-project-number = Reģistrācijas numurs
field-applicant = Projekta iesniedzējs
field-call = Projektu iesniegumu pieņemšanas kārta
field-measure = Rīcība
field-submitted-on = Iesniegšanas datums
field-eligible = Attiecināmās izmaksas (EUR)
field-requested = Pieprasītais atbalsts (EUR)
field-awarded = Piešķirtais atbalsts (EUR)
field-jobs = Radītās darbavietas
field-implementation-end = Īstenošanas beigas
project-no-call = — ārpus kārtas —
project-awarded-hint = Nav obligāts, kamēr projekts nav apstiprināts.
project-awarded-required = Obligāts: projekts ir apstiprināts.
project-own-contribution = Līdzfinansējums
project-intensity = Atbalsta intensitāte
project-warnings = Dzeltenā krāsā iezīmētās summas pārsniedz kārtas vai rīcības ierobežojumus. Izlabojiet tās vai, ja ir atļauts izņēmums, spiediet „Tomēr saglabāt”.
project-save-anyway = Tomēr saglabāt

## Projektu iesniedzēji

applicant-search-placeholder = Ierakstiet nosaukuma vai koda daļu
applicant-matches = Atrastie iesniedzēji
applicant-none-found = Šāda iesniedzēja nav: reģistrējiet jaunu.
applicant-new = Jauns iesniedzējs
applicant-form-new = Jauns projekta iesniedzējs
applicant-form-edit = Labot projekta iesniedzēju
applicant-edit-hint = Labot projekta iesniedzēja datus
field-applicant-name = Nosaukums vai vārds un uzvārds
field-applicant-kind = Veids
field-applicant-code = Kods
applicant-code-hint = Reģistrācijas numurs; fiziskai personai – tukšs.
field-municipality = Novads
field-eldership = Pagasts
applicant-kind-ngo = Biedrība vai nodibinājums
applicant-kind-community = Kopienas organizācija
applicant-kind-municipality = Pašvaldība
applicant-kind-business = Komersants
applicant-kind-farmer = Lauksaimnieks
applicant-kind-person = Fiziska persona

## Projekta dati

project-overline = Projekts
project-back = Visi projekti
project-edit = Labot projektu
project-delete = Dzēst projektu
project-delete-title = Dzēst projektu?
project-delete-text = Projekts { $code } „{ $title }” tiks dzēsts kopā ar statusa vēsturi. Šo darbību nevar atsaukt.
project-delete-confirm = Dzēst projektu
project-figures-title = Dati
project-funds-title = Piešķirtais atbalsts pa finansējuma avotiem
project-funds-empty = Atbalsts vēl nav piešķirts.
project-status-title = Statuss
project-status-since = kopš { $date }
project-status-next = Jaunais statuss
project-status-date = Lēmuma datums
project-status-note = Piezīme (nav obligāta)
project-status-save = Mainīt statusu
project-status-final = Šis ir galīgais statuss: projekta statusu vairs nemaina.
project-history-title = Statusa vēsture
col-date = Datums
col-note = Piezīme
project-history-decided = Lēmums pieņemts: { $meeting }

## Maksājuma pieprasījumi

claims-title = Maksājuma pieprasījumi
claim-add = Pievienot maksājuma pieprasījumu
claims-empty = Maksājuma pieprasījumu vēl nav.
claims-empty-not-awarded = Maksājuma pieprasījumu vēl nav. Izmaksāt var tikai pēc atbalsta piešķiršanas.
claim-form-new = Jauns maksājuma pieprasījums
claim-form-edit = Maksājuma pieprasījuma labošana
field-claim-number = Pieprasījuma numurs
field-claimed = Pieprasītā summa (EUR)
field-paid = Izmaksātā summa (EUR)
field-paid-on = Izmaksas datums
claim-paid-hint = Kad LAD ir izmaksājis.
claim-awaited = gaida
col-submitted = Iesniegts
col-claimed = Pieprasīts
col-paid-on = Izmaksas datums
claim-delete-title = Dzēst maksājuma pieprasījumu?
claim-delete-text = Maksājuma pieprasījums { $code } tiks dzēsts. Šo darbību nevar atsaukt.

## Viena lauka kļūdas (problem-<kods>)

problem-not-a-date = Ievadiet datumu.
problem-aid-above-eligible = Nedrīkst pārsniegt attiecināmās izmaksas ({ $eligible }).
problem-awarded-above-requested = Nedrīkst pārsniegt pieprasīto atbalstu ({ $requested }).
problem-intensity-above-max = Atbalsta intensitāte būtu { $intensity }, bet maksimālā pieļaujamā ir { $max }.
problem-grant-above-max = Pārsniedz maksimālo atbalsta apmēru ({ $max }).
problem-unknown-measure = Izvēlieties šīs stratēģijas rīcību.
problem-measure-not-in-call = Izvēlētajā kārtā šī rīcība netiek piedāvāta.
problem-unknown-applicant = Izvēlieties projekta iesniedzēju no saraksta vai reģistrējiet jaunu.
problem-below-paid = Nedrīkst būt mazāks par jau izmaksāto summu ({ $paid }).
problem-status-not-allowed = Projekta statusu nevar mainīt no „{ $from }” uz „{ $to }”.
problem-before-last-change = Nedrīkst būt agrāks par pēdējās statusa maiņas datumu ({ $last }).
problem-award-required = Pirms projekta apstiprināšanas ievadiet piešķirto atbalstu (Labot projektu).
problem-not-awarded = Kamēr atbalsts nav piešķirts, neko izmaksāt nevar.
problem-paid-above-awarded = Izmaksas sasniegtu { $total }, bet piešķirtais atbalsts ir { $awarded }.
problem-search-failed = Projektu iesniedzējus neizdevās atrast.
