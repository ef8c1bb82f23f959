# LAG Desk posėdžiai, darbotvarkės ir sprendimai: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/meetings.ftl bei lv/meetings.ftl su tuo pačiu id ir kintamaisiais.

nav-meetings = Posėdžiai

## Sąrašas

meetings-title = Posėdžiai
meeting-new = Naujas posėdis
meetings-empty-title = Posėdžių dar nėra
meetings-empty-text = Registruokite valdybos, visuotinio narių susirinkimo ir projektų atrankos komiteto posėdžius: kas dalyvavo, darbotvarkę ir kiekvieną sprendimą su balsavimo rezultatais.
meetings-empty-no-members = Pirmiausia įveskite VVG narius (puslapis „Nariai“): dalyvavimas ir balsai registruojami pagal narius.
meetings-filter-year = Metai
meetings-shown =
    Rodoma { $count } iš { $n ->
        [one] { $n } posėdžio
        [few] { $n } posėdžių
        [many] { $n } posėdžio
       *[other] { $n } posėdžių
    }
meetings-none-match = Filtrus atitinkančių posėdžių nėra.
meeting-col-date = Data
meeting-col-kind = Organas
meeting-col-place = Vieta
meeting-col-present = Dalyvavo
meeting-col-items = Klausimai
meeting-col-decisions = Sprendimai
meeting-online-tag = nuotoliu

meeting-kind-board = Valdyba
meeting-kind-general-assembly = Visuotinis narių susirinkimas
meeting-kind-selection-committee = Projektų atrankos komitetas
meeting-title-board = Valdybos posėdis Nr. { $code }
meeting-title-general-assembly = Visuotinis narių susirinkimas Nr. { $code }
meeting-title-selection-committee = Projektų atrankos komiteto posėdis Nr. { $code }

## Posėdžio forma

meeting-form-new = Naujas posėdis
meeting-form-edit = Redaguoti posėdį
meeting-field-kind = Organas
meeting-field-number = Numeris
meeting-field-held-on = Data
meeting-field-place = Vieta
meeting-field-online = Vyko nuotoliu
meeting-attendance = Dalyvavimas
meeting-no-members = Narių dar nėra: įveskite juos puslapyje „Nariai“.
attendance-board = Valdybos nariai { $date }
attendance-others = Kiti nariai
attendance-members = VVG nariai { $date }
meeting-quorum-hint = Dalyvauja: { $count } iš { $n } (kvorumui reikia { $needed })

## Vienas posėdis

meeting-back = Posėdžiai
meeting-edit = Redaguoti posėdį
meeting-delete = Ištrinti posėdį
meeting-delete-title = Ištrinti posėdį?
meeting-delete-text = Posėdis Nr. { $code } ({ $date }) bus ištrintas kartu su dalyvavimo duomenimis ir darbotvarke. Šio veiksmo atšaukti negalima.
meeting-delete-confirm = Ištrinti posėdį
meeting-present-count =
    Dalyvavo { $count ->
        [one] { $count } narys
        [few] { $count } nariai
        [many] { $count } nario
       *[other] { $count } narių
    }
meeting-nobody-present = Dalyvavusių narių neužregistruota: redaguokite posėdį ir pažymėkite dalyvavusius.
meeting-not-on-board = tą dieną nebuvo valdybos narys

agenda-title = Darbotvarkė
agenda-add = Pridėti klausimą
agenda-empty = Darbotvarkės klausimų dar nėra.
agenda-form-title = Naujas darbotvarkės klausimas
agenda-field-title = Klausimas
agenda-field-project = Svarstomas projektas
agenda-project-hint = Neprivaloma. Su projekto pareiškėju susiję nariai turi nusišalinti dėl interesų konflikto.
agenda-field-call = Kvietimo projektų atranka
agenda-call-hint = Neprivaloma, vietoj projekto. Priėmus sprendimą, įvertintoms kvietimo paraiškoms pagal pirmumo eilę suteikiama būsena „Atrinkta“, „Rezerviniame sąraše“ arba „Atmesta“; su bet kuriuo kvietimo pareiškėju susiję nariai turi nusišalinti dėl interesų konflikto.
agenda-call-item = Kvietimo { $code } projektų atranka
agenda-delete-item-title = Ištrinti darbotvarkės klausimą?
agenda-delete-item-text = Klausimas „{ $title }“ bus ištrintas.
agenda-delete-decision-title = Ištrinti sprendimą?
agenda-delete-decision-text = Sprendimas dėl „{ $title }“ bus ištrintas kartu su balsais ir nusišalinimais.

