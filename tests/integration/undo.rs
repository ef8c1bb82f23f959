//! Undo: the latest changes are taken back one by one, newest first, 25 deep — edits, a deleted
//! payment claim (back with its id and its fund split), a new project (gone again), a whole
//! import — and each undo says what it took back.

use lagdesk_domain::import::{ImportRecords, PaymentImport};
use lagdesk_domain::{AuditAction, Money, PaymentClaimInput};
use lagdesk_tests::TestDb;

use crate::projects::to_input;

fn demo() -> (TestDb, String) {
    let mut db = TestDb::new();
    db.store.load_demo().unwrap();
    let strategy = db.store.strategies().unwrap()[0].id.clone();
    (db, strategy)
}

#[test]
fn twenty_five_edits_are_undone_newest_first_and_each_undo_names_its_record() {
    let (mut db, strategy) = demo();
    let project = db.store.projects(&strategy).unwrap().remove(5);
    let original = project.title.clone();
    let updates = |db: &TestDb| {
        let history = db.store.history(&project.id).unwrap();
        history
            .iter()
            .filter(|e| e.action == AuditAction::Update)
            .count()
    };
    let demo_updates = updates(&db);
    for i in 1..=25 {
        let mut input = to_input(&project);
        input.title = format!("Pavadinimas {i}");
        db.store.update_project(&project.id, &input).unwrap();
    }
    for i in (1..=25).rev() {
        let title = db.store.project(&project.id).unwrap().title;
        assert_eq!(title, format!("Pavadinimas {i}"));
        let undone = db.store.undo().unwrap().unwrap();
        assert_eq!(undone.entity, "project");
        assert_eq!(undone.action, AuditAction::Update);
        assert_eq!(undone.label, project.number);
    }
    assert_eq!(db.store.project(&project.id).unwrap().title, original);
    // The undos are in the log too, as changes of their own.
    assert_eq!(updates(&db), demo_updates + 50);
}

#[test]
fn a_deleted_claim_comes_back_whole_and_a_new_one_goes_again() {
    let (mut db, strategy) = demo();
    let project = db
        .store
        .projects(&strategy)
        .unwrap()
        .into_iter()
        .find(|p| p.paid > Money::ZERO)
        .unwrap();
    let claim = db.store.payment_claims(&project.id).unwrap().remove(0);
    let plan_before = db.store.financial_plan(&strategy).unwrap();

    db.store.delete_payment_claim(&claim.id).unwrap();
    assert!(db
        .store
        .payment_claims(&project.id)
        .unwrap()
        .iter()
        .all(|c| c.id != claim.id));
    let undone = db.store.undo().unwrap().unwrap();
    assert_eq!(
        (undone.action, undone.label.as_str()),
        (AuditAction::Delete, claim.number.as_str())
    );
    let back = db.store.payment_claims(&project.id).unwrap();
    assert!(back.contains(&claim), "the same claim, with the same id");
    assert_eq!(
        db.store.financial_plan(&strategy).unwrap(),
        plan_before,
        "its fund split is back"
    );
    assert!(db.store.check().unwrap().is_sound());

    let added = db
        .store
        .create_payment_claim(
            &project.id,
            &PaymentClaimInput {
                number: "MP-UNDO".into(),
                submitted_on: "2026-11-20".into(),
                claimed: Money(1_00),
                paid: None,
                paid_on: None,
            },
        )
        .unwrap();
    let undone = db.store.undo().unwrap().unwrap();
    assert_eq!(
        (undone.action, undone.label.as_str()),
        (AuditAction::Insert, "MP-UNDO")
    );
    assert!(db
        .store
        .payment_claims(&project.id)
        .unwrap()
        .iter()
        .all(|c| c.id != added.id));
}

#[test]
fn an_import_is_undone_as_one_change() {
    let (mut db, strategy) = demo();
    let projects = db.store.projects(&strategy).unwrap();
    let rows: Vec<PaymentImport> = projects
        .iter()
        .filter(|p| p.awarded_aid.is_some())
        .take(3)
        .enumerate()
        .map(|(i, p)| PaymentImport {
            row: i + 2,
            project_number: p.number.clone(),
            claim_number: format!("IMP-{i}"),
            submitted_on: Some("2026-11-20".into()),
            claimed: Money(1_00),
            paid: None,
            paid_on: None,
        })
        .collect();
    let claims = |db: &TestDb| -> usize {
        projects
            .iter()
            .map(|p| db.store.payment_claims(&p.id).unwrap().len())
            .sum()
    };
    let before = claims(&db);
    db.store
        .import(
            None,
            &ImportRecords::Payments(rows),
            "2026-11-23",
            &mut |_, _| {},
        )
        .unwrap();
    assert_eq!(claims(&db), before + 3);
    let undone = db.store.undo().unwrap().unwrap();
    assert_eq!(undone.records, 3);
    assert_eq!(claims(&db), before);
}

#[test]
fn with_nothing_left_undo_says_so() {
    let mut db = TestDb::new();
    assert_eq!(db.store.undo().unwrap(), None);
}
