//! Project selection: a call's criteria and threshold, the evaluators' score sheets, the ranking
//! read from them ([`lagdesk_domain::rank`]), and the decision of a meeting that applies the
//! ranking to the projects' statuses (and can be taken back while nothing moved on since).

use lagdesk_domain::{
    rank, Candidate, Criterion, CriterionScore, FieldProblem, Invalid, MeasureRanking, Money,
    Points, ProjectStatus, RankingLine, ScoreSheet, ScoreSheetInput, Selection, SelectionRules,
    SelectionRulesInput, Unscored,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::error::{Result, StoreError};
use crate::projects::{move_project_by, read_project};
use crate::{new_id, now, Store};

/// Statuses in which an application is scored and placed by a selection decision.
const SCORABLE: [ProjectStatus; 3] = [
    ProjectStatus::Admissible,
    ProjectStatus::Evaluated,
    ProjectStatus::Reserve,
];

fn invalid(field: impl Into<String>, code: &str, message: impl Into<String>) -> StoreError {
    StoreError::Invalid(Invalid(vec![FieldProblem::new(field, code, message)]))
}

impl Store {
    pub fn selection(&self, call_id: &str) -> Result<Selection> {
        read_selection(&self.conn, call_id)
    }

    /// Replaces the call's criteria and threshold. Once sheets exist, a criterion with scores
    /// cannot go, no criterion can be added, and no maximum can fall below a score given.
    pub fn save_selection_rules(
        &mut self,
        call_id: &str,
        input: &SelectionRulesInput,
    ) -> Result<Selection> {
        input.validate()?;
        self.write(|tx| write_rules(tx, call_id, input))?;
        self.selection(call_id)
    }

    /// Records (or replaces) one evaluator's sheet for a project; the evaluator is matched
    /// without regard to case.
    pub fn save_score_sheet(
        &mut self,
        project_id: &str,
        input: &ScoreSheetInput,
    ) -> Result<Selection> {
        let call_id = self.write(|tx| write_sheet(tx, project_id, input))?;
        self.selection(&call_id)
    }

    pub fn delete_score_sheet(&mut self, project_id: &str, evaluator: &str) -> Result<Selection> {
        let call_id = self.write(|tx| {
            let call_id = scorable_call(tx, project_id)?;
            tx.execute(
                "DELETE FROM score WHERE project_id = ?1 AND evaluator = ?2 COLLATE NOCASE",
                params![project_id, evaluator.trim()],
            )?;
            Ok(call_id)
        })?;
        self.selection(&call_id)
    }
}

pub(crate) fn write_rules(
    tx: &Transaction<'_>,
    call_id: &str,
    input: &SelectionRulesInput,
) -> Result<()> {
    let number: String = tx
        .query_row("SELECT number FROM call WHERE id = ?1", [call_id], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or_else(|| StoreError::NotFound {
            entity: "call",
            id: call_id.to_owned(),
        })?;
    let existing = criteria(tx, call_id)?;
    let scored = sheets_in_call(tx, call_id)?;
    for old in &existing {
        let kept = input
            .criteria
            .iter()
            .any(|c| c.id.as_ref() == Some(&old.id));
        if !kept && scored > 0 {
            return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
                "criteria",
                "criterion-scored",
                format!(
                    "'{}' already has scores in call {number}; delete the score sheets first",
                    old.title
                ),
            )
            .arg("criterion", &old.title)])));
        }
    }
    for (i, c) in input.criteria.iter().enumerate() {
        let position = i64::try_from(i).unwrap_or(i64::MAX);
        match &c.id {
            None if scored > 0 => {
                return Err(invalid(
                    format!("criteria.{i}.title"),
                    "call-scored",
                    "cannot be added: the call's applications are already scored",
                ));
            }
            None => {
                tx.execute(
                    "INSERT INTO selection_criterion (id, call_id, position, title, max_points,
                         created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    params![
                        new_id(),
                        call_id,
                        position,
                        c.title.trim(),
                        c.max_points.0,
                        now()
                    ],
                )?;
            }
            Some(id) => {
                if !existing.iter().any(|e| &e.id == id) {
                    return Err(invalid(
                        format!("criteria.{i}.title"),
                        "unknown-criterion",
                        "is not a criterion of this call",
                    ));
                }
                let highest: Option<i64> = tx.query_row(
                    "SELECT max(points) FROM score WHERE criterion_id = ?1",
                    [id],
                    |r| r.get(0),
                )?;
                if let Some(highest) = highest.filter(|h| *h > c.max_points.0) {
                    return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
                        format!("criteria.{i}.maxPoints"),
                        "below-given-score",
                        format!("is less than the {} points already given", Points(highest)),
                    )
                    .arg("given", Points(highest))])));
                }
                tx.execute(
                    "UPDATE selection_criterion SET position = ?2, title = ?3, max_points = ?4,
                         updated_at = ?5
                     WHERE id = ?1",
                    params![id, position, c.title.trim(), c.max_points.0, now()],
                )?;
            }
        }
    }
    for old in &existing {
        if !input
            .criteria
            .iter()
            .any(|c| c.id.as_ref() == Some(&old.id))
        {
            tx.execute("DELETE FROM selection_criterion WHERE id = ?1", [&old.id])?;
        }
    }
    tx.execute(
        "UPDATE call SET pass_threshold = ?2, updated_at = ?3 WHERE id = ?1",
        params![call_id, input.threshold.map(|t| t.0), now()],
    )?;
    Ok(())
}

