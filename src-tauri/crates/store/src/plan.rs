//! The money view of a strategy, computed in SQL: per measure the allocation, the awarded aid of
//! committed projects and what their payment claims were paid; summed per priority (project and
//! cooperation measures) and for the local-project and running-cost budgets.

use lagdesk_domain::{Amounts, FinancialPlan, Money, PlanSums, ProjectStatus};
use rusqlite::Row;

use crate::error::Result;
use crate::rows::{self, MEASURE_COLUMNS, PRIORITY_COLUMNS};
use crate::Store;

/// Kinds that make up the local-project budget.
const LOCAL_PROJECT_KINDS: &str = "('project', 'cooperation')";

/// `money(measure_id, committed, paid)` for the strategy `?1`.
fn money_cte() -> String {
    let committed: Vec<String> = ProjectStatus::COMMITTED
        .iter()
        .map(|s| format!("'{}'", s.code()))
        .collect();
    format!(
        "WITH money AS (
             SELECT m.id AS measure_id,
                    coalesce((SELECT sum(p.awarded_cents) FROM project p
                              WHERE p.measure_id = m.id AND p.status IN ({})), 0) AS committed,
                    coalesce((SELECT sum(c.paid_cents) FROM payment_claim c
                              JOIN project p ON p.id = c.project_id
                              WHERE p.measure_id = m.id), 0) AS paid
             FROM measure m WHERE m.strategy_id = ?1)",
        committed.join(", ")
    )
}

/// Reads `allocated, committed, paid` from three columns starting at `first`.
fn amounts(r: &Row<'_>, first: usize) -> rusqlite::Result<Amounts> {
    Ok(Amounts {
        allocated: Money(r.get(first)?),
        committed: Money(r.get(first + 1)?),
        paid: Money(r.get(first + 2)?),
    })
}

impl Store {
    pub fn financial_plan(&self, strategy_id: &str) -> Result<FinancialPlan> {
        let strategy = self.strategy(strategy_id)?;
        let cte = money_cte();
        let priorities = self
            .conn
            .prepare(&format!(
                "{cte}
                 SELECT {PRIORITY_COLUMNS}, coalesce(sum(m.allocation_cents), 0),
                        coalesce(sum(money.committed), 0), coalesce(sum(money.paid), 0)
                 FROM priority p
                 LEFT JOIN measure m ON m.priority_id = p.id AND m.kind IN {LOCAL_PROJECT_KINDS}
                 LEFT JOIN money ON money.measure_id = m.id
                 WHERE p.strategy_id = ?1
                 GROUP BY p.id
                 ORDER BY p.position"
            ))?
            .query_map([strategy_id], |r| Ok((rows::priority(r)?, amounts(r, 5)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let measures = self
            .conn
            .prepare(&format!(
                "{cte}
                 SELECT {MEASURE_COLUMNS}, m.allocation_cents, money.committed, money.paid
                 FROM measure m
                 JOIN money ON money.measure_id = m.id
                 LEFT JOIN priority p ON p.id = m.priority_id
                 ORDER BY p.position IS NULL, p.position, m.position"
            ))?
            .query_map([strategy_id], |r| Ok((rows::measure(r)?, amounts(r, 11)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let (local_projects, running) = self.conn.query_row(
            &format!(
                "{cte}
                 SELECT {local}, {running}
                 FROM measure m JOIN money ON money.measure_id = m.id",
                local = sums_where(&format!("m.kind IN {LOCAL_PROJECT_KINDS}")),
                running = sums_where(&format!("m.kind NOT IN {LOCAL_PROJECT_KINDS}")),
            ),
            [strategy_id],
            |r| Ok((amounts(r, 0)?, amounts(r, 3)?)),
        )?;
        let sums = PlanSums {
            priorities,
            measures,
            local_projects,
            running,
        };
        Ok(FinancialPlan::build(strategy, sums))
    }
}

/// Three sums (allocated, committed, paid) over the measures matching `condition`.
fn sums_where(condition: &str) -> String {
    ["m.allocation_cents", "money.committed", "money.paid"]
        .iter()
        .map(|column| format!("coalesce(sum(CASE WHEN {condition} THEN {column} END), 0)"))
        .collect::<Vec<_>>()
        .join(", ")
}
