//! Meetings with their attendance, agenda items and decisions. A decision is checked against the
//! body as it stood on the meeting's day ([`DecisionContext`]) before anything is written.

use lagdesk_domain::{
    AgendaItem, AgendaItemInput, Decision, DecisionContext, DecisionInput, DocumentOwner,
    FieldProblem, Invalid, Meeting, MeetingInput, MeetingKind, Member, MemberVote, MovedProject,
    ProjectStatus, Recusal, Vote,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::documents::still_referenced;
use crate::error::{Result, StoreError};
use crate::members::{members, read_member};
use crate::rows::bad_text;
use crate::selection::{apply_selection, undo_selection};
use crate::{new_id, now, Store};

impl Store {
    /// Every meeting, the latest first, with its agenda and decisions.
    pub fn meetings(&self) -> Result<Vec<Meeting>> {
        let ids: Vec<String> = self
            .conn
            .prepare("SELECT id FROM meeting ORDER BY held_on DESC, number DESC")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.iter().map(|id| read_meeting(&self.conn, id)).collect()
    }

    pub fn meeting(&self, id: &str) -> Result<Meeting> {
        read_meeting(&self.conn, id)
    }

    pub fn create_meeting(&mut self, input: &MeetingInput) -> Result<Meeting> {
        let id = self.write(|tx| insert_meeting(tx, input))?;
        self.meeting(&id)
    }

    pub fn update_meeting(&mut self, id: &str, input: &MeetingInput) -> Result<Meeting> {
        input.validate()?;
        self.write(|tx| {
            read_meeting(tx, id)?;
            write_meeting(tx, id, input)
        })?;
        self.meeting(id)
    }

    /// Refused while decisions are recorded: they are the minutes.
    pub fn delete_meeting(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            let meeting = read_meeting(tx, id)?;
            let count = i64::try_from(
                meeting
                    .items
                    .iter()
                    .filter(|i| i.decision.is_some())
                    .count(),
            )
            .unwrap_or(i64::MAX);
            if count > 0 {
                return Err(StoreError::StillReferenced {
                    entity: "meeting",
                    code: meeting.number,
                    count,
                    dependants: "decisions",
                });
            }
            still_referenced(tx, "meeting", &meeting.number, DocumentOwner::Meeting, id)?;
            tx.execute("DELETE FROM meeting WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    pub fn add_agenda_item(
        &mut self,
        meeting_id: &str,
        input: &AgendaItemInput,
    ) -> Result<Meeting> {
        self.write(|tx| insert_agenda_item(tx, meeting_id, input))?;
        self.meeting(meeting_id)
    }

    /// Refused once the item has a decision; delete the decision first.
    pub fn delete_agenda_item(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            if decided(tx, id)? {
                return Err(StoreError::StillReferenced {
                    entity: "agenda item",
                    code: id.to_owned(),
                    count: 1,
                    dependants: "decision",
                });
            }
            tx.execute("DELETE FROM agenda_item WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// Records (or replaces) the decision on an agenda item, once quorum, sector balance and
    /// conflicts of interest are checked against the body on the meeting's day.
    pub fn record_decision(&mut self, item_id: &str, input: &DecisionInput) -> Result<Meeting> {
        let meeting_id = self.write(|tx| write_decision(tx, item_id, input))?;
        self.meeting(&meeting_id)
    }

    /// Also takes back the project statuses a selection decision set, while none moved on.
    pub fn delete_decision(&mut self, item_id: &str) -> Result<()> {
        self.write(|tx| {
            undo_selection(tx, item_id)?;
            tx.execute("DELETE FROM decision WHERE agenda_item_id = ?1", [item_id])?;
            Ok(())
        })
    }
}

pub(crate) fn insert_meeting(tx: &Transaction<'_>, input: &MeetingInput) -> Result<String> {
    input.validate()?;
    let id = new_id();
    // The row gets its identity here; `write_meeting` is the one place that writes its fields.
    tx.execute(
        "INSERT INTO meeting (id, kind, number, held_on, created_at, updated_at)
         VALUES (?1, ?2, '', '', ?3, ?3)",
        params![id, input.kind.code(), now()],
    )?;
    write_meeting(tx, &id, input)?;
    Ok(id)
}

pub(crate) fn insert_agenda_item(
    tx: &Transaction<'_>,
    meeting_id: &str,
    input: &AgendaItemInput,
) -> Result<String> {
    input.validate()?;
    read_meeting(tx, meeting_id)?;
    if let Some(call_id) = &input.call_id {
        let known: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM call WHERE id = ?1)",
            [call_id],
            |r| r.get(0),
        )?;
        if !known {
            return Err(invalid("callId", "unknown-call", "is not a call"));
        }
    }
    let position: i64 = tx.query_row(
        "SELECT coalesce(max(position) + 1, 0) FROM agenda_item WHERE meeting_id = ?1",
        [meeting_id],
        |r| r.get(0),
    )?;
    let id = new_id();
    tx.execute(
        "INSERT INTO agenda_item (id, meeting_id, position, title, project_id, call_id,
             created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![
            id,
            meeting_id,
            position,
            input.title.trim(),
            input.project_id,
            input.call_id,
            now()
        ],
    )?;
    Ok(id)
}

/// Checks the decision against the body of the item's meeting and writes it in place of any
/// earlier one; returns the meeting's id. A passed decision on a call's selection applies the
/// call's ranking to its projects (an earlier decision's moves are taken back first).
pub(crate) fn write_decision(
    tx: &Transaction<'_>,
    item_id: &str,
    input: &DecisionInput,
) -> Result<String> {
    let (meeting_id, context) = context(tx, item_id)?;
    let tally = context.tally(input)?;
    undo_selection(tx, item_id)?;
    tx.execute("DELETE FROM decision WHERE agenda_item_id = ?1", [item_id])?;
    tx.execute(
        "INSERT INTO decision (agenda_item_id, text, override_reason, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
        params![
            item_id,
            input.text.trim(),
            input.override_reason.trim(),
            now()
        ],
    )?;
    for v in &input.votes {
        tx.execute(
            "INSERT INTO decision_vote (agenda_item_id, member_id, vote) VALUES (?1, ?2, ?3)",
            params![item_id, v.member_id, v.vote.code()],
        )?;
    }
    for r in &input.recusals {
        tx.execute(
            "INSERT OR REPLACE INTO recusal (agenda_item_id, member_id, reason)
             VALUES (?1, ?2, ?3)",
            params![item_id, r.member_id, r.reason.trim()],
        )?;
    }
    let call_id: Option<String> = tx.query_row(
        "SELECT call_id FROM agenda_item WHERE id = ?1",
        [item_id],
        |r| r.get(0),
    )?;
    if let (Some(call_id), true) = (call_id, tally.passed) {
        let (_, held_on) = meeting_row(tx, &meeting_id)?;
        apply_selection(tx, item_id, &call_id, &held_on, "")?;
    }
    Ok(meeting_id)
}

fn write_meeting(tx: &Transaction<'_>, id: &str, input: &MeetingInput) -> Result<()> {
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM meeting WHERE kind = ?1 AND number = ?2 AND id <> ?3)",
        params![input.kind.code(), input.number.trim(), id],
        |r| r.get(0),
    )?;
    if taken {
        return Err(StoreError::DuplicateCode {
            entity: "meeting",
            code: input.number.trim().to_owned(),
        });
    }
    tx.execute(
        "UPDATE meeting SET kind = ?2, number = ?3, held_on = ?4, place = ?5, online = ?6,
             updated_at = ?7
         WHERE id = ?1",
        params![
            id,
            input.kind.code(),
            input.number.trim(),
            input.held_on.trim(),
            input.place.trim(),
            input.online,
            now()
        ],
    )?;
    tx.execute("DELETE FROM meeting_attendee WHERE meeting_id = ?1", [id])?;
    // Each attendee is read alone: the cost follows the meeting's size, not the partnership's.
    for (i, member_id) in input.attendee_ids.iter().enumerate() {
        let member = match read_member(tx, member_id) {
            Err(StoreError::NotFound { .. }) => {
                return Err(invalid(
                    &format!("attendeeIds.{i}"),
                    "unknown-member",
                    "is not a member",
                ))
            }
            found => found?,
        };
        if !member.is_member_on(input.held_on.trim()) {
            return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
                format!("attendeeIds.{i}"),
                "not-a-member-then",
                format!(
                    "{} was not a member on {}",
                    member.name,
                    input.held_on.trim()
                ),
            )
            .arg("member", &member.name)])));
        }
        tx.execute(
            "INSERT OR IGNORE INTO meeting_attendee (meeting_id, member_id) VALUES (?1, ?2)",
            params![id, member_id],
        )?;
    }
    Ok(())
}

