//! A coordinator records a strategy in the window: it survives a restart, a wrong end year gets
//! a message next to the field, and the plan reads in Lithuanian number formats.

use thirtyfour::Key;

use crate::harness::{App, NBSP};

async fn add_priority(app: &App, code: &str, title: &str) {
    app.click("priority-add").await;
    app.fill("priority-code", code).await;
    app.fill("priority-title", title).await;
    app.click("priority-save").await;
    app.find(&format!("priority-edit-{code}")).await;
}

async fn add_measure(app: &App, priority_id_label: &str, code: &str, title: &str, amount: &str) {
    app.click("measure-add").await;
    app.select_by_text("measure-priority", priority_id_label)
        .await;
    app.fill("measure-code", code).await;
    app.fill("measure-title", title).await;
    app.fill("measure-allocation", amount).await;
    app.click("measure-save").await;
    app.find(&format!("plan-row-{code}")).await;
}

#[tokio::test]
async fn a_strategy_entered_in_the_window_survives_a_restart_and_reads_in_lithuanian() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e2e.sqlite3");

    let app = App::start(&db).await;
    app.find("welcome-load-demo").await;
    app.screenshot("01-welcome").await;
    app.click("welcome-create-strategy").await;
    app.fill("strategy-code", "VPS-E2E").await;
    app.fill("strategy-title", "Pajūrio krašto VPS 2023–2029")
        .await;
    app.fill("strategy-start-year", "2023").await;
    app.fill("strategy-end-year", "2020").await;
    app.fill("strategy-envelope", "2 000 000,00").await;
    app.click("strategy-save").await;
    // A wrong end year is named next to its field and nothing is saved.
    app.find("error-endYear").await;
    app.screenshot("02-strategy-form-error").await;
    app.fill("strategy-end-year", "2029").await;
    app.click("strategy-save").await;

    add_priority(&app, "P1", "Vietos ekonomika").await;
    add_priority(&app, "P2", "Bendruomenės").await;
    add_measure(&app, "P1", "M1.1", "Ūkio ir verslo plėtra", "500 000").await;
    add_measure(&app, "P1", "M1.2", "Kaimo turizmas", "250000.50").await;
    add_measure(
        &app,
        "P2",
        "M2.1",
        "Bendruomeninės paslaugos",
        "1,000,000.00",
    )
    .await;
    app.wait_text("plan-amount-P1", "€750,000.50").await;
    app.wait_text("plan-total", "€1,750,000.50").await;
    app.wait_text("plan-share-M2.1", "57.14%").await;
    app.scroll_to("financial-plan").await;
    app.screenshot("03-plan-en").await;
    app.stop().await;

    let app = App::start(&db).await;
    // A database with a strategy opens on the dashboard.
    app.find("dashboard-page").await;
    app.click("nav-strategy").await;
    app.wait_text("plan-amount-M1.2", "€250,000.50").await;
    app.wait_text("plan-amount-P2", "€1,000,000.00").await;
    app.wait_text("plan-total", "€1,750,000.50").await;

    app.click("nav-settings").await;
    app.select("settings-language", "lt").await;
    app.click("settings-save").await;
    app.find("settings-saved").await;
    app.click("nav-strategy").await;
    app.wait_text("plan-total", &format!("1{NBSP}750{NBSP}000,50{NBSP}€"))
        .await;
    app.wait_text("plan-share-M2.1", &format!("57,14{NBSP}%"))
        .await;
    app.scroll_to("financial-plan").await;
    app.screenshot("04-plan-lt").await;
    app.stop().await;
}

#[tokio::test]
async fn the_demo_lag_shows_its_financial_plan() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(&dir.path().join("demo.sqlite3")).await;
    app.click("welcome-load-demo").await;
    app.wait_text("plan-total", "€4,200,000.00").await;
    app.wait_text("plan-amount-LEADER-VEIK", "€630,000.00")
        .await;
    assert!(!app.is_present("plan-warning-over-envelope").await);
    app.scroll_to("financial-plan").await;
    app.screenshot("05-demo-plan").await;
    // Indicators: jobs counted from the projects, participants from the latest entry (910 of 1 500).
    app.click("nav-indicators").await;
    app.wait_contains("indicator-achieved-R4", "910").await;
    app.wait_contains("indicator-performance-R4", "60.67%")
        .await;
    app.wait_contains("indicator-achieved-R1", "17").await;
    app.screenshot("11-demo-indicators").await;
    // The partnership: a board of 9, and the selection committee where a member recused.
    app.click("nav-members").await;
    app.wait_contains("board-count", "9").await;
    app.screenshot("20-demo-members").await;
    app.click("nav-meetings").await;
    app.press("meeting-row-2026-1", Key::Enter).await;
    app.wait_contains("decision-summary-0-recusals", "Alantos bendruomenė")
        .await;
    app.screenshot("21-demo-selection-committee").await;
    app.stop().await;
}

/// The plan's row codes, top to bottom.
async fn plan_order(app: &App) -> Vec<String> {
    app.codes_in_order("plan-row-").await
}

#[tokio::test]
async fn measures_are_reordered_edited_and_deleted_with_confirmation() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(&dir.path().join("edit.sqlite3")).await;
    app.click("welcome-load-demo").await;
    app.wait_text("plan-total", "€4,200,000.00").await;
    let first_three = |order: Vec<String>| order.into_iter().take(4).collect::<Vec<_>>();
    assert_eq!(
        first_three(plan_order(&app).await),
        ["1", "LEADER-SAVA-1.1", "LEADER-SAVA-1.2", "LEADER-SAVA-1.3"]
    );

    app.click("measure-up-LEADER-SAVA-1.2").await;
    app.wait_order("plan-row-", 1, "LEADER-SAVA-1.2").await;
    // The keyboard moves a focused row too.
    app.press_on("measure-row-LEADER-SAVA-1.2", Key::Alt, Key::Down)
        .await;
    app.wait_order("plan-row-", 1, "LEADER-SAVA-1.1").await;

    // Deleting asks first; cancelling keeps the measure. (The cooperation line has no calls or
    // projects; the others do and cannot be deleted.)
    app.click("measure-delete-LEADER-BEND-3.2").await;
    app.find("confirm-dialog").await;
    app.click("confirm-cancel").await;
    app.find("plan-row-LEADER-BEND-3.2").await;
    app.click("measure-delete-LEADER-BEND-3.2").await;
    app.click("confirm-ok").await;
    app.wait_text("plan-total", "€4,100,000.00").await;
    assert!(!app.is_present("plan-row-LEADER-BEND-3.2").await);

    // A priority that still has measures is not deleted.
    app.click("priority-delete-3").await;
    app.click("confirm-ok").await;
    app.find("editor-error").await;
    app.find("plan-row-3").await;

    // A smaller envelope brings the over-envelope warning with the difference.
    app.click("strategy-edit").await;
    app.fill("strategy-envelope", "3 000 000").await;
    app.click("strategy-save").await;
    app.wait_contains("plan-warning-over-envelope", "€1,100,000.00")
        .await;
    app.scroll_to("plan-warning-over-envelope").await;
    app.screenshot("06-over-envelope").await;
    app.stop().await;
}
