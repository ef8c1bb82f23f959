# LAG Desk sarakstu eksports: katra saraksta poga “Eksportēt…”, tās logs un tas, ko parāda pēc tam: latviešu valodā.
# Katrs ziņojums ir arī en/export.ftl un lt/export.ftl ar to pašu id un mainīgajiem.

## Logs

export-button = Eksportēt…
export-title = Eksportēt sarakstu
export-intro =
    { $count ->
        [zero] { $count } rindu
        [one] { $count } rinda
       *[other] { $count } rindas
    } kā ekrānā: ar piemērotajiem filtriem, kārtojumu un redzamajām kolonnām.
export-xlsx = Excel (XLSX)
export-xlsx-text = Summas un procenti kā skaitļi, ar kuriem var rēķināt.
export-csv = CSV
export-csv-text = Teksta fails jebkurai izklājlapai: kolonnas atdalītas ar semikolu, decimāldaļas ar komatu.
export-path-label = Vai ierakstiet, kur saglabāt (ceļš, kas beidzas ar .xlsx vai .csv)
export-save-path = Saglabāt
export-path-extension = Faila nosaukumam jābeidzas ar .xlsx vai .csv.
export-saving = Raksta failu…
export-failed = Failu tur nevarēja ierakstīt: mape var būt tikai lasāma, disks pilns vai fails atvērts citā programmā. Izvēlieties citu vietu.
export-saved =
    { $count ->
        [zero] Saglabātas { $count } rindu
        [one] Saglabāta { $count } rinda
       *[other] Saglabātas { $count } rindas
    }: { $path }.
export-replace-title = Aizstāt failu?
export-replace-text = Fails { $path } jau pastāv. Aizstāt to ar šo sarakstu?
export-replace-confirm = Aizstāt

## Kolonnas, ko ekrāns rāda citas kolonnas iekšpusē

export-col-time = Laiks
export-yes = Jā
export-no = Nē

## Kā sauc eksportēto failu (pirms datuma): bez diakritiskajām zīmēm, lai der jebkurai failu sistēmai

export-file-log = darbibu-zurnals
export-file-projects = projekti
export-file-calls = kartas
export-file-applicants = iesniedzeji
export-file-members = biedri
export-file-meetings = sedes
export-file-events = pasakumi
export-file-cooperation = sadarbibas-projekti
export-file-indicators = raditaji
export-file-plan = finansu-plans
export-file-claims = maksajuma-pieprasijumi
export-file-ranking = rangu-saraksts
