//! The money view of a strategy, computed in SQL: per measure the allocation, the awarded aid of
//! committed projects and what their payment claims were paid; summed per priority (project and
//! cooperation measures), for the local-project and running-cost budgets, per calendar year and
//! per funding source (from the fund splits stored with projects and claims).

use lagdesk_domain::{Amounts, FinancialPlan, MeasureYear, Money, PlanSums, ProjectStatus};
use rusqlite::Row;

use crate::error::Result;
use crate::rows::{self, MEASURE_COLUMNS, PRIORITY_COLUMNS};
use crate::Store;

/// Kinds that make up the local-project budget.
const LOCAL_PROJECT_KINDS: &str = "('project', 'cooperation')";

/// The committed statuses as an SQL list: `('approved', ...)`.
fn committed_statuses() -> String {
    let codes: Vec<String> = ProjectStatus::COMMITTED
        .iter()
        .map(|s| format!("'{}'", s.code()))
        .collect();
    format!("({})", codes.join(", "))
}

/// `money(measure_id, committed, paid)` for the strategy `?1`. An event's cost booked to a
/// running or animation line is money both committed and spent there.
fn money_cte() -> String {
    let committed = committed_statuses();
    format!(
        "WITH money AS (
             SELECT m.id AS measure_id,
                    coalesce((SELECT sum(p.awarded_cents) FROM project p
                              WHERE p.measure_id = m.id AND p.status IN {committed}), 0)
                    + events.cost AS committed,
                    coalesce((SELECT sum(c.paid_cents) FROM payment_claim c
                              JOIN project p ON p.id = c.project_id
                              WHERE p.measure_id = m.id), 0)
                    + events.cost AS paid
             FROM measure m
             JOIN (SELECT m2.id AS measure_id,
                          coalesce((SELECT sum(e.cost_cents) FROM event e
                                    WHERE e.cost_measure_id = m2.id), 0) AS cost
                   FROM measure m2) events ON events.measure_id = m.id
             WHERE m.strategy_id = ?1)"
    )
}