pub(crate) fn write_sheet(
    tx: &Transaction<'_>,
    project_id: &str,
    input: &ScoreSheetInput,
) -> Result<String> {
    let call_id = scorable_call(tx, project_id)?;
    input.validate(&criteria(tx, &call_id)?)?;
    let evaluator = input.evaluator.trim();
    tx.execute(
        "DELETE FROM score WHERE project_id = ?1 AND evaluator = ?2 COLLATE NOCASE",
        params![project_id, evaluator],
    )?;
    for s in &input.scores {
        tx.execute(
            "INSERT INTO score (project_id, evaluator, criterion_id, points, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![project_id, evaluator, s.criterion_id, s.points.0, now()],
        )?;
    }
    Ok(call_id)
}

/// The project's call, when the project is in a status that is scored.
fn scorable_call(conn: &Connection, project_id: &str) -> Result<String> {
    let project = read_project(conn, project_id)?;
    let Some(call_id) = project.call_id else {
        return Err(invalid(
            "projectId",
            "no-call",
            format!("{} was not submitted to a call", project.number),
        ));
    };
    if !SCORABLE.contains(&project.status) {
        return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
            "projectId",
            "not-scorable",
            format!(
                "{} is {}; only admissible, evaluated or reserve applications are scored",
                project.number,
                project.status.code()
            ),
        )
        .arg("project", &project.number)
        .arg("status", project.status.code())])));
    }
    Ok(call_id)
}

