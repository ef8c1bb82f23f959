# LAG Desk vietos projektų atranka: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/selection.ftl bei lv/selection.ftl su tuo pačiu id ir kintamaisiais.

## Kriterijai ir minimali balų suma

selection-rules-title = Atrankos kriterijai
selection-rules-set = Nustatyti kriterijus
selection-rules-edit = Redaguoti kriterijus
selection-rules-empty = Atrankos kriterijų dar nėra. Nustatykite juos ir minimalią balų sumą prieš pradedant vertinti paraiškas.
selection-col-position = Nr.
selection-col-criterion = Kriterijus
selection-col-max = Didžiausias balas
selection-most = Didžiausia galima balų suma
selection-threshold-is = Minimali balų suma: { $points } (vertintojų balų vidurkis).
selection-threshold-none = Minimali balų suma nenustatyta: dėl per mažo balų skaičiaus neatmetama nė viena įvertinta paraiška.
selection-rules-form-title = Kvietimo { $code } atrankos kriterijai
selection-scored-hint = Paraiškos jau vertinamos: kriterijaus, pagal kurį skirta balų, pašalinti negalima, naujų kriterijų pridėti negalima, o didžiausias balas negali būti mažesnis už jau skirtą.
selection-criteria-legend = Kriterijai vertinimo lapo tvarka
selection-field-threshold = Minimali balų suma (vidurkis)
selection-threshold-hint = Neprivaloma. Vertintojų skirtų balų sumų vidurkis, kurį turi pasiekti paraiška, kad nebūtų atmesta.
criterion-title-of = Kriterijaus Nr. { $n } pavadinimas
criterion-max-of = Kriterijaus Nr. { $n } didžiausias balas
criterion-up-of = Perkelti kriterijų Nr. { $n } aukštyn
criterion-down-of = Perkelti kriterijų Nr. { $n } žemyn
criterion-remove-of = Pašalinti kriterijų Nr. { $n }
criterion-add = Pridėti kriterijų
selection-max-sum = Didžiausia galima balų suma: { $points }

## Vertinimo lapai

score-title = Vertinimo lapai
score-needs-criteria = Prieš įvesdami balus nustatykite atrankos kriterijus.
score-none-scorable = Kol kas nėra ką vertinti: balais vertinamos tik priimtos vertinti paraiškos.
score-field-project = Paraiška
score-add = Pridėti vertinimo lapą
score-no-sheets = Šios paraiškos vertinimo lapų dar nėra.
score-col-evaluator = Vertintojas
score-col-total = Iš viso
score-sheet-edit-of = Taisyti vertinimo lapą: { $name }
score-sheet-delete-of = Ištrinti vertinimo lapą: { $name }
score-delete-title = Ištrinti vertinimo lapą?
score-delete-text = Paraiškos { $code } vertinimo lapas (vertintojas – { $name }) bus ištrintas, o pirmumo eilė perskaičiuota.
score-form-title = Vertinimo lapas: { $code } { $title }
score-field-evaluator = Vertintojas
score-evaluator-hint = Siūlomi šiame kvietime jau naudoti vardai. Jei šis vertintojas paraišką jau vertino, naujas lapas pakeis ankstesnįjį.
score-evaluator-fixed = Norėdami vertinti kitu vardu, pridėkite naują lapą.
score-points-legend = Balai pagal kriterijus
score-max = Daugiausia { $points }
score-total = Iš viso: { $points } iš { $max }

## Pirmumo eilė

