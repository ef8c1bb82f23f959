# LAG Desk sēdes, darba kārtības un lēmumi: latviešu valodā.
# Katrs ziņojums ir arī en/meetings.ftl un lt/meetings.ftl ar to pašu id un mainīgajiem.

nav-meetings = Sēdes

## Saraksts

meetings-title = Sēdes
meeting-new = Jauna sēde
meetings-empty-title = Sēžu vēl nav
meetings-empty-text = Reģistrējiet valdes, biedru kopsapulces un projektu vērtēšanas komisijas sēdes: kas piedalījās, darba kārtību un katru lēmumu ar balsojuma rezultātiem.
meetings-empty-no-members = Vispirms ievadiet VRG biedrus (lapa „Biedri”): dalība un balsis tiek reģistrētas pa biedriem.
meetings-filter-year = Gads
meetings-shown =
    Parādītas { $count } no { $n ->
        [zero] { $n } sēdēm
        [one] { $n } sēdes
       *[other] { $n } sēdēm
    }
meetings-none-match = Filtriem neatbilst neviena sēde.
meeting-col-date = Datums
meeting-col-kind = Institūcija
meeting-col-place = Vieta
meeting-col-present = Piedalījās
meeting-col-items = Jautājumi
meeting-col-decisions = Lēmumi
meeting-online-tag = attālināti

meeting-kind-board = Valde
meeting-kind-general-assembly = Biedru kopsapulce
meeting-kind-selection-committee = Projektu vērtēšanas komisija
meeting-title-board = Valdes sēde Nr. { $code }
meeting-title-general-assembly = Biedru kopsapulce Nr. { $code }
meeting-title-selection-committee = Projektu vērtēšanas komisijas sēde Nr. { $code }

## Sēdes forma

meeting-form-new = Jauna sēde
meeting-form-edit = Labot sēdi
meeting-field-kind = Institūcija
meeting-field-number = Numurs
meeting-field-held-on = Datums
meeting-field-place = Vieta
meeting-field-online = Notika attālināti
meeting-attendance = Dalība
meeting-no-members = Biedru vēl nav: ievadiet tos lapā „Biedri”.
attendance-board = Valdes locekļi { $date }
attendance-others = Citi biedri
attendance-members = VRG biedri { $date }
meeting-quorum-hint = Piedalās: { $count } no { $n } (kvorumam vajag { $needed })

## Viena sēde

meeting-back = Sēdes
meeting-edit = Labot sēdi
meeting-delete = Dzēst sēdi
meeting-delete-title = Dzēst sēdi?
meeting-delete-text = Sēde Nr. { $code } ({ $date }) tiks dzēsta kopā ar dalības datiem un darba kārtību. Šo darbību nevar atsaukt.
meeting-delete-confirm = Dzēst sēdi
meeting-present-count =
    Piedalījās { $count ->
        [zero] { $count } biedru
        [one] { $count } biedrs
       *[other] { $count } biedri
    }
meeting-nobody-present = Klātesošie biedri nav reģistrēti: labojiet sēdi un atzīmējiet dalību.
meeting-not-on-board = tajā dienā nebija valdē

agenda-title = Darba kārtība
agenda-add = Pievienot jautājumu
agenda-empty = Darba kārtībā vēl nav jautājumu.
agenda-form-title = Jauns darba kārtības jautājums
agenda-field-title = Jautājums
agenda-field-project = Izskatāmais projekts
agenda-project-hint = Nav obligāti. Biedriem, kas saistīti ar projekta iesniedzēju, jāatturas interešu konflikta dēļ.
agenda-field-call = Kārtas projektu atlase
agenda-call-hint = Nav obligāti, projekta vietā. Ja lēmumu pieņem, kārtas novērtētie projektu iesniegumi atbilstoši rangu sarakstam saņem statusu „Atlasīts”, „Rezerves sarakstā” vai „Noraidīts”; biedriem, kas saistīti ar jebkuru kārtas projekta iesniedzēju, jāatturas interešu konflikta dēļ.
agenda-call-item = Kārtas { $code } projektu atlase
agenda-delete-item-title = Dzēst darba kārtības jautājumu?
agenda-delete-item-text = Jautājums „{ $title }” tiks dzēsts.
agenda-delete-decision-title = Dzēst lēmumu?
agenda-delete-decision-text = Lēmums par „{ $title }” tiks dzēsts kopā ar balsīm un atturēšanās gadījumiem.

