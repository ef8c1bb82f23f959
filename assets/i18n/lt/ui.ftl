# LAG Desk naudotojo sąsaja: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/ui.ftl bei lv/ui.ftl su tuo pačiu id ir kintamaisiais.

## Apvalkalas

nav-label = Pagrindinė navigacija
nav-strategy = Strategija
nav-settings = Nustatymai
app-version = Versija { $version }
loading = Įkeliama…
startup-failed = LAG Desk nepavyko atidaryti duomenų bazės.

## Bendri veiksmai ir formų tekstai

action-save = Išsaugoti
action-cancel = Atšaukti
action-edit = Redaguoti
action-delete = Ištrinti
action-remove = Pašalinti
action-move-up = Perkelti aukštyn
action-move-down = Perkelti žemyn
action-edit-of = Redaguoti { $code }
action-delete-of = Ištrinti { $code }
action-move-up-of = Perkelti { $code } aukštyn
action-move-down-of = Perkelti { $code } žemyn
saving = Saugoma…
option-none = — nėra —
field-optional = Neprivaloma.
form-has-problems = Ištaisykite pažymėtus laukus.
form-shortcuts = Enter arba Ctrl+S – išsaugoti, Esc – atšaukti.
money-hint = Eurais, pvz., 1 234 567,89.

## Kalbos (kiekviena sava kalba)

language-label = Kalba
language-lt = Lietuvių
language-lv = Latviešu
language-en = English

## Pradžios ekranas

welcome-title = Sveiki atvykę į LAG Desk
welcome-intro = LAG Desk šiame kompiuteryje saugo jūsų vietos veiklos grupės (VVG) vietos plėtros strategiją (VPS): jos prioritetus, priemones ir biudžetą, kuris tikrinamas pagal skirtą lėšų sumą ir VVG veiklos išlaidų ribą. Programa veikia be interneto ryšio ir jai nereikia paskyros.
welcome-create-title = Sukurti strategiją
welcome-create-text = Pradėkite nuo tuščios vietos plėtros strategijos ir įveskite jos prioritetus, priemones ir lėšas.
welcome-demo-title = Įkelti pavyzdinę VVG
welcome-demo-text = Susipažinkite su pavyzdine VVG ir jos 2023–2029 m. strategija. Ją bet kada galėsite ištrinti.
welcome-demo-loading = Įkeliama pavyzdinė VVG…

## Strategija

strategy-page-title = Vietos plėtros strategija
strategy-overline = Vietos plėtros strategija (VPS)
strategy-select-label = Rodoma strategija
strategy-new = Nauja strategija
strategy-edit = Redaguoti strategiją
strategy-delete = Ištrinti strategiją
strategy-period = { $start }–{ $end } m.
strategy-updated = Paskutinį kartą keista { $date }
strategy-counts =
    { $priorities ->
        [one] { $priorities } prioritetas
        [few] { $priorities } prioritetai
        [many] { $priorities } prioriteto
       *[other] { $priorities } prioritetų
    }, { $measures ->
        [one] { $measures } priemonė
        [few] { $measures } priemonės
        [many] { $measures } priemonės
       *[other] { $measures } priemonių
    }
strategy-option =
    { $code } – { $title } ({ $priorities ->
        [one] { $priorities } prioritetas
        [few] { $priorities } prioritetai
        [many] { $priorities } prioriteto
       *[other] { $priorities } prioritetų
    }, { $measures ->
        [one] { $measures } priemonė
        [few] { $measures } priemonės
        [many] { $measures } priemonės
       *[other] { $measures } priemonių
    })
