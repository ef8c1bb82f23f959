# LAG Desk pārskatu logs: pārskata izvēle un tā aptvērums, priekšskatījums un saglabāšana PDF formātā: latviešu valodā.
# Katrs ziņojums ir arī en/reports-ui.ftl un lt/reports-ui.ftl ar to pašu id un mainīgajiem.
# Pašos pārskatos drukātie vārdi ir reports.ftl.

nav-reports = Pārskati

## Pārskati

reports-title = Pārskati
reports-list-label = Drukājamie pārskati
reports-kind-summary = Stratēģijas īstenošanas kopsavilkums
reports-kind-summary-text = Materiāli valdei: galvenie rādītāji, finanšu plāns, kārtas, projekti pa statusiem, rādītāji un pasākumi.
reports-kind-budget = Budžeta izpilde
reports-kind-budget-text = Plānots, saistības, izmaksāts un atlikums pa rīcībām, gadiem un finansējuma avotiem.
reports-kind-call = Kārtas pārskats
reports-kind-call-text = Vienas kārtas projektu iesniegumi, pieprasītais atbalsts pret pieejamo, rangu saraksts un rezerves saraksts.
reports-kind-register = Projektu reģistrs
reports-kind-register-text = Visi projekti ar iesniedzējiem, rīcībām, statusiem un summām, kā arī kopsummas.
reports-kind-project = Projekta kartīte
reports-kind-project-text = Viens projekts: summas un finansējuma avoti, statusu vēsture, maksājuma pieprasījumi un ieguldījums rādītājos.
reports-kind-minutes = Sēdes protokols
reports-kind-minutes-text = Vienas sēdes dalībnieki, darba kārtība un lēmumi ar balsojumu, kvorumu un interešu konfliktiem.
reports-kind-events = Pasākumu pārskats
reports-kind-events-text = Perioda pasākumi, to dalībnieki pa pasākumu veidiem, grupām un dzimumiem, un pasākumu izmaksas.

## Ko pārskats aptver

reports-none-title = Izvēlieties pārskatu
reports-none-text = Kreisajā pusē izvēlieties pārskatu, norādiet, ko tam jāaptver, priekšskatiet to un saglabājiet PDF formātā.
reports-field-language = Pārskata valoda
reports-field-from = No
reports-field-to = Līdz
reports-period-optional = Nav obligāti: šī perioda pasākumiem ir atsevišķa sadaļa. Ja sadaļa nav vajadzīga, atstājiet datumu tukšu.
reports-period-required = Perioda pirmā un pēdējā diena (ieskaitot abas).
reports-field-project = Projekts
reports-field-meeting = Sēde
reports-filters-hint = Nav obligāti: atstājiet „Visi”, lai iekļautu visus projektus.
reports-choose = — izvēlieties —
reports-preview = Priekšskatīt
reports-save = Saglabāt PDF…

## Priekšskatījums un saglabāšana

reports-previewing = Sagatavo priekšskatījumu…
reports-saving = Raksta PDF failu…
reports-preview-label = Pārskata priekšskatījums
reports-preview-stale = Pēc šī priekšskatījuma parametri ir mainīti: priekšskatiet vēlreiz, lai redzētu pārskatu tādu, kāds tas tiks izdrukāts.
reports-preview-more = … un vēl { $count ->
    [zero] { $count } rindu
    [one] { $count } rinda
   *[other] { $count } rindas
} PDF failā
reports-saved = Saglabāts: { $path } ({ $size }).
reports-open = Atvērt
reports-save-failed = PDF failu tur nevarēja ierakstīt: mape var būt tikai lasāma, disks pilns vai fails atvērts citā programmā. Izvēlieties citu vietu.
reports-replace-title = Aizstāt failu?
reports-replace-text = Fails { $path } jau pastāv. Aizstāt to ar šo pārskatu?
reports-replace-confirm = Aizstāt
