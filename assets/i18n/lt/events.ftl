# LAG Desk renginiai: kas dalyvavo (pagal grupes ir lytį), kiek kainavo ir laikotarpio suvestinė: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/events.ftl bei lv/events.ftl su tuo pačiu id ir kintamaisiais.

nav-events = Renginiai

## Sąrašas

events-title = Renginiai
event-new = Naujas renginys
events-from = Nuo
events-to = Iki
events-shown =
    Rodoma { $count } iš { $n ->
        [one] { $n } renginio
        [few] { $n } renginių
        [many] { $n } renginio
       *[other] { $n } renginių
    }
events-empty-title = Šiuo laikotarpiu renginių nėra
events-empty-text = Registruokite VVG organizuojamus mokymus, seminarus, informacinius renginius ir pažintinius vizitus: kas dalyvavo (pagal grupes ir lytį) ir kiek jie kainavo. Arba pasirinkite kitą laikotarpį.
events-none-match = Šiuo laikotarpiu tokios rūšies renginių nėra.
event-col-when = Data ir laikas
event-col-kind = Rūšis
event-col-title = Renginys
event-col-place = Vieta
event-col-participants = Dalyviai
event-col-cost = Išlaidos
event-col-group = Grupė

event-kind-board-meeting = Valdybos posėdis
event-kind-general-meeting = Visuotinis narių susirinkimas
event-kind-training = Mokymai
event-kind-seminar = Seminaras
event-kind-information = Informacinis ar aktyvinimo renginys
event-kind-study-visit = Pažintinis vizitas
event-kind-consultation = Konsultacija
event-kind-conference = Konferencija

event-group-municipality = Savivaldybė ir viešosios įstaigos
event-group-communities = Vietos bendruomenės
event-group-ngos = NVO
event-group-businesses = Verslas ir ūkininkai
event-group-youth = Jaunimas
event-group-seniors = Senjorai
event-group-other = Kiti

## Laikotarpio suvestinė

event-totals-title = Laikotarpio suvestinė
event-totals-period = { $start } – { $end }
event-totals-events = Renginiai
event-totals-participants = Dalyviai
event-totals-women = Moterys
event-totals-men = Vyrai
event-totals-cost = Išlaidos
event-totals-by-kind = Pagal renginio rūšį
event-totals-by-group = Dalyviai pagal grupes
event-totals-groups-hint = Grupės persidengia (jaunas ūkininkas priklauso ir jaunimui, ir verslui), todėl jų suma nebūtinai sutampa su dalyvių skaičiumi.

## Renginio forma

event-form-new = Naujas renginys
event-form-edit = Redaguoti renginį
event-field-kind = Rūšis
event-field-title = Pavadinimas
event-field-starts = Pradžia
event-field-starts-time = Pradžios laikas
event-field-ends = Pabaiga
event-field-ends-date = Pabaigos data
event-ends-hint = Neprivaloma. Pabaigos datą nurodykite tik tada, kai renginys baigiasi kitą dieną.
event-field-place = Vieta
event-field-organiser = Organizatorius
event-field-description = Aprašymas
event-participants-title = Dalyviai
event-field-participants = Iš viso
event-field-women = Moterys
event-field-men = Vyrai
event-gender-hint = Moterų ir vyrų skaičių nurodyti neprivaloma; kartu jų negali būti daugiau nei iš viso dalyvių.
event-groups-title = Pagal grupes
event-groups-hint = Jei grupės neskaičiavote, palikite lauką tuščią. Grupės gali persidengti; kiekvienoje – ne daugiau nei iš viso dalyvių.
event-field-cost = Išlaidos (EUR)
event-field-cost-line = Biudžeto eilutė
event-cost-line-hint = VVG veiklos išlaidų arba aktyvinimo eilutė, kuriai priskiriamos išlaidos.
event-no-cost-lines = Strategijoje dar nėra VVG veiklos išlaidų ar aktyvinimo eilutės: pridėkite ją puslapyje „Strategija“.
event-links-title = Renginio sąsajos
event-field-measure = Priemonė
event-field-project = Projektas
event-field-cooperation = Bendradarbiavimo projektas

## Vienas renginys

event-back = Renginiai
event-edit = Redaguoti renginį
event-delete = Ištrinti renginį
event-delete-title = Ištrinti renginį?
event-delete-text = Renginys „{ $title }“ ({ $date }) bus ištrintas. Šio veiksmo atšaukti negalima.
event-delete-confirm = Ištrinti renginį
event-facts-title = Apie renginį
event-cost-on = { $amount } ({ $code })

## Klaidos

problem-group-twice = Ši grupė nurodyta du kartus.
problem-group-above-total = Daugiau nei iš viso dalyvių ({ $total }).
problem-gender-above-total = Moterų ir vyrų kartu daugiau nei iš viso dalyvių ({ $total }).
problem-budget-line-required = Pasirinkite VVG veiklos išlaidų arba aktyvinimo eilutę, kuriai priskiriamos išlaidos.
problem-not-a-budget-line = Pasirinkite VVG veiklos išlaidų arba aktyvinimo eilutę.
problem-unknown-link = Šio įrašo nebėra: pasirinkite kitą.
error-still-referenced-events =
    Ištrinti negalima: su šiuo įrašu { $count ->
        [one] susietas { $count } renginys
        [few] susieti { $count } renginiai
        [many] susieta { $count } renginio
       *[other] susieta { $count } renginių
    }.
