# LAG Desk rādītāji un starpposma pārskats: latviešu valodā.
# Katrs ziņojums ir arī en/indicators.ftl un lt/indicators.ftl ar to pašu id un mainīgajiem.

nav-indicators = Rādītāji

## Lapa un saraksts

indicators-title = Rādītāji
indicators-list-title = Rādītāji un mērķa vērtības
indicators-empty-title = Rādītāju vēl nav
indicators-empty-text = Pievienojiet stratēģijas rādītājus ar mērķa vērtībām: nospiediet “Jauns rādītājs”.
indicator-new = Jauns rādītājs
indicator-strategy = stratēģija
indicator-col-name = Rādītājs
indicator-col-measure = Rīcība
indicator-col-baseline = Bāzes vērtība
indicator-col-target = Mērķa vērtība
indicator-col-achieved = Sasniegtā vērtība
indicator-col-performance = Izpilde
indicator-col-value = Vērtība

indicator-source-manual = Ievada manuāli
indicator-source-projects-completed = Pabeigtie projekti
indicator-source-projects-contracted = Projekti ar līgumu
indicator-source-jobs-created = Radītās darba vietas

## Starpposma pārskats

perf-title = Starpposma pārskats
perf-financial = Finanšu progress
perf-committed = Saistības
perf-physical = Fiziskais progress
perf-jobs = Darba vietas
perf-financial-parts = Izmaksāti { $paid } no piešķirtajiem { $allocation }
perf-committed-parts = Saistībās { $amount } no piešķirtajiem { $allocation }
perf-physical-parts =
    Pabeigti { $count } no { $n ->
        [zero] { $n } plānotajiem projektiem
        [one] { $n } plānotā projekta
       *[other] { $n } plānotajiem projektiem
    }
perf-jobs-parts = Radītas darba vietas: { $amount } no mērķa vērtības { $total }

## Veidlapa

indicator-form-new = Jauns rādītājs
indicator-form-edit = Labot rādītāju
field-indicator-name = Nosaukums
field-indicator-unit = Mērvienība
field-indicator-baseline = Bāzes vērtība
field-indicator-target = Mērķa vērtība
field-indicator-source = Sasniegtās vērtības avots
indicator-whole-strategy = Visa stratēģija
indicator-source-hint = Sasniegto vērtību aprēķina no projektiem; to nevar ievadīt manuāli.

indicator-delete-title = Dzēst rādītāju?
indicator-delete-text = Rādītājs { $code } “{ $title }” un tam ievadītās vērtības tiks dzēstas.

## Vērtības

indicator-values = Vērtības
indicator-values-of = { $code } vērtības
indicator-values-title = { $code } – { $title }: vērtības
indicator-values-close = Aizvērt
indicator-values-empty = Vērtības vēl nav ievadītas.
indicator-values-derived = Šī rādītāja sasniegto vērtību aprēķina no projektiem.
indicator-value-add = Pievienot vērtību
field-indicator-value = Vērtība
field-measured-on = Mērījuma datums
field-indicator-note = Piezīme

## Kļūdas

problem-derived-indicator = Šo rādītāju aprēķina no projektiem: tā vērtības nevar ievadīt manuāli.
problem-not-a-quantity = Nav skaitlis: rakstiet, piem., 12 vai 12,5.
problem-quantity-too-many-decimals = Ne vairāk kā divi cipari aiz komata.