strategy-empty-title = Strategijos dar nėra
strategy-empty-text = Sukurkite vietos plėtros strategiją ir suplanuokite jos prioritetus, priemones ir biudžetą.
strategy-empty-action = Sukurti strategiją
strategy-form-new = Nauja strategija
strategy-form-edit = Strategijos redagavimas
strategy-code-hint = Trumpas žymuo, pvz., VPS-2023.
strategy-delete-title = Ištrinti strategiją?
strategy-delete-text =
    Strategija { $code } „{ $title }“ bus ištrinta kartu su { $priorities ->
        [one] { $priorities } prioritetu
        [few] { $priorities } prioritetais
        [many] { $priorities } prioriteto
       *[other] { $priorities } prioritetų
    } ir { $measures ->
        [one] { $measures } priemone
        [few] { $measures } priemonėmis
        [many] { $measures } priemonės
       *[other] { $measures } priemonių
    }. Šio veiksmo atšaukti negalima.
strategy-delete-confirm = Ištrinti strategiją

field-code = Kodas
field-title = Pavadinimas
field-start-year = Pradžios metai
field-end-year = Pabaigos metai
field-status = Būsena
field-envelope = Skirta lėšų suma (EUR)
field-running-cap = VVG veiklos išlaidų ir aktyvinimo riba (%)
field-priority = Prioritetas
field-kind = Rūšis
field-allocation = Suplanuota suma (EUR)
field-planned-projects = Planuojamas projektų skaičius
field-max-intensity = Didžiausias paramos intensyvumas (%)
field-max-grant = Didžiausia paramos suma (EUR)

status-draft = Rengiama
status-approved = Patvirtinta
status-implementing = Įgyvendinama
status-closed = Užbaigta

funding-title = Finansavimo šaltiniai
funding-code = Kodas
funding-name = Pavadinimas
funding-share = Dalis (%)
funding-code-of = Finansavimo šaltinio Nr. { $n } kodas
funding-name-of = Finansavimo šaltinio Nr. { $n } pavadinimas
funding-share-of = Finansavimo šaltinio Nr. { $n } dalis (%)
funding-remove-of = Pašalinti finansavimo šaltinį Nr. { $n }
funding-add = Pridėti finansavimo šaltinį
funding-total = Dalių suma: { $total }
funding-default-eafrd = EŽŪFKP
funding-default-national = Valstybės biudžetas

## Prioritetai ir priemonės

editor-title = Prioritetai ir priemonės
editor-reorder-hint = Tvarką keiskite rodyklėmis arba eilutėje paspaudę Alt+↑ / Alt+↓.
priority-add = Pridėti prioritetą
priority-add-first = Pridėti pirmąjį prioritetą
priority-empty-title = Prioritetų dar nėra
priority-empty-text = Pridėkite pirmąjį prioritetą, o tada – jam įgyvendinti skirtas priemones.
priority-no-measures = Šiame prioritete priemonių dar nėra.
priority-form-new = Naujas prioritetas
priority-form-edit = Prioriteto redagavimas
priority-delete-title = Ištrinti prioritetą?
priority-delete-text = Prioritetas { $code } „{ $title }“ bus ištrintas.
measure-add = Pridėti priemonę
measure-form-new = Nauja priemonė
measure-form-edit = Priemonės redagavimas
measure-delete-title = Ištrinti priemonę?
measure-delete-text = Priemonė { $code } „{ $title }“ bus ištrinta.
measure-projects =
    { $count ->
        [one] { $count } projektas
        [few] { $count } projektai
        [many] { $count } projekto
       *[other] { $count } projektų
    }
measure-intensity = intensyvumas iki { $share }
measure-grant = parama iki { $amount }
measures-outside = Ne prioritetuose: VVG veiklos išlaidos ir aktyvinimas
measure-yearly-title = Suplanuota suma pagal metus
measure-yearly-hint = Neprivaloma. Jei suma metams neskirstoma, visų metų laukus palikite tuščius.
measure-yearly-left = Paskirstyta { $sum } iš { $allocation }; dar liko paskirstyti { $difference }
measure-yearly-over = Paskirstyta { $sum } iš { $allocation }; { $difference } per daug
measure-yearly-spread = Paskirstyta { $sum }

