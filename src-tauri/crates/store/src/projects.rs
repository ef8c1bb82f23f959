//! Projects, their status history and their payment claims.
//!
//! A project's money is checked against the limits of its call for its measure (else the
//! measure's own); its status moves only along the lifecycle, each step with a date; and what
//! its claims were paid never exceeds its awarded aid.

use lagdesk_domain::{
    AidLimits, Bp, DecidedAt, DocumentOwner, FieldProblem, Invalid, MeetingKind, Money,
    PaymentClaim, PaymentClaimInput, Project, ProjectInput, ProjectStatus, StatusChange,
};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use crate::closed::ensure_open;
use crate::documents::still_referenced;
use crate::error::{Result, StoreError};
use crate::splits::{split_claim, split_project};
use crate::{new_id, now, rows, Store};

/// The last column is the fund split, read by [`rows::fund_shares`].
const PROJECT_SELECT: &str =
    "SELECT p.id, p.strategy_id, p.number, p.title, p.applicant_id, a.name,
        p.call_id, c.number, p.measure_id, m.code, p.submitted_on, p.eligible_cents,
        p.requested_cents, p.awarded_cents, p.jobs_created, p.implementation_end, p.status,
        p.status_on,
        coalesce((SELECT sum(pc.paid_cents) FROM payment_claim pc WHERE pc.project_id = p.id), 0),
        (SELECT json_group_array(json_array(f.fund_code, f.amount_cents) ORDER BY f.position)
         FROM project_fund_share f WHERE f.project_id = p.id)
    FROM project p
    JOIN applicant a ON a.id = p.applicant_id
    JOIN measure m ON m.id = p.measure_id
    LEFT JOIN call c ON c.id = p.call_id";

fn project(r: &Row<'_>) -> rusqlite::Result<Project> {
    let eligible = Money(r.get(11)?);
    let requested = Money(r.get(12)?);
    let awarded: Option<Money> = r.get::<_, Option<i64>>(13)?.map(Money);
    let aid = awarded.unwrap_or(requested);
    let status: String = r.get(16)?;
    Ok(Project {
        id: r.get(0)?,
        strategy_id: r.get(1)?,
        number: r.get(2)?,
        title: r.get(3)?,
        applicant_id: r.get(4)?,
        applicant_name: r.get(5)?,
        call_id: r.get(6)?,
        call_number: r.get(7)?,
        measure_id: r.get(8)?,
        measure_code: r.get(9)?,
        submitted_on: r.get(10)?,
        eligible_cost: eligible,
        requested_aid: requested,
        awarded_aid: awarded,
        own_contribution: eligible - aid,
        intensity: Bp::of(aid, eligible),
        jobs_created: r.get(14)?,
        implementation_end: r.get(15)?,
        status: ProjectStatus::from_code(&status).unwrap_or_default(),
        status_on: r.get(17)?,
        paid: Money(r.get(18)?),
        fund_shares: rows::fund_shares(r, 19)?,
    })
}

fn invalid(field: &str, code: &str, message: impl Into<String>) -> StoreError {
    StoreError::Invalid(Invalid(vec![FieldProblem::new(field, code, message)]))
}

