# LAG Desk kvietimai teikti vietos projektus: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/calls.ftl bei lv/calls.ftl su tuo pačiu id ir kintamaisiais.

nav-calls = Kvietimai

## Sąrašas ir kvietimo duomenys

calls-title = Kvietimai teikti vietos projektus
calls-empty-title = Kvietimų dar nėra
calls-empty-text = Paskelbkite pirmąjį kvietimą teikti vietos projektus: spauskite „Naujas kvietimas“.
calls-empty-no-measures = Kvietimai skelbiami priemonių lėšoms: pirmiausia puslapyje „Strategija“ pridėkite strategijos priemones.
call-new = Naujas kvietimas
call-overline = Kvietimas teikti vietos projektus
call-back = Visi kvietimai
call-edit = Redaguoti kvietimą
call-delete = Ištrinti kvietimą
call-period = { $start } – { $end }
call-over-subscribed = prašoma daugiau, nei skirta
call-summary-title = Paraiškos pagal priemones
col-number = Nr.
col-applications = Paraiškos
col-requested = Prašoma
col-available = Skirta kvietimui
col-difference = Skirtumas
col-opens = Prasideda
col-closes = Baigiasi
field-call-year = Paskelbimo metai
calls-shown =
    Rodoma { $count } iš { $n ->
        [one] { $n } kvietimo
        [few] { $n } kvietimų
        [many] { $n } kvietimo
       *[other] { $n } kvietimų
    }
calls-none-match = Filtrus atitinkančių kvietimų nėra.

call-status-planned = Planuojamas
call-status-open = Paskelbtas
call-status-closed = Baigtas
call-status-evaluated = Įvertintas
call-status-cancelled = Atšauktas

## Forma

call-form-new = Naujas kvietimas teikti vietos projektus
call-form-edit = Kvietimo redagavimas
field-call-number = Kvietimo Nr.
field-opens-at = Pradžia
field-closes-at = Pabaiga
call-measures-title = Kvietimo priemonės
call-measure = Priemonė
call-available = Skirta suma (EUR)
call-max-grant = Didžiausia paramos suma (EUR)
call-max-intensity = Didž. intensyvumas (%)
call-measure-of = Kvietimo priemonė Nr. { $n }
call-available-of = Priemonei Nr. { $n } skirta suma (EUR)
call-max-grant-of = Didžiausia paramos suma priemonei Nr. { $n } (EUR)
call-max-intensity-of = Didžiausias paramos intensyvumas priemonei Nr. { $n } (%)
call-measure-remove-of = Pašalinti priemonę Nr. { $n } iš kvietimo
call-measure-add = Pridėti priemonę
call-limits-hint = Palikite ribas tuščias, jei galioja pačios priemonės ribos.

## Trynimas

call-delete-title = Ištrinti kvietimą?
call-delete-text = Kvietimas { $code } „{ $title }“ bus ištrintas. Šio veiksmo atšaukti negalima.
call-delete-confirm = Ištrinti kvietimą
call-delete-referenced =
    Kvietimo ištrinti negalima: pagal jį { $count ->
        [one] užregistruota { $count } paraiška
        [few] užregistruotos { $count } paraiškos
        [many] užregistruota { $count } paraiškos
       *[other] užregistruota { $count } paraiškų
    }.

## Vieno lauko klaidos (problem-<kodas>)

problem-not-a-date-time = Įveskite datą ir laiką.
problem-closes-before-opens = Kvietimas negali baigtis anksčiau, nei prasideda.
problem-measures-required = Į kvietimą įtraukite bent vieną priemonę.
problem-measure-twice = Ši priemonė kvietime nurodyta du kartus.
problem-measure-has-applications =
    Pašalintai priemonei šiame kvietime dar { $count ->
        [one] pateikta { $count } paraiška
        [few] pateiktos { $count } paraiškos
        [many] pateikta { $count } paraiškos
       *[other] pateikta { $count } paraiškų
    }: palikite ją kvietime.
problem-duplicate-number = Numeris { $code } jau naudojamas.
