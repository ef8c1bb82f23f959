# LAG Desk vietos projektai, pareiškėjai ir mokėjimo prašymai: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/projects.ftl bei lv/projects.ftl su tuo pačiu id ir kintamaisiais.

nav-projects = Projektai

## Sąrašas

projects-title = Vietos projektai
projects-empty-title = Projektų dar nėra
projects-empty-text = Užregistruokite pirmąją paraišką: spauskite „Naujas projektas“.
projects-empty-no-measures = Paraiškos teikiamos priemonės lėšoms gauti: pirmiausia puslapyje „Strategija“ pridėkite strategijos priemones.
project-new = Naujas projektas
projects-search = Paieška
projects-search-placeholder = Numeris, pavadinimas arba pareiškėjas
field-year = Pateikimo metai
filter-all = Visi
filter-clear = Išvalyti filtrus
projects-shown =
    Rodoma { $count } iš { $n ->
        [one] { $n } projekto
        [few] { $n } projektų
        [many] { $n } projekto
       *[other] { $n } projektų
    }
projects-none-match = Paiešką ir filtrus atitinkančių projektų nėra.
projects-total =
    Iš viso ({ $count ->
        [one] { $count } projektas
        [few] { $count } projektai
        [many] { $count } projekto
       *[other] { $count } projektų
    })
project-col-number = Nr.
project-col-title = Pavadinimas
project-col-submitted-on = Pateikta
project-col-eligible = Tinkamos išlaidos
project-col-requested = Prašoma
project-col-awarded = Skirta
project-col-paid = Išmokėta
project-col-intensity = Intensyvumas

project-status-submitted = Pateikta
project-status-admissible = Priimta vertinti
project-status-inadmissible = Neatitinka reikalavimų
project-status-evaluated = Įvertinta
project-status-selected = Atrinkta
project-status-reserve = Rezerviniame sąraše
project-status-rejected = Atmesta
project-status-approved = Patvirtinta
project-status-contracted = Pasirašyta sutartis
project-status-implementing = Įgyvendinama
project-status-completed = Įgyvendinta
project-status-withdrawn = Atsiimta
project-status-terminated = Nutraukta

## Forma

project-form-new = Naujas vietos projektas
project-form-edit = Vietos projekto redagavimas
field-project-number = Registracijos numeris
field-applicant = Pareiškėjas
field-call = Kvietimas teikti vietos projektus
field-measure = Priemonė
field-submitted-on = Pateikimo data
field-eligible = Tinkamos finansuoti išlaidos (EUR)
field-requested = Prašoma paramos suma (EUR)
field-awarded = Skirta paramos suma (EUR)
field-jobs = Sukurtos darbo vietos
field-implementation-end = Įgyvendinimo pabaiga
project-no-call = — ne pagal kvietimą —
project-awarded-hint = Neprivaloma, kol projektas nepatvirtintas.
project-awarded-required = Privaloma: projektas patvirtintas.
project-own-contribution = Nuosavas įnašas
project-intensity = Paramos intensyvumas
project-warnings = Geltonai pažymėtos sumos viršija kvietimo ar priemonės ribas. Ištaisykite jas arba, jei leista išimtis, spauskite „Vis tiek išsaugoti“.
project-save-anyway = Vis tiek išsaugoti

## Pareiškėjai

applicant-search-placeholder = Įveskite pavadinimo ar kodo dalį
applicant-matches = Rasti pareiškėjai
applicant-none-found = Tokio pareiškėjo nėra: užregistruokite naują.
applicant-new = Naujas pareiškėjas
applicant-form-new = Naujas pareiškėjas
applicant-form-edit = Redaguoti pareiškėją
applicant-edit-hint = Taisyti pareiškėjo duomenis
field-applicant-name = Pavadinimas arba vardas ir pavardė
field-applicant-kind = Tipas
field-applicant-code = Kodas
applicant-code-hint = Juridinio asmens kodas; fiziniam asmeniui – tuščia.
field-municipality = Savivaldybė
field-eldership = Seniūnija
applicant-kind-ngo = Nevyriausybinė organizacija
applicant-kind-community = Bendruomeninė organizacija
applicant-kind-municipality = Savivaldybė
applicant-kind-business = Verslo subjektas
applicant-kind-farmer = Ūkininkas
applicant-kind-person = Fizinis asmuo

