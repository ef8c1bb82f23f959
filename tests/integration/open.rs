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
