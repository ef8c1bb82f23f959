# LAG Desk rodikliai ir laikotarpio vidurio peržiūra: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/indicators.ftl bei lv/indicators.ftl su tuo pačiu id ir kintamaisiais.

nav-indicators = Rodikliai

## Puslapis ir sąrašas

indicators-title = Rodikliai
indicators-list-title = Rodikliai ir siektinos reikšmės
indicators-empty-title = Rodiklių dar nėra
indicators-empty-text = Pridėkite strategijos rodiklius su siektinomis reikšmėmis: spauskite „Naujas rodiklis“.
indicator-new = Naujas rodiklis
indicator-strategy = strategija
indicator-col-name = Rodiklis
indicator-col-measure = Priemonė
indicator-col-baseline = Pradinė reikšmė
indicator-col-target = Siektina reikšmė
indicator-col-achieved = Pasiekta reikšmė
indicator-col-performance = Įgyvendinimas
indicator-col-value = Reikšmė

indicator-source-manual = Įvedama ranka
indicator-source-projects-completed = Įgyvendinti projektai
indicator-source-projects-contracted = Projektai su sutartimis
indicator-source-jobs-created = Sukurtos darbo vietos

## Laikotarpio vidurio peržiūra

perf-title = Laikotarpio vidurio peržiūra
perf-financial = Finansinė pažanga
perf-committed = Įsipareigota
perf-physical = Fizinė pažanga
perf-jobs = Darbo vietos
perf-financial-parts = Išmokėta { $paid } iš { $allocation } skirtų lėšų
perf-committed-parts = Įsipareigota { $amount } iš { $allocation } skirtų lėšų
perf-physical-parts =
    Įgyvendinta { $count } iš { $n ->
        [one] { $n } planuoto projekto
        [few] { $n } planuotų projektų
        [many] { $n } planuoto projekto
       *[other] { $n } planuotų projektų
    }
perf-jobs-parts = Sukurta darbo vietų: { $amount } iš siektinų { $total }

## Forma

indicator-form-new = Naujas rodiklis
indicator-form-edit = Redaguoti rodiklį
field-indicator-name = Pavadinimas
field-indicator-unit = Matavimo vienetas
field-indicator-baseline = Pradinė reikšmė
field-indicator-target = Siektina reikšmė
field-indicator-source = Pasiekta reikšmė imama iš
indicator-whole-strategy = Visa strategija
indicator-source-hint = Pasiekta reikšmė skaičiuojama iš projektų, jos įvesti ranka negalima.

indicator-delete-title = Ištrinti rodiklį?
indicator-delete-text = Rodiklis { $code } „{ $title }“ ir jam įvestos reikšmės bus ištrinti.

## Reikšmės

indicator-values = Reikšmės
indicator-values-of = { $code } reikšmės
indicator-values-title = { $code } – { $title }: reikšmės
indicator-values-close = Uždaryti
indicator-values-empty = Reikšmių dar neįvesta.
indicator-values-derived = Šio rodiklio pasiekta reikšmė skaičiuojama iš projektų.
indicator-value-add = Pridėti reikšmę
field-indicator-value = Reikšmė
field-measured-on = Išmatavimo data
field-indicator-note = Pastaba

## Klaidos

problem-derived-indicator = Šis rodiklis skaičiuojamas iš projektų: jo reikšmių įvesti ranka negalima.
problem-not-a-quantity = Ne skaičius: rašykite, pvz., 12 arba 12,5.
problem-quantity-too-many-decimals = Ne daugiau kaip du skaitmenys po kablelio.
