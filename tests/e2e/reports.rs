//! The board pack from the window: the Reports screen previews the summary in Lithuanian, and
//! the PDF saved through the command behind "Save as PDF…" (the native dialog only chooses the
//! path) holds the same figures; an existing file is not replaced without asking. The LAG's logo
//! is shown and removed in the settings, and heads the preview and the PDF once set again.

use std::process::Command;

use crate::harness::{App, NBSP};

#[tokio::test]
async fn the_summary_is_previewed_and_saved_as_pdf_from_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(&dir.path().join("reports.sqlite3")).await;
    app.click("welcome-load-demo").await;
    app.click("nav-reports").await;
    app.click("report-kind-summary").await;
    app.select("report-lang", "lt").await;
    app.click("report-preview-button").await;
    app.wait_contains("report-preview-title", "Strategijos įgyvendinimo suvestinė")
        .await;
    app.wait_contains("report-preview", &format!("4{NBSP}200{NBSP}000,00"))
        .await;
    app.screenshot("33-reports-screen").await;
    app.scroll_to("report-preview-title").await;
    app.screenshot("34-report-preview").await;

    let strategies = app.invoke("list_strategies", serde_json::json!({})).await;
    let strategy = strategies[0]["id"].clone();
    let out = dir.path().join("suvestine.pdf");
    let request = serde_json::json!({
        "kind": "summary", "strategyId": strategy, "locale": "lt",
        "from": "2026-01-01", "to": "2026-12-31", "callId": null, "projectId": null,
        "meetingId": null, "status": null, "measureId": null,
    });
    let saved = app
        .invoke(
            "save_report",
            serde_json::json!({ "request": request, "path": out, "replace": false }),
        )
        .await;
    assert_eq!(saved["path"], out.display().to_string());
    let text = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .unwrap()
        .stdout;
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("4 200 000,00"), "{text}");
    assert!(text.contains("Renginiai ir dalyviai"), "{text}");
    app.stop().await;
}

/// Whether the image with `testid` has loaded and has pixels (a broken image has none).
async fn image_loaded(app: &App, testid: &str) -> bool {
    let script = format!(
        "const img = document.querySelector('[data-testid=\"{testid}\"]');
         return !!img && img.complete && img.naturalWidth > 0;"
    );
    app.driver
        .execute(&script, Vec::new())
        .await
        .unwrap()
        .json()
        .as_bool()
        .unwrap_or(false)
}

#[tokio::test]
async fn the_logo_is_kept_in_the_settings_and_heads_every_report() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(&dir.path().join("logo.sqlite3")).await;
    app.click("welcome-load-demo").await;
    // Settings is in the menu before a strategy exists: wait until the demo is in.
    app.find("nav-reports").await;
    app.click("nav-settings").await;
    app.find("logo-image").await;
    assert!(image_loaded(&app, "logo-image").await);
    app.scroll_to("logo-image").await;
    app.screenshot("35-settings-logo").await;

    app.click("logo-remove").await;
    app.find("logo-empty").await;
    assert_eq!(
        app.invoke("get_logo", serde_json::json!({})).await,
        serde_json::Value::Null
    );

    // The native dialog only chooses the path; the command behind it takes the path directly.
    let logo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/demo/logo.png");
    app.invoke("set_logo", serde_json::json!({ "path": logo }))
        .await;
    app.click("nav-reports").await;
    app.click("report-kind-summary").await;
    app.select("report-lang", "en").await;
    app.click("report-preview-button").await;
    app.wait_contains("report-preview-title", "Strategy implementation summary")
        .await;
    app.find("paper-logo").await;
    assert!(image_loaded(&app, "paper-logo").await);
    app.scroll_to("report-preview-title").await;
    app.screenshot("36-report-preview-logo").await;
    app.stop().await;
}
