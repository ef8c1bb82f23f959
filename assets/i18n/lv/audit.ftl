# LAG Desk izmaiņu vēsture: ieraksta vēsture, darbību žurnāls un atsaukšana: latviešu valodā.
# Katrs ziņojums ir arī en/audit.ftl un lt/audit.ftl ar to pašu id un mainīgajiem.

nav-log = Darbību žurnāls

## Izmaiņas vārdos

audit-did-insert = { $who } izveidoja
audit-did-update = { $who } mainīja
audit-did-delete = { $who } dzēsa
audit-done-insert = Izveidots
audit-done-update = Mainīts
audit-done-delete = Dzēsts
audit-change = { $field } { $from } → { $to }
audit-value = { $field } { $value }
audit-quoted = „{ $text }”
audit-yes = jā
audit-no = nē
audit-image = (attēls)

## Ierakstu veidi

audit-entity-strategy = Stratēģija
audit-entity-funding_source = Finansējuma avots
audit-entity-priority = Prioritāte
audit-entity-measure = Rīcība
audit-entity-measure_year = Rīcības gada summa
audit-entity-call = Kārta
audit-entity-call_measure = Kārtas rīcība
audit-entity-selection_criterion = Vērtēšanas kritērijs
audit-entity-project = Projekts
audit-entity-project_status_change = Projekta statusa maiņa
audit-entity-payment_claim = Maksājuma pieprasījums
audit-entity-score = Vērtējums
audit-entity-applicant = Projekta iesniedzējs
audit-entity-member = Biedrs
audit-entity-board_term = Pilnvaru termiņš valdē
audit-entity-member_applicant = Ar biedru saistīts iesniedzējs
audit-entity-meeting = Sēde
audit-entity-meeting_attendee = Sēdes dalībnieks
audit-entity-agenda_item = Darba kārtības jautājums
audit-entity-decision = Lēmums
audit-entity-decision_vote = Balsojums
audit-entity-recusal = Atturēšanās interešu konflikta dēļ
audit-entity-event = Pasākums
audit-entity-event_group = Pasākuma dalībnieku grupa
audit-entity-cooperation = Sadarbības projekts
audit-entity-cooperation_partner = Sadarbības partneris
audit-entity-cooperation_result = Plānotais rezultāts
audit-entity-indicator = Rādītājs
audit-entity-indicator_value = Rādītāja vērtība
audit-entity-document = Dokuments
audit-entity-organisation = Organizācija
audit-entity-setting = Iestatījums
audit-entity-closed_year = Slēgtais gads

## Lauki

