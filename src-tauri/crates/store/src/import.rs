//! Importing records read from spreadsheets. Each row is tried on its own savepoint inside one
//! transaction, so a preview can say of every row whether it is new, updates a record, changes
//! nothing (a duplicate) or is refused and why, and then roll everything back. An import runs
//! the very same steps after a backup and commits them all, or nothing if any row is refused.

use std::collections::BTreeMap;

use lagdesk_domain::import::{
    CallImport, EventImport, ImportRecords, PaymentImport, PlanImport, ProjectImport,
};
use lagdesk_domain::{
    ApplicantInput, BackupReason, CallInput, CallMeasure, CallStatus, FieldProblem, ImportProblem,
    Invalid, PaymentClaimInput, ProjectInput, ProjectStatus, RowOutcome,
};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use crate::applicants::insert_applicant;
use crate::calls::{insert_call, update_call_in};
use crate::error::{Result, StoreError};
use crate::events::{insert_event, write_event};
use crate::projects::{
    insert_claim, insert_project, record_status, update_claim_in, update_project_in,
};
use crate::structure::apply_plan_entry;
use crate::Store;

/// What trying every row found.
#[derive(Debug, Default)]
pub struct Staged {
    /// Each data row's outcome, by its row number.
    pub outcomes: BTreeMap<usize, RowOutcome>,
    pub problems: Vec<ImportProblem>,
}

impl Staged {
    pub fn count(&self, outcome: RowOutcome) -> usize {
        self.outcomes.values().filter(|o| **o == outcome).count()
    }
}

/// Told how many records of how many are done, for a progress bar.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

impl Store {
    /// What importing `records` would do, row by row. Nothing is written.
    pub fn preview_import(
        &mut self,
        strategy_id: Option<&str>,
        records: &ImportRecords,
        today: &str,
        progress: Progress<'_>,
    ) -> Result<Staged> {
        self.with_import_cache(|conn| {
            let tx = conn.transaction()?;
            stage(&tx, strategy_id, records, today, progress)
            // Dropping the transaction rolls every row back.
        })
    }

    /// Imports `records` after a backup: all rows in one transaction, or none when any row is
    /// refused (the refusal names each row and column).
    pub fn import(
        &mut self,
        strategy_id: Option<&str>,
        records: &ImportRecords,
        today: &str,
        progress: Progress<'_>,
    ) -> Result<Staged> {
        self.back_up(BackupReason::Import)?;
        let staged = self.with_import_cache(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            crate::audit::next_batch(&tx)?;
            let staged = stage(&tx, strategy_id, records, today, progress)?;
            if !staged.problems.is_empty() {
                return Err(refusal(&staged.problems));
            }
            tx.commit()?;
            Ok(staged)
        })?;
        self.writes += 1;
        Ok(staged)
    }

    /// Runs `f` with a page cache of up to 64 MiB instead of SQLite's 2 MiB: a large import's
    /// changes then stay in memory instead of spilling to the WAL and being read back page by
    /// page. The cache shrinks back to its size before afterwards, so a window left open keeps
    /// little memory.
    fn with_import_cache<T>(&mut self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        let before: i64 = self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        self.conn.execute_batch("PRAGMA cache_size = -65536")?;
        let result = f(&mut self.conn);
        let restored = self
            .conn
            .execute_batch(&format!("PRAGMA cache_size = {before}"));
        let value = result?;
        restored?;
        Ok(value)
    }
}

/// The problems as one refusal whose fields read `row 3, column measure_code`.
fn refusal(problems: &[ImportProblem]) -> StoreError {
    StoreError::Invalid(Invalid(
        problems
            .iter()
            .map(|p| {
                let column = p.column.as_ref().or(p.field.as_ref());
                let field = match (p.row, column) {
                    (Some(row), Some(column)) => format!("row {row}, column {column}"),
                    (Some(row), None) => format!("row {row}"),
                    (None, Some(column)) => format!("column {column}"),
                    (None, None) => String::new(),
                };
                FieldProblem {
                    field,
                    code: p.code.clone(),
                    args: p.args.clone(),
                    message: p.message.clone(),
                    warning: false,
                }
            })
            .collect(),
    ))
}