fn invalid(field: &str, code: &str, message: &str) -> StoreError {
    StoreError::Invalid(Invalid(vec![FieldProblem::new(field, code, message)]))
}

fn decided(conn: &Connection, item_id: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM decision WHERE agenda_item_id = ?1)",
        [item_id],
        |r| r.get(0),
    )?)
}

/// The body that decides at the item's meeting, who was there, and who is linked to the
/// applicant of the item's project.
fn context(conn: &Connection, item_id: &str) -> Result<(String, DecisionContext)> {
    let (meeting_id, project_id, call_id): (String, Option<String>, Option<String>) = conn
        .query_row(
            "SELECT meeting_id, project_id, call_id FROM agenda_item WHERE id = ?1",
            [item_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?
        .ok_or_else(|| StoreError::NotFound {
            entity: "agenda item",
            id: item_id.to_owned(),
        })?;
    let (kind, held_on) = meeting_row(conn, &meeting_id)?;
    let all = members(conn)?;
    let in_body = |m: &&Member| match kind {
        MeetingKind::GeneralAssembly => m.is_member_on(&held_on),
        MeetingKind::Board | MeetingKind::SelectionCommittee => m.is_on_board(&held_on),
    };
    let applicants = applicants_decided(conn, project_id.as_deref(), call_id.as_deref())?;
    let mut linked: Vec<(String, String)> = Vec::new();
    for (applicant_id, applicant_name) in &applicants {
        for m in all
            .iter()
            .filter(|m| m.applicant_ids.contains(applicant_id))
        {
            if !linked.iter().any(|(id, _)| id == &m.id) {
                linked.push((m.id.clone(), applicant_name.clone()));
            }
        }
    }
    let context = DecisionContext {
        body: all
            .iter()
            .filter(in_body)
            .map(|m| (m.id.clone(), m.name.clone(), m.sector))
            .collect(),
        present: attendees(conn, &meeting_id)?,
        linked,
    };
    Ok((meeting_id, context))
}

/// The applicants an item decides on: its project's, or those of its call's applications that
/// are still in the running.
fn applicants_decided(
    conn: &Connection,
    project_id: Option<&str>,
    call_id: Option<&str>,
) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT a.id, a.name FROM project p JOIN applicant a ON a.id = p.applicant_id
         WHERE p.id = ?1
            OR (p.call_id = ?2 AND p.status NOT IN ('inadmissible', 'withdrawn'))
         ORDER BY a.name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map(params![project_id, call_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn meeting_row(conn: &Connection, id: &str) -> Result<(MeetingKind, String)> {
    let (kind, held_on): (String, String) = conn
        .query_row(
            "SELECT kind, held_on FROM meeting WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| StoreError::NotFound {
            entity: "meeting",
            id: id.to_owned(),
        })?;
    let kind = MeetingKind::from_code(&kind).ok_or_else(|| bad_text(0, &kind))?;
    Ok((kind, held_on))
}

fn attendees(conn: &Connection, meeting_id: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT a.member_id FROM meeting_attendee a JOIN member m ON m.id = a.member_id
         WHERE a.meeting_id = ?1 ORDER BY m.name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([meeting_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn read_meeting(conn: &Connection, id: &str) -> Result<Meeting> {
    let (kind, held_on) = meeting_row(conn, id)?;
    let (number, place, online): (String, String, bool) = conn.query_row(
        "SELECT number, place, online FROM meeting WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut items: Vec<AgendaItem> = conn
        .prepare(
            "SELECT i.id, i.position, i.title, i.project_id, p.number, i.call_id, c.number
             FROM agenda_item i
             LEFT JOIN project p ON p.id = i.project_id
             LEFT JOIN call c ON c.id = i.call_id
             WHERE i.meeting_id = ?1 ORDER BY i.position",
        )?
        .query_map([id], |r| {
            Ok(AgendaItem {
                id: r.get(0)?,
                meeting_id: id.to_owned(),
                position: r.get(1)?,
                title: r.get(2)?,
                project_id: r.get(3)?,
                project_number: r.get(4)?,
                call_id: r.get(5)?,
                call_number: r.get(6)?,
                decision: None,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    for item in &mut items {
        item.decision = read_decision(conn, &item.id)?;
    }
    Ok(Meeting {
        id: id.to_owned(),
        kind,
        number,
        held_on,
        place,
        online,
        attendee_ids: attendees(conn, id)?,
        items,
    })
}

fn read_decision(conn: &Connection, item_id: &str) -> Result<Option<Decision>> {
    let Some((text, override_reason)) = conn
        .query_row(
            "SELECT text, override_reason FROM decision WHERE agenda_item_id = ?1",
            [item_id],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
        )
        .optional()?
    else {
        return Ok(None);
    };
    let votes = conn
        .prepare(
            "SELECT v.member_id, v.vote FROM decision_vote v JOIN member m ON m.id = v.member_id
             WHERE v.agenda_item_id = ?1 ORDER BY m.name COLLATE NOCASE",
        )?
        .query_map([item_id], |r| {
            let vote: String = r.get(1)?;
            Ok(MemberVote {
                member_id: r.get(0)?,
                vote: Vote::from_code(&vote).ok_or_else(|| bad_text(1, &vote))?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let recusals = conn
        .prepare(
            "SELECT r.member_id, r.reason FROM recusal r JOIN member m ON m.id = r.member_id
             WHERE r.agenda_item_id = ?1 ORDER BY m.name COLLATE NOCASE",
        )?
        .query_map([item_id], |r| {
            Ok(Recusal {
                member_id: r.get(0)?,
                reason: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let input = DecisionInput {
        text,
        votes,
        recusals,
        override_reason,
    };
    let (_, context) = context(conn, item_id)?;
    Ok(Some(Decision {
        tally: context.count(&input),
        text: input.text,
        votes: input.votes,
        recusals: input.recusals,
        override_reason: input.override_reason,
        moved: moved(conn, item_id)?,
    }))
}

/// Where a selection decision left each project it moved.
fn moved(conn: &Connection, item_id: &str) -> Result<Vec<MovedProject>> {
    let mut stmt = conn.prepare(
        "SELECT s.project_id, p.number, s.status FROM project_status_change s
         JOIN project p ON p.id = s.project_id
         WHERE s.agenda_item_id = ?1 AND s.status <> 'evaluated'
         ORDER BY p.number",
    )?;
    let rows = stmt.query_map([item_id], |r| {
        let status: String = r.get(2)?;
        Ok(MovedProject {
            project_id: r.get(0)?,
            number: r.get(1)?,
            status: ProjectStatus::from_code(&status).ok_or_else(|| bad_text(2, &status))?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
