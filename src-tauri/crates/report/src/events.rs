//! The events report: the events of a period with their totals by kind, by participant group
//! and by gender, and the list of events, from the same totals as the events screen.

use lagdesk_domain::{Event, EventTotals};

use crate::model::{Block, Cell, Report, Row, RowStyle, Section, Table};
use crate::summary::{columns, events_table, figure};
use crate::text::Texts;
use crate::Frame;

pub fn events(frame: &Frame, events: &[Event], totals: &EventTotals) -> Report {
    let texts = Texts::new(frame.locale);
    let mut sections = vec![Section {
        heading: texts.t("report-summary-key-figures"),
        blocks: vec![Block::KeyFigures(vec![
            figure(&texts, "report-col-events", Cell::Count(totals.events)),
            figure(
                &texts,
                "report-col-participants",
                Cell::Count(totals.participants),
            ),
            figure(&texts, "report-col-cost", Cell::Money(totals.cost)),
            figure(&texts, "report-events-women", Cell::Count(totals.women)),
            figure(&texts, "report-events-men", Cell::Count(totals.men)),
        ])],
    }];
    if totals.events == 0 {
        sections.push(Section {
            heading: texts.t("report-summary-events"),
            blocks: vec![Block::Note(texts.t("report-summary-events-none"))],
        });
    } else {
        sections.push(Section {
            heading: texts.t("report-events-by-kind"),
            blocks: vec![Block::Table(events_table(&texts, totals))],
        });
        sections.push(Section {
            heading: texts.t("report-events-by-group"),
            blocks: vec![
                Block::Table(groups_table(&texts, totals)),
                Block::Note(texts.t("report-events-groups-overlap")),
            ],
        });
        sections.push(Section {
            heading: texts.t("report-events-list"),
            blocks: vec![Block::Table(list_table(&texts, events))],
        });
    }
    Report {
        title: texts.t("report-events-title"),
        subtitle: Some(frame.strategy_title.clone()),
        sections,
        ..frame.report(&texts)
    }
}

fn groups_table(texts: &Texts, totals: &EventTotals) -> Table {
    Table {
        columns: columns(
            texts,
            &[("report-col-group", 3.0), ("report-col-participants", 1.2)],
        ),
        rows: totals
            .by_group
            .iter()
            .map(|g| Row {
                cells: vec![
                    Cell::Text(texts.t(&format!("event-group-{}", g.group.code()))),
                    Cell::Count(g.count),
                ],
                style: RowStyle::Normal,
            })
            .collect(),
        compact: false,
    }
}

fn list_table(texts: &Texts, events: &[Event]) -> Table {
    Table {
        columns: columns(
            texts,
            &[
                ("report-col-date", 1.1),
                ("report-col-kind", 1.5),
                ("report-col-event", 3.0),
                ("report-col-place", 1.8),
                ("report-col-participants", 1.0),
                ("report-col-cost", 1.2),
            ],
        ),
        rows: events
            .iter()
            .map(|e| Row {
                cells: vec![
                    Cell::Date(e.input.day().to_owned()),
                    Cell::Text(texts.t(&format!("event-kind-{}", e.input.kind.code()))),
                    Cell::Text(e.input.title.clone()),
                    Cell::Text(e.input.place.clone()),
                    Cell::Count(e.input.participants),
                    e.input.cost.map_or(Cell::Empty, Cell::Money),
                ],
                style: RowStyle::Normal,
            })
            .collect(),
        compact: true,
    }
}
