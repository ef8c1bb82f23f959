//! Upgrading real databases written by every earlier schema version (`tests/fixtures/schema`):
//! each opens, reaches the latest version with its records, references and pages sound, and the
//! file as it was is kept as a backup first.

use std::path::PathBuf;

use lagdesk_domain::BackupReason;
use lagdesk_store::{Store, LATEST_VERSION};
use rusqlite::Connection;

fn fixture(version: i64) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("fixtures/schema/v{version}.sqlite3"))
}

fn project_numbers(conn: &Connection) -> Vec<String> {
    let has_projects: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'project'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    if has_projects == 0 {
        return Vec::new();
    }
    let mut stmt = conn
        .prepare("SELECT number FROM project ORDER BY number")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn a_database_of_every_earlier_version_upgrades_with_its_records() {
    for version in 1..LATEST_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lagdesk.sqlite3");
        std::fs::copy(fixture(version), &path)
            .unwrap_or_else(|e| panic!("fixture v{version}: {e}"));
        let old = Connection::open(&path).unwrap();
        let found: i64 = old
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(found, version, "the fixture's own version");
        let numbers = project_numbers(&old);
        drop(old);

        let store = Store::open(&path).unwrap_or_else(|e| panic!("v{version}: {e}"));
        let strategies = store.strategies().unwrap();
        assert_eq!(strategies.len(), 1, "v{version}");
        assert_eq!(strategies[0].code, "VPS-2023-2029");
        let plan = store.financial_plan(&strategies[0].id).unwrap();
        assert!(plan.plan_total.0 > 0, "v{version}: the plan survives");
        let report = store.check().unwrap();
        assert!(report.is_sound(), "v{version}: {:?}", report.problems);

        let copies = store.backups().unwrap();
        assert_eq!(copies.len(), 1, "v{version}");
        assert_eq!(copies[0].reason, BackupReason::Migration);
        drop(store);

        let upgraded = Connection::open(&path).unwrap();
        let now: i64 = upgraded
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(now, LATEST_VERSION);
        assert_eq!(
            project_numbers(&upgraded),
            numbers,
            "v{version}: every project"
        );
        if version >= 2 {
            assert_eq!(numbers.len(), 61);
        }
        let kept = Connection::open(&copies[0].path).unwrap();
        let kept_version: i64 = kept
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            kept_version, version,
            "the copy is the file before the upgrade"
        );
    }
}
