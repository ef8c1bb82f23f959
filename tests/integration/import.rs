//! The two-step import as the window drives it: a LAG's own Excel register (Windows-1257,
//! Lithuanian headers and words, `45 000,00`, `2025.03.14`) is read as detected, mapped as
//! suggested plus one column by hand, previewed row by row without writing, imported all or
//! nothing, and recognised as unchanged when it comes again.

use std::path::{Path, PathBuf};

use lagdesk_domain::import::ImportRecords;
use lagdesk_domain::{
    DateFormat, Delimiter, ImportKind, ImportPreview, ImportSetup, NumberFormat, ProjectStatus,
    RowOutcome, TextEncoding,
};
use lagdesk_exchange::{read_records, read_source, suggest_mapping, Source};
use lagdesk_store::{Staged, Store};
use lagdesk_tests::TestDb;

const TODAY: &str = "2026-11-23";

fn register() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/import/projektu-registras.csv")
}

fn demo() -> (TestDb, String) {
    let mut db = TestDb::new();
    db.store.load_demo().unwrap();
    let id = db.store.strategies().unwrap()[0].id.clone();
    (db, id)
}

/// The suggested mapping with the awarded aid's column (unknown to LAG Desk) mapped by hand.
fn setup_for(source: &Source) -> ImportSetup {
    let mut mapping = suggest_mapping(ImportKind::Projects, &source.headers);
    let awarded = source
        .headers
        .iter()
        .position(|h| h.starts_with("VVG valdybos"))
        .unwrap();
    assert_eq!(mapping[awarded], None, "not known, so not guessed");
    mapping[awarded] = Some("awarded".into());
    ImportSetup {
        settings: source.settings,
        mapping,
    }
}

fn records(
    path: &Path,
    setup: &ImportSetup,
) -> (Source, ImportRecords, Vec<lagdesk_domain::ImportProblem>) {
    let source = read_source(path, Some(&setup.settings)).unwrap();
    let parsed = read_records(ImportKind::Projects, &source, &setup.mapping);
    (source, parsed.records, parsed.problems)
}

fn preview(store: &mut Store, strategy: &str, path: &Path, setup: &ImportSetup) -> ImportPreview {
    let (source, records, mut problems) = records(path, setup);
    let staged = store
        .preview_import(Some(strategy), &records, TODAY, &mut |_, _| {})
        .unwrap();
    problems.extend(staged.problems);
    ImportPreview::new(source.rows, &staged.outcomes, problems)
}

fn import(store: &mut Store, strategy: &str, setup: &ImportSetup) -> Staged {
    let (_, records, problems) = records(&register(), setup);
    assert!(problems.is_empty(), "{problems:?}");
    store
        .import(Some(strategy), &records, TODAY, &mut |_, _| {})
        .unwrap()
}

fn project_count(store: &Store, strategy: &str) -> usize {
    store.projects(strategy).unwrap().len()
}

#[test]
fn an_excel_register_in_windows_1257_reads_as_detected() {
    let source = read_source(&register(), None).unwrap();
    assert_eq!(source.settings.encoding, Some(TextEncoding::Windows1257));
    assert_eq!(source.settings.delimiter, Some(Delimiter::Semicolon));
    assert_eq!(source.settings.number_format, NumberFormat::SpaceComma);
    assert_eq!(source.settings.date_format, DateFormat::YearMonthDay);
    assert_eq!(source.headers[2], "Pareiškėjas");
    assert_eq!(source.rows.len(), 4);
    assert_eq!(source.rows[1].1[1], "Amatų dirbtuvės „Čiūčia“");
    let mapping = suggest_mapping(ImportKind::Projects, &source.headers);
    let keys: Vec<&str> = mapping.iter().map(|m| m.as_deref().unwrap_or("")).collect();
    assert_eq!(
        keys,
        [
            "number",
            "title",
            "applicant",
            "applicant_type",
            "measure_code",
            "call_number",
            "status",
            "eligible_cost",
            "requested",
            "",
            "submitted_on",
            "status_on",
            ""
        ]
    );
}

#[test]
fn the_preview_writes_nothing_and_the_import_brings_in_every_row() {
    let (mut db, strategy) = demo();
    let before = project_count(&db.store, &strategy);
    let writes = db.store.writes();
    let source = read_source(&register(), None).unwrap();
    let setup = setup_for(&source);

    let shown = preview(&mut db.store, &strategy, &register(), &setup);
    assert!(shown.is_clean(), "{:?}", shown.problems);
    assert_eq!((shown.new, shown.update, shown.duplicate), (4, 0, 0));
    assert_eq!(project_count(&db.store, &strategy), before);
    assert_eq!(db.store.writes(), writes);

    let done = import(&mut db.store, &strategy, &setup);
    assert_eq!(done.count(RowOutcome::New), 4);
    let projects = db.store.projects(&strategy).unwrap();
    assert_eq!(projects.len(), before + 4);
    let approved = projects
        .iter()
        .find(|p| p.number == "VVG-2025-101")
        .unwrap();
    assert_eq!(approved.status, ProjectStatus::Approved);
    assert_eq!(approved.status_on, "2025-06-30");
    assert_eq!(approved.awarded_aid.map(|m| m.0), Some(36_000_00));
    let crafts = projects
        .iter()
        .find(|p| p.number == "VVG-2025-102")
        .unwrap();
    assert_eq!(crafts.title, "Amatų dirbtuvės „Čiūčia“");
    assert_eq!(crafts.eligible_cost.0, 80_500_50);
    assert_eq!(crafts.submitted_on, "2025-03-20");
    let farmer = db
        .store
        .applicants("Šiaulytė")
        .unwrap()
        .into_iter()
        .find(|a| a.name == "Ūkininkė Eglė Šiaulytė")
        .unwrap();
    assert_eq!(
        farmer.kind.code(),
        "farmer",
        "the Lithuanian type names the kind"
    );
}

