//! Meeting minutes: who was present, and for every agenda item its decision with the votes, the
//! quorum, the sector balance of those who voted, the recusals with their reasons, the reason a
//! rule was set aside (if it was), and where a selection decision moved each project.

use lagdesk_domain::{AgendaItem, Decision, Meeting, Member};

use crate::model::{Block, Cell, KeyFigure, Report, Row, RowStyle, Section, Table};
use crate::summary::{columns, figure};
use crate::text::{Arg, Texts};
use crate::Frame;

pub fn minutes(frame: &Frame, meeting: &Meeting, members: &[Member]) -> Report {
    let texts = Texts::new(frame.locale);
    let name = |id: &str| {
        members
            .iter()
            .find(|m| m.id == id)
            .map_or_else(|| id.to_owned(), |m| m.name.clone())
    };
    let kind = texts.t(&format!("meeting-kind-{}", meeting.kind.code()));
    let attendance = Table {
        columns: columns(
            &texts,
            &[("report-col-member", 3.0), ("report-col-sector", 1.6)],
        ),
        rows: meeting
            .attendee_ids
            .iter()
            .map(|id| Row {
                cells: vec![
                    Cell::Text(name(id)),
                    Cell::Text(
                        members
                            .iter()
                            .find(|m| &m.id == id)
                            .map(|m| texts.t(&format!("member-sector-{}", m.sector.code())))
                            .unwrap_or_default(),
                    ),
                ],
                style: RowStyle::Normal,
            })
            .collect(),
        compact: false,
    };
    let mut sections = vec![Section {
        heading: texts.t_with(
            "report-minutes-present",
            &[(
                "count",
                Arg::Number(i64::try_from(meeting.attendee_ids.len()).unwrap_or(i64::MAX)),
            )],
        ),
        blocks: vec![Block::Table(attendance)],
    }];
    for item in &meeting.items {
        sections.push(item_section(&texts, item, &name));
    }
    let mut report = frame.report(&texts);
    report.parameters.push((
        texts.t("report-minutes-held"),
        format!(
            "{}, {}",
            Cell::Date(meeting.held_on.clone()).text(frame.locale),
            meeting.place
        ),
    ));
    Report {
        title: texts.t_with(
            "report-minutes-title",
            &[
                ("kind", Arg::Text(kind)),
                ("number", Arg::Text(meeting.number.clone())),
            ],
        ),
        subtitle: None,
        sections,
        ..report
    }
}

fn item_section(texts: &Texts, item: &AgendaItem, name: &dyn Fn(&str) -> String) -> Section {
    let heading = format!("{}. {}", item.position + 1, item.title);
    let Some(decision) = &item.decision else {
        return Section {
            heading,
            blocks: vec![Block::Note(texts.t("report-minutes-no-decision"))],
        };
    };
    let mut blocks = vec![Block::Note(decision.text.clone()), tally(texts, decision)];
    blocks.push(Block::Table(votes_table(texts, decision, name)));
    if !decision.override_reason.is_empty() {
        blocks.push(Block::Note(texts.t_with(
            "report-minutes-override",
            &[("reason", Arg::Text(decision.override_reason.clone()))],
        )));
    }
    if !decision.moved.is_empty() {
        let moved: Vec<String> = decision
            .moved
            .iter()
            .map(|m| {
                format!(
                    "{} → {}",
                    m.number,
                    texts.t(&format!("project-status-{}", m.status.code()))
                )
            })
            .collect();
        blocks.push(Block::Note(texts.t_with(
            "report-minutes-moved",
            &[("projects", Arg::Text(moved.join("; ")))],
        )));
    }
    Section { heading, blocks }
}

fn tally(texts: &Texts, decision: &Decision) -> Block {
    let t = &decision.tally;
    let result = if t.passed {
        "report-minutes-passed"
    } else {
        "report-minutes-rejected"
    };
    let mut figures = vec![
        figure(texts, "report-minutes-result", Cell::Text(texts.t(result))),
        figure(
            texts,
            "report-minutes-votes",
            Cell::Text(format!(
                "{} / {} / {}",
                t.votes_for, t.votes_against, t.abstained
            )),
        ),
        figure(
            texts,
            "report-minutes-quorum",
            Cell::Text(texts.t_with(
                "report-minutes-quorum-value",
                &[
                    ("eligible", Arg::Number(t.eligible)),
                    ("body", Arg::Number(t.body_size)),
                    ("needed", Arg::Number(t.quorum_needed)),
                ],
            )),
        ),
    ];
    for sector in &t.voters.sectors {
        figures.push(KeyFigure {
            label: texts.t(&format!("member-sector-{}", sector.sector.code())),
            value: Cell::Percent(sector.share),
        });
    }
    Block::KeyFigures(figures)
}

fn votes_table(texts: &Texts, decision: &Decision, name: &dyn Fn(&str) -> String) -> Table {
    let mut rows: Vec<Row> = decision
        .votes
        .iter()
        .map(|v| Row {
            cells: vec![
                Cell::Text(name(&v.member_id)),
                Cell::Text(texts.t(&format!("decision-vote-{}", v.vote.code()))),
            ],
            style: RowStyle::Normal,
        })
        .collect();
    rows.extend(decision.recusals.iter().map(|r| Row {
        cells: vec![
            Cell::Text(name(&r.member_id)),
            Cell::Text(texts.t_with(
                "report-minutes-recused",
                &[("reason", Arg::Text(r.reason.clone()))],
            )),
        ],
        style: RowStyle::Normal,
    }));
    Table {
        columns: columns(
            texts,
            &[("report-col-member", 3.0), ("report-col-vote", 2.4)],
        ),
        rows,
        compact: true,
    }
}
