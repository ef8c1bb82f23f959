# LAG Desk atsarginės kopijos: duomenų bazės kopijos, jų išsaugojimas ir atkūrimas, duomenų bazės
# patikra ir langas, rodomas, kai paleidžiant randama sugadinta duomenų bazė: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/backups.ftl bei lv/backups.ftl su tuo pačiu id ir kintamaisiais.

nav-backups = Atsarginės kopijos

## Atsarginių kopijų puslapis

backups-title = Atsarginės kopijos
backups-intro-title = Automatinės kopijos
backups-intro = LAG Desk duomenų bazės atsargines kopijas daro automatiškai: paleidus programą, po kiekvieno pusvalandžio darbo ir prieš kiekvieną importą, atnaujinimą bei atkūrimą.
backups-kept = Laikomos 7 kasdienės ir 4 savaitinės kopijos; jos saugomos atsarginių kopijų aplanke šalia duomenų bazės.
backups-folder = Atsarginių kopijų aplankas
backups-actions-title = Kopijavimas, atkūrimas ir patikra
backup-now = Daryti atsarginę kopiją dabar
backup-now-busy = Daroma kopija…
backup-save-copy = Išsaugoti kopiją…
backup-restore-file = Atkurti iš failo…
backup-check = Patikrinti duomenų bazę
backup-checking = Tikrinama…
backup-saving = Rašoma kopija…
backup-restoring = Atkuriama…
backup-made = Atsarginė kopija padaryta ({ $date }); ji sąrašo viršuje.
backup-copy-saved = Kopija išsaugota: { $path }.
backup-replace-title = Pakeisti failą?
backup-replace-text = Failas { $path } jau yra. Pakeisti jį šia kopija?
backup-replace-confirm = Pakeisti
backup-check-sound = Duomenų bazė tvarkinga: patikrinti visi puslapiai, indeksai ir nuorodos.
backup-check-problems =
    Tikrinant rasta { $count ->
        [one] { $count } problema:
        [few] { $count } problemos:
        [many] { $count } problemos:
       *[other] { $count } problemų:
    }
backup-check-advice = Atkurkite paskutinę tvarkingą kopiją iš sąrašo žemiau arba nusiųskite duomenų bazės failą tam, kas gali jį pataisyti.

## Kopijos

backups-list-title = Kopijos
backups-count =
    { $count ->
        [one] { $count } kopija
        [few] { $count } kopijos
        [many] { $count } kopijos
       *[other] { $count } kopijų
    }
backups-empty = Kopijų dar nėra. Pirmoji bus padaryta kitą kartą paleidus programą; ją galite padaryti ir dabar.
backup-col-made = Padaryta
backup-col-reason = Priežastis
backup-col-size = Dydis
backup-reason-start = Paleista programa
backup-reason-activity = Po pusvalandžio darbo
backup-reason-import = Prieš importą
backup-reason-manual = Padaryta rankiniu būdu
backup-reason-migration = Prieš atnaujinimą
backup-reason-restore = Prieš atkūrimą
backup-latest = Naujausia
backup-restore = Atkurti
backup-restore-of = Atkurti kopiją, padarytą { $date }

## Atkūrimas

backup-restore-title = Atkurti šią kopiją?
backup-restore-text = Atkurti kopiją, padarytą { $date }? Dabartinė duomenų bazė pirmiausia bus išsaugota kaip atsarginė kopija, todėl atkūrimą galėsite atšaukti.
backup-restore-file-text = Atkurti kopiją { $path }? Dabartinė duomenų bazė pirmiausia bus išsaugota kaip atsarginė kopija, todėl atkūrimą galėsite atšaukti.
backup-restore-confirm = Atkurti
backup-restored = Atkurta kopija, padaryta { $date }.
backup-restored-file = Atkurta kopija { $path }.
backup-undo = Atšaukti
backup-undone = Atkūrimas atšauktas.
backup-copy-damaged = Ši kopija sugadinta: pasirinkite kitą.

## Sugadinta duomenų bazė (paleidžiant)

damaged-title = Atkurkite atsarginę kopiją
damaged-explanation = Duomenų bazės failas sugadintas. Jis nebus keičiamas. Kad galėtumėte dirbti toliau, atkurkite paskutinę tvarkingą kopiją; sugadintas failas bus išsaugotas šalia, kitu pavadinimu.
damaged-none = Šios duomenų bazės atsarginių kopijų nėra. LAG Desk sugadinto failo nepakeitė: galite jį nusiųsti tam, kas gali jį pataisyti.
damaged-restore = Atkurti šią kopiją
damaged-restore-text = Atkurti kopiją, padarytą { $date }? Sugadinta duomenų bazė nebus ištrinta: ji bus išsaugota šalia, kitu pavadinimu.
damaged-restore-file-text = Atkurti kopiją { $path }? Sugadinta duomenų bazė nebus ištrinta: ji bus išsaugota šalia, kitu pavadinimu.
damaged-kept = Sugadintas failas išsaugotas kaip { $path }.
damaged-continue = Tęsti
