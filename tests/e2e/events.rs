//! An event recorded in the window on the demo LAG: wrong times and counts are named next to
//! their fields, the participants by group reach the period's totals, the cost reaches the
//! animation line of the money view, and the cooperation project counts the event.

use thirtyfour::Key;

use crate::harness::{App, NBSP};

#[tokio::test]
async fn an_event_with_participants_by_group_reaches_the_totals_and_the_money_view() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(&dir.path().join("events.sqlite3")).await;
    app.click("welcome-load-demo").await;
    app.click("nav-events").await;
    app.set_input("events-from", "2026-01-01").await;
    app.set_input("events-to", "2026-12-31").await;
    // The demo's ten events of 2026: 343 participants, 41 of them young.
    app.wait_text("event-totals-participants", "343").await;
    app.wait_contains("event-totals-group-youth", "41").await;

    app.click("event-new").await;
    app.select("event-kind", "seminar").await;
    app.fill("event-title", "Jaunimo verslumo seminaras").await;
    app.set_input("event-starts-date", "2026-12-03").await;
    app.set_input("event-starts-time", "10:00").await;
    app.set_input("event-ends-time", "09:00").await;
    app.fill("event-place", "Molėtų gimnazija").await;
    app.fill("event-participants", "40").await;
    app.fill("event-group-youth", "25").await;
    app.fill("event-group-businesses", "12").await;
    app.fill("event-women", "22").await;
    app.fill("event-men", "19").await;
    app.fill("event-cost", "350,00").await;
    app.select_containing("event-cost-line", "LEADER-AKT").await;
    app.select_containing("event-cooperation", "COOP-2025-1")
        .await;
    app.click("event-save").await;
    // An end before the start and more women and men than participants: both named.
    app.find("error-endsAt").await;
    app.find("error-women").await;
    app.screenshot("28-event-form-errors").await;
    app.set_input("event-ends-time", "14:00").await;
    app.fill("event-men", "18").await;
    app.click("event-save").await;
    app.wait_for_gone("event-dialog").await;

    app.click("nav-events").await;
    app.set_input("events-from", "2026-01-01").await;
    app.set_input("events-to", "2026-12-31").await;
    app.wait_text("event-totals-participants", "383").await;
    app.wait_contains("event-totals-group-youth", "66").await;
    app.wait_contains("event-totals-kind-seminar", "103").await;
    app.find("event-row-Jaunimo verslumo seminaras").await;
    app.scroll_to("events-month-2026-12").await;
    app.screenshot("29-events-by-month").await;
    app.scroll_to("event-totals").await;
    app.screenshot("30-event-totals").await;

    // An attendance sheet attached to the event is a copy: it stays when the original goes.
    // (The native file dialog cannot be driven; the command it feeds takes the path directly.)
    let sheet = dir.path().join("Dalyvių sąrašas.pdf");
    std::fs::write(&sheet, b"%PDF-1.4 attendance sheet").unwrap();
    let events = app
        .invoke(
            "list_events",
            serde_json::json!({ "from": null, "to": null }),
        )
        .await;
    let event = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["title"] == "Jaunimo verslumo seminaras")
        .unwrap();
    let attached = app
        .invoke(
            "attach_document",
            serde_json::json!({ "owner": "event", "ownerId": event["id"], "path": sheet }),
        )
        .await;
    assert_eq!(attached["fileName"], "Dalyvių sąrašas.pdf");
    std::fs::remove_file(&sheet).unwrap();
    app.press("event-row-Jaunimo verslumo seminaras", Key::Enter)
        .await;
    app.wait_contains("document-row-0", "Dalyvių sąrašas.pdf")
        .await;
    app.screenshot("30a-event-with-document").await;

    // The demo's animation events cost 22 250,00; the seminar adds 350,00.
    app.click("nav-strategy").await;
    app.wait_contains("plan-row-LEADER-AKT", "€22,600.00").await;

    // The cooperation project's five events had 171 participants.
    app.click("nav-cooperation").await;
    app.press("coop-row-COOP-2025-1", Key::Enter).await;
    app.wait_contains("coop-events-participants", "211").await;
    app.find("coop-event-Jaunimo verslumo seminaras").await;
    app.screenshot("31-cooperation-project").await;

    // In Lithuanian the totals read with Lithuanian numbers and kinds.
    app.click("nav-settings").await;
    app.select("settings-language", "lt").await;
    app.click("nav-events").await;
    app.set_input("events-from", "2026-01-01").await;
    app.set_input("events-to", "2026-12-31").await;
    app.wait_contains("event-totals-cost", &format!("{NBSP}€"))
        .await;
    app.screenshot("32-events-lt").await;
    app.stop().await;
}