## Projekto duomenys

project-overline = Vietos projektas
project-back = Visi projektai
project-edit = Redaguoti projektą
project-delete = Ištrinti projektą
project-delete-title = Ištrinti projektą?
project-delete-text = Projektas { $code } „{ $title }“ bus ištrintas kartu su būsenų istorija. Šio veiksmo atšaukti negalima.
project-delete-confirm = Ištrinti projektą
project-figures-title = Duomenys
project-funds-title = Skirta parama pagal finansavimo šaltinius
project-funds-empty = Parama dar neskirta.
project-status-title = Būsena
project-status-since = nuo { $date }
project-status-next = Nauja būsena
project-status-date = Sprendimo data
project-status-note = Pastaba (neprivaloma)
project-status-save = Keisti būseną
project-status-final = Tai galutinė būsena: projekto būsena toliau nebekeičiama.
project-history-title = Būsenų istorija
col-date = Data
col-note = Pastaba
project-history-decided = Sprendimas priimtas: { $meeting }

## Mokėjimo prašymai

claims-title = Mokėjimo prašymai
claim-add = Pridėti mokėjimo prašymą
claims-empty = Mokėjimo prašymų dar nėra.
claims-empty-not-awarded = Mokėjimo prašymų dar nėra. Išmokėti galima tik skyrus paramą.
claim-form-new = Naujas mokėjimo prašymas
claim-form-edit = Mokėjimo prašymo redagavimas
field-claim-number = Prašymo Nr.
field-claimed = Prašoma išmokėti (EUR)
field-paid = Išmokėta (EUR)
field-paid-on = Išmokėjimo data
claim-paid-hint = Kai NMA išmoka lėšas.
claim-awaited = laukiama
col-submitted = Pateikta
col-claimed = Prašoma
col-paid-on = Išmokėjimo data
claim-delete-title = Ištrinti mokėjimo prašymą?
claim-delete-text = Mokėjimo prašymas { $code } bus ištrintas. Šio veiksmo atšaukti negalima.

## Vieno lauko klaidos (problem-<kodas>)

problem-not-a-date = Įveskite datą.
problem-aid-above-eligible = Negali viršyti tinkamų finansuoti išlaidų ({ $eligible }).
problem-awarded-above-requested = Negali viršyti prašomos paramos sumos ({ $requested }).
problem-intensity-above-max = Paramos intensyvumas būtų { $intensity }, o didžiausias leidžiamas – { $max }.
problem-grant-above-max = Viršija didžiausią paramos sumą ({ $max }).
problem-unknown-measure = Pasirinkite šios strategijos priemonę.
problem-measure-not-in-call = Pasirinktas kvietimas šiai priemonei netaikomas.
problem-unknown-applicant = Pasirinkite pareiškėją iš sąrašo arba užregistruokite naują.
problem-below-paid = Negali būti mažesnė nei jau išmokėta suma ({ $paid }).
problem-status-not-allowed = Projekto būsenos negalima pakeisti iš „{ $from }“ į „{ $to }“.
problem-before-last-change = Negali būti ankstesnė nei paskutinio būsenos pakeitimo data ({ $last }).
problem-award-required = Prieš tvirtindami projektą įveskite skirtą paramos sumą (Redaguoti projektą).
problem-not-awarded = Kol parama neskirta, nieko išmokėti negalima.
problem-paid-above-awarded = Išmokos siektų { $total }, o skirta paramos suma – { $awarded }.
problem-search-failed = Pareiškėjų paieška nepavyko.
