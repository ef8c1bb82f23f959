# LAG Desk sąrašų eksportas: kiekvieno sąrašo mygtukas „Eksportuoti…“, jo langas ir tai, kas parodoma po to: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/export.ftl bei lv/export.ftl su tuo pačiu id ir kintamaisiais.

## Langas

export-button = Eksportuoti…
export-title = Eksportuoti sąrašą
export-intro =
    { $count ->
        [one] { $count } eilutė
        [few] { $count } eilutės
        [many] { $count } eilutės
       *[other] { $count } eilučių
    } kaip ekrane: su pritaikytais filtrais, rikiavimu ir rodomais stulpeliais.
export-xlsx = Excel (XLSX)
export-xlsx-text = Sumos ir procentai – skaičiai, su kuriais galima skaičiuoti.
export-csv = CSV
export-csv-text = Tekstinis failas bet kuriai skaičiuoklei: stulpeliai atskirti kabliataškiais, dešimtainės dalys – kableliais.
export-path-label = Arba įrašykite, kur išsaugoti (kelias, kuris baigiasi .xlsx arba .csv)
export-save-path = Išsaugoti
export-path-extension = Failo pavadinimas turi baigtis .xlsx arba .csv.
export-saving = Rašomas failas…
export-failed = Failo ten įrašyti nepavyko: aplankas gali būti skirtas tik skaityti, diskas pilnas arba failas atidarytas kitoje programoje. Pasirinkite kitą vietą.
export-saved =
    { $count ->
        [one] Išsaugota { $count } eilutė
        [few] Išsaugotos { $count } eilutės
        [many] Išsaugota { $count } eilutės
       *[other] Išsaugota { $count } eilučių
    }: { $path }.
export-replace-title = Pakeisti failą?
export-replace-text = Failas { $path } jau yra. Pakeisti jį šiuo sąrašu?
export-replace-confirm = Pakeisti

## Stulpeliai, kuriuos ekranas rodo kito stulpelio viduje

export-col-time = Laikas
export-yes = Taip
export-no = Ne

## Kaip vadinamas eksportuotas failas (prieš datą): be diakritikos ženklų, kad tiktų bet kuriai failų sistemai

export-file-log = veiklos-zurnalas
export-file-projects = projektai
export-file-calls = kvietimai
export-file-applicants = pareiskejai
export-file-members = nariai
export-file-meetings = posedziai
export-file-events = renginiai
export-file-cooperation = bendradarbiavimo-projektai
export-file-indicators = rodikliai
export-file-plan = finansinis-planas
export-file-claims = mokejimo-prasymai
export-file-ranking = pirmumo-eile
