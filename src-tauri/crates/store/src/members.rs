//! Members of the partnership with their board terms and linked applicants, and the board's
//! composition on a day. Members are the LAG's, shared by all its strategies.

use lagdesk_domain::{BoardComposition, BoardTerm, Member, MemberInput, MemberKind, Sector};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use crate::error::{Result, StoreError};
use crate::rows::bad_text;
use crate::{new_id, now, Store};

const SELECT: &str = "SELECT m.id, m.name, m.kind, m.sector, m.contact, m.joined_on, m.left_on,
        (SELECT json_group_array(json_array(t.starts_on, t.ends_on) ORDER BY t.starts_on)
         FROM board_term t WHERE t.member_id = m.id),
        (SELECT json_group_array(a.applicant_id) FROM member_applicant a WHERE a.member_id = m.id)
    FROM member m";

fn member(r: &Row<'_>) -> rusqlite::Result<Member> {
    let kind: String = r.get(2)?;
    let sector: String = r.get(3)?;
    let terms: String = r.get(7)?;
    let applicants: String = r.get(8)?;
    let terms: Vec<(String, Option<String>)> =
        serde_json::from_str(&terms).map_err(|_| bad_text(7, &terms))?;
    Ok(Member {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: MemberKind::from_code(&kind).ok_or_else(|| bad_text(2, &kind))?,
        sector: Sector::from_code(&sector).ok_or_else(|| bad_text(3, &sector))?,
        contact: r.get(4)?,
        joined_on: r.get(5)?,
        left_on: r.get(6)?,
        board_terms: terms
            .into_iter()
            .map(|(starts_on, ends_on)| BoardTerm { starts_on, ends_on })
            .collect(),
        applicant_ids: serde_json::from_str(&applicants).map_err(|_| bad_text(8, &applicants))?,
    })
}

impl Store {
    /// Every member, by name.
    pub fn members(&self) -> Result<Vec<Member>> {
        members(&self.conn)
    }

    pub fn member(&self, id: &str) -> Result<Member> {
        read_member(&self.conn, id)
    }

    pub fn create_member(&mut self, input: &MemberInput) -> Result<Member> {
        let id = self.write(|tx| insert_member(tx, input))?;
        self.member(&id)
    }

    pub fn update_member(&mut self, id: &str, input: &MemberInput) -> Result<Member> {
        input.validate()?;
        self.write(|tx| {
            read_member(tx, id)?;
            write_member(tx, id, input)
        })?;
        self.member(id)
    }

    /// Refused once the member attended a meeting: the minutes name them.
    pub fn delete_member(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            let member = read_member(tx, id)?;
            let count: i64 = tx.query_row(
                "SELECT count(*) FROM meeting_attendee WHERE member_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if count > 0 {
                return Err(StoreError::StillReferenced {
                    entity: "member",
                    code: member.name,
                    count,
                    dependants: "meetings",
                });
            }
            tx.execute("DELETE FROM member WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// The board on `on` (`YYYY-MM-DD`) and its sector balance.
    pub fn board_on(&self, on: &str) -> Result<BoardComposition> {
        Ok(BoardComposition::on(&self.members()?, on))
    }
}

pub(crate) fn members(conn: &Connection) -> Result<Vec<Member>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY m.name COLLATE NOCASE"))?;
    let rows = stmt.query_map([], member)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn read_member(conn: &Connection, id: &str) -> Result<Member> {
    conn.query_row(&format!("{SELECT} WHERE m.id = ?1"), [id], member)
        .optional()?
        .ok_or_else(|| StoreError::NotFound {
            entity: "member",
            id: id.to_owned(),
        })
}

pub(crate) fn insert_member(tx: &Transaction<'_>, input: &MemberInput) -> Result<String> {
    input.validate()?;
    let id = new_id();
    // The row gets its identity here; `write_member` is the one place that writes its fields.
    tx.execute(
        "INSERT INTO member (id, name, kind, sector, joined_on, created_at, updated_at)
         VALUES (?1, '', 'person', 'civil', '', ?2, ?2)",
        params![id, now()],
    )?;
    write_member(tx, &id, input)?;
    Ok(id)
}

fn write_member(tx: &Transaction<'_>, id: &str, input: &MemberInput) -> Result<()> {
    tx.execute(
        "UPDATE member SET name = ?2, kind = ?3, sector = ?4, contact = ?5, joined_on = ?6,
             left_on = ?7, updated_at = ?8
         WHERE id = ?1",
        params![
            id,
            input.name.trim(),
            input.kind.code(),
            input.sector.code(),
            input.contact.trim(),
            input.joined_on.trim(),
            input.left_on.as_deref().map(str::trim),
            now()
        ],
    )?;
    tx.execute("DELETE FROM board_term WHERE member_id = ?1", [id])?;
    for term in &input.board_terms {
        tx.execute(
            "INSERT INTO board_term (member_id, starts_on, ends_on) VALUES (?1, ?2, ?3)",
            params![
                id,
                term.starts_on.trim(),
                term.ends_on.as_deref().map(str::trim)
            ],
        )?;
    }
    tx.execute("DELETE FROM member_applicant WHERE member_id = ?1", [id])?;
    for (i, applicant) in input.applicant_ids.iter().enumerate() {
        let known: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM applicant WHERE id = ?1)",
            [applicant],
            |r| r.get(0),
        )?;
        if !known {
            return Err(StoreError::Invalid(lagdesk_domain::Invalid(vec![
                lagdesk_domain::FieldProblem::new(
                    format!("applicantIds.{i}"),
                    "unknown-applicant",
                    "is not a known applicant",
                ),
            ])));
        }
        tx.execute(
            "INSERT OR IGNORE INTO member_applicant (member_id, applicant_id) VALUES (?1, ?2)",
            params![id, applicant],
        )?;
    }
    Ok(())
}
