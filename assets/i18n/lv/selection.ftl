# LAG Desk projektu atlase: latviešu valodā.
# Katrs ziņojums ir arī en/selection.ftl un lt/selection.ftl ar to pašu id un mainīgajiem.

## Kritēriji un minimālais punktu skaits

selection-rules-title = Vērtēšanas kritēriji
selection-rules-set = Noteikt kritērijus
selection-rules-edit = Labot kritērijus
selection-rules-empty = Vērtēšanas kritēriju vēl nav. Nosakiet tos un minimālo punktu skaitu, pirms vērtētāji sāk vērtēt projektu iesniegumus.
selection-col-position = Nr.
selection-col-criterion = Kritērijs
selection-col-max = Maks. punkti
selection-most = Maksimālais iespējamais punktu skaits
selection-threshold-is = Minimālais punktu skaits: { $points } (vērtētāju vidējais vērtējums).
selection-threshold-none = Minimālais punktu skaits nav noteikts: neviens novērtēts projekta iesniegums netiek noraidīts par pārāk mazu punktu skaitu.
selection-rules-form-title = Kārtas { $code } vērtēšanas kritēriji
selection-scored-hint = Projektu iesniegumi jau tiek vērtēti: kritēriju, pēc kura piešķirti punkti, nevar noņemt, jaunus kritērijus nevar pievienot, un maksimālais punktu skaits nevar būt mazāks par jau piešķirto.
selection-criteria-legend = Kritēriji vērtēšanas lapas secībā
selection-field-threshold = Minimālais punktu skaits (vidēji)
selection-threshold-hint = Nav obligāti. Vērtētāju piešķirto kopsummu vidējais, kas projekta iesniegumam jāsasniedz, lai to nenoraidītu.
criterion-title-of = Kritērija Nr. { $n } nosaukums
criterion-max-of = Kritērija Nr. { $n } maksimālais punktu skaits
criterion-up-of = Pārvietot kritēriju Nr. { $n } uz augšu
criterion-down-of = Pārvietot kritēriju Nr. { $n } uz leju
criterion-remove-of = Noņemt kritēriju Nr. { $n }
criterion-add = Pievienot kritēriju
selection-max-sum = Maksimālais iespējamais punktu skaits: { $points }

## Vērtēšanas lapas

score-title = Vērtēšanas lapas
score-needs-criteria = Pirms punktu ievadīšanas nosakiet vērtēšanas kritērijus.
score-none-scorable = Pagaidām nav ko vērtēt: ar punktiem vērtē tikai vērtēšanai pieņemtus projektu iesniegumus.
score-field-project = Projekta iesniegums
score-add = Pievienot vērtēšanas lapu
score-no-sheets = Šim projekta iesniegumam vērtēšanas lapu vēl nav.
score-col-evaluator = Vērtētājs
score-col-total = Kopā
score-sheet-edit-of = Labot vērtēšanas lapu: { $name }
score-sheet-delete-of = Dzēst vērtēšanas lapu: { $name }
score-delete-title = Dzēst vērtēšanas lapu?
score-delete-text = Projekta iesnieguma { $code } vērtēšanas lapa (vērtētājs: { $name }) tiks dzēsta, un rangu saraksts tiks pārrēķināts.
score-form-title = Vērtēšanas lapa: { $code } { $title }
score-field-evaluator = Vērtētājs
score-evaluator-hint = Tiek piedāvāti šajā kārtā jau izmantotie vārdi. Ja šis vērtētājs jau ir vērtējis projekta iesniegumu, jaunā lapa aizstās iepriekšējo.
score-evaluator-fixed = Lai vērtētu ar citu vārdu, pievienojiet jaunu lapu.
score-points-legend = Punkti pa kritērijiem
score-max = Ne vairāk kā { $points }
score-total = Kopā: { $points } no { $max }

## Rangu saraksts

