//! Priorities and measures: the strategy's structure, kept in the user's order.
//!
//! Positions are dense per list (priorities per strategy; measures per priority, and the lines
//! without a priority as one more list); moving swaps a row with its neighbour.

use lagdesk_domain::{
    year_outside_period, FieldProblem, Invalid, Measure, MeasureInput, MoveDirection, PlanEntry,
    Priority, PriorityInput, YearAllocation,
};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::closed::ensure_open;
use crate::error::{Result, StoreError};
use crate::rows::{self, MEASURE_COLUMNS, PRIORITY_COLUMNS};
use crate::{new_id, now, Store};

impl Store {
    pub fn priorities(&self, strategy_id: &str) -> Result<Vec<Priority>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {PRIORITY_COLUMNS} FROM priority p WHERE p.strategy_id = ?1 ORDER BY p.position"
        ))?;
        let rows = stmt.query_map([strategy_id], rows::priority)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every measure of the strategy: priority by priority, then the lines without a priority.
    pub fn measures(&self, strategy_id: &str) -> Result<Vec<Measure>> {
        measures_of(&self.conn, strategy_id)
    }

    pub fn priority_by_code(&self, strategy_id: &str, code: &str) -> Result<Priority> {
        self.conn
            .query_row(
                &format!("SELECT {PRIORITY_COLUMNS} FROM priority p WHERE p.strategy_id = ?1 AND p.code = ?2"),
                params![strategy_id, code],
                rows::priority,
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound { entity: "priority", id: code.to_owned() })
    }

    pub fn measure_by_code(&self, strategy_id: &str, code: &str) -> Result<Measure> {
        measure_by_code(&self.conn, strategy_id, code)
    }

    pub fn create_priority(
        &mut self,
        strategy_id: &str,
        input: &PriorityInput,
    ) -> Result<Priority> {
        input.validate()?;
        let id = self.write(|tx| insert_priority(tx, strategy_id, input))?;
        priority_by_id(&self.conn, &id)
    }

    pub fn update_priority(&mut self, id: &str, input: &PriorityInput) -> Result<Priority> {
        input.validate()?;
        self.write(|tx| {
            let current = priority_by_id(tx, id)?;
            ensure_code_free(
                tx,
                "priority",
                &current.strategy_id,
                input.code.trim(),
                Some(id),
            )?;
            tx.execute(
                "UPDATE priority SET code = ?2, title = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, input.code.trim(), input.title.trim(), now()],
            )?;
            Ok(())
        })?;
        priority_by_id(&self.conn, id)
    }

    /// Refuses while measures still sit under the priority: they must be moved or deleted first,
    /// so nothing disappears with it unseen.
    pub fn delete_priority(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            let priority = priority_by_id(tx, id)?;
            let count: i64 = tx.query_row(
                "SELECT count(*) FROM measure WHERE priority_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if count > 0 {
                return Err(StoreError::StillReferenced {
                    entity: "priority",
                    code: priority.code,
                    count,
                    dependants: "measures",
                });
            }
            tx.execute("DELETE FROM priority WHERE id = ?1", [id])?;
            renumber(tx, "priority", "strategy_id = ?1", [&priority.strategy_id])
        })
    }

    pub fn move_priority(&mut self, id: &str, direction: MoveDirection) -> Result<Vec<Priority>> {
        let strategy_id = self.write(|tx| {
            let p = priority_by_id(tx, id)?;
            swap_with_neighbour(
                tx,
                "priority",
                "strategy_id = ?1",
                [&p.strategy_id],
                id,
                direction,
            )?;
            Ok(p.strategy_id)
        })?;
        self.priorities(&strategy_id)
    }

    pub fn create_measure(&mut self, strategy_id: &str, input: &MeasureInput) -> Result<Measure> {
        input.validate()?;
        let id = self.write(|tx| insert_measure(tx, strategy_id, input))?;
        measure_by_id(&self.conn, &id)
    }

    pub fn update_measure(&mut self, id: &str, input: &MeasureInput) -> Result<Measure> {
        input.validate()?;
        self.write(|tx| {
            let current = measure_by_id(tx, id)?;
            check_measure_links(tx, &current.strategy_id, input, Some(id))?;
            let position = if current.priority_id == input.priority_id {
                current.position
            } else {
                next_measure_position(tx, &current.strategy_id, input.priority_id.as_deref())?
            };
            write_measure(tx, id, input, position)?;
            if current.priority_id != input.priority_id {
                renumber_measures(tx, &current.strategy_id, current.priority_id.as_deref())?;
            }
            Ok(())
        })?;
        measure_by_id(&self.conn, id)
    }

    /// Refused while calls or projects use the measure.
    pub fn delete_measure(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            let m = measure_by_id(tx, id)?;
            let used: i64 = tx.query_row(
                "SELECT (SELECT count(*) FROM project WHERE measure_id = ?1)
                      + (SELECT count(*) FROM call_measure WHERE measure_id = ?1)
                      + (SELECT count(*) FROM indicator WHERE measure_id = ?1)
                      + (SELECT count(*) FROM event
                         WHERE measure_id = ?1 OR cost_measure_id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            if used > 0 {
                return Err(StoreError::StillReferenced {
                    entity: "measure",
                    code: m.code,
                    count: used,
                    dependants: "calls, projects, indicators and events",
                });
            }
            tx.execute("DELETE FROM measure WHERE id = ?1", [id])?;
            renumber_measures(tx, &m.strategy_id, m.priority_id.as_deref())
        })
    }

    /// Moves a measure within its priority (or within the lines without a priority).
    pub fn move_measure(&mut self, id: &str, direction: MoveDirection) -> Result<Vec<Measure>> {
        let strategy_id = self.write(|tx| {
            let m = measure_by_id(tx, id)?;
            swap_with_neighbour(
                tx,
                "measure",
                "strategy_id = ?1 AND priority_id IS ?2",
                (&m.strategy_id, &m.priority_id),
                id,
                direction,
            )?;
            Ok(m.strategy_id)
        })?;
        self.measures(&strategy_id)
    }
}