fn criteria(conn: &Connection, call_id: &str) -> Result<Vec<Criterion>> {
    let mut stmt = conn.prepare(
        "SELECT id, title, max_points FROM selection_criterion WHERE call_id = ?1
         ORDER BY position",
    )?;
    let rows = stmt.query_map([call_id], |r| {
        Ok(Criterion {
            id: r.get(0)?,
            title: r.get(1)?,
            max_points: Points(r.get(2)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn sheets_in_call(conn: &Connection, call_id: &str) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM score s JOIN project p ON p.id = s.project_id WHERE p.call_id = ?1",
        [call_id],
        |r| r.get(0),
    )?)
}

fn sheets(conn: &Connection, project_id: &str, criteria: &[Criterion]) -> Result<Vec<ScoreSheet>> {
    let mut stmt = conn.prepare(
        "SELECT evaluator, criterion_id, points FROM score WHERE project_id = ?1
         ORDER BY evaluator COLLATE NOCASE",
    )?;
    let rows: Vec<(String, String, i64)> = stmt
        .query_map([project_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out: Vec<ScoreSheet> = Vec::new();
    for (evaluator, criterion_id, points) in rows {
        let index = match out.iter().position(|s| s.evaluator == evaluator) {
            Some(i) => i,
            None => {
                out.push(ScoreSheet {
                    evaluator,
                    scores: Vec::new(),
                    total: Points(0),
                });
                out.len() - 1
            }
        };
        let sheet = &mut out[index];
        sheet.total = Points(sheet.total.0 + points);
        sheet.scores.push(CriterionScore {
            criterion_id,
            points: Points(points),
        });
    }
    let order = |id: &str| criteria.iter().position(|c| c.id == id);
    for sheet in &mut out {
        sheet.scores.sort_by_key(|s| order(&s.criterion_id));
    }
    Ok(out)
}

pub(crate) fn read_selection(conn: &Connection, call_id: &str) -> Result<Selection> {
    let (call_number, threshold): (String, Option<i64>) = conn
        .query_row(
            "SELECT number, pass_threshold FROM call WHERE id = ?1",
            [call_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| StoreError::NotFound {
            entity: "call",
            id: call_id.to_owned(),
        })?;
    let threshold = threshold.map(Points);
    let criteria = criteria(conn, call_id)?;
    let mut measures: Vec<MeasureRanking> = conn
        .prepare(
            "SELECT cm.measure_id, m.code, cm.available_cents FROM call_measure cm
             JOIN measure m ON m.id = cm.measure_id
             WHERE cm.call_id = ?1 ORDER BY cm.position",
        )?
        .query_map([call_id], |r| {
            Ok(MeasureRanking {
                measure_id: r.get(0)?,
                measure_code: r.get(1)?,
                available: Money(r.get(2)?),
                selected: Money(0),
                reserve: Money(0),
                lines: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let applications: Vec<(String, String)> = conn
        .prepare(
            "SELECT p.id, m.code FROM project p JOIN measure m ON m.id = p.measure_id
             WHERE p.call_id = ?1 ORDER BY p.number",
        )?
        .query_map([call_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut unscored = Vec::new();
    let mut scored: Vec<(lagdesk_domain::Project, Vec<ScoreSheet>)> = Vec::new();
    for (id, measure_code) in applications {
        let project = read_project(conn, &id)?;
        let project_sheets = sheets(conn, &id, &criteria)?;
        if !project_sheets.is_empty() {
            if !measures.iter().any(|m| m.measure_id == project.measure_id) {
                measures.push(MeasureRanking {
                    measure_id: project.measure_id.clone(),
                    measure_code,
                    available: Money(0),
                    selected: Money(0),
                    reserve: Money(0),
                    lines: Vec::new(),
                });
            }
            scored.push((project, project_sheets));
        } else if project.status == ProjectStatus::Submitted || SCORABLE.contains(&project.status) {
            unscored.push(Unscored {
                project_id: project.id,
                number: project.number,
                title: project.title,
                applicant_name: project.applicant_name,
                status: project.status,
                requested_aid: project.requested_aid,
            });
        }
    }
    for measure in &mut measures {
        let here: Vec<&(lagdesk_domain::Project, Vec<ScoreSheet>)> = scored
            .iter()
            .filter(|(p, _)| p.measure_id == measure.measure_id)
            .collect();
        let candidates = here
            .iter()
            .map(|(p, s)| Candidate {
                project_id: p.id.clone(),
                number: p.number.clone(),
                requested_aid: p.requested_aid,
                submitted_on: p.submitted_on.clone(),
                sheets: s.clone(),
            })
            .collect();
        for ranked in rank(candidates, threshold, measure.available) {
            let Some((project, project_sheets)) =
                here.iter().find(|(p, _)| p.id == ranked.project_id)
            else {
                continue;
            };
            match ranked.proposal.status() {
                ProjectStatus::Selected => measure.selected += project.requested_aid,
                ProjectStatus::Reserve => measure.reserve += project.requested_aid,
                _ => {}
            }
            measure.lines.push(RankingLine {
                project_id: project.id.clone(),
                number: project.number.clone(),
                title: project.title.clone(),
                applicant_name: project.applicant_name.clone(),
                status: project.status,
                requested_aid: project.requested_aid,
                sheets: project_sheets.clone(),
                ranked,
            });
        }
    }
    Ok(Selection {
        call_id: call_id.to_owned(),
        call_number,
        rules: SelectionRules {
            criteria,
            threshold,
        },
        measures,
        unscored,
    })
}

/// Moves every scorable project of the call to where the ranking places it, on the meeting's
/// day, each change marked with the agenda item that decided it. Refused while an admissible
/// application has no score sheet, or when nothing is scored.
pub(crate) fn apply_selection(
    tx: &Transaction<'_>,
    item_id: &str,
    call_id: &str,
    held_on: &str,
    note: &str,
) -> Result<()> {
    let selection = read_selection(tx, call_id)?;
    let waiting: Vec<&str> = selection
        .unscored
        .iter()
        .filter(|u| u.status != ProjectStatus::Submitted)
        .map(|u| u.number.as_str())
        .collect();
    if !waiting.is_empty() {
        return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
            "selection",
            "applications-unscored",
            format!(
                "{} of call {} have no score sheet yet",
                waiting.join(", "),
                selection.call_number
            ),
        )
        .arg("projects", waiting.join(", "))
        .arg("call", &selection.call_number)])));
    }
    let lines: Vec<&RankingLine> = selection
        .measures
        .iter()
        .flat_map(|m| &m.lines)
        .filter(|l| SCORABLE.contains(&l.status))
        .collect();
    if lines.is_empty() {
        return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
            "selection",
            "nothing-to-select",
            format!(
                "call {} has no scored application waiting for a decision",
                selection.call_number
            ),
        )
        .arg("call", &selection.call_number)])));
    }
    for line in lines {
        let target = line.ranked.proposal.status();
        if line.status == target {
            continue;
        }
        if line.status == ProjectStatus::Admissible {
            move_project_by(
                tx,
                &line.project_id,
                ProjectStatus::Evaluated,
                held_on,
                note,
                item_id,
            )?;
        }
        move_project_by(tx, &line.project_id, target, held_on, note, item_id)?;
    }
    Ok(())
}

/// Takes back the status changes an agenda item's decision made, while each moved project's
/// latest change is still that decision's.
pub(crate) fn undo_selection(tx: &Transaction<'_>, item_id: &str) -> Result<()> {
    let moved: Vec<String> = tx
        .prepare("SELECT DISTINCT project_id FROM project_status_change WHERE agenda_item_id = ?1")?
        .query_map([item_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for project_id in moved {
        let latest: Option<String> = tx.query_row(
            "SELECT agenda_item_id FROM project_status_change WHERE project_id = ?1
             ORDER BY changed_on DESC, created_at DESC, rowid DESC LIMIT 1",
            [&project_id],
            |r| r.get(0),
        )?;
        if latest.as_deref() != Some(item_id) {
            let project = read_project(tx, &project_id)?;
            return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
                "selection",
                "moved-on",
                format!(
                    "{} has moved on to {} since this decision; its selection cannot be taken back",
                    project.number,
                    project.status.code()
                ),
            )
            .arg("project", &project.number)
            .arg("status", project.status.code())])));
        }
        tx.execute(
            "DELETE FROM project_status_change WHERE project_id = ?1 AND agenda_item_id = ?2",
            params![project_id, item_id],
        )?;
        tx.execute(
            "UPDATE project SET (status, status_on) = (
                 SELECT status, changed_on FROM project_status_change WHERE project_id = ?1
                 ORDER BY changed_on DESC, created_at DESC, rowid DESC LIMIT 1),
                 updated_at = ?2
             WHERE id = ?1",
            params![project_id, now()],
        )?;
    }
    Ok(())
}