## Sprendimai

decision-record = Įrašyti sprendimą
decision-edit = Keisti sprendimą
decision-delete = Ištrinti sprendimą
decision-passed = Priimtas: už { $votesFor }, prieš { $votesAgainst }, susilaikė { $abstained }
decision-not-passed = Nepriimtas: už { $votesFor }, prieš { $votesAgainst }, susilaikė { $abstained }
decision-quorum = Kvorumas: dalyvauja { $count } iš { $n }, reikia { $needed }
decision-voters = Balsavo:
decision-sector-part = { $name } { $count } ({ $share })
decision-recusals = Nusišalino dėl interesų konflikto:
decision-breach-quorum = Sprendimas priimtas be kvorumo: balsuoti galėjo { $count } iš { $n }, reikėjo { $needed }.
decision-breach-public = Viešasis sektorius turėjo { $share } balsų, daugiau nei leidžiami 49 %.
decision-override-recorded = Nurodyta priežastis:
decision-moved = Sprendimu pakeistos būsenos:

decision-form-title = Sprendimas dėl „{ $title }“
decision-field-text = Sprendimas
decision-nobody-present = Šiame posėdyje dalyvavusių narių neužregistruota: pirmiausia pažymėkite dalyvavusius.
decision-col-member = Dalyvaujantis narys
decision-col-vote = Balsas
decision-col-conflict = Interesų konfliktas
decision-vote-for = Už
decision-vote-against = Prieš
decision-vote-abstain = Susilaikė
decision-vote-none = Nebalsavo
decision-vote-of = Balsas: { $name }
decision-recuse-of = { $name } nusišalina dėl interesų konflikto
decision-reason-of = Nusišalinimo priežastis: { $name }
decision-reason-placeholder = Priežastis
decision-linked = susijęs su pareiškėju { $applicant }
decision-linked-reason = Susijęs su pareiškėju { $applicant }
decision-live-votes = Už { $votesFor }, prieš { $votesAgainst }, susilaikė { $abstained }
decision-live-quorum = Gali balsuoti: { $count } iš { $n }, kvorumui reikia { $needed }
decision-live-public = Viešasis sektorius: { $share } balsuojančių (ne daugiau kaip 49 %)
decision-live-note = Apskaičiuota orientacinei informacijai; taisyklės patikrinamos išsaugant.
decision-override-label = Kodėl sprendimas vis tiek priimtas
decision-override-hint = Pavyzdžiui, pakartotinis posėdis, kuriam pagal įstatus kvorumas nebūtinas. Priežastis išsaugoma ir rodoma kartu su sprendimu.

## Posėdžio ar sprendimo klaidos (problem-<code>)

problem-unknown-member = Tokio nario registre nėra.
problem-not-a-member-then = { $member } posėdžio dieną nebuvo VVG narys.
problem-no-votes = Įrašykite bent vieną balsą.
problem-voted-twice = { $member } balsavo du kartus.
problem-voter-not-present = { $member } nėra dalyvaujantis sprendžiančio organo narys, todėl balsuoti negali.
problem-recused-voted = { $member } nusišalino dėl interesų konflikto ir balsuoti negali.
problem-linked-voted = { $member } susijęs su pareiškėju, todėl dėl šio projekto balsuoti negali.
problem-linked-not-recused = { $member } susijęs su pareiškėju { $applicant } ir turi nusišalinti dėl interesų konflikto.
problem-no-quorum =
    Kvorumo nėra: balsuoti gali tik { $eligible } iš { $body ->
        [one] { $body } nario
        [few] { $body } narių
        [many] { $body } nario
       *[other] { $body } narių
    }, o reikia { $needed }.
problem-public-over-limit = Viešasis sektorius turi { $share } balsų, daugiau nei leidžiami 49 %.
problem-project-and-call = Klausimas gali būti dėl vieno projekto arba dėl kvietimo projektų atrankos, bet ne dėl abiejų.
problem-unknown-call = Pasirinkite šios strategijos kvietimą.
