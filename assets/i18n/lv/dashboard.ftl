# LAG Desk pārskats un finansējuma izlietojums: latviešu valoda.
# Katrs ziņojums ir arī en/dashboard.ftl un lt/dashboard.ftl ar to pašu id un mainīgajiem.

nav-dashboard = Pārskats

## Stratēģijas finansējums (pārskats, diagrammas leģenda un finanšu plāna naudas kolonnas)

money-allocated = Plānots
money-committed = Saistības
money-paid = Izmaksāts
money-available = Atlikums
col-committed-share = Saistības, %
col-status = Statuss
col-projects = Projekti
col-aid = Atbalsts
total = Kopā

## Pārskats

dash-title = Pārskats
dash-allocated-hint = Plānots visām stratēģijas rīcībām.
dash-share-of-allocated = { $share } no plānotā finansējuma
dash-available-hint = Plānots, bet vēl nav piesaistīts projektiem.
dash-chart-title = Finansējums pa rīcībām
dash-chart-empty = Rīcību vēl nav: pievienojiet tās lapā „Stratēģija”.
dash-status-title = Projekti pēc statusa
dash-status-empty = Projektu vēl nav: pirmo projekta iesniegumu reģistrējiet lapā „Projekti”.
dash-status-aid-note = Atbalsts – piešķirtais atbalsts, bet, kamēr tas nav piešķirts, – pieprasītais atbalsts.
dash-calls-closing-title = Kārtas, kas beidzas
dash-calls-closing-empty = No šodienas nebeidzas neviena atvērta vai plānota kārta.
dash-closes = beidzas { $date }
dash-projects-ending-title = Īstenošana beidzas
dash-projects-ending-empty = Tuvāko 90 dienu laikā nebeidzas neviena projekta īstenošana.
dash-ends = beidzas { $date }
dash-ended = beidzās { $date }
dash-claims-awaited-title = Gaidāmie maksājumi
dash-claims-awaited-empty = Visi iesniegtie maksājuma pieprasījumi ir apmaksāti.
dash-claim = maksājuma pieprasījums { $code }
dash-claim-submitted = iesniegts { $date }
dash-recent-title = Jaunākās izmaiņas
dash-recent-empty = Statusa izmaiņu vēl nav.