kind-project = Vietos projektai
kind-cooperation = Bendradarbiavimo projektai
kind-running = VVG veiklos išlaidos
kind-animation = Teritorijos gyventojų aktyvinimas

col-code = Kodas
col-title = Pavadinimas
col-allocation = Suplanuota
col-actions = Veiksmai
col-allocated = Suplanuota
col-share = Dalis
col-amount = Suma
col-funding-source = Finansavimo šaltinis
col-year = Metai

## Finansinis planas

plan-title = Finansinis planas
plan-share-note = Prioritetų ir jų priemonių dalys skaičiuojamos nuo vietos projektams skirtų lėšų, o VVG veiklos išlaidų ir aktyvinimo – nuo visos strategijos lėšų.
plan-level-priority = Prioritetas
plan-no-priorities = Prioritetų dar nėra: pridėkite pirmąjį prioritetą aukščiau.
plan-local-total = Vietos projektai
plan-running-total = VVG veiklos išlaidos ir aktyvinimas
plan-cap = riba { $cap }
plan-total = Iš viso
plan-envelope = Skirta lėšų suma
plan-unallocated = Dar nepaskirstyta
plan-funding-title = Pagal finansavimo šaltinius
plan-years-title = Pagal metus
plan-years-note = Suplanuota – pagal metus, kuriems priemonių sumos paskirstytos. Įsipareigota – pagal metus, kuriais projektas pirmą kartą patvirtintas. Išmokėta – pagal išmokėjimo metus.
plan-year-none = Nepriskirta metams
plan-warning-over-envelope = Planas skirtą lėšų sumą viršija { $difference }.
plan-warning-running-cap = VVG veiklos išlaidos ir aktyvinimas sudaro { $share } strategijos lėšų – tai { $difference } daugiau, nei leidžia { $cap } riba.
plan-warning-over-committed = Priemonei { $code } įsipareigota { $difference } daugiau, nei jai suplanuota.

## Nustatymai

settings-title = Nustatymai
settings-language-title = Kalba
settings-language-hint = Kalba iš karto pakeičiama visoje programoje; ja spausdinamos ir suvestinės.
settings-user-title = Koordinatorius
settings-coordinator = Koordinatoriaus vardas ir pavardė
settings-coordinator-hint = Įrašomas į pakeitimų žurnalą ir spausdinamas suvestinėse.
settings-saved = Išsaugota
org-title = Organizacija (VVG)
org-name = VVG pavadinimas
org-legal-code = Juridinio asmens kodas
org-country = Šalis
org-region = Regionas
org-address = Adresas
logo-title = Logotipas
logo-hint = Spausdinamas šalia VVG pavadinimo kiekvienos ataskaitos viršuje. PNG arba JPEG, ne didesnis kaip 1 MB.
logo-alt = VVG logotipas
logo-empty = Logotipo nėra
logo-choose = Pasirinkti paveikslėlį…
logo-remove = Pašalinti logotipą
logo-needs-organisation = Pirmiausia aukščiau išsaugokite VVG pavadinimą: logotipas spausdinamas šalia jo.
closed-years-title = Uždaryti metai
closed-years-hint = Uždarykite metus, kai jų skaičiai galutiniai. Uždarius metus, jų datos pinigų įrašų keisti nebegalima: tais metais pateiktų ar apmokėtų mokėjimo prašymų, tais metais pirmą kartą patvirtintų projektų sumų (arba tais metais pateiktų ir dar nepatvirtintų), tų metų datos būsenų pakeitimų, renginių išlaidų tų metų dienomis ir priemonių tų metų asignavimų. Pavadinimus, aprašymus ir kitus duomenis redaguoti galima ir toliau. Uždarytus metus čia galima atidaryti iš naujo.
closed-years-none = Uždarytų metų nėra.
closed-year-row = { $year } m. — uždaryti { $date }, uždarė { $name }
closed-year-row-anonymous = { $year } m. — uždaryti { $date }
closed-year-reopen = Atidaryti iš naujo
closed-year-reopen-of = Atidaryti { $year } m. iš naujo
closed-year-reopen-title = Atidaryti { $year } m. iš naujo?
closed-year-reopen-text = Tada { $year } m. datos pinigų įrašus vėl bus galima keisti: mokėjimo prašymus, projektų sumas, būsenų pakeitimus, renginių išlaidas ir priemonių { $year } m. asignavimus. Kai skaičiai bus galutiniai, uždarykite metus vėl.
closed-year-input = Uždaromi metai
closed-year-close = Uždaryti metus…
closed-year-close-title = Uždaryti { $year } m.?
closed-year-close-text = Uždarius { $year } m., jų datos pinigų įrašų keisti nebegalima: { $year } m. pateiktų ar apmokėtų mokėjimo prašymų, tais metais pirmą kartą patvirtintų projektų sumų (arba tais metais pateiktų ir dar nepatvirtintų), tų metų datos būsenų pakeitimų, renginių išlaidų tų metų dienomis ir priemonių { $year } m. asignavimų. Pavadinimus, aprašymus ir kitus duomenis redaguoti galima ir toliau. { $year } m. čia bet kada galite atidaryti iš naujo.
closed-year-close-confirm = Uždaryti { $year } m.
closed-year-closed = { $year } m. uždaryti.
closed-year-reopened = { $year } m. vėl atidaryti.
about-title = Apie šią kopiją
about-version = Versija
about-database = Duomenų bazės failas