impl Store {
    /// The strategy's projects by registration number.
    pub fn projects(&self, strategy_id: &str) -> Result<Vec<Project>> {
        let mut stmt = self.conn.prepare(&format!(
            "{PROJECT_SELECT} WHERE p.strategy_id = ?1 ORDER BY p.number"
        ))?;
        let rows = stmt.query_map([strategy_id], project)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn project(&self, id: &str) -> Result<Project> {
        read_project(&self.conn, id)
    }

    pub fn create_project(&mut self, strategy_id: &str, input: &ProjectInput) -> Result<Project> {
        let id = self.write(|tx| insert_project(tx, strategy_id, input))?;
        self.project(&id)
    }

    pub fn update_project(&mut self, id: &str, input: &ProjectInput) -> Result<Project> {
        self.write(|tx| update_project_in(tx, id, input))?;
        self.project(id)
    }

    /// Moves the project to `status` on `on` (`YYYY-MM-DD`), if the lifecycle allows that step.
    pub fn change_project_status(
        &mut self,
        id: &str,
        status: ProjectStatus,
        on: &str,
        note: &str,
    ) -> Result<Project> {
        self.write(|tx| move_project(tx, id, status, on, note))?;
        self.project(id)
    }

    /// Every status the project had, oldest first.
    pub fn project_history(&self, id: &str) -> Result<Vec<StatusChange>> {
        let mut stmt = self.conn.prepare(
            "SELECT s.status, s.changed_on, s.note, m.id, m.kind, m.number
             FROM project_status_change s
             LEFT JOIN agenda_item i ON i.id = s.agenda_item_id
             LEFT JOIN meeting m ON m.id = i.meeting_id
             WHERE s.project_id = ?1 ORDER BY s.changed_on, s.created_at, s.rowid",
        )?;
        let rows = stmt.query_map([id], |r| {
            let status: String = r.get(0)?;
            let meeting: Option<(String, String, String)> = match r.get::<_, Option<String>>(3)? {
                Some(id) => Some((id, r.get(4)?, r.get(5)?)),
                None => None,
            };
            Ok(StatusChange {
                status: ProjectStatus::from_code(&status).unwrap_or_default(),
                changed_on: r.get(1)?,
                note: r.get(2)?,
                decided_at: match meeting {
                    Some((meeting_id, kind, number)) => Some(DecidedAt {
                        meeting_id,
                        kind: MeetingKind::from_code(&kind)
                            .ok_or_else(|| rows::bad_text(4, &kind))?,
                        number,
                    }),
                    None => None,
                },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn payment_claims(&self, project_id: &str) -> Result<Vec<PaymentClaim>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, project_id, number, submitted_on, claimed_cents, paid_cents, paid_on
             FROM payment_claim WHERE project_id = ?1 ORDER BY submitted_on, number",
        )?;
        let rows = stmt.query_map([project_id], claim)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every payment claim of the strategy's projects with the project's number.
    pub fn strategy_payment_claims(
        &self,
        strategy_id: &str,
    ) -> Result<Vec<(String, PaymentClaim)>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.id, c.project_id, c.number, c.submitted_on, c.claimed_cents, c.paid_cents,
                    c.paid_on, p.number
             FROM payment_claim c JOIN project p ON p.id = c.project_id
             WHERE p.strategy_id = ?1 ORDER BY p.number, c.submitted_on, c.number",
        )?;
        let rows = stmt.query_map([strategy_id], |r| Ok((r.get(7)?, claim(r)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn create_payment_claim(
        &mut self,
        project_id: &str,
        input: &PaymentClaimInput,
    ) -> Result<PaymentClaim> {
        let id = self.write(|tx| insert_claim(tx, project_id, input))?;
        read_claim(&self.conn, &id)
    }

    pub fn update_payment_claim(
        &mut self,
        id: &str,
        input: &PaymentClaimInput,
    ) -> Result<PaymentClaim> {
        self.write(|tx| update_claim_in(tx, id, input))?;
        read_claim(&self.conn, id)
    }

    /// Deletes an application entered by mistake, with its status history. Refused once it has
    /// payment claims: those are records of money that moved.
    pub fn delete_project(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            let project = read_project(tx, id)?;
            let dates: Vec<String> = tx
                .prepare("SELECT changed_on FROM project_status_change WHERE project_id = ?1")?
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let dates: Vec<&str> = dates.iter().map(String::as_str).collect();
            ensure_open(tx, "id", &dates)?;
            let count: i64 = tx.query_row(
                "SELECT count(*) FROM payment_claim WHERE project_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if count > 0 {
                return Err(StoreError::StillReferenced {
                    entity: "project",
                    code: project.number,
                    count,
                    dependants: "payment claims",
                });
            }
            still_referenced(tx, "project", &project.number, DocumentOwner::Project, id)?;
            tx.execute("DELETE FROM project WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    pub fn delete_payment_claim(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            if let Ok(claim) = read_claim(tx, id) {
                ensure_claim_open(tx, &current_input(&claim))?;
            }
            if tx.execute("DELETE FROM payment_claim WHERE id = ?1", [id])? == 0 {
                return Err(StoreError::NotFound {
                    entity: "payment claim",
                    id: id.to_owned(),
                });
            }
            Ok(())
        })
    }
}

pub(crate) fn insert_project(
    tx: &Transaction<'_>,
    strategy_id: &str,
    input: &ProjectInput,
) -> Result<String> {
    check_project(tx, strategy_id, input, None)?;
    let id = new_id();
    // The row gets its identity and first status here; `write_project` writes its fields.
    tx.execute(
        "INSERT INTO project (id, strategy_id, number, title, applicant_id, measure_id, submitted_on,
             eligible_cents, requested_cents, status, status_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, '', ?4, ?5, ?6, 0, 0, 'submitted', ?6, ?7, ?7)",
        params![
            id,
            strategy_id,
            input.number.trim(),
            input.applicant_id,
            input.measure_id,
            input.submitted_on.trim(),
            now()
        ],
    )?;
    write_project(tx, &id, input)?;
    record_status(
        tx,
        &id,
        ProjectStatus::Submitted,
        input.submitted_on.trim(),
        "",
    )?;
    Ok(id)
}

/// Writes `input` over the project `id`: an approved project keeps an award, and the award
/// never falls below what was paid.
pub(crate) fn update_project_in(
    tx: &Transaction<'_>,
    id: &str,
    input: &ProjectInput,
) -> Result<()> {
    let current = read_project(tx, id)?;
    check_project(tx, &current.strategy_id, input, Some(id))?;
    if current.status.needs_award() && input.awarded_aid.is_none() {
        return Err(invalid(
            "awardedAid",
            "required",
            "is required once the project is approved",
        ));
    }
    if input.awarded_aid.is_some_and(|a| a < current.paid) {
        return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
            "awardedAid",
            "below-paid",
            format!("is less than the {} already paid", current.paid),
        )
        .arg("paid", current.paid.to_decimal_string())])));
    }
    write_project(tx, id, input)
}

