//! The strategy's financial plan as the strategy screen and the budget export show it.
//!
//! Amounts arrive already summed by the store's SQL; this module only decides what each share is
//! a share of and when to warn:
//! - priorities and their project / cooperation measures: share of the local-project budget;
//! - running and animation lines: share of the whole strategy, which is the awarded envelope when
//!   one is set and the plan total otherwise; their sum is checked against the running-cost cap.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::money::Money;
use crate::share::{split, Bp};
use crate::strategy::{Measure, MeasureKind, Priority, Strategy};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum PlanLineLevel {
    Strategy,
    Priority,
    Measure,
}

impl PlanLineLevel {
    pub fn code(self) -> &'static str {
        match self {
            PlanLineLevel::Strategy => "strategy",
            PlanLineLevel::Priority => "priority",
            PlanLineLevel::Measure => "measure",
        }
    }
}

/// One row of the financial plan or of the budget export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PlanLine {
    pub level: PlanLineLevel,
    /// Id of the priority or measure; the strategy's id on the strategy row.
    pub id: String,
    pub priority_id: Option<String>,
    pub code: String,
    pub title: String,
    pub kind: Option<MeasureKind>,
    pub allocated: Money,
    pub committed: Money,
    pub paid: Money,
    /// `allocated − committed`.
    pub available: Money,
    /// Share of the local-project budget, or of the whole strategy for running and animation lines.
    pub share: Bp,
    #[ts(type = "number | null")]
    pub planned_projects: Option<i64>,
    pub max_intensity: Option<Bp>,
    pub max_grant: Option<Money>,
}

/// A funding source's part of the money view: its share of the plan total split to the cent, and
/// the sums of the fund splits stored with each committed project and each paid claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FundingPart {
    pub code: String,
    pub name: String,
    pub share: Bp,
    pub amount: Money,
    pub committed: Money,
    pub paid: Money,
    /// `amount − committed`.
    pub available: Money,
}

/// The money of one calendar year. `year` is `None` on the line that holds the allocations not
/// spread over years.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct YearLine {
    pub year: Option<i32>,
    pub allocated: Money,
    /// Awarded aid of committed projects, by the year they were first approved.
    pub committed: Money,
    /// Paid claims, by the year they were paid.
    pub paid: Money,
    /// `allocated − committed`.
    pub available: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum PlanWarning {
    /// The plan allocates more than the awarded envelope.
    #[serde(rename_all = "camelCase")]
    OverEnvelope {
        plan_total: Money,
        envelope: Money,
        difference: Money,
    },
    /// Projects hold more of a measure than the plan gives it.
    #[serde(rename_all = "camelCase")]
    OverCommitted {
        code: String,
        allocated: Money,
        committed: Money,
        difference: Money,
    },
    /// Running + animation costs are above the cap.
    #[serde(rename_all = "camelCase")]
    RunningCapExceeded {
        running_total: Money,
        cap_amount: Money,
        share: Bp,
        cap: Bp,
        difference: Money,
    },
}

/// One measure's money in one calendar year (none: the allocation not spread over years).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeasureYear {
    pub measure_id: String,
    pub year: Option<i32>,
    pub amounts: Amounts,
}

/// A line's money: what the plan gives it, what projects hold of it, and what was paid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Amounts {
    pub allocated: Money,
    /// Awarded aid of approved, contracted, implementing and completed projects.
    pub committed: Money,
    pub paid: Money,
}

impl std::ops::Add for Amounts {
    type Output = Amounts;
    fn add(self, rhs: Amounts) -> Amounts {
        Amounts {
            allocated: self.allocated + rhs.allocated,
            committed: self.committed + rhs.committed,
            paid: self.paid + rhs.paid,
        }
    }
}

