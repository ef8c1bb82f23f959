## Importas: laukai, kuriuos gali užpildyti failo stulpeliai (import-field-<key>)

import-field-priority_code = Prioriteto kodas
import-field-priority_title = Prioriteto pavadinimas
import-field-measure_code = Priemonės kodas
import-field-measure_title = Priemonės pavadinimas
import-field-kind = Priemonės rūšis
import-field-allocation = Skirta suma
import-field-allocation-year = Skirta suma { $year } m.
import-field-planned_projects = Planuojami projektai
import-field-max_intensity = Didžiausias paramos intensyvumas
import-field-max_grant = Didžiausia paramos suma
import-field-call_number = Kvietimo numeris
import-field-title = Pavadinimas
import-field-opens_on = Kvietimo pradžia
import-field-closes_on = Kvietimo pabaiga
import-field-available = Kvietimui skirta suma
import-field-number = Projekto numeris
import-field-applicant = Pareiškėjas
import-field-applicant_type = Pareiškėjo tipas
import-field-status = Būsena
import-field-eligible_cost = Tinkamos finansuoti išlaidos
import-field-requested = Prašoma paramos suma
import-field-awarded = Skirta parama
import-field-submitted_on = Pateikimo data
import-field-status_on = Būsenos data
import-field-jobs_created = Sukurtos darbo vietos
import-field-project_number = Mokėjimo prašymo projekto numeris
import-field-claim_number = Mokėjimo prašymo numeris
import-field-claimed = Prašoma išmokėti
import-field-paid = Išmokėta
import-field-paid_on = Išmokėjimo data
import-field-date = Data
import-field-time = Pradžios laikas
import-field-end_time = Pabaigos laikas
import-field-type = Renginio tipas
import-field-place = Vieta
import-field-participants = Dalyvių skaičius
import-field-organiser = Organizatorius
import-field-description = Aprašymas
import-field-cost = Išlaidos
import-field-budget_code = Biudžeto eilutės kodas
import-field-women = Moterys
import-field-men = Vyrai
import-field-participants_municipality = Dalyviai iš savivaldybės
import-field-participants_communities = Dalyviai iš bendruomenių
import-field-participants_ngos = Dalyviai iš NVO
import-field-participants_businesses = Dalyviai iš verslo
import-field-participants_youth = Jaunimas
import-field-participants_seniors = Senjorai
import-field-participants_other = Kiti dalyviai

## Importas: puslapis ir jo žingsniai

nav-import = Importas
import-title = Importas
error-invalid-file = Šio failo nepavyksta perskaityti.
import-choose-title = Ką importuoti
import-intro = Įkelkite įrašus iš CSV failo arba skaičiuoklės (Excel, OpenDocument). Prieš įrašant matysite, kas būtų padaryta su kiekviena eilute, o prieš importą bus padaryta atsarginė kopija.
import-kind-label = Faile yra
import-kind-plan = Finansinis planas
import-kind-calls = Kvietimai teikti paraiškas
import-kind-projects = Projektai
import-kind-payments = Mokėjimo prašymai
import-kind-events = Renginiai
import-kind-plan-text = Aktyvios strategijos prioritetai ir priemonės, po vieną priemonę eilutėje: kodai, pavadinimai, rūšis ir skirta suma; kiekvienų metų stulpelis paskirsto sumą metams.
import-kind-calls-text = Po eilutę kiekvienai kvietimo priemonei: kvietimo numeris, pavadinimas, pirmoji ir paskutinė diena, priemonės kodas ir jai skirta suma.
import-kind-projects-text = Po vieną paraišką eilutėje: numeris, pavadinimas, pareiškėjas, kvietimas ir priemonė, tinkamos finansuoti išlaidos, prašoma ir skirta parama, būsena.
import-kind-payments-text = Po vieną mokėjimo prašymą eilutėje: projekto numeris, prašymo numeris, prašoma išmokėti suma ir išmokėta suma su išmokėjimo data.
import-kind-events-text = Po vieną renginį eilutėje: data ir laikas, tipas, pavadinimas ir vieta, dalyvių skaičius iš viso, pagal grupes ir lytį, išlaidos su biudžeto eilute.
import-needs-strategy = Finansinis planas, kvietimai ir projektai įkeliami į aktyvią strategiją. Pirmiausia sukurkite arba pasirinkite strategiją.
import-choose-file = Pasirinkti failą…
import-path-label = …arba įrašykite failo kelią
import-open-path = Atidaryti
import-setup-title = { $kind }: kaip skaitomas failas
import-row-count =
    { $count ->
        [one] { $count } eilutė
        [few] { $count } eilutės
        [many] { $count } eilutės
       *[other] { $count } eilučių
    }
