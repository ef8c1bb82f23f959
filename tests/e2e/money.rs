//! A coordinator spreads a measure over years, registers a call, enters two applications, takes
//! both to contracted and records a payment claim; the dashboard and the strategy's money view
//! (per measure, year and funding source) follow, to the cent, in English, Lithuanian and
//! Latvian. Then a mistaken application is deleted and an applicant's name corrected.

use lagdesk_domain::{MeasureKind, Money, StrategyInput};
use lagdesk_store::Store;
use lagdesk_tests::{measure_input, priority_input, strategy_input};
use thirtyfour::Key;

use crate::harness::{App, NBSP};

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

/// Takes the open project through admissible, evaluated, selected and approved to contracted,
/// one step a day from `first_day` (`YYYY-MM-DD`, day at most 24).
async fn contract(app: &App, first_day: &str) {
    let (month, day) = first_day.rsplit_once('-').unwrap();
    let day: u32 = day.parse().unwrap();
    for (step, status) in [
        "admissible",
        "evaluated",
        "selected",
        "approved",
        "contracted",
    ]
    .into_iter()
    .enumerate()
    {
        app.select("project-status-next", status).await;
        let on = format!("{month}-{:02}", day + u32::try_from(step).unwrap());
        app.set_input("project-status-date", &on).await;
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
    spread_m1(&app).await;

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
    contract(&app, "2026-04-01").await;
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
    contract(&app, "2026-05-04").await;

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
    by_year_and_fund(&app).await;
    in_lithuanian(&app).await;
    in_latvian(&app).await;
    delete_and_correct(&app).await;
    app.stop().await;
}

/// Spreads M1 (200 000,00) over 2026 and 2027; a spread that does not add up is refused first.
async fn spread_m1(app: &App) {
    app.click("nav-strategy").await;
    app.click("measure-edit-M1").await;
    app.fill("measure-year-2026", "120 000").await;
    app.fill("measure-year-2027", "79 000").await;
    app.wait_contains("measure-yearly-sum", "€1,000.00").await;
    app.click("measure-save").await;
    app.wait_contains("error-yearly", "€199,000.00").await;
    app.screenshot("07a-measure-years-error").await;
    app.fill("measure-year-2027", "80 000").await;
    app.click("measure-save").await;
    app.wait_text("year-allocated-2027", "€80,000.00").await;
}

/// M1's 2026 part 120 000,00 against both projects (approved in April and May 2026) and the
/// claim paid in March 2026; M2's 100 000,00 is not spread. Per fund, 85 / 15: P-1 60 000,50 →
/// 51 000,43 + 9 000,07 (the tied half cent to the first fund), P-2 45 000,00 → 38 250,00 +
/// 6 750,00; paid 19 999,99 → 16 999,99 + 3 000,00 (the larger remainder takes the cent).
async fn by_year_and_fund(app: &App) {
    app.wait_text("year-allocated-2026", "€120,000.00").await;
    app.wait_text("year-committed-2026", "€105,000.50").await;
    app.wait_text("year-paid-2026", "€19,999.99").await;
    app.wait_text("year-available-2026", "€14,999.50").await;
    app.wait_text("year-allocated-2027", "€80,000.00").await;
    app.wait_text("year-committed-2027", "€0.00").await;
    app.wait_text("year-allocated-none", "€100,000.00").await;
    app.wait_text("year-allocated-total", "€300,000.00").await;
    app.wait_text("fund-committed-EAFRD", "€89,250.43").await;
    app.wait_text("fund-committed-NAT", "€15,750.07").await;
    app.wait_text("fund-paid-EAFRD", "€16,999.99").await;
    app.wait_text("fund-paid-NAT", "€3,000.00").await;
    app.wait_text("fund-available-EAFRD", "€165,749.57").await;
    app.scroll_to("money-by-year").await;
    app.screenshot("12-money-by-year-and-fund").await;
}

fn lt_money(text: &str) -> String {
    format!("{}{NBSP}€", text.replace(' ', &NBSP.to_string()))
}

async fn choose_language(app: &App, code: &str) {
    app.click("nav-settings").await;
    app.select("settings-language", code).await;
    app.click("settings-save").await;
    app.find("settings-saved").await;
}

async fn in_lithuanian(app: &App) {
    choose_language(app, "lt").await;
    app.click("nav-dashboard").await;
    app.wait_text("dash-committed", &lt_money("105 000,50"))
        .await;
    app.wait_text("dash-paid", &lt_money("19 999,99")).await;
    app.screenshot("13-dashboard-lt").await;
    app.click("nav-projects").await;
    app.wait_contains("project-row-P-1", "Pasirašyta sutartis")
        .await;
    app.wait_text("projects-total-awarded", &lt_money("105 000,50"))
        .await;
    app.screenshot("14-projects-lt").await;
    app.click("nav-strategy").await;
    app.wait_text("year-committed-2026", &lt_money("105 000,50"))
        .await;
    app.wait_text("fund-committed-EAFRD", &lt_money("89 250,43"))
        .await;
    app.scroll_to("money-by-year").await;
    app.screenshot("15-money-by-year-lt").await;
}

async fn in_latvian(app: &App) {
    choose_language(app, "lv").await;
    app.click("nav-calls").await;
    app.wait_text(
        "call-difference-2026-1",
        &format!("−{}", lt_money("5 000,50")),
    )
    .await;
    app.screenshot("16-calls-lv").await;
    app.click("nav-dashboard").await;
    app.wait_text("dash-available", &lt_money("194 999,50"))
        .await;
    app.screenshot("17-dashboard-lv").await;
}

/// A project with a payment claim is kept; P-2, entered by mistake, goes, and the dashboard
/// drops its 45 000,00. The applicant's name is corrected in the register.
async fn delete_and_correct(app: &App) {
    app.click("nav-projects").await;
    app.press("project-row-P-1", Key::Enter).await;
    app.click("delete-project").await;
    app.click("confirm-ok").await;
    app.find("project-error").await;
    app.screenshot("18-delete-refused-lv").await;
    app.click("project-back").await;
    app.press("project-row-P-2", Key::Enter).await;
    app.click("delete-project").await;
    app.wait_contains("confirm-message", "P-2").await;
    app.click("confirm-ok").await;
    app.find("projects-table").await;
    assert!(!app.is_present("project-row-P-2").await);
    app.click("nav-dashboard").await;
    app.wait_text("dash-committed", &lt_money("60 000,50"))
        .await;

    app.click("nav-applicants").await;
    app.fill("applicant-search", "Alantos").await;
    app.wait_contains("applicants-shown", "1").await;
    app.click("edit-applicant").await;
    app.fill("applicant-name", "Alantos kaimo bendruomenė")
        .await;
    app.click("applicant-save").await;
    app.wait_contains("applicants-table", "Alantos kaimo bendruomenė")
        .await;
    app.screenshot("19-applicants-lv").await;
}
