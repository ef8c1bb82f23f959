//! Strategies and their funding sources.

use lagdesk_domain::{
    Bp, FieldProblem, FundingSource, Invalid, Money, Strategy, StrategyInput, StrategySummary,
};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Result, StoreError};
use crate::{new_id, now, rows, splits, Store};

const STRATEGY_COLUMNS: &str = "id, code, title, start_year, end_year, status, envelope_cents, \
     running_cap_bp, created_at, updated_at";

impl Store {
    pub fn strategies(&self) -> Result<Vec<StrategySummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT s.id, s.code, s.title, s.start_year, s.end_year, s.status, s.envelope_cents,
                    (SELECT count(*) FROM priority p WHERE p.strategy_id = s.id),
                    (SELECT count(*) FROM measure m WHERE m.strategy_id = s.id)
             FROM strategy s ORDER BY s.start_year DESC, s.code",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(StrategySummary {
                id: r.get(0)?,
                code: r.get(1)?,
                title: r.get(2)?,
                start_year: r.get(3)?,
                end_year: r.get(4)?,
                status: rows::status(r, 5)?,
                envelope: Money(r.get(6)?),
                priority_count: r.get(7)?,
                measure_count: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn strategy(&self, id: &str) -> Result<Strategy> {
        read_strategy(&self.conn, "id", id)?.ok_or_else(|| StoreError::NotFound {
            entity: "strategy",
            id: id.to_owned(),
        })
    }

    pub fn strategy_by_code(&self, code: &str) -> Result<Strategy> {
        read_strategy(&self.conn, "code", code)?.ok_or_else(|| StoreError::NotFound {
            entity: "strategy",
            id: code.to_owned(),
        })
    }

    pub fn create_strategy(&mut self, input: &StrategyInput) -> Result<Strategy> {
        input.validate()?;
        let id = self.write(|tx| insert_strategy(tx, input))?;
        self.strategy(&id)
    }

    pub fn update_strategy(&mut self, id: &str, input: &StrategyInput) -> Result<Strategy> {
        input.validate()?;
        self.write(|tx| {
            ensure_code_free(tx, input.code.trim(), Some(id))?;
            let changed = tx.execute(
                "UPDATE strategy SET code = ?2, title = ?3, start_year = ?4, end_year = ?5,
                     status = ?6, envelope_cents = ?7, running_cap_bp = ?8, updated_at = ?9
                 WHERE id = ?1",
                params![
                    id,
                    input.code.trim(),
                    input.title.trim(),
                    input.start_year,
                    input.end_year,
                    input.status.code(),
                    input.envelope.0,
                    input.running_cap.0,
                    now()
                ],
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound {
                    entity: "strategy",
                    id: id.to_owned(),
                });
            }
            check_years_in_period(tx, id, input)?;
            let sources_before = funding_sources(tx, id)?;
            tx.execute("DELETE FROM funding_source WHERE strategy_id = ?1", [id])?;
            insert_funding_sources(tx, id, &input.funding_sources)?;
            if funding_sources(tx, id)? != sources_before {
                splits::resplit(tx, id)?;
            }
            Ok(())
        })?;
        self.strategy(id)
    }

    /// Deletes the strategy with its funding sources, priorities and measures. The window asks
    /// for confirmation first, naming how many priorities and measures go with it. Refused once
    /// the strategy has calls or projects: those are the LAG's records, not its plan.
    pub fn delete_strategy(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            let strategy = read_strategy(tx, "id", id)?.ok_or_else(|| StoreError::NotFound {
                entity: "strategy",
                id: id.to_owned(),
            })?;
            let records: i64 = tx.query_row(
                "SELECT (SELECT count(*) FROM call WHERE strategy_id = ?1)
                      + (SELECT count(*) FROM project WHERE strategy_id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            if records > 0 {
                return Err(StoreError::StillReferenced {
                    entity: "strategy",
                    code: strategy.code,
                    count: records,
                    dependants: "calls and projects",
                });
            }
            tx.execute("DELETE FROM indicator WHERE strategy_id = ?1", [id])?;
            tx.execute("DELETE FROM measure WHERE strategy_id = ?1", [id])?;
            tx.execute("DELETE FROM priority WHERE strategy_id = ?1", [id])?;
            if tx.execute("DELETE FROM strategy WHERE id = ?1", [id])? == 0 {
                return Err(StoreError::NotFound {
                    entity: "strategy",
                    id: id.to_owned(),
                });
            }
            Ok(())
        })
    }
}