/// Sets one plan row: its priority and measure are matched by code within the strategy, updated
/// when they exist and created otherwise. A row without year columns keeps the measure's spread.
pub(crate) fn apply_plan_entry(
    tx: &Transaction<'_>,
    strategy_id: &str,
    entry: &PlanEntry,
) -> Result<String> {
    strategy_exists(tx, strategy_id)?;
    let priority_id = match &entry.priority {
        Some(p) => Some(upsert_priority(tx, strategy_id, p)?),
        None => None,
    };
    let existing = match measure_by_code(tx, strategy_id, entry.measure.code.trim()) {
        Ok(m) => Some(m),
        Err(StoreError::NotFound { .. }) => None,
        Err(e) => return Err(e),
    };
    let yearly = match &existing {
        Some(m) if entry.measure.yearly.is_empty() => m.yearly.clone(),
        _ => entry.measure.yearly.clone(),
    };
    let input = MeasureInput {
        priority_id,
        yearly,
        ..entry.measure.clone()
    };
    input.validate()?;
    match existing {
        Some(m) if m.priority_id == input.priority_id => {
            write_measure(tx, &m.id, &input, m.position)?;
            Ok(m.id)
        }
        Some(m) => {
            let position = next_measure_position(tx, strategy_id, input.priority_id.as_deref())?;
            write_measure(tx, &m.id, &input, position)?;
            renumber_measures(tx, strategy_id, m.priority_id.as_deref())?;
            Ok(m.id)
        }
        None => insert_measure(tx, strategy_id, &input),
    }
}

fn strategy_exists(tx: &rusqlite::Connection, strategy_id: &str) -> Result<()> {
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM strategy WHERE id = ?1)",
        [strategy_id],
        |r| r.get(0),
    )?;
    if !exists {
        return Err(StoreError::NotFound {
            entity: "strategy",
            id: strategy_id.to_owned(),
        });
    }
    Ok(())
}

pub(crate) fn insert_priority(
    tx: &Transaction<'_>,
    strategy_id: &str,
    input: &PriorityInput,
) -> Result<String> {
    strategy_exists(tx, strategy_id)?;
    ensure_code_free(tx, "priority", strategy_id, input.code.trim(), None)?;
    let id = new_id();
    let position: i64 = tx.query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM priority WHERE strategy_id = ?1",
        [strategy_id],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO priority (id, strategy_id, code, title, position, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![
            id,
            strategy_id,
            input.code.trim(),
            input.title.trim(),
            position,
            now()
        ],
    )?;
    Ok(id)
}

fn upsert_priority(
    tx: &Transaction<'_>,
    strategy_id: &str,
    input: &PriorityInput,
) -> Result<String> {
    input.validate()?;
    let existing: Option<String> = tx
        .query_row(
            "SELECT id FROM priority WHERE strategy_id = ?1 AND code = ?2",
            params![strategy_id, input.code.trim()],
            |r| r.get(0),
        )
        .optional()?;
    match existing {
        Some(id) => {
            tx.execute(
                "UPDATE priority SET title = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, input.title.trim(), now()],
            )?;
            Ok(id)
        }
        None => insert_priority(tx, strategy_id, input),
    }
}