fn write_project(tx: &Transaction<'_>, id: &str, input: &ProjectInput) -> Result<()> {
    ensure_money_open(tx, id, input)?;
    tx.execute(
        "UPDATE project SET number = ?2, title = ?3, applicant_id = ?4, call_id = ?5,
             measure_id = ?6, submitted_on = ?7, eligible_cents = ?8, requested_cents = ?9,
             awarded_cents = ?10, jobs_created = ?11, implementation_end = ?12, updated_at = ?13
         WHERE id = ?1",
        params![
            id,
            input.number.trim(),
            input.title.trim(),
            input.applicant_id,
            input.call_id,
            input.measure_id,
            input.submitted_on.trim(),
            input.eligible_cost.0,
            input.requested_aid.0,
            input.awarded_aid.map(|m| m.0),
            input.jobs_created,
            input.implementation_end.as_deref().map(str::trim),
            now()
        ],
    )?;
    split_project(tx, id)
}

/// A change to a project's amounts belongs to the year its money does: the year it was first
/// approved, or submitted while it is not. Refused when that year is closed.
fn ensure_money_open(tx: &Transaction<'_>, id: &str, input: &ProjectInput) -> Result<()> {
    let (eligible, requested, awarded): (i64, i64, Option<i64>) = tx.query_row(
        "SELECT eligible_cents, requested_cents, awarded_cents FROM project WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let changed = [
        ("eligibleCost", eligible != input.eligible_cost.0),
        ("requestedAid", requested != input.requested_aid.0),
        ("awardedAid", awarded != input.awarded_aid.map(|m| m.0)),
    ]
    .into_iter()
    .find(|(_, changed)| *changed);
    let Some((field, _)) = changed else {
        return Ok(());
    };
    let committed: Vec<String> = ProjectStatus::COMMITTED
        .iter()
        .map(|s| format!("'{}'", s.code()))
        .collect();
    let approved_on: Option<String> = tx.query_row(
        &format!(
            "SELECT min(changed_on) FROM project_status_change
             WHERE project_id = ?1 AND status IN ({})",
            committed.join(", ")
        ),
        [id],
        |r| r.get(0),
    )?;
    ensure_open(
        tx,
        field,
        &[approved_on.as_deref().unwrap_or(input.submitted_on.trim())],
    )
}