fn stage(
    tx: &Transaction<'_>,
    strategy_id: Option<&str>,
    records: &ImportRecords,
    today: &str,
    progress: Progress<'_>,
) -> Result<Staged> {
    let mut staged = Staged::default();
    let needs_strategy = !matches!(
        records,
        ImportRecords::Payments(_) | ImportRecords::Events(_)
    );
    let strategy = match strategy_id {
        Some(id) => id,
        None if needs_strategy => {
            staged.problems.push(ImportProblem::new(
                None,
                None,
                "strategy-required",
                "choose the strategy to import into".into(),
            ));
            return Ok(staged);
        }
        None => "",
    };
    let one = |row: usize| vec![row];
    match records {
        ImportRecords::Plan(rows) => staged.each(
            tx,
            rows,
            progress,
            "measure_code",
            |p| one(p.row),
            |tx, p| plan_row(tx, strategy, p),
        ),
        ImportRecords::Calls(calls) => staged.each(
            tx,
            calls,
            progress,
            "call_number",
            |c| c.measures.iter().map(|m| m.row).collect(),
            |tx, c| call(tx, strategy, c, today),
        ),
        ImportRecords::Projects(projects) => staged.each(
            tx,
            projects,
            progress,
            "number",
            |p| one(p.row),
            |tx, p| project(tx, strategy, p),
        ),
        ImportRecords::Payments(payments) => staged.each(
            tx,
            payments,
            progress,
            "claim_number",
            |p| one(p.row),
            |tx, p| payment(tx, p, today),
        ),
        ImportRecords::Events(events) => staged.each(
            tx,
            events,
            progress,
            "title",
            |e| one(e.row),
            |tx, e| event(tx, strategy_id, e),
        ),
    }?;
    Ok(staged)
}

impl Staged {
    /// Tries every record in turn, telling `progress` after each.
    fn each<T>(
        &mut self,
        tx: &Transaction<'_>,
        records: &[T],
        progress: Progress<'_>,
        column: &str,
        rows: impl Fn(&T) -> Vec<usize>,
        apply: impl Fn(&Transaction<'_>, &T) -> Result<RowOutcome>,
    ) -> Result<()> {
        for (i, record) in records.iter().enumerate() {
            self.step(tx, &rows(record), column, &|tx| apply(tx, record))?;
            progress(i + 1, records.len());
        }
        Ok(())
    }

    /// Tries one record (from `rows`) on a savepoint. A duplicate is rolled back so that not even
    /// its `updated_at` moves; a refusal is rolled back and becomes problems at its first row.
    /// Only errors no row can cause (the database itself failing) stop the whole import.
    fn step(
        &mut self,
        tx: &Transaction<'_>,
        rows: &[usize],
        column: &str,
        apply: &dyn Fn(&Transaction<'_>) -> Result<RowOutcome>,
    ) -> Result<()> {
        tx.prepare_cached("SAVEPOINT import_row")?.execute([])?;
        let outcome = match apply(tx) {
            Ok(outcome) => outcome,
            Err(error) if error.is_user_input() => {
                let row = rows.first().copied().unwrap_or_default();
                self.problems.extend(row_problems(row, column, error));
                RowOutcome::Invalid
            }
            Err(error) => {
                tx.execute_batch("ROLLBACK TO import_row; RELEASE import_row")?;
                return Err(error);
            }
        };
        if matches!(outcome, RowOutcome::Duplicate | RowOutcome::Invalid) {
            tx.execute_batch("ROLLBACK TO import_row")?;
        }
        tx.prepare_cached("RELEASE import_row")?.execute([])?;
        for row in rows {
            self.outcomes.insert(*row, outcome);
        }
        Ok(())
    }
}

/// A refusal of the record from `row`, each problem placed in the file's column for its field
/// (`column` for problems that name no column of the file).
fn row_problems(row: usize, column: &str, error: StoreError) -> Vec<ImportProblem> {
    let at = |field: &str, code: &str, message: String| {
        ImportProblem::new(
            Some(row),
            Some(column_of(field).unwrap_or(column)),
            code,
            message,
        )
    };
    match error {
        StoreError::Invalid(Invalid(found)) => found
            .into_iter()
            .map(|p| {
                let mut problem = at(&p.field, &p.code, p.message);
                problem.args = p.args;
                problem
            })
            .collect(),
        StoreError::DuplicateCode { entity, code } => vec![at(
            "",
            "duplicate-code",
            format!("{entity} '{code}' already exists"),
        )
        .arg("code", code)],
        StoreError::NotFound { entity, id } => vec![at(
            "",
            "not-found",
            format!("{entity} '{id}' does not exist"),
        )],
        other => vec![at("", other.code(), other.to_string())],
    }
}

/// The file column (field key) that holds an input field.
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
        "code" => "measure_code",
        "title" => "title",
        "allocation" | "yearly" => "allocation",
        "plannedProjects" => "planned_projects",
        "maxIntensity" => "max_intensity",
        "maxGrant" => "max_grant",
        "priorityId" => "priority_code",
        "changedOn" => "status_on",
        "measureTitle" => "measure_title",
        "projectId" => "project_number",
        _ => return None,
    })
}

