//! The project sheet: one project's figures, its status history (with the meeting that decided
//! a step, when one did), its payment claims, what it adds to the indicators counted from
//! projects and its awarded aid split over the funding sources.

use lagdesk_domain::{Indicator, Money, PaymentClaim, Project, StatusChange};

use crate::model::{Block, Cell, Report, Row, RowStyle, Section, Table};
use crate::summary::{columns, figure};
use crate::text::{Arg, Texts};
use crate::Frame;

pub fn project(
    frame: &Frame,
    project: &Project,
    history: &[StatusChange],
    claims: &[PaymentClaim],
    indicators: &[Indicator],
) -> Report {
    let texts = Texts::new(frame.locale);
    let facts = Table {
        columns: columns(
            &texts,
            &[("report-col-field", 1.4), ("report-col-value", 3.0)],
        ),
        rows: [
            ("report-col-applicant", project.applicant_name.clone()),
            ("report-col-measure", project.measure_code.clone()),
            (
                "report-col-call",
                project.call_number.clone().unwrap_or_default(),
            ),
            (
                "report-col-status",
                texts.t(&format!("project-status-{}", project.status.code())),
            ),
        ]
        .into_iter()
        .map(|(id, value)| Row {
            cells: vec![Cell::Text(texts.t(id)), Cell::Text(value)],
            style: RowStyle::Normal,
        })
        .chain([
            Row {
                cells: vec![
                    Cell::Text(texts.t("report-project-submitted")),
                    Cell::Date(project.submitted_on.clone()),
                ],
                style: RowStyle::Normal,
            },
            Row {
                cells: vec![
                    Cell::Text(texts.t("report-project-jobs")),
                    project.jobs_created.map_or(Cell::Empty, Cell::Count),
                ],
                style: RowStyle::Normal,
            },
        ])
        .collect(),
        compact: false,
    };
    let history_table = Table {
        columns: columns(
            &texts,
            &[
                ("report-col-date", 1.0),
                ("report-col-status", 1.4),
                ("report-project-decided", 2.6),
            ],
        ),
        rows: history
            .iter()
            .map(|h| Row {
                cells: vec![
                    Cell::Date(h.changed_on.clone()),
                    Cell::Text(texts.t(&format!("project-status-{}", h.status.code()))),
                    Cell::Text(match &h.decided_at {
                        Some(at) => texts.t_with(
                            "report-project-meeting",
                            &[
                                (
                                    "kind",
                                    Arg::Text(texts.t(&format!("meeting-kind-{}", at.kind.code()))),
                                ),
                                ("number", Arg::Text(at.number.clone())),
                            ],
                        ),
                        None => h.note.clone(),
                    }),
                ],
                style: RowStyle::Normal,
            })
            .collect(),
        compact: false,
    };
    let mut claim_rows: Vec<Row> = claims
        .iter()
        .map(|c| Row {
            cells: vec![
                Cell::Text(c.number.clone()),
                Cell::Date(c.submitted_on.clone()),
                Cell::Money(c.claimed),
                c.paid.map_or(Cell::Empty, Cell::Money),
                c.paid_on.clone().map_or(Cell::Empty, Cell::Date),
            ],
            style: RowStyle::Normal,
        })
        .collect();
    claim_rows.push(Row {
        cells: vec![
            Cell::Text(texts.t("report-total")),
            Cell::Empty,
            Cell::Money(claims.iter().map(|c| c.claimed).sum()),
            Cell::Money(claims.iter().filter_map(|c| c.paid).sum::<Money>()),
            Cell::Empty,
        ],
        style: RowStyle::Total,
    });
    let claims_table = Table {
        columns: columns(
            &texts,
            &[
                ("report-project-claim", 1.2),
                ("report-project-claim-submitted", 1.2),
                ("report-project-claimed", 1.3),
                ("report-col-paid", 1.3),
                ("report-project-paid-on", 1.2),
            ],
        ),
        rows: claim_rows,
        compact: false,
    };
    let funds = Table {
        columns: columns(
            &texts,
            &[("report-col-fund", 2.0), ("report-col-awarded", 1.3)],
        ),
        rows: project
            .fund_shares
            .iter()
            .map(|f| Row {
                cells: vec![Cell::Text(f.code.clone()), Cell::Money(f.amount)],
                style: RowStyle::Normal,
            })
            .collect(),
        compact: false,
    };
    let mut sections = vec![
        Section {
            heading: texts.t("report-summary-key-figures"),
            blocks: vec![
                Block::KeyFigures(vec![
                    figure(
                        &texts,
                        "report-col-eligible",
                        Cell::Money(project.eligible_cost),
                    ),
                    figure(
                        &texts,
                        "report-col-requested",
                        Cell::Money(project.requested_aid),
                    ),
                    figure(
                        &texts,
                        "report-col-awarded",
                        project.awarded_aid.map_or(Cell::Empty, Cell::Money),
                    ),
                    figure(&texts, "report-col-paid", Cell::Money(project.paid)),
                    figure(
                        &texts,
                        "report-project-own",
                        Cell::Money(project.own_contribution),
                    ),
                    figure(
                        &texts,
                        "report-project-intensity",
                        Cell::Percent(project.intensity),
                    ),
                ]),
                Block::Table(facts),
            ],
        },
        Section {
            heading: texts.t("report-project-history"),
            blocks: vec![Block::Table(history_table)],
        },
        Section {
            heading: texts.t("report-project-claims"),
            blocks: vec![if claims.is_empty() {
                Block::Note(texts.t("report-project-no-claims"))
            } else {
                Block::Table(claims_table)
            }],
        },
    ];
    let contributions: Vec<Row> = indicators
        .iter()
        .filter_map(|i| {
            let adds = i.contribution(project)?;
            Some(Row {
                cells: vec![
                    Cell::Text(i.code.clone()),
                    Cell::Text(i.name.clone()),
                    Cell::Text(i.unit.clone()),
                    Cell::Quantity(adds),
                    Cell::Quantity(i.achieved),
                    Cell::Quantity(i.target),
                ],
                style: RowStyle::Normal,
            })
        })
        .collect();
    if !contributions.is_empty() {
        sections.push(Section {
            heading: texts.t("report-project-indicators"),
            blocks: vec![
                Block::Table(Table {
                    columns: columns(
                        &texts,
                        &[
                            ("report-col-code", 0.7),
                            ("report-col-indicator", 3.0),
                            ("report-col-unit", 0.7),
                            ("report-project-adds", 1.0),
                            ("report-project-achieved-all", 1.0),
                            ("report-col-target", 0.9),
                        ],
                    ),
                    rows: contributions,
                    compact: false,
                }),
                Block::Note(texts.t("report-project-indicators-note")),
            ],
        });
    }
    if !project.fund_shares.is_empty() {
        sections.push(Section {
            heading: texts.t("report-project-funds"),
            blocks: vec![Block::Table(funds)],
        });
    }
    Report {
        title: format!("{} {}", project.number, project.title),
        subtitle: Some(texts.t("report-project-title")),
        sections,
        ..frame.report(&texts)
    }
}