/// One step of the lifecycle, dated; refused when the lifecycle does not allow it.
pub(crate) fn move_project(
    tx: &Transaction<'_>,
    id: &str,
    status: ProjectStatus,
    on: &str,
    note: &str,
) -> Result<()> {
    move_project_to(tx, id, status, on, note, None)
}

/// [`move_project`] as the decision on agenda item `item_id` decided it.
pub(crate) fn move_project_by(
    tx: &Transaction<'_>,
    id: &str,
    status: ProjectStatus,
    on: &str,
    note: &str,
    item_id: &str,
) -> Result<()> {
    move_project_to(tx, id, status, on, note, Some(item_id))
}

fn move_project_to(
    tx: &Transaction<'_>,
    id: &str,
    status: ProjectStatus,
    on: &str,
    note: &str,
    item_id: Option<&str>,
) -> Result<()> {
    let current = read_project(tx, id)?;
    if !current.status.next().contains(&status) {
        return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
            "status",
            "status-not-allowed",
            format!(
                "a {} project cannot become {}",
                current.status.code(),
                status.code()
            ),
        )
        .arg("from", current.status.code())
        .arg("to", status.code())])));
    }
    let mut problems = lagdesk_domain::problem::Problems::default();
    problems.date("changedOn", on);
    problems.into_result()?;
    if on.trim() < current.status_on.as_str() {
        return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
            "changedOn",
            "before-last-change",
            format!("is before the last status change ({})", current.status_on),
        )
        .arg("last", &current.status_on)])));
    }
    if status.needs_award() && current.awarded_aid.is_none() {
        return Err(invalid(
            "awardedAid",
            "required",
            "must be entered before the project is approved",
        ));
    }
    ensure_open(tx, "changedOn", &[on])?;
    tx.execute(
        "UPDATE project SET status = ?2, status_on = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, status.code(), on.trim(), now()],
    )?;
    tx.execute(
        "INSERT INTO project_status_change (id, project_id, status, changed_on, note,
             agenda_item_id, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            new_id(),
            id,
            status.code(),
            on.trim(),
            note.trim(),
            item_id,
            now()
        ],
    )?;
    Ok(())
}

pub(crate) fn insert_claim(
    tx: &Transaction<'_>,
    project_id: &str,
    input: &PaymentClaimInput,
) -> Result<String> {
    input.validate()?;
    check_claim(tx, project_id, input, None)?;
    ensure_claim_open(tx, input)?;
    let id = new_id();
    tx.prepare_cached(
        "INSERT INTO payment_claim (id, project_id, number, submitted_on, claimed_cents,
             paid_cents, paid_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    )?
    .execute(params![
        id,
        project_id,
        input.number.trim(),
        input.submitted_on.trim(),
        input.claimed.0,
        input.paid.map(|m| m.0),
        input.paid_on.as_deref().map(str::trim),
        now()
    ])?;
    split_claim(tx, &id)?;
    Ok(id)
}

