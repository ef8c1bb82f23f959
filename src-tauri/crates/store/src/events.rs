//! Events with their participants by group and gender, their cost booked to a running or
//! animation line (and split over that strategy's funding sources), and their links; and the
//! totals of a period by kind and group, summed in SQL.

use lagdesk_domain::{
    Event, EventInput, EventKind, EventKindTotal, EventTotals, FieldProblem, GroupCount, Invalid,
    MeasureKind, Money, ParticipantGroup,
};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use crate::closed::ensure_open;
use crate::error::{Result, StoreError};
use crate::rows::bad_text;
use crate::splits::split_event;
use crate::{new_id, now, Store};

const EVENT_SELECT: &str = "SELECT e.id, e.kind, e.title, e.starts_at, e.ends_at, e.place,
        e.organiser, e.description, e.participants, e.women, e.men, e.cost_cents,
        e.cost_measure_id, e.measure_id, e.project_id, e.cooperation_id,
        cm.code, m.code, p.number, c.code,
        (SELECT json_group_array(json_array(g.grp, g.count)) FROM event_group g
         WHERE g.event_id = e.id),
        (SELECT count(*) FROM document d WHERE d.owner = 'event' AND d.owner_id = e.id)
    FROM event e
    LEFT JOIN measure cm ON cm.id = e.cost_measure_id
    LEFT JOIN measure m ON m.id = e.measure_id
    LEFT JOIN project p ON p.id = e.project_id
    LEFT JOIN cooperation c ON c.id = e.cooperation_id";

fn event(r: &Row<'_>) -> rusqlite::Result<Event> {
    let kind: String = r.get(1)?;
    let groups: String = r.get(20)?;
    let pairs: Vec<(String, i64)> =
        serde_json::from_str(&groups).map_err(|_| bad_text(20, &groups))?;
    let by_group = pairs
        .into_iter()
        .map(|(group, count)| {
            ParticipantGroup::from_code(&group)
                .map(|group| GroupCount { group, count })
                .ok_or_else(|| bad_text(20, &group))
        })
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut by_group = by_group;
    by_group.sort_by_key(|g| ParticipantGroup::ALL.iter().position(|a| *a == g.group));
    Ok(Event {
        id: r.get(0)?,
        input: EventInput {
            kind: EventKind::from_code(&kind).ok_or_else(|| bad_text(1, &kind))?,
            title: r.get(2)?,
            starts_at: r.get(3)?,
            ends_at: r.get(4)?,
            place: r.get(5)?,
            organiser: r.get(6)?,
            description: r.get(7)?,
            participants: r.get(8)?,
            by_group,
            women: r.get(9)?,
            men: r.get(10)?,
            cost: r.get::<_, Option<i64>>(11)?.map(Money),
            cost_measure_id: r.get(12)?,
            measure_id: r.get(13)?,
            project_id: r.get(14)?,
            cooperation_id: r.get(15)?,
        },
        cost_measure_code: r.get(16)?,
        measure_code: r.get(17)?,
        project_number: r.get(18)?,
        cooperation_code: r.get(19)?,
        documents: r.get(21)?,
    })
}

fn invalid(field: &str, code: &str, message: impl Into<String>) -> StoreError {
    StoreError::Invalid(Invalid(vec![FieldProblem::new(field, code, message)]))
}

