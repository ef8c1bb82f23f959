## Imports: lauki, ko var aizpildīt faila kolonnas (import-field-<key>)

import-field-priority_code = Prioritātes kods
import-field-priority_title = Prioritātes nosaukums
import-field-measure_code = Rīcības kods
import-field-measure_title = Rīcības nosaukums
import-field-kind = Rīcības veids
import-field-allocation = Piešķīrums
import-field-allocation-year = Piešķīrums { $year }. gadā
import-field-planned_projects = Plānotie projekti
import-field-max_intensity = Maksimālā atbalsta intensitāte
import-field-max_grant = Maksimālā atbalsta summa
import-field-call_number = Kārtas numurs
import-field-title = Nosaukums
import-field-opens_on = Kārtas sākums
import-field-closes_on = Kārtas beigas
import-field-available = Kārtā pieejamais finansējums
import-field-number = Projekta numurs
import-field-applicant = Iesniedzējs
import-field-applicant_type = Iesniedzēja veids
import-field-status = Statuss
import-field-eligible_cost = Attiecināmās izmaksas
import-field-requested = Pieprasītais atbalsts
import-field-awarded = Piešķirtais atbalsts
import-field-submitted_on = Iesniegšanas datums
import-field-status_on = Statusa datums
import-field-jobs_created = Radītās darba vietas
import-field-project_number = Maksājuma pieprasījuma projekta numurs
import-field-claim_number = Maksājuma pieprasījuma numurs
import-field-claimed = Pieprasītā summa
import-field-paid = Izmaksātā summa
import-field-paid_on = Izmaksas datums
import-field-date = Datums
import-field-time = Sākuma laiks
import-field-end_time = Beigu laiks
import-field-type = Pasākuma veids
import-field-place = Norises vieta
import-field-participants = Dalībnieku skaits
import-field-organiser = Organizators
import-field-description = Apraksts
import-field-cost = Izmaksas
import-field-budget_code = Budžeta rindas kods
import-field-women = Sievietes
import-field-men = Vīrieši
import-field-participants_municipality = Dalībnieki no pašvaldības
import-field-participants_communities = Dalībnieki no kopienām
import-field-participants_ngos = Dalībnieki no NVO
import-field-participants_businesses = Dalībnieki no uzņēmumiem
import-field-participants_youth = Jaunieši
import-field-participants_seniors = Seniori
import-field-participants_other = Citi dalībnieki

## Imports: lapa un tās soļi

nav-import = Imports
import-title = Imports
error-invalid-file = Šo failu nevar nolasīt.
import-choose-title = Ko importēt
import-intro = Ielādējiet ierakstus no CSV faila vai izklājlapas (Excel, OpenDocument). Pirms kaut kas tiek ierakstīts, redzēsiet, kas notiktu ar katru rindu, un vispirms tiks izveidota rezerves kopija.
import-kind-label = Failā ir
import-kind-plan = Finanšu plāns
import-kind-calls = Projektu iesniegumu pieņemšanas kārtas
import-kind-projects = Projekti
import-kind-payments = Maksājuma pieprasījumi
import-kind-events = Pasākumi
import-kind-plan-text = Aktīvās stratēģijas prioritātes un rīcības, viena rīcība rindā: kodi, nosaukumi, veids un piešķīrums; katra gada kolonna sadala piešķīrumu pa gadiem.
import-kind-calls-text = Viena rinda katrai kārtas rīcībai: kārtas numurs, nosaukums, pirmā un pēdējā diena, rīcības kods un tai pieejamais finansējums.
import-kind-projects-text = Viens projekta iesniegums rindā: numurs, nosaukums, iesniedzējs, kārta un rīcība, attiecināmās izmaksas, pieprasītais un piešķirtais atbalsts, statuss.
import-kind-payments-text = Viens maksājuma pieprasījums rindā: projekta numurs, pieprasījuma numurs, pieprasītā summa un izmaksātā summa ar izmaksas datumu.
import-kind-events-text = Viens pasākums rindā: datums un laiks, veids, nosaukums un norises vieta, dalībnieki kopā, pa grupām un pēc dzimuma, izmaksas ar budžeta rindu.
import-needs-strategy = Finanšu plāns, kārtas un projekti tiek ielādēti aktīvajā stratēģijā. Vispirms izveidojiet vai izvēlieties stratēģiju.
import-choose-file = Izvēlēties failu…
import-path-label = …vai ierakstiet faila ceļu
import-open-path = Atvērt
import-setup-title = { $kind }: kā fails tiek nolasīts
import-row-count =
    { $count ->
        [zero] { $count } rindu
        [one] { $count } rinda
       *[other] { $count } rindas
    }
