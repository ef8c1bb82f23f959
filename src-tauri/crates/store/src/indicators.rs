//! Indicators and their achieved values. A derived indicator's value is counted in SQL from
//! the projects of its measure (or of the whole strategy); a manual one is its latest entry.

use lagdesk_domain::problem::Problems;
use lagdesk_domain::{
    Bp, Indicator, IndicatorInput, IndicatorSource, IndicatorValue, Performance, Quantity,
};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use crate::error::{Result, StoreError};
use crate::{new_id, now, Store};

/// Projects that count as contracted for indicators: contracted and every later good status.
const CONTRACTED: &str = "('contracted', 'implementing', 'completed')";

fn select() -> String {
    let scope =
        "p.strategy_id = i.strategy_id AND (i.measure_id IS NULL OR p.measure_id = i.measure_id)";
    format!(
        "SELECT i.id, i.strategy_id, i.measure_id, m.code, i.code, i.name, i.unit,
                i.baseline_hundredths, i.target_hundredths, i.source,
                CASE i.source
                    WHEN 'manual' THEN (SELECT v.value_hundredths FROM indicator_value v
                        WHERE v.indicator_id = i.id ORDER BY v.measured_on DESC, v.created_at DESC LIMIT 1)
                    WHEN 'projects-completed' THEN 100 * (SELECT count(*) FROM project p
                        WHERE {scope} AND p.status = 'completed')
                    WHEN 'projects-contracted' THEN 100 * (SELECT count(*) FROM project p
                        WHERE {scope} AND p.status IN {CONTRACTED})
                    ELSE 100 * (SELECT coalesce(sum(p.jobs_created), 0) FROM project p
                        WHERE {scope} AND p.status IN {CONTRACTED})
                END,
                CASE WHEN i.source = 'manual' THEN (SELECT max(v.measured_on) FROM indicator_value v
                    WHERE v.indicator_id = i.id) END
         FROM indicator i LEFT JOIN measure m ON m.id = i.measure_id"
    )
}

fn indicator(r: &Row<'_>) -> rusqlite::Result<Indicator> {
    let source: String = r.get(9)?;
    let target = Quantity(r.get(8)?);
    let achieved = Quantity(r.get::<_, Option<i64>>(10)?.unwrap_or(0));
    Ok(Indicator {
        id: r.get(0)?,
        strategy_id: r.get(1)?,
        measure_id: r.get(2)?,
        measure_code: r.get(3)?,
        code: r.get(4)?,
        name: r.get(5)?,
        unit: r.get(6)?,
        baseline: Quantity(r.get(7)?),
        target,
        source: IndicatorSource::from_code(&source).unwrap_or_default(),
        achieved,
        achieved_on: r.get(11)?,
        performance: Bp::of(
            lagdesk_domain::Money(achieved.0),
            lagdesk_domain::Money(target.0),
        ),
    })
}

fn read_indicator(conn: &Connection, id: &str) -> Result<Indicator> {
    conn.query_row(&format!("{} WHERE i.id = ?1", select()), [id], indicator)
        .optional()?
        .ok_or_else(|| StoreError::NotFound {
            entity: "indicator",
            id: id.to_owned(),
        })
}

