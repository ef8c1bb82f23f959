//! Closed years: once 2024 is closed, every change to money dated in 2024 — a claim, a project's
//! amounts or status step, an event's cost, a measure's 2024 allocation — is refused with a
//! message that says how to reopen it, while other changes and other years go on; an unchanged
//! record imported again is still a duplicate, and reopening lets the change through.

use lagdesk_domain::import::{ImportRecords, PaymentImport};
use lagdesk_domain::{
    Locale, Money, PaymentClaimInput, Project, ProjectStatus, RowOutcome, Settings, YearAllocation,
};
use lagdesk_store::{Store, StoreError};
use lagdesk_tests::TestDb;

use crate::projects::to_input;

fn closed_2024() -> (TestDb, String) {
    let mut db = TestDb::new();
    db.store.load_demo().unwrap();
    db.store
        .save_settings(&Settings {
            language: Locale::Lt,
            coordinator_name: "Rasa Petraitienė".into(),
        })
        .unwrap();
    let strategy = db.store.strategies().unwrap()[0].id.clone();
    let closed = db.store.close_year(2024).unwrap();
    assert_eq!(closed[0].year, 2024);
    assert_eq!(closed[0].closed_by, "Rasa Petraitienė");
    (db, strategy)
}

/// The refusal's field and year; panics unless the change was refused for a closed year.
fn refused(result: Result<impl std::fmt::Debug, StoreError>) -> (String, String) {
    match result {
        Err(StoreError::Invalid(invalid)) => {
            let p = &invalid.0[0];
            assert_eq!(p.code, "year-closed", "{p:?}");
            assert!(p.message.contains("reopen it"), "{}", p.message);
            (p.field.clone(), p.args["year"].clone())
        }
        other => panic!("expected a closed-year refusal, got {other:?}"),
    }
}

fn project(store: &Store, strategy: &str, approved_in: &str) -> Project {
    store
        .projects(strategy)
        .unwrap()
        .into_iter()
        .find(|p| {
            p.status == ProjectStatus::Implementing
                && store.project_history(&p.id).unwrap().iter().any(|s| {
                    s.status == ProjectStatus::Approved && s.changed_on.starts_with(approved_in)
                })
        })
        .unwrap()
}

#[test]
fn payments_dated_in_a_closed_year_are_refused_and_others_go_on() {
    let (mut db, strategy) = closed_2024();
    let p = project(&db.store, &strategy, "2024");
    let claim = |number: &str, paid_on: &str| PaymentClaimInput {
        number: number.into(),
        submitted_on: paid_on.into(),
        claimed: Money(1_00),
        paid: Some(Money(1_00)),
        paid_on: Some(paid_on.into()),
    };
    let (field, year) = refused(
        db.store
            .create_payment_claim(&p.id, &claim("X-1", "2024-12-30")),
    );
    assert_eq!((field.as_str(), year.as_str()), ("paidOn", "2024"));
    let later = db
        .store
        .create_payment_claim(&p.id, &claim("X-2", "2025-01-10"))
        .unwrap();
    // Moving a 2025 claim back into 2024 is a change in 2024 too.
    refused(
        db.store
            .update_payment_claim(&later.id, &claim("X-2", "2024-12-31")),
    );

    db.store.reopen_year(2024).unwrap();
    assert!(db.store.closed_years().unwrap().is_empty());
    db.store
        .create_payment_claim(&p.id, &claim("X-1", "2024-12-30"))
        .unwrap();
}

#[test]
fn a_project_approved_in_a_closed_year_keeps_its_amounts_but_not_its_title_fixed() {
    let (mut db, strategy) = closed_2024();
    let p = project(&db.store, &strategy, "2024");
    let mut input = to_input(&p);
    input.awarded_aid = Some(p.awarded_aid.unwrap() - Money(1_00));
    let (field, _) = refused(db.store.update_project(&p.id, &input));
    assert_eq!(field, "awardedAid");

    let mut renamed = to_input(&p);
    renamed.title = format!("{} (pervadinta)", p.title);
    db.store.update_project(&p.id, &renamed).unwrap();

    let (field, _) =
        refused(
            db.store
                .change_project_status(&p.id, ProjectStatus::Completed, "2024-12-31", ""),
        );
    assert_eq!(field, "changedOn");
    db.store
        .change_project_status(&p.id, ProjectStatus::Completed, "2025-12-31", "")
        .unwrap();
}

