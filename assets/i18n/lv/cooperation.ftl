# LAG Desk sadarbības projekti ar partneriem, plānotajiem rezultātiem un saistītajiem pasākumiem: latviešu valodā.
# Katrs ziņojums ir arī en/cooperation.ftl un lt/cooperation.ftl ar to pašu id un mainīgajiem.

nav-cooperation = Sadarbība

## Saraksts

coop-page-title = Sadarbības projekti
coop-overline = Sadarbības projekts
coop-new = Jauns sadarbības projekts
coop-empty-title = Sadarbības projektu vēl nav
coop-empty-text = Reģistrējiet projektus, ko VRG īsteno kopā ar citām Latvijas un ārvalstu VRG: partnerus, mērķus, budžetu un plānotos rezultātus. Pēc tam ar tiem varēs saistīt pasākumus.
coop-col-period = Periods
coop-col-countries = Partneru valstis
coop-col-budget = Budžets
coop-col-events = Pasākumi
coop-col-participants = Dalībnieki
coop-period = { $start } – { $end }
coop-period-open = no { $start }

## Forma

coop-form-new = Jauns sadarbības projekts
coop-form-edit = Labot sadarbības projektu
coop-field-code = Kods
coop-field-title = Nosaukums
coop-field-starts-on = Sākums
coop-field-ends-on = Beigas
coop-field-budget = Budžets (EUR)
coop-field-goals = Mērķi
coop-partners-title = Partneri
coop-partner-org = Organizācija
coop-partner-country = Valsts
coop-partner-role = Loma
coop-partner-lead = Vadošais
coop-partner-org-of = { $n }. partnera organizācija
coop-partner-country-of = { $n }. partnera valsts
coop-partner-role-of = { $n }. partnera loma
coop-partner-lead-of = Projektu vada { $n }. partneris
coop-partner-remove-of = Noņemt { $n }. partneri
coop-partner-add = Pievienot partneri
coop-partners-none = Partneru vēl nav.
coop-partners-hint = Valsti norādiet ar divu burtu kodu: LT, LV, EE, PL, FI… Projektu vada tieši viens partneris.
coop-results-title = Plānotie rezultāti
coop-result-of = { $n }. plānotais rezultāts
coop-result-status-of = { $n }. plānotā rezultāta statuss
coop-result-remove-of = Noņemt { $n }. plānoto rezultātu
coop-result-add = Pievienot plānoto rezultātu
coop-results-none = Plānoto rezultātu vēl nav.
coop-result-status-planned = Plānots
coop-result-status-in-progress = Tiek īstenots
coop-result-status-achieved = Sasniegts
coop-result-status-dropped = Atcelts

## Viens projekts

coop-back = Sadarbības projekti
coop-edit = Labot projektu
coop-delete = Dzēst projektu
coop-delete-title = Dzēst sadarbības projektu?
coop-delete-text = Sadarbības projekts { $code } „{ $title }” tiks dzēsts kopā ar partneriem un plānotajiem rezultātiem. Šo darbību nevar atsaukt.
coop-delete-confirm = Dzēst projektu
coop-facts-title = Par projektu
coop-event-cost = Saistīto pasākumu izmaksas
coop-lead-tag = vadošais partneris
coop-events-title = Saistītie pasākumi
coop-events-none = Ar šo projektu vēl nav saistīts neviens pasākums. To var izdarīt pasākuma formā (lapa „Pasākumi”).
coop-events-total =
    Kopā: { $count ->
        [zero] { $count } pasākumu
        [one] { $count } pasākums
       *[other] { $count } pasākumi
    }

problem-not-a-country = Ievadiet divu burtu valsts kodu, piem., LT, LV vai EE.
problem-one-lead = Atzīmējiet tieši vienu vadošo partneri.
