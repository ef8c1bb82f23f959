# LAG Desk dokumenti, kas pievienoti sēdēm, pasākumiem, projektiem, kārtām un sadarbības projektiem: latviešu valodā.
# Katrs ziņojums ir arī en/documents.ftl un lt/documents.ftl ar to pašu id un mainīgajiem.

documents-title = Dokumenti
documents-count =
    { $count ->
        [zero] { $count } dokumentu
        [one] { $count } dokuments
       *[other] { $count } dokumenti
    }
documents-attach = Pievienot failu…
documents-attaching = Pievieno…
documents-empty = Dokumentu vēl nav. Pievienojiet protokolus, dalībnieku sarakstus, fotoattēlus vai līgumus.
documents-copy-hint = LAG Desk katra pievienotā faila kopiju glabā savā datu mapē; oriģināls paliek, kur bija.
document-col-name = Fails
document-col-size = Izmērs
document-col-added = Pievienots
document-open = Atvērt
document-open-of = Atvērt { $name }
document-remove-of = Noņemt { $name }
document-remove-title = Noņemt dokumentu?
document-remove-text = „{ $name }” tiks noņemts, un tā kopija LAG Desk datu mapē tiks dzēsta. Oriģinālais fails paliks, kur bija.
document-remove-confirm = Noņemt dokumentu

problem-unreadable = Failu neizdevās nolasīt. Iespējams, tas ir pārvietots vai LAG Desk nav tiesību to lasīt.
problem-not-a-file = Tas nav fails: izvēlieties failu, nevis mapi.
error-io = LAG Desk nevarēja izmantot failu: iespējams, tā vairs nav vai šajā datorā nav programmas, kas to atver.
error-still-referenced-documents =
    Nevar dzēst: { $count ->
        [1] pievienots { $count } dokuments, vispirms noņemiet to.
        [zero] pievienoti { $count } dokumentu, vispirms noņemiet tos.
        [one] pievienots { $count } dokuments, vispirms noņemiet tos.
       *[other] pievienoti { $count } dokumenti, vispirms noņemiet tos.
    }
