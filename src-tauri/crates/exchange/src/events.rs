//! Events in and out of spreadsheets. Reading checks every cell and names its row and column;
//! the store resolves measure codes. The export has one row per event with its participant
//! totals, by group and by gender.

use chrono::NaiveTime;
use lagdesk_domain::import::EventImport;
use lagdesk_domain::{Event, EventInput, EventKind, GroupCount, ParticipantGroup};

use crate::cells::RowReader;
use crate::export::{Cell, Sheet};

/// `date, title, type, place, participants` and optionally `time, end_time, organiser,
/// description, cost, measure_code, budget_code, women, men` and `participants_<group>` for
/// municipality, communities, ngos, businesses, youth, seniors and other.
pub(crate) fn parse_events(r: &mut RowReader<'_>) -> Vec<EventImport> {
    let kinds: Vec<&str> = EventKind::ALL.iter().map(|k| k.code()).collect();
    let mut events = Vec::new();
    let table = r.table;
    for (row, cells) in &table.rows {
        let row = *row;
        let date = r.required_date(row, cells, "date");
        let time = clock(r, row, cells, "time").unwrap_or_else(|| "00:00".into());
        let end_time = clock(r, row, cells, "end_time");
        let kind = r
            .choice(
                (row, cells, "type"),
                ("an event type", "event-kind"),
                &kinds,
            )
            .and_then(EventKind::from_code)
            .unwrap_or_default();
        if r.text(cells, "type").is_empty() {
            r.problem(row, "type", "required", "is required".into());
        }
        if r.text(cells, "participants").is_empty() {
            r.problem(row, "participants", "required", "is required".into());
        }
        let participants = r.whole_number(row, cells, "participants").unwrap_or(0);
        let mut by_group = Vec::new();
        for group in ParticipantGroup::ALL {
            let column = format!("participants_{}", group.code());
            if let Some(count) = r.whole_number(row, cells, &column) {
                if count > participants {
                    let problem = r
                        .at(
                            row,
                            &column,
                            "more-than-participants",
                            format!("{count} is more than the {participants} participants"),
                        )
                        .arg("participants", participants);
                    r.push(problem);
                }
                by_group.push(GroupCount { group, count });
            }
        }
        let women = r.whole_number(row, cells, "women");
        let men = r.whole_number(row, cells, "men");
        if women.unwrap_or(0) + men.unwrap_or(0) > participants {
            let problem = r
                .at(
                    row,
                    "women",
                    "more-than-participants",
                    format!("women and men together are more than the {participants} participants"),
                )
                .arg("participants", participants);
            r.push(problem);
        }
        let code =
            |r: &RowReader<'_>, column: &str| Some(r.text(cells, column)).filter(|c| !c.is_empty());
        let ends_at = end_time.map(|t| format!("{date}T{t}"));
        if ends_at
            .as_deref()
            .is_some_and(|end| end < format!("{date}T{time}").as_str())
        {
            r.problem(
                row,
                "end_time",
                "end-before-start-time",
                "is before the start".into(),
            );
        }
        events.push(EventImport {
            row,
            measure_code: code(r, "measure_code"),
            budget_code: code(r, "budget_code"),
            input: EventInput {
                kind,
                title: r.required(row, cells, "title"),
                starts_at: format!("{date}T{time}"),
                ends_at,
                place: r.text(cells, "place"),
                organiser: r.text(cells, "organiser"),
                description: r.text(cells, "description"),
                participants,
                by_group,
                women,
                men,
                cost: r.money(row, cells, "cost"),
                cost_measure_id: None,
                measure_id: None,
                project_id: None,
                cooperation_id: None,
            },
        });
    }
    events
}

/// An optional `HH:MM`.
fn clock(r: &mut RowReader<'_>, row: usize, cells: &[String], column: &str) -> Option<String> {
    let text = r.text(cells, column);
    if text.is_empty() {
        return None;
    }
    match NaiveTime::parse_from_str(&text, "%H:%M") {
        Ok(t) => Some(t.format("%H:%M").to_string()),
        Err(_) => {
            let problem = r
                .at(
                    row,
                    column,
                    "not-a-time",
                    format!("'{text}' is not a time (HH:MM)"),
                )
                .arg("value", &text);
            r.push(problem);
            None
        }
    }
}

/// One row per event, earliest first, with the import's columns and the links.
pub fn events_sheet(events: &[Event]) -> Sheet {
    let mut columns: Vec<String> = [
        "date",
        "time",
        "end_time",
        "type",
        "title",
        "place",
        "organiser",
        "participants",
        "women",
        "men",
    ]
    .iter()
    .map(|c| (*c).to_owned())
    .collect();
    columns.extend(
        ParticipantGroup::ALL
            .iter()
            .map(|g| format!("participants_{}", g.code())),
    );
    columns.extend(
        [
            "cost",
            "budget_code",
            "measure_code",
            "project_number",
            "cooperation_code",
            "description",
        ]
        .iter()
        .map(|c| (*c).to_owned()),
    );
    let text = |t: &Option<String>| t.clone().map_or(Cell::Empty, Cell::Text);
    let count = |c: Option<i64>| c.map_or(Cell::Empty, Cell::Int);
    let rows = events
        .iter()
        .map(|e| {
            let i = &e.input;
            let mut row = vec![
                Cell::Text(i.day().to_owned()),
                Cell::Text(i.starts_at.get(11..16).unwrap_or("").to_owned()),
                text(
                    &i.ends_at
                        .as_ref()
                        .and_then(|t| t.get(11..16))
                        .map(str::to_owned),
                ),
                Cell::Text(i.kind.code().to_owned()),
                Cell::Text(i.title.clone()),
                Cell::Text(i.place.clone()),
                Cell::Text(i.organiser.clone()),
                Cell::Int(i.participants),
                count(i.women),
                count(i.men),
            ];
            row.extend(
                ParticipantGroup::ALL
                    .iter()
                    .map(|g| count(i.by_group.iter().find(|c| c.group == *g).map(|c| c.count))),
            );
            row.extend([
                i.cost.map_or(Cell::Empty, Cell::Money),
                text(&e.cost_measure_code),
                text(&e.measure_code),
                text(&e.project_number),
                text(&e.cooperation_code),
                Cell::Text(i.description.clone()),
            ]);
            row
        })
        .collect();
    Sheet {
        name: "events".into(),
        headers: columns,
        rows,
    }
}
