//! The two-step import in the real window: a LAG's own register of projects, saved by Excel as
//! Windows-1257 CSV with Lithuanian headers, is opened, one column is mapped by hand, its problem
//! is shown by row and column, the file is fixed and imported, and the same file again is
//! recognised by its shape and found to change nothing.

use std::path::{Path, PathBuf};

use crate::harness::App;

fn register() -> Vec<u8> {
    let fixture =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/import/projektu-registras.csv");
    std::fs::read(fixture).unwrap()
}

/// The register with an impossible date in row 5, as a user might have typed it.
fn with_bad_date() -> Vec<u8> {
    let mut bytes = register();
    let at = bytes.windows(10).position(|w| w == b"2025.04.02").unwrap();
    bytes[at..at + 10].copy_from_slice(b"2025.04.31");
    bytes
}

async fn projects(app: &App) -> Vec<serde_json::Value> {
    let strategies = app.invoke("list_strategies", serde_json::json!({})).await;
    let id = strategies[0]["id"].as_str().unwrap().to_owned();
    app.invoke("list_projects", serde_json::json!({ "strategyId": id }))
        .await
        .as_array()
        .unwrap()
        .clone()
}

async fn open(app: &App, file: &Path) {
    app.click("nav-import").await;
    app.select("import-kind", "projects").await;
    app.fill("import-path", &file.display().to_string()).await;
    app.click("import-open-path").await;
}

#[tokio::test]
async fn a_lithuanian_excel_register_is_mapped_checked_fixed_and_imported() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(&dir.path().join("import.sqlite3")).await;
    app.click("welcome-load-demo").await;
    app.find("nav-reports").await;
    let before = projects(&app).await.len();

    let file = dir.path().join("registras.csv");
    std::fs::write(&file, with_bad_date()).unwrap();
    open(&app, &file).await;
    // Windows-1257 is detected: the headers read as they were written.
    app.wait_text("import-header-2", "Pareiškėjas").await;
    app.wait_text("import-header-9", "VVG valdybos skirta suma, Eur")
        .await;
    app.select("import-map-9", "awarded").await;
    app.screenshot("40-import-mapping").await;

    app.click("import-preview").await;
    app.wait_contains("import-problems", "Paraiškos pateikimo data")
        .await;
    app.wait_contains("import-count-invalid", "1").await;
    let confirm = app.find("import-confirm").await;
    assert!(
        !confirm.is_enabled().await.unwrap(),
        "a file with problems is not imported"
    );
    app.screenshot("41-import-problems").await;
    assert_eq!(
        projects(&app).await.len(),
        before,
        "the preview wrote nothing"
    );

    // The coordinator corrects the date in Excel and checks the rows again.
    std::fs::write(&file, register()).unwrap();
    app.click("import-back").await;
    app.click("import-preview").await;
    app.wait_contains("import-count-new", "4").await;
    app.screenshot("42-import-preview").await;
    app.click("import-confirm").await;
    app.wait_contains("import-done", "4").await;
    app.screenshot("43-import-done").await;

    let all = projects(&app).await;
    assert_eq!(all.len(), before + 4);
    let crafts = all.iter().find(|p| p["number"] == "VVG-2025-102").unwrap();
    assert_eq!(crafts["title"], "Amatų dirbtuvės „Čiūčia“");
    let heating = all.iter().find(|p| p["number"] == "VVG-2025-101").unwrap();
    assert_eq!(heating["status"], "approved");
    assert_eq!(heating["awardedAid"], 3_600_000);

    // The same file again: its setup is remembered, and every row is already there.
    app.click("import-again").await;
    open(&app, &file).await;
    app.find("import-remembered").await;
    app.click("import-preview").await;
    app.wait_contains("import-count-duplicate", "4").await;
    let confirm = app.find("import-confirm").await;
    assert!(!confirm.is_enabled().await.unwrap(), "nothing to import");
    app.find("import-blocked").await;
    app.screenshot("44-import-again").await;
    app.stop().await;
}
