//! Importing calls, projects and payment claims read from spreadsheets: all rows in one
//! transaction or none, and every refusal names the row and column it came from.

use lagdesk_domain::import::{CallImport, EventImport, PaymentImport, ProjectImport};
use lagdesk_domain::{
    ApplicantInput, BackupReason, CallInput, CallMeasure, CallStatus, FieldProblem, Invalid,
    PaymentClaimInput, ProjectInput, ProjectStatus,
};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::applicants::insert_applicant;
use crate::calls::{insert_call, update_call_in};
use crate::error::{Result, StoreError};
use crate::events::{insert_event, write_event};
use crate::projects::{insert_claim, insert_project, record_status, update_claim_in};
use crate::Store;

/// A refusal at `row`: the problem's own field becomes `row N, column C`, with `column` for
/// problems that name no column of the file.
fn at_row(row: usize, column: &'static str) -> impl Fn(StoreError) -> StoreError {
    move |error| {
        let place =
            |field: &str| format!("row {row}, column {}", column_of(field).unwrap_or(column));
        let problems = match error {
            StoreError::Invalid(Invalid(found)) => found
                .into_iter()
                .map(|p| FieldProblem {
                    field: place(&p.field),
                    ..p
                })
                .collect(),
            StoreError::DuplicateCode { entity, code } => vec![FieldProblem::new(
                place(""),
                "duplicate-code",
                format!("{entity} '{code}' already exists"),
            )],
            StoreError::NotFound { entity, id } => {
                vec![FieldProblem::new(
                    place(""),
                    "not-found",
                    format!("{entity} '{id}' does not exist"),
                )]
            }
            other => return other,
        };
        StoreError::Invalid(Invalid(problems))
    }
}

/// The file column that holds an input field.
fn column_of(field: &str) -> Option<&'static str> {
    Some(match field {
        "eligibleCost" => "eligible_cost",
        "requestedAid" => "requested",
        "awardedAid" => "awarded",
        "submittedOn" => "submitted_on",
        "measureId" => "measure_code",
        "callId" => "call_number",
        "paid" => "paid",
        "paidOn" => "paid_on",
        "claimed" => "claimed",
        "startsAt" => "date",
        "endsAt" => "end_time",
        "participants" => "participants",
        "women" => "women",
        "men" => "men",
        "cost" => "cost",
        "costMeasureId" => "budget_code",
        _ => return None,
    })
}

fn row_problem(row: usize, column: &str, code: &str, message: String) -> StoreError {
    StoreError::Invalid(Invalid(vec![FieldProblem::new(
        format!("row {row}, column {column}"),
        code,
        message,
    )]))
}

fn id_by(tx: &Transaction<'_>, sql: &str, key: (&str, &str)) -> Result<Option<String>> {
    Ok(tx
        .query_row(sql, params![key.0, key.1], |r| r.get(0))
        .optional()?)
}

impl Store {
    /// Creates the calls, or updates those whose number exists. A call is planned, open or
    /// closed by its dates as of `today` (`YYYY-MM-DD`).
    pub fn import_calls(
        &mut self,
        strategy_id: &str,
        calls: &[CallImport],
        today: &str,
    ) -> Result<usize> {
        self.back_up(BackupReason::Import)?;
        self.write(|tx| {
            for call in calls {
                let mut measures = Vec::new();
                for m in &call.measures {
                    let measure_id = id_by(
                        tx,
                        "SELECT id FROM measure WHERE strategy_id = ?1 AND code = ?2",
                        (strategy_id, &m.measure_code),
                    )?
                    .ok_or_else(|| {
                        row_problem(
                            m.row,
                            "measure_code",
                            "unknown-measure",
                            format!("'{}' is not a measure of this strategy", m.measure_code),
                        )
                    })?;
                    measures.push(CallMeasure {
                        measure_id,
                        available: m.available,
                        max_grant: m.max_grant,
                        max_intensity: m.max_intensity,
                    });
                }
                let status = if today < &call.opens_at[..10] {
                    CallStatus::Planned
                } else if today <= &call.closes_at[..10] {
                    CallStatus::Open
                } else {
                    CallStatus::Closed
                };
                let input = CallInput {
                    number: call.number.clone(),
                    title: call.title.clone(),
                    opens_at: call.opens_at.clone(),
                    closes_at: call.closes_at.clone(),
                    status,
                    measures,
                };
                let existing = id_by(
                    tx,
                    "SELECT id FROM call WHERE strategy_id = ?1 AND number = ?2",
                    (strategy_id, &call.number),
                )?;
                match existing {
                    Some(id) => update_call_in(tx, &id, &input),
                    None => insert_call(tx, strategy_id, &input).map(|_| ()),
                }
                .map_err(at_row(call.row, "call_number"))?;
            }
            Ok(calls.len())
        })
    }

