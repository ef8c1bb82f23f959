# LAG Desk pakeitimų istorija: įrašo istorija, veiksmų žurnalas ir atšaukimas: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/audit.ftl bei lv/audit.ftl su tuo pačiu id ir kintamaisiais.

nav-log = Veiksmų žurnalas

## Pakeitimas žodžiais

audit-did-insert = { $who } sukūrė
audit-did-update = { $who } pakeitė
audit-did-delete = { $who } ištrynė
audit-done-insert = Sukurta
audit-done-update = Pakeista
audit-done-delete = Ištrinta
audit-change = { $field } { $from } → { $to }
audit-value = { $field } { $value }
audit-quoted = „{ $text }“
audit-yes = taip
audit-no = ne
audit-image = (paveikslėlis)

## Įrašų rūšys

audit-entity-strategy = Strategija
audit-entity-funding_source = Finansavimo šaltinis
audit-entity-priority = Prioritetas
audit-entity-measure = Priemonė
audit-entity-measure_year = Priemonės metinė suma
audit-entity-call = Kvietimas
audit-entity-call_measure = Kvietimo priemonė
audit-entity-selection_criterion = Vertinimo kriterijus
audit-entity-project = Projektas
audit-entity-project_status_change = Projekto būsenos pakeitimas
audit-entity-payment_claim = Mokėjimo prašymas
audit-entity-score = Vertinimo balas
audit-entity-applicant = Pareiškėjas
audit-entity-member = Narys
audit-entity-board_term = Kadencija valdyboje
audit-entity-member_applicant = Su nariu susietas pareiškėjas
audit-entity-meeting = Posėdis
audit-entity-meeting_attendee = Posėdžio dalyvis
audit-entity-agenda_item = Darbotvarkės klausimas
audit-entity-decision = Sprendimas
audit-entity-decision_vote = Balsas
audit-entity-recusal = Nusišalinimas dėl interesų konflikto
audit-entity-event = Renginys
audit-entity-event_group = Renginio dalyvių grupė
audit-entity-cooperation = Bendradarbiavimo projektas
audit-entity-cooperation_partner = Bendradarbiavimo partneris
audit-entity-cooperation_result = Planuojamas rezultatas
audit-entity-indicator = Rodiklis
audit-entity-indicator_value = Rodiklio reikšmė
audit-entity-document = Dokumentas
audit-entity-organisation = Organizacija
audit-entity-setting = Nustatymas
audit-entity-closed_year = Uždaryti metai

## Laukai