pub(crate) fn insert_measure(
    tx: &Transaction<'_>,
    strategy_id: &str,
    input: &MeasureInput,
) -> Result<String> {
    strategy_exists(tx, strategy_id)?;
    check_measure_links(tx, strategy_id, input, None)?;
    let id = new_id();
    let position = next_measure_position(tx, strategy_id, input.priority_id.as_deref())?;
    // The row gets its identity here; `write_measure` is the one place that writes its fields.
    tx.execute(
        "INSERT INTO measure (id, strategy_id, position, code, title, kind, allocation_cents,
             created_at, updated_at)
         VALUES (?1, ?2, ?3, '', '', 'project', 0, ?4, ?4)",
        params![id, strategy_id, position, now()],
    )?;
    write_measure(tx, &id, input, position)?;
    Ok(id)
}

fn write_measure(
    tx: &Transaction<'_>,
    id: &str,
    input: &MeasureInput,
    position: i64,
) -> Result<()> {
    tx.execute(
        "UPDATE measure SET priority_id = ?2, code = ?3, title = ?4, kind = ?5, allocation_cents = ?6,
             planned_projects = ?7, max_intensity_bp = ?8, max_grant_cents = ?9, position = ?10,
             updated_at = ?11
         WHERE id = ?1",
        params![
            id,
            input.priority_id,
            input.code.trim(),
            input.title.trim(),
            input.kind.code(),
            input.allocation.0,
            input.planned_projects,
            input.max_intensity.map(|b| b.0),
            input.max_grant.map(|m| m.0),
            position,
            now()
        ],
    )?;
    write_yearly(tx, id, &input.yearly)
}

/// Replaces the measure's yearly spread; every year must lie in the strategy period.
fn write_yearly(tx: &Transaction<'_>, id: &str, yearly: &[YearAllocation]) -> Result<()> {
    let (start, end): (i32, i32) = tx.query_row(
        "SELECT s.start_year, s.end_year FROM measure m JOIN strategy s ON s.id = m.strategy_id
         WHERE m.id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let outside: Vec<FieldProblem> = yearly
        .iter()
        .filter(|y| y.year < start || y.year > end)
        .map(|y| year_outside_period(y.year, start, end))
        .collect();
    if !outside.is_empty() {
        return Err(StoreError::Invalid(Invalid(outside)));
    }
    let before: Vec<(i32, i64)> = tx
        .prepare("SELECT year, allocation_cents FROM measure_year WHERE measure_id = ?1")?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let amount =
        |list: &[(i32, i64)], year: i32| list.iter().find(|(y, _)| *y == year).map(|(_, a)| *a);
    let after: Vec<(i32, i64)> = yearly.iter().map(|y| (y.year, y.amount.0)).collect();
    let changed: Vec<String> = before
        .iter()
        .chain(&after)
        .map(|(year, _)| *year)
        .filter(|year| amount(&before, *year) != amount(&after, *year))
        .map(|year| year.to_string())
        .collect();
    let changed: Vec<&str> = changed.iter().map(String::as_str).collect();
    ensure_open(tx, "yearly", &changed)?;
    tx.execute("DELETE FROM measure_year WHERE measure_id = ?1", [id])?;
    for y in yearly {
        tx.execute(
            "INSERT INTO measure_year (measure_id, year, allocation_cents) VALUES (?1, ?2, ?3)",
            params![id, y.year, y.amount.0],
        )?;
    }
    Ok(())
}

/// The priority must belong to the same strategy, and the code must be free in it.
fn check_measure_links(
    tx: &Transaction<'_>,
    strategy_id: &str,
    input: &MeasureInput,
    except_id: Option<&str>,
) -> Result<()> {
    if let Some(priority_id) = &input.priority_id {
        let priority = priority_by_id(tx, priority_id)?;
        if priority.strategy_id != strategy_id {
            return Err(StoreError::NotFound {
                entity: "priority",
                id: priority_id.clone(),
            });
        }
    }
    ensure_code_free(tx, "measure", strategy_id, input.code.trim(), except_id)
}

fn ensure_code_free(
    tx: &Transaction<'_>,
    table: &'static str,
    strategy_id: &str,
    code: &str,
    except_id: Option<&str>,
) -> Result<()> {
    let taken: bool = tx.query_row(
        &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE strategy_id = ?1 AND code = ?2 AND id IS NOT ?3)"),
        params![strategy_id, code, except_id],
        |r| r.get(0),
    )?;
    if taken {
        return Err(StoreError::DuplicateCode {
            entity: table,
            code: code.to_owned(),
        });
    }
    Ok(())
}

