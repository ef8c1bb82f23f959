# LAG Desk apžvalga ir lėšų panaudojimas: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/dashboard.ftl bei lv/dashboard.ftl su tuo pačiu id ir kintamaisiais.

nav-dashboard = Apžvalga

## Strategijos lėšos (apžvalga, diagramos legenda ir finansinio plano lėšų stulpeliai)

money-allocated = Suplanuota
money-committed = Įsipareigota
money-paid = Išmokėta
money-available = Likutis
col-committed-share = Įsipareigota, %
col-status = Būsena
col-projects = Projektai
col-aid = Parama
total = Iš viso

## Apžvalga

dash-title = Apžvalga
dash-allocated-hint = Suplanuota visoms strategijos priemonėms.
dash-share-of-allocated = { $share } suplanuotų lėšų
dash-available-hint = Suplanuota, bet dar neįsipareigota projektams.
dash-chart-title = Lėšos pagal priemones
dash-chart-empty = Priemonių dar nėra: pridėkite jas puslapyje „Strategija“.
dash-status-title = Projektai pagal būseną
dash-status-empty = Projektų dar nėra: pirmąją paraišką užregistruokite puslapyje „Projektai“.
dash-status-aid-note = Parama – skirta paramos suma, o kol ji neskirta – prašoma paramos suma.
dash-calls-closing-title = Baigiasi kvietimai
dash-calls-closing-empty = Nuo šiandien nesibaigia nė vienas paskelbtas ar planuojamas kvietimas.
dash-closes = baigiasi { $date }
dash-projects-ending-title = Baigiasi įgyvendinimas
dash-projects-ending-empty = Per artimiausias 90 dienų nesibaigia nė vieno vykdomo projekto įgyvendinimas.
dash-ends = baigiasi { $date }
dash-ended = baigėsi { $date }
dash-claims-awaited-title = Laukiama išmokų
dash-claims-awaited-empty = Visi pateikti mokėjimo prašymai apmokėti.
dash-claim = mokėjimo prašymas { $code }
dash-claim-submitted = pateiktas { $date }
dash-recent-title = Naujausi pakeitimai
dash-recent-empty = Būsenų pakeitimų dar nėra.
