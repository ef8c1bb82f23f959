//! The partnership as sheets: the member register, and the meetings' decisions as the minutes
//! state them (one row per decision, with its votes and recusals).

use lagdesk_domain::{Meeting, Member};

use crate::export::{headers, Cell, Sheet};

/// Members with their sector, membership dates, board terms and whether they sit on the board on
/// `today`.
pub fn members_sheet(members: &[Member], today: &str) -> Sheet {
    let rows = members
        .iter()
        .map(|m| {
            let terms: Vec<String> = m
                .board_terms
                .iter()
                .map(|t| format!("{}..{}", t.starts_on, t.ends_on.as_deref().unwrap_or("")))
                .collect();
            vec![
                Cell::Text(m.name.clone()),
                Cell::Text(m.kind.code().to_owned()),
                Cell::Text(m.sector.code().to_owned()),
                Cell::Text(m.joined_on.clone()),
                m.left_on.clone().map_or(Cell::Empty, Cell::Text),
                Cell::Text(terms.join("; ")),
                Cell::Text(if m.is_on_board(today) { "yes" } else { "no" }.to_owned()),
            ]
        })
        .collect();
    Sheet {
        name: "members".into(),
        headers: headers(&[
            "name",
            "kind",
            "sector",
            "joined_on",
            "left_on",
            "board_terms",
            "on_board",
        ]),
        rows,
    }
}

/// One row per agenda item: the meeting, the item (its project or the call whose selection it
/// decides), and its decision with the tally, quorum, recusals (members named, `; ` between
/// them) and, for a selection, where it moved each project.
pub fn meetings_sheet(meetings: &[Meeting], members: &[Member]) -> Sheet {
    let name = |id: &str| {
        members
            .iter()
            .find(|m| m.id == id)
            .map_or_else(|| id.to_owned(), |m| m.name.clone())
    };
    let mut rows = Vec::new();
    for meeting in meetings {
        for item in &meeting.items {
            let mut row = vec![
                Cell::Text(meeting.number.clone()),
                Cell::Text(meeting.kind.code().to_owned()),
                Cell::Text(meeting.held_on.clone()),
                Cell::Int(i64::try_from(meeting.attendee_ids.len()).unwrap_or(i64::MAX)),
                Cell::Text(item.title.clone()),
                item.project_number.clone().map_or(Cell::Empty, Cell::Text),
                item.call_number.clone().map_or(Cell::Empty, Cell::Text),
            ];
            match &item.decision {
                Some(d) => {
                    let recusals: Vec<String> = d
                        .recusals
                        .iter()
                        .map(|r| format!("{} ({})", name(&r.member_id), r.reason))
                        .collect();
                    let moved: Vec<String> = d
                        .moved
                        .iter()
                        .map(|m| format!("{} {}", m.number, m.status.code()))
                        .collect();
                    let t = &d.tally;
                    row.extend([
                        Cell::Text(d.text.clone()),
                        Cell::Int(t.votes_for),
                        Cell::Int(t.votes_against),
                        Cell::Int(t.abstained),
                        Cell::Text(if t.passed { "yes" } else { "no" }.to_owned()),
                        Cell::Int(t.eligible),
                        Cell::Int(t.body_size),
                        Cell::Text(if t.quorum_met { "yes" } else { "no" }.to_owned()),
                        Cell::Percent(t.voters.sectors[0].share),
                        Cell::Text(recusals.join("; ")),
                        Cell::Text(d.override_reason.clone()),
                        Cell::Text(moved.join("; ")),
                    ]);
                }
                None => row.extend(std::iter::repeat_n(Cell::Empty, 12)),
            }
            rows.push(row);
        }
    }
    Sheet {
        name: "meetings".into(),
        headers: headers(&[
            "meeting_number",
            "kind",
            "held_on",
            "present",
            "item",
            "project_number",
            "call_number",
            "decision",
            "votes_for",
            "votes_against",
            "abstained",
            "passed",
            "eligible_voters",
            "body_size",
            "quorum_met",
            "public_share_pct",
            "recusals",
            "override_reason",
            "selection",
        ]),
        rows,
    }
}
