//! The local development strategy and what it is made of: the organisation that owns it, its
//! funding sources, its priorities and their measures; with the input shapes the shells send and
//! the rules each must keep.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::money::Money;
use crate::problem::{FieldProblem, Invalid, Problems};
use crate::share::Bp;
use crate::yearly::{check_yearly, YearAllocation};

/// The LAG itself. One per database.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Organisation {
    pub name: String,
    pub legal_code: String,
    pub country: String,
    pub region: String,
    pub address: String,
}

impl Organisation {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("name", &self.name);
        problems.into_result()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum StrategyStatus {
    #[default]
    Draft,
    Approved,
    Implementing,
    Closed,
}

impl StrategyStatus {
    pub const ALL: [StrategyStatus; 4] = [
        StrategyStatus::Draft,
        StrategyStatus::Approved,
        StrategyStatus::Implementing,
        StrategyStatus::Closed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            StrategyStatus::Draft => "draft",
            StrategyStatus::Approved => "approved",
            StrategyStatus::Implementing => "implementing",
            StrategyStatus::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<StrategyStatus> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What a measure pays for. Project and cooperation measures make up the local-project budget;
/// running and animation lines are the LAG's own costs, capped as a share of the strategy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum MeasureKind {
    #[default]
    Project,
    Cooperation,
    Running,
    Animation,
}

impl MeasureKind {
    pub const ALL: [MeasureKind; 4] = [
        MeasureKind::Project,
        MeasureKind::Cooperation,
        MeasureKind::Running,
        MeasureKind::Animation,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MeasureKind::Project => "project",
            MeasureKind::Cooperation => "cooperation",
            MeasureKind::Running => "running",
            MeasureKind::Animation => "animation",
        }
    }

    pub fn from_code(code: &str) -> Option<MeasureKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Running and animation costs count against the running-cost cap.
    pub fn is_running_cost(self) -> bool {
        matches!(self, MeasureKind::Running | MeasureKind::Animation)
    }
}

/// One source of the strategy's money and its share of every euro.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FundingSource {
    pub code: String,
    pub name: String,
    pub share: Bp,
}

/// What the shells send to create or change a strategy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StrategyInput {
    pub code: String,
    pub title: String,
    pub start_year: i32,
    pub end_year: i32,
    pub status: StrategyStatus,
    pub envelope: Money,
    pub running_cap: Bp,
    pub funding_sources: Vec<FundingSource>,
}

/// The running + animation cap when the user sets none: 20 %, the Lithuanian rule.
pub const DEFAULT_RUNNING_CAP: Bp = Bp(2000);

impl StrategyInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("code", &self.code);
        problems.require("title", &self.title);
        for (field, year) in [("startYear", self.start_year), ("endYear", self.end_year)] {
            if !(2000..=2100).contains(&year) {
                problems.push(
                    FieldProblem::new(
                        field,
                        "year-out-of-range",
                        "must be a year from 2000 to 2100",
                    )
                    .arg("min", 2000)
                    .arg("max", 2100),
                );
            }
        }
        if self.end_year < self.start_year {
            problems.push(
                FieldProblem::new(
                    "endYear",
                    "end-before-start",
                    "must not be before the start year",
                )
                .arg("start", self.start_year),
            );
        }
        if self.envelope.0 < 0 {
            problems.push(FieldProblem::new(
                "envelope",
                "negative",
                "must not be negative",
            ));
        }
        if !(0..=10_000).contains(&self.running_cap.0) {
            problems.push(FieldProblem::new(
                "runningCap",
                "percent-out-of-range",
                "must be between 0 % and 100 %",
            ));
        }
        self.validate_funding_sources(&mut problems);
        problems.into_result()
    }

    fn validate_funding_sources(&self, problems: &mut Problems) {
        if self.funding_sources.is_empty() {
            problems.push(FieldProblem::new(
                "fundingSources",
                "funding-sources-required",
                "needs at least one funding source",
            ));
            return;
        }
        let mut seen: Vec<&str> = Vec::new();
        for (i, source) in self.funding_sources.iter().enumerate() {
            let field = |name: &str| format!("fundingSources.{i}.{name}");
            problems.require(&field("code"), &source.code);
            problems.require(&field("name"), &source.name);
            let code = source.code.trim();
            if !code.is_empty() && seen.contains(&code) {
                problems.push(
                    FieldProblem::new(field("code"), "duplicate-code", "is used twice")
                        .arg("code", code),
                );
            }
            seen.push(code);
            if !(1..=10_000).contains(&source.share.0) {
                problems.push(FieldProblem::new(
                    field("share"),
                    "share-out-of-range",
                    "must be more than 0 % and at most 100 %",
                ));
            }
        }
        let total: i64 = self.funding_sources.iter().map(|s| s.share.0).sum();
        if total != Bp::HUNDRED_PERCENT.0 {
            problems.push(
                FieldProblem::new(
                    "fundingSources",
                    "shares-not-100",
                    format!("shares add up to {} %, not 100 %", Bp(total)),
                )
                .arg("total", Bp(total).to_percent_string()),
            );
        }
    }
}

