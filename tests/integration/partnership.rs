//! The partnership's rules as an auditor checks them: the board's sector balance, and for every
//! decision the quorum, the public sector's share of the votes and conflicts of interest.

use lagdesk_domain::{
    AgendaItemInput, BoardTerm, DecisionInput, MeetingInput, MeetingKind, MemberInput, MemberKind,
    MemberVote, Recusal, Sector, Vote,
};
use lagdesk_store::StoreError;

use crate::projects::{problem_codes, world, World};

/// A board of 9 from 2024-01-01: p1-p4 public, b1-b3 business, c1-c2 civil society; c2 is
/// linked to the world's applicant. Returns the world and the members' ids by short name.
pub(crate) fn partnership() -> (World, Vec<(String, String)>) {
    let mut w = world();
    let mut ids = Vec::new();
    for name in ["p1", "p2", "p3", "p4", "b1", "b2", "b3", "c1", "c2"] {
        let sector = match &name[..1] {
            "p" => Sector::Public,
            "b" => Sector::Business,
            _ => Sector::Civil,
        };
        let input = MemberInput {
            name: name.to_uppercase(),
            kind: MemberKind::Organisation,
            sector,
            contact: String::new(),
            joined_on: "2016-05-01".into(),
            left_on: None,
            applicant_ids: if name == "c2" {
                vec![w.applicant.clone()]
            } else {
                Vec::new()
            },
            board_terms: vec![BoardTerm {
                starts_on: "2024-01-01".into(),
                ends_on: None,
            }],
        };
        let id = w.db.store.create_member(&input).unwrap().id;
        ids.push((name.to_owned(), id));
    }
    (w, ids)
}

pub(crate) fn id(ids: &[(String, String)], name: &str) -> String {
    ids.iter().find(|(n, _)| n == name).unwrap().1.clone()
}

/// Board meeting 2025-3 on 2025-03-10 with `present`, and one item on project P-1.
fn meeting(w: &mut World, ids: &[(String, String)], present: &[&str]) -> (String, String) {
    let input = MeetingInput {
        kind: MeetingKind::Board,
        number: "2025-3".into(),
        held_on: "2025-03-10".into(),
        place: "Molėtai".into(),
        online: false,
        attendee_ids: present.iter().map(|n| id(ids, n)).collect(),
    };
    let m = w.db.store.create_meeting(&input).unwrap();
    let project = w.project("P-1", "M1", 30_000_00, 24_000_00);
    let project = w.create(&project);
    let item = AgendaItemInput {
        title: "Dėl projekto P-1 finansavimo".into(),
        project_id: Some(project),
        call_id: None,
    };
    let m = w.db.store.add_agenda_item(&m.id, &item).unwrap();
    (m.id.clone(), m.items[0].id.clone())
}

fn decision(ids: &[(String, String)], votes: &[(&str, Vote)], recused: &[&str]) -> DecisionInput {
    DecisionInput {
        text: "Skirti paramą projektui P-1".into(),
        votes: votes
            .iter()
            .map(|(n, v)| MemberVote {
                member_id: id(ids, n),
                vote: *v,
            })
            .collect(),
        recusals: recused
            .iter()
            .map(|n| Recusal {
                member_id: id(ids, n),
                reason: "Atstovauja pareiškėjui".into(),
            })
            .collect(),
        override_reason: String::new(),
    }
}

#[test]
fn the_board_on_a_day_shows_its_sector_balance() {
    let (w, _) = partnership();
    let board = w.db.store.board_on("2025-03-10").unwrap();
    // 4 of 9 public: 44.44 %, within the 49 % limit.
    assert_eq!(board.member_ids.len(), 9);
    assert_eq!(board.balance.sectors[0].count, 4);
    assert!(!board.balance.public_over_limit);
    assert!(w
        .db
        .store
        .board_on("2023-12-31")
        .unwrap()
        .member_ids
        .is_empty());
}

