# Spausdinamos ataskaitos (PDF): puslapio rėmai, parametrai ir kiekvienos ataskaitos tekstai.
report-footer = { $title } · išspausdinta { $date }
report-page = { $page } psl. iš { $pages }
report-param-strategy = Strategija
report-param-period = Laikotarpis
report-param-language = Kalba
report-param-filter = Projektai
report-all-projects = visi
report-language-name = lietuvių

report-register-title = Projektų registras
report-register-count = { $count ->
    [one] { $count } projektas
    [few] { $count } projektai
   *[other] { $count } projektų
}
report-col-number = Nr.
report-col-applicant = Pareiškėjas
report-col-title = Projektas
report-col-measure = Priemonė
report-col-call = Kvietimas
report-col-status = Būsena
report-col-eligible = Tinkamos finansuoti išlaidos
report-col-requested = Prašoma
report-col-awarded = Skirta
report-col-paid = Išmokėta
report-total = Iš viso

report-summary-title = Strategijos įgyvendinimo suvestinė
report-summary-key-figures = Pagrindiniai rodikliai
report-summary-plan = Finansinis planas pagal prioritetus ir priemones
report-summary-chart = Suplanuota, įsipareigota ir išmokėta pagal prioritetus
report-summary-running = Veiklos ir aktyvinimo išlaidos
report-summary-running-note = Veiklos ir aktyvinimo eilutės kartu sudaro { $share } strategijos; riba – { $cap }.
report-summary-calls = Kvietimai: prašoma ir turima suma
report-summary-statuses = Projektai pagal būseną
report-summary-indicators = Rodikliai ir siektinos reikšmės
report-summary-events = Renginiai ir dalyviai
report-summary-events-none = Šiuo laikotarpiu renginių nebuvo.
report-key-plan-total = Plano suma
report-key-committed = Įsipareigota
report-key-paid = Išmokėta
report-key-available = Likutis
report-key-committed-share = Įsipareigota plano dalis
report-key-paid-share = Išmokėta plano dalis
report-col-code = Kodas
report-col-line = Prioritetas ar priemonė
report-col-allocated = Suplanuota
report-col-committed = Įsipareigota
report-col-available = Likutis
report-col-committed-pct = Įsipareigota, %
report-col-paid-pct = Išmokėta, %
report-col-applications = Paraiškos
report-col-difference = Skirtumas
report-col-projects = Projektai
report-col-amount = Skirta ar prašoma
report-col-indicator = Rodiklis
report-col-unit = Mato vnt.
report-col-target = Siektina
report-col-achieved = Pasiekta
report-col-performance = Įvykdymas
report-col-kind = Renginio rūšis
report-col-events = Renginiai
report-col-participants = Dalyviai
report-col-cost = Išlaidos

report-budget-title = Biudžeto vykdymas
report-budget-by-measure = Pagal priemones
report-budget-by-year = Pagal kalendorinius metus
report-budget-by-fund = Pagal finansavimo šaltinius
report-budget-no-year = Nepriskirta metams
report-col-year = Metai
report-col-fund = Finansavimo šaltinis
report-col-share = Dalis

report-events-title = Renginiai ir dalyviai
report-events-women = Moterys
report-events-men = Vyrai
report-events-by-kind = Pagal renginio rūšį
report-events-by-group = Dalyviai pagal grupes
report-events-groups-overlap = Grupės persidengia (jaunas ūkininkas yra ir jaunimas, ir verslas), todėl jų suma neturi sutapti su dalyvių skaičiumi.
report-events-list = Renginiai
report-col-group = Grupė
report-col-date = Data
report-col-event = Renginys
report-col-place = Vieta

report-minutes-title = { $kind }: posėdžio Nr. { $number } protokolas
report-minutes-held = Įvyko
report-minutes-present = { $count ->
    [one] Dalyvavo { $count } narys
    [few] Dalyvavo { $count } nariai
   *[other] Dalyvavo { $count } narių
}
report-minutes-no-decision = Šiuo klausimu sprendimas neužregistruotas.
report-minutes-result = Rezultatas
report-minutes-passed = Priimtas
report-minutes-rejected = Nepriimtas
report-minutes-votes = Už / prieš / susilaikė
report-minutes-quorum = Kvorumas
report-minutes-quorum-value = balsuoti galėjo { $eligible } iš { $body }; reikėjo { $needed }
report-minutes-recused = Nusišalino dėl interesų konflikto: { $reason }
report-minutes-override = Taisyklės nesilaikyta; nurodyta priežastis: { $reason }
report-minutes-moved = Sprendimu nustatytos būsenos: { $projects }
report-col-member = Narys
report-col-sector = Sektorius
report-col-vote = Balsas

report-call-title = Kvietimas { $number }: paraiškos ir atranka
report-call-by-measure = Prašoma ir turima suma pagal priemones
report-call-criteria = Kriterijai (didžiausias balų skaičius): { $criteria }
report-call-selected = Atrinkta
report-call-reserve = Rezervinis sąrašas

report-project-title = Projekto kortelė
report-col-field = Laukas
report-col-value = Reikšmė
report-project-submitted = Pateikta
report-project-jobs = Sukurtos darbo vietos
report-project-decided = Sprendimas ar pastaba
report-project-meeting = { $kind }: posėdis Nr. { $number }
report-project-history = Būsenų istorija
report-project-claims = Mokėjimo prašymai
report-project-no-claims = Mokėjimo prašymų dar nėra.
report-project-claim = Prašymas
report-project-claim-submitted = Pateiktas
report-project-claimed = Prašoma
report-project-paid-on = Išmokėta (data)
report-project-funds = Skirta parama pagal finansavimo šaltinius
report-project-own = Nuosavas įnašas
report-project-intensity = Paramos intensyvumas
report-project-indicators = Indėlis į rodiklius
report-project-adds = Šis projektas
report-project-achieved-all = Visi projektai
report-project-indicators-note = Skaičiuojama kaip strategijos rodikliams: projektas prie jų prisideda nuo sutarties pasirašymo (užbaigtas projektas – ir prie užbaigtų projektų), pridedamos ir jo sukurtos darbo vietos.
report-filtered = kaip atrinkta projektų sąraše
report-budget-by-measure-year = Pagal priemones ir metus
