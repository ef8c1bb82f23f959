# LAG Desk lietotāja saskarne: latviešu valoda.
# Katrs ziņojums ir arī en/ui.ftl un lt/ui.ftl ar to pašu id un mainīgajiem.

## Ietvars

nav-label = Galvenā navigācija
nav-strategy = Stratēģija
nav-settings = Iestatījumi
app-version = Versija { $version }
loading = Ielādē…
startup-failed = LAG Desk neizdevās atvērt datubāzi.

## Kopīgās darbības un veidlapu teksti

action-save = Saglabāt
action-cancel = Atcelt
action-edit = Labot
action-delete = Dzēst
action-remove = Noņemt
action-move-up = Pārvietot uz augšu
action-move-down = Pārvietot uz leju
action-edit-of = Labot { $code }
action-delete-of = Dzēst { $code }
action-move-up-of = Pārvietot { $code } uz augšu
action-move-down-of = Pārvietot { $code } uz leju
saving = Saglabā…
option-none = — nav —
field-optional = Nav obligāts.
form-has-problems = Lūdzu, izlabojiet atzīmētos laukus.
form-shortcuts = Enter vai Ctrl+S – saglabāt, Esc – atcelt.
money-hint = Eiro, piem., 1 234 567,89.

## Valodas (katra savā valodā)

language-label = Valoda
language-lt = Lietuvių
language-lv = Latviešu
language-en = English

## Sākuma ekrāns

welcome-title = Laipni lūgti LAG Desk
welcome-intro = LAG Desk šajā datorā glabā jūsu vietējās rīcības grupas (VRG) vietējās attīstības stratēģiju: tās prioritātes, rīcības un budžetu, ko salīdzina ar piešķirto finansējumu un darbības izmaksu ierobežojumu. Programma darbojas bez interneta savienojuma un neprasa lietotāja kontu.
welcome-create-title = Izveidot stratēģiju
welcome-create-text = Sāciet ar tukšu vietējās attīstības stratēģiju un ievadiet tās prioritātes, rīcības un finansējumu.
welcome-demo-title = Ielādēt demonstrācijas VRG
welcome-demo-text = Iepazīstieties ar parauga VRG un tās 2023.–2029. gada stratēģiju. To varēsiet dzēst jebkurā brīdī.
welcome-demo-loading = Ielādē demonstrācijas VRG…

## Stratēģija

strategy-page-title = Vietējās attīstības stratēģija
strategy-overline = Vietējās attīstības stratēģija
strategy-select-label = Parādītā stratēģija
strategy-new = Jauna stratēģija
strategy-edit = Labot stratēģiju
strategy-delete = Dzēst stratēģiju
strategy-period = { $start }.–{ $end }. gads
strategy-updated = Pēdējoreiz mainīta { $date }
strategy-counts =
    { $priorities ->
        [zero] { $priorities } prioritāšu
        [one] { $priorities } prioritāte
       *[other] { $priorities } prioritātes
    }, { $measures ->
        [zero] { $measures } rīcību
        [one] { $measures } rīcība
       *[other] { $measures } rīcības
    }
strategy-option =
    { $code } – { $title } ({ $priorities ->
        [zero] { $priorities } prioritāšu
        [one] { $priorities } prioritāte
       *[other] { $priorities } prioritātes
    }, { $measures ->
        [zero] { $measures } rīcību
        [one] { $measures } rīcība
       *[other] { $measures } rīcības
    })
strategy-empty-title = Stratēģijas vēl nav
strategy-empty-text = Izveidojiet vietējās attīstības stratēģiju, lai plānotu tās prioritātes, rīcības un budžetu.
strategy-empty-action = Izveidot stratēģiju
strategy-form-new = Jauna stratēģija
strategy-form-edit = Stratēģijas labošana
strategy-code-hint = Īss apzīmējums, piem., VRG-2023.
strategy-delete-title = Dzēst stratēģiju?
strategy-delete-text =
    Stratēģija { $code } „{ $title }” tiks dzēsta kopā ar { $priorities ->
        [zero] { $priorities } prioritātēm
        [one] { $priorities } prioritāti
       *[other] { $priorities } prioritātēm
    } un { $measures ->
        [zero] { $measures } rīcībām
        [one] { $measures } rīcību
       *[other] { $measures } rīcībām
    }. Šo darbību nevar atsaukt.
strategy-delete-confirm = Dzēst stratēģiju

