# Drukājamie pārskati (PDF): lapas rāmis, parametri un katra pārskata teksti.
report-footer = { $title } · izdrukāts { $date }
report-page = { $page }. lpp. no { $pages }
report-param-strategy = Stratēģija
report-param-period = Periods
report-param-language = Valoda
report-param-filter = Projekti
report-all-projects = visi
report-language-name = latviešu

report-register-title = Projektu reģistrs
report-register-count = { $count ->
    [zero] { $count } projektu
    [one] { $count } projekts
   *[other] { $count } projekti
}
report-col-number = Nr.
report-col-applicant = Projekta iesniedzējs
report-col-title = Projekts
report-col-measure = Rīcība
report-col-call = Kārta
report-col-status = Statuss
report-col-eligible = Attiecināmās izmaksas
report-col-requested = Pieprasīts
report-col-awarded = Piešķirts
report-col-paid = Izmaksāts
report-total = Kopā

report-summary-title = Stratēģijas īstenošanas kopsavilkums
report-summary-key-figures = Galvenie rādītāji
report-summary-plan = Finanšu plāns pa prioritātēm un rīcībām
report-summary-chart = Plānots, saistības un izmaksāts pa prioritātēm
report-summary-running = Darbības un aktivizēšanas izmaksas
report-summary-running-note = Darbības un aktivizēšanas rindas kopā ir { $share } no stratēģijas; ierobežojums ir { $cap }.
report-summary-calls = Pieņemšanas kārtas: pieprasītais pret pieejamo
report-summary-statuses = Projekti pa statusiem
report-summary-indicators = Rādītāji pret mērķiem
report-summary-events = Pasākumi un dalībnieki
report-summary-events-none = Šajā periodā pasākumu nebija.
report-key-plan-total = Plāna summa
report-key-committed = Saistības
report-key-paid = Izmaksāts
report-key-available = Atlikums
report-key-committed-share = Saistības no plāna
report-key-paid-share = Izmaksāts no plāna
report-col-code = Kods
report-col-line = Prioritāte vai rīcība
report-col-allocated = Plānots
report-col-committed = Saistības
report-col-available = Atlikums
report-col-committed-pct = Saistības, %
report-col-paid-pct = Izmaksāts, %
report-col-applications = Projektu iesniegumi
report-col-difference = Starpība
report-col-projects = Projekti
report-col-amount = Piešķirtais vai pieprasītais atbalsts
report-col-indicator = Rādītājs
report-col-unit = Mērvienība
report-col-target = Mērķa vērtība
report-col-achieved = Sasniegtā vērtība
report-col-performance = Izpilde
report-col-kind = Pasākuma veids
report-col-events = Pasākumi
report-col-participants = Dalībnieki
report-col-cost = Izmaksas

report-budget-title = Budžeta izpilde
report-budget-by-measure = Pa rīcībām
report-budget-by-year = Pa kalendāra gadiem
report-budget-by-fund = Pa finansējuma avotiem
report-budget-no-year = Nav piesaistīts gadam
report-col-year = Gads
report-col-fund = Finansējuma avots
report-col-share = Daļa

report-events-title = Pasākumi un dalībnieki
report-events-women = Sievietes
report-events-men = Vīrieši
report-events-by-kind = Pa pasākumu veidiem
report-events-by-group = Dalībnieki pa grupām
report-events-groups-overlap = Grupas pārklājas (jauns lauksaimnieks ir gan jaunietis, gan uzņēmējs), tāpēc to summai nav jāsakrīt ar dalībnieku skaitu.
report-events-list = Pasākumi
report-col-group = Grupa
report-col-date = Datums
report-col-event = Pasākums
report-col-place = Vieta

report-minutes-title = { $kind }: sēdes Nr. { $number } protokols
report-minutes-held = Notika
report-minutes-present = { $count ->
    [zero] Piedalījās { $count } biedru
    [one] Piedalījās { $count } biedrs
   *[other] Piedalījās { $count } biedri
}
report-minutes-no-decision = Par šo jautājumu lēmums nav reģistrēts.
report-minutes-result = Rezultāts
report-minutes-passed = Pieņemts
report-minutes-rejected = Nav pieņemts
report-minutes-votes = Par / pret / atturas
report-minutes-quorum = Kvorums
report-minutes-quorum-value = balsot varēja { $eligible } no { $body }; vajadzēja { $needed }
report-minutes-recused = Atturējās interešu konflikta dēļ: { $reason }
report-minutes-override = Noteikums netika ievērots; norādītais iemesls: { $reason }
report-minutes-moved = Ar lēmumu noteiktie statusi: { $projects }
report-col-member = Biedrs
report-col-sector = Sektors
report-col-vote = Balss

report-call-title = Kārta { $number }: projektu iesniegumi un atlase
report-call-by-measure = Pieprasītais pret pieejamo pa rīcībām
report-call-criteria = Kritēriji (maksimālais punktu skaits): { $criteria }
report-call-selected = Atlasīts
report-call-reserve = Rezerves saraksts

report-project-title = Projekta kartīte
report-col-field = Lauks
report-col-value = Vērtība
report-project-submitted = Iesniegts
report-project-jobs = Radītās darba vietas
report-project-decided = Lēmums vai piezīme
report-project-meeting = { $kind }: sēde Nr. { $number }
report-project-history = Statusu vēsture
report-project-claims = Maksājuma pieprasījumi
report-project-no-claims = Maksājuma pieprasījumu vēl nav.
report-project-claim = Pieprasījums
report-project-claim-submitted = Iesniegts
report-project-claimed = Pieprasīts
report-project-paid-on = Izmaksāts (datums)
report-project-funds = Piešķirtais atbalsts pa finansējuma avotiem
report-project-own = Līdzfinansējums
report-project-intensity = Atbalsta intensitāte
report-project-indicators = Ieguldījums rādītājos
report-project-adds = Šis projekts
report-project-achieved-all = Visi projekti
report-project-indicators-note = Skaitīts tāpat kā stratēģijas rādītājiem: projekts tos papildina no līguma noslēgšanas (pabeigts projekts arī pabeigto projektu skaitu), pieskaitot arī tā radītās darba vietas.
report-filtered = kā atlasīts projektu sarakstā
report-budget-by-measure-year = Pa rīcībām un gadiem