#[test]
fn a_linked_member_must_recuse_and_then_the_decision_is_recorded() {
    let (mut w, ids) = partnership();
    let present = ["p1", "p2", "b1", "b2", "b3", "c1", "c2"];
    let (meeting_id, item) = meeting(&mut w, &ids, &present);
    let votes = [
        ("p1", Vote::For),
        ("p2", Vote::For),
        ("b1", Vote::For),
        ("b2", Vote::Against),
        ("b3", Vote::For),
        ("c1", Vote::Abstain),
    ];
    let silent = decision(&ids, &votes, &[]);
    assert_eq!(
        problem_codes(w.db.store.record_decision(&item, &silent).unwrap_err()),
        vec![("recusals".into(), "linked-not-recused".into(), false)]
    );
    assert!(w.db.store.meeting(&meeting_id).unwrap().items[0]
        .decision
        .is_none());

    let voting = decision(
        &ids,
        &[votes.as_slice(), &[("c2", Vote::For)]].concat(),
        &["c2"],
    );
    let codes = problem_codes(w.db.store.record_decision(&item, &voting).unwrap_err());
    assert_eq!(codes, vec![("votes".into(), "recused-voted".into(), false)]);

    let m =
        w.db.store
            .record_decision(&item, &decision(&ids, &votes, &["c2"]))
            .unwrap();
    let d = m.items[0].decision.as_ref().unwrap();
    // 7 present, c2 recused: 6 of 9 can vote, 5 are needed. Public 2 of 6 voters.
    let t = &d.tally;
    assert_eq!(
        (t.votes_for, t.votes_against, t.abstained, t.passed),
        (4, 1, 1, true)
    );
    assert_eq!((t.eligible, t.quorum_needed, t.quorum_met), (6, 5, true));
    assert_eq!(t.voters.sectors[0].count, 2);
    assert_eq!(d.recusals[0].reason, "Atstovauja pareiškėjui");

    // The minutes hold on to the meeting and its members.
    assert!(matches!(
        w.db.store.delete_meeting(&meeting_id).unwrap_err(),
        StoreError::StillReferenced { count: 1, .. }
    ));
    assert!(matches!(
        w.db.store.delete_member(&id(&ids, "c2")).unwrap_err(),
        StoreError::StillReferenced { .. }
    ));
}

#[test]
fn without_quorum_a_decision_needs_a_recorded_reason() {
    let (mut w, ids) = partnership();
    let (meeting_id, item) = meeting(&mut w, &ids, &["p1", "b1", "b2", "c1", "c2"]);
    let votes = [
        ("p1", Vote::For),
        ("b1", Vote::For),
        ("b2", Vote::For),
        ("c1", Vote::For),
    ];
    let mut input = decision(&ids, &votes, &["c2"]);
    let err = w.db.store.record_decision(&item, &input).unwrap_err();
    assert!(
        err.to_string()
            .contains("only 4 of 9 members can vote; 5 are needed"),
        "{err}"
    );
    input.override_reason = "Pakartotinis posėdis pagal įstatų 7.3 p.".into();
    w.db.store.record_decision(&item, &input).unwrap();
    let d = w.db.store.meeting(&meeting_id).unwrap().items[0]
        .decision
        .clone()
        .unwrap();
    assert!(!d.tally.quorum_met);
    assert_eq!(
        d.override_reason,
        "Pakartotinis posėdis pagal įstatų 7.3 p."
    );
}

#[test]
fn the_public_sector_above_49_percent_of_the_voters_is_refused() {
    let (mut w, ids) = partnership();
    let (_, item) = meeting(&mut w, &ids, &["p1", "p2", "p3", "p4", "b1", "c1"]);
    let votes = [
        ("p1", Vote::For),
        ("p2", Vote::For),
        ("p3", Vote::For),
        ("p4", Vote::For),
        ("b1", Vote::For),
        ("c1", Vote::Against),
    ];
    // 4 of 6 voters public: 66.67 %.
    let err =
        w.db.store
            .record_decision(&item, &decision(&ids, &votes, &[]))
            .unwrap_err();
    assert!(err.to_string().contains("66.67 %"), "{err}");
    assert_eq!(
        problem_codes(err),
        vec![("overrideReason".into(), "public-over-limit".into(), false)]
    );
}

