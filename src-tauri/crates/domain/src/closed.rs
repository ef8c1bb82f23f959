//! Closed years: once a year's books are closed (after the annual report, say), money records
//! dated in it — payments, the amounts and status steps of projects, event costs, a measure's
//! allocation for that year — are refused until the year is reopened.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::problem::FieldProblem;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ClosedYear {
    pub year: i32,
    /// When it was closed, as stored (`2026-01-31T09:00:00Z`).
    pub closed_at: String,
    /// The coordinator who closed it, as named in the settings then.
    pub closed_by: String,
}

/// The refusal of a change to `field` dated in the closed `year`: what to do is in the message.
pub fn year_closed(field: &str, year: i32) -> FieldProblem {
    FieldProblem::new(
        field,
        "year-closed",
        format!("{year} is closed; reopen it under Settings → Closed years to change this"),
    )
    .arg("year", year)
}
