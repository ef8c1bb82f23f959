//! The demo LAG's partnership: 18 members across the three sectors, a board of 9 (one seat changed
//! hands in mid-2025), and a year of meetings with decisions, one of them with a recusal.

use lagdesk_domain::{
    AgendaItemInput, BoardTerm, DecisionInput, MeetingInput, MeetingKind, MemberInput, MemberKind,
    MemberVote, Recusal, Sector, Vote,
};
use rusqlite::{OptionalExtension, Transaction};

use crate::error::Result;
use crate::meetings::{insert_agenda_item, insert_meeting, write_decision};
use crate::members::insert_member;

use super::selection::SCORED_CALL;

/// The board's terms: from the start of the strategy, or a half of it.
const WHOLE: &[(&str, Option<&str>)] = &[("2023-01-01", None)];
const UNTIL_JUNE_2025: &[(&str, Option<&str>)] = &[("2023-01-01", Some("2025-06-30"))];
const FROM_JULY_2025: &[(&str, Option<&str>)] = &[("2025-07-01", None)];

type DemoMember = (
    &'static str,
    MemberKind,
    Sector,
    &'static [(&'static str, Option<&'static str>)],
);

#[rustfmt::skip]
const MEMBERS: [DemoMember; 18] = [
    ("Molėtų rajono savivaldybės administracija", MemberKind::Organisation, Sector::Public, WHOLE),
    ("Molėtų krašto muziejus", MemberKind::Organisation, Sector::Public, UNTIL_JUNE_2025),
    ("Molėtų kultūros centras", MemberKind::Organisation, Sector::Public, WHOLE),
    ("Molėtų turizmo ir verslo informacijos centras", MemberKind::Organisation, Sector::Public, FROM_JULY_2025),
    ("Alantos gimnazija", MemberKind::Organisation, Sector::Public, &[]),
    ("UAB „Ežerų medis“", MemberKind::Organisation, Sector::Business, WHOLE),
    ("MB „Sodybų ratas“", MemberKind::Organisation, Sector::Business, WHOLE),
    ("Ūkininkas Jonas Petrauskas", MemberKind::Person, Sector::Business, WHOLE),
    ("UAB „Molėtų duona“", MemberKind::Organisation, Sector::Business, &[]),
    ("Kaimo turizmo sodyba „Pušynė“", MemberKind::Organisation, Sector::Business, &[]),
    ("UAB „Žalioji energija“", MemberKind::Organisation, Sector::Business, &[]),
    ("Alantos bendruomenė", MemberKind::Organisation, Sector::Civil, WHOLE),
    ("Balninkų kaimo bendruomenė", MemberKind::Organisation, Sector::Civil, WHOLE),
    ("Ežerų krašto jaunimo klubas", MemberKind::Organisation, Sector::Civil, WHOLE),
    ("Asociacija „Žalioji kryptis“", MemberKind::Organisation, Sector::Civil, &[]),
    ("Joniškio kaimo bendruomenė", MemberKind::Organisation, Sector::Civil, &[]),
    ("Molėtų r. ūkininkų sąjunga", MemberKind::Organisation, Sector::Civil, &[]),
    ("Senjorų klubas „Sidabrinė gija“", MemberKind::Organisation, Sector::Civil, &[]),
];

