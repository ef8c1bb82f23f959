# LAG Desk nariai ir valdyba: lietuvių kalba.
# Kiekvienas pranešimas yra ir en/members.ftl bei lv/members.ftl su tuo pačiu id ir kintamaisiais.

nav-members = Nariai

members-title = Nariai ir valdyba
members-intro = VVG nariai pagal sektorius ir kas kada buvo valdyboje.
members-empty-title = Narių dar nėra
members-empty-text = Įveskite VVG narius su jų sektoriumi ir kadencijomis valdyboje: iš jų apskaičiuojama valdybos sudėtis.
members-search = Paieška
members-search-placeholder = Pavadinimas arba kontaktai
members-none-match = Paiešką atitinkančių narių nėra.
members-summary =
    { $count ->
        [one] { $count } narys
        [few] { $count } nariai
        [many] { $count } nario
       *[other] { $count } narių
    }: viešojo sektoriaus – { $public }, verslo – { $business }, pilietinės visuomenės – { $civil }
member-count =
    { $count ->
        [one] { $count } narys
        [few] { $count } nariai
        [many] { $count } nario
       *[other] { $count } narių
    }
member-new = Naujas narys

member-kind-organisation = Organizacija
member-kind-person = Fizinis asmuo
member-sector-public = Viešasis sektorius
member-sector-business = Verslo sektorius
member-sector-civil = Pilietinės visuomenės sektorius
member-on-board-yes = Taip
member-on-board-no = Ne

member-col-name = Narys
member-col-kind = Tipas
member-col-sector = Sektorius
member-col-joined = Narys nuo
member-col-left = Išstojo
member-col-on-board = Šiandien valdyboje
member-col-applicants = Susiję pareiškėjai

member-delete-title = Ištrinti narį?
member-delete-text = Narys „{ $name }“ bus ištrintas kartu su jo kadencijomis valdyboje. Šio veiksmo atšaukti negalima.
member-delete-confirm = Ištrinti narį

## Valdyba šiandien

board-title = Valdyba šiandien
board-on = { $date } duomenimis
board-count =
    Valdyboje { $count ->
        [one] { $count } narys
        [few] { $count } nariai
        [many] { $count } nario
       *[other] { $count } narių
    }
board-empty = Šiandien valdyboje nėra nė vieno nario: nariams įveskite kadencijas valdyboje.
board-public-warning = Viešajam sektoriui tenka { $share } valdybos balsų; leidžiama ne daugiau kaip 49 %.

## Nario forma

member-form-new = Naujas narys
member-form-edit = Redaguoti narį
field-member-name = Pavadinimas arba vardas, pavardė
field-member-kind = Tipas
field-member-sector = Sektorius
field-member-contact = Kontaktai
member-contact-hint = Kontaktinis asmuo, el. paštas ar telefonas.
field-member-joined-on = Narys nuo
field-member-left-on = Išstojo
member-terms-title = Kadencijos valdyboje
member-terms-start = Nuo
member-terms-end = Iki
member-term-start-of = { $n }-osios kadencijos pradžia
member-term-end-of = { $n }-osios kadencijos pabaiga
member-term-remove-of = Pašalinti { $n }-ąją kadenciją
member-term-add = Pridėti kadenciją
member-terms-hint = Kol kadencija tęsiasi, pabaigos nenurodykite.
member-terms-none = Kadencijų valdyboje nėra.
member-applicants-title = Susiję pareiškėjai
member-applicants-hint = Pareiškėjai, kuriems narys atstovauja arba su kuriais yra susijęs: dėl jų projektų narys negali balsuoti.
member-applicants-none = Susijusių pareiškėjų nėra.
member-applicant-search = Susieti pareiškėją
member-applicant-remove-of = Pašalinti ryšį su „{ $name }“

problem-ends-before-start = Negali būti ankstesnė nei { $start }.
problem-terms-overlap = Sutampa su kita šio nario kadencija valdyboje.