field-code = Kods
field-title = Nosaukums
field-start-year = Sākuma gads
field-end-year = Beigu gads
field-status = Statuss
field-envelope = Piešķirtais finansējums (EUR)
field-running-cap = Darbības izmaksu un aktivizēšanas ierobežojums (%)
field-priority = Prioritāte
field-kind = Veids
field-allocation = Plānotais finansējums (EUR)
field-planned-projects = Plānotais projektu skaits
field-max-intensity = Maksimālā atbalsta intensitāte (%)
field-max-grant = Maksimālais atbalsta apmērs (EUR)

status-draft = Sagatavošanā
status-approved = Apstiprināta
status-implementing = Tiek īstenota
status-closed = Noslēgta

funding-title = Finansējuma avoti
funding-code = Kods
funding-name = Nosaukums
funding-share = Daļa (%)
funding-code-of = { $n }. finansējuma avota kods
funding-name-of = { $n }. finansējuma avota nosaukums
funding-share-of = { $n }. finansējuma avota daļa (%)
funding-remove-of = Noņemt { $n }. finansējuma avotu
funding-add = Pievienot finansējuma avotu
funding-total = Daļu summa: { $total }
funding-default-eafrd = ELFLA
funding-default-national = Valsts budžets

## Prioritātes un rīcības

editor-title = Prioritātes un rīcības
editor-reorder-hint = Secību mainiet ar bultiņām vai rindā nospiežot Alt+↑ / Alt+↓.
priority-add = Pievienot prioritāti
priority-add-first = Pievienot pirmo prioritāti
priority-empty-title = Prioritāšu vēl nav
priority-empty-text = Pievienojiet pirmo prioritāti un pēc tam rīcības tās īstenošanai.
priority-no-measures = Šajā prioritātē vēl nav rīcību.
priority-form-new = Jauna prioritāte
priority-form-edit = Prioritātes labošana
priority-delete-title = Dzēst prioritāti?
priority-delete-text = Prioritāte { $code } „{ $title }” tiks dzēsta.
measure-add = Pievienot rīcību
measure-form-new = Jauna rīcība
measure-form-edit = Rīcības labošana
measure-delete-title = Dzēst rīcību?
measure-delete-text = Rīcība { $code } „{ $title }” tiks dzēsta.
measure-projects =
    { $count ->
        [zero] { $count } projektu
        [one] { $count } projekts
       *[other] { $count } projekti
    }
measure-intensity = intensitāte līdz { $share }
measure-grant = atbalsts līdz { $amount }
measures-outside = Ārpus prioritātēm: darbības izmaksas un aktivizēšana
measure-yearly-title = Plānotais finansējums pa gadiem
measure-yearly-hint = Nav obligāti. Ja finansējums pa gadiem netiek sadalīts, atstājiet visus gadus tukšus.
measure-yearly-left = Sadalīti { $sum } no { $allocation }; vēl jāsadala { $difference }
measure-yearly-over = Sadalīti { $sum } no { $allocation }; par { $difference } par daudz
measure-yearly-spread = Sadalīti { $sum }

kind-project = Projekti
kind-cooperation = Sadarbības projekti
kind-running = Darbības izmaksas
kind-animation = Teritorijas aktivizēšana

col-code = Kods
col-title = Nosaukums
col-allocation = Plānots
col-actions = Darbības
col-allocated = Plānots
col-share = Daļa
col-amount = Summa
col-funding-source = Finansējuma avots
col-year = Gads

## Finanšu plāns

plan-title = Finanšu plāns
plan-share-note = Prioritāšu un to rīcību daļa aprēķināta no projektiem paredzētā finansējuma, darbības izmaksu un aktivizēšanas daļa – no visas stratēģijas.
plan-level-priority = Prioritāte
plan-no-priorities = Prioritāšu vēl nav: pievienojiet pirmo prioritāti augstāk.
plan-local-total = Projekti
plan-running-total = Darbības izmaksas un aktivizēšana
plan-cap = ierobežojums { $cap }
plan-total = Kopā
plan-envelope = Piešķirtais finansējums
plan-unallocated = Vēl nesadalīts
plan-funding-title = Pa finansējuma avotiem
plan-years-title = Pa gadiem
plan-years-note = Plānots – pa gadiem, kuros rīcību finansējums sadalīts. Saistības – pēc gada, kurā projekts pirmoreiz apstiprināts. Izmaksāts – pēc izmaksas gada.
plan-year-none = Nav piesaistīts gadam
plan-warning-over-envelope = Plāns pārsniedz piešķirto finansējumu par { $difference }.
plan-warning-running-cap = Darbības izmaksas un aktivizēšana veido { $share } no stratēģijas un par { $difference } pārsniedz { $cap } ierobežojumu.
plan-warning-over-committed = Rīcībai { $code } uzņemtās saistības par { $difference } pārsniedz tai plānoto finansējumu.

## Iestatījumi

