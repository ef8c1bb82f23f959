//! A selection round in the window, on the demo LAG: criteria and a threshold for the open call,
//! two evaluators' score sheets (one over a criterion's maximum first), the ranking, and a
//! selection committee whose decision needs the members linked to applicants to recuse, then
//! moves the projects and names the meeting in their history.

use thirtyfour::Key;

use crate::harness::App;

/// The board on 2026-11-30.
const BOARD: [&str; 9] = [
    "Molėtų rajono savivaldybės administracija",
    "Molėtų kultūros centras",
    "Molėtų turizmo ir verslo informacijos centras",
    "UAB „Ežerų medis“",
    "MB „Sodybų ratas“",
    "Ūkininkas Jonas Petrauskas",
    "Alantos bendruomenė",
    "Balninkų kaimo bendruomenė",
    "Ežerų krašto jaunimo klubas",
];

/// The admissible applications of call 2026-1.
const SELECTED: &str = "MOLE-LEADER-2026-054";
const BELOW: &str = "MOLE-LEADER-2026-057";

async fn score(app: &App, project: &str, evaluator: &str, points: [&str; 2]) {
    app.click("score-add").await;
    app.select_containing("score-project", project).await;
    app.fill("score-evaluator", evaluator).await;
    app.fill("score-points-0", points[0]).await;
    app.fill("score-points-1", points[1]).await;
    app.click("score-save").await;
    app.wait_for_gone("score-dialog").await;
}

#[tokio::test]
async fn a_selection_round_is_scored_ranked_and_decided_with_a_recusal() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(&dir.path().join("selection.sqlite3")).await;
    app.click("welcome-load-demo").await;
    app.click("nav-calls").await;

    // The demo's decided call: money ran out after three projects of LEADER-SAVA-1.1.
    app.press("call-row-2025-2", Key::Enter).await;
    app.wait_contains("proposal-MOLE-LEADER-2025-046", "Reserve")
        .await;
    app.scroll_to("ranking-LEADER-SAVA-1.1").await;
    app.screenshot("22-ranking-with-reserve-list").await;
    app.click("call-back").await;

    app.press("call-row-2026-1", Key::Enter).await;
    app.click("selection-rules-edit").await;
    app.fill("criterion-title-0", "Kuriamos darbo vietos").await;
    app.fill("criterion-max-0", "60").await;
    app.click("criterion-add").await;
    app.fill("criterion-title-1", "Jaunimo įtraukimas").await;
    app.fill("criterion-max-1", "40").await;
    app.fill("selection-threshold", "50").await;
    app.click("selection-rules-save").await;
    app.wait_contains("selection-threshold-shown", "50.00")
        .await;

    // A score above the criterion's maximum is named and nothing is saved.
    app.click("score-add").await;
    app.select_containing("score-project", SELECTED).await;
    app.fill("score-evaluator", "Rūta Petraitienė").await;
    app.fill("score-points-0", "65").await;
    app.fill("score-points-1", "30").await;
    app.click("score-save").await;
    app.find("error-scores-0-points").await;
    app.screenshot("23-score-above-maximum").await;
    app.fill("score-points-0", "55,5").await;
    app.click("score-save").await;
    app.wait_for_gone("score-dialog").await;
    score(&app, SELECTED, "Jonas Kazlauskas", ["50", "32"]).await;
    score(&app, BELOW, "Rūta Petraitienė", ["20", "10"]).await;
    score(&app, BELOW, "Jonas Kazlauskas", ["25", "12"]).await;
    // (85,5 + 82) / 2 = 83,75 passes; (30 + 37) / 2 = 33,50 does not.
    app.wait_contains(&format!("score-{SELECTED}"), "83.75")
        .await;
    app.wait_contains(&format!("proposal-{SELECTED}"), "Selected")
        .await;
    app.wait_contains(&format!("score-{BELOW}"), "33.50").await;
    app.wait_contains(&format!("proposal-{BELOW}"), "Below threshold")
        .await;
    app.scroll_to("ranking-rules").await;
    app.screenshot("24-ranking-new-call").await;

    // The selection committee: the whole board present.
    app.click("nav-meetings").await;
    app.click("meeting-new").await;
    app.select("meeting-kind", "selection-committee").await;
    app.fill("meeting-number", "2026-12").await;
    app.set_input("meeting-held-on", "2026-11-30").await;
    app.fill("meeting-place", "Molėtai, Inturkės g. 4").await;
    for name in BOARD {
        let attendee = app.testid_by_text("attendee-", name).await;
        app.click(&attendee).await;
    }
    app.click("meeting-save").await;
    // A new meeting opens on its own page.
    app.wait_contains("meeting-detail", "2026-12").await;
    app.click("agenda-add").await;
    app.select_containing("agenda-call", "2026-1").await;
    app.click("agenda-save").await;
    app.click("decision-record-0").await;
    app.wait_contains("selection-preview", SELECTED).await;
    app.fill(
        "decision-text",
        "Patvirtinti kvietimo 2026-1 atrankos rezultatus",
    )
    .await;

    // Balninkų kaimo bendruomenė applied in this call: voting instead of recusing is refused.
    let recuse = app
        .testid_by_text("recuse-", "Balninkų kaimo bendruomenė")
        .await;
    let vote = recuse.replacen("recuse-", "vote-", 1);
    app.click(&recuse).await;
    app.select(&vote, "for").await;
    app.click("decision-save").await;
    app.wait_contains("error-votes", "Balninkų kaimo bendruomenė")
        .await;
    app.screenshot("25-linked-member-voted").await;
    app.click(&recuse).await;
    app.click("decision-save").await;
    app.wait_for_gone("decision-dialog").await;
    app.wait_contains("decision-summary-0-recusals", "Balninkų kaimo bendruomenė")
        .await;
    app.wait_contains("decision-summary-0-moved", SELECTED)
        .await;
    app.screenshot("26-selection-decision").await;

    // The project's history names the meeting that selected it.
    app.click("nav-projects").await;
    app.press(&format!("project-row-{SELECTED}"), Key::Enter)
        .await;
    app.wait_contains("project-history", "2026-12").await;
    app.screenshot("27-project-history-decided").await;
    app.stop().await;
}