fn unknown(field: &str, code: &str, message: String, value: &str) -> StoreError {
    StoreError::Invalid(Invalid(vec![
        FieldProblem::new(field, code, message).arg("value", value)
    ]))
}

fn id_by(tx: &Transaction<'_>, sql: &str, key: (&str, &str)) -> Result<Option<String>> {
    Ok(tx
        .prepare_cached(sql)?
        .query_row(params![key.0, key.1], |r| r.get(0))
        .optional()?)
}

/// A record's rows as stored, without the times they were written: what a row changed is
/// whatever differs between the snapshots before and after it.
fn snapshot(tx: &Transaction<'_>, queries: &[&str], id: &str) -> Result<Vec<Vec<Value>>> {
    let mut rows = Vec::new();
    for sql in queries {
        let mut stmt = tx.prepare(sql)?;
        let kept: Vec<usize> = (0..stmt.column_count())
            .filter(|&i| !matches!(stmt.column_name(i), Ok("created_at" | "updated_at")))
            .collect();
        let mut found = stmt.query([id])?;
        while let Some(row) = found.next()? {
            rows.push(
                kept.iter()
                    .map(|&i| row.get::<_, Value>(i))
                    .collect::<rusqlite::Result<_>>()?,
            );
        }
    }
    Ok(rows)
}

/// Applies a record that may exist (`before`, its snapshot) and says what that did.
fn outcome(
    tx: &Transaction<'_>,
    queries: &[&str],
    before: Option<Vec<Vec<Value>>>,
    id: &str,
) -> Result<RowOutcome> {
    Ok(match before {
        None => RowOutcome::New,
        Some(before) if before == snapshot(tx, queries, id)? => RowOutcome::Duplicate,
        Some(_) => RowOutcome::Update,
    })
}

const MEASURE_ROWS: &[&str] = &[
    "SELECT * FROM measure WHERE id = ?1",
    "SELECT * FROM measure_year WHERE measure_id = ?1 ORDER BY year",
    "SELECT p.* FROM priority p JOIN measure m ON m.priority_id = p.id WHERE m.id = ?1",
];

fn plan_row(tx: &Transaction<'_>, strategy_id: &str, p: &PlanImport) -> Result<RowOutcome> {
    let code = p.entry.measure.code.trim();
    let existing = id_by(
        tx,
        "SELECT id FROM measure WHERE strategy_id = ?1 AND code = ?2",
        (strategy_id, code),
    )?;
    let before = existing
        .map(|id| snapshot(tx, MEASURE_ROWS, &id))
        .transpose()?;
    // In a plan file `title` is the measure's, not the row's.
    let id = apply_plan_entry(tx, strategy_id, &p.entry).map_err(|e| match e {
        StoreError::Invalid(Invalid(found)) => StoreError::Invalid(Invalid(
            found
                .into_iter()
                .map(|p| match p.field.as_str() {
                    "title" => FieldProblem {
                        field: "measureTitle".into(),
                        ..p
                    },
                    _ => p,
                })
                .collect(),
        )),
        other => other,
    })?;
    outcome(tx, MEASURE_ROWS, before, &id)
}

const CALL_ROWS: &[&str] = &[
    "SELECT * FROM call WHERE id = ?1",
    "SELECT * FROM call_measure WHERE call_id = ?1 ORDER BY measure_id",
];

/// A call is planned, open or closed by its dates as of `today` (`YYYY-MM-DD`).
fn call(
    tx: &Transaction<'_>,
    strategy_id: &str,
    call: &CallImport,
    today: &str,
) -> Result<RowOutcome> {
    let mut measures = Vec::new();
    for m in &call.measures {
        let measure_id = measure_id(tx, strategy_id, &m.measure_code, "measureId")?;
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
        Some(id) => {
            let before = snapshot(tx, CALL_ROWS, &id)?;
            update_call_in(tx, &id, &input)?;
            outcome(tx, CALL_ROWS, Some(before), &id)
        }
        None => insert_call(tx, strategy_id, &input).map(|_| RowOutcome::New),
    }
}

fn measure_id(tx: &Transaction<'_>, strategy_id: &str, code: &str, field: &str) -> Result<String> {
    id_by(
        tx,
        "SELECT id FROM measure WHERE strategy_id = ?1 AND code = ?2",
        (strategy_id, code),
    )?
    .ok_or_else(|| {
        unknown(
            field,
            "unknown-measure",
            format!("'{code}' is not a measure of this strategy"),
            code,
        )
    })
}

const PROJECT_ROWS: &[&str] = &["SELECT * FROM project WHERE id = ?1"];

