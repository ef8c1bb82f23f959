//! The fields each kind of import fills, and how a file's headers are matched to them: by the
//! field's own name (as LAG Desk's exports write it), by its label in the window in en, lt or
//! lv, or by the headers LAGs' own registers use. Matching ignores case, diacritics and
//! punctuation, and a header may add words after a known one (`Prašoma suma, Eur`).

use lagdesk_domain::{ImportField, ImportKind, ParticipantGroup};

use crate::labels::{fold, translations};

struct Spec {
    key: &'static str,
    required: bool,
    /// Headers seen in LAGs' registers, besides the key and the window's labels.
    aliases: &'static [&'static str],
}

const fn field(key: &'static str, required: bool, aliases: &'static [&'static str]) -> Spec {
    Spec {
        key,
        required,
        aliases,
    }
}

const MEASURE: &[&str] = &[
    "measure",
    "priemone",
    "priemones kodas",
    "vps priemone",
    "veiklos sritis",
    "riciba",
    "ricibas kods",
    "pasakums",
];

const PLAN: &[Spec] = &[
    field(
        "priority_code",
        false,
        &["priority", "prioritetas", "prioritates kods", "prioritate"],
    ),
    field(
        "priority_title",
        false,
        &["prioriteto pavadinimas", "prioritates nosaukums"],
    ),
    field("measure_code", true, MEASURE),
    field(
        "measure_title",
        true,
        &["priemones pavadinimas", "ricibas nosaukums"],
    ),
    field("kind", false, &["type", "tipas", "veids"]),
    field(
        "allocation",
        true,
        &["budget", "biudzetas", "suma", "finansejums", "kopeja suma"],
    ),
    field(
        "planned_projects",
        false,
        &["projects", "planuojami projektai", "projektu skaits"],
    ),
    field(
        "max_intensity",
        false,
        &["intensity", "intensyvumas", "intensitate"],
    ),
    field(
        "max_grant",
        false,
        &["didziausia paramos suma", "maksimala atbalsta summa"],
    ),
];

const CALLS: &[Spec] = &[
    field(
        "call_number",
        true,
        &[
            "call",
            "number",
            "kvietimas",
            "kvietimo nr",
            "karta",
            "kartas nr",
        ],
    ),
    field(
        "title",
        true,
        &["pavadinimas", "kvietimo pavadinimas", "nosaukums"],
    ),
    field(
        "opens_on",
        true,
        &[
            "opens",
            "start",
            "pradzia",
            "paraisku priemimo pradzia",
            "sakums",
        ],
    ),
    field(
        "closes_on",
        true,
        &[
            "closes",
            "end",
            "pabaiga",
            "paraisku priemimo pabaiga",
            "beigas",
        ],
    ),
    field("measure_code", true, MEASURE),
    field(
        "available",
        true,
        &[
            "budget",
            "kvietimui skirta suma",
            "skirta suma",
            "pieejamais finansejums",
        ],
    ),
    field(
        "max_grant",
        false,
        &["didziausia paramos suma", "maksimala atbalsta summa"],
    ),
    field(
        "max_intensity",
        false,
        &["intensity", "intensyvumas", "atbalsta intensitate"],
    ),
];

const PROJECTS: &[Spec] = &[
    field(
        "number",
        true,
        &[
            "project number",
            "project no",
            "no",
            "nr",
            "projekto nr",
            "projekto numeris",
            "paraiskos nr",
            "paraiskos numeris",
            "registracijos nr",
            "projekta nr",
            "projekta numurs",
            "iesnieguma nr",
            "numurs",
        ],
    ),
    field(
        "title",
        true,
        &[
            "project title",
            "pavadinimas",
            "projekto pavadinimas",
            "nosaukums",
            "projekta nosaukums",
        ],
    ),
    field(
        "applicant",
        true,
        &[
            "beneficiary",
            "pareiskejas",
            "pareiskejo pavadinimas",
            "projekto vykdytojas",
            "vykdytojas",
            "iesniedzejs",
            "projekta iesniedzejs",
            "atbalsta pretendents",
            "pretendents",
        ],
    ),
    field(
        "applicant_type",
        false,
        &[
            "applicant kind",
            "pareiskejo tipas",
            "pareiskejo rusis",
            "iesniedzeja veids",
            "pretendenta veids",
        ],
    ),
    field("measure_code", true, MEASURE),
    field(
        "call_number",
        false,
        &[
            "call",
            "kvietimas",
            "kvietimo nr",
            "kvietimo numeris",
            "karta",
            "kartas nr",
        ],
    ),
    field(
        "status",
        false,
        &["busena", "projekto busena", "statuss", "projekta statuss"],
    ),
    field(
        "eligible_cost",
        true,
        &[
            "eligible costs",
            "tinkamos finansuoti islaidos",
            "tinkamos islaidos",
            "projekto verte",
            "attiecinamas izmaksas",
            "kopejas attiecinamas izmaksas",
        ],
    ),
    field(
        "requested",
        true,
        &[
            "requested aid",
            "aid requested",
            "prasoma parama",
            "prasoma paramos suma",
            "prasoma suma",
            "pieprasitais atbalsts",
            "pieprasita summa",
        ],
    ),
    field(
        "awarded",
        false,
        &[
            "awarded aid",
            "grant",
            "skirta parama",
            "skirta paramos suma",
            "patvirtinta parama",
            "pieskirtais atbalsts",
            "pieskirta summa",
        ],
    ),
    field(
        "submitted_on",
        true,
        &[
            "submitted",
            "submission date",
            "pateikimo data",
            "paraiskos pateikimo data",
            "iesniegsanas datums",
            "iesniegts",
        ],
    ),
    field(
        "status_on",
        false,
        &[
            "status date",
            "decision date",
            "busenos data",
            "sprendimo data",
            "statusa datums",
            "lemuma datums",
        ],
    ),
    field(
        "jobs_created",
        false,
        &[
            "jobs",
            "darbo vietos",
            "sukurtos darbo vietos",
            "darba vietas",
            "raditas darba vietas",
        ],
    ),
];

const PAYMENTS: &[Spec] = &[
    field(
        "project_number",
        true,
        &[
            "project",
            "projekto nr",
            "projektas",
            "projekta nr",
            "projekts",
        ],
    ),
    field(
        "claim_number",
        true,
        &[
            "claim",
            "mokejimo prasymo nr",
            "mokejimo prasymas",
            "maksajuma pieprasijuma nr",
            "maksajuma pieprasijums",
        ],
    ),
    field(
        "submitted_on",
        false,
        &["submitted", "pateikimo data", "iesniegsanas datums"],
    ),
    field(
        "claimed",
        true,
        &[
            "amount claimed",
            "prasoma suma",
            "prasoma ismoketi",
            "pieprasita summa",
        ],
    ),
    field(
        "paid",
        false,
        &[
            "amount paid",
            "ismoketa",
            "ismoketa suma",
            "izmaksats",
            "izmaksata summa",
        ],
    ),
    field(
        "paid_on",
        false,
        &["payment date", "ismokejimo data", "izmaksas datums"],
    ),
];

const EVENTS: &[Spec] = &[
    field(
        "date",
        true,
        &["data", "datums", "renginio data", "pasakuma datums"],
    ),
    field(
        "time",
        false,
        &[
            "start time",
            "laikas",
            "pradzios laikas",
            "laiks",
            "sakuma laiks",
        ],
    ),
    field("end_time", false, &["pabaigos laikas", "beigu laiks"]),
    field(
        "type",
        true,
        &[
            "kind",
            "tipas",
            "rusis",
            "renginio tipas",
            "veids",
            "pasakuma veids",
        ],
    ),
    field(
        "title",
        true,
        &[
            "pavadinimas",
            "renginio pavadinimas",
            "nosaukums",
            "pasakuma nosaukums",
        ],
    ),
    field(
        "place",
        true,
        &["venue", "vieta", "renginio vieta", "norises vieta"],
    ),
    field(
        "participants",
        true,
        &[
            "dalyviai",
            "dalyviu skaicius",
            "dalibnieki",
            "dalibnieku skaits",
        ],
    ),
    field(
        "organiser",
        false,
        &["organizer", "organizatorius", "organizators"],
    ),
    field("description", false, &["aprasymas", "apraksts"]),
    field("cost", false, &["islaidos", "kaina", "izmaksas"]),
    field("measure_code", false, MEASURE),
    field("budget_code", false, &[]),
    field("women", false, &["moterys", "sievietes"]),
    field("men", false, &["vyrai", "viriesi"]),
];

/// The window's own column headers of a list, so a list exported from the window imports again.
const LIST_HEADERS: &[(ImportKind, &str, &str)] = &[
    (ImportKind::Projects, "number", "project-col-number"),
    (ImportKind::Projects, "title", "project-col-title"),
    (ImportKind::Projects, "applicant", "field-applicant"),
    (ImportKind::Projects, "measure_code", "field-measure"),
    (ImportKind::Projects, "call_number", "field-call"),
    (
        ImportKind::Projects,
        "submitted_on",
        "project-col-submitted-on",
    ),
    (
        ImportKind::Projects,
        "eligible_cost",
        "project-col-eligible",
    ),
    (ImportKind::Projects, "requested", "project-col-requested"),
    (ImportKind::Projects, "awarded", "project-col-awarded"),
];

fn specs(kind: ImportKind) -> &'static [Spec] {
    match kind {
        ImportKind::Plan => PLAN,
        ImportKind::Calls => CALLS,
        ImportKind::Projects => PROJECTS,
        ImportKind::Payments => PAYMENTS,
        ImportKind::Events => EVENTS,
    }
}