fn next_measure_position(
    tx: &Transaction<'_>,
    strategy_id: &str,
    priority_id: Option<&str>,
) -> Result<i64> {
    Ok(tx.query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM measure WHERE strategy_id = ?1 AND priority_id IS ?2",
        params![strategy_id, priority_id],
        |r| r.get(0),
    )?)
}

fn renumber_measures(
    tx: &Transaction<'_>,
    strategy_id: &str,
    priority_id: Option<&str>,
) -> Result<()> {
    renumber(
        tx,
        "measure",
        "strategy_id = ?1 AND priority_id IS ?2",
        (strategy_id, priority_id),
    )
}

/// Makes the positions of one list 0, 1, 2, ... again after a row left it.
fn renumber<P: rusqlite::Params + Clone>(
    tx: &Transaction<'_>,
    table: &str,
    list: &str,
    key: P,
) -> Result<()> {
    let ids: Vec<String> = tx
        .prepare(&format!(
            "SELECT id FROM {table} WHERE {list} ORDER BY position"
        ))?
        .query_map(key, |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = tx.prepare(&format!("UPDATE {table} SET position = ?2 WHERE id = ?1"))?;
    for (position, id) in ids.iter().enumerate() {
        stmt.execute(params![id, i64::try_from(position).unwrap_or(i64::MAX)])?;
    }
    Ok(())
}

fn swap_with_neighbour<P: rusqlite::Params + Clone>(
    tx: &Transaction<'_>,
    table: &str,
    list: &str,
    key: P,
    id: &str,
    direction: MoveDirection,
) -> Result<()> {
    renumber(tx, table, list, key.clone())?;
    let ids: Vec<String> = tx
        .prepare(&format!(
            "SELECT id FROM {table} WHERE {list} ORDER BY position"
        ))?
        .query_map(key, |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let Some(index) = ids.iter().position(|i| i == id) else {
        return Ok(());
    };
    let neighbour = match direction {
        MoveDirection::Up => index.checked_sub(1),
        MoveDirection::Down => Some(index + 1).filter(|&n| n < ids.len()),
    };
    let Some(neighbour) = neighbour else {
        return Ok(());
    };
    let mut stmt = tx.prepare(&format!(
        "UPDATE {table} SET position = ?2, updated_at = ?3 WHERE id = ?1"
    ))?;
    let now = now();
    stmt.execute(params![
        ids[index],
        i64::try_from(neighbour).unwrap_or(0),
        now
    ])?;
    stmt.execute(params![
        ids[neighbour],
        i64::try_from(index).unwrap_or(0),
        now
    ])?;
    Ok(())
}

fn priority_by_id(conn: &rusqlite::Connection, id: &str) -> Result<Priority> {
    conn.query_row(
        &format!("SELECT {PRIORITY_COLUMNS} FROM priority p WHERE p.id = ?1"),
        [id],
        rows::priority,
    )
    .optional()?
    .ok_or_else(|| StoreError::NotFound {
        entity: "priority",
        id: id.to_owned(),
    })
}

fn measure_by_id(conn: &rusqlite::Connection, id: &str) -> Result<Measure> {
    conn.query_row(
        &format!("SELECT {MEASURE_COLUMNS} FROM measure m WHERE m.id = ?1"),
        [id],
        rows::measure,
    )
    .optional()?
    .ok_or_else(|| StoreError::NotFound {
        entity: "measure",
        id: id.to_owned(),
    })
}

fn measure_by_code(conn: &rusqlite::Connection, strategy_id: &str, code: &str) -> Result<Measure> {
    conn.query_row(
        &format!(
            "SELECT {MEASURE_COLUMNS} FROM measure m WHERE m.strategy_id = ?1 AND m.code = ?2"
        ),
        params![strategy_id, code],
        rows::measure,
    )
    .optional()?
    .ok_or_else(|| StoreError::NotFound {
        entity: "measure",
        id: code.to_owned(),
    })
}

pub(crate) fn measures_of(conn: &rusqlite::Connection, strategy_id: &str) -> Result<Vec<Measure>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {MEASURE_COLUMNS} FROM measure m LEFT JOIN priority p ON p.id = m.priority_id
         WHERE m.strategy_id = ?1
         ORDER BY p.position IS NULL, p.position, m.position"
    ))?;
    let rows = stmt.query_map([strategy_id], rows::measure)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