#[test]
fn only_members_of_the_day_attend_and_only_those_present_vote() {
    let (mut w, ids) = partnership();
    let late = MemberInput {
        name: "Naujas narys".into(),
        kind: MemberKind::Person,
        sector: Sector::Civil,
        contact: String::new(),
        joined_on: "2025-06-01".into(),
        left_on: None,
        applicant_ids: Vec::new(),
        board_terms: Vec::new(),
    };
    let late = w.db.store.create_member(&late).unwrap().id;
    let input = MeetingInput {
        kind: MeetingKind::GeneralAssembly,
        number: "2025-1".into(),
        held_on: "2025-04-30".into(),
        place: String::new(),
        online: true,
        attendee_ids: vec![id(&ids, "p1"), late],
    };
    assert_eq!(
        problem_codes(w.db.store.create_meeting(&input).unwrap_err()),
        vec![("attendeeIds.1".into(), "not-a-member-then".into(), false)]
    );
    assert!(w.db.store.meetings().unwrap().is_empty());

    let (_, item) = meeting(&mut w, &ids, &["p1", "p2", "b1", "b2", "b3", "c1"]);
    let votes = [("p1", Vote::For), ("b1", Vote::For), ("p4", Vote::For)];
    let codes = problem_codes(
        w.db.store
            .record_decision(&item, &decision(&ids, &votes, &[]))
            .unwrap_err(),
    );
    assert_eq!(
        codes[0],
        ("votes".into(), "voter-not-present".into(), false)
    );
}

#[test]
fn an_attendee_who_is_no_member_is_named_and_nothing_is_saved() {
    // Attendees are read one by one since meetings stopped loading the whole partnership.
    let (mut w, ids) = partnership();
    let input = MeetingInput {
        kind: MeetingKind::Board,
        number: "2025-9".into(),
        held_on: "2025-04-30".into(),
        place: String::new(),
        online: false,
        attendee_ids: vec![id(&ids, "p1"), "no-such-member".into()],
    };
    assert_eq!(
        problem_codes(w.db.store.create_meeting(&input).unwrap_err()),
        vec![("attendeeIds.1".into(), "unknown-member".into(), false)]
    );
    assert!(w.db.store.meetings().unwrap().is_empty());
}

#[test]
fn the_demo_partnership_keeps_every_rule() {
    let mut db = lagdesk_tests::TestDb::new();
    db.store.load_demo().unwrap();
    let members = db.store.members().unwrap();
    let by_sector = |sector: Sector| members.iter().filter(|m| m.sector == sector).count();
    assert_eq!(
        (
            members.len(),
            by_sector(Sector::Public),
            by_sector(Sector::Business),
            by_sector(Sector::Civil)
        ),
        (18, 5, 6, 7)
    );
    let board = db.store.board_on("2026-01-15").unwrap();
    assert_eq!(board.member_ids.len(), 9);
    assert!(!board.balance.public_over_limit);
    let meetings = db.store.meetings().unwrap();
    assert_eq!(meetings.len(), 12);
    let decisions: Vec<_> = meetings
        .iter()
        .flat_map(|m| m.items.iter().filter_map(|i| i.decision.as_ref()))
        .collect();
    assert_eq!(decisions.len(), 12);
    assert!(decisions
        .iter()
        .all(|d| d.tally.quorum_met && d.tally.passed && !d.tally.voters.public_over_limit));
    assert_eq!(decisions.iter().map(|d| d.recusals.len()).sum::<usize>(), 2);
}