settings-title = Iestatījumi
settings-language-title = Valoda
settings-language-hint = Valoda uzreiz mainās visā programmā; tajā drukā arī kopsavilkumus.
settings-user-title = Koordinators
settings-coordinator = Koordinatora vārds un uzvārds
settings-coordinator-hint = Tiek ierakstīts izmaiņu žurnālā un drukātajos kopsavilkumos.
settings-saved = Saglabāts
org-title = Organizācija (VRG)
org-name = VRG nosaukums
org-legal-code = Reģistrācijas numurs
org-country = Valsts
org-region = Reģions
org-address = Adrese
logo-title = Logotips
logo-hint = Tiek drukāts blakus VRG nosaukumam katra pārskata augšdaļā. PNG vai JPEG, līdz 1 MB.
logo-alt = VRG logotips
logo-empty = Logotipa nav
logo-choose = Izvēlēties attēlu…
logo-remove = Noņemt logotipu
logo-needs-organisation = Vispirms augstāk saglabājiet VRG nosaukumu: logotips tiek drukāts blakus tam.
closed-years-title = Slēgtie gadi
closed-years-hint = Slēdziet gadu, kad tā skaitļi ir galīgi. Kad gads ir slēgts, ar to datētos naudas ierakstus vairs nevar mainīt: tajā iesniegtos vai apmaksātos maksājuma pieprasījumus, tajā pirmoreiz apstiprināto projektu summas (vai tajā iesniegto un vēl neapstiprināto), tajā datētās statusa izmaiņas, pasākumu izmaksas tā dienās un rīcību piešķīrumus šim gadam. Nosaukumus, aprakstus un citas ziņas joprojām var labot. Slēgtu gadu šeit var atvērt no jauna.
closed-years-none = Neviens gads nav slēgts.
closed-year-row = { $year }. gads — slēgts { $date }, slēdza { $name }
closed-year-row-anonymous = { $year }. gads — slēgts { $date }
closed-year-reopen = Atvērt no jauna
closed-year-reopen-of = Atvērt { $year }. gadu no jauna
closed-year-reopen-title = Atvērt { $year }. gadu no jauna?
closed-year-reopen-text = Tad ar { $year }. gadu datētos naudas ierakstus atkal varēs mainīt: maksājuma pieprasījumus, projektu summas, statusa izmaiņas, pasākumu izmaksas un rīcību piešķīrumus { $year }. gadam. Kad skaitļi ir galīgi, slēdziet gadu vēlreiz.
closed-year-input = Slēdzamais gads
closed-year-close = Slēgt gadu…
closed-year-close-title = Slēgt { $year }. gadu?
closed-year-close-text = Kad { $year }. gads ir slēgts, ar to datētos naudas ierakstus vairs nevar mainīt: { $year }. gadā iesniegtos vai apmaksātos maksājuma pieprasījumus, tajā pirmoreiz apstiprināto projektu summas (vai tajā iesniegto un vēl neapstiprināto), tajā datētās statusa izmaiņas, pasākumu izmaksas tā dienās un rīcību piešķīrumus { $year }. gadam. Nosaukumus, aprakstus un citas ziņas joprojām var labot. { $year }. gadu šeit jebkurā laikā var atvērt no jauna.
closed-year-close-confirm = Slēgt { $year }. gadu
closed-year-closed = { $year }. gads ir slēgts.
closed-year-reopened = { $year }. gads atkal ir atvērts.
about-title = Par šo kopiju
about-version = Versija
about-database = Datubāzes fails

## Viena lauka kļūdas (problem-<kods>)