ranking-title = Projektų pirmumo eilė
ranking-rule-average = Paraiškos balas – jos vertintojų skirtų balų sumų vidurkis.
ranking-rule-threshold = Paraiška atmetama, jei šis vidurkis nesiekia minimalios balų sumos ({ $points }).
ranking-rule-no-threshold = Minimali balų suma nenustatyta: dėl per mažo balų skaičiaus neatmetama nė viena įvertinta paraiška.
ranking-rule-ties = Surinkus vienodą balų sumą, aukščiau įrašoma paraiška, kurioje prašoma mažesnės paramos sumos, po to – anksčiau pateikta, galiausiai – turinti mažesnį registracijos numerį.
ranking-rule-money = Einant eile žemyn, paraiška atrenkama, kol kvietimui pagal priemonę skirtų lėšų pakanka prašomai paramos sumai padengti.
ranking-rule-reserve = Nuo pirmosios paraiškos, kuriai lėšų nebepakanka, visos minimalią balų sumą surinkusios paraiškos eilės tvarka įrašomos į rezervinį sąrašą – nė viena nepraleidžiama.
ranking-caption = Priemonės { $code } pirmumo eilė
ranking-col-rank = Eilė
ranking-col-applicant = Pareiškėjas
ranking-col-evaluators = Vertintojai
ranking-col-score = Balas
ranking-col-cumulative = Kaupiamoji suma
ranking-col-proposal = Siūloma
proposal-below-threshold = Per mažai balų
ranking-funding-line = Finansavimo riba: aukščiau esančioms paraiškoms priemonės lėšų pakanka
ranking-threshold-line = Minimali balų suma: žemiau esančios paraiškos jos nesurinko
ranking-empty = Nė viena šios priemonės paraiška dar neįvertinta.
ranking-available = Skirta kvietimui
ranking-selected = Atrinkta
ranking-reserve = Rezerviniame sąraše
ranking-remaining = Lieka

## Dar neįtrauktos į eilę

unscored-title =
    Laukia vertinimo: { $count ->
        [one] { $count } paraiška
        [few] { $count } paraiškos
        [many] { $count } paraiškos
       *[other] { $count } paraiškų
    }
unscored-hint = Kol priimtos vertinti paraiškos neturi vertinimo lapų, atrankos sprendimo priimti negalima.
unscored-col-reason = Priežastis
unscored-reason-submitted = Neatlikta administracinės atitikties patikra
unscored-reason-waiting = Dar nėra vertinimo lapo

## Posėdžio sprendimas dėl atrankos

selection-preview-title = Jei sprendimas bus priimtas:
selection-preview-none = Sprendimo laukiančių įvertintų paraiškų nėra.
selection-preview-waiting =
    { $count ->
        [one] Paraiška { $projects } dar neturi vertinimo lapo
       *[other] Paraiškos { $projects } dar neturi vertinimo lapų
    }: sprendimo įrašyti negalima, kol neįvertintos visos priimtos vertinti paraiškos.

## Kriterijaus, balų ar atrankos klaidos (problem-<code>)

problem-not-points = Tai ne balų skaičius: rašykite, pvz., 7,5 arba 12.
problem-points-too-many-decimals = Po kablelio – ne daugiau kaip du skaitmenys.
problem-points-too-large = Per didelis balų skaičius.
problem-threshold-above-maximum = Viršija didžiausią pagal kriterijus galimą balų sumą ({ $most }).
problem-criterion-scored = Pagal kriterijų „{ $criterion }“ jau skirta balų: prieš jį šalindami ištrinkite vertinimo lapus.
problem-call-scored = Paraiškos jau vertinamos: naujo kriterijaus pridėti negalima.
problem-below-given-score = Vertintojas pagal šį kriterijų jau skyrė { $given }: didžiausias balas negali būti mažesnis.
problem-unknown-criterion = Tai ne šio kvietimo kriterijus.
problem-criterion-twice = Pagal šį kriterijų balai skirti du kartus.
problem-score-above-maximum = Pagal kriterijų „{ $criterion }“ galima skirti daugiausia { $max }.
problem-criterion-missing = Pagal kriterijų „{ $criterion }“ balai neskirti.
problem-no-criteria = Kvietimui dar nenustatyti atrankos kriterijai.
problem-not-scorable = Paraiškos { $project } būsena – „{ $status }“: balais vertinamos tik priimtos vertinti, įvertintos ir rezerviniame sąraše esančios paraiškos.
problem-no-call = Paraiška pateikta ne pagal kvietimą.
problem-applications-unscored = Prieš priimant atrankos sprendimą turi būti įvertintos visos priimtos vertinti kvietimo { $call } paraiškos. Vertinimo lapų dar neturi: { $projects }.
problem-nothing-to-select = Pagal kvietimą { $call } nėra įvertintų paraiškų, laukiančių atrankos sprendimo.
problem-moved-on = Po šio sprendimo paraiškos { $project } būsena jau pakeista į „{ $status }“: atrankos atšaukti negalima.
