//! Backups, restore and the integrity check, on real files: copies made with SQLite's backup API
//! hold the data, are thinned by the policy, and a restore can be undone; a copy that is damaged,
//! foreign or from a newer version is refused with nothing changed; a damaged database is never
//! overwritten.

use std::path::Path;

use lagdesk_domain::backup::backup_file_name;
use lagdesk_domain::BackupReason;
use lagdesk_store::{replace_damaged, Store, StoreError, LATEST_VERSION};
use lagdesk_tests::{strategy_input, TestDb};
use rusqlite::Connection;

fn codes(store: &Store) -> Vec<String> {
    let mut codes: Vec<String> = store
        .strategies()
        .unwrap()
        .into_iter()
        .map(|s| s.code)
        .collect();
    codes.sort();
    codes
}

/// Overwrites pages 3 to 6 with a pattern, as a failing disk might.
fn damage(path: &Path) {
    let mut bytes = std::fs::read(path).unwrap();
    assert!(bytes.len() > 7 * 4096, "big enough to damage");
    for b in &mut bytes[2 * 4096..6 * 4096] {
        *b = 0x55;
    }
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_restore_brings_back_the_copy_and_can_be_undone() {
    let mut db = TestDb::new();
    db.store.load_demo().unwrap();
    let copy = db.store.back_up(BackupReason::Manual).unwrap();
    assert_eq!(copy.reason, BackupReason::Manual);
    assert!(Path::new(&copy.path).starts_with(db.dir.path().join("backups")));
    let before = codes(&db.store);

    db.store
        .create_strategy(&strategy_input("VPS-NAUJA"))
        .unwrap();
    assert_eq!(codes(&db.store).len(), before.len() + 1);

    let safety = db.store.restore_from(Path::new(&copy.path)).unwrap();
    assert_eq!(safety.reason, BackupReason::Restore);
    assert_eq!(codes(&db.store), before);
    assert!(db.store.check().unwrap().is_sound());
    // The same figures as before: the demo's money view came back whole.
    let id = db.store.strategies().unwrap()[0].id.clone();
    assert_eq!(db.store.projects(&id).unwrap().len(), 61);

    // Restoring the safety copy undoes the restore.
    db.store.restore_from(Path::new(&safety.path)).unwrap();
    assert!(codes(&db.store).contains(&"VPS-NAUJA".to_owned()));

    // After reopening, the restored content is what the file holds.
    let path = db.path();
    drop(db.store);
    let store = Store::open(&path).unwrap();
    assert!(codes(&store).contains(&"VPS-NAUJA".to_owned()));
}

#[test]
fn a_copy_that_is_not_a_sound_lag_desk_database_is_refused_and_nothing_changes() {
    let mut db = TestDb::new();
    db.store.load_demo().unwrap();
    let good = db.store.back_up(BackupReason::Manual).unwrap();
    let before = codes(&db.store);
    let dir = db.dir.path();

    let text = dir.join("notes.sqlite3");
    std::fs::write(&text, "ne duomenų bazė").unwrap();
    let empty = dir.join("empty.sqlite3");
    std::fs::write(&empty, "").unwrap();
    let foreign = dir.join("foreign.sqlite3");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let newer = dir.join("newer.sqlite3");
    std::fs::copy(&good.path, &newer).unwrap();
    Connection::open(&newer)
        .unwrap()
        .execute_batch(&format!("PRAGMA user_version = {}", LATEST_VERSION + 1))
        .unwrap();
    let damaged = dir.join("damaged.sqlite3");
    std::fs::copy(&good.path, &damaged).unwrap();
    damage(&damaged);
    let missing = dir.join("missing.sqlite3");

    for (file, expected) in [
        (&text, "not-a-lagdesk-database"),
        (&empty, "not-a-lagdesk-database"),
        (&foreign, "not-a-lagdesk-database"),
        (&missing, "not-a-lagdesk-database"),
        (&newer, "database-newer"),
        (&damaged, "database-damaged"),
    ] {
        let copies = db.store.backups().unwrap().len();
        let err = db.store.restore_from(file).unwrap_err();
        assert_eq!(err.code(), expected, "{}: {err}", file.display());
        assert!(err.to_string().contains(&file.display().to_string()));
        assert_eq!(codes(&db.store), before);
        // No safety copy is made for a restore that does not happen.
        assert_eq!(db.store.backups().unwrap().len(), copies);
    }
}

#[test]
fn a_damaged_database_is_detected_on_opening_and_never_overwritten() {
    let mut db = TestDb::new();
    db.store.load_demo().unwrap();
    let good = db.store.back_up(BackupReason::Manual).unwrap();
    let path = db.path();
    drop(db.store);
    damage(&path);
    let damaged = std::fs::read(&path).unwrap();

    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err}");
    assert!(err.to_string().contains("Restore a backup"));
    assert_eq!(std::fs::read(&path).unwrap(), damaged);

    let (store, kept) = replace_damaged(&path, Path::new(&good.path)).unwrap();
    assert_eq!(codes(&store), vec!["VPS-2023-2029".to_owned()]);
    assert!(store.check().unwrap().is_sound());
    assert_eq!(std::fs::read(&kept).unwrap(), damaged, "kept byte for byte");
}

#[test]
fn an_import_is_preceded_by_a_copy_and_old_copies_are_thinned() {
    let mut db = TestDb::new();
    let id = db.store.load_demo().unwrap();
    // Forty days of copies, one a day, made long ago by earlier runs.
    let seed = db.store.back_up(BackupReason::Manual).unwrap();
    let dir = db.store.backup_dir();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    for n in 0..40 {
        let at = (day + chrono::Duration::days(n))
            .and_hms_opt(9, 0, 0)
            .unwrap();
        std::fs::copy(
            &seed.path,
            dir.join(backup_file_name(at, BackupReason::Start)),
        )
        .unwrap();
    }
    db.store
        .import(
            Some(&id),
            &lagdesk_domain::import::ImportRecords::Events(Vec::new()),
            "2026-01-01",
            &mut |_, _| {},
        )
        .unwrap();
    let copies = db.store.backups().unwrap();
    assert_eq!(copies[0].reason, BackupReason::Import);
    // Today's copies count as one day: 7 days and at most 4 weeks are left.
    assert!(copies.len() <= 11, "{}", copies.len());
    assert!(copies.len() >= 7);
}

#[test]
fn the_check_names_a_record_whose_reference_is_missing() {
    let mut db = TestDb::new();
    db.store.load_demo().unwrap();
    assert!(db.store.check().unwrap().is_sound());
    let path = db.path();
    drop(db.store);
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM applicant;")
        .unwrap();
    drop(conn);
    let store = Store::open(&path).unwrap();
    let report = store.check().unwrap();
    assert!(!report.is_sound());
    assert!(
        report.problems.iter().any(|p| p.contains("project row")),
        "{:?}",
        report.problems
    );
}
