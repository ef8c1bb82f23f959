//! Calls for proposals: the window in which applicants ask for the money of one or more measures,
//! each with the amount the call makes available and its own limits.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::money::Money;
use crate::problem::{FieldProblem, Invalid, Problems};
use crate::share::Bp;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum CallStatus {
    #[default]
    Planned,
    Open,
    Closed,
    Evaluated,
    Cancelled,
}

impl CallStatus {
    pub const ALL: [CallStatus; 5] = [
        CallStatus::Planned,
        CallStatus::Open,
        CallStatus::Closed,
        CallStatus::Evaluated,
        CallStatus::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CallStatus::Planned => "planned",
            CallStatus::Open => "open",
            CallStatus::Closed => "closed",
            CallStatus::Evaluated => "evaluated",
            CallStatus::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<CallStatus> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What a call offers under one measure. Limits left empty fall back to the measure's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallMeasure {
    pub measure_id: String,
    pub available: Money,
    pub max_grant: Option<Money>,
    pub max_intensity: Option<Bp>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallInput {
    pub number: String,
    pub title: String,
    /// `YYYY-MM-DDTHH:MM`, local time of the LAG.
    pub opens_at: String,
    pub closes_at: String,
    pub status: CallStatus,
    pub measures: Vec<CallMeasure>,
}

impl CallInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("number", &self.number);
        problems.require("title", &self.title);
        let opens = problems.date_time("opensAt", &self.opens_at);
        let closes = problems.date_time("closesAt", &self.closes_at);
        if let (Some(opens), Some(closes)) = (opens, closes) {
            if closes < opens {
                problems.push(FieldProblem::new(
                    "closesAt",
                    "closes-before-opens",
                    "must not be before the opening",
                ));
            }
        }
        if self.measures.is_empty() {
            problems.push(FieldProblem::new(
                "measures",
                "measures-required",
                "needs at least one measure",
            ));
        }
        for (i, m) in self.measures.iter().enumerate() {
            let field = |name: &str| format!("measures.{i}.{name}");
            if self.measures[..i]
                .iter()
                .any(|earlier| earlier.measure_id == m.measure_id)
            {
                problems.push(FieldProblem::new(
                    field("measureId"),
                    "measure-twice",
                    "is in the call twice",
                ));
            }
            if m.available.0 < 0 {
                problems.push(FieldProblem::new(
                    field("available"),
                    "negative",
                    "must not be negative",
                ));
            }
            if m.max_grant.is_some_and(|g| g.0 <= 0) {
                problems.push(FieldProblem::new(
                    field("maxGrant"),
                    "not-positive",
                    "must be more than zero",
                ));
            }
            if m.max_intensity
                .is_some_and(|b| !(1..=10_000).contains(&b.0))
            {
                problems.push(FieldProblem::new(
                    field("maxIntensity"),
                    "share-out-of-range",
                    "must be more than 0 % and at most 100 %",
                ));
            }
        }
        problems.into_result()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Call {
    pub id: String,
    pub strategy_id: String,
    pub number: String,
    pub title: String,
    pub opens_at: String,
    pub closes_at: String,
    pub status: CallStatus,
    pub measures: Vec<CallMeasure>,
}

/// One measure of a call as the call screen shows it: what was asked for against what is there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallMeasureSummary {
    pub measure_id: String,
    pub measure_code: String,
    pub measure_title: String,
    #[ts(type = "number")]
    pub applications: i64,
    pub requested: Money,
    pub available: Money,
    /// `available − requested`: negative when the call is over-subscribed.
    pub difference: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CallSummary {
    pub call: Call,
    pub measures: Vec<CallMeasureSummary>,
    #[ts(type = "number")]
    pub applications: i64,
    pub requested: Money,
    pub available: Money,
    pub difference: Money,
}
