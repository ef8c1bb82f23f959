//! The board pack: key figures; the financial plan with allocated, committed, paid and available
//! by priority and measure (and a chart of the priorities); running and animation costs against
//! the cap; calls with requested against available; projects by status; indicators against their
//! targets; events and participants of the period. Every figure comes from the same structures
//! as the money view and the exports, so they agree to the cent.

use lagdesk_domain::{
    Bp, CallSummary, EventTotals, FinancialPlan, Indicator, Money, PlanLine, PlanLineLevel,
    Project, ProjectStatus,
};

use crate::model::{
    BarChart, BarGroup, Block, Cell, Column, KeyFigure, Report, Row, RowStyle, Section, Table,
};
use crate::text::{Arg, Texts};
use crate::Frame;

/// What the summary is made of.
pub struct SummaryData<'a> {
    pub plan: &'a FinancialPlan,
    pub calls: &'a [CallSummary],
    pub projects: &'a [Project],
    pub indicators: &'a [Indicator],
    /// The events of the period, when the summary has one.
    pub events: Option<&'a EventTotals>,
}

pub fn summary(frame: &Frame, data: &SummaryData<'_>) -> Report {
    let texts = Texts::new(frame.locale);
    let plan = data.plan;
    let mut sections = vec![
        Section {
            heading: texts.t("report-summary-key-figures"),
            blocks: vec![key_figures(&texts, plan)],
        },
        Section {
            heading: texts.t("report-summary-plan"),
            blocks: vec![
                Block::Table(plan_table(&texts, &plan.project_lines)),
                Block::Chart(priority_chart(&texts, plan)),
            ],
        },
        Section {
            heading: texts.t("report-summary-running"),
            blocks: vec![
                Block::Table(plan_table(&texts, &plan.running_lines)),
                Block::Note(texts.t_with(
                    "report-summary-running-note",
                    &[
                        ("share", Arg::Text(plan.running_share.format(frame.locale))),
                        (
                            "cap",
                            Arg::Text(plan.strategy.running_cap.format(frame.locale)),
                        ),
                    ],
                )),
            ],
        },
        Section {
            heading: texts.t("report-summary-calls"),
            blocks: vec![Block::Table(calls_table(&texts, data.calls))],
        },
        Section {
            heading: texts.t("report-summary-statuses"),
            blocks: vec![Block::Table(statuses_table(&texts, data.projects))],
        },
        Section {
            heading: texts.t("report-summary-indicators"),
            blocks: vec![Block::Table(indicators_table(&texts, data.indicators))],
        },
    ];
    if let Some(events) = data.events {
        sections.push(Section {
            heading: texts.t("report-summary-events"),
            blocks: vec![if events.events == 0 {
                Block::Note(texts.t("report-summary-events-none"))
            } else {
                Block::Table(events_table(&texts, events))
            }],
        });
    }
    Report {
        title: texts.t("report-summary-title"),
        subtitle: Some(frame.strategy_title.clone()),
        sections,
        ..frame.report(&texts)
    }
}

/// A key figure labelled by the message `id`.
pub(crate) fn figure(texts: &Texts, id: &str, value: Cell) -> KeyFigure {
    KeyFigure {
        label: texts.t(id),
        value,
    }
}

/// A chart of allocated, committed and paid money, one group per label.
pub(crate) fn money_chart(texts: &Texts, groups: Vec<(String, [Money; 3])>) -> BarChart {
    BarChart {
        series: vec![
            texts.t("report-col-allocated"),
            texts.t("report-col-committed"),
            texts.t("report-col-paid"),
        ],
        groups: groups
            .into_iter()
            .map(|(label, amounts)| BarGroup {
                label,
                values: amounts.into_iter().map(Cell::Money).collect(),
            })
            .collect(),
    }
}

pub(crate) fn columns(texts: &Texts, spec: &[(&str, f32)]) -> Vec<Column> {
    spec.iter()
        .map(|(id, weight)| Column {
            header: texts.t(id),
            weight: *weight,
        })
        .collect()
}