/// A project is found by its number in the strategy and updated, or registered. Its status (dated
/// `status_on`) is one step of its history when it differs from the one it has. Applicants are
/// found by name, ignoring case, or created.
fn project(tx: &Transaction<'_>, strategy_id: &str, p: &ProjectImport) -> Result<RowOutcome> {
    let measure_id = measure_id(tx, strategy_id, &p.measure_code, "measureId")?;
    let call_id = match &p.call_number {
        Some(number) => Some(
            id_by(
                tx,
                "SELECT id FROM call WHERE strategy_id = ?1 AND number = ?2",
                (strategy_id, number),
            )?
            .ok_or_else(|| {
                unknown(
                    "callId",
                    "unknown-call",
                    format!("'{number}' is not a call of this strategy"),
                    number,
                )
            })?,
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
            insert_applicant(tx, &input)?
        }
    };
    if p.status.is_committed() && p.awarded_aid.is_none() {
        return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
            "awardedAid",
            "required",
            format!("is required for a {} project", p.status.code()),
        )])));
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
    let existing: Option<(String, String, Option<String>)> = tx
        .query_row(
            "SELECT id, status, implementation_end FROM project WHERE strategy_id = ?1 AND number = ?2",
            params![strategy_id, p.number.trim()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let (id, before) = match existing {
        Some((id, status, implementation_end)) => {
            let before = snapshot(tx, PROJECT_ROWS, &id)?;
            // A register has no end date: the one the project has stays.
            let input = ProjectInput {
                implementation_end,
                ..input
            };
            update_project_in(tx, &id, &input)?;
            if status == p.status.code() {
                return outcome(tx, PROJECT_ROWS, Some(before), &id);
            }
            (id, Some(before))
        }
        None => (insert_project(tx, strategy_id, &input)?, None),
    };
    if p.status != ProjectStatus::Submitted || before.is_some() {
        tx.execute(
            "UPDATE project SET status = ?2, status_on = ?3 WHERE id = ?1",
            params![id, p.status.code(), p.status_on],
        )?;
        record_status(tx, &id, p.status, &p.status_on, "imported")?;
    }
    outcome(tx, PROJECT_ROWS, before, &id)
}

const CLAIM_ROWS: &[&str] = &["SELECT * FROM payment_claim WHERE id = ?1"];

/// A claim is found by project number (in any strategy) and claim number, and updated or
/// recorded. A claim without a submission date is dated by its payment, or `today` while unpaid.
fn payment(tx: &Transaction<'_>, p: &PaymentImport, today: &str) -> Result<RowOutcome> {
    let number = p.project_number.trim();
    let ids: Vec<String> = tx
        .prepare_cached("SELECT id FROM project WHERE number = ?1")?
        .query_map([number], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let project_id = match ids.as_slice() {
        [one] => one.clone(),
        [] => {
            return Err(unknown(
                "projectId",
                "unknown-project",
                format!("'{number}' is not a project"),
                number,
            ))
        }
        _ => {
            return Err(unknown(
                "projectId",
                "ambiguous-project",
                format!("'{number}' is a project of more than one strategy"),
                number,
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
        Some(id) => {
            let before = snapshot(tx, CLAIM_ROWS, &id)?;
            update_claim_in(tx, &id, &input)?;
            outcome(tx, CLAIM_ROWS, Some(before), &id)
        }
        None => insert_claim(tx, &project_id, &input).map(|_| RowOutcome::New),
    }
}

const EVENT_ROWS: &[&str] = &[
    "SELECT * FROM event WHERE id = ?1",
    "SELECT * FROM event_group WHERE event_id = ?1 ORDER BY 2",
];

/// An event whose day and title match one that is there updates it. Measure codes are looked
/// up in the strategy: a running or animation line in `measure_code` (or any line in
/// `budget_code`) carries the cost, another measure is the one the event serves.
fn event(tx: &Transaction<'_>, strategy_id: Option<&str>, e: &EventImport) -> Result<RowOutcome> {
    let mut input = e.input.clone();
    for (field, code) in [
        ("measureId", &e.measure_code),
        ("costMeasureId", &e.budget_code),
    ] {
        let Some(code) = code else { continue };
        let Some(strategy_id) = strategy_id else {
            return Err(unknown(
                field,
                "strategy-required",
                format!("'{code}' needs the strategy it belongs to"),
                code,
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
            return Err(unknown(
                field,
                "unknown-measure",
                format!("'{code}' is not a measure of the strategy"),
                code,
            ));
        };
        let budget_line = matches!(kind.as_str(), "running" | "animation");
        if field == "costMeasureId" || budget_line {
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
        Some(id) => {
            let before = snapshot(tx, EVENT_ROWS, &id)?;
            write_event(tx, &id, &input)?;
            outcome(tx, EVENT_ROWS, Some(before), &id)
        }
        None => insert_event(tx, &input).map(|_| RowOutcome::New),
    }
}
