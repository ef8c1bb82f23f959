//! Nothing lost, in the window: a project's title is changed, its history shows from what to
//! what, the activity log lists it, Ctrl+Z takes it back and says so; and the project list is
//! exported as shown to an XLSX file whose amounts are numbers.

use std::path::PathBuf;

use lagdesk_domain::ImportKind;
use lagdesk_exchange::{read_source, suggest_mapping};
use thirtyfour::Key;

use crate::harness::App;

async fn first_project(app: &App) -> serde_json::Value {
    let strategies = app.invoke("list_strategies", serde_json::json!({})).await;
    let id = strategies[0]["id"].as_str().unwrap().to_owned();
    app.invoke("list_projects", serde_json::json!({ "strategyId": id }))
        .await[0]
        .clone()
}

#[tokio::test]
async fn a_change_is_in_its_history_and_the_log_and_ctrl_z_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(&dir.path().join("audit.sqlite3")).await;
    app.click("welcome-load-demo").await;
    app.find("nav-reports").await;
    let project = first_project(&app).await;
    let number = project["number"].as_str().unwrap().to_owned();
    let title = project["title"].as_str().unwrap().to_owned();

    let mut input = project.clone();
    input["title"] = "Pervadintas projektas".into();
    input["confirmWarnings"] = true.into();
    app.invoke(
        "update_project",
        serde_json::json!({ "id": project["id"], "input": input }),
    )
    .await;

    app.click("nav-projects").await;
    app.press(&format!("project-row-{number}"), Key::Enter)
        .await;
    app.click("history-toggle").await;
    app.wait_contains("history-panel", "Pervadintas projektas")
        .await;
    app.scroll_to("history-panel").await;
    app.screenshot("45-project-history").await;

    app.click("nav-log").await;
    app.find("log-row").await;
    app.wait_contains("log-table", "Pervadintas projektas")
        .await;
    app.screenshot("46-activity-log").await;

    app.press_on("nav-log", Key::Control, "z").await;
    app.wait_contains("undo-status", &number).await;
    app.screenshot("47-undone").await;
    assert_eq!(first_project(&app).await["title"], title.as_str());
    app.stop().await;
}

#[tokio::test]
async fn the_project_list_is_exported_as_shown_to_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(&dir.path().join("export.sqlite3")).await;
    app.click("welcome-load-demo").await;
    app.find("nav-reports").await;
    app.click("nav-projects").await;
    app.find("projects-table").await;
    let shown = app.codes_in_order("project-row-").await.len();

    let file: PathBuf = dir.path().join("projektai.xlsx");
    app.click("export-projects").await;
    app.find("export-dialog").await;
    app.fill("export-path", &file.display().to_string()).await;
    app.screenshot("48-export-dialog").await;
    app.click("export-save-path").await;
    app.find("export-status").await;

    let source = read_source(&file, None).unwrap();
    assert_eq!(source.rows.len(), shown);
    let mapping = suggest_mapping(ImportKind::Projects, &source.headers);
    let eligible = mapping
        .iter()
        .position(|m| m.as_deref() == Some("eligible_cost"))
        .expect("the eligible cost column, under its header on screen");
    let first = &source.rows[0].1[eligible];
    assert!(
        first.chars().all(|c| c.is_ascii_digit() || c == ','),
        "a number: {first}"
    );
    app.stop().await;
}