import-other-file = Izvēlēties citu failu
import-remembered = Kolonnas iestatītas tāpat kā jūsu pēdējam šādas uzbūves failam.
import-encoding = Kodējums
import-encoding-utf8 = UTF-8
import-encoding-utf16 = UTF-16
import-encoding-windows1257 = Windows-1257 (Baltijas)
import-encoding-windows1252 = Windows-1252 (Rietumeiropas)
import-delimiter = Kolonnu atdalītājs
import-delimiter-semicolon = Semikols
import-delimiter-comma = Komats
import-delimiter-tab = Tabulācija
import-number-format = Summu pieraksts
import-date-format = Datumu pieraksts
import-mapping-title = Kuru lauku aizpilda katra kolonna
import-mapping-hint = LAG Desk iesaka lauku pēc kolonnas virsraksta. Nevajadzīgās kolonnas izlaidiet.
import-col-column = Faila kolonna
import-col-sample = Pirmās vērtības
import-col-field = Aizpilda lauku
import-column-untitled = Kolonna { $n }
import-map-label = Lauks, ko aizpilda kolonna „{ $column }”
import-leave-out = — izlaist —
import-required-legend = * Lauks, kas jānorāda katrā failā.
import-missing = Šos obligātos laukus vēl nenorāda neviena kolonna: { $fields }.
import-twice = Lauku var ņemt tikai no vienas kolonnas; izvēlēts vairākām: { $fields }.
import-preview = Pārbaudīt rindas
import-checking = Pārbauda rindas…
import-importing = Importē…
import-progress-rows =
    { $done } no { $total ->
        [zero] { $total } rindām
        [one] { $total } rindas
       *[other] { $total } rindām
    }
import-preview-title = Kas tiktu importēts
import-count-new =
    { $count ->
        [zero] { $count } jaunu ierakstu
        [one] { $count } jauns ieraksts
       *[other] { $count } jauni ieraksti
    }
import-count-update =
    { $count ->
        [zero] { $count } atjaunināmu ierakstu
        [one] { $count } atjaunināms ieraksts
       *[other] { $count } atjaunināmi ieraksti
    }
import-count-duplicate =
    { $count ->
        [zero] { $count } nemainītu ierakstu
        [one] { $count } nemainīts ieraksts
       *[other] { $count } nemainīti ieraksti
    }
import-count-invalid =
    { $count ->
        [zero] { $count } rindu ar kļūdām
        [one] { $count } rinda ar kļūdām
       *[other] { $count } rindas ar kļūdām
    }
import-problems-title =
    { $count ->
        [zero] { $count } kļūdu
        [one] { $count } kļūda
       *[other] { $count } kļūdas
    }
import-no-problems = Kļūdas nav atrastas: var importēt visas rindas.
import-back = Atpakaļ pie kolonnām
import-confirm =
    { $count ->
        [zero] Importēt { $count } rindu
        [one] Importēt { $count } rindu
       *[other] Importēt { $count } rindas
    }
