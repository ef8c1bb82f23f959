//! The audit trail: every insert, update and delete of every kind of record is logged with who,
//! when and each field from what to what, by the database itself; a record's history has its
//! parts too; an update that changes nothing is not logged; the log filters.

use lagdesk_domain::{AuditAction, AuditEntry, AuditFilter, Locale, Money, Settings};
use lagdesk_store::Store;
use lagdesk_tests::{strategy_input, TestDb};
use rusqlite::Connection;

use crate::projects::to_input;

fn named(db: &mut TestDb, name: &str) {
    db.store
        .save_settings(&Settings {
            language: Locale::Lt,
            coordinator_name: name.into(),
        })
        .unwrap();
}

fn change<'e>(entry: &'e AuditEntry, field: &str) -> (Option<&'e str>, Option<&'e str>) {
    let c = entry
        .changes
        .iter()
        .find(|c| c.field == field)
        .unwrap_or_else(|| panic!("{field} not in {entry:?}"));
    (c.from.as_deref(), c.to.as_deref())
}

#[test]
fn every_kind_of_record_written_by_the_demo_is_in_the_log() {
    let mut db = TestDb::new();
    db.store.load_demo().unwrap();
    let conn = Connection::open(db.path()).unwrap();
    let logged: Vec<String> = conn
        .prepare("SELECT DISTINCT entity FROM audit_log ORDER BY entity")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for table in &logged {
        let rows: i64 = conn
            .query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
                r.get(0)
            })
            .unwrap();
        let net: i64 = conn
            .query_row(
                "SELECT sum(CASE action WHEN 'insert' THEN 1 WHEN 'delete' THEN -1 ELSE 0 END)
                 FROM audit_log WHERE entity = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(net, rows, "{table}: inserts less deletes are its rows");
    }
    for table in [
        "strategy",
        "measure",
        "project",
        "payment_claim",
        "member",
        "meeting",
        "decision_vote",
        "event",
        "event_group",
        "cooperation_partner",
        "score",
        "organisation",
    ] {
        assert!(logged.iter().any(|t| t == table), "{table} is not logged");
    }
    assert!(
        !logged.iter().any(|t| t.ends_with("_fund_share")),
        "derived splits are not logged"
    );
}

#[test]
fn an_edit_logs_who_and_each_field_from_what_to_what_and_nothing_else() {
    let mut db = TestDb::new();
    db.store.load_demo().unwrap();
    named(&mut db, "Rasa Petraitienė");
    let strategy = db.store.strategies().unwrap()[0].id.clone();
    let project = db.store.projects(&strategy).unwrap().remove(2);
    let mut input = to_input(&project);
    input.title = "Mobili lentpjūvė".into();
    input.eligible_cost = project.eligible_cost + Money(10_00);
    db.store.update_project(&project.id, &input).unwrap();
    // Saving it again as it is changes nothing, and logs nothing.
    db.store.update_project(&project.id, &input).unwrap();

    let history = db.store.history(&project.id).unwrap();
    assert_eq!(history[0].action, AuditAction::Insert);
    let edit = history
        .iter()
        .rev()
        .find(|e| e.entity == "project" && e.action == AuditAction::Update)
        .unwrap();
    assert_eq!(edit.who, "Rasa Petraitienė");
    let mut fields: Vec<&str> = edit.changes.iter().map(|c| c.field.as_str()).collect();
    fields.sort_unstable();
    assert_eq!(fields, ["eligible_cents", "title"]);
    assert_eq!(
        change(edit, "title"),
        (Some(project.title.as_str()), Some("Mobili lentpjūvė"))
    );
    let eligible = (
        project.eligible_cost.0.to_string(),
        (project.eligible_cost.0 + 10_00).to_string(),
    );
    assert_eq!(
        change(edit, "eligible_cents"),
        (Some(eligible.0.as_str()), Some(eligible.1.as_str()))
    );
    let edits = history.iter().filter(|e| e.batch == edit.batch).count();
    assert_eq!(edits, 1, "one save, one entry for the project");
}

#[test]
fn a_deleted_record_keeps_every_field_and_a_records_parts_are_in_its_history() {
    let mut db = TestDb::new();
    let id = db.store.create_strategy(&strategy_input("VPS")).unwrap().id;
    let strategy = db.store.strategy(&id).unwrap();
    let history = db.store.history(&id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(change(&history[0], "code"), (None, Some("VPS")));
    assert_eq!(history[0].who, "", "no coordinator named yet");
    // The funding sources are part of the strategy: they are in its history too.
    assert!(db.store.history(&id).unwrap().len() == 1);
    let fund = db
        .store
        .audit_log(&AuditFilter {
            entity: Some("funding_source".into()),
            ..AuditFilter::default()
        })
        .unwrap();
    assert_eq!(fund.len(), strategy.funding_sources.len());

    db.store.delete_strategy(&id).unwrap();
    let gone = db.store.history(&id).unwrap();
    let deleted = gone.last().unwrap();
    assert_eq!(deleted.action, AuditAction::Delete);
    assert_eq!(change(deleted, "title"), (Some("Strategy VPS"), None));
    assert_eq!(change(deleted, "start_year"), (Some("2023"), None));
}

#[test]
fn the_log_filters_by_kind_text_and_day() {
    let mut db = TestDb::new();
    db.store.load_demo().unwrap();
    let store: &Store = &db.store;
    let events = store
        .audit_log(&AuditFilter {
            entity: Some("event".into()),
            limit: Some(5),
            ..AuditFilter::default()
        })
        .unwrap();
    assert_eq!(events.len(), 5);
    assert!(events.iter().all(|e| e.entity == "event"));
    assert!(events.windows(2).all(|w| w[0].id > w[1].id), "newest first");
    let found = store
        .audit_log(&AuditFilter {
            text: Some("ŽALIOJI dirbtuvė".into()),
            ..AuditFilter::default()
        })
        .unwrap();
    assert!(!found.is_empty());
    assert!(found.iter().all(|e| e.changes.iter().any(|c| {
        [&c.from, &c.to].iter().any(|v| {
            v.as_deref()
                .is_some_and(|v| v.to_lowercase().contains("žalioji dirbtuvė"))
        })
    })));
    let today = chrono::Utc::now().date_naive().to_string();
    let none = store
        .audit_log(&AuditFilter {
            to: Some("2000-01-01".into()),
            ..AuditFilter::default()
        })
        .unwrap();
    assert!(none.is_empty());
    let all_today = store
        .audit_log(&AuditFilter {
            from: Some(today.clone()),
            to: Some(today),
            limit: Some(1_000_000),
            ..AuditFilter::default()
        })
        .unwrap();
    assert_eq!(
        all_today.len(),
        store
            .audit_log(&AuditFilter {
                limit: Some(1_000_000),
                ..AuditFilter::default()
            })
            .unwrap()
            .len()
    );
}