ranking-title = Projektu rangu saraksts
ranking-rule-average = Projekta iesnieguma vērtējums ir tā vērtētāju piešķirto punktu kopsummu vidējais.
ranking-rule-threshold = Projekta iesniegumu noraida, ja šis vidējais nesasniedz minimālo punktu skaitu ({ $points }).
ranking-rule-no-threshold = Minimālais punktu skaits nav noteikts: neviens novērtēts projekta iesniegums netiek noraidīts par pārāk mazu punktu skaitu.
ranking-rule-ties = Ja punktu skaits ir vienāds, augstāk ierindo iesniegumu ar mazāku pieprasīto atbalstu, tad agrāk iesniegto, tad to, kuram ir mazāks reģistrācijas numurs.
ranking-rule-money = Virzoties pa sarakstu uz leju, projekta iesniegumu atlasa, kamēr rīcībai kārtā pieejamais finansējums sedz tā pieprasīto atbalstu.
ranking-rule-reserve = Sākot ar pirmo iesniegumu, kuram finansējuma vairs nepietiek, visus minimālo punktu skaitu sasniegušos iesniegumus saraksta secībā iekļauj rezerves sarakstā – nevienu neizlaižot.
ranking-caption = Rīcības { $code } rangu saraksts
ranking-col-rank = Vieta
ranking-col-applicant = Projekta iesniedzējs
ranking-col-evaluators = Vērtētāji
ranking-col-score = Punkti
ranking-col-cumulative = Kumulatīvā summa
ranking-col-proposal = Priekšlikums
proposal-below-threshold = Par maz punktu
ranking-funding-line = Finansējuma robeža: augstāk esošajiem iesniegumiem rīcības finansējuma pietiek
ranking-threshold-line = Minimālais punktu skaits: zemāk esošie iesniegumi to nesasniedz
ranking-empty = Neviens šīs rīcības projekta iesniegums vēl nav novērtēts.
ranking-available = Pieejams kārtā
ranking-selected = Atlasīts
ranking-reserve = Rezerves sarakstā
ranking-remaining = Atlikums

## Vēl nav sarindoti

unscored-title =
    Gaida vērtēšanu: { $count ->
        [zero] { $count } projektu iesniegumu
        [one] { $count } projekta iesniegums
       *[other] { $count } projektu iesniegumi
    }
unscored-hint = Kamēr vērtēšanai pieņemtajiem projektu iesniegumiem nav vērtēšanas lapu, atlases lēmumu pieņemt nevar.
unscored-col-reason = Iemesls
unscored-reason-submitted = Nav veikta administratīvās atbilstības pārbaude
unscored-reason-waiting = Vēl nav vērtēšanas lapas

## Sēdes lēmums par atlasi

selection-preview-title = Ja lēmums tiks pieņemts:
selection-preview-none = Nav novērtētu projektu iesniegumu, kas gaida lēmumu.
selection-preview-waiting =
    { $count ->
        [zero] Projektu iesniegumiem { $projects } vēl nav vērtēšanas lapu
        [one] Projekta iesniegumam { $projects } vēl nav vērtēšanas lapas
       *[other] Projektu iesniegumiem { $projects } vēl nav vērtēšanas lapu
    }: lēmumu nevar reģistrēt, kamēr nav novērtēti visi vērtēšanai pieņemtie iesniegumi.

## Kritērija, punktu vai atlases kļūdas (problem-<code>)

problem-not-points = Tas nav punktu skaits: rakstiet, piemēram, 7,5 vai 12.
problem-points-too-many-decimals = Aiz komata – ne vairāk kā divi cipari.
problem-points-too-large = Pārāk liels punktu skaits.
problem-threshold-above-maximum = Pārsniedz maksimālo punktu skaitu, ko var iegūt pēc kritērijiem ({ $most }).
problem-criterion-scored = Pēc kritērija „{ $criterion }” jau piešķirti punkti: pirms tā noņemšanas izdzēsiet vērtēšanas lapas.
problem-call-scored = Projektu iesniegumi jau tiek vērtēti: jaunu kritēriju pievienot nevar.
problem-below-given-score = Vērtētājs pēc šī kritērija jau piešķīra { $given }: maksimālais punktu skaits nevar būt mazāks.
problem-unknown-criterion = Tas nav šīs kārtas kritērijs.
problem-criterion-twice = Pēc šī kritērija punkti piešķirti divreiz.
problem-score-above-maximum = Kritērija „{ $criterion }” maksimālais punktu skaits ir { $max }.
problem-criterion-missing = Pēc kritērija „{ $criterion }” punkti nav piešķirti.
problem-no-criteria = Kārtai vēl nav noteikti vērtēšanas kritēriji.
problem-not-scorable = Projekta iesnieguma { $project } statuss ir „{ $status }”: ar punktiem vērtē tikai vērtēšanai pieņemtus, novērtētus un rezerves sarakstā esošus iesniegumus.
problem-no-call = Projekta iesniegums nav iesniegts nevienā kārtā.
problem-applications-unscored = Pirms atlases lēmuma jānovērtē visi kārtas { $call } vērtēšanai pieņemtie projektu iesniegumi. Vērtēšanas lapu vēl nav: { $projects }.
problem-nothing-to-select = Kārtā { $call } nav novērtētu projektu iesniegumu, kas gaida atlases lēmumu.
problem-moved-on = Pēc šī lēmuma projekta iesnieguma { $project } statuss jau ir mainīts uz „{ $status }”: atlasi atsaukt nevar.