/// A stored strategy with its funding sources.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Strategy {
    pub id: String,
    pub code: String,
    pub title: String,
    pub start_year: i32,
    pub end_year: i32,
    pub status: StrategyStatus,
    pub envelope: Money,
    pub running_cap: Bp,
    pub funding_sources: Vec<FundingSource>,
    pub created_at: String,
    pub updated_at: String,
}

/// A line of the strategy list, with what deleting it would take along.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StrategySummary {
    pub id: String,
    pub code: String,
    pub title: String,
    pub start_year: i32,
    pub end_year: i32,
    pub status: StrategyStatus,
    pub envelope: Money,
    #[ts(type = "number")]
    pub priority_count: i64,
    #[ts(type = "number")]
    pub measure_count: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PriorityInput {
    pub code: String,
    pub title: String,
}

impl PriorityInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("code", &self.code);
        problems.require("title", &self.title);
        problems.into_result()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Priority {
    pub id: String,
    pub strategy_id: String,
    pub code: String,
    pub title: String,
    #[ts(type = "number")]
    pub position: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeasureInput {
    /// `None` for running and animation lines outside any priority.
    pub priority_id: Option<String>,
    pub code: String,
    pub title: String,
    pub kind: MeasureKind,
    pub allocation: Money,
    #[ts(type = "number | null")]
    pub planned_projects: Option<i64>,
    pub max_intensity: Option<Bp>,
    pub max_grant: Option<Money>,
    /// The allocation per calendar year; empty when not spread over years.
    pub yearly: Vec<YearAllocation>,
}

impl MeasureInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("code", &self.code);
        problems.require("title", &self.title);
        if self.allocation.0 < 0 {
            problems.push(FieldProblem::new(
                "allocation",
                "negative",
                "must not be negative",
            ));
        }
        if !self.kind.is_running_cost() && self.priority_id.is_none() {
            problems.push(FieldProblem::new(
                "priorityId",
                "priority-required",
                "project and cooperation measures belong to a priority",
            ));
        }
        check_yearly(&mut problems, self.allocation, &self.yearly);
        if self.planned_projects.is_some_and(|n| n < 0) {
            problems.push(FieldProblem::new(
                "plannedProjects",
                "negative",
                "must not be negative",
            ));
        }
        if self
            .max_intensity
            .is_some_and(|bp| !(1..=10_000).contains(&bp.0))
        {
            problems.push(FieldProblem::new(
                "maxIntensity",
                "share-out-of-range",
                "must be more than 0 % and at most 100 %",
            ));
        }
        if self.max_grant.is_some_and(|m| m.0 <= 0) {
            problems.push(FieldProblem::new(
                "maxGrant",
                "not-positive",
                "must be more than zero",
            ));
        }
        if let (Some(grant), true) = (self.max_grant, self.allocation.0 > 0) {
            if grant > self.allocation {
                problems.push(
                    FieldProblem::new(
                        "maxGrant",
                        "grant-above-allocation",
                        "is more than the measure's allocation",
                    )
                    .arg("allocation", self.allocation.to_decimal_string()),
                );
            }
        }
        problems.into_result()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Measure {
    pub id: String,
    pub strategy_id: String,
    pub priority_id: Option<String>,
    pub code: String,
    pub title: String,
    pub kind: MeasureKind,
    pub allocation: Money,
    #[ts(type = "number | null")]
    pub planned_projects: Option<i64>,
    pub max_intensity: Option<Bp>,
    pub max_grant: Option<Money>,
    pub yearly: Vec<YearAllocation>,
    #[ts(type = "number")]
    pub position: i64,
}

impl Measure {
    /// The measure as the input that would save it unchanged, for an edit to start from.
    pub fn to_input(&self) -> MeasureInput {
        MeasureInput {
            priority_id: self.priority_id.clone(),
            code: self.code.clone(),
            title: self.title.clone(),
            kind: self.kind,
            allocation: self.allocation,
            planned_projects: self.planned_projects,
            max_intensity: self.max_intensity,
            max_grant: self.max_grant,
            yearly: self.yearly.clone(),
        }
    }
}

/// One row of an imported plan: the priority it sits under (when any) and the measure.
/// `measure.priority_id` is ignored; the store finds or creates the priority by its code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    pub priority: Option<PriorityInput>,
    pub measure: MeasureInput,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> StrategyInput {
        StrategyInput {
            code: "VPS-2023".into(),
            title: "Strategy".into(),
            start_year: 2023,
            end_year: 2029,
            status: StrategyStatus::Draft,
            envelope: Money(420_000_000),
            running_cap: DEFAULT_RUNNING_CAP,
            funding_sources: vec![
                FundingSource {
                    code: "EAFRD".into(),
                    name: "EAFRD".into(),
                    share: Bp(8500),
                },
                FundingSource {
                    code: "NAT".into(),
                    name: "National".into(),
                    share: Bp(1500),
                },
            ],
        }
    }

    fn codes(err: Invalid) -> Vec<(String, String)> {
        err.0.into_iter().map(|p| (p.field, p.code)).collect()
    }

    #[test]
    fn a_complete_strategy_is_valid() {
        assert_eq!(input().validate(), Ok(()));
    }

    #[test]
    fn end_year_before_start_names_the_field() {
        let err = StrategyInput {
            end_year: 2020,
            ..input()
        }
        .validate()
        .unwrap_err();
        assert_eq!(
            codes(err),
            vec![("endYear".into(), "end-before-start".into())]
        );
    }

    #[test]
    fn shares_must_sum_to_100() {
        let mut s = input();
        s.funding_sources[1].share = Bp(1000);
        let err = s.validate().unwrap_err();
        assert_eq!(
            codes(err.clone()),
            vec![("fundingSources".into(), "shares-not-100".into())]
        );
        assert_eq!(err.0[0].args["total"], "95.00");
    }

    #[test]
    fn duplicate_funding_codes_are_refused() {
        let mut s = input();
        s.funding_sources[1].code = "EAFRD".into();
        let err = s.validate().unwrap_err();
        assert_eq!(
            codes(err),
            vec![("fundingSources.1.code".into(), "duplicate-code".into())]
        );
    }

    #[test]
    fn project_measures_need_a_priority() {
        let m = MeasureInput {
            priority_id: None,
            code: "M1".into(),
            title: "Measure".into(),
            kind: MeasureKind::Project,
            allocation: Money(100),
            planned_projects: None,
            max_intensity: None,
            max_grant: None,
            yearly: Vec::new(),
        };
        assert_eq!(
            codes(m.clone().validate().unwrap_err()),
            vec![("priorityId".into(), "priority-required".into())]
        );
        assert_eq!(
            MeasureInput {
                kind: MeasureKind::Running,
                ..m
            }
            .validate(),
            Ok(())
        );
    }
}