fn key_figures(texts: &Texts, plan: &FinancialPlan) -> Block {
    Block::KeyFigures(vec![
        figure(texts, "report-key-plan-total", Cell::Money(plan.plan_total)),
        figure(
            texts,
            "report-key-committed",
            Cell::Money(plan.committed_total),
        ),
        figure(texts, "report-key-paid", Cell::Money(plan.paid_total)),
        figure(
            texts,
            "report-key-available",
            Cell::Money(plan.plan_total - plan.committed_total),
        ),
        figure(
            texts,
            "report-key-committed-share",
            Cell::Percent(Bp::of(plan.committed_total, plan.plan_total)),
        ),
        figure(
            texts,
            "report-key-paid-share",
            Cell::Percent(Bp::of(plan.paid_total, plan.plan_total)),
        ),
    ])
}

/// A line's money as the plan tables print it: the amounts, then committed and paid as shares
/// of the allocation.
pub(crate) fn amounts(
    allocated: Money,
    committed: Money,
    paid: Money,
    available: Money,
) -> Vec<Cell> {
    vec![
        Cell::Money(allocated),
        Cell::Money(committed),
        Cell::Money(paid),
        Cell::Money(available),
        Cell::Percent(Bp::of(committed, allocated)),
        Cell::Percent(Bp::of(paid, allocated)),
    ]
}

/// The columns of [`amounts`].
pub(crate) const AMOUNT_COLUMNS: [(&str, f32); 6] = [
    ("report-col-allocated", 1.4),
    ("report-col-committed", 1.4),
    ("report-col-paid", 1.4),
    ("report-col-available", 1.4),
    ("report-col-committed-pct", 1.0),
    ("report-col-paid-pct", 1.0),
];

pub(crate) fn plan_row(line: &PlanLine, style: RowStyle) -> Row {
    let mut cells = vec![Cell::Text(format!("{} {}", line.code, line.title))];
    cells.extend(amounts(
        line.allocated,
        line.committed,
        line.paid,
        line.available,
    ));
    Row { cells, style }
}

/// Priorities as subtotal rows above their measures, and a total of the lines shown.
pub(crate) fn plan_table(texts: &Texts, lines: &[PlanLine]) -> Table {
    let mut rows: Vec<Row> = lines
        .iter()
        .map(|line| {
            let style = match line.level {
                PlanLineLevel::Priority => RowStyle::Subtotal,
                _ => RowStyle::Normal,
            };
            plan_row(line, style)
        })
        .collect();
    // Measures carry the money; priorities only add them up.
    let measures = lines.iter().filter(|l| l.level == PlanLineLevel::Measure);
    let (allocated, committed, paid) = measures
        .fold((Money(0), Money(0), Money(0)), |(a, c, p), l| {
            (a + l.allocated, c + l.committed, p + l.paid)
        });
    let mut total = vec![Cell::Text(texts.t("report-total"))];
    total.extend(amounts(allocated, committed, paid, allocated - committed));
    rows.push(Row {
        cells: total,
        style: RowStyle::Total,
    });
    let mut spec = vec![("report-col-line", 3.0)];
    spec.extend(AMOUNT_COLUMNS);
    Table {
        columns: columns(texts, &spec),
        rows,
        compact: true,
    }
}

fn priority_chart(texts: &Texts, plan: &FinancialPlan) -> BarChart {
    money_chart(
        texts,
        plan.project_lines
            .iter()
            .filter(|l| l.level == PlanLineLevel::Priority)
            .map(|l| {
                (
                    format!("{} {}", l.code, l.title),
                    [l.allocated, l.committed, l.paid],
                )
            })
            .collect(),
    )
}

