//! Projects: applications that may become funded projects. Their status follows the selection
//! and contracting lifecycle; their money is checked against the measure and the call; their
//! awarded aid is split over the strategy's funding sources to the cent.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::meeting::MeetingKind;
use crate::money::Money;
use crate::problem::{FieldProblem, Invalid, Problems};
use crate::share::{split, Bp};
use crate::strategy::FundingSource;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ProjectStatus {
    #[default]
    Submitted,
    Admissible,
    Inadmissible,
    Evaluated,
    Selected,
    Reserve,
    Rejected,
    Approved,
    Contracted,
    Implementing,
    Completed,
    Withdrawn,
    Terminated,
}

impl ProjectStatus {
    pub const ALL: [ProjectStatus; 13] = [
        ProjectStatus::Submitted,
        ProjectStatus::Admissible,
        ProjectStatus::Inadmissible,
        ProjectStatus::Evaluated,
        ProjectStatus::Selected,
        ProjectStatus::Reserve,
        ProjectStatus::Rejected,
        ProjectStatus::Approved,
        ProjectStatus::Contracted,
        ProjectStatus::Implementing,
        ProjectStatus::Completed,
        ProjectStatus::Withdrawn,
        ProjectStatus::Terminated,
    ];

    /// Statuses whose awarded aid is committed money in the budget.
    pub const COMMITTED: [ProjectStatus; 4] = [
        ProjectStatus::Approved,
        ProjectStatus::Contracted,
        ProjectStatus::Implementing,
        ProjectStatus::Completed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ProjectStatus::Submitted => "submitted",
            ProjectStatus::Admissible => "admissible",
            ProjectStatus::Inadmissible => "inadmissible",
            ProjectStatus::Evaluated => "evaluated",
            ProjectStatus::Selected => "selected",
            ProjectStatus::Reserve => "reserve",
            ProjectStatus::Rejected => "rejected",
            ProjectStatus::Approved => "approved",
            ProjectStatus::Contracted => "contracted",
            ProjectStatus::Implementing => "implementing",
            ProjectStatus::Completed => "completed",
            ProjectStatus::Withdrawn => "withdrawn",
            ProjectStatus::Terminated => "terminated",
        }
    }

    pub fn from_code(code: &str) -> Option<ProjectStatus> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn is_committed(self) -> bool {
        Self::COMMITTED.contains(&self)
    }

    /// Whether awarded aid is expected from this status on (it may be entered earlier too).
    pub fn needs_award(self) -> bool {
        self.is_committed()
    }

    /// The statuses a project may move to next, in the order a LAG meets them.
    pub fn next(self) -> &'static [ProjectStatus] {
        use ProjectStatus::*;
        match self {
            Submitted => &[Admissible, Inadmissible, Withdrawn],
            Admissible => &[Evaluated, Withdrawn],
            Evaluated => &[Selected, Reserve, Rejected, Withdrawn],
            Reserve => &[Selected, Rejected, Withdrawn],
            Selected => &[Approved, Rejected, Withdrawn],
            Approved => &[Contracted, Withdrawn],
            Contracted => &[Implementing, Terminated, Withdrawn],
            Implementing => &[Completed, Terminated],
            Inadmissible | Rejected | Completed | Withdrawn | Terminated => &[],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProjectInput {
    pub number: String,
    pub title: String,
    pub applicant_id: String,
    pub call_id: Option<String>,
    pub measure_id: String,
    /// `YYYY-MM-DD`.
    pub submitted_on: String,
    pub eligible_cost: Money,
    pub requested_aid: Money,
    pub awarded_aid: Option<Money>,
    #[ts(type = "number | null")]
    pub jobs_created: Option<i64>,
    pub implementation_end: Option<String>,
    /// The user has seen the warnings (intensity or grant above the limits) and keeps the values.
    pub confirm_warnings: bool,
}

/// The limits a project's money is checked against: the call's for its measure, else the measure's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AidLimits {
    pub max_grant: Option<Money>,
    pub max_intensity: Option<Bp>,
}

