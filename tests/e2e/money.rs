//! A coordinator registers a call, enters two applications, takes both to contracted and
//! records a payment claim; the dashboard and the strategy's money view follow, to the cent.

use lagdesk_domain::{MeasureKind, Money, StrategyInput};
use lagdesk_store::Store;
use lagdesk_tests::{measure_input, priority_input, strategy_input};

use crate::harness::App;

/// A strategy VPS with priority P1: M1 (200 000,00) and M2 (100 000,00).
fn seed(path: &std::path::Path) {
    let mut store = Store::open(path).unwrap();
    let input = StrategyInput {
        envelope: Money(300_000_00),
        ..strategy_input("VPS")
    };
    let s = store.create_strategy(&input).unwrap();
    let p = store.create_priority(&s.id, &priority_input("P1")).unwrap();
    for (code, euros) in [("M1", 200_000), ("M2", 100_000)] {
        store
            .create_measure(
                &s.id,
                &measure_input(Some(&p.id), code, MeasureKind::Project, euros),
            )
            .unwrap();
    }
}

async fn new_project(
    app: &App,
    number: &str,
    applicant: &str,
    new_applicant: bool,
    eligible: &str,
    aid: &str,
) {
    app.click("nav-projects").await;
    app.click("project-new").await;
    app.fill("project-number", number).await;
    app.fill("project-title", &format!("Projektas {number}"))
        .await;
    app.fill("project-applicant", applicant).await;
    if new_applicant {
        app.click("project-applicant-new").await;
        app.fill("applicant-name", applicant).await;
        app.click("applicant-save").await;
    } else {
        app.click("applicant-option-0").await;
    }
    app.select_by_text("project-call", "2026-1").await;
    app.select_by_text("project-measure", "M1").await;
    app.set_input("project-submitted-on", "2026-01-20").await;
    app.fill("project-eligible", eligible).await;
    app.fill("project-requested", aid).await;
    app.fill("project-awarded", aid).await;
    app.click("project-save").await;
    app.find("project-header-number").await;
}

/// Takes the open project through admissible, evaluated, selected and approved to contracted.
async fn contract(app: &App) {
    for status in [
        "admissible",
        "evaluated",
        "selected",
        "approved",
        "contracted",
    ] {
        app.select("project-status-next", status).await;
        app.click("project-status-save").await;
        app.wait_contains("project-header-status", &status_label(status))
            .await;
    }
}

fn status_label(code: &str) -> String {
    let mut label = code.to_owned();
    label[..1].make_ascii_uppercase();
    label
}

#[tokio::test]
async fn a_call_and_contracted_projects_move_the_dashboard_and_the_money_view() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("money.sqlite3");
    seed(&db);
    let app = App::start(&db).await;
    app.wait_text("dash-committed", "€0.00").await;

    app.click("nav-calls").await;
    app.click("call-new").await;
    app.fill("call-number", "2026-1").await;
    app.fill("call-title", "Kvietimas Nr. 1").await;
    app.set_input("call-opens-at", "2026-01-05T09:00").await;
    app.set_input("call-closes-at", "2026-02-27T16:00").await;
    app.select_by_text("call-measure-0", "M1").await;
    app.fill("call-available-0", "100 000").await;
    app.click("call-save").await;
    app.find("call-header-number").await;

    new_project(
        &app,
        "P-1",
        "Alantos bendruomenė",
        true,
        "80 000",
        "60 000,50",
    )
    .await;
    contract(&app).await;
    app.click("claim-add").await;
    app.fill("claim-number", "MP-1").await;
    app.set_input("claim-submitted-on", "2026-03-01").await;
    app.fill("claim-claimed", "20 000").await;
    app.fill("claim-paid", "19 999,99").await;
    app.set_input("claim-paid-on", "2026-03-20").await;
    app.click("claim-save").await;
    app.wait_text("claims-total-paid", "€19,999.99").await;
    app.screenshot("07-project-detail").await;

    new_project(&app, "P-2", "Alantos", false, "50 000", "45 000").await;
    contract(&app).await;

    // The call asked 60 000,50 + 45 000,00 of 100 000,00: over-subscribed by 5 000,50.
    app.click("nav-calls").await;
    app.wait_text("call-difference-2026-1", "−€5,000.50").await;
    app.screenshot("08-calls").await;

    // Committed 105 000,50 of 300 000,00 allocated; paid 19 999,99.
    app.click("nav-dashboard").await;
    app.wait_text("dash-committed", "€105,000.50").await;
    app.wait_text("dash-paid", "€19,999.99").await;
    app.wait_text("dash-available", "€194,999.50").await;
    app.screenshot("09-dashboard").await;

    app.click("nav-strategy").await;
    app.wait_text("plan-committed-M1", "€105,000.50").await;
    app.wait_text("plan-paid-M1", "€19,999.99").await;
    app.wait_text("plan-available-M1", "€94,999.50").await;
    app.wait_text("plan-committed-M2", "€0.00").await;
    app.scroll_to("financial-plan").await;
    app.screenshot("10-money-view").await;
    app.stop().await;
}
