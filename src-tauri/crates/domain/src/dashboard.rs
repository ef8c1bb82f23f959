//! The dashboard of the active strategy: its key money figures, what is due soon and what
//! changed lately. The store fills it; the money comes from the same SQL sums as the plan.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::money::Money;
use crate::plan::PlanLine;
use crate::project::ProjectStatus;
use crate::share::Bp;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StatusCount {
    pub status: ProjectStatus,
    #[ts(type = "number")]
    pub projects: i64,
    /// Awarded aid where set, else requested.
    pub aid: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DueCall {
    pub id: String,
    pub number: String,
    pub title: String,
    pub closes_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DueProject {
    pub id: String,
    pub number: String,
    pub title: String,
    pub implementation_end: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AwaitedClaim {
    pub project_id: String,
    pub project_number: String,
    pub claim_number: String,
    pub submitted_on: String,
    pub claimed: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RecentChange {
    pub project_id: String,
    pub project_number: String,
    pub project_title: String,
    pub status: ProjectStatus,
    pub changed_on: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Dashboard {
    pub strategy_id: String,
    pub allocated: Money,
    pub committed: Money,
    pub paid: Money,
    pub available: Money,
    /// Committed and paid as shares of the allocation.
    pub committed_share: Bp,
    pub paid_share: Bp,
    /// Every measure with its money, for the allocated / committed / paid chart.
    pub measures: Vec<PlanLine>,
    pub projects_by_status: Vec<StatusCount>,
    /// Open or planned calls closing from today on, soonest first.
    pub calls_closing: Vec<DueCall>,
    /// Contracted or implementing projects whose implementation ends within 90 days (or ended).
    pub projects_ending: Vec<DueProject>,
    /// Payment claims submitted and not yet paid, oldest first.
    pub claims_awaited: Vec<AwaitedClaim>,
    /// The latest status changes.
    pub recent_changes: Vec<RecentChange>,
}