/// Money summed per line by the store, before shares are worked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanSums {
    /// Priorities in order, each with the sums of its project and cooperation measures.
    pub priorities: Vec<(Priority, Amounts)>,
    /// Every measure in order (priority by priority, then the lines without a priority).
    pub measures: Vec<(Measure, Amounts)>,
    pub local_projects: Amounts,
    pub running: Amounts,
    /// Per calendar year (`None`: allocations not spread over years), in any order.
    pub years: Vec<(Option<i32>, Amounts)>,
    /// Per funding source code: committed and paid, summed from the stored fund splits.
    pub funds: Vec<(String, Money, Money)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FinancialPlan {
    pub strategy: Strategy,
    /// Priorities, each followed by its project and cooperation measures.
    pub project_lines: Vec<PlanLine>,
    /// Running and animation lines.
    pub running_lines: Vec<PlanLine>,
    pub local_projects_total: Money,
    pub running_total: Money,
    pub plan_total: Money,
    pub committed_total: Money,
    pub paid_total: Money,
    /// What running shares and the cap are measured against.
    pub strategy_base: Money,
    pub running_share: Bp,
    /// `envelope − plan total`: money not yet given to any measure (negative when over).
    pub unallocated: Money,
    pub funding_parts: Vec<FundingPart>,
    /// Every year of the strategy period and any other year with money, in order; then the line
    /// of the allocations not spread over years, when there are any.
    pub years: Vec<YearLine>,
    pub warnings: Vec<PlanWarning>,
}

impl FinancialPlan {
    pub fn build(strategy: Strategy, sums: PlanSums) -> FinancialPlan {
        let local = sums.local_projects.allocated;
        let running = sums.running.allocated;
        let total = sums.local_projects + sums.running;
        let plan_total = total.allocated;
        let base = if strategy.envelope.0 > 0 {
            strategy.envelope
        } else {
            plan_total
        };
        let mut project_lines = Vec::new();
        for (priority, amounts) in &sums.priorities {
            project_lines.push(PlanLine {
                level: PlanLineLevel::Priority,
                id: priority.id.clone(),
                priority_id: None,
                code: priority.code.clone(),
                title: priority.title.clone(),
                kind: None,
                share: Bp::of(amounts.allocated, local),
                ..line_amounts(*amounts)
            });
            project_lines.extend(
                sums.measures
                    .iter()
                    .filter(|(m, _)| !m.kind.is_running_cost())
                    .filter(|(m, _)| m.priority_id.as_deref() == Some(priority.id.as_str()))
                    .map(|(m, a)| measure_line(m, *a, local)),
            );
        }
        let running_lines = sums
            .measures
            .iter()
            .filter(|(m, _)| m.kind.is_running_cost())
            .map(|(m, a)| measure_line(m, *a, base))
            .collect();
        let running_share = Bp::of(running, base);
        let weights: Vec<Bp> = strategy.funding_sources.iter().map(|f| f.share).collect();
        let funding_parts = strategy
            .funding_sources
            .iter()
            .zip(split(plan_total, &weights))
            .map(|(f, amount)| {
                let (committed, paid) = sums
                    .funds
                    .iter()
                    .find(|(code, _, _)| *code == f.code)
                    .map_or((Money::ZERO, Money::ZERO), |(_, c, p)| (*c, *p));
                FundingPart {
                    code: f.code.clone(),
                    name: f.name.clone(),
                    share: f.share,
                    amount,
                    committed,
                    paid,
                    available: amount - committed,
                }
            })
            .collect();
        let years = year_lines(&strategy, &sums.years, plan_total);
        let mut warnings = plan_warnings(&strategy, plan_total, running, base, running_share);
        warnings.extend(
            sums.measures
                .iter()
                .filter(|(_, a)| a.committed > a.allocated)
                .map(|(m, a)| PlanWarning::OverCommitted {
                    code: m.code.clone(),
                    allocated: a.allocated,
                    committed: a.committed,
                    difference: a.committed - a.allocated,
                }),
        );
        FinancialPlan {
            unallocated: strategy.envelope - plan_total,
            strategy,
            project_lines,
            running_lines,
            local_projects_total: local,
            running_total: running,
            plan_total,
            committed_total: total.committed,
            paid_total: total.paid,
            strategy_base: base,
            running_share,
            funding_parts,
            years,
            warnings,
        }
    }

    /// The rows of the budget export: the strategy, then each priority followed by its measures,
    /// then the running and animation lines.
    pub fn budget_lines(&self) -> Vec<PlanLine> {
        let s = &self.strategy;
        let strategy_line = PlanLine {
            level: PlanLineLevel::Strategy,
            id: s.id.clone(),
            priority_id: None,
            code: s.code.clone(),
            title: s.title.clone(),
            kind: None,
            share: Bp::of(self.plan_total, self.plan_total),
            ..line_amounts(Amounts {
                allocated: self.plan_total,
                committed: self.committed_total,
                paid: self.paid_total,
            })
        };
        std::iter::once(strategy_line)
            .chain(self.project_lines.iter().cloned())
            .chain(self.running_lines.iter().cloned())
            .collect()
    }
}