problem-required = Obligāti aizpildāms lauks.
problem-year-out-of-range = Ievadiet gadu no { $min } līdz { $max }.
problem-year-closed = { $year }. gads ir slēgts, tāpēc tā naudas ierakstus mainīt nevar. Lai mainītu, atveriet { $year }. gadu no jauna: Iestatījumi → Slēgtie gadi.
problem-end-before-start = Nedrīkst būt agrāk par sākuma gadu ({ $start }).
problem-negative = Vērtība nedrīkst būt negatīva.
problem-percent-out-of-range = Jābūt no 0 % līdz 100 %.
problem-funding-sources-required = Pievienojiet vismaz vienu finansējuma avotu.
problem-duplicate-code = Kods { $code } jau ir izmantots.
problem-share-out-of-range = Jābūt vairāk nekā 0 % un ne vairāk kā 100 %.
problem-shares-not-100 = Daļu summa ir { $total }, nevis 100 %.
problem-priority-required = Projektu un sadarbības rīcībām jāpieder kādai prioritātei.
problem-not-positive = Vērtībai jābūt lielākai par nulli.
problem-grant-above-allocation = Nedrīkst pārsniegt rīcībai plānoto finansējumu ({ $allocation }).
problem-too-long = Pārāk garš teksts: rakstzīmju skaits nedrīkst pārsniegt { $max }.
problem-not-an-amount = Tā nav summa: rakstiet, piem., 1 234,56.
problem-too-many-decimals = Summā aiz komata drīkst būt ne vairāk kā divi cipari (centi).
problem-too-large = Summa ir pārāk liela.
problem-not-a-percent = Tie nav procenti: rakstiet, piem., 85 vai 12,5.
problem-not-a-whole-number = Ievadiet veselu skaitli, piem., 12.
problem-year-negative = { $year }. gada summa nedrīkst būt negatīva.
problem-year-twice = { $year }. gads norādīts divreiz.
problem-yearly-sum-mismatch = Summas pa gadiem kopā ir { $sum }, bet rīcībai plānotais finansējums ir { $allocation }: starpība { $difference }.
problem-year-outside-period = { $year }. gads neietilpst stratēģijas periodā ({ $start }.–{ $end }. gads).
problem-period-leaves-out-year = Rīcībai { $measure } ir plānots finansējums { $year }. gadā, kas šajā periodā vairs neietilptu.
problem-logo-empty = Fails ir tukšs.
problem-logo-too-large = Attēls ir lielāks par { $max }: izvēlieties mazāku failu.
problem-logo-not-image = Tas nav PNG vai JPEG attēls.
problem-logo-unreadable = Attēls ir bojāts vai to nevar izdrukāt: saglabājiet to vēlreiz PNG vai JPEG formātā.
problem-organisation-first = Vispirms saglabājiet VRG nosaukumu: logotips tiek drukāts blakus tam.

## Visas darbības kļūdas (error-<kods>)

error-invalid = Dažus laukus nepieciešams izlabot.
error-duplicate-code = Šis kods jau ir izmantots.
error-not-found = Šī ieraksta vairs nav. Iespējams, tas ir dzēsts.
error-still-referenced =
    { $entity ->
        [measure] Šo rīcību izmanto { $count ->
            [zero] { $count } kārtu, projektu vai rādītāju
            [one] { $count } kārta, projekts vai rādītājs
           *[other] { $count } kārtas, projekti vai rādītāji
        }: to nevar dzēst.
        [strategy] Šai stratēģijai ir { $count ->
            [zero] { $count } kārtu un projektu
            [one] { $count } kārta vai projekts
           *[other] { $count } kārtas un projekti
        }: to nevar dzēst.
        [call] Kārtā reģistrēti { $count ->
            [zero] { $count } projektu iesniegumu
            [one] { $count } projekta iesniegums
           *[other] { $count } projektu iesniegumi
        }: to nevar dzēst.
        [call-measure] Šai kārtas rīcībai reģistrēti { $count ->
            [zero] { $count } projektu iesniegumu
            [one] { $count } projekta iesniegums
           *[other] { $count } projektu iesniegumi
        }: to nevar izņemt no kārtas.
        [project] Šim projektam ir { $count ->
            [zero] { $count } maksājuma pieprasījumu
            [one] { $count } maksājuma pieprasījums
           *[other] { $count } maksājuma pieprasījumi
        }: to nevar dzēst.
        [applicant] Šim projekta iesniedzējam ir { $count ->
            [zero] { $count } projektu iesniegumu
            [one] { $count } projekta iesniegums
           *[other] { $count } projektu iesniegumi
        }: to nevar dzēst.
        [member] Šis biedrs ir piedalījies { $count ->
            [zero] { $count } sēdēs
            [one] { $count } sēdē
           *[other] { $count } sēdēs
        }: to nevar dzēst.
        [meeting] Šajā sēdē { $count ->
            [zero] pieņemti { $count } lēmumu
            [one] pieņemts { $count } lēmums
           *[other] pieņemti { $count } lēmumi
        }: to nevar dzēst.
        [agenda-item] Par šo darba kārtības jautājumu jau pieņemts lēmums: vispirms dzēsiet lēmumu.
       *[other] Šajā prioritātē vēl ir { $count ->
            [zero] { $count } rīcību
            [one] { $count } rīcība
           *[other] { $count } rīcības
        }: vispirms pārvietojiet vai dzēsiet tās.
    }
error-database-newer = Datubāze ir saglabāta ar jaunāku LAG Desk versiju. Lai to atvērtu, instalējiet jaunāko versiju.
error-database-damaged = Datubāzes fails ir bojāts, tāpēc LAG Desk to nevar atvērt. Fails nav mainīts.
error-not-a-lagdesk-database = Šis fails nav LAG Desk datubāze.
error-internal = LAG Desk iekšienē radās kļūda. Nekas netika mainīts.
