//! The project register: every project (as filtered by the caller) with its applicant, measure,
//! status and amounts, and a total row. Landscape, as it is wide; grows to thousands of
//! rows across pages.

use lagdesk_domain::{Money, Project};

use crate::model::{Block, Cell, Column, Orientation, Report, Row, RowStyle, Section, Table};
use crate::text::{Arg, Texts};
use crate::Frame;

pub fn register(frame: &Frame, projects: &[Project]) -> Report {
    let texts = Texts::new(frame.locale);
    let column = |id: &str, weight: f32| Column {
        header: texts.t(id),
        weight,
    };
    let money = |m: Option<Money>| m.map_or(Cell::Empty, Cell::Money);
    let mut rows: Vec<Row> = projects
        .iter()
        .map(|p| Row {
            cells: vec![
                Cell::Text(p.number.clone()),
                Cell::Text(p.applicant_name.clone()),
                Cell::Text(p.title.clone()),
                Cell::Text(p.measure_code.clone()),
                Cell::Text(texts.t(&format!("project-status-{}", p.status.code()))),
                Cell::Money(p.eligible_cost),
                Cell::Money(p.requested_aid),
                money(p.awarded_aid),
                Cell::Money(p.paid),
            ],
            style: RowStyle::Normal,
        })
        .collect();
    let sum = |f: fn(&Project) -> Money| projects.iter().map(f).sum::<Money>();
    rows.push(Row {
        cells: vec![
            Cell::Text(texts.t("report-total")),
            Cell::Text(texts.t_with(
                "report-register-count",
                &[(
                    "count",
                    Arg::Number(i64::try_from(projects.len()).unwrap_or(i64::MAX)),
                )],
            )),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Money(sum(|p| p.eligible_cost)),
            Cell::Money(sum(|p| p.requested_aid)),
            Cell::Money(sum(|p| p.awarded_aid.unwrap_or_default())),
            Cell::Money(sum(|p| p.paid)),
        ],
        style: RowStyle::Total,
    });
    let table = Table {
        columns: vec![
            column("report-col-number", 2.3),
            column("report-col-applicant", 2.4),
            column("report-col-title", 3.4),
            column("report-col-measure", 1.8),
            column("report-col-status", 1.4),
            column("report-col-eligible", 1.2),
            column("report-col-requested", 1.2),
            column("report-col-awarded", 1.2),
            column("report-col-paid", 1.2),
        ],
        rows,
        compact: true,
    };
    Report {
        title: texts.t("report-register-title"),
        subtitle: Some(frame.strategy_title.clone()),
        orientation: Orientation::Landscape,
        sections: vec![Section {
            heading: texts.t_with(
                "report-register-count",
                &[(
                    "count",
                    Arg::Number(i64::try_from(projects.len()).unwrap_or(i64::MAX)),
                )],
            ),
            blocks: vec![Block::Table(table)],
        }],
        ..frame.report(&texts)
    }
}