impl Store {
    pub fn indicators(&self, strategy_id: &str) -> Result<Vec<Indicator>> {
        let mut stmt = self.conn.prepare(&format!(
            "{} WHERE i.strategy_id = ?1 ORDER BY i.position",
            select()
        ))?;
        let rows = stmt.query_map([strategy_id], indicator)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn create_indicator(
        &mut self,
        strategy_id: &str,
        input: &IndicatorInput,
    ) -> Result<Indicator> {
        let id = self.write(|tx| insert_indicator(tx, strategy_id, input))?;
        read_indicator(&self.conn, &id)
    }

    pub fn update_indicator(&mut self, id: &str, input: &IndicatorInput) -> Result<Indicator> {
        input.validate()?;
        self.write(|tx| {
            let current = read_indicator(tx, id)?;
            check_indicator(tx, &current.strategy_id, input, Some(id))?;
            tx.execute(
                "UPDATE indicator SET measure_id = ?2, code = ?3, name = ?4, unit = ?5,
                     baseline_hundredths = ?6, target_hundredths = ?7, source = ?8, updated_at = ?9
                 WHERE id = ?1",
                params![
                    id,
                    input.measure_id,
                    input.code.trim(),
                    input.name.trim(),
                    input.unit.trim(),
                    input.baseline.0,
                    input.target.0,
                    input.source.code(),
                    now()
                ],
            )?;
            Ok(())
        })?;
        read_indicator(&self.conn, id)
    }

    /// Deletes the indicator with the values entered for it.
    pub fn delete_indicator(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            if tx.execute("DELETE FROM indicator WHERE id = ?1", [id])? == 0 {
                return Err(StoreError::NotFound {
                    entity: "indicator",
                    id: id.to_owned(),
                });
            }
            Ok(())
        })
    }

    /// Records an achieved value of a manual indicator on `measured_on` (`YYYY-MM-DD`).
    pub fn add_indicator_value(&mut self, id: &str, value: &IndicatorValue) -> Result<Indicator> {
        self.write(|tx| insert_indicator_value(tx, id, value))?;
        read_indicator(&self.conn, id)
    }

    pub fn indicator_values(&self, id: &str) -> Result<Vec<IndicatorValue>> {
        let mut stmt = self.conn.prepare(
            "SELECT value_hundredths, measured_on, note FROM indicator_value
             WHERE indicator_id = ?1 ORDER BY measured_on, created_at",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(IndicatorValue {
                value: Quantity(r.get(0)?),
                measured_on: r.get(1)?,
                note: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Financial, physical and jobs performance of the strategy, for a mid-term review.
    pub fn performance(&self, strategy_id: &str) -> Result<Performance> {
        let plan = self.financial_plan(strategy_id)?;
        let (completed, planned): (i64, i64) = self.conn.query_row(
            "SELECT (SELECT count(*) FROM project WHERE strategy_id = ?1 AND status = 'completed'),
                    (SELECT coalesce(sum(planned_projects), 0) FROM measure WHERE strategy_id = ?1)",
            [strategy_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let jobs = self
            .indicators(strategy_id)?
            .into_iter()
            .filter(|i| i.source == IndicatorSource::JobsCreated && i.measure_id.is_none());
        let (jobs_created, jobs_target) = jobs.fold((Quantity(0), Quantity(0)), |(a, t), i| {
            (Quantity(a.0 + i.achieved.0), Quantity(t.0 + i.target.0))
        });
        Ok(Performance {
            financial: Bp::of(plan.paid_total, plan.plan_total),
            committed: Bp::of(plan.committed_total, plan.plan_total),
            physical: Bp::ratio(completed, planned),
            projects_completed: completed,
            projects_planned: planned,
            jobs: Bp::ratio(jobs_created.0, jobs_target.0),
            jobs_created,
            jobs_target,
        })
    }
}

pub(crate) fn insert_indicator(
    tx: &Transaction<'_>,
    strategy_id: &str,
    input: &IndicatorInput,
) -> Result<String> {
    input.validate()?;
    check_indicator(tx, strategy_id, input, None)?;
    let id = new_id();
    let position: i64 = tx.query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM indicator WHERE strategy_id = ?1",
        [strategy_id],
        |r| r.get(0),
    )?;
    tx.execute(
        "INSERT INTO indicator (id, strategy_id, measure_id, code, name, unit, baseline_hundredths,
             target_hundredths, source, position, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        params![
            id,
            strategy_id,
            input.measure_id,
            input.code.trim(),
            input.name.trim(),
            input.unit.trim(),
            input.baseline.0,
            input.target.0,
            input.source.code(),
            position,
            now()
        ],
    )?;
    Ok(id)
}

pub(crate) fn insert_indicator_value(
    tx: &Transaction<'_>,
    id: &str,
    value: &IndicatorValue,
) -> Result<()> {
    let indicator = read_indicator(tx, id)?;
    let mut problems = Problems::default();
    problems.date("measuredOn", &value.measured_on);
    if indicator.source != IndicatorSource::Manual {
        problems.push(lagdesk_domain::FieldProblem::new(
            "value",
            "derived-indicator",
            "is counted from the projects; it cannot be entered",
        ));
    }
    problems.into_result()?;
    tx.execute(
        "INSERT INTO indicator_value (id, indicator_id, value_hundredths, measured_on, note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![new_id(), id, value.value.0, value.measured_on.trim(), value.note.trim(), now()],
    )?;
    Ok(())
}

/// The code is free in the strategy and the measure, if any, belongs to it.
fn check_indicator(
    tx: &Transaction<'_>,
    strategy_id: &str,
    input: &IndicatorInput,
    except: Option<&str>,
) -> Result<()> {
    if let Some(measure_id) = &input.measure_id {
        let ours: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM measure WHERE id = ?1 AND strategy_id = ?2)",
            params![measure_id, strategy_id],
            |r| r.get(0),
        )?;
        if !ours {
            return Err(StoreError::NotFound {
                entity: "measure",
                id: measure_id.clone(),
            });
        }
    }
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM indicator WHERE strategy_id = ?1 AND code = ?2 AND id IS NOT ?3)",
        params![strategy_id, input.code.trim(), except],
        |r| r.get(0),
    )?;
    if taken {
        return Err(StoreError::DuplicateCode {
            entity: "indicator",
            code: input.code.trim().to_owned(),
        });
    }
    Ok(())
}