impl Store {
    /// The events that start between `from` and `to` (days, both included; either open),
    /// earliest first.
    pub fn events(&self, from: Option<&str>, to: Option<&str>) -> Result<Vec<Event>> {
        let mut stmt = self.conn.prepare(&format!(
            "{EVENT_SELECT}
             WHERE (?1 IS NULL OR substr(e.starts_at, 1, 10) >= ?1)
               AND (?2 IS NULL OR substr(e.starts_at, 1, 10) <= ?2)
             ORDER BY e.starts_at, e.title"
        ))?;
        let rows = stmt.query_map(params![from, to], event)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn event(&self, id: &str) -> Result<Event> {
        read_event(&self.conn, id)
    }

    pub fn create_event(&mut self, input: &EventInput) -> Result<Event> {
        let id = self.write(|tx| insert_event(tx, input))?;
        self.event(&id)
    }

    pub fn update_event(&mut self, id: &str, input: &EventInput) -> Result<Event> {
        self.write(|tx| {
            read_event(tx, id)?;
            write_event(tx, id, input)
        })?;
        self.event(id)
    }

    /// Refused while documents are attached: they are the event's evidence.
    pub fn delete_event(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            let event = read_event(tx, id)?;
            if event.input.cost.is_some() {
                ensure_open(tx, "cost", &[event.input.day()])?;
            }
            if event.documents > 0 {
                return Err(StoreError::StillReferenced {
                    entity: "event",
                    code: event.input.title,
                    count: event.documents,
                    dependants: "documents",
                });
            }
            tx.execute("DELETE FROM event WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// Events, participants and costs between two days (both included), by kind (every kind,
    /// zero when none), by group and by gender.
    pub fn event_totals(&self, from: &str, to: &str) -> Result<EventTotals> {
        let mut problems = lagdesk_domain::problem::Problems::default();
        let start = problems.date("from", from);
        let end = problems.date("to", to);
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                problems.push(FieldProblem::new(
                    "to",
                    "ends-before-start",
                    "must not be before the start of the period",
                ));
            }
        }
        problems.into_result()?;
        let in_period = "substr(e.starts_at, 1, 10) BETWEEN ?1 AND ?2";
        let mut by_kind: Vec<EventKindTotal> = EventKind::ALL
            .iter()
            .map(|&kind| EventKindTotal {
                kind,
                events: 0,
                participants: 0,
                cost: Money(0),
            })
            .collect();
        let mut stmt = self.conn.prepare(&format!(
            "SELECT e.kind, count(*), sum(e.participants), coalesce(sum(e.cost_cents), 0)
             FROM event e WHERE {in_period} GROUP BY e.kind"
        ))?;
        let rows = stmt.query_map([from, to], |r| {
            let kind: String = r.get(0)?;
            Ok((
                EventKind::from_code(&kind).ok_or_else(|| bad_text(0, &kind))?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                Money(r.get(3)?),
            ))
        })?;
        for row in rows {
            let (kind, events, participants, cost) = row?;
            if let Some(total) = by_kind.iter_mut().find(|t| t.kind == kind) {
                (total.events, total.participants, total.cost) = (events, participants, cost);
            }
        }
        let mut by_group: Vec<GroupCount> = ParticipantGroup::ALL
            .iter()
            .map(|&group| GroupCount { group, count: 0 })
            .collect();
        let mut stmt = self.conn.prepare(&format!(
            "SELECT g.grp, sum(g.count) FROM event_group g JOIN event e ON e.id = g.event_id
             WHERE {in_period} GROUP BY g.grp"
        ))?;
        let rows = stmt.query_map([from, to], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?;
        for row in rows {
            let (group, count) = row?;
            if let Some(total) = by_group.iter_mut().find(|g| g.group.code() == group) {
                total.count = count;
            }
        }
        let (women, men): (i64, i64) = self.conn.query_row(
            &format!(
                "SELECT coalesce(sum(e.women), 0), coalesce(sum(e.men), 0) FROM event e
                 WHERE {in_period}"
            ),
            [from, to],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(EventTotals {
            from: from.to_owned(),
            to: to.to_owned(),
            events: by_kind.iter().map(|t| t.events).sum(),
            participants: by_kind.iter().map(|t| t.participants).sum(),
            cost: by_kind.iter().map(|t| t.cost).sum(),
            by_kind,
            by_group,
            women,
            men,
        })
    }
}

pub(crate) fn insert_event(tx: &Transaction<'_>, input: &EventInput) -> Result<String> {
    let id = new_id();
    // The row gets its identity here; `write_event` is the one place that writes its fields.
    tx.execute(
        "INSERT INTO event (id, kind, title, starts_at, participants, created_at, updated_at)
         VALUES (?1, 'information', '', '', 0, ?2, ?2)",
        params![id, now()],
    )?;
    write_event(tx, &id, input)?;
    Ok(id)
}

pub(crate) fn write_event(tx: &Transaction<'_>, id: &str, input: &EventInput) -> Result<()> {
    input.validate()?;
    check_links(tx, input)?;
    ensure_cost_open(tx, id, input.cost.map(|c| c.0), input.day())?;
    tx.execute(
        "UPDATE event SET kind = ?2, title = ?3, starts_at = ?4, ends_at = ?5, place = ?6,
             organiser = ?7, description = ?8, participants = ?9, women = ?10, men = ?11,
             cost_cents = ?12, cost_measure_id = ?13, measure_id = ?14, project_id = ?15,
             cooperation_id = ?16, updated_at = ?17
         WHERE id = ?1",
        params![
            id,
            input.kind.code(),
            input.title.trim(),
            input.starts_at.trim(),
            input.ends_at.as_deref().map(str::trim),
            input.place.trim(),
            input.organiser.trim(),
            input.description.trim(),
            input.participants,
            input.women,
            input.men,
            input.cost.map(|c| c.0),
            input.cost_measure_id,
            input.measure_id,
            input.project_id,
            input.cooperation_id,
            now()
        ],
    )?;
    tx.execute("DELETE FROM event_group WHERE event_id = ?1", [id])?;
    for g in &input.by_group {
        tx.execute(
            "INSERT INTO event_group (event_id, grp, count) VALUES (?1, ?2, ?3)",
            params![id, g.group.code(), g.count],
        )?;
    }
    split_event(tx, id)
}

/// An event's cost is booked on its day: a cost that changes (or moves to another day) in a
/// closed year is refused, as is one that would leave or enter such a year.
fn ensure_cost_open(conn: &Connection, id: &str, cost: Option<i64>, day: &str) -> Result<()> {
    let (old_cost, old_start): (Option<i64>, String) = conn.query_row(
        "SELECT cost_cents, starts_at FROM event WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let old_day = old_start.get(..10).unwrap_or_default();
    if old_cost == cost && (cost.is_none() || old_day == day) {
        return Ok(());
    }
    let mut days = Vec::new();
    if old_cost.is_some() {
        days.push(old_day);
    }
    if cost.is_some() {
        days.push(day);
    }
    ensure_open(conn, "cost", &days)
}

/// The budget line is a running or animation line; every linked record exists.
fn check_links(conn: &Connection, input: &EventInput) -> Result<()> {
    if let Some(line) = &input.cost_measure_id {
        let kind: Option<String> = conn
            .query_row("SELECT kind FROM measure WHERE id = ?1", [line], |r| {
                r.get(0)
            })
            .optional()?;
        let budget_line = kind
            .as_deref()
            .and_then(MeasureKind::from_code)
            .is_some_and(|k| matches!(k, MeasureKind::Running | MeasureKind::Animation));
        if !budget_line {
            return Err(invalid(
                "costMeasureId",
                "not-a-budget-line",
                "is not a running or animation line",
            ));
        }
    }
    for (field, table, id) in [
        ("measureId", "measure", &input.measure_id),
        ("projectId", "project", &input.project_id),
        ("cooperationId", "cooperation", &input.cooperation_id),
    ] {
        let Some(id) = id else { continue };
        let known: bool = conn.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"),
            [id],
            |r| r.get(0),
        )?;
        if !known {
            return Err(invalid(field, "unknown-link", format!("is not a {table}")));
        }
    }
    Ok(())
}

fn read_event(conn: &Connection, id: &str) -> Result<Event> {
    conn.query_row(&format!("{EVENT_SELECT} WHERE e.id = ?1"), [id], event)
        .optional()?
        .ok_or_else(|| StoreError::NotFound {
            entity: "event",
            id: id.to_owned(),
        })
}