fn calls_table(texts: &Texts, calls: &[CallSummary]) -> Table {
    let mut rows: Vec<Row> = calls
        .iter()
        .map(|c| Row {
            cells: vec![
                Cell::Text(c.call.number.clone()),
                Cell::Text(c.call.title.clone()),
                Cell::Count(c.applications),
                Cell::Money(c.requested),
                Cell::Money(c.available),
                Cell::Money(c.difference),
            ],
            style: RowStyle::Normal,
        })
        .collect();
    let sum = |f: fn(&CallSummary) -> Money| calls.iter().map(f).sum::<Money>();
    rows.push(Row {
        cells: vec![
            Cell::Text(texts.t("report-total")),
            Cell::Empty,
            Cell::Count(calls.iter().map(|c| c.applications).sum()),
            Cell::Money(sum(|c| c.requested)),
            Cell::Money(sum(|c| c.available)),
            Cell::Money(sum(|c| c.difference)),
        ],
        style: RowStyle::Total,
    });
    Table {
        columns: columns(
            texts,
            &[
                ("report-col-call", 1.0),
                ("report-col-title", 3.4),
                ("report-col-applications", 1.1),
                ("report-col-requested", 1.4),
                ("report-col-available", 1.4),
                ("report-col-difference", 1.4),
            ],
        ),
        rows,
        compact: false,
    }
}

/// Every status a project of the strategy has, in lifecycle order, with the awarded aid (or
/// the requested aid where none is awarded yet).
fn statuses_table(texts: &Texts, projects: &[Project]) -> Table {
    let mut rows: Vec<Row> = ProjectStatus::ALL
        .iter()
        .filter_map(|status| {
            let these: Vec<&Project> = projects.iter().filter(|p| p.status == *status).collect();
            (!these.is_empty()).then(|| Row {
                cells: vec![
                    Cell::Text(texts.t(&format!("project-status-{}", status.code()))),
                    Cell::Count(i64::try_from(these.len()).unwrap_or(i64::MAX)),
                    Cell::Money(
                        these
                            .iter()
                            .map(|p| p.awarded_aid.unwrap_or(p.requested_aid))
                            .sum(),
                    ),
                ],
                style: RowStyle::Normal,
            })
        })
        .collect();
    rows.push(Row {
        cells: vec![
            Cell::Text(texts.t("report-total")),
            Cell::Count(i64::try_from(projects.len()).unwrap_or(i64::MAX)),
            Cell::Money(
                projects
                    .iter()
                    .map(|p| p.awarded_aid.unwrap_or(p.requested_aid))
                    .sum(),
            ),
        ],
        style: RowStyle::Total,
    });
    Table {
        columns: columns(
            texts,
            &[
                ("report-col-status", 3.0),
                ("report-col-projects", 1.2),
                ("report-col-amount", 1.8),
            ],
        ),
        rows,
        compact: false,
    }
}

fn indicators_table(texts: &Texts, indicators: &[Indicator]) -> Table {
    Table {
        columns: columns(
            texts,
            &[
                ("report-col-code", 0.9),
                ("report-col-indicator", 3.4),
                ("report-col-unit", 0.9),
                ("report-col-target", 1.1),
                ("report-col-achieved", 1.1),
                ("report-col-performance", 1.1),
            ],
        ),
        rows: indicators
            .iter()
            .map(|i| Row {
                cells: vec![
                    Cell::Text(i.code.clone()),
                    Cell::Text(i.name.clone()),
                    Cell::Text(i.unit.clone()),
                    Cell::Quantity(i.target),
                    Cell::Quantity(i.achieved),
                    Cell::Percent(i.performance),
                ],
                style: RowStyle::Normal,
            })
            .collect(),
        compact: false,
    }
}

pub(crate) fn events_table(texts: &Texts, events: &EventTotals) -> Table {
    let mut rows: Vec<Row> = events
        .by_kind
        .iter()
        .filter(|k| k.events > 0)
        .map(|k| Row {
            cells: vec![
                Cell::Text(texts.t(&format!("event-kind-{}", k.kind.code()))),
                Cell::Count(k.events),
                Cell::Count(k.participants),
                Cell::Money(k.cost),
            ],
            style: RowStyle::Normal,
        })
        .collect();
    rows.push(Row {
        cells: vec![
            Cell::Text(texts.t("report-total")),
            Cell::Count(events.events),
            Cell::Count(events.participants),
            Cell::Money(events.cost),
        ],
        style: RowStyle::Total,
    });
    Table {
        columns: columns(
            texts,
            &[
                ("report-col-kind", 3.0),
                ("report-col-events", 1.0),
                ("report-col-participants", 1.2),
                ("report-col-cost", 1.4),
            ],
        ),
        rows,
        compact: false,
    }
}