audit-field-title = Pavadinimas
audit-field-number = Numeris
audit-field-code = Kodas
audit-field-name = Pavadinimas arba vardas
audit-field-status = Būsena
audit-field-kind = Rūšis
audit-field-eligible_cents = Tinkamos finansuoti išlaidos
audit-field-requested_cents = Prašoma paramos suma
audit-field-awarded_cents = Skirta paramos suma
audit-field-paid_cents = Išmokėta
audit-field-claimed_cents = Prašoma išmokėti
audit-field-allocation_cents = Suplanuota suma
audit-field-available_cents = Skirta kvietimui
audit-field-max_grant_cents = Didžiausia paramos suma
audit-field-cost_cents = Išlaidos
audit-field-budget_cents = Biudžetas
audit-field-envelope_cents = Skirta lėšų suma
audit-field-max_intensity_bp = Didžiausias paramos intensyvumas
audit-field-share_bp = Dalis
audit-field-running_cap_bp = VVG veiklos išlaidų ir aktyvinimo riba
audit-field-submitted_on = Pateikimo data
audit-field-paid_on = Išmokėjimo data
audit-field-status_on = Būsena nuo
audit-field-changed_on = Pakeitimo data
audit-field-starts_at = Pradžia
audit-field-ends_at = Pabaiga
audit-field-opens_at = Priėmimo pradžia
audit-field-closes_at = Priėmimo pabaiga
audit-field-held_on = Posėdžio data
audit-field-joined_on = Narys nuo
audit-field-left_on = Išstojo
audit-field-starts_on = Nuo
audit-field-ends_on = Iki
audit-field-measured_on = Išmatavimo data
audit-field-implementation_end = Įgyvendinimo pabaiga
audit-field-start_year = Pradžios metai
audit-field-end_year = Pabaigos metai
audit-field-year = Metai
audit-field-place = Vieta
audit-field-online = Nuotoliu
audit-field-participants = Dalyvių skaičius
audit-field-women = Moterys
audit-field-men = Vyrai
audit-field-count = Dalyvių skaičius
audit-field-grp = Grupė
audit-field-organiser = Organizatorius
audit-field-description = Aprašymas
audit-field-note = Pastaba
audit-field-contact = Kontaktai
audit-field-sector = Sektorius
audit-field-municipality = Savivaldybė
audit-field-eldership = Seniūnija
audit-field-jobs_created = Sukurtos darbo vietos
audit-field-planned_projects = Planuojamas projektų skaičius
audit-field-text = Tekstas
audit-field-override_reason = Kodėl sprendimas vis tiek priimtas
audit-field-vote = Balsas
audit-field-reason = Priežastis
audit-field-evaluator = Vertintojas
audit-field-points = Balai
audit-field-max_points = Didžiausias balas
audit-field-pass_threshold = Minimali balų suma
audit-field-organisation = Organizacija
audit-field-country = Šalis
audit-field-role = Vaidmuo
audit-field-lead = Vadovaujantis partneris
audit-field-goals = Tikslai
audit-field-unit = Matavimo vienetas
audit-field-baseline_hundredths = Pradinė reikšmė
audit-field-target_hundredths = Siektina reikšmė
audit-field-value_hundredths = Reikšmė
audit-field-source = Šaltinis
audit-field-file_name = Failas
audit-field-size = Dydis baitais
audit-field-key = Nustatymas
audit-field-value = Reikšmė
audit-field-legal_code = Juridinio asmens kodas
audit-field-region = Regionas
audit-field-address = Adresas
audit-field-logo = Logotipas
audit-field-closed_by = Uždarė
audit-field-closed_at = Uždaryta
audit-field-added_at = Pridėta

## Įrašo istorija

history-toggle = Istorija
history-title = Pakeitimų istorija
history-empty = Apie šį įrašą dar nieko neužfiksuota.

## Veiksmų žurnalas

log-title = Veiksmų žurnalas
log-intro = Kiekvienas LAG Desk išsaugotas pakeitimas: kada ir kas jį padarė, kiekvieno lauko reikšmė prieš ir po.
log-from = Nuo
log-to = Iki
log-entity = Įrašo rūšis
log-who = Asmuo
log-who-placeholder = Vardas, kaip nurodyta nustatymuose
log-text = Tekstas reikšmėje
log-text-placeholder = pvz., numeris, pavadinimas arba suma centais
log-count =
    { $count ->
        [one] { $count } pakeitimas
        [few] { $count } pakeitimai
        [many] { $count } pakeitimo
       *[other] { $count } pakeitimų
    }
log-more = Rodomi tik naujausi pakeitimai (ne daugiau kaip { $limit }); norėdami matyti senesnius, susiaurinkite filtrus.
log-empty = Filtrus atitinkančių pakeitimų nėra.
log-caption = Išsaugoti pakeitimai, naujausi viršuje
log-col-when = Laikas
log-col-who = Asmuo
log-col-entity = Rūšis
log-col-record = Įrašas
log-col-action = Veiksmas
log-col-changes = Kas pakeista
log-col-id = Įrašo ID

## Atšaukimas

undo-button = Atšaukti
undo-button-title = Atšaukti paskutinį išsaugotą pakeitimą ({ $keys })
undo-busy = Atšaukiama…
undo-done-update = Atšauktas { $time } padarytas pakeitimas: { $what }.
undo-done-insert = Atšaukta: { $time } pridėtas įrašas ({ $what }) vėl pašalintas.
undo-done-delete = Atšaukta: { $time } ištrintas įrašas ({ $what }) vėl grąžintas.
undo-nothing = Nebėra ką atšaukti.
undo-close = Uždaryti pranešimą
