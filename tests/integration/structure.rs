//! Strategies, priorities and measures: create, edit, reorder, delete, and refusals that change
//! nothing.

use lagdesk_domain::{Bp, MeasureKind, MoveDirection, StrategyInput};
use lagdesk_store::StoreError;
use lagdesk_tests::{measure_input, priority_input, strategy_input, TestDb};

fn codes<T>(items: &[T], code: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|i| code(i).to_owned()).collect()
}

#[test]
fn a_strategy_is_created_edited_and_listed() {
    let mut db = TestDb::new();
    let s = db.store.create_strategy(&strategy_input("VPS-1")).unwrap();
    assert_eq!(s.funding_sources.len(), 2);
    let edited = StrategyInput {
        title: "Pajūrio VPS".into(),
        running_cap: Bp(2500),
        ..strategy_input("VPS-2")
    };
    let s = db.store.update_strategy(&s.id, &edited).unwrap();
    assert_eq!(
        (s.code.as_str(), s.title.as_str(), s.running_cap),
        ("VPS-2", "Pajūrio VPS", Bp(2500))
    );
    assert_eq!(
        codes(&db.store.strategies().unwrap(), |s| &s.code),
        vec!["VPS-2"]
    );
}

#[test]
fn invalid_strategy_input_changes_nothing() {
    let mut db = TestDb::new();
    let s = db.store.create_strategy(&strategy_input("VPS-1")).unwrap();
    let mut bad = strategy_input("VPS-1");
    bad.end_year = 2020;
    bad.funding_sources[1].share = Bp(1000);
    let StoreError::Invalid(invalid) = db.store.update_strategy(&s.id, &bad).unwrap_err() else {
        panic!("expected invalid input")
    };
    let fields: Vec<&str> = invalid.0.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, vec!["endYear", "fundingSources"]);
    assert_eq!(db.store.strategy(&s.id).unwrap(), s);
}

#[test]
fn codes_are_unique() {
    let mut db = TestDb::new();
    let s = db.store.create_strategy(&strategy_input("VPS-1")).unwrap();
    let err = db
        .store
        .create_strategy(&strategy_input("VPS-1"))
        .unwrap_err();
    assert!(matches!(err, StoreError::DuplicateCode { .. }), "{err}");
    db.store
        .create_priority(&s.id, &priority_input("P1"))
        .unwrap();
    let err = db
        .store
        .create_priority(&s.id, &priority_input("P1"))
        .unwrap_err();
    assert_eq!(err.to_string(), "priority code 'P1' is already used");
    assert_eq!(db.store.priorities(&s.id).unwrap().len(), 1);
}

#[test]
fn priorities_and_measures_keep_the_users_order() {
    let mut db = TestDb::new();
    let s = db.store.create_strategy(&strategy_input("VPS")).unwrap();
    let p1 = db
        .store
        .create_priority(&s.id, &priority_input("P1"))
        .unwrap();
    let p2 = db
        .store
        .create_priority(&s.id, &priority_input("P2"))
        .unwrap();
    let m = |db: &mut TestDb, p: &str, code: &str| {
        db.store
            .create_measure(
                &s.id,
                &measure_input(Some(p), code, MeasureKind::Project, 1000),
            )
            .unwrap()
    };
    let a = m(&mut db, &p1.id, "A");
    m(&mut db, &p1.id, "B");
    m(&mut db, &p2.id, "C");
    db.store
        .create_measure(&s.id, &measure_input(None, "RUN", MeasureKind::Running, 10))
        .unwrap();

    let moved = db.store.move_priority(&p2.id, MoveDirection::Up).unwrap();
    assert_eq!(codes(&moved, |p| &p.code), vec!["P2", "P1"]);
    assert_eq!(
        codes(&db.store.measures(&s.id).unwrap(), |m| &m.code),
        vec!["C", "A", "B", "RUN"]
    );

    let moved = db.store.move_measure(&a.id, MoveDirection::Down).unwrap();
    assert_eq!(codes(&moved, |m| &m.code), vec!["C", "B", "A", "RUN"]);
    // The last of its priority stays where it is.
    let moved = db.store.move_measure(&a.id, MoveDirection::Down).unwrap();
    assert_eq!(codes(&moved, |m| &m.code), vec!["C", "B", "A", "RUN"]);

    // Moving a measure to another priority puts it at that priority's end.
    let input = measure_input(Some(&p2.id), "A", MeasureKind::Project, 1000);
    db.store.update_measure(&a.id, &input).unwrap();
    assert_eq!(
        codes(&db.store.measures(&s.id).unwrap(), |m| &m.code),
        vec!["C", "A", "B", "RUN"]
    );
}

