//! The financial plan's sums, computed in SQL: per priority the allocation of its project and
//! cooperation measures, and the strategy's local-project and running-cost totals.

use lagdesk_domain::{FinancialPlan, Money, PlanSums};

use crate::error::Result;
use crate::rows::{self, PRIORITY_COLUMNS};
use crate::Store;

/// Kinds that make up the local-project budget.
const LOCAL_PROJECT_KINDS: &str = "('project', 'cooperation')";

impl Store {
    pub fn financial_plan(&self, strategy_id: &str) -> Result<FinancialPlan> {
        let strategy = self.strategy(strategy_id)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {PRIORITY_COLUMNS}, coalesce(sum(m.allocation_cents), 0)
             FROM priority p
             LEFT JOIN measure m ON m.priority_id = p.id AND m.kind IN {LOCAL_PROJECT_KINDS}
             WHERE p.strategy_id = ?1
             GROUP BY p.id
             ORDER BY p.position"
        ))?;
        let priorities = stmt
            .query_map([strategy_id], |r| {
                Ok((rows::priority(r)?, Money(r.get(5)?)))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let (local, running): (i64, i64) = self.conn.query_row(
            &format!(
                "SELECT coalesce(sum(CASE WHEN kind IN {LOCAL_PROJECT_KINDS} THEN allocation_cents END), 0),
                        coalesce(sum(CASE WHEN kind NOT IN {LOCAL_PROJECT_KINDS} THEN allocation_cents END), 0)
                 FROM measure WHERE strategy_id = ?1"
            ),
            [strategy_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let sums = PlanSums {
            priorities,
            measures: self.measures(strategy_id)?,
            local_projects_total: Money(local),
            running_total: Money(running),
        };
        Ok(FinancialPlan::build(strategy, sums))
    }
}
