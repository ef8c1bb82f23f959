# LAG Desk projektu iesniegumu pieņemšanas kārtas: latviešu valoda.
# Katrs ziņojums ir arī en/calls.ftl un lt/calls.ftl ar to pašu id un mainīgajiem.

nav-calls = Kārtas

## Saraksts un kārtas dati

calls-title = Projektu iesniegumu pieņemšanas kārtas
calls-empty-title = Kārtu vēl nav
calls-empty-text = Izsludiniet pirmo projektu iesniegumu pieņemšanas kārtu: spiediet „Jauna kārta”.
calls-empty-no-measures = Kārtās piedāvā rīcību finansējumu: vispirms lapā „Stratēģija” pievienojiet stratēģijas rīcības.
call-new = Jauna kārta
call-overline = Projektu iesniegumu pieņemšanas kārta
call-back = Visas kārtas
call-edit = Labot kārtu
call-delete = Dzēst kārtu
call-period = { $start } – { $end }
call-over-subscribed = pieprasīts vairāk, nekā pieejams
call-summary-title = Projektu iesniegumi pa rīcībām
col-number = Nr.
col-applications = Iesniegumi
col-requested = Pieprasīts
col-available = Pieejams
col-difference = Starpība
col-opens = Sākas
col-closes = Beidzas
field-call-year = Izsludināšanas gads
calls-shown =
    Parādītas { $count } no { $n ->
        [zero] { $n } kārtām
        [one] { $n } kārtas
       *[other] { $n } kārtām
    }
calls-none-match = Filtriem neatbilst neviena kārta.

call-status-planned = Plānota
call-status-open = Atvērta
call-status-closed = Slēgta
call-status-evaluated = Novērtēta
call-status-cancelled = Atcelta

## Veidlapa

call-form-new = Jauna projektu iesniegumu pieņemšanas kārta
call-form-edit = Kārtas labošana
field-call-number = Kārtas numurs
field-opens-at = Sākums
field-closes-at = Beigas
call-measures-title = Kārtas rīcības
call-measure = Rīcība
call-available = Pieejamais finansējums (EUR)
call-max-grant = Maksimālais atbalsts (EUR)
call-max-intensity = Maks. intensitāte (%)
call-measure-of = Kārtas { $n }. rīcība
call-available-of = { $n }. rīcībai pieejamais finansējums (EUR)
call-max-grant-of = { $n }. rīcības maksimālais atbalsta apmērs (EUR)
call-max-intensity-of = { $n }. rīcības maksimālā atbalsta intensitāte (%)
call-measure-remove-of = Noņemt { $n }. rīcību no kārtas
call-measure-add = Pievienot rīcību
call-limits-hint = Atstājiet ierobežojumus tukšus, ja piemēro pašas rīcības ierobežojumus.

## Dzēšana

call-delete-title = Dzēst kārtu?
call-delete-text = Kārta { $code } „{ $title }” tiks dzēsta. Šo darbību nevar atsaukt.
call-delete-confirm = Dzēst kārtu
call-delete-referenced =
    Kārtu nevar dzēst: tajā { $count ->
        [zero] reģistrēti { $count } projektu iesniegumu
        [one] reģistrēts { $count } projekta iesniegums
       *[other] reģistrēti { $count } projektu iesniegumi
    }.

## Viena lauka kļūdas (problem-<kods>)

problem-not-a-date-time = Ievadiet datumu un laiku.
problem-closes-before-opens = Kārta nevar beigties agrāk, nekā sākas.
problem-measures-required = Pievienojiet kārtai vismaz vienu rīcību.
problem-measure-twice = Šī rīcība kārtā norādīta divreiz.
problem-measure-has-applications =
    Noņemtajai rīcībai šajā kārtā vēl ir { $count ->
        [zero] { $count } projektu iesniegumu
        [one] { $count } projekta iesniegums
       *[other] { $count } projektu iesniegumi
    }: atstājiet to kārtā.
problem-duplicate-number = Numurs { $code } jau ir izmantots.