## Vieno lauko klaidos (problem-<kodas>)

problem-required = Privalomas laukas.
problem-year-out-of-range = Įveskite metus nuo { $min } iki { $max }.
problem-year-closed = { $year } m. uždaryti, todėl tų metų pinigų įrašai nekeičiami. Norėdami pakeisti, atidarykite { $year } m. iš naujo: Nustatymai → Uždaryti metai.
problem-end-before-start = Negali būti ankstesni nei pradžios metai ({ $start }).
problem-negative = Reikšmė negali būti neigiama.
problem-percent-out-of-range = Turi būti nuo 0 % iki 100 %.
problem-funding-sources-required = Pridėkite bent vieną finansavimo šaltinį.
problem-duplicate-code = Kodas { $code } jau naudojamas.
problem-share-out-of-range = Turi būti daugiau nei 0 % ir ne daugiau kaip 100 %.
problem-shares-not-100 = Dalių suma yra { $total }, o turi būti 100 %.
problem-priority-required = Vietos projektų ir bendradarbiavimo priemonės turi priklausyti prioritetui.
problem-not-positive = Reikšmė turi būti didesnė už nulį.
problem-grant-above-allocation = Negali viršyti priemonei suplanuotos sumos ({ $allocation }).
problem-too-long = Per ilgas tekstas: simbolių skaičius negali viršyti { $max }.
problem-not-an-amount = Tai ne suma: rašykite, pvz., 1 234,56.
problem-too-many-decimals = Sumoje po kablelio gali būti ne daugiau kaip du skaitmenys (centai).
problem-too-large = Suma per didelė.
problem-not-a-percent = Tai ne procentai: rašykite, pvz., 85 arba 12,5.
problem-not-a-whole-number = Įveskite sveikąjį skaičių, pvz., 12.
problem-year-negative = { $year } m. suma negali būti neigiama.
problem-year-twice = { $year } m. nurodyti du kartus.
problem-yearly-sum-mismatch = Sumos pagal metus sudaro { $sum }, o priemonei suplanuota { $allocation }: skirtumas – { $difference }.
problem-year-outside-period = { $year } m. nepatenka į strategijos laikotarpį ({ $start }–{ $end } m.).
problem-period-leaves-out-year = Priemonei { $measure } lėšų suplanuota { $year } m., o šie metai į tokį laikotarpį nepatektų.
problem-logo-empty = Failas tuščias.
problem-logo-too-large = Paveikslėlis didesnis nei { $max }: pasirinkite mažesnį failą.
problem-logo-not-image = Tai nėra PNG ar JPEG paveikslėlis.
problem-logo-unreadable = Paveikslėlis sugadintas arba jo negalima išspausdinti: išsaugokite jį iš naujo PNG arba JPEG formatu.
problem-organisation-first = Pirmiausia išsaugokite VVG pavadinimą: logotipas spausdinamas šalia jo.