impl ProjectInput {
    /// Errors that no confirmation overrides, then warnings the user may confirm (an exception
    /// the board or the paying agency allowed). Warnings block the save until confirmed.
    pub fn validate(&self, limits: AidLimits) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("number", &self.number);
        problems.require("title", &self.title);
        problems.require("applicantId", &self.applicant_id);
        problems.require("measureId", &self.measure_id);
        problems.date("submittedOn", &self.submitted_on);
        if let Some(end) = &self.implementation_end {
            problems.date("implementationEnd", end);
        }
        for (field, amount) in [
            ("eligibleCost", Some(self.eligible_cost)),
            ("requestedAid", Some(self.requested_aid)),
            ("awardedAid", self.awarded_aid),
        ] {
            if amount.is_some_and(|m| m.0 < 0) {
                problems.push(FieldProblem::new(field, "negative", "must not be negative"));
            }
        }
        if self.jobs_created.is_some_and(|j| j < 0) {
            problems.push(FieldProblem::new(
                "jobsCreated",
                "negative",
                "must not be negative",
            ));
        }
        if self.requested_aid > self.eligible_cost {
            problems.push(
                FieldProblem::new(
                    "requestedAid",
                    "aid-above-eligible",
                    "is more than the eligible cost",
                )
                .arg("eligible", self.eligible_cost.to_decimal_string()),
            );
        }
        if let Some(awarded) = self.awarded_aid {
            if awarded > self.eligible_cost {
                problems.push(
                    FieldProblem::new(
                        "awardedAid",
                        "aid-above-eligible",
                        "is more than the eligible cost",
                    )
                    .arg("eligible", self.eligible_cost.to_decimal_string()),
                );
            } else if awarded > self.requested_aid {
                problems.push(
                    FieldProblem::new(
                        "awardedAid",
                        "awarded-above-requested",
                        "is more than the requested aid",
                    )
                    .arg("requested", self.requested_aid.to_decimal_string()),
                );
            }
        }
        problems.into_result()?;
        if self.confirm_warnings {
            return Ok(());
        }
        let mut warnings = Problems::default();
        let aid = self.awarded_aid.unwrap_or(self.requested_aid);
        let field = if self.awarded_aid.is_some() {
            "awardedAid"
        } else {
            "requestedAid"
        };
        if let Some(max) = limits.max_intensity {
            let intensity = Bp::of(aid, self.eligible_cost);
            if self.eligible_cost.0 > 0
                && i128::from(aid.0) * 10_000 > i128::from(max.0) * i128::from(self.eligible_cost.0)
            {
                warnings.push(
                    FieldProblem::new(
                        field,
                        "intensity-above-max",
                        format!(
                            "gives an aid intensity of {intensity} %, above the maximum of {max} %"
                        ),
                    )
                    .arg("intensity", intensity.to_percent_string())
                    .arg("max", max.to_percent_string()),
                );
            }
        }
        if let Some(max) = limits.max_grant {
            if aid > max {
                warnings.push(
                    FieldProblem::new(
                        field,
                        "grant-above-max",
                        format!("is above the maximum grant of {max}"),
                    )
                    .arg("max", max.to_decimal_string()),
                );
            }
        }
        warnings.into_result().map_err(|Invalid(found)| {
            Invalid(found.into_iter().map(FieldProblem::into_warning).collect())
        })
    }
}

/// A project as stored, with what is derived from its money.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Project {
    pub id: String,
    pub strategy_id: String,
    pub number: String,
    pub title: String,
    pub applicant_id: String,
    pub applicant_name: String,
    pub call_id: Option<String>,
    pub call_number: Option<String>,
    pub measure_id: String,
    pub measure_code: String,
    pub submitted_on: String,
    pub eligible_cost: Money,
    pub requested_aid: Money,
    pub awarded_aid: Option<Money>,
    /// `eligible − (awarded, or requested while nothing is awarded)`.
    pub own_contribution: Money,
    /// `awarded / eligible` (requested while nothing is awarded).
    pub intensity: Bp,
    #[ts(type = "number | null")]
    pub jobs_created: Option<i64>,
    pub implementation_end: Option<String>,
    pub status: ProjectStatus,
    pub status_on: String,
    pub paid: Money,
    /// The awarded aid split over the strategy's funding sources; empty while nothing is awarded.
    pub fund_shares: Vec<FundShare>,
}

impl Project {
    /// The aid that counts: awarded once known, else requested.
    pub fn aid(&self) -> Money {
        self.awarded_aid.unwrap_or(self.requested_aid)
    }
}

/// One change of a project's status, as the history shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StatusChange {
    pub status: ProjectStatus,
    pub changed_on: String,
    pub note: String,
    /// The meeting whose decision made the change, when one did.
    pub decided_at: Option<DecidedAt>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DecidedAt {
    pub meeting_id: String,
    pub kind: MeetingKind,
    pub number: String,
}

/// A funding source's part of a project's awarded aid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FundShare {
    pub code: String,
    pub amount: Money,
}

/// Splits `aid` over the strategy's funding sources by their shares; the parts sum to `aid`.
pub fn fund_shares(aid: Money, sources: &[FundingSource]) -> Vec<FundShare> {
    let weights: Vec<Bp> = sources.iter().map(|s| s.share).collect();
    sources
        .iter()
        .zip(split(aid, &weights))
        .map(|(s, amount)| FundShare {
            code: s.code.clone(),
            amount,
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PaymentClaimInput {
    pub number: String,
    pub submitted_on: String,
    pub claimed: Money,
    pub paid: Option<Money>,
    pub paid_on: Option<String>,
}

impl PaymentClaimInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("number", &self.number);
        problems.date("submittedOn", &self.submitted_on);
        if self.claimed.0 < 0 {
            problems.push(FieldProblem::new(
                "claimed",
                "negative",
                "must not be negative",
            ));
        }
        if self.paid.is_some_and(|p| p.0 < 0) {
            problems.push(FieldProblem::new(
                "paid",
                "negative",
                "must not be negative",
            ));
        }
        match (&self.paid, &self.paid_on) {
            (Some(_), Some(on)) => {
                problems.date("paidOn", on);
            }
            (Some(_), None) => problems.push(FieldProblem::new(
                "paidOn",
                "required",
                "is required when an amount is paid",
            )),
            (None, Some(_)) => problems.push(FieldProblem::new(
                "paid",
                "required",
                "is required when a paid date is set",
            )),
            (None, None) => {}
        }
        problems.into_result()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PaymentClaim {
    pub id: String,
    pub project_id: String,
    pub number: String,
    pub submitted_on: String,
    pub claimed: Money,
    pub paid: Option<Money>,
    pub paid_on: Option<String>,
}
