//! Budget execution: allocated, committed, paid and available by measure, by calendar year and
//! by funding source, from the same financial plan as the money view.

use lagdesk_domain::{FinancialPlan, MeasureYear, Money, PlanLineLevel};

use crate::model::{BarChart, Block, Cell, Report, Row, RowStyle, Section, Table};
use crate::summary::{amounts, columns, money_chart, plan_row, plan_table, AMOUNT_COLUMNS};
use crate::text::Texts;
use crate::Frame;

pub fn budget(frame: &Frame, plan: &FinancialPlan, by_year: &[MeasureYear]) -> Report {
    let texts = Texts::new(frame.locale);
    let mut lines = plan.project_lines.clone();
    lines.extend(plan.running_lines.iter().cloned());
    Report {
        title: texts.t("report-budget-title"),
        subtitle: Some(frame.strategy_title.clone()),
        sections: vec![
            Section {
                heading: texts.t("report-budget-by-measure"),
                blocks: vec![Block::Table(plan_table(&texts, &lines))],
            },
            Section {
                heading: texts.t("report-budget-by-measure-year"),
                blocks: vec![Block::Table(measure_years_table(&texts, &lines, by_year))],
            },
            Section {
                heading: texts.t("report-budget-by-year"),
                blocks: vec![
                    Block::Table(years_table(&texts, plan)),
                    Block::Chart(years_chart(&texts, plan)),
                ],
            },
            Section {
                heading: texts.t("report-budget-by-fund"),
                blocks: vec![Block::Table(funds_table(&texts, plan))],
            },
        ],
        ..frame.report(&texts)
    }
}

/// Each measure as a subtotal row, with one row per year it has money in beneath it.
fn measure_years_table(
    texts: &Texts,
    lines: &[lagdesk_domain::PlanLine],
    by_year: &[MeasureYear],
) -> Table {
    let mut rows = Vec::new();
    for line in lines.iter().filter(|l| l.level == PlanLineLevel::Measure) {
        rows.push(plan_row(line, RowStyle::Subtotal));
        for y in by_year.iter().filter(|y| y.measure_id == line.id) {
            let a = y.amounts;
            let mut cells = vec![Cell::Text(year_label(texts, y.year))];
            cells.extend(amounts(
                a.allocated,
                a.committed,
                a.paid,
                a.allocated - a.committed,
            ));
            rows.push(Row {
                cells,
                style: RowStyle::Normal,
            });
        }
    }
    let mut spec = vec![("report-col-line", 2.4)];
    spec.extend(AMOUNT_COLUMNS);
    Table {
        columns: columns(texts, &spec),
        rows,
        compact: true,
    }
}

fn year_label(texts: &Texts, year: Option<i32>) -> String {
    year.map_or_else(|| texts.t("report-budget-no-year"), |y| y.to_string())
}

fn years_table(texts: &Texts, plan: &FinancialPlan) -> Table {
    let mut rows: Vec<Row> = plan
        .years
        .iter()
        .map(|y| {
            let mut cells = vec![Cell::Text(year_label(texts, y.year))];
            cells.extend(amounts(y.allocated, y.committed, y.paid, y.available));
            Row {
                cells,
                style: RowStyle::Normal,
            }
        })
        .collect();
    let sum = |f: fn(&lagdesk_domain::YearLine) -> Money| plan.years.iter().map(f).sum::<Money>();
    let mut total = vec![Cell::Text(texts.t("report-total"))];
    total.extend(amounts(
        sum(|y| y.allocated),
        sum(|y| y.committed),
        sum(|y| y.paid),
        sum(|y| y.available),
    ));
    rows.push(Row {
        cells: total,
        style: RowStyle::Total,
    });
    let mut spec = vec![("report-col-year", 1.6)];
    spec.extend(AMOUNT_COLUMNS);
    Table {
        columns: columns(texts, &spec),
        rows,
        compact: true,
    }
}

fn years_chart(texts: &Texts, plan: &FinancialPlan) -> BarChart {
    money_chart(
        texts,
        plan.years
            .iter()
            .filter(|y| y.year.is_some())
            .map(|y| {
                (
                    year_label(texts, y.year),
                    [y.allocated, y.committed, y.paid],
                )
            })
            .collect(),
    )
}

fn funds_table(texts: &Texts, plan: &FinancialPlan) -> Table {
    let mut rows: Vec<Row> = plan
        .funding_parts
        .iter()
        .map(|f| {
            let mut cells = vec![
                Cell::Text(format!("{} {}", f.code, f.name)),
                Cell::Percent(f.share),
            ];
            cells.extend(amounts(f.amount, f.committed, f.paid, f.available));
            Row {
                cells,
                style: RowStyle::Normal,
            }
        })
        .collect();
    let sum = |f: fn(&lagdesk_domain::FundingPart) -> Money| {
        plan.funding_parts.iter().map(f).sum::<Money>()
    };
    let mut total = vec![Cell::Text(texts.t("report-total")), Cell::Empty];
    total.extend(amounts(
        sum(|f| f.amount),
        sum(|f| f.committed),
        sum(|f| f.paid),
        sum(|f| f.available),
    ));
    rows.push(Row {
        cells: total,
        style: RowStyle::Total,
    });
    let mut spec = vec![("report-col-fund", 2.0), ("report-col-share", 0.8)];
    spec.extend(AMOUNT_COLUMNS);
    Table {
        columns: columns(texts, &spec),
        rows,
        compact: true,
    }
}