#[test]
fn event_costs_and_allocations_of_closed_years_are_refused() {
    let (mut db, strategy) = closed_2024();
    // The demo's events are from 2025 on.
    db.store.close_year(2025).unwrap();
    let event = db
        .store
        .events(Some("2025-01-01"), Some("2025-12-31"))
        .unwrap()
        .into_iter()
        .find(|e| e.input.cost.is_some())
        .unwrap();
    let mut input = event.input.clone();
    input.cost = input.cost.map(|c| c + Money(1_00));
    assert_eq!(refused(db.store.update_event(&event.id, &input)).0, "cost");
    refused(db.store.delete_event(&event.id));
    let mut retitled = event.input.clone();
    retitled.title = format!("{} II", event.input.title);
    db.store.update_event(&event.id, &retitled).unwrap();

    // A measure spread over 2024 and 2025 before 2024 was closed.
    db.store.reopen_year(2025).unwrap();
    db.store.reopen_year(2024).unwrap();
    let first = db.store.measures(&strategy).unwrap().remove(0);
    let half = Money(first.allocation.0 / 2);
    let mut spread = first.to_input();
    spread.yearly = vec![
        YearAllocation {
            year: 2024,
            amount: half,
        },
        YearAllocation {
            year: 2025,
            amount: first.allocation - half,
        },
    ];
    let measure = db.store.update_measure(&first.id, &spread).unwrap();
    db.store.close_year(2024).unwrap();
    let mut input = measure.to_input();
    let shift = |y: &mut YearAllocation, by: i64| y.amount = Money(y.amount.0 + by);
    input
        .yearly
        .iter_mut()
        .filter(|y| y.year == 2024)
        .for_each(|y| shift(y, -1_00));
    input
        .yearly
        .iter_mut()
        .filter(|y| y.year == 2025)
        .for_each(|y| shift(y, 1_00));
    assert_eq!(
        refused(db.store.update_measure(&measure.id, &input)),
        ("yearly".into(), "2024".into())
    );
    let mut later = measure.to_input();
    later
        .yearly
        .iter_mut()
        .filter(|y| y.year == 2025)
        .for_each(|y| shift(y, -1_00));
    later.yearly.push(YearAllocation {
        year: 2026,
        amount: Money(1_00),
    });
    db.store.update_measure(&measure.id, &later).unwrap();
}

#[test]
fn an_unchanged_payment_imported_again_is_a_duplicate_and_a_changed_one_is_refused_by_row() {
    let (mut db, strategy) = closed_2024();
    let p = project(&db.store, &strategy, "2024");
    let claim = db
        .store
        .payment_claims(&p.id)
        .unwrap()
        .into_iter()
        .find(|c| c.paid_on.as_deref().is_some_and(|d| d.starts_with("2024")))
        .unwrap();
    let row = |paid: Money| PaymentImport {
        row: 2,
        project_number: p.number.clone(),
        claim_number: claim.number.clone(),
        submitted_on: Some(claim.submitted_on.clone()),
        claimed: claim.claimed,
        paid: Some(paid),
        paid_on: claim.paid_on.clone(),
    };
    let same = ImportRecords::Payments(vec![row(claim.paid.unwrap())]);
    let staged = db
        .store
        .preview_import(Some(&strategy), &same, "2026-11-23", &mut |_, _| {})
        .unwrap();
    assert_eq!(staged.outcomes[&2], RowOutcome::Duplicate);
    let changed = ImportRecords::Payments(vec![row(claim.paid.unwrap() - Money(1_00))]);
    let staged = db
        .store
        .preview_import(Some(&strategy), &changed, "2026-11-23", &mut |_, _| {})
        .unwrap();
    assert_eq!(staged.outcomes[&2], RowOutcome::Invalid);
    assert_eq!(staged.problems[0].code, "year-closed");
    assert_eq!(staged.problems[0].field.as_deref(), Some("paid_on"));
}
