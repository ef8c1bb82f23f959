//! Opening files: new, reopened, foreign, and newer than this binary.

use lagdesk_store::{Store, StoreError, LATEST_VERSION};
use lagdesk_tests::{strategy_input, TestDb};
use rusqlite::types::Value;
use rusqlite::Connection;

#[test]
fn a_new_database_is_created_migrated_and_in_wal_mode() {
    let db = TestDb::new();
    assert!(db.store.is_empty().unwrap());
    let path = db.path();
    drop(db.store);
    let conn = Connection::open(&path).unwrap();
    let read = |sql: &str| {
        conn.query_row(sql, [], |r| r.get::<_, rusqlite::types::Value>(0))
            .unwrap()
    };
    assert_eq!(read("PRAGMA journal_mode"), Value::Text("wal".into()));
    assert_eq!(read("PRAGMA user_version"), Value::Integer(LATEST_VERSION));
    assert_eq!(read("PRAGMA application_id"), Value::Integer(0x4C41_4744));
}

#[test]
fn data_survives_closing_and_reopening() {
    let mut db = TestDb::new();
    db.store.create_strategy(&strategy_input("VPS-1")).unwrap();
    let path = db.path();
    drop(db.store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.strategies().unwrap()[0].code, "VPS-1");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.sqlite3");
    let content = b"Board meeting notes, not a database.\n".repeat(100);
    std::fs::write(&path, &content).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, StoreError::NotLagDesk { .. }), "{err}");
    assert!(err.to_string().contains("not a LAG Desk database"));
    assert_eq!(std::fs::read(&path).unwrap(), content);
}

#[test]
fn another_apps_sqlite_database_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    write_sqlite(
        &path,
        "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ona');",
    );
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, StoreError::NotLagDesk { .. }), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("other.db-wal").exists());
}

#[test]
fn a_database_from_a_newer_version_is_refused_with_a_clear_message() {
    let db = TestDb::new();
    let path = db.path();
    drop(db.store);
    set_user_version(&path, LATEST_VERSION + 1);
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, StoreError::NewerDatabase { .. }), "{err}");
    assert!(err.to_string().contains("newer LAG Desk"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

fn write_sqlite(path: &std::path::Path, sql: &str) {
    Connection::open(path).unwrap().execute_batch(sql).unwrap();
}

fn set_user_version(path: &std::path::Path, version: i64) {
    write_sqlite(path, &format!("PRAGMA user_version = {version}"));
}

#[test]
fn a_database_of_the_first_version_is_upgraded_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.sqlite3");
    let v1 = include_str!("../../src-tauri/crates/store/src/migrations/0001_strategy.sql");
    write_sqlite(&path, v1);
    write_sqlite(
        &path,
        "PRAGMA application_id = 1279346500; PRAGMA user_version = 1;
         INSERT INTO strategy VALUES ('s1', 'OLD', 'Old strategy', 2016, 2022, 'closed', 100, 2000,
             '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z');",
    );
    let store = Store::open(&path).unwrap();
    assert_eq!(store.strategies().unwrap()[0].code, "OLD");
    assert!(store.projects("s1").unwrap().is_empty());
    drop(store);
    let conn = Connection::open(&path).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, LATEST_VERSION);
}

#[test]
fn a_database_of_the_third_version_gets_its_fund_splits_when_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.sqlite3");
    for sql in [
        include_str!("../../src-tauri/crates/store/src/migrations/0001_strategy.sql"),
        include_str!("../../src-tauri/crates/store/src/migrations/0002_calls_projects.sql"),
        include_str!("../../src-tauri/crates/store/src/migrations/0003_indicators.sql"),
    ] {
        write_sqlite(&path, sql);
    }
    let t = "'2024-01-01T00:00:00Z'";
    write_sqlite(
        &path,
        &format!(
            "PRAGMA application_id = 1279346500; PRAGMA user_version = 3;
             INSERT INTO strategy VALUES ('s1', 'VPS', 'Strategy', 2023, 2029, 'implementing', 0,
                 2000, {t}, {t});
             INSERT INTO funding_source VALUES ('f1', 's1', 'EAFRD', 'EAFRD', 8500, 0);
             INSERT INTO funding_source VALUES ('f2', 's1', 'NAT', 'National', 1500, 1);
             INSERT INTO measure VALUES ('m1', 's1', NULL, 'R', 'Running', 'running', 5000000,
                 NULL, NULL, NULL, 0, {t}, {t});
             INSERT INTO applicant VALUES ('a1', 'Bendruomenė', 'community', '', '', '', {t}, {t});
             INSERT INTO project VALUES ('p1', 's1', 'P-1', 'Project', 'a1', NULL, 'm1',
                 '2024-03-01', 3000000, 2350050, 2350050, NULL, NULL, 'contracted', '2024-04-05',
                 {t}, {t});
             INSERT INTO payment_claim VALUES ('c1', 'p1', 'MP-1', '2024-06-01', 1350050, 1350050,
                 '2024-07-01', {t}, {t});"
        ),
    );
    let store = Store::open(&path).unwrap();
    let project = store.project("p1").unwrap();
    let parts: Vec<i64> = project.fund_shares.iter().map(|f| f.amount.0).collect();
    assert_eq!(parts, vec![19_975_43, 3_525_07]);
    let plan = store.financial_plan("s1").unwrap();
    let paid: Vec<i64> = plan.funding_parts.iter().map(|f| f.paid.0).collect();
    assert_eq!(paid, vec![11_475_43, 2_025_07]);
}