    /// Registers the projects with their current status (dated `status_on`) as one history step.
    /// Applicants are found by name, ignoring case, or created. A number already in the
    /// strategy is refused: an import never overwrites a project's history.
    pub fn import_projects(
        &mut self,
        strategy_id: &str,
        projects: &[ProjectImport],
    ) -> Result<usize> {
        self.back_up(BackupReason::Import)?;
        self.write(|tx| {
            for p in projects {
                let at = at_row(p.row, "number");
                let measure_id = id_by(tx, "SELECT id FROM measure WHERE strategy_id = ?1 AND code = ?2", (strategy_id, &p.measure_code))?
                    .ok_or_else(|| row_problem(p.row, "measure_code", "unknown-measure", format!("'{}' is not a measure of this strategy", p.measure_code)))?;
                let call_id = match &p.call_number {
                    Some(number) => Some(
                        id_by(tx, "SELECT id FROM call WHERE strategy_id = ?1 AND number = ?2", (strategy_id, number))?
                            .ok_or_else(|| row_problem(p.row, "call_number", "unknown-call", format!("'{number}' is not a call of this strategy")))?,
                    ),
                    None => None,
                };
                let known: Option<String> = tx
                    .query_row(
                        "SELECT id FROM applicant WHERE name = ?1 COLLATE NOCASE ORDER BY created_at LIMIT 1",
                        [p.applicant.trim()],
                        |r| r.get(0),
                    )
                    .optional()?;
                let applicant_id = match known {
                    Some(id) => id,
                    None => {
                        let input = ApplicantInput {
                            name: p.applicant.clone(),
                            kind: p.applicant_kind,
                            code: String::new(),
                            municipality: String::new(),
                            eldership: String::new(),
                        };
                        insert_applicant(tx, &input).map_err(at_row(p.row, "applicant"))?
                    }
                };
                if p.status.is_committed() && p.awarded_aid.is_none() {
                    return Err(row_problem(p.row, "awarded", "required", format!("is required for a {} project", p.status.code())));
                }
                let input = ProjectInput {
                    number: p.number.clone(),
                    title: p.title.clone(),
                    applicant_id,
                    call_id,
                    measure_id,
                    submitted_on: p.submitted_on.clone(),
                    eligible_cost: p.eligible_cost,
                    requested_aid: p.requested_aid,
                    awarded_aid: p.awarded_aid,
                    jobs_created: p.jobs_created,
                    implementation_end: None,
                    // Imported records are history: limits were checked when they were decided.
                    confirm_warnings: true,
                };
                let id = insert_project(tx, strategy_id, &input).map_err(&at)?;
                if p.status != ProjectStatus::Submitted {
                    tx.execute("UPDATE project SET status = ?2, status_on = ?3 WHERE id = ?1", params![id, p.status.code(), p.status_on])?;
                    record_status(tx, &id, p.status, &p.status_on, "imported")?;
                }
            }
            Ok(projects.len())
        })
    }

