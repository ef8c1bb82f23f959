# LAG Desk rezerves kopijas: datubāzes kopijas, to saglabāšana un atjaunošana, datubāzes pārbaude
# un logs, kas redzams, ja palaišanas laikā datubāze ir bojāta: latviešu valodā.
# Katrs ziņojums ir arī en/backups.ftl un lt/backups.ftl ar to pašu id un mainīgajiem.

nav-backups = Rezerves kopijas

## Rezerves kopiju lapa

backups-title = Rezerves kopijas
backups-intro-title = Automātiskās kopijas
backups-intro = LAG Desk datubāzes rezerves kopijas veido automātiski: kad programma tiek palaista, pēc katras pusstundas darba un pirms katras importēšanas, atjaunināšanas un atjaunošanas.
backups-kept = Tiek glabātas 7 ikdienas un 4 iknedēļas kopijas; tās atrodas rezerves kopiju mapē blakus datubāzei.
backups-folder = Rezerves kopiju mape
backups-actions-title = Kopēšana, atjaunošana un pārbaude
backup-now = Izveidot rezerves kopiju tagad
backup-now-busy = Veido kopiju…
backup-save-copy = Saglabāt kopiju…
backup-restore-file = Atjaunot no faila…
backup-check = Pārbaudīt datubāzi
backup-checking = Pārbauda…
backup-saving = Raksta kopiju…
backup-restoring = Atjauno…
backup-made = Rezerves kopija izveidota ({ $date }); tā ir saraksta augšā.
backup-copy-saved = Kopija saglabāta: { $path }.
backup-replace-title = Aizstāt failu?
backup-replace-text = Fails { $path } jau pastāv. Aizstāt to ar šo kopiju?
backup-replace-confirm = Aizstāt
backup-check-sound = Datubāze ir kārtībā: pārbaudītas visas lapas, indeksi un atsauces.
backup-check-problems =
    Pārbaudes rezultāts – { $count ->
        [zero] { $count } problēmu:
        [one] { $count } problēma:
       *[other] { $count } problēmas:
    }
backup-check-advice = Atjaunojiet pēdējo labo kopiju no saraksta zemāk vai nosūtiet datubāzes failu kādam, kas to var salabot.

## Kopijas

backups-list-title = Kopijas
backups-count =
    { $count ->
        [zero] { $count } kopiju
        [one] { $count } kopija
       *[other] { $count } kopijas
    }
backups-empty = Kopiju vēl nav. Pirmā tiks izveidota, kad programma nākamreiz tiks palaista; to varat izveidot arī tagad.
backup-col-made = Izveidota
backup-col-reason = Iemesls
backup-col-size = Izmērs
backup-reason-start = Programma palaista
backup-reason-activity = Pēc pusstundas darba
backup-reason-import = Pirms importēšanas
backup-reason-manual = Izveidota manuāli
backup-reason-migration = Pirms atjaunināšanas
backup-reason-restore = Pirms atjaunošanas
backup-latest = Jaunākā
backup-restore = Atjaunot
backup-restore-of = Atjaunot kopiju, kas izveidota { $date }

## Atjaunošana

backup-restore-title = Atjaunot šo kopiju?
backup-restore-text = Atjaunot kopiju, kas izveidota { $date }? Pašreizējā datubāze vispirms tiks saglabāta kā rezerves kopija, tāpēc atjaunošanu varēsiet atsaukt.
backup-restore-file-text = Atjaunot kopiju { $path }? Pašreizējā datubāze vispirms tiks saglabāta kā rezerves kopija, tāpēc atjaunošanu varēsiet atsaukt.
backup-restore-confirm = Atjaunot
backup-restored = Atjaunota kopija, kas izveidota { $date }.
backup-restored-file = Atjaunota kopija { $path }.
backup-undo = Atsaukt
backup-undone = Atjaunošana atsaukta.
backup-copy-damaged = Šī kopija ir bojāta: izvēlieties citu.

## Bojāta datubāze (palaižot)

damaged-title = Atjaunojiet rezerves kopiju
damaged-explanation = Datubāzes fails ir bojāts. Tas netiks mainīts. Lai turpinātu darbu, atjaunojiet pēdējo labo kopiju; bojātais fails tiks saglabāts blakus ar citu nosaukumu.
damaged-none = Šai datubāzei nav rezerves kopiju. LAG Desk bojāto failu nav mainījis: varat to nosūtīt kādam, kas to var salabot.
damaged-restore = Atjaunot šo kopiju
damaged-restore-text = Atjaunot kopiju, kas izveidota { $date }? Bojātā datubāze netiks dzēsta: tā tiks saglabāta blakus ar citu nosaukumu.
damaged-restore-file-text = Atjaunot kopiju { $path }? Bojātā datubāze netiks dzēsta: tā tiks saglabāta blakus ar citu nosaukumu.
damaged-kept = Bojātais fails saglabāts kā { $path }.
damaged-continue = Turpināt
