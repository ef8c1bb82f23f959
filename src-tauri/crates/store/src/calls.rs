//! Calls for proposals and what they received: per measure the applications, the aid requested
//! and the difference to what the call makes available, summed in SQL.

use lagdesk_domain::{
    Bp, Call, CallInput, CallMeasure, CallMeasureSummary, CallStatus, CallSummary, DocumentOwner,
    Money,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::documents::still_referenced;
use crate::error::{Result, StoreError};
use crate::{new_id, now, Store};

const COLUMNS: &str = "id, strategy_id, number, title, opens_at, closes_at, status";

impl Store {
    /// The strategy's calls, newest first.
    pub fn calls(&self, strategy_id: &str) -> Result<Vec<Call>> {
        let ids: Vec<String> = self
            .conn
            .prepare("SELECT id FROM call WHERE strategy_id = ?1 ORDER BY opens_at DESC, number")?
            .query_map([strategy_id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.iter().map(|id| read_call(&self.conn, id)).collect()
    }

    pub fn call(&self, id: &str) -> Result<Call> {
        read_call(&self.conn, id)
    }

    pub fn call_by_number(&self, strategy_id: &str, number: &str) -> Result<Call> {
        let id: Option<String> = self
            .conn
            .query_row(
                "SELECT id FROM call WHERE strategy_id = ?1 AND number = ?2",
                params![strategy_id, number.trim()],
                |r| r.get(0),
            )
            .optional()?;
        let id = id.ok_or_else(|| StoreError::NotFound {
            entity: "call",
            id: number.to_owned(),
        })?;
        read_call(&self.conn, &id)
    }

    pub fn create_call(&mut self, strategy_id: &str, input: &CallInput) -> Result<Call> {
        let id = self.write(|tx| insert_call(tx, strategy_id, input))?;
        self.call(&id)
    }

    pub fn update_call(&mut self, id: &str, input: &CallInput) -> Result<Call> {
        self.write(|tx| update_call_in(tx, id, input))?;
        self.call(id)
    }

    /// Refused while applications are registered under the call.
    pub fn delete_call(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            let call = read_call(tx, id)?;
            let count: i64 = tx.query_row(
                "SELECT count(*) FROM project WHERE call_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if count > 0 {
                return Err(StoreError::StillReferenced {
                    entity: "call",
                    code: call.number,
                    count,
                    dependants: "applications",
                });
            }
            let items: i64 = tx.query_row(
                "SELECT count(*) FROM agenda_item WHERE call_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if items > 0 {
                return Err(StoreError::StillReferenced {
                    entity: "call",
                    code: call.number,
                    count: items,
                    dependants: "agenda items",
                });
            }
            still_referenced(tx, "call", &call.number, DocumentOwner::Call, id)?;
            tx.execute("DELETE FROM call WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// Per measure and in total: applications received, aid requested, available and the
    /// difference (negative when over-subscribed).
    pub fn call_summary(&self, id: &str) -> Result<CallSummary> {
        let call = self.call(id)?;
        let measures: Vec<CallMeasureSummary> = self
            .conn
            .prepare(
                "SELECT cm.measure_id, m.code, m.title, count(p.id), coalesce(sum(p.requested_cents), 0),
                        cm.available_cents
                 FROM call_measure cm
                 JOIN measure m ON m.id = cm.measure_id
                 LEFT JOIN project p ON p.call_id = cm.call_id AND p.measure_id = cm.measure_id
                 WHERE cm.call_id = ?1
                 GROUP BY cm.measure_id
                 ORDER BY cm.position",
            )?
            .query_map([id], |r| {
                let requested = Money(r.get(4)?);
                let available = Money(r.get(5)?);
                Ok(CallMeasureSummary {
                    measure_id: r.get(0)?,
                    measure_code: r.get(1)?,
                    measure_title: r.get(2)?,
                    applications: r.get(3)?,
                    requested,
                    available,
                    difference: available - requested,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let requested: Money = measures.iter().map(|m| m.requested).sum();
        let available: Money = measures.iter().map(|m| m.available).sum();
        Ok(CallSummary {
            applications: measures.iter().map(|m| m.applications).sum(),
            requested,
            available,
            difference: available - requested,
            call,
            measures,
        })
    }
}

pub(crate) fn insert_call(
    tx: &Transaction<'_>,
    strategy_id: &str,
    input: &CallInput,
) -> Result<String> {
    input.validate()?;
    check_call(tx, strategy_id, input, None)?;
    let id = new_id();
    tx.execute(
        &format!("INSERT INTO call ({COLUMNS}, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)"),
        params![
            id,
            strategy_id,
            input.number.trim(),
            input.title.trim(),
            input.opens_at.trim(),
            input.closes_at.trim(),
            input.status.code(),
            now()
        ],
    )?;
    write_call_measures(tx, &id, &input.measures)?;
    Ok(id)
}

/// Changes a call; a measure that has applications under it cannot leave the call.
pub(crate) fn update_call_in(tx: &Transaction<'_>, id: &str, input: &CallInput) -> Result<()> {
    input.validate()?;
    let current = read_call(tx, id)?;
    check_call(tx, &current.strategy_id, input, Some(id))?;
    let dropped: Vec<&CallMeasure> = current
        .measures
        .iter()
        .filter(|m| !input.measures.iter().any(|n| n.measure_id == m.measure_id))
        .collect();
    for m in dropped {
        let used: i64 = tx.query_row(
            "SELECT count(*) FROM project WHERE call_id = ?1 AND measure_id = ?2",
            params![id, m.measure_id],
            |r| r.get(0),
        )?;
        if used > 0 {
            return Err(StoreError::StillReferenced {
                entity: "call measure",
                code: m.measure_id.clone(),
                count: used,
                dependants: "applications",
            });
        }
    }
    tx.execute(
        "UPDATE call SET number = ?2, title = ?3, opens_at = ?4, closes_at = ?5, status = ?6,
             updated_at = ?7 WHERE id = ?1",
        params![
            id,
            input.number.trim(),
            input.title.trim(),
            input.opens_at.trim(),
            input.closes_at.trim(),
            input.status.code(),
            now()
        ],
    )?;
    tx.execute("DELETE FROM call_measure WHERE call_id = ?1", [id])?;
    write_call_measures(tx, id, &input.measures)
}

/// The number is free in the strategy and every measure belongs to it.
fn check_call(
    tx: &Transaction<'_>,
    strategy_id: &str,
    input: &CallInput,
    except: Option<&str>,
) -> Result<()> {
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM call WHERE strategy_id = ?1 AND number = ?2 AND id IS NOT ?3)",
        params![strategy_id, input.number.trim(), except],
        |r| r.get(0),
    )?;
    if taken {
        return Err(StoreError::DuplicateCode {
            entity: "call",
            code: input.number.trim().to_owned(),
        });
    }
    for m in &input.measures {
        let ours: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM measure WHERE id = ?1 AND strategy_id = ?2)",
            params![m.measure_id, strategy_id],
            |r| r.get(0),
        )?;
        if !ours {
            return Err(StoreError::NotFound {
                entity: "measure",
                id: m.measure_id.clone(),
            });
        }
    }
    Ok(())
}

fn write_call_measures(
    tx: &Transaction<'_>,
    call_id: &str,
    measures: &[CallMeasure],
) -> Result<()> {
    let mut stmt = tx.prepare(
        "INSERT INTO call_measure (call_id, measure_id, available_cents, max_grant_cents, max_intensity_bp, position)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, m) in measures.iter().enumerate() {
        stmt.execute(params![
            call_id,
            m.measure_id,
            m.available.0,
            m.max_grant.map(|g| g.0),
            m.max_intensity.map(|b| b.0),
            i64::try_from(position).unwrap_or(i64::MAX)
        ])?;
    }
    Ok(())
}

pub(crate) fn read_call(conn: &Connection, id: &str) -> Result<Call> {
    let call = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM call WHERE id = ?1"),
            [id],
            |r| {
                let status: String = r.get(6)?;
                Ok(Call {
                    id: r.get(0)?,
                    strategy_id: r.get(1)?,
                    number: r.get(2)?,
                    title: r.get(3)?,
                    opens_at: r.get(4)?,
                    closes_at: r.get(5)?,
                    status: CallStatus::from_code(&status).unwrap_or_default(),
                    measures: Vec::new(),
                })
            },
        )
        .optional()?;
    let mut call = call.ok_or_else(|| StoreError::NotFound {
        entity: "call",
        id: id.to_owned(),
    })?;
    call.measures = conn
        .prepare(
            "SELECT measure_id, available_cents, max_grant_cents, max_intensity_bp
             FROM call_measure WHERE call_id = ?1 ORDER BY position",
        )?
        .query_map([id], |r| {
            Ok(CallMeasure {
                measure_id: r.get(0)?,
                available: Money(r.get(1)?),
                max_grant: r.get::<_, Option<i64>>(2)?.map(Money),
                max_intensity: r.get::<_, Option<i64>>(3)?.map(Bp),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(call)
}