pub(crate) fn update_claim_in(
    tx: &Transaction<'_>,
    id: &str,
    input: &PaymentClaimInput,
) -> Result<()> {
    input.validate()?;
    let current = read_claim(tx, id)?;
    check_claim(tx, &current.project_id, input, Some(id))?;
    let unchanged = current.number == input.number.trim()
        && current.submitted_on == input.submitted_on.trim()
        && current.claimed == input.claimed
        && current.paid == input.paid
        && current.paid_on.as_deref() == input.paid_on.as_deref().map(str::trim);
    if unchanged {
        return Ok(());
    }
    ensure_claim_open(tx, &current_input(&current))?;
    ensure_claim_open(tx, input)?;
    tx.execute(
        "UPDATE payment_claim SET number = ?2, submitted_on = ?3, claimed_cents = ?4,
             paid_cents = ?5, paid_on = ?6, updated_at = ?7 WHERE id = ?1",
        params![
            id,
            input.number.trim(),
            input.submitted_on.trim(),
            input.claimed.0,
            input.paid.map(|m| m.0),
            input.paid_on.as_deref().map(str::trim),
            now()
        ],
    )?;
    split_claim(tx, id)
}

/// A claim is dated by its submission and its payment; both must be in open years.
fn ensure_claim_open(tx: &Transaction<'_>, input: &PaymentClaimInput) -> Result<()> {
    let paid_on = input.paid_on.as_deref().unwrap_or("").trim();
    ensure_open(tx, "paidOn", &[paid_on])?;
    ensure_open(tx, "submittedOn", &[input.submitted_on.trim()])
}

fn current_input(claim: &PaymentClaim) -> PaymentClaimInput {
    PaymentClaimInput {
        number: claim.number.clone(),
        submitted_on: claim.submitted_on.clone(),
        claimed: claim.claimed,
        paid: claim.paid,
        paid_on: claim.paid_on.clone(),
    }
}

/// Everything about a project input that needs the database: the number is free in the
/// strategy; applicant, measure and call exist and fit together; the money fits the limits.
fn check_project(
    tx: &Transaction<'_>,
    strategy_id: &str,
    input: &ProjectInput,
    except: Option<&str>,
) -> Result<()> {
    let measure = tx
        .query_row(
            "SELECT max_grant_cents, max_intensity_bp FROM measure WHERE id = ?1 AND strategy_id = ?2",
            params![input.measure_id, strategy_id],
            |r| Ok(AidLimits { max_grant: r.get::<_, Option<i64>>(0)?.map(Money), max_intensity: r.get::<_, Option<i64>>(1)?.map(Bp) }),
        )
        .optional()?
        .ok_or_else(|| invalid("measureId", "unknown-measure", "is not a measure of this strategy"))?;
    let limits = match &input.call_id {
        Some(call_id) => {
            let call_limits = tx
                .query_row(
                    "SELECT cm.max_grant_cents, cm.max_intensity_bp FROM call_measure cm
                     JOIN call c ON c.id = cm.call_id
                     WHERE cm.call_id = ?1 AND cm.measure_id = ?2 AND c.strategy_id = ?3",
                    params![call_id, input.measure_id, strategy_id],
                    |r| {
                        Ok(AidLimits {
                            max_grant: r.get::<_, Option<i64>>(0)?.map(Money),
                            max_intensity: r.get::<_, Option<i64>>(1)?.map(Bp),
                        })
                    },
                )
                .optional()?
                .ok_or_else(|| {
                    invalid(
                        "callId",
                        "measure-not-in-call",
                        "does not include this measure",
                    )
                })?;
            AidLimits {
                max_grant: call_limits.max_grant.or(measure.max_grant),
                max_intensity: call_limits.max_intensity.or(measure.max_intensity),
            }
        }
        None => measure,
    };
    input.validate(limits)?;
    let applicant: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM applicant WHERE id = ?1)",
        [&input.applicant_id],
        |r| r.get(0),
    )?;
    if !applicant {
        return Err(invalid(
            "applicantId",
            "unknown-applicant",
            "is not a known applicant",
        ));
    }
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM project WHERE strategy_id = ?1 AND number = ?2 AND id IS NOT ?3)",
        params![strategy_id, input.number.trim(), except],
        |r| r.get(0),
    )?;
    if taken {
        return Err(StoreError::DuplicateCode {
            entity: "project",
            code: input.number.trim().to_owned(),
        });
    }
    Ok(())
}