import-other-file = Pasirinkti kitą failą
import-remembered = Stulpeliai nustatyti taip pat, kaip paskutiniam tokios pačios sandaros failui.
import-encoding = Koduotė
import-encoding-utf8 = UTF-8
import-encoding-utf16 = UTF-16
import-encoding-windows1257 = Windows-1257 (Baltijos šalių)
import-encoding-windows1252 = Windows-1252 (Vakarų Europos)
import-delimiter = Stulpelių skirtukas
import-delimiter-semicolon = Kabliataškis
import-delimiter-comma = Kablelis
import-delimiter-tab = Tabuliacija
import-number-format = Sumos rašomos taip
import-date-format = Datos rašomos taip
import-mapping-title = Kurį lauką užpildo kiekvienas stulpelis
import-mapping-hint = LAG Desk siūlo lauką pagal stulpelio antraštę. Nereikalingus stulpelius praleiskite.
import-col-column = Failo stulpelis
import-col-sample = Pirmosios reikšmės
import-col-field = Užpildo lauką
import-column-untitled = Stulpelis { $n }
import-map-label = Laukas, kurį užpildo stulpelis „{ $column }“
import-leave-out = — praleisti —
import-required-legend = * Laukas, kurį turi pateikti kiekvienas failas.
import-missing = Šių privalomų laukų dar nepateikia joks stulpelis: { $fields }.
import-twice = Laukas gali būti imamas tik iš vieno stulpelio; keliems stulpeliams pasirinkta: { $fields }.
import-preview = Patikrinti eilutes
import-checking = Tikrinamos eilutės…
import-importing = Importuojama…
import-progress-rows =
    { $done } iš { $total ->
        [one] { $total } eilutės
        [few] { $total } eilučių
        [many] { $total } eilutės
       *[other] { $total } eilučių
    }
import-preview-title = Kas būtų importuota
import-count-new =
    { $count ->
        [one] { $count } naujas įrašas
        [few] { $count } nauji įrašai
        [many] { $count } naujo įrašo
       *[other] { $count } naujų įrašų
    }
import-count-update =
    { $count ->
        [one] { $count } atnaujinamas įrašas
        [few] { $count } atnaujinami įrašai
        [many] { $count } atnaujinamo įrašo
       *[other] { $count } atnaujinamų įrašų
    }
import-count-duplicate =
    { $count ->
        [one] { $count } nepakitęs įrašas
        [few] { $count } nepakitę įrašai
        [many] { $count } nepakitusio įrašo
       *[other] { $count } nepakitusių įrašų
    }
import-count-invalid =
    { $count ->
        [one] { $count } eilutė su klaidomis
        [few] { $count } eilutės su klaidomis
        [many] { $count } eilutės su klaidomis
       *[other] { $count } eilučių su klaidomis
    }
import-problems-title =
    { $count ->
        [one] { $count } klaida
        [few] { $count } klaidos
        [many] { $count } klaidos
       *[other] { $count } klaidų
    }
import-no-problems = Klaidų nerasta: galima importuoti visas eilutes.
import-back = Atgal į stulpelius
import-confirm =
    { $count ->
        [one] Importuoti { $count } eilutę
        [few] Importuoti { $count } eilutes
        [many] Importuoti { $count } eilutės
       *[other] Importuoti { $count } eilučių
    }