    /// Records payment claims by project number (in any strategy); a claim whose number the
    /// project already has is updated. A claim without a submission date is dated by its
    /// payment, or `today` while unpaid.
    pub fn import_payments(&mut self, payments: &[PaymentImport], today: &str) -> Result<usize> {
        self.back_up(BackupReason::Import)?;
        self.write(|tx| {
            for p in payments {
                let ids: Vec<String> = tx
                    .prepare("SELECT id FROM project WHERE number = ?1")?
                    .query_map([p.project_number.trim()], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                let project_id = match ids.as_slice() {
                    [one] => one.clone(),
                    [] => {
                        return Err(row_problem(
                            p.row,
                            "project_number",
                            "unknown-project",
                            format!("'{}' is not a project", p.project_number),
                        ))
                    }
                    _ => {
                        return Err(row_problem(
                            p.row,
                            "project_number",
                            "ambiguous-project",
                            format!(
                                "'{}' is a project of more than one strategy",
                                p.project_number
                            ),
                        ))
                    }
                };
                let input = PaymentClaimInput {
                    number: p.claim_number.clone(),
                    submitted_on: p
                        .submitted_on
                        .clone()
                        .or_else(|| p.paid_on.clone())
                        .unwrap_or_else(|| today.to_owned()),
                    claimed: p.claimed,
                    paid: p.paid,
                    paid_on: p.paid_on.clone(),
                };
                let existing = id_by(
                    tx,
                    "SELECT id FROM payment_claim WHERE project_id = ?1 AND number = ?2",
                    (&project_id, p.claim_number.trim()),
                )?;
                match existing {
                    Some(id) => update_claim_in(tx, &id, &input),
                    None => insert_claim(tx, &project_id, &input).map(|_| ()),
                }
                .map_err(at_row(p.row, "claim_number"))?;
            }
            Ok(payments.len())
        })
    }

    /// Records events; a row whose day and title match an event updates it. Measure codes are
    /// looked up in the strategy: a running or animation line in `measure_code` (or any line in
    /// `budget_code`) carries the cost, another measure is the one the event serves.
    pub fn import_events(
        &mut self,
        strategy_id: Option<&str>,
        events: &[EventImport],
    ) -> Result<usize> {
        self.back_up(BackupReason::Import)?;
        self.write(|tx| {
            for e in events {
                let mut input = e.input.clone();
                for (column, code) in [
                    ("measure_code", &e.measure_code),
                    ("budget_code", &e.budget_code),
                ] {
                    let Some(code) = code else { continue };
                    let Some(strategy_id) = strategy_id else {
                        return Err(row_problem(
                            e.row,
                            column,
                            "strategy-required",
                            format!("'{code}' needs the strategy it belongs to (--strategy)"),
                        ));
                    };
                    let found: Option<(String, String)> = tx
                        .query_row(
                            "SELECT id, kind FROM measure WHERE strategy_id = ?1 AND code = ?2",
                            params![strategy_id, code],
                            |r| Ok((r.get(0)?, r.get(1)?)),
                        )
                        .optional()?;
                    let Some((id, kind)) = found else {
                        return Err(row_problem(
                            e.row,
                            column,
                            "unknown-measure",
                            format!("'{code}' is not a measure of the strategy"),
                        ));
                    };
                    let budget_line = matches!(kind.as_str(), "running" | "animation");
                    if column == "budget_code" || budget_line {
                        input.cost_measure_id = Some(id);
                    } else {
                        input.measure_id = Some(id);
                    }
                }
                let existing = id_by(
                    tx,
                    "SELECT id FROM event WHERE substr(starts_at, 1, 10) = ?1 AND title = ?2",
                    (input.day(), input.title.trim()),
                )?;
                match existing {
                    Some(id) => write_event(tx, &id, &input),
                    None => insert_event(tx, &input).map(|_| ()),
                }
                .map_err(at_row(e.row, "title"))?;
            }
            Ok(events.len())
        })
    }
}