pub(crate) fn record_status(
    tx: &Transaction<'_>,
    project_id: &str,
    status: ProjectStatus,
    on: &str,
    note: &str,
) -> Result<()> {
    let field = if status == ProjectStatus::Submitted {
        "submittedOn"
    } else {
        "changedOn"
    };
    ensure_open(tx, field, &[on])?;
    tx.execute(
        "INSERT INTO project_status_change (id, project_id, status, changed_on, note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![new_id(), project_id, status.code(), on, note.trim(), now()],
    )?;
    Ok(())
}

/// The claim number is free in the project, and paid claims never exceed the awarded aid.
fn check_claim(
    tx: &Transaction<'_>,
    project_id: &str,
    input: &PaymentClaimInput,
    except: Option<&str>,
) -> Result<()> {
    // Only the award is needed: an import checks a claim per row, so the whole project is not read.
    let awarded: Option<Option<i64>> = tx
        .prepare_cached("SELECT awarded_cents FROM project WHERE id = ?1")?
        .query_row([project_id], |r| r.get(0))
        .optional()?;
    let Some(awarded) = awarded else {
        return Err(StoreError::NotFound {
            entity: "project",
            id: project_id.to_owned(),
        });
    };
    let taken: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM payment_claim WHERE project_id = ?1 AND number = ?2 AND id IS NOT ?3)",
        )?
        .query_row(params![project_id, input.number.trim(), except], |r| r.get(0))?;
    if taken {
        return Err(StoreError::DuplicateCode {
            entity: "payment claim",
            code: input.number.trim().to_owned(),
        });
    }
    let Some(paid) = input.paid else {
        return Ok(());
    };
    let Some(awarded) = awarded.map(Money) else {
        return Err(invalid(
            "paid",
            "not-awarded",
            "cannot be paid: the project has no awarded aid",
        ));
    };
    let paid_elsewhere: i64 = tx
        .prepare_cached(
            "SELECT coalesce(sum(paid_cents), 0) FROM payment_claim WHERE project_id = ?1 AND id IS NOT ?2",
        )?
        .query_row(params![project_id, except], |r| r.get(0))?;
    let total = Money(paid_elsewhere) + paid;
    if total > awarded {
        return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
            "paid",
            "paid-above-awarded",
            format!("brings the project's payments to {total}, more than the {awarded} awarded"),
        )
        .arg("total", total.to_decimal_string())
        .arg("awarded", awarded.to_decimal_string())])));
    }
    Ok(())
}

fn claim(r: &Row<'_>) -> rusqlite::Result<PaymentClaim> {
    Ok(PaymentClaim {
        id: r.get(0)?,
        project_id: r.get(1)?,
        number: r.get(2)?,
        submitted_on: r.get(3)?,
        claimed: Money(r.get(4)?),
        paid: r.get::<_, Option<i64>>(5)?.map(Money),
        paid_on: r.get(6)?,
    })
}

fn read_claim(conn: &Connection, id: &str) -> Result<PaymentClaim> {
    conn.query_row(
        "SELECT id, project_id, number, submitted_on, claimed_cents, paid_cents, paid_on
         FROM payment_claim WHERE id = ?1",
        [id],
        claim,
    )
    .optional()?
    .ok_or_else(|| StoreError::NotFound {
        entity: "payment claim",
        id: id.to_owned(),
    })
}

pub(crate) fn read_project(conn: &Connection, id: &str) -> Result<Project> {
    // Cached: every claim checks its project, and an import checks thousands.
    conn.prepare_cached(&format!("{PROJECT_SELECT} WHERE p.id = ?1"))?
        .query_row([id], project)
        .optional()?
        .ok_or_else(|| StoreError::NotFound {
            entity: "project",
            id: id.to_owned(),
        })
}
