# LAG Desk pareiškėjų sąrašas: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/applicants.ftl bei lv/applicants.ftl su tuo pačiu id ir kintamaisiais.

nav-applicants = Pareiškėjai

applicants-title = Pareiškėjai
applicants-intro = Bendri visoms strategijoms: pataisymas matomas visose pareiškėjo paraiškose.
applicants-empty-title = Pareiškėjų dar nėra
applicants-empty-text = Pareiškėjai registruojami kartu su jų paraiškomis puslapyje „Projektai“.
applicants-search = Paieška
applicants-search-placeholder = Pavadinimas arba kodas
applicants-shown =
    { $count ->
        [one] { $count } pareiškėjas
        [few] { $count } pareiškėjai
        [many] { $count } pareiškėjo
       *[other] { $count } pareiškėjų
    }
applicants-none-match = Paiešką atitinkančių pareiškėjų nėra.
applicant-col-name = Pavadinimas
applicant-delete-blocked =
    Ištrinti negalima: pareiškėjas nurodytas { $count ->
        [one] { $count } paraiškoje
        [few] { $count } paraiškose
        [many] { $count } paraiškos
       *[other] { $count } paraiškų
    }.
applicant-delete-title = Ištrinti pareiškėją?
applicant-delete-text = Pareiškėjas „{ $name }“ bus ištrintas. Šio veiksmo atšaukti negalima.
applicant-delete-confirm = Ištrinti pareiškėją