## Lēmumi

decision-record = Reģistrēt lēmumu
decision-edit = Mainīt lēmumu
decision-delete = Dzēst lēmumu
decision-passed = Pieņemts: par { $votesFor }, pret { $votesAgainst }, atturas { $abstained }
decision-not-passed = Nav pieņemts: par { $votesFor }, pret { $votesAgainst }, atturas { $abstained }
decision-quorum = Kvorums: piedalās { $count } no { $n }, vajadzīgi { $needed }
decision-voters = Balsoja:
decision-sector-part = { $name } { $count } ({ $share })
decision-recusals = Interešu konflikta dēļ atturējās:
decision-breach-quorum = Lēmums pieņemts bez kvoruma: balsot varēja { $count } no { $n }, vajadzēja { $needed }.
decision-breach-public = Publiskajam sektoram bija { $share } balsu, vairāk nekā pieļaujamie 49 %.
decision-override-recorded = Norādītais iemesls:
decision-moved = Lēmums mainīja statusus:

decision-form-title = Lēmums par „{ $title }”
decision-field-text = Lēmums
decision-nobody-present = Šajā sēdē klātesošie biedri nav reģistrēti: vispirms atzīmējiet dalību.
decision-col-member = Klātesošais biedrs
decision-col-vote = Balss
decision-col-conflict = Interešu konflikts
decision-vote-for = Par
decision-vote-against = Pret
decision-vote-abstain = Atturas
decision-vote-none = Nebalsoja
decision-vote-of = Balss: { $name }
decision-recuse-of = { $name } atturas interešu konflikta dēļ
decision-reason-of = Atturēšanās iemesls: { $name }
decision-reason-placeholder = Iemesls
decision-linked = saistīts ar iesniedzēju { $applicant }
decision-linked-reason = Saistīts ar projekta iesniedzēju { $applicant }
decision-live-votes = Par { $votesFor }, pret { $votesAgainst }, atturas { $abstained }
decision-live-quorum = Balsot var: { $count } no { $n }, kvorumam vajag { $needed }
decision-live-public = Publiskais sektors: { $share } no balsotājiem (ne vairāk kā 49 %)
decision-live-note = Aprēķināts orientējoši; noteikumi tiek pārbaudīti, saglabājot lēmumu.
decision-override-label = Kāpēc lēmums tomēr ir pieņemts
decision-override-hint = Piemēram, atkārtota sēde, kurai saskaņā ar statūtiem kvorums nav vajadzīgs. Iemesls tiek saglabāts un parādīts kopā ar lēmumu.

## Sēdes vai lēmuma kļūdas (problem-<code>)

problem-unknown-member = Šāda biedra reģistrā nav.
problem-not-a-member-then = { $member } sēdes dienā nebija VRG biedrs.
problem-no-votes = Reģistrējiet vismaz vienu balsi.
problem-voted-twice = { $member } balsoja divreiz.
problem-voter-not-present = { $member } nav lēmējinstitūcijas klātesošs loceklis un nevar balsot.
problem-recused-voted = { $member } atturas interešu konflikta dēļ un nedrīkst balsot.
problem-linked-voted = { $member } ir saistīts ar projekta iesniedzēju un nedrīkst balsot par šo projektu.
problem-linked-not-recused = { $member } ir saistīts ar projekta iesniedzēju { $applicant }, tāpēc jāatturas interešu konflikta dēļ.
problem-no-quorum =
    Nav kvoruma: balsot var tikai { $eligible } no { $body ->
        [zero] { $body } biedriem
        [one] { $body } biedra
       *[other] { $body } biedriem
    }, bet vajadzīgi { $needed }.
problem-public-over-limit = Publiskajam sektoram ir { $share } balsu, vairāk nekā pieļaujamie 49 %.
problem-project-and-call = Jautājums var attiekties uz vienu projektu vai uz kārtas projektu atlasi, bet ne uz abiem.
problem-unknown-call = Izvēlieties šīs stratēģijas kārtu.