/// One line per year of the strategy period and per other year with money, in order. What the
/// yearly spreads leave of the plan total goes to the line without a year.
fn year_lines(
    strategy: &Strategy,
    sums: &[(Option<i32>, Amounts)],
    plan_total: Money,
) -> Vec<YearLine> {
    let mut years: Vec<i32> = (strategy.start_year..=strategy.end_year)
        .chain(sums.iter().filter_map(|(y, _)| *y))
        .collect();
    years.sort_unstable();
    years.dedup();
    let amounts_of = |year: Option<i32>| {
        sums.iter()
            .filter(|(y, _)| *y == year)
            .fold(Amounts::default(), |acc, (_, a)| acc + *a)
    };
    let mut lines: Vec<YearLine> = years
        .into_iter()
        .map(|y| year_line(Some(y), amounts_of(Some(y))))
        .collect();
    let spread = lines.iter().fold(Money::ZERO, |acc, l| acc + l.allocated);
    let untied = Amounts {
        allocated: plan_total - spread,
        ..amounts_of(None)
    };
    if untied != Amounts::default() {
        lines.push(year_line(None, untied));
    }
    lines
}

fn year_line(year: Option<i32>, a: Amounts) -> YearLine {
    YearLine {
        year,
        allocated: a.allocated,
        committed: a.committed,
        paid: a.paid,
        available: a.allocated - a.committed,
    }
}

fn plan_warnings(
    strategy: &Strategy,
    plan_total: Money,
    running: Money,
    base: Money,
    share: Bp,
) -> Vec<PlanWarning> {
    let mut warnings = Vec::new();
    if strategy.envelope.0 > 0 && plan_total > strategy.envelope {
        warnings.push(PlanWarning::OverEnvelope {
            plan_total,
            envelope: strategy.envelope,
            difference: plan_total - strategy.envelope,
        });
    }
    // The cap in cents rounded down, so any cent above the exact cap is flagged.
    let cap_cents = i128::from(base.0) * i128::from(strategy.running_cap.0) / 10_000;
    let cap_amount = Money(i64::try_from(cap_cents).unwrap_or(i64::MAX));
    if running > cap_amount {
        warnings.push(PlanWarning::RunningCapExceeded {
            running_total: running,
            cap_amount,
            share,
            cap: strategy.running_cap,
            difference: running - cap_amount,
        });
    }
    warnings
}

fn line_amounts(amounts: Amounts) -> PlanLine {
    PlanLine {
        level: PlanLineLevel::Measure,
        id: String::new(),
        priority_id: None,
        code: String::new(),
        title: String::new(),
        kind: None,
        allocated: amounts.allocated,
        committed: amounts.committed,
        paid: amounts.paid,
        available: amounts.allocated - amounts.committed,
        share: Bp(0),
        planned_projects: None,
        max_intensity: None,
        max_grant: None,
    }
}