#[test]
fn a_priority_with_measures_cannot_vanish() {
    let mut db = TestDb::new();
    let s = db.store.create_strategy(&strategy_input("VPS")).unwrap();
    let p = db
        .store
        .create_priority(&s.id, &priority_input("P1"))
        .unwrap();
    let m = db
        .store
        .create_measure(
            &s.id,
            &measure_input(Some(&p.id), "M1", MeasureKind::Project, 5),
        )
        .unwrap();
    let err = db.store.delete_priority(&p.id).unwrap_err();
    assert_eq!(
        err.to_string(),
        "priority 'P1' still has measures under it (1): move or delete them first"
    );
    assert_eq!(db.store.priorities(&s.id).unwrap().len(), 1);
    db.store.delete_measure(&m.id).unwrap();
    db.store.delete_priority(&p.id).unwrap();
    assert!(db.store.priorities(&s.id).unwrap().is_empty());
}

#[test]
fn deleting_a_strategy_takes_its_priorities_and_measures() {
    let mut db = TestDb::new();
    let keep = db.store.create_strategy(&strategy_input("KEEP")).unwrap();
    let s = db.store.create_strategy(&strategy_input("GONE")).unwrap();
    let p = db
        .store
        .create_priority(&s.id, &priority_input("P1"))
        .unwrap();
    db.store
        .create_measure(
            &s.id,
            &measure_input(Some(&p.id), "M1", MeasureKind::Project, 5),
        )
        .unwrap();
    let summary = db
        .store
        .strategies()
        .unwrap()
        .into_iter()
        .find(|x| x.code == "GONE")
        .unwrap();
    assert_eq!((summary.priority_count, summary.measure_count), (1, 1));
    db.store.delete_strategy(&s.id).unwrap();
    assert_eq!(
        codes(&db.store.strategies().unwrap(), |s| &s.code),
        vec!["KEEP"]
    );
    assert!(db.store.measures(&s.id).unwrap().is_empty());
    assert!(db.store.strategy(&keep.id).is_ok());
}

#[test]
fn a_measure_cannot_point_at_another_strategys_priority() {
    let mut db = TestDb::new();
    let a = db.store.create_strategy(&strategy_input("A")).unwrap();
    let b = db.store.create_strategy(&strategy_input("B")).unwrap();
    let p = db
        .store
        .create_priority(&a.id, &priority_input("P1"))
        .unwrap();
    let err = db
        .store
        .create_measure(
            &b.id,
            &measure_input(Some(&p.id), "M", MeasureKind::Project, 5),
        )
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::NotFound {
                entity: "priority",
                ..
            }
        ),
        "{err}"
    );
    assert!(db.store.measures(&b.id).unwrap().is_empty());
}

#[test]
fn the_demo_lag_loads_once() {
    let mut db = TestDb::new();
    let id = db.store.load_demo().unwrap();
    let plan = db.store.financial_plan(&id).unwrap();
    assert_eq!(
        plan.project_lines
            .iter()
            .filter(|l| l.kind.is_none())
            .count(),
        3
    );
    assert_eq!(plan.plan_total, plan.strategy.envelope);
    assert!(plan.warnings.is_empty(), "{:?}", plan.warnings);
    assert_eq!(
        db.store.organisation().unwrap().unwrap().name,
        "Žaliųjų ežerų krašto vietos veiklos grupė"
    );
    assert!(matches!(
        db.store.load_demo().unwrap_err(),
        StoreError::DuplicateCode { .. }
    ));
}