import-blocked-invalid = Rindas ar kļūdām nevar importēt. Izlabojiet tās failā un atveriet to vēlreiz vai atgriezieties un mainiet kolonnas.
import-blocked-problems = Vispirms novērsiet augstāk uzskaitītās problēmas.
import-blocked-nothing = Visas rindas LAG Desk jau ir tieši tādas kā failā: nav ko importēt.
import-rows-title = Rindas
import-col-row = Rinda
import-col-outcome = Rezultāts
import-outcome-new = Jauns
import-outcome-update = Atjaunināms
import-outcome-duplicate = Nemainīts
import-outcome-invalid = Ar kļūdām
import-rows-more =
    { $count ->
        [zero] …un vēl { $count } rindu.
        [one] …un vēl { $count } rinda.
       *[other] …un vēl { $count } rindas.
    }
import-done = Importēts: { $summary }.
import-done-new =
    { $count ->
        [zero] { $count } jaunu ierakstu
        [one] { $count } jauns ieraksts
       *[other] { $count } jauni ieraksti
    }
import-done-update =
    { $count ->
        [zero] { $count } atjauninātu
        [one] { $count } atjaunināts
       *[other] { $count } atjaunināti
    }
import-done-duplicate =
    { $count ->
        [zero] { $count } nemainītu
        [one] { $count } nemainīts
       *[other] { $count } nemainīti
    }
import-again = Importēt citu failu

## Imports: kur ir problēma un kāda tā ir (problem-<kods>; import-problem-<kods>, kur veidlapas vārdi nepateiktu, kas rakstīts failā)

import-place-cell = Rinda { $row }, kolonna „{ $column }”
import-place-row = Rinda { $row }
import-place-column = Kolonna „{ $column }”
import-place-file = Fails
import-problem-not-a-date = „{ $value }” nav datums. Rakstiet šādi: { $example }.
import-problem-unknown-measure = Šajā stratēģijā nav rīcības „{ $value }”.
import-problem-unknown-call = Šajā stratēģijā nav kārtas „{ $value }”.
problem-not-a-time = „{ $value }” nav laiks. Rakstiet šādi: 14:30.
problem-unknown-value = „{ $value }” nav neviena no atļautajām vērtībām.
problem-used-in-row = „{ $value }” jau ir norādīts rindā { $first }.
problem-call-differs = Rindā { $first } kārtai { $call } ir cits nosaukums vai citi datumi.
problem-priority-differs = Rindā { $first } prioritātei { $priority } ir cits nosaukums.
problem-paid-needs-date = Izmaksātajai summai vajadzīgs izmaksas datums, bet datumam – summa.
problem-more-than-participants = Vairāk nekā pasākuma dalībnieku ({ $participants }).
problem-end-before-start-time = Beigas ir agrāk par sākumu.
problem-column-missing = Neviena faila kolonna nenorāda šo lauku.
problem-mapped-twice = Šo lauku norāda arī kolonna „{ $other }”.
problem-unknown-field = Šim importam tāda lauka nav.
problem-no-such-column = Failā tādas kolonnas nav.
problem-strategy-required = Izvēlieties stratēģiju, kurā importēt.
problem-unknown-project = Projekta „{ $value }” nav.
problem-ambiguous-project = Numurs „{ $value }” ir vairāku stratēģiju projektiem.
problem-file-empty = Fails ir tukšs: tajā jābūt virsrakstu rindai.
problem-not-a-spreadsheet = Tas nav ne CSV fails, ne izklājlapa.
problem-unreadable-row = Šo rindu nevar nolasīt: iespējams, nav aizvērtas pēdiņas.
problem-wrong-encoding = Teksts nav izvēlētajā kodējumā: mēģiniet Windows-1257 vai saglabājiet failu kā CSV UTF-8.
problem-unreadable-workbook = Izklājlapu nevar nolasīt: tā var būt bojāta vai aizsargāta ar paroli.
problem-no-sheet = Izklājlapā nav nevienas darblapas.
problem-no-rows = Failā zem virsrakstu rindas nav nevienas rindas.
problem-cell-too-long = Šūnā ir vairāk nekā { $max } rakstzīmes: vai tajā kaut kas ielīmēts kļūdas pēc?
problem-beyond-header = { $column }. kolonnā ir teksts, bet tai nav virsraksta: pierakstiet virsrakstu vai notīriet kolonnu.