/// Every amount of the strategy `?1` with its measure and year, before summing: allocations
/// spread over years, projects' aid by the year first committed, claims by the year paid, and
/// events' costs (committed and spent) in the year held.
fn money_rows() -> String {
    let committed = committed_statuses();
    format!(
        "SELECT y.measure_id AS measure_id, y.year AS year, y.allocation_cents AS allocated,
                0 AS committed, 0 AS paid
         FROM measure_year y JOIN measure m ON m.id = y.measure_id
         WHERE m.strategy_id = ?1
       UNION ALL
         SELECT p.measure_id, CAST(substr(coalesce(
                    (SELECT min(sc.changed_on) FROM project_status_change sc
                     WHERE sc.project_id = p.id AND sc.status IN {committed}),
                    p.status_on), 1, 4) AS INTEGER),
                0, p.awarded_cents, 0
         FROM project p WHERE p.strategy_id = ?1 AND p.status IN {committed}
       UNION ALL
         SELECT p.measure_id, CAST(substr(c.paid_on, 1, 4) AS INTEGER), 0, 0, c.paid_cents
         FROM payment_claim c JOIN project p ON p.id = c.project_id
         WHERE p.strategy_id = ?1 AND c.paid_cents IS NOT NULL
       UNION ALL
         SELECT e.cost_measure_id, CAST(substr(e.starts_at, 1, 4) AS INTEGER), 0, e.cost_cents,
                e.cost_cents
         FROM event e JOIN measure m ON m.id = e.cost_measure_id
         WHERE m.strategy_id = ?1 AND e.cost_cents IS NOT NULL"
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

/// The queries of the money view, as [`Store::financial_plan`] runs them with the strategy's id
/// as `?1`; public so that a benchmark can run the same SQL elsewhere (the `sqlite3` shell).
pub struct MoneyViewSql {
    pub priorities: String,
    pub measures: String,
    pub budgets: String,
    pub years: String,
    pub funds: String,
}

impl MoneyViewSql {
    pub fn new() -> MoneyViewSql {
        let cte = money_cte();
        MoneyViewSql {
            priorities: format!(
                "{cte}
                 SELECT {PRIORITY_COLUMNS}, coalesce(sum(m.allocation_cents), 0),
                        coalesce(sum(money.committed), 0), coalesce(sum(money.paid), 0)
                 FROM priority p
                 LEFT JOIN measure m ON m.priority_id = p.id AND m.kind IN {LOCAL_PROJECT_KINDS}
                 LEFT JOIN money ON money.measure_id = m.id
                 WHERE p.strategy_id = ?1
                 GROUP BY p.id
                 ORDER BY p.position"
            ),
            measures: format!(
                "{cte}
                 SELECT {MEASURE_COLUMNS}, m.allocation_cents, money.committed, money.paid
                 FROM measure m
                 JOIN money ON money.measure_id = m.id
                 LEFT JOIN priority p ON p.id = m.priority_id
                 ORDER BY p.position IS NULL, p.position, m.position"
            ),
            budgets: format!(
                "{cte}
                 SELECT {local}, {running}
                 FROM measure m JOIN money ON money.measure_id = m.id",
                local = sums_where(&format!("m.kind IN {LOCAL_PROJECT_KINDS}")),
                running = sums_where(&format!("m.kind NOT IN {LOCAL_PROJECT_KINDS}")),
            ),
            years: format!(
                "SELECT year, sum(allocated), sum(committed), sum(paid) FROM ({})
                 GROUP BY year",
                money_rows()
            ),
            funds: funds_sql(),
        }
    }

    /// Every query in the order the money view runs them.
    pub fn all(&self) -> [&str; 5] {
        [
            &self.priorities,
            &self.measures,
            &self.budgets,
            &self.years,
            &self.funds,
        ]
    }
}

impl Default for MoneyViewSql {
    fn default() -> Self {
        MoneyViewSql::new()
    }
}

impl Store {
    pub fn financial_plan(&self, strategy_id: &str) -> Result<FinancialPlan> {
        let strategy = self.strategy(strategy_id)?;
        let sql = MoneyViewSql::new();
        let priorities = self
            .conn
            .prepare(&sql.priorities)?
            .query_map([strategy_id], |r| Ok((rows::priority(r)?, amounts(r, 5)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let measures = self
            .conn
            .prepare(&sql.measures)?
            .query_map([strategy_id], |r| Ok((rows::measure(r)?, amounts(r, 12)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let (local_projects, running) = self.conn.query_row(&sql.budgets, [strategy_id], |r| {
            Ok((amounts(r, 0)?, amounts(r, 3)?))
        })?;
        let years = self
            .conn
            .prepare(&sql.years)?
            .query_map([strategy_id], |r| Ok((r.get(0)?, amounts(r, 1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let funds = self
            .conn
            .prepare(&sql.funds)?
            .query_map([strategy_id], |r| {
                Ok((r.get(0)?, Money(r.get(1)?), Money(r.get(2)?)))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let sums = PlanSums {
            priorities,
            measures,
            local_projects,
            running,
            years,
            funds,
        };
        Ok(FinancialPlan::build(strategy, sums))
    }

    /// The money view per measure and calendar year, for budget execution; a measure's
    /// allocation not spread over years has a line without a year.
    pub fn money_by_measure_and_year(&self, strategy_id: &str) -> Result<Vec<MeasureYear>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT measure_id, year, sum(allocated), sum(committed), sum(paid) FROM (
                 {}
               UNION ALL
                 SELECT m.id, NULL, m.allocation_cents - coalesce(
                            (SELECT sum(y.allocation_cents) FROM measure_year y
                             WHERE y.measure_id = m.id), 0), 0, 0
                 FROM measure m WHERE m.strategy_id = ?1)
             GROUP BY measure_id, year
             HAVING sum(allocated) <> 0 OR sum(committed) <> 0 OR sum(paid) <> 0
             ORDER BY measure_id, year IS NULL, year",
            money_rows()
        ))?;
        let rows = stmt.query_map([strategy_id], |r| {
            Ok(MeasureYear {
                measure_id: r.get(0)?,
                year: r.get(1)?,
                amounts: amounts(r, 2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Per fund code: the stored splits of committed projects' aid, of paid claims and of events'
/// costs.
fn funds_sql() -> String {
    let committed = committed_statuses();
    format!(
        "SELECT fund_code, sum(committed), sum(paid) FROM (
             SELECT f.fund_code AS fund_code, f.amount_cents AS committed, 0 AS paid
             FROM project_fund_share f JOIN project p ON p.id = f.project_id
             WHERE p.strategy_id = ?1 AND p.status IN {committed}
           UNION ALL
             SELECT f.fund_code, 0, f.amount_cents
             FROM claim_fund_share f
             JOIN payment_claim c ON c.id = f.claim_id
             JOIN project p ON p.id = c.project_id
             WHERE p.strategy_id = ?1
           UNION ALL
             SELECT f.fund_code, f.amount_cents, f.amount_cents
             FROM event_fund_share f
             JOIN event e ON e.id = f.event_id
             JOIN measure m ON m.id = e.cost_measure_id
             WHERE m.strategy_id = ?1)
         GROUP BY fund_code"
    )
}

/// Three sums (allocated, committed, paid) over the measures matching `condition`.
fn sums_where(condition: &str) -> String {
    ["m.allocation_cents", "money.committed", "money.paid"]
        .iter()
        .map(|column| format!("coalesce(sum(CASE WHEN {condition} THEN {column} END), 0)"))
        .collect::<Vec<_>>()
        .join(", ")
}
