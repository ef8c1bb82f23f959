//! The financial plan from an imported file to the budget export: totals that are exact sums to
//! the cent, shares rounded half up, and files with mistakes refused whole.

use lagdesk_domain::import::ImportRecords;
use lagdesk_domain::{ImportKind, Money, PlanWarning, StrategyInput};
use lagdesk_exchange::{budget_sheet, read_file, write_sheet, ExchangeError, ExportFormat};
use lagdesk_tests::{strategy_input, TestDb};

fn read_plan(path: &std::path::Path) -> Result<ImportRecords, ExchangeError> {
    read_file(ImportKind::Plan, path)
}

fn import_plan(db: &mut TestDb, id: &str, records: &ImportRecords) -> lagdesk_store::Result<()> {
    db.store
        .import(Some(id), records, "2026-01-01", &mut |_, _| {})
        .map(|_| ())
}

/// 2 priorities, 7 project measures, a running and an animation line, in every amount format,
/// semicolon-separated UTF-8 with a BOM.
const PLAN: &str = include_str!("../fixtures/plan.csv");

fn write(dir: &std::path::Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn strategy_without_envelope(db: &mut TestDb) -> String {
    let input = StrategyInput {
        envelope: Money::ZERO,
        ..strategy_input("VPS")
    };
    db.store.create_strategy(&input).unwrap().id
}

#[test]
fn imported_plan_gives_exact_budget_totals_and_rounded_shares() {
    let mut db = TestDb::new();
    let id = strategy_without_envelope(&mut db);
    let file = write(db.dir.path(), "plan.csv", PLAN);
    import_plan(&mut db, &id, &read_plan(&file).unwrap()).unwrap();

    let out = db.dir.path().join("budget.csv");
    write_sheet(
        &budget_sheet(&db.store.financial_plan(&id).unwrap()),
        ExportFormat::Csv,
        &out,
    )
    .unwrap();
    let csv = std::fs::read_to_string(&out).unwrap();
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(
        rows[0],
        [
            "level",
            "code",
            "title",
            "allocated",
            "committed",
            "paid",
            "available",
            "share_pct"
        ]
    );
    let figures: Vec<(&str, &str, &str, &str)> =
        rows[1..].iter().map(|r| (r[0], r[1], r[3], r[7])).collect();
    assert_eq!(
        figures,
        vec![
            ("strategy", "VPS", "3652469.22", "100.00"),
            ("priority", "P1", "1817901.23", "59.77"),
            ("measure", "M1.1", "1234567.89", "40.59"),
            ("measure", "M1.2", "333333.33", "10.96"),
            ("measure", "M1.3", "250000.01", "8.22"),
            ("priority", "P2", "1223456.88", "40.23"),
            ("measure", "M2.1", "1000000.10", "32.88"),
            ("measure", "M2.2", "99999.99", "3.29"),
            ("measure", "M2.3", "123456.78", "4.06"),
            ("measure", "M2.4", "0.01", "0.00"),
            ("measure", "VEIK", "500000.00", "13.69"),
            ("measure", "AKT", "111111.11", "3.04"),
        ]
    );
    // Nothing is committed or paid before projects exist, so all of it is available.
    assert!(rows[1..]
        .iter()
        .all(|r| r[4] == "0.00" && r[5] == "0.00" && r[6] == r[3]));
}

#[test]
fn importing_the_same_plan_again_updates_instead_of_duplicating() {
    let mut db = TestDb::new();
    let id = strategy_without_envelope(&mut db);
    let file = write(db.dir.path(), "plan.csv", PLAN);
    import_plan(&mut db, &id, &read_plan(&file).unwrap()).unwrap();
    let changed = PLAN.replace(";0,01;;;", ";10,00;;;");
    let file = write(db.dir.path(), "plan2.csv", &changed);
    import_plan(&mut db, &id, &read_plan(&file).unwrap()).unwrap();
    assert_eq!(db.store.measures(&id).unwrap().len(), 9);
    assert_eq!(db.store.priorities(&id).unwrap().len(), 2);
    assert_eq!(
        db.store.financial_plan(&id).unwrap().plan_total,
        Money(3_652_479_21)
    );
}

fn problems(result: Result<ImportRecords, ExchangeError>) -> Vec<String> {
    match result {
        Err(ExchangeError::Invalid { problems, .. }) => {
            problems.iter().map(ToString::to_string).collect()
        }
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn every_mistake_in_a_plan_file_is_named_by_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = "priority_code,priority_title,measure_code,measure_title,kind,allocation
P1,Ekonomika,M1,Verslas,project,12x
P1,,M1,Turizmas,projekt,100
,,M3,Paslaugos,project,100
P2,Kita,M4,Paveldas,project,1.2345
";
    let found = problems(read_plan(&write(dir.path(), "bad.csv", bad)));
    assert_eq!(found, vec![
        "row 2, column allocation: '12x' is not an amount (use e.g. 1 234,56 or 1234.56)",
        "row 3, column kind: 'projekt' is not a kind (use project, cooperation, running or animation)",
        "row 4, column priority_code: is required for a project measure",
        "row 5, column allocation: '1.2345' is not an amount (use e.g. 1 234,56 or 1234.56)",
    ]);
}

#[test]
fn duplicate_codes_and_missing_columns_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let duplicate = "priority_code,priority_title,measure_code,measure_title,kind,allocation
P1,Ekonomika,M1,Verslas,project,100
P1,,M1,Turizmas,project,100
";
    assert_eq!(
        problems(read_plan(&write(dir.path(), "dup.csv", duplicate))),
        vec!["row 3, column measure_code: 'M1' is already used in row 2"]
    );
    let missing = "priority_code,measure_code,measure_title,kind\nP1,M1,Verslas,project\n";
    assert_eq!(
        problems(read_plan(&write(dir.path(), "missing.csv", missing))),
        vec!["row 1, column allocation: no column of the file gives this field"]
    );
}

#[test]
fn a_failed_import_changes_nothing() {
    let mut db = TestDb::new();
    let id = strategy_without_envelope(&mut db);
    let file = write(db.dir.path(), "plan.csv", PLAN);
    let mut records = read_plan(&file).unwrap();
    // The store's own rules still hold on the last row: a grant above the allocation.
    let ImportRecords::Plan(rows) = &mut records else {
        panic!("a plan file gives plan rows")
    };
    rows.last_mut().unwrap().entry.measure.max_grant = Some(Money(1_000_000_000_00));
    assert!(import_plan(&mut db, &id, &records).is_err());
    assert!(db.store.measures(&id).unwrap().is_empty());
    assert!(db.store.priorities(&id).unwrap().is_empty());
}

#[test]
fn warnings_name_the_differences() {
    let mut db = TestDb::new();
    let input = StrategyInput {
        envelope: Money(3_000_000_00),
        ..strategy_input("VPS")
    };
    let id = db.store.create_strategy(&input).unwrap().id;
    let records = read_plan(&write(db.dir.path(), "p.csv", PLAN)).unwrap();
    import_plan(&mut db, &id, &records).unwrap();
    let plan = db.store.financial_plan(&id).unwrap();
    assert_eq!(
        plan.warnings,
        vec![
            PlanWarning::OverEnvelope {
                plan_total: Money(3_652_469_22),
                envelope: Money(3_000_000_00),
                difference: Money(652_469_22),
            },
            PlanWarning::RunningCapExceeded {
                running_total: Money(611_111_11),
                cap_amount: Money(600_000_00),
                share: lagdesk_domain::Bp(2037),
                cap: lagdesk_domain::Bp(2000),
                difference: Money(11_111_11),
            },
        ]
    );
    let parts: Vec<Money> = plan.funding_parts.iter().map(|p| p.amount).collect();
    assert_eq!(parts, vec![Money(3_104_598_84), Money(547_870_38)]);
}
