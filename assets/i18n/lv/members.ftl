# LAG Desk biedri un valde: latviešu valoda.
# Katrs ziņojums ir arī en/members.ftl un lt/members.ftl ar to pašu id un mainīgajiem.

nav-members = Biedri

members-title = Biedri un valde
members-intro = VRG biedri pa sektoriem un kas kad ir bijis valdē.
members-empty-title = Biedru vēl nav
members-empty-text = Ievadiet VRG biedrus ar to sektoru un pilnvaru termiņiem valdē: no tiem izriet valdes sastāvs.
members-search = Meklēt
members-search-placeholder = Nosaukums vai kontakti
members-none-match = Meklēšanai neatbilst neviens biedrs.
members-summary =
    { $count ->
        [zero] { $count } biedru
        [one] { $count } biedrs
       *[other] { $count } biedri
    }: publiskais sektors – { $public }, uzņēmēju sektors – { $business }, nevalstiskais sektors – { $civil }
member-count =
    { $count ->
        [zero] { $count } biedru
        [one] { $count } biedrs
       *[other] { $count } biedri
    }
member-new = Jauns biedrs

member-kind-organisation = Organizācija
member-kind-person = Fiziska persona
member-sector-public = Publiskais sektors
member-sector-business = Uzņēmēju sektors
member-sector-civil = Nevalstiskais sektors
member-on-board-yes = Jā
member-on-board-no = Nē

member-col-name = Biedrs
member-col-kind = Veids
member-col-sector = Sektors
member-col-joined = Biedrs kopš
member-col-left = Izstājās
member-col-on-board = Šodien valdē
member-col-applicants = Saistītie iesniedzēji

member-delete-title = Dzēst biedru?
member-delete-text = Biedrs „{ $name }” tiks dzēsts kopā ar tā pilnvaru termiņiem valdē. Šo darbību nevar atsaukt.
member-delete-confirm = Dzēst biedru

## Valde šodien

board-title = Valde šodien
board-on = Uz { $date }
board-count =
    Valdē { $count ->
        [zero] { $count } biedru
        [one] { $count } biedrs
       *[other] { $count } biedri
    }
board-empty = Šodien valdē nav neviena biedra: ievadiet biedriem pilnvaru termiņus valdē.
board-public-warning = Publiskajam sektoram ir { $share } valdes balsu; atļauts ne vairāk kā 49 %.

## Biedra veidlapa

member-form-new = Jauns biedrs
member-form-edit = Labot biedru
field-member-name = Nosaukums vai vārds, uzvārds
field-member-kind = Veids
field-member-sector = Sektors
field-member-contact = Kontakti
member-contact-hint = Kontaktpersona, e-pasts vai tālrunis.
field-member-joined-on = Biedrs kopš
field-member-left-on = Izstājās
member-terms-title = Pilnvaru termiņi valdē
member-terms-start = No
member-terms-end = Līdz
member-term-start-of = { $n }. termiņa sākums
member-term-end-of = { $n }. termiņa beigas
member-term-remove-of = Noņemt { $n }. termiņu
member-term-add = Pievienot termiņu
member-terms-hint = Kamēr termiņš turpinās, beigu datumu neaizpildiet.
member-terms-none = Pilnvaru termiņu valdē nav.
member-applicants-title = Saistītie projektu iesniedzēji
member-applicants-hint = Projektu iesniedzēji, kurus biedrs pārstāv vai ar kuriem ir saistīts: par to projektiem biedrs nedrīkst balsot.
member-applicants-none = Saistītu projektu iesniedzēju nav.
member-applicant-search = Piesaistīt projekta iesniedzēju
member-applicant-remove-of = Noņemt saiti ar „{ $name }”

problem-ends-before-start = Nedrīkst būt agrāk par { $start }.
problem-terms-overlap = Pārklājas ar citu šī biedra pilnvaru termiņu valdē.
