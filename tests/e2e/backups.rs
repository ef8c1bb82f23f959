//! Backups from the window: a copy made now is restored over a later change and the restore is
//! undone; a database damaged between two runs is detected at start, left as it is, and replaced
//! by its latest good copy from the startup screen.

use crate::harness::App;

async fn organisation_name(app: &App) -> String {
    app.invoke("get_organisation", serde_json::json!({})).await["name"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

async fn rename_organisation(app: &App, name: &str) {
    let mut organisation = app.invoke("get_organisation", serde_json::json!({})).await;
    organisation["name"] = name.into();
    app.invoke(
        "save_organisation",
        serde_json::json!({ "organisation": organisation }),
    )
    .await;
}

#[tokio::test]
async fn a_backup_is_restored_over_a_change_and_the_restore_is_undone() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(&dir.path().join("backups.sqlite3")).await;
    app.click("welcome-load-demo").await;
    app.find("nav-reports").await;
    let original = organisation_name(&app).await;

    app.click("nav-backups").await;
    app.click("backup-now").await;
    app.find("backup-status").await;
    app.find("backup-row-0").await;
    rename_organisation(&app, "Pervadinta VVG").await;
    app.screenshot("37-backups").await;

    app.click("backup-restore-0").await;
    app.click("backup-restore-confirm").await;
    app.find("backup-restored").await;
    assert_eq!(organisation_name(&app).await, original);
    app.screenshot("38-backup-restored").await;

    app.click("backup-undo").await;
    app.find("backup-undone").await;
    assert_eq!(organisation_name(&app).await, "Pervadinta VVG");

    app.click("backup-check").await;
    app.wait_contains("backup-check-result", "sound").await;
    app.stop().await;
}

#[tokio::test]
async fn a_damaged_database_is_replaced_by_its_latest_copy_from_the_startup_screen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("damaged.sqlite3");
    let app = App::start(&db).await;
    app.click("welcome-load-demo").await;
    app.find("nav-reports").await;
    app.invoke("back_up_now", serde_json::json!({})).await;
    app.stop().await;

    // The window was stopped with its changes still in the write-ahead log: fold them in.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    // A failing disk: pages 3 to 6 overwritten.
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[2 * 4096..6 * 4096].fill(0x55);
    std::fs::write(&db, &bytes).unwrap();

    let app = App::start(&db).await;
    app.find("startup-error").await;
    app.find("damaged-database").await;
    app.screenshot("39-damaged-database").await;
    assert_eq!(std::fs::read(&db).unwrap(), bytes, "never written to");

    app.click("damaged-restore-0").await;
    app.click("backup-restore-confirm").await;
    app.wait_contains("damaged-kept", "damaged.sqlite3.damaged-")
        .await;
    app.click("damaged-continue").await;
    app.find("nav-reports").await;
    assert!(!organisation_name(&app).await.is_empty());
    app.stop().await;
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".damaged-"))
        .collect();
    assert!(kept
        .iter()
        .any(|e| std::fs::read(e.path()).unwrap() == bytes));
}
