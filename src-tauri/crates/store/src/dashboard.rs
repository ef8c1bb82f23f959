//! The dashboard's queries: money from the plan's SQL sums, and what is due or changed lately.

use chrono::{Days, NaiveDate};
use lagdesk_domain::{
    AwaitedClaim, Bp, Dashboard, DueCall, DueProject, FieldProblem, Invalid, Money, PlanLineLevel,
    ProjectStatus, RecentChange, StatusCount,
};
use rusqlite::params;

use crate::error::{Result, StoreError};
use crate::Store;

/// How far ahead "ends soon" looks for projects.
const PROJECT_END_HORIZON_DAYS: u64 = 90;
const RECENT_CHANGES: i64 = 10;

fn status(code: &str) -> ProjectStatus {
    ProjectStatus::from_code(code).unwrap_or_default()
}

impl Store {
    /// The dashboard of the strategy as of `today` (`YYYY-MM-DD`).
    pub fn dashboard(&self, strategy_id: &str, today: &str) -> Result<Dashboard> {
        let today_date = NaiveDate::parse_from_str(today, "%Y-%m-%d").map_err(|_| {
            StoreError::Invalid(Invalid(vec![FieldProblem::new(
                "today",
                "not-a-date",
                "is not a date (YYYY-MM-DD)",
            )]))
        })?;
        let horizon = today_date
            .checked_add_days(Days::new(PROJECT_END_HORIZON_DAYS))
            .unwrap_or(today_date)
            .format("%Y-%m-%d")
            .to_string();
        let plan = self.financial_plan(strategy_id)?;
        let measures: Vec<_> = plan
            .project_lines
            .iter()
            .chain(&plan.running_lines)
            .filter(|l| l.level == PlanLineLevel::Measure)
            .cloned()
            .collect();
        let mut projects_by_status = self
            .conn
            .prepare(
                "SELECT status, count(*), sum(coalesce(awarded_cents, requested_cents))
                 FROM project WHERE strategy_id = ?1 GROUP BY status",
            )?
            .query_map([strategy_id], |r| {
                let code: String = r.get(0)?;
                Ok(StatusCount {
                    status: status(&code),
                    projects: r.get(1)?,
                    aid: Money(r.get(2)?),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        projects_by_status.sort_by_key(|c| ProjectStatus::ALL.iter().position(|s| *s == c.status));
        let calls_closing = self
            .conn
            .prepare(
                "SELECT id, number, title, closes_at FROM call
                 WHERE strategy_id = ?1 AND status IN ('planned', 'open') AND closes_at >= ?2
                 ORDER BY closes_at",
            )?
            .query_map(params![strategy_id, today], |r| {
                Ok(DueCall {
                    id: r.get(0)?,
                    number: r.get(1)?,
                    title: r.get(2)?,
                    closes_at: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let projects_ending = self
            .conn
            .prepare(
                "SELECT id, number, title, implementation_end FROM project
                 WHERE strategy_id = ?1 AND status IN ('contracted', 'implementing')
                   AND implementation_end IS NOT NULL AND implementation_end <= ?2
                 ORDER BY implementation_end",
            )?
            .query_map(params![strategy_id, horizon], |r| {
                Ok(DueProject {
                    id: r.get(0)?,
                    number: r.get(1)?,
                    title: r.get(2)?,
                    implementation_end: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let claims_awaited = self
            .conn
            .prepare(
                "SELECT p.id, p.number, c.number, c.submitted_on, c.claimed_cents
                 FROM payment_claim c JOIN project p ON p.id = c.project_id
                 WHERE p.strategy_id = ?1 AND c.paid_cents IS NULL
                 ORDER BY c.submitted_on, p.number",
            )?
            .query_map([strategy_id], |r| {
                Ok(AwaitedClaim {
                    project_id: r.get(0)?,
                    project_number: r.get(1)?,
                    claim_number: r.get(2)?,
                    submitted_on: r.get(3)?,
                    claimed: Money(r.get(4)?),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let recent_changes = self
            .conn
            .prepare(
                "SELECT p.id, p.number, p.title, s.status, s.changed_on
                 FROM project_status_change s JOIN project p ON p.id = s.project_id
                 WHERE p.strategy_id = ?1
                 ORDER BY s.created_at DESC, s.changed_on DESC, s.rowid DESC
                 LIMIT ?2",
            )?
            .query_map(params![strategy_id, RECENT_CHANGES], |r| {
                let code: String = r.get(3)?;
                Ok(RecentChange {
                    project_id: r.get(0)?,
                    project_number: r.get(1)?,
                    project_title: r.get(2)?,
                    status: status(&code),
                    changed_on: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Dashboard {
            strategy_id: strategy_id.to_owned(),
            allocated: plan.plan_total,
            committed: plan.committed_total,
            paid: plan.paid_total,
            available: plan.plan_total - plan.committed_total,
            committed_share: Bp::of(plan.committed_total, plan.plan_total),
            paid_share: Bp::of(plan.paid_total, plan.plan_total),
            measures,
            projects_by_status,
            calls_closing,
            projects_ending,
            claims_awaited,
            recent_changes,
        })
    }
}