/// The fields a kind of import fills, required ones first as the file's columns usually are.
/// Events also count participants by group, and a plan spreads allocations over years.
pub fn fields(kind: ImportKind) -> Vec<ImportField> {
    let mut fields: Vec<ImportField> = specs(kind)
        .iter()
        .map(|s| ImportField {
            key: s.key.to_owned(),
            required: s.required,
        })
        .collect();
    if kind == ImportKind::Events {
        fields.extend(ParticipantGroup::ALL.iter().map(|g| ImportField {
            key: format!("participants_{}", g.code()),
            required: false,
        }));
    }
    fields
}

/// The field each header most likely holds; each field goes to one column at most (the first).
/// A plan's `allocation_2025` (or a bare `2025`) column is that year's allocation.
pub fn suggest_mapping(kind: ImportKind, headers: &[String]) -> Vec<Option<String>> {
    let known: Vec<(String, Vec<String>)> = fields(kind)
        .into_iter()
        .map(|f| {
            let spec = specs(kind).iter().find(|s| s.key == f.key);
            let mut names: Vec<String> = spec
                .map(|s| s.aliases.iter().map(|a| fold(a)).collect())
                .unwrap_or_default();
            names.push(fold(&f.key));
            names.extend(translations(&format!("import-field-{}", f.key)).map(fold));
            for (_, _, id) in LIST_HEADERS
                .iter()
                .filter(|(k, key, _)| *k == kind && *key == f.key)
            {
                names.extend(translations(id).map(fold));
            }
            (f.key, names)
        })
        .collect();
    let mut taken: Vec<String> = Vec::new();
    headers
        .iter()
        .map(|header| {
            let folded = fold(header);
            let found = year_field(kind, &folded).or_else(|| best_field(&known, &folded, &taken));
            if let Some(key) = &found {
                taken.push(key.clone());
            }
            found
        })
        .collect()
}