audit-field-title = Nosaukums
audit-field-number = Numurs
audit-field-code = Kods
audit-field-name = Nosaukums vai vārds
audit-field-status = Statuss
audit-field-kind = Veids
audit-field-eligible_cents = Attiecināmās izmaksas
audit-field-requested_cents = Pieprasītais atbalsts
audit-field-awarded_cents = Piešķirtais atbalsts
audit-field-paid_cents = Izmaksātā summa
audit-field-claimed_cents = Pieprasītā summa
audit-field-allocation_cents = Plānotais finansējums
audit-field-available_cents = Pieejamais finansējums
audit-field-max_grant_cents = Maksimālais atbalsta apmērs
audit-field-cost_cents = Izmaksas
audit-field-budget_cents = Budžets
audit-field-envelope_cents = Piešķirtais finansējums
audit-field-max_intensity_bp = Maksimālā atbalsta intensitāte
audit-field-share_bp = Daļa
audit-field-running_cap_bp = Darbības izmaksu un aktivizēšanas ierobežojums
audit-field-submitted_on = Iesniegšanas datums
audit-field-paid_on = Izmaksas datums
audit-field-status_on = Statuss kopš
audit-field-changed_on = Maiņas datums
audit-field-starts_at = Sākums
audit-field-ends_at = Beigas
audit-field-opens_at = Pieņemšanas sākums
audit-field-closes_at = Pieņemšanas beigas
audit-field-held_on = Sēdes datums
audit-field-joined_on = Biedrs kopš
audit-field-left_on = Izstājās
audit-field-starts_on = No
audit-field-ends_on = Līdz
audit-field-measured_on = Mērījuma datums
audit-field-implementation_end = Īstenošanas beigas
audit-field-start_year = Sākuma gads
audit-field-end_year = Beigu gads
audit-field-year = Gads
audit-field-place = Vieta
audit-field-online = Attālināti
audit-field-participants = Dalībnieku skaits
audit-field-women = Sievietes
audit-field-men = Vīrieši
audit-field-count = Dalībnieku skaits
audit-field-grp = Grupa
audit-field-organiser = Organizators
audit-field-description = Apraksts
audit-field-note = Piezīme
audit-field-contact = Kontakti
audit-field-sector = Sektors
audit-field-municipality = Novads
audit-field-eldership = Pagasts
audit-field-jobs_created = Radītās darbavietas
audit-field-planned_projects = Plānotais projektu skaits
audit-field-text = Teksts
audit-field-override_reason = Kāpēc lēmums tomēr ir pieņemts
audit-field-vote = Balss
audit-field-reason = Iemesls
audit-field-evaluator = Vērtētājs
audit-field-points = Punkti
audit-field-max_points = Maksimālais punktu skaits
audit-field-pass_threshold = Minimālais punktu skaits
audit-field-organisation = Organizācija
audit-field-country = Valsts
audit-field-role = Loma
audit-field-lead = Vadošais partneris
audit-field-goals = Mērķi
audit-field-unit = Mērvienība
audit-field-baseline_hundredths = Bāzes vērtība
audit-field-target_hundredths = Mērķa vērtība
audit-field-value_hundredths = Vērtība
audit-field-source = Avots
audit-field-file_name = Fails
audit-field-size = Izmērs baitos
audit-field-key = Iestatījums
audit-field-value = Vērtība
audit-field-legal_code = Reģistrācijas numurs
audit-field-region = Reģions
audit-field-address = Adrese
audit-field-logo = Logotips
audit-field-closed_by = Slēdza
audit-field-closed_at = Slēgts
audit-field-added_at = Pievienots

## Ieraksta vēsture

history-toggle = Vēsture
history-title = Izmaiņu vēsture
history-empty = Par šo ierakstu vēl nekas nav reģistrēts.

## Darbību žurnāls

log-title = Darbību žurnāls
log-intro = Visas LAG Desk saglabātās izmaiņas: kad un kas tās veica, katra lauka vērtība pirms un pēc.
log-from = No
log-to = Līdz
log-entity = Ieraksta veids
log-who = Persona
log-who-placeholder = Vārds, kā norādīts iestatījumos
log-text = Teksts vērtībā
log-text-placeholder = piem., numurs, nosaukums vai summa centos
log-count =
    { $count ->
        [zero] { $count } izmaiņu
        [one] { $count } izmaiņa
       *[other] { $count } izmaiņas
    }
log-more = Parādītas tikai jaunākās izmaiņas (ne vairāk kā { $limit }); lai redzētu vecākas, sašauriniet filtrus.
log-empty = Filtriem atbilstošu izmaiņu nav.
log-caption = Saglabātās izmaiņas, jaunākās augšā
log-col-when = Laiks
log-col-who = Persona
log-col-entity = Veids
log-col-record = Ieraksts
log-col-action = Darbība
log-col-changes = Kas mainīts
log-col-id = Ieraksta ID

## Atsaukšana

undo-button = Atsaukt
undo-button-title = Atsaukt pēdējās saglabātās izmaiņas ({ $keys })
undo-busy = Atsauc…
undo-done-update = Atsauktas { $time } veiktās izmaiņas: { $what }.
undo-done-insert = Atsaukts: { $time } pievienotais ieraksts ({ $what }) atkal ir noņemts.
undo-done-delete = Atsaukts: { $time } dzēstais ieraksts ({ $what }) ir atjaunots.
undo-nothing = Vairs nav ko atsaukt.
undo-close = Aizvērt paziņojumu
