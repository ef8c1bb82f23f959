# LAG Desk pasākumi: kas piedalījās (pa grupām un dzimumiem), cik tie izmaksāja un perioda kopsavilkums: latviešu valodā.
# Katrs ziņojums ir arī en/events.ftl un lt/events.ftl ar to pašu id un mainīgajiem.

nav-events = Pasākumi

## Saraksts

events-title = Pasākumi
event-new = Jauns pasākums
events-from = No
events-to = Līdz
events-shown =
    Parādīti { $count } no { $n ->
        [zero] { $n } pasākumiem
        [one] { $n } pasākuma
       *[other] { $n } pasākumiem
    }
events-empty-title = Šajā periodā pasākumu nav
events-empty-text = Reģistrējiet VRG rīkotās apmācības, seminārus, informatīvos pasākumus un pieredzes apmaiņas braucienus: kas piedalījās (pa grupām un dzimumiem) un cik tie izmaksāja. Vai izvēlieties citu periodu.
events-none-match = Šajā periodā šāda veida pasākumu nav.
event-col-when = Datums un laiks
event-col-kind = Veids
event-col-title = Pasākums
event-col-place = Vieta
event-col-participants = Dalībnieki
event-col-cost = Izmaksas
event-col-group = Grupa

event-kind-board-meeting = Valdes sēde
event-kind-general-meeting = Biedru kopsapulce
event-kind-training = Apmācības
event-kind-seminar = Seminārs
event-kind-information = Informatīvs vai aktivizēšanas pasākums
event-kind-study-visit = Pieredzes apmaiņas brauciens
event-kind-consultation = Konsultācija
event-kind-conference = Konference

event-group-municipality = Pašvaldība un valsts iestādes
event-group-communities = Vietējās kopienas
event-group-ngos = NVO
event-group-businesses = Uzņēmēji un lauksaimnieki
event-group-youth = Jaunieši
event-group-seniors = Seniori
event-group-other = Citi

## Perioda kopsavilkums

event-totals-title = Perioda kopsavilkums
event-totals-period = { $start } – { $end }
event-totals-events = Pasākumi
event-totals-participants = Dalībnieki
event-totals-women = Sievietes
event-totals-men = Vīrieši
event-totals-cost = Izmaksas
event-totals-by-kind = Pa pasākumu veidiem
event-totals-by-group = Dalībnieki pa grupām
event-totals-groups-hint = Grupas pārklājas (jauns lauksaimnieks ir gan jaunietis, gan uzņēmējs), tāpēc to summai nav jāsakrīt ar dalībnieku skaitu.

## Pasākuma forma

event-form-new = Jauns pasākums
event-form-edit = Labot pasākumu
event-field-kind = Veids
event-field-title = Nosaukums
event-field-starts = Sākums
event-field-starts-time = Sākuma laiks
event-field-ends = Beigas
event-field-ends-date = Beigu datums
event-ends-hint = Nav obligāti. Beigu datumu norādiet tikai tad, ja pasākums beidzas citā dienā.
event-field-place = Vieta
event-field-organiser = Organizators
event-field-description = Apraksts
event-participants-title = Dalībnieki
event-field-participants = Kopā
event-field-women = Sievietes
event-field-men = Vīrieši
event-gender-hint = Sieviešu un vīriešu skaits nav obligāts; kopā tas nedrīkst pārsniegt kopējo dalībnieku skaitu.
event-groups-title = Pa grupām
event-groups-hint = Ja grupa netika skaitīta, atstājiet lauku tukšu. Grupas var pārklāties; katrā ne vairāk kā kopējais dalībnieku skaits.
event-field-cost = Izmaksas (EUR)
event-field-cost-line = Budžeta pozīcija
event-cost-line-hint = Darbības izmaksu vai teritorijas aktivizēšanas pozīcija, kurai pieskaita izmaksas.
event-no-cost-lines = Stratēģijā vēl nav darbības izmaksu vai aktivizēšanas pozīcijas: pievienojiet to lapā „Stratēģija”.
event-links-title = Pasākuma sasaiste
event-field-measure = Rīcība
event-field-project = Projekts
event-field-cooperation = Sadarbības projekts

## Viens pasākums

event-back = Pasākumi
event-edit = Labot pasākumu
event-delete = Dzēst pasākumu
event-delete-title = Dzēst pasākumu?
event-delete-text = Pasākums „{ $title }” ({ $date }) tiks dzēsts. Šo darbību nevar atsaukt.
event-delete-confirm = Dzēst pasākumu
event-facts-title = Par pasākumu
event-cost-on = { $amount } ({ $code })

## Kļūdas

problem-group-twice = Šī grupa norādīta divreiz.
problem-group-above-total = Vairāk nekā visu dalībnieku ({ $total }).
problem-gender-above-total = Sieviešu un vīriešu kopā ir vairāk nekā visu dalībnieku ({ $total }).
problem-budget-line-required = Izvēlieties darbības izmaksu vai aktivizēšanas pozīciju, kurai pieskaita izmaksas.
problem-not-a-budget-line = Izvēlieties darbības izmaksu vai aktivizēšanas pozīciju.
problem-unknown-link = Šī ieraksta vairs nav: izvēlieties citu.
error-still-referenced-events =
    Nevar dzēst: ar šo ierakstu { $count ->
        [zero] saistīti { $count } pasākumu
        [one] saistīts { $count } pasākums
       *[other] saistīti { $count } pasākumi
    }.