/// The field whose name equals the header or begins it (the longest name wins: `prasoma
/// paramos suma` over `prasoma suma`), among those not yet taken.
fn best_field(known: &[(String, Vec<String>)], header: &str, taken: &[String]) -> Option<String> {
    if header.is_empty() {
        return None;
    }
    known
        .iter()
        .filter(|(key, _)| !taken.contains(key))
        .flat_map(|(key, names)| names.iter().map(move |n| (key, n)))
        .filter(|(_, name)| {
            !name.is_empty()
                && (header == name.as_str()
                    || header
                        .strip_prefix(name.as_str())
                        .is_some_and(|rest| rest.starts_with(' ')))
        })
        .max_by_key(|(_, name)| name.len())
        .map(|(key, _)| key.clone())
}

fn year_field(kind: ImportKind, header: &str) -> Option<String> {
    if kind != ImportKind::Plan {
        return None;
    }
    let year = header.strip_prefix("allocation ").unwrap_or(header);
    (year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()))
        .then(|| format!("allocation_{year}"))
}

/// Whether `key` is a field a file of `kind` can fill.
pub fn is_field(kind: ImportKind, key: &str) -> bool {
    fields(kind).iter().any(|f| f.key == key)
        || (kind == ImportKind::Plan && year_field(kind, &fold(key)).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn lithuanian_register_headers_find_their_fields() {
        let mapping = suggest_mapping(
            ImportKind::Projects,
            &headers(&[
                "Projekto Nr.",
                "Projekto pavadinimas",
                "Pareiškėjas",
                "VPS priemonė",
                "Tinkamos finansuoti išlaidos, Eur",
                "Prašoma paramos suma, Eur",
                "Skirta parama, Eur",
                "Paraiškos pateikimo data",
                "Būsena",
                "Pastabos",
            ]),
        );
        let keys: Vec<&str> = mapping
            .iter()
            .map(|m| m.as_deref().unwrap_or("-"))
            .collect();
        assert_eq!(
            keys,
            [
                "number",
                "title",
                "applicant",
                "measure_code",
                "eligible_cost",
                "requested",
                "awarded",
                "submitted_on",
                "status",
                "-"
            ]
        );
    }

    #[test]
    fn own_exports_and_years_map_to_themselves() {
        let mapping = suggest_mapping(
            ImportKind::Plan,
            &headers(&[
                "measure_code",
                "measure_title",
                "allocation",
                "allocation_2025",
                "2026",
            ]),
        );
        assert_eq!(
            mapping,
            [
                Some("measure_code".to_owned()),
                Some("measure_title".to_owned()),
                Some("allocation".to_owned()),
                Some("allocation_2025".to_owned()),
                Some("allocation_2026".to_owned()),
            ]
        );
    }

    #[test]
    fn a_project_list_exported_from_the_window_maps_back() {
        for headers in [
            [
                "No.",
                "Title",
                "Applicant",
                "Measure",
                "Submitted",
                "Eligible",
                "Requested",
                "Awarded",
            ],
            [
                "Nr.",
                "Pavadinimas",
                "Pareiškėjas",
                "Priemonė",
                "Pateikta",
                "Tinkamos išlaidos",
                "Prašoma",
                "Skirta",
            ],
        ] {
            let mapping = suggest_mapping(ImportKind::Projects, &headers.map(String::from));
            assert!(
                mapping.iter().all(Option::is_some),
                "{headers:?}: {mapping:?}"
            );
        }
    }

    #[test]
    fn a_field_goes_to_its_first_column_only() {
        let mapping = suggest_mapping(ImportKind::Payments, &headers(&["claimed", "Claimed"]));
        assert_eq!(mapping, [Some("claimed".to_owned()), None]);
    }
}
