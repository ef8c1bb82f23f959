# LAG Desk bendradarbiavimo projektai su partneriais, planuojamais rezultatais ir susietais renginiais: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/cooperation.ftl bei lv/cooperation.ftl su tuo pačiu id ir kintamaisiais.

nav-cooperation = Bendradarbiavimas

## Sąrašas

coop-page-title = Bendradarbiavimo projektai
coop-overline = Bendradarbiavimo projektas
coop-new = Naujas bendradarbiavimo projektas
coop-empty-title = Bendradarbiavimo projektų dar nėra
coop-empty-text = Registruokite projektus, kuriuos VVG vykdo su kitomis Lietuvos ir užsienio VVG: partnerius, tikslus, biudžetą ir planuojamus rezultatus. Tada su jais galėsite susieti renginius.
coop-col-period = Laikotarpis
coop-col-countries = Partnerių šalys
coop-col-budget = Biudžetas
coop-col-events = Renginiai
coop-col-participants = Dalyviai
coop-period = { $start } – { $end }
coop-period-open = nuo { $start }

## Forma

coop-form-new = Naujas bendradarbiavimo projektas
coop-form-edit = Redaguoti bendradarbiavimo projektą
coop-field-code = Kodas
coop-field-title = Pavadinimas
coop-field-starts-on = Pradžia
coop-field-ends-on = Pabaiga
coop-field-budget = Biudžetas (EUR)
coop-field-goals = Tikslai
coop-partners-title = Partneriai
coop-partner-org = Organizacija
coop-partner-country = Šalis
coop-partner-role = Vaidmuo
coop-partner-lead = Vadovaujantis
coop-partner-org-of = Partnerio Nr. { $n } organizacija
coop-partner-country-of = Partnerio Nr. { $n } šalis
coop-partner-role-of = Partnerio Nr. { $n } vaidmuo
coop-partner-lead-of = Projektui vadovauja partneris Nr. { $n }
coop-partner-remove-of = Pašalinti partnerį Nr. { $n }
coop-partner-add = Pridėti partnerį
coop-partners-none = Partnerių dar nėra.
coop-partners-hint = Šalį nurodykite dviejų raidžių kodu: LT, LV, EE, PL, FI… Projektui vadovauja lygiai vienas partneris.
coop-results-title = Planuojami rezultatai
coop-result-of = Planuojamas rezultatas Nr. { $n }
coop-result-status-of = Planuojamo rezultato Nr. { $n } būsena
coop-result-remove-of = Pašalinti planuojamą rezultatą Nr. { $n }
coop-result-add = Pridėti planuojamą rezultatą
coop-results-none = Planuojamų rezultatų dar nėra.
coop-result-status-planned = Planuojamas
coop-result-status-in-progress = Įgyvendinamas
coop-result-status-achieved = Pasiektas
coop-result-status-dropped = Atsisakytas

## Vienas projektas

coop-back = Bendradarbiavimo projektai
coop-edit = Redaguoti projektą
coop-delete = Ištrinti projektą
coop-delete-title = Ištrinti bendradarbiavimo projektą?
coop-delete-text = Bendradarbiavimo projektas { $code } „{ $title }“ bus ištrintas kartu su partneriais ir planuojamais rezultatais. Šio veiksmo atšaukti negalima.
coop-delete-confirm = Ištrinti projektą
coop-facts-title = Apie projektą
coop-event-cost = Susietų renginių išlaidos
coop-lead-tag = vadovaujantis partneris
coop-events-title = Susieti renginiai
coop-events-none = Su šiuo projektu dar nesusietas nė vienas renginys. Susieti galite renginio formoje (puslapis „Renginiai“).
coop-events-total =
    Iš viso: { $count ->
        [one] { $count } renginys
        [few] { $count } renginiai
        [many] { $count } renginio
       *[other] { $count } renginių
    }

problem-not-a-country = Įveskite dviejų raidžių šalies kodą, pvz., LT, LV ar EE.
problem-one-lead = Pažymėkite lygiai vieną vadovaujantį partnerį.