pub(crate) fn insert_strategy(tx: &Transaction<'_>, input: &StrategyInput) -> Result<String> {
    ensure_code_free(tx, input.code.trim(), None)?;
    let id = new_id();
    let now = now();
    tx.execute(
        &format!("INSERT INTO strategy ({STRATEGY_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)"),
        params![
            id,
            input.code.trim(),
            input.title.trim(),
            input.start_year,
            input.end_year,
            input.status.code(),
            input.envelope.0,
            input.running_cap.0,
            now
        ],
    )?;
    insert_funding_sources(tx, &id, &input.funding_sources)?;
    Ok(id)
}

fn ensure_code_free(tx: &Transaction<'_>, code: &str, except_id: Option<&str>) -> Result<()> {
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM strategy WHERE code = ?1 AND id IS NOT ?2)",
        params![code, except_id],
        |r| r.get(0),
    )?;
    if taken {
        return Err(StoreError::DuplicateCode {
            entity: "strategy",
            code: code.to_owned(),
        });
    }
    Ok(())
}

fn insert_funding_sources(
    tx: &Transaction<'_>,
    strategy_id: &str,
    sources: &[FundingSource],
) -> Result<()> {
    let mut stmt = tx.prepare(
        "INSERT INTO funding_source (id, strategy_id, code, name, share_bp, position)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, source) in sources.iter().enumerate() {
        stmt.execute(params![
            new_id(),
            strategy_id,
            source.code.trim(),
            source.name.trim(),
            source.share.0,
            i64::try_from(position).unwrap_or(i64::MAX)
        ])?;
    }
    Ok(())
}

/// A shorter period must not leave a measure's yearly spread outside it.
fn check_years_in_period(tx: &Transaction<'_>, id: &str, input: &StrategyInput) -> Result<()> {
    let outside: Option<(String, i32)> = tx
        .query_row(
            "SELECT m.code, y.year FROM measure_year y JOIN measure m ON m.id = y.measure_id
             WHERE m.strategy_id = ?1 AND (y.year < ?2 OR y.year > ?3)
             ORDER BY y.year LIMIT 1",
            params![id, input.start_year, input.end_year],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((measure, year)) = outside else {
        return Ok(());
    };
    let field = if year < input.start_year {
        "startYear"
    } else {
        "endYear"
    };
    Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
        field,
        "period-leaves-out-year",
        format!("measure {measure} has money planned for {year}, outside this period"),
    )
    .arg("measure", measure)
    .arg("year", year.to_string())])))
}

fn read_strategy(conn: &rusqlite::Connection, key: &str, value: &str) -> Result<Option<Strategy>> {
    let sql = format!("SELECT {STRATEGY_COLUMNS} FROM strategy WHERE {key} = ?1");
    let strategy = conn
        .query_row(&sql, [value], |r| {
            Ok(Strategy {
                id: r.get(0)?,
                code: r.get(1)?,
                title: r.get(2)?,
                start_year: r.get(3)?,
                end_year: r.get(4)?,
                status: rows::status(r, 5)?,
                envelope: Money(r.get(6)?),
                running_cap: Bp(r.get(7)?),
                funding_sources: Vec::new(),
                created_at: r.get(8)?,
                updated_at: r.get(9)?,
            })
        })
        .optional()?;
    let Some(mut strategy) = strategy else {
        return Ok(None);
    };
    strategy.funding_sources = funding_sources(conn, &strategy.id)?;
    Ok(Some(strategy))
}

/// The strategy's funding sources in their order.
pub(crate) fn funding_sources(
    conn: &rusqlite::Connection,
    strategy_id: &str,
) -> Result<Vec<FundingSource>> {
    let mut stmt = conn.prepare_cached(
        "SELECT code, name, share_bp FROM funding_source WHERE strategy_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([strategy_id], |r| {
        Ok(FundingSource {
            code: r.get(0)?,
            name: r.get(1)?,
            share: Bp(r.get(2)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
