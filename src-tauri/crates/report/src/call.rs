//! The call report: what the call received against what it offers, its selection rules, and per
//! measure the ranking with scores, the funding line, the reserve list and the applications
//! below the threshold, as the selection screen computes them.

use lagdesk_domain::{CallSummary, Proposal, Selection};

use crate::model::{Block, Cell, Orientation, Report, Row, RowStyle, Section, Table};
use crate::summary::{columns, figure};
use crate::text::{Arg, Texts};
use crate::Frame;

pub fn call(frame: &Frame, summary: &CallSummary, selection: &Selection) -> Report {
    let texts = Texts::new(frame.locale);
    let locale = frame.locale;
    let mut sections = vec![
        Section {
            heading: texts.t("report-summary-key-figures"),
            blocks: vec![Block::KeyFigures(vec![
                figure(
                    &texts,
                    "report-col-applications",
                    Cell::Count(summary.applications),
                ),
                figure(
                    &texts,
                    "report-col-requested",
                    Cell::Money(summary.requested),
                ),
                figure(
                    &texts,
                    "report-col-available",
                    Cell::Money(summary.available),
                ),
                figure(
                    &texts,
                    "report-col-difference",
                    Cell::Money(summary.difference),
                ),
            ])],
        },
        Section {
            heading: texts.t("report-call-by-measure"),
            blocks: vec![Block::Table(measures_table(&texts, summary))],
        },
    ];
    let criteria: Vec<String> = selection
        .rules
        .criteria
        .iter()
        .map(|c| format!("{} ({})", c.title, c.max_points.format(locale)))
        .collect();
    if !criteria.is_empty() {
        let threshold = match selection.rules.threshold {
            Some(points) => texts.t_with(
                "ranking-rule-threshold",
                &[("points", Arg::Text(points.format(locale)))],
            ),
            None => texts.t("ranking-rule-no-threshold"),
        };
        let rules = [
            texts.t_with(
                "report-call-criteria",
                &[("criteria", Arg::Text(criteria.join("; ")))],
            ),
            texts.t("ranking-rule-average"),
            threshold,
            texts.t("ranking-rule-ties"),
            texts.t("ranking-rule-money"),
            texts.t("ranking-rule-reserve"),
        ];
        sections.push(Section {
            heading: texts.t("selection-rules-title"),
            blocks: rules.into_iter().map(Block::Note).collect(),
        });
    }
    for measure in &selection.measures {
        if measure.lines.is_empty() {
            continue;
        }
        let rows = measure
            .lines
            .iter()
            .map(|l| Row {
                cells: vec![
                    Cell::Count(l.ranked.rank),
                    Cell::Text(l.number.clone()),
                    Cell::Text(l.applicant_name.clone()),
                    Cell::Points(l.ranked.average),
                    Cell::Money(l.requested_aid),
                    Cell::Money(l.ranked.cumulative),
                    Cell::Text(proposal(&texts, l.ranked.proposal)),
                    Cell::Text(texts.t(&format!("project-status-{}", l.status.code()))),
                ],
                style: match l.ranked.proposal {
                    Proposal::Selected => RowStyle::Normal,
                    _ => RowStyle::Subtotal,
                },
            })
            .collect();
        sections.push(Section {
            heading: texts.t_with(
                "ranking-caption",
                &[("code", Arg::Text(measure.measure_code.clone()))],
            ),
            blocks: vec![
                Block::Table(Table {
                    columns: columns(
                        &texts,
                        &[
                            ("ranking-col-rank", 0.6),
                            ("report-col-number", 1.8),
                            ("ranking-col-applicant", 2.6),
                            ("ranking-col-score", 0.8),
                            ("report-col-requested", 1.2),
                            ("ranking-col-cumulative", 1.2),
                            ("ranking-col-proposal", 1.3),
                            ("report-col-status", 1.3),
                        ],
                    ),
                    rows,
                    compact: true,
                }),
                Block::KeyFigures(vec![
                    figure(
                        &texts,
                        "report-col-available",
                        Cell::Money(measure.available),
                    ),
                    figure(
                        &texts,
                        "report-call-selected",
                        Cell::Money(measure.selected),
                    ),
                    figure(&texts, "report-call-reserve", Cell::Money(measure.reserve)),
                ]),
            ],
        });
    }
    Report {
        title: texts.t_with(
            "report-call-title",
            &[("number", Arg::Text(summary.call.number.clone()))],
        ),
        subtitle: Some(summary.call.title.clone()),
        orientation: Orientation::Portrait,
        sections,
        ..frame.report(&texts)
    }
}

fn proposal(texts: &Texts, proposal: Proposal) -> String {
    match proposal {
        Proposal::Selected => texts.t("project-status-selected"),
        Proposal::Reserve => texts.t("project-status-reserve"),
        Proposal::BelowThreshold => texts.t("proposal-below-threshold"),
    }
}

fn measures_table(texts: &Texts, summary: &CallSummary) -> Table {
    let mut rows: Vec<Row> = summary
        .measures
        .iter()
        .map(|m| Row {
            cells: vec![
                Cell::Text(format!("{} {}", m.measure_code, m.measure_title)),
                Cell::Count(m.applications),
                Cell::Money(m.requested),
                Cell::Money(m.available),
                Cell::Money(m.difference),
            ],
            style: RowStyle::Normal,
        })
        .collect();
    rows.push(Row {
        cells: vec![
            Cell::Text(texts.t("report-total")),
            Cell::Count(summary.applications),
            Cell::Money(summary.requested),
            Cell::Money(summary.available),
            Cell::Money(summary.difference),
        ],
        style: RowStyle::Total,
    });
    Table {
        columns: columns(
            texts,
            &[
                ("report-col-measure", 3.0),
                ("report-col-applications", 1.1),
                ("report-col-requested", 1.3),
                ("report-col-available", 1.3),
                ("report-col-difference", 1.3),
            ],
        ),
        rows,
        compact: false,
    }
}
