//! The demo's scored call: call 2025-2's admissible applications scored by three evaluators on
//! four criteria, decided by the selection committee of January 2026 (see `partnership`), after
//! which the best-ranked selected projects went on to approval and a contract.

use lagdesk_domain::share::split;
use lagdesk_domain::ProjectStatus::{Approved, Contracted};
use lagdesk_domain::{
    Bp, CriterionInput, CriterionScore, Money, Points, Proposal, ScoreSheetInput,
    SelectionRulesInput,
};
use rusqlite::{params, Transaction};

use crate::error::Result;
use crate::now;
use crate::projects::move_project;
use crate::selection::{read_selection, write_rules, write_sheet};
use crate::splits::split_project;

/// The call whose applications are scored and decided by a meeting.
pub(super) const SCORED_CALL: &str = "2025-2";

const CRITERIA: [(&str, i64); 4] = [
    ("Kuriamos ir išlaikomos darbo vietos", 30),
    ("Vietos produktų ir paslaugų naujumas", 25),
    ("Jaunimo, senjorų ar moterų įtraukimas", 25),
    ("Bendradarbiavimas su kitais vietos subjektais", 20),
];

const THRESHOLD: i64 = 50_00;

/// Each evaluator's total differs from the application's average by this much.
const EVALUATORS: [(&str, i64); 3] = [
    ("Rūta Petraitienė", -1_50),
    ("Jonas Kazlauskas", 0),
    ("Dalia Mockienė", 1_50),
];

/// The average scores of a measure's applications in registration order; the last one scored in
/// each measure falls below the threshold.
const AVERAGES: [i64; 5] = [84_50, 72_50, 79_00, 66_00, 58_50];
const BELOW: i64 = 41_00;

/// Sets the call's criteria and scores its admissible applications.
pub(super) fn score(tx: &Transaction<'_>, call_id: &str) -> Result<()> {
    let rules = SelectionRulesInput {
        criteria: CRITERIA
            .iter()
            .map(|(title, max)| CriterionInput {
                id: None,
                title: (*title).into(),
                max_points: Points(max * 100),
            })
            .collect(),
        threshold: Some(Points(THRESHOLD)),
    };
    write_rules(tx, call_id, &rules)?;
    let criteria = read_selection(tx, call_id)?.rules.criteria;
    let weights: Vec<Bp> = CRITERIA.iter().map(|(_, max)| Bp(max * 100)).collect();
    let applications: Vec<(String, String)> = tx
        .prepare(
            "SELECT id, measure_id FROM project WHERE call_id = ?1 AND status = 'admissible'
             ORDER BY measure_id, number",
        )?
        .query_map([call_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (i, (project_id, measure_id)) in applications.iter().enumerate() {
        let first = applications
            .iter()
            .position(|(_, m)| m == measure_id)
            .unwrap_or(i);
        let last = !applications[i + 1..].iter().any(|(_, m)| m == measure_id);
        let average = if last {
            BELOW
        } else {
            AVERAGES[(i - first) % AVERAGES.len()]
        };
        for (evaluator, offset) in EVALUATORS {
            let parts = split(Money(average + offset), &weights);
            let sheet = ScoreSheetInput {
                evaluator: evaluator.into(),
                scores: criteria
                    .iter()
                    .zip(parts)
                    .map(|(c, part)| CriterionScore {
                        criterion_id: c.id.clone(),
                        points: Points(part.0),
                    })
                    .collect(),
            };
            write_sheet(tx, project_id, &sheet)?;
        }
    }
    Ok(())
}

/// After the decision: in each measure the best-ranked selected project is approved and
/// contracted, the next one approved.
pub(super) fn follow_up(tx: &Transaction<'_>) -> Result<()> {
    let call_id: String = tx.query_row(
        "SELECT id FROM call WHERE number = ?1",
        [SCORED_CALL],
        |r| r.get(0),
    )?;
    for measure in read_selection(tx, &call_id)?.measures {
        let selected = measure
            .lines
            .iter()
            .filter(|l| l.ranked.proposal == Proposal::Selected);
        for (i, line) in selected.take(2).enumerate() {
            tx.execute(
                "UPDATE project SET awarded_cents = requested_cents, updated_at = ?2 WHERE id = ?1",
                params![line.project_id, now()],
            )?;
            split_project(tx, &line.project_id)?;
            move_project(tx, &line.project_id, Approved, "2026-02-16", "")?;
            if i == 0 {
                move_project(tx, &line.project_id, Contracted, "2026-03-10", "")?;
            }
        }
    }
    Ok(())
}