## Viso veiksmo klaidos (error-<kodas>)

error-invalid = Kai kuriuos laukus reikia ištaisyti.
error-duplicate-code = Šis kodas jau naudojamas.
error-not-found = Šio įrašo nebėra. Galbūt jis buvo ištrintas.
error-still-referenced =
    { $entity ->
        [measure] Šią priemonę naudoja { $count ->
            [one] { $count } kvietimas, projektas ar rodiklis
            [few] { $count } kvietimai, projektai ar rodikliai
            [many] { $count } kvietimo, projekto ar rodiklio
           *[other] { $count } kvietimų, projektų ar rodiklių
        }: jos ištrinti negalima.
        [strategy] Šioje strategijoje yra { $count ->
            [one] { $count } kvietimas ar projektas
            [few] { $count } kvietimai ir projektai
            [many] { $count } kvietimo ir projekto
           *[other] { $count } kvietimų ir projektų
        }: jos ištrinti negalima.
        [call] Kvietime užregistruota { $count ->
            [one] { $count } paraiška
            [few] { $count } paraiškos
            [many] { $count } paraiškos
           *[other] { $count } paraiškų
        }: jo ištrinti negalima.
        [call-measure] Šiai kvietimo priemonei užregistruota { $count ->
            [one] { $count } paraiška
            [few] { $count } paraiškos
            [many] { $count } paraiškos
           *[other] { $count } paraiškų
        }: jos iš kvietimo pašalinti negalima.
        [project] Šis projektas turi { $count ->
            [one] { $count } mokėjimo prašymą
            [few] { $count } mokėjimo prašymus
            [many] { $count } mokėjimo prašymo
           *[other] { $count } mokėjimo prašymų
        }: jo ištrinti negalima.
        [applicant] Šis pareiškėjas turi { $count ->
            [one] { $count } paraišką
            [few] { $count } paraiškas
            [many] { $count } paraiškos
           *[other] { $count } paraiškų
        }: jo ištrinti negalima.
        [member] Šis narys dalyvavo { $count ->
            [one] { $count } posėdyje
            [few] { $count } posėdžiuose
            [many] { $count } posėdžio
           *[other] { $count } posėdžių
        }: jo ištrinti negalima.
        [meeting] Šiame posėdyje { $count ->
            [one] priimtas { $count } sprendimas
            [few] priimti { $count } sprendimai
            [many] priimta { $count } sprendimo
           *[other] priimta { $count } sprendimų
        }: jo ištrinti negalima.
        [agenda-item] Šiuo darbotvarkės klausimu jau priimtas sprendimas: pirmiausia ištrinkite sprendimą.
       *[other] Šiame prioritete dar yra { $count ->
            [one] { $count } priemonė
            [few] { $count } priemonės
            [many] { $count } priemonės
           *[other] { $count } priemonių
        }: pirmiausia jas perkelkite arba ištrinkite.
    }
error-database-newer = Duomenų bazė įrašyta naujesne LAG Desk versija. Norėdami ją atidaryti, įdiekite naujesnę versiją.
error-database-damaged = Duomenų bazės failas sugadintas, todėl LAG Desk negali jo atidaryti. Failas nepakeistas.
error-not-a-lagdesk-database = Šis failas nėra LAG Desk duomenų bazė.
error-internal = LAG Desk viduje įvyko klaida. Niekas nepakeista.
