# LAG Desk ataskaitų langas: ataskaitos pasirinkimas ir ką ji apima, peržiūra ir išsaugojimas PDF formatu: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/reports-ui.ftl bei lv/reports-ui.ftl su tuo pačiu id ir kintamaisiais.
# Pačiose ataskaitose spausdinami žodžiai yra reports.ftl.

nav-reports = Ataskaitos

## Ataskaitos

reports-title = Ataskaitos
reports-list-label = Spausdinamos ataskaitos
reports-kind-summary = Strategijos įgyvendinimo suvestinė
reports-kind-summary-text = Medžiaga valdybai: pagrindiniai rodikliai, finansinis planas, kvietimai, projektai pagal būseną, rodikliai ir renginiai.
reports-kind-budget = Biudžeto vykdymas
reports-kind-budget-text = Suplanuota, įsipareigota, išmokėta ir likutis pagal priemones, metus ir finansavimo šaltinius.
reports-kind-call = Kvietimo ataskaita
reports-kind-call-text = Vieno kvietimo paraiškos, prašoma ir turima suma, projektų pirmumo eilė ir rezervinis sąrašas.
reports-kind-register = Projektų registras
reports-kind-register-text = Visi projektai su pareiškėjais, priemonėmis, būsenomis ir sumomis, taip pat bendros sumos.
reports-kind-project = Projekto kortelė
reports-kind-project-text = Vienas projektas: sumos ir finansavimo šaltiniai, būsenų istorija, mokėjimo prašymai ir indėlis į rodiklius.
reports-kind-minutes = Posėdžio protokolas
reports-kind-minutes-text = Vieno posėdžio dalyviai, darbotvarkė ir sprendimai su balsavimo rezultatais, kvorumu ir interesų konfliktais.
reports-kind-events = Renginių ataskaita
reports-kind-events-text = Laikotarpio renginiai, jų dalyviai pagal renginio rūšį, grupę ir lytį, ir renginių išlaidos.

## Ką ataskaita apima

reports-none-title = Pasirinkite ataskaitą
reports-none-text = Kairėje pasirinkite ataskaitą, nurodykite, ką ji turi apimti, peržiūrėkite ją ir išsaugokite PDF formatu.
reports-field-language = Ataskaitos kalba
reports-field-from = Nuo
reports-field-to = Iki
reports-period-optional = Neprivaloma: šio laikotarpio renginiams skiriamas atskiras skyrius. Jei skyriaus nereikia, palikite datą tuščią.
reports-period-required = Pirmoji ir paskutinė laikotarpio diena (abi įskaitomos).
reports-field-project = Projektas
reports-field-meeting = Posėdis
reports-filters-hint = Neprivaloma: palikite „Visi“, kad būtų įtraukti visi projektai.
reports-choose = — pasirinkite —
reports-preview = Peržiūrėti
reports-save = Išsaugoti PDF…

## Peržiūra ir išsaugojimas

reports-previewing = Rengiama peržiūra…
reports-saving = Rašomas PDF failas…
reports-preview-label = Ataskaitos peržiūra
reports-preview-stale = Po šios peržiūros parametrai pasikeitė: peržiūrėkite dar kartą, kad matytumėte ataskaitą tokią, kokia bus išspausdinta.
reports-preview-more = … ir dar { $count ->
    [one] { $count } eilutė
    [few] { $count } eilutės
    [many] { $count } eilutės
   *[other] { $count } eilučių
} PDF faile
reports-saved = Išsaugota: { $path } ({ $size }).
reports-open = Atidaryti
reports-save-failed = PDF failo ten įrašyti nepavyko: aplankas gali būti skirtas tik skaityti, diskas pilnas arba failas atidarytas kitoje programoje. Pasirinkite kitą vietą.
reports-replace-title = Pakeisti failą?
reports-replace-text = Failas { $path } jau yra. Pakeisti jį šia ataskaita?
reports-replace-confirm = Pakeisti