pub(super) fn load(tx: &Transaction<'_>) -> Result<()> {
    let mut members = Vec::new();
    for (name, kind, sector, terms) in MEMBERS {
        let applicant: Option<String> = tx
            .query_row("SELECT id FROM applicant WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()?;
        let input = MemberInput {
            name: name.into(),
            kind,
            sector,
            contact: String::new(),
            joined_on: "2015-03-12".into(),
            left_on: None,
            applicant_ids: applicant.into_iter().collect(),
            board_terms: terms
                .iter()
                .map(|(start, end)| BoardTerm {
                    starts_on: (*start).into(),
                    ends_on: end.map(Into::into),
                })
                .collect(),
        };
        members.push((insert_member(tx, &input)?, name, terms));
    }
    for (i, (year, month)) in (1..=11).map(|m| (2026, m)).chain([(2025, 12)]).enumerate() {
        let held_on = format!("{year}-{month:02}-15");
        let kind = match month {
            4 => MeetingKind::GeneralAssembly,
            1 => MeetingKind::SelectionCommittee,
            _ => MeetingKind::Board,
        };
        let in_body = |terms: &[(&str, Option<&str>)]| {
            kind == MeetingKind::GeneralAssembly
                || terms.iter().any(|(start, end)| {
                    *start <= held_on.as_str() && end.is_none_or(|e| held_on.as_str() <= e)
                })
        };
        // One member of the body stays away from each meeting, a different one each time.
        let body: Vec<&(String, &str, _)> = members.iter().filter(|(_, _, t)| in_body(t)).collect();
        let absent = i % body.len();
        let present: Vec<(String, &str)> = body
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != absent)
            .map(|(_, (id, name, _))| (id.clone(), *name))
            .collect();
        let meeting = insert_meeting(
            tx,
            &MeetingInput {
                kind,
                number: format!("{year}-{month}"),
                held_on: held_on.clone(),
                place: "Molėtai, Inturkės g. 4".into(),
                online: month == 8,
                attendee_ids: present.iter().map(|(id, _)| id.clone()).collect(),
            },
        )?;
        let (title, text, call) = agenda(tx, kind)?;
        let item = insert_agenda_item(
            tx,
            &meeting,
            &AgendaItemInput {
                title,
                project_id: None,
                call_id: call.clone(),
            },
        )?;
        let linked = match &call {
            Some(call_id) => linked_to_applicants(tx, call_id)?,
            None => Vec::new(),
        };
        let recusing: Vec<&(String, &str)> = present
            .iter()
            .filter(|(id, _)| linked.contains(id))
            .collect();
        let votes = present
            .iter()
            .filter(|(id, _)| !recusing.iter().any(|(r, _)| r == id))
            .enumerate()
            .map(|(j, (id, _))| MemberVote {
                member_id: id.clone(),
                vote: if j == 2 { Vote::Abstain } else { Vote::For },
            })
            .collect();
        let decision = DecisionInput {
            text,
            votes,
            recusals: recusing
                .iter()
                .map(|(id, _)| Recusal {
                    member_id: id.clone(),
                    reason: "Atstovauja pareiškėjui".into(),
                })
                .collect(),
            override_reason: String::new(),
        };
        write_decision(tx, &item, &decision)?;
    }
    Ok(())
}

/// The item on the agenda: the selection committee decides the selection of the scored call;
/// the other meetings approve the LAG's own business.
fn agenda(tx: &Transaction<'_>, kind: MeetingKind) -> Result<(String, String, Option<String>)> {
    Ok(match kind {
        MeetingKind::SelectionCommittee => {
            let call_id: String = tx.query_row(
                "SELECT id FROM call WHERE number = ?1",
                [SCORED_CALL],
                |r| r.get(0),
            )?;
            (
                format!("Dėl kvietimo {SCORED_CALL} vietos projektų atrankos"),
                format!(
                    "Patvirtinti kvietimo {SCORED_CALL} projektų atrankos rezultatus ir rezervinį sąrašą"
                ),
                Some(call_id),
            )
        }
        MeetingKind::GeneralAssembly => (
            "Dėl 2025 m. veiklos ataskaitos".into(),
            "Patvirtinti VVG 2025 m. veiklos ataskaitą".into(),
            None,
        ),
        MeetingKind::Board => (
            "Dėl VVG veiklos ir strategijos įgyvendinimo eigos".into(),
            "Pritarti informacijai apie strategijos įgyvendinimą".into(),
            None,
        ),
    })
}

/// Members who represent an applicant of the call: they declare a conflict of interest.
fn linked_to_applicants(tx: &Transaction<'_>, call_id: &str) -> Result<Vec<String>> {
    let mut stmt = tx.prepare(
        "SELECT DISTINCT ma.member_id FROM member_applicant ma
         JOIN project p ON p.applicant_id = ma.applicant_id
         WHERE p.call_id = ?1 AND p.status NOT IN ('inadmissible', 'withdrawn')",
    )?;
    let rows = stmt.query_map([call_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
