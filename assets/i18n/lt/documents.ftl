# LAG Desk dokumentai, pridėti prie posėdžių, renginių, projektų, kvietimų ir bendradarbiavimo projektų: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/documents.ftl bei lv/documents.ftl su tuo pačiu id ir kintamaisiais.

documents-title = Dokumentai
documents-count =
    { $count ->
        [one] { $count } dokumentas
        [few] { $count } dokumentai
        [many] { $count } dokumento
       *[other] { $count } dokumentų
    }
documents-attach = Pridėti failą…
documents-attaching = Pridedama…
documents-empty = Dokumentų dar nėra. Pridėkite protokolus, dalyvių sąrašus, nuotraukas ar sutartis.
documents-copy-hint = LAG Desk kiekvieno pridėto failo kopiją laiko savo duomenų aplanke; originalas lieka ten, kur buvo.
document-col-name = Failas
document-col-size = Dydis
document-col-added = Pridėtas
document-open = Atidaryti
document-open-of = Atidaryti { $name }
document-remove-of = Pašalinti { $name }
document-remove-title = Pašalinti dokumentą?
document-remove-text = „{ $name }“ bus pašalintas, o jo kopija LAG Desk duomenų aplanke ištrinta. Originalus failas liks ten, kur buvo.
document-remove-confirm = Pašalinti dokumentą

problem-unreadable = Failo nepavyko perskaityti. Galbūt jis perkeltas arba LAG Desk neturi teisės jo skaityti.
problem-not-a-file = Tai ne failas: pasirinkite failą, o ne aplanką.
error-io = LAG Desk nepavyko panaudoti failo: galbūt jo nebėra arba šiame kompiuteryje nėra programos, kuri jį atidarytų.
error-still-referenced-documents =
    Ištrinti negalima: { $count ->
        [1] pridėtas { $count } dokumentas, pirmiausia jį pašalinkite.
        [one] pridėtas { $count } dokumentas, pirmiausia juos pašalinkite.
        [few] pridėti { $count } dokumentai, pirmiausia juos pašalinkite.
        [many] pridėta { $count } dokumento, pirmiausia juos pašalinkite.
       *[other] pridėta { $count } dokumentų, pirmiausia juos pašalinkite.
    }