import-blocked-invalid = Eilučių su klaidomis importuoti negalima. Ištaisykite jas faile ir atidarykite jį iš naujo arba grįžkite ir pakeiskite stulpelius.
import-blocked-problems = Pirmiausia išspręskite aukščiau išvardytas problemas.
import-blocked-nothing = Visos eilutės jau yra LAG Desk tokios pat kaip faile: nėra ką importuoti.
import-rows-title = Eilutės
import-col-row = Eilutė
import-col-outcome = Rezultatas
import-outcome-new = Naujas
import-outcome-update = Atnaujinamas
import-outcome-duplicate = Nepakitęs
import-outcome-invalid = Su klaidomis
import-rows-more =
    { $count ->
        [one] …ir dar { $count } eilutė.
        [few] …ir dar { $count } eilutės.
        [many] …ir dar { $count } eilutės.
       *[other] …ir dar { $count } eilučių.
    }
import-done = Importuota: { $summary }.
import-done-new =
    { $count ->
        [one] { $count } naujas įrašas
        [few] { $count } nauji įrašai
        [many] { $count } naujo įrašo
       *[other] { $count } naujų įrašų
    }
import-done-update =
    { $count ->
        [one] { $count } atnaujintas
        [few] { $count } atnaujinti
        [many] { $count } atnaujinto
       *[other] { $count } atnaujintų
    }
import-done-duplicate =
    { $count ->
        [one] { $count } nepakitęs
        [few] { $count } nepakitę
        [many] { $count } nepakitusio
       *[other] { $count } nepakitusių
    }
import-again = Importuoti kitą failą

## Importas: kur yra problema ir kokia ji (problem-<kodas>; import-problem-<kodas>, kur formos žodžiai nepasakytų, kas parašyta faile)

import-place-cell = Eilutė { $row }, stulpelis „{ $column }“
import-place-row = Eilutė { $row }
import-place-column = Stulpelis „{ $column }“
import-place-file = Failas
import-problem-not-a-date = „{ $value }“ nėra data. Rašykite taip: { $example }.
import-problem-unknown-measure = Šioje strategijoje nėra priemonės „{ $value }“.
import-problem-unknown-call = Šioje strategijoje nėra kvietimo „{ $value }“.
problem-not-a-time = „{ $value }“ nėra laikas. Rašykite taip: 14:30.
problem-unknown-value = „{ $value }“ nėra viena iš leistinų reikšmių.
problem-used-in-row = „{ $value }“ jau nurodytas eilutėje { $first }.
problem-call-differs = Eilutėje { $first } kvietimo { $call } pavadinimas arba datos kitokie.
problem-priority-differs = Eilutėje { $first } prioriteto { $priority } pavadinimas kitoks.
problem-paid-needs-date = Išmokėtai sumai reikia išmokėjimo datos, o datai – sumos.
problem-more-than-participants = Daugiau nei renginio dalyvių ({ $participants }).
problem-end-before-start-time = Pabaiga ankstesnė nei pradžia.
problem-column-missing = Šio lauko nepateikia joks failo stulpelis.
problem-mapped-twice = Šį lauką pateikia ir stulpelis „{ $other }“.
problem-unknown-field = Šis importas tokio lauko neturi.
problem-no-such-column = Faile tokio stulpelio nėra.
problem-strategy-required = Pasirinkite strategiją, į kurią importuojama.
problem-unknown-project = Projekto „{ $value }“ nėra.
problem-ambiguous-project = Numerį „{ $value }“ turi kelių strategijų projektai.
problem-file-empty = Failas tuščias: jame turi būti antraštės eilutė.
problem-not-a-spreadsheet = Tai nei CSV failas, nei skaičiuoklė.
problem-unreadable-row = Šios eilutės nepavyksta perskaityti: galbūt neuždarytos kabutės.
problem-wrong-encoding = Tekstas ne pasirinktos koduotės: bandykite Windows-1257 arba išsaugokite failą kaip CSV UTF-8.
problem-unreadable-workbook = Skaičiuoklės nepavyksta perskaityti: ji gali būti sugadinta arba apsaugota slaptažodžiu.
problem-no-sheet = Skaičiuoklėje nėra nė vieno lapo.
problem-no-rows = Po antraštės eilute faile nėra eilučių.
problem-cell-too-long = Langelyje daugiau nei { $max } simbolių: gal į jį kažkas įklijuota per klaidą?
problem-beyond-header = Stulpelyje Nr. { $column } yra teksto, bet jis neturi antraštės: užrašykite antraštę arba išvalykite stulpelį.
