//! Indicators: what the strategy promised to achieve (jobs, projects, people reached), with
//! achieved values entered by date or derived from projects, and the performance figures that
//! paying agencies ask for in mid-term reviews.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::locale::{parse_hundredths, plain_hundredths};
use crate::problem::{FieldProblem, Invalid, Problems};
use crate::project::{Project, ProjectStatus};
use crate::share::Bp;

/// An amount of an indicator's unit in hundredths (12.5 km = 1250); whole counts are × 100.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS,
)]
#[serde(transparent)]
#[ts(export, type = "number")]
pub struct Quantity(pub i64);

impl Quantity {
    pub fn count(n: i64) -> Quantity {
        Quantity(n.saturating_mul(100))
    }

    /// Whole quantities as counts (`1 500`), others with two decimals (`12,50`), per locale.
    pub fn format(self, locale: crate::Locale) -> String {
        let (sign, text) = crate::locale::local_hundredths(self.0, locale);
        let whole = self.0 % 100 == 0;
        let text = if whole {
            text.rsplit_once([',', '.'])
                .map_or(text.clone(), |(w, _)| w.to_owned())
        } else {
            text
        };
        format!("{sign}{text}")
    }

    /// `12.50`.
    pub fn to_decimal_string(self) -> String {
        plain_hundredths(self.0)
    }

    /// Reads `12`, `12,5` or `12.50`.
    pub fn parse(text: &str) -> Option<Quantity> {
        parse_hundredths(text).map(Quantity)
    }
}

/// Where an indicator's achieved value comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum IndicatorSource {
    /// The latest value the coordinator entered.
    #[default]
    Manual,
    /// Completed projects (of the measure, or of the strategy).
    ProjectsCompleted,
    /// Projects contracted or later, not terminated or withdrawn.
    ProjectsContracted,
    /// Jobs created by contracted, implementing and completed projects.
    JobsCreated,
}

impl IndicatorSource {
    pub const ALL: [IndicatorSource; 4] = [
        IndicatorSource::Manual,
        IndicatorSource::ProjectsCompleted,
        IndicatorSource::ProjectsContracted,
        IndicatorSource::JobsCreated,
    ];

    pub fn code(self) -> &'static str {
        match self {
            IndicatorSource::Manual => "manual",
            IndicatorSource::ProjectsCompleted => "projects-completed",
            IndicatorSource::ProjectsContracted => "projects-contracted",
            IndicatorSource::JobsCreated => "jobs-created",
        }
    }

    pub fn from_code(code: &str) -> Option<IndicatorSource> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl Indicator {
    /// What `project` adds to this indicator's achieved value, for an indicator counted from
    /// projects of its scope (its measure, or the whole strategy); `None` for any other. The
    /// statuses are those the store counts: contracted, implementing and completed.
    pub fn contribution(&self, project: &Project) -> Option<Quantity> {
        let in_scope = project.strategy_id == self.strategy_id
            && self
                .measure_id
                .as_ref()
                .is_none_or(|m| *m == project.measure_id);
        let contracted = matches!(
            project.status,
            ProjectStatus::Contracted | ProjectStatus::Implementing | ProjectStatus::Completed
        );
        let count = |yes: bool| Quantity(if yes { 100 } else { 0 });
        match self.source {
            _ if !in_scope => None,
            IndicatorSource::Manual => None,
            IndicatorSource::ProjectsCompleted => {
                Some(count(project.status == ProjectStatus::Completed))
            }
            IndicatorSource::ProjectsContracted => Some(count(contracted)),
            IndicatorSource::JobsCreated => Some(Quantity(if contracted {
                project.jobs_created.unwrap_or(0) * 100
            } else {
                0
            })),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct IndicatorInput {
    /// `None` for an indicator of the whole strategy.
    pub measure_id: Option<String>,
    pub code: String,
    pub name: String,
    pub unit: String,
    pub baseline: Quantity,
    pub target: Quantity,
    pub source: IndicatorSource,
}

impl IndicatorInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("code", &self.code);
        problems.require("name", &self.name);
        problems.require("unit", &self.unit);
        if self.target.0 < 0 {
            problems.push(FieldProblem::new(
                "target",
                "negative",
                "must not be negative",
            ));
        }
        problems.into_result()
    }
}

/// An indicator with its achieved value and performance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Indicator {
    pub id: String,
    pub strategy_id: String,
    pub measure_id: Option<String>,
    pub measure_code: Option<String>,
    pub code: String,
    pub name: String,
    pub unit: String,
    pub baseline: Quantity,
    pub target: Quantity,
    pub source: IndicatorSource,
    pub achieved: Quantity,
    /// The date of the achieved value when entered by hand.
    pub achieved_on: Option<String>,
    /// `achieved / target`.
    pub performance: Bp,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct IndicatorValue {
    pub value: Quantity,
    pub measured_on: String,
    pub note: String,
}

/// The three figures of a mid-term review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Performance {
    /// Paid as a share of the allocation (the financial indicator paying agencies use).
    pub financial: Bp,
    /// Committed as a share of the allocation.
    pub committed: Bp,
    /// Completed projects as a share of the projects the measures planned.
    pub physical: Bp,
    #[ts(type = "number")]
    pub projects_completed: i64,
    #[ts(type = "number")]
    pub projects_planned: i64,
    /// Jobs created as a share of the jobs target (the strategy's `jobs-created` indicators).
    pub jobs: Bp,
    pub jobs_created: Quantity,
    pub jobs_target: Quantity,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Locale;

    #[test]
    fn quantities_print_whole_as_counts_and_parts_with_two_decimals() {
        assert_eq!(Quantity::count(1500).format(Locale::Lt), "1\u{a0}500");
        assert_eq!(Quantity::count(1500).format(Locale::En), "1,500");
        assert_eq!(Quantity(1250).format(Locale::Lv), "12,50");
        assert_eq!(Quantity::count(-3).format(Locale::En), "−3");
    }
}