#[test]
fn the_same_file_again_is_all_duplicates_and_a_changed_row_an_update() {
    let (mut db, strategy) = demo();
    let source = read_source(&register(), None).unwrap();
    let setup = setup_for(&source);
    import(&mut db.store, &strategy, &setup);

    let again = preview(&mut db.store, &strategy, &register(), &setup);
    assert_eq!((again.new, again.update, again.duplicate), (0, 0, 4));

    let changed = db.dir.path().join("changed.csv");
    let bytes = std::fs::read(register()).unwrap();
    std::fs::write(
        &changed,
        replaced(bytes, b"20 000,00;18 000,00", b"20 000,00;17 500,00"),
    )
    .unwrap();
    let shown = preview(&mut db.store, &strategy, &changed, &setup);
    assert_eq!((shown.new, shown.update, shown.duplicate), (0, 1, 3));
    let updated = shown
        .rows
        .iter()
        .find(|r| r.outcome == RowOutcome::Update)
        .unwrap();
    assert_eq!(updated.row, 4);
}

/// The file's bytes with `old` replaced: its Windows-1257 text stays as it was around it.
fn replaced(mut bytes: Vec<u8>, old: &[u8], new: &[u8]) -> Vec<u8> {
    let at = bytes.windows(old.len()).position(|w| w == old).unwrap();
    bytes.splice(at..at + old.len(), new.iter().copied());
    bytes
}

#[test]
fn every_problem_is_named_by_row_and_column_and_nothing_is_imported() {
    let (mut db, strategy) = demo();
    let before = project_count(&db.store, &strategy);
    let bytes = replaced(
        std::fs::read(register()).unwrap(),
        b"2025.04.02",
        b"2025.04.31",
    );
    let bytes = replaced(
        bytes,
        b"LEADER-SAVA-3.1;2025-1;Pateikta",
        b"LEADER-SAVA-9.9;2025-1;Pateikta",
    );
    let bad = db.dir.path().join("bad.csv");
    std::fs::write(&bad, bytes).unwrap();
    let source = read_source(&bad, None).unwrap();
    let setup = setup_for(&source);

    let shown = preview(&mut db.store, &strategy, &bad, &setup);
    let places: Vec<(Option<u32>, Option<&str>, &str)> = shown
        .problems
        .iter()
        .map(|p| (p.row, p.field.as_deref(), p.code.as_str()))
        .collect();
    assert_eq!(
        places,
        [
            (Some(5), Some("submitted_on"), "not-a-date"),
            (Some(4), Some("measure_code"), "unknown-measure"),
        ]
    );
    assert_eq!(
        shown.problems[0].column.as_deref(),
        Some("Paraiškos pateikimo data")
    );
    let outcomes: Vec<RowOutcome> = shown.rows.iter().map(|r| r.outcome).collect();
    assert_eq!(
        outcomes,
        [
            RowOutcome::New,
            RowOutcome::New,
            RowOutcome::Invalid,
            RowOutcome::Invalid
        ]
    );

    let (_, records, _) = records(&bad, &setup);
    let refused = db
        .store
        .import(Some(&strategy), &records, TODAY, &mut |_, _| {})
        .unwrap_err();
    assert!(
        refused.to_string().contains("row 4, column measure_code"),
        "{refused}"
    );
    assert_eq!(project_count(&db.store, &strategy), before);
}

#[test]
fn a_confirmed_setup_is_offered_for_the_next_file_of_the_same_shape() {
    let (mut db, _) = demo();
    let source = read_source(&register(), None).unwrap();
    let setup = setup_for(&source);
    assert_eq!(
        db.store
            .remembered_setup(ImportKind::Projects, &source.headers)
            .unwrap(),
        None
    );
    db.store
        .remember_setup(ImportKind::Projects, &source.headers, &setup)
        .unwrap();
    let offered = db
        .store
        .remembered_setup(ImportKind::Projects, &source.headers)
        .unwrap();
    assert_eq!(offered, Some(setup));
    assert_eq!(
        db.store
            .remembered_setup(ImportKind::Payments, &source.headers)
            .unwrap(),
        None,
        "another kind of file is another shape"
    );
}