fn measure_line(m: &Measure, amounts: Amounts, base: Money) -> PlanLine {
    PlanLine {
        level: PlanLineLevel::Measure,
        id: m.id.clone(),
        priority_id: m.priority_id.clone(),
        code: m.code.clone(),
        title: m.title.clone(),
        kind: Some(m.kind),
        share: Bp::of(m.allocation, base),
        planned_projects: m.planned_projects,
        max_intensity: m.max_intensity,
        max_grant: m.max_grant,
        ..line_amounts(amounts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategy::{FundingSource, StrategyStatus};

    fn strategy(envelope: i64) -> Strategy {
        Strategy {
            id: "s".into(),
            code: "VPS".into(),
            title: "Strategy".into(),
            start_year: 2023,
            end_year: 2029,
            status: StrategyStatus::Draft,
            envelope: Money(envelope),
            running_cap: Bp(2000),
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
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    fn measure(id: &str, priority: Option<&str>, kind: MeasureKind, cents: i64) -> Measure {
        Measure {
            id: id.into(),
            strategy_id: "s".into(),
            priority_id: priority.map(Into::into),
            code: id.to_uppercase(),
            title: id.into(),
            kind,
            allocation: Money(cents),
            planned_projects: None,
            max_intensity: None,
            max_grant: None,
            yearly: Vec::new(),
            position: 0,
        }
    }

    fn allocated(cents: i64) -> Amounts {
        Amounts {
            allocated: Money(cents),
            ..Amounts::default()
        }
    }

    fn sums(running: i64) -> PlanSums {
        let p = Priority {
            id: "p1".into(),
            strategy_id: "s".into(),
            code: "P1".into(),
            title: "P".into(),
            position: 0,
        };
        PlanSums {
            priorities: vec![(p, allocated(300_00))],
            measures: vec![
                (
                    measure("m1", Some("p1"), MeasureKind::Project, 100_00),
                    allocated(100_00),
                ),
                (
                    measure("m2", Some("p1"), MeasureKind::Project, 200_00),
                    allocated(200_00),
                ),
                (
                    measure("r1", None, MeasureKind::Running, running),
                    allocated(running),
                ),
            ],
            local_projects: allocated(300_00),
            running: allocated(running),
            years: Vec::new(),
            funds: Vec::new(),
        }
    }

    #[test]
    fn shares_and_funding_parts() {
        let plan = FinancialPlan::build(strategy(500_00), sums(100_00));
        let shares: Vec<Bp> = plan.project_lines.iter().map(|l| l.share).collect();
        assert_eq!(shares, vec![Bp(10_000), Bp(3333), Bp(6667)]);
        assert_eq!(plan.running_lines[0].share, Bp(2000));
        assert_eq!(plan.plan_total, Money(400_00));
        assert_eq!(plan.unallocated, Money(100_00));
        assert_eq!(
            plan.funding_parts.iter().map(|p| p.amount).sum::<Money>(),
            plan.plan_total
        );
        assert!(plan.warnings.is_empty());
    }

    #[test]
    fn warns_over_envelope_and_over_cap_with_the_differences() {
        let plan = FinancialPlan::build(strategy(350_00), sums(100_00));
        assert_eq!(
            plan.warnings,
            vec![
                PlanWarning::OverEnvelope {
                    plan_total: Money(400_00),
                    envelope: Money(350_00),
                    difference: Money(50_00)
                },
                PlanWarning::RunningCapExceeded {
                    running_total: Money(100_00),
                    cap_amount: Money(70_00),
                    share: Bp(2857),
                    cap: Bp(2000),
                    difference: Money(30_00),
                },
            ]
        );
    }

    #[test]
    fn years_cover_the_period_and_keep_what_is_not_tied_to_a_year() {
        let mut sums = sums(100_00);
        let a = |allocated, committed, paid| Amounts {
            allocated: Money(allocated),
            committed: Money(committed),
            paid: Money(paid),
        };
        sums.years = vec![
            (Some(2024), a(150_00, 90_00, 0)),
            (Some(2031), a(0, 0, 40_00)),
            (Some(2024), a(50_00, 0, 10_00)),
            (None, a(0, 0, 5_00)),
        ];
        let plan = FinancialPlan::build(strategy(500_00), sums);
        let years: Vec<Option<i32>> = plan.years.iter().map(|l| l.year).collect();
        let period: Vec<Option<i32>> = (2023..=2029).chain([2031]).map(Some).collect();
        assert_eq!(years, [period, vec![None]].concat());
        let y2024 = &plan.years[1];
        assert_eq!(
            (
                y2024.allocated,
                y2024.committed,
                y2024.paid,
                y2024.available
            ),
            (Money(200_00), Money(90_00), Money(10_00), Money(110_00))
        );
        let untied = plan.years.last().unwrap();
        assert_eq!(
            (untied.allocated, untied.paid),
            (Money(200_00), Money(5_00))
        );
        assert_eq!(
            plan.years.iter().map(|l| l.allocated).sum::<Money>(),
            plan.plan_total
        );
    }

    #[test]
    fn funding_parts_carry_committed_and_paid_per_fund() {
        let mut sums = sums(100_00);
        sums.funds = vec![("NAT".into(), Money(15_00), Money(3_00))];
        let plan = FinancialPlan::build(strategy(500_00), sums);
        let nat = &plan.funding_parts[1];
        assert_eq!(
            (nat.amount, nat.committed, nat.paid, nat.available),
            (Money(60_00), Money(15_00), Money(3_00), Money(45_00))
        );
        assert_eq!(plan.funding_parts[0].committed, Money::ZERO);
    }
}
