//! Project selection for a call: criteria with maximum points and a pass threshold, each
//! evaluator's score sheet, and the ranking that proposes which applications are selected, put
//! on the reserve list or rejected.
//!
//! The rules, stated once here and in the window:
//! - A project's score is the average of its evaluators' totals, kept exact (a sum and a count)
//!   and shown to two decimals.
//! - It passes when that average reaches the threshold.
//! - Within each measure of the call, passing projects are ranked by score; equal scores are
//!   ordered by the smaller requested aid, then the earlier submission, then the number.
//! - Down the ranking, a project is selected while the measure's money in the call covers its
//!   requested aid. From the first project that does not fit, every passing project goes to the
//!   reserve list in ranking order: the list never skips a better-ranked project for a smaller one.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::locale::{local_hundredths, parse_hundredths, plain_hundredths, Locale};
use crate::money::Money;
use crate::problem::{FieldProblem, Invalid, Problems};
use crate::project::ProjectStatus;

/// Points in hundredths, so that half points (`7,5`) are exact: `750` is 7.5 points.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS,
)]
#[serde(transparent)]
#[ts(export, type = "number")]
pub struct Points(pub i64);

impl Points {
    /// `12`, `7,5`, `7.25`: at most two decimals, never negative.
    pub fn parse(text: &str) -> Option<Points> {
        parse_hundredths(text).map(Points)
    }

    pub fn to_decimal_string(self) -> String {
        plain_hundredths(self.0)
    }

    pub fn format(self, locale: Locale) -> String {
        let (sign, number) = local_hundredths(self.0, locale);
        format!("{sign}{number}")
    }
}

impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_decimal_string())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CriterionInput {
    /// The criterion being edited; none for a new one.
    pub id: Option<String>,
    pub title: String,
    pub max_points: Points,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SelectionRulesInput {
    pub criteria: Vec<CriterionInput>,
    /// The average score a project needs to pass; none while the call has not set one.
    pub threshold: Option<Points>,
}

impl SelectionRulesInput {
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        for (i, c) in self.criteria.iter().enumerate() {
            problems.require(&format!("criteria.{i}.title"), &c.title);
            if c.max_points.0 <= 0 {
                problems.push(FieldProblem::new(
                    format!("criteria.{i}.maxPoints"),
                    "not-positive",
                    "must be more than zero",
                ));
            }
        }
        let most: i64 = self.criteria.iter().map(|c| c.max_points.0.max(0)).sum();
        if let Some(threshold) = self.threshold {
            if threshold.0 > most {
                problems.push(
                    FieldProblem::new(
                        "threshold",
                        "threshold-above-maximum",
                        format!(
                            "is more than the {} points the criteria can give",
                            Points(most)
                        ),
                    )
                    .arg("most", Points(most)),
                );
            }
        }
        problems.into_result()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Criterion {
    pub id: String,
    pub title: String,
    pub max_points: Points,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CriterionScore {
    pub criterion_id: String,
    pub points: Points,
}

/// One evaluator's points for one project on every criterion of its call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ScoreSheetInput {
    pub evaluator: String,
    pub scores: Vec<CriterionScore>,
}

impl ScoreSheetInput {
    /// Every criterion scored once, within its maximum.
    pub fn validate(&self, criteria: &[Criterion]) -> Result<(), Invalid> {
        let mut problems = Problems::default();
        problems.require("evaluator", &self.evaluator);
        if criteria.is_empty() {
            problems.push(FieldProblem::new(
                "scores",
                "no-criteria",
                "the call has no selection criteria yet",
            ));
        }
        for (i, score) in self.scores.iter().enumerate() {
            let field = format!("scores.{i}.points");
            let Some(criterion) = criteria.iter().find(|c| c.id == score.criterion_id) else {
                problems.push(FieldProblem::new(
                    field,
                    "unknown-criterion",
                    "is not a criterion of the call",
                ));
                continue;
            };
            if self.scores[..i]
                .iter()
                .any(|s| s.criterion_id == score.criterion_id)
            {
                problems.push(FieldProblem::new(
                    field,
                    "criterion-twice",
                    format!("scores '{}' twice", criterion.title),
                ));
            } else if score.points.0 < 0 {
                problems.push(FieldProblem::new(field, "negative", "must not be negative"));
            } else if score.points > criterion.max_points {
                problems.push(
                    FieldProblem::new(
                        field,
                        "score-above-maximum",
                        format!(
                            "is more than the {} points '{}' gives at most",
                            criterion.max_points, criterion.title
                        ),
                    )
                    .arg("max", criterion.max_points)
                    .arg("criterion", &criterion.title),
                );
            }
        }
        for criterion in criteria {
            if !self.scores.iter().any(|s| s.criterion_id == criterion.id) {
                problems.push(
                    FieldProblem::new(
                        "scores",
                        "criterion-missing",
                        format!("'{}' has no score", criterion.title),
                    )
                    .arg("criterion", &criterion.title),
                );
            }
        }
        problems.into_result()
    }

    pub fn total(&self) -> Points {
        Points(self.scores.iter().map(|s| s.points.0).sum())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ScoreSheet {
    pub evaluator: String,
    pub scores: Vec<CriterionScore>,
    pub total: Points,
}

/// Where the ranking puts a project, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Proposal {
    /// Passes and the measure's money covers it.
    Selected,
    /// Passes, but the money ran out at or before it.
    Reserve,
    /// Below the threshold.
    BelowThreshold,
}

impl Proposal {
    /// The status a selection decision gives the project.
    pub fn status(self) -> ProjectStatus {
        match self {
            Proposal::Selected => ProjectStatus::Selected,
            Proposal::Reserve => ProjectStatus::Reserve,
            Proposal::BelowThreshold => ProjectStatus::Rejected,
        }
    }
}

/// What the ranking needs to know about one scored application.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub project_id: String,
    pub number: String,
    pub requested_aid: Money,
    pub submitted_on: String,
    pub sheets: Vec<ScoreSheet>,
}

impl Candidate {
    fn sum(&self) -> i128 {
        self.sheets.iter().map(|s| i128::from(s.total.0)).sum()
    }

    fn count(&self) -> i128 {
        i128::try_from(self.sheets.len())
            .unwrap_or(i128::MAX)
            .max(1)
    }

    /// The average total, rounded half up to a hundredth of a point.
    pub fn average(&self) -> Points {
        let (sum, n) = (self.sum(), self.count());
        Points(i64::try_from((2 * sum + n) / (2 * n)).unwrap_or(i64::MAX))
    }

    fn passes(&self, threshold: Option<Points>) -> bool {
        threshold.is_none_or(|t| self.sum() >= i128::from(t.0) * self.count())
    }

    /// Higher exact average first, then the stated tie rule.
    fn rank_against(&self, other: &Candidate) -> Ordering {
        (other.sum() * self.count())
            .cmp(&(self.sum() * other.count()))
            .then(self.requested_aid.cmp(&other.requested_aid))
            .then(self.submitted_on.cmp(&other.submitted_on))
            .then(self.number.cmp(&other.number))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Ranked {
    pub project_id: String,
    /// 1 for the best; projects below the threshold are ranked after the passing ones.
    #[ts(type = "number")]
    pub rank: i64,
    pub average: Points,
    /// The requested aid of the selected projects up to and including this one.
    pub cumulative: Money,
    pub proposal: Proposal,
}

/// Ranks one measure's scored applications against the money the call has for it.
pub fn rank(
    mut candidates: Vec<Candidate>,
    threshold: Option<Points>,
    available: Money,
) -> Vec<Ranked> {
    candidates.sort_by(|a, b| {
        b.passes(threshold)
            .cmp(&a.passes(threshold))
            .then_with(|| a.rank_against(b))
    });
    let mut cumulative = Money(0);
    let mut money_out = false;
    candidates
        .iter()
        .zip(1..)
        .map(|(c, rank)| {
            let proposal = if !c.passes(threshold) {
                Proposal::BelowThreshold
            } else if !money_out && cumulative + c.requested_aid <= available {
                cumulative += c.requested_aid;
                Proposal::Selected
            } else {
                money_out = true;
                Proposal::Reserve
            };
            Ranked {
                project_id: c.project_id.clone(),
                rank,
                average: c.average(),
                cumulative,
                proposal,
            }
        })
        .collect()
}

/// A call's selection criteria and threshold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SelectionRules {
    pub criteria: Vec<Criterion>,
    pub threshold: Option<Points>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RankingLine {
    pub project_id: String,
    pub number: String,
    pub title: String,
    pub applicant_name: String,
    pub status: ProjectStatus,
    pub requested_aid: Money,
    pub sheets: Vec<ScoreSheet>,
    pub ranked: Ranked,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeasureRanking {
    pub measure_id: String,
    pub measure_code: String,
    pub available: Money,
    pub selected: Money,
    pub reserve: Money,
    pub lines: Vec<RankingLine>,
}

/// An application of the call that the ranking cannot place yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Unscored {
    pub project_id: String,
    pub number: String,
    pub title: String,
    pub applicant_name: String,
    pub status: ProjectStatus,
    pub requested_aid: Money,
}

/// Everything the selection screen shows for one call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Selection {
    pub call_id: String,
    pub call_number: String,
    pub rules: SelectionRules,
    pub measures: Vec<MeasureRanking>,
    /// Admissible applications without a score sheet (they hold up a selection decision), and
    /// submitted ones whose admissibility is not checked yet.
    pub unscored: Vec<Unscored>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(number: &str, requested: i64, submitted: &str, totals: &[i64]) -> Candidate {
        Candidate {
            project_id: number.to_lowercase(),
            number: number.into(),
            requested_aid: Money(requested),
            submitted_on: submitted.into(),
            sheets: totals
                .iter()
                .enumerate()
                .map(|(i, t)| ScoreSheet {
                    evaluator: format!("E{i}"),
                    scores: Vec::new(),
                    total: Points(*t),
                })
                .collect(),
        }
    }

    fn outcome(ranked: &[Ranked]) -> Vec<(&str, i64, Proposal)> {
        ranked
            .iter()
            .map(|r| (r.project_id.as_str(), r.average.0, r.proposal))
            .collect()
    }

    #[test]
    fn the_ranking_funds_down_the_list_then_fills_the_reserve_in_order() {
        let ranked = rank(
            vec![
                candidate("P-1", 30_000_00, "2026-03-01", &[8000, 7000]),
                candidate("P-2", 50_000_00, "2026-03-02", &[9000, 9100]),
                candidate("P-3", 10_000_00, "2026-03-03", &[6000, 6050]),
                candidate("P-4", 5_000_00, "2026-03-04", &[3000, 3900]),
                candidate("P-5", 20_000_00, "2026-03-05", &[7000, 6000]),
            ],
            Some(Points(4000)),
            Money(90_000_00),
        );
        // P-3 would fit after P-5 missed, but the reserve list never skips a better project.
        assert_eq!(
            outcome(&ranked),
            [
                ("p-2", 9050, Proposal::Selected),
                ("p-1", 7500, Proposal::Selected),
                ("p-5", 6500, Proposal::Reserve),
                ("p-3", 6025, Proposal::Reserve),
                ("p-4", 3450, Proposal::BelowThreshold),
            ]
        );
        assert_eq!(ranked[1].cumulative, Money(80_000_00));
        assert_eq!(
            ranked.iter().map(|r| r.rank).collect::<Vec<_>>(),
            [1, 2, 3, 4, 5]
        );
    }

    #[test]
    fn equal_scores_rank_the_smaller_request_then_the_earlier_submission_first() {
        let ranked = rank(
            vec![
                candidate("P-1", 20_000_00, "2026-03-01", &[7000]),
                candidate("P-2", 15_000_00, "2026-03-05", &[7000]),
                candidate("P-3", 15_000_00, "2026-03-02", &[6900, 7100]),
            ],
            None,
            Money(100_000_00),
        );
        assert_eq!(
            ranked
                .iter()
                .map(|r| r.project_id.as_str())
                .collect::<Vec<_>>(),
            ["p-3", "p-2", "p-1"]
        );
    }

    #[test]
    fn the_average_is_compared_exactly_and_shown_rounded() {
        // 70.005 rounds to 70.01 for display, yet it passes a 70.01 threshold only if exact.
        let c = candidate("P-1", 1, "2026-01-01", &[7000, 7001]);
        assert_eq!(c.average(), Points(7001));
        assert!(!c.passes(Some(Points(7001))));
        assert!(c.passes(Some(Points(7000))));
    }

    fn criteria() -> Vec<Criterion> {
        vec![
            Criterion {
                id: "c1".into(),
                title: "Naujos darbo vietos".into(),
                max_points: Points(2000),
            },
            Criterion {
                id: "c2".into(),
                title: "Jaunimas".into(),
                max_points: Points(1000),
            },
        ]
    }

    #[test]
    fn a_score_sheet_must_score_every_criterion_within_its_maximum() {
        let sheet = ScoreSheetInput {
            evaluator: "Rūta Petraitienė".into(),
            scores: vec![
                CriterionScore {
                    criterion_id: "c1".into(),
                    points: Points(2050),
                },
                CriterionScore {
                    criterion_id: "c1".into(),
                    points: Points(100),
                },
            ],
        };
        let problems = sheet.validate(&criteria()).unwrap_err().0;
        let seen: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p.field.as_str(), p.code.as_str()))
            .collect();
        assert_eq!(
            seen,
            [
                ("scores.0.points", "score-above-maximum"),
                ("scores.1.points", "criterion-twice"),
                ("scores", "criterion-missing"),
            ]
        );
        assert!(problems[0]
            .message
            .contains("20.00 points 'Naujos darbo vietos'"));
    }

    #[test]
    fn a_threshold_above_what_the_criteria_give_is_refused() {
        let rules = SelectionRulesInput {
            criteria: vec![CriterionInput {
                id: None,
                title: "Inovatyvumas".into(),
                max_points: Points(1500),
            }],
            threshold: Some(Points(1600)),
        };
        assert_eq!(rules.validate().unwrap_err().0[0].field, "threshold");
    }

    #[test]
    fn points_read_half_points_and_print_per_locale() {
        assert_eq!(Points::parse("7,5"), Some(Points(750)));
        assert_eq!(Points::parse("-1"), None);
        assert_eq!(Points(1250).format(Locale::Lt), "12,50");
        assert_eq!(Points(1250).format(Locale::En), "12.50");
    }
}
