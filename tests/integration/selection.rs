//! A selection round as a LAG runs it: criteria and a threshold, two evaluators' score sheets,
//! the ranking with its tie rule and reserve list, and the selection committee's decision that
//! moves the projects (with a member recused for a conflict of interest).

use lagdesk_domain::{
    AgendaItemInput, CriterionInput, CriterionScore, DecisionInput, MeetingInput, MeetingKind,
    MemberVote, Money, Points, ProjectStatus, Proposal, Recusal, ScoreSheetInput,
    SelectionRulesInput, Vote,
};

use crate::partnership::{id, partnership};
use crate::projects::{problem_codes, to_input, World};

/// Three criteria of 40, 30 and 30 points and a threshold of 50 on call C1.
fn rules(w: &mut World) -> Vec<String> {
    let criterion = |title: &str, max: i64| CriterionInput {
        id: None,
        title: title.into(),
        max_points: Points(max * 100),
    };
    let input = SelectionRulesInput {
        criteria: vec![
            criterion("Naujos darbo vietos", 40),
            criterion("Jaunimo įtraukimas", 30),
            criterion("Inovatyvumas", 30),
        ],
        threshold: Some(Points(50_00)),
    };
    let selection = w.db.store.save_selection_rules(&w.call, &input).unwrap();
    selection.rules.criteria.into_iter().map(|c| c.id).collect()
}

/// `total` hundredths spread over the criteria in order, each up to its maximum.
fn sheet(criteria: &[String], evaluator: &str, total: i64) -> ScoreSheetInput {
    let first = total.min(40_00);
    let second = (total - first).min(30_00);
    ScoreSheetInput {
        evaluator: evaluator.into(),
        scores: criteria
            .iter()
            .zip([first, second, total - first - second])
            .map(|(c, p)| CriterionScore {
                criterion_id: c.clone(),
                points: Points(p),
            })
            .collect(),
    }
}

/// An admissible application on M1 (C1 offers 60 000,00) with two evaluators' totals.
fn scored(w: &mut World, criteria: &[String], number: &str, requested: i64, totals: [i64; 2]) {
    let input = w.project(number, "M1", requested * 2, requested);
    let id = w.create(&input);
    w.db.store
        .change_project_status(&id, ProjectStatus::Admissible, "2024-03-20", "")
        .unwrap();
    for (evaluator, total) in ["Rūta Petraitienė", "Jonas Kazlauskas"].iter().zip(totals) {
        w.db.store
            .save_score_sheet(&id, &sheet(criteria, evaluator, total))
            .unwrap();
    }
}

fn project_id(w: &World, number: &str) -> String {
    let projects = w.db.store.projects(&w.strategy).unwrap();
    projects
        .into_iter()
        .find(|p| p.number == number)
        .unwrap()
        .id
}

fn status(w: &World, number: &str) -> ProjectStatus {
    w.db.store.project(&project_id(w, number)).unwrap().status
}

#[test]
fn the_ranking_breaks_ties_by_the_smaller_request_and_fills_the_reserve_list_in_order() {
    let (mut w, _) = partnership();
    let criteria = rules(&mut w);
    scored(&mut w, &criteria, "P-1", 20_000_00, [80_00, 70_00]);
    scored(&mut w, &criteria, "P-2", 25_000_00, [90_00, 91_00]);
    scored(&mut w, &criteria, "P-3", 10_000_00, [60_00, 60_50]);
    scored(&mut w, &criteria, "P-4", 5_000_00, [30_00, 39_00]);
    scored(&mut w, &criteria, "P-5", 20_000_00, [70_00, 60_00]);
    scored(&mut w, &criteria, "P-6", 15_000_00, [75_00, 75_00]);

    let selection = w.db.store.selection(&w.call).unwrap();
    let m1 = &selection.measures[0];
    let lines: Vec<(&str, i64, Money, Proposal)> = m1
        .lines
        .iter()
        .map(|l| {
            (
                l.number.as_str(),
                l.ranked.average.0,
                l.ranked.cumulative,
                l.ranked.proposal,
            )
        })
        .collect();
    // P-6 and P-1 both average 75: P-6 asks 15 000 against 20 000 and ranks first. P-5 would
    // bring the total to 80 000 of 60 000: it and every passing project after it wait in reserve,
    // even P-3, which alone would fit.
    assert_eq!(
        lines,
        [
            ("P-2", 90_50, Money(25_000_00), Proposal::Selected),
            ("P-6", 75_00, Money(40_000_00), Proposal::Selected),
            ("P-1", 75_00, Money(60_000_00), Proposal::Selected),
            ("P-5", 65_00, Money(60_000_00), Proposal::Reserve),
            ("P-3", 60_25, Money(60_000_00), Proposal::Reserve),
            ("P-4", 34_50, Money(60_000_00), Proposal::BelowThreshold),
        ]
    );
    assert_eq!(
        (m1.available, m1.selected, m1.reserve),
        (Money(60_000_00), Money(60_000_00), Money(30_000_00))
    );
    assert_eq!(m1.lines[0].sheets.len(), 2);
    assert!(selection.measures[1].lines.is_empty());
}

#[test]
fn bad_scores_and_late_rule_changes_are_refused_and_change_nothing() {
    let (mut w, _) = partnership();
    let criteria = rules(&mut w);
    scored(&mut w, &criteria, "P-1", 20_000_00, [80_00, 70_00]);
    let p1 = project_id(&w, "P-1");
    let before = w.db.store.selection(&w.call).unwrap();

    let mut too_many = sheet(&criteria, "Rūta Petraitienė", 50_00);
    too_many.scores[1].points = Points(30_50);
    let err = w.db.store.save_score_sheet(&p1, &too_many).unwrap_err();
    assert_eq!(
        problem_codes(err),
        [(
            "scores.1.points".into(),
            "score-above-maximum".into(),
            false
        )]
    );

    let submitted = w.project("P-9", "M1", 10_000_00, 5_000_00);
    let submitted = w.create(&submitted);
    let err =
        w.db.store
            .save_score_sheet(&submitted, &sheet(&criteria, "Rūta Petraitienė", 50_00))
            .unwrap_err();
    assert_eq!(
        problem_codes(err),
        [("projectId".into(), "not-scorable".into(), false)]
    );

    let mut fewer = SelectionRulesInput {
        criteria: before
            .rules
            .criteria
            .iter()
            .map(|c| CriterionInput {
                id: Some(c.id.clone()),
                title: c.title.clone(),
                max_points: c.max_points,
            })
            .collect(),
        threshold: Some(Points(50_00)),
    };
    fewer.criteria[0].max_points = Points(35_00);
    let err =
        w.db.store
            .save_selection_rules(&w.call, &fewer)
            .unwrap_err();
    assert_eq!(
        problem_codes(err),
        [(
            "criteria.0.maxPoints".into(),
            "below-given-score".into(),
            false
        )]
    );
    fewer.criteria.pop();
    let err =
        w.db.store
            .save_selection_rules(&w.call, &fewer)
            .unwrap_err();
    assert_eq!(problem_codes(err)[0].1, "criterion-scored");

    let after = w.db.store.selection(&w.call).unwrap();
    assert_eq!(after.rules, before.rules);
    assert_eq!(after.measures, before.measures);
}

fn selection_meeting(w: &mut World, ids: &[(String, String)]) -> String {
    let meeting =
        w.db.store
            .create_meeting(&MeetingInput {
                kind: MeetingKind::SelectionCommittee,
                number: "2024-2".into(),
                held_on: "2024-04-15".into(),
                place: "Molėtai".into(),
                online: false,
                attendee_ids: ["p1", "p2", "b1", "b2", "b3", "c1", "c2"]
                    .iter()
                    .map(|n| id(ids, n))
                    .collect(),
            })
            .unwrap();
    let item = AgendaItemInput {
        title: "Kvietimo C1 projektų atranka".into(),
        project_id: None,
        call_id: Some(w.call.clone()),
    };
    let meeting = w.db.store.add_agenda_item(&meeting.id, &item).unwrap();
    meeting.items[0].id.clone()
}

fn selection_decision(ids: &[(String, String)], recused: &[&str]) -> DecisionInput {
    DecisionInput {
        text: "Patvirtinti projektų atrankos rezultatus".into(),
        votes: ["p1", "p2", "b1", "b2", "b3", "c1"]
            .iter()
            .map(|n| MemberVote {
                member_id: id(ids, n),
                vote: Vote::For,
            })
            .collect(),
        recusals: recused
            .iter()
            .map(|n| Recusal {
                member_id: id(ids, n),
                reason: "Atstovauja pareiškėjui Alantos bendruomenė".into(),
            })
            .collect(),
        override_reason: String::new(),
    }
}

#[test]
fn the_selection_decision_moves_the_projects_and_names_the_meeting_in_their_history() {
    let (mut w, ids) = partnership();
    let criteria = rules(&mut w);
    scored(&mut w, &criteria, "P-1", 25_000_00, [80_00, 70_00]);
    scored(&mut w, &criteria, "P-2", 25_000_00, [90_00, 91_00]);
    scored(&mut w, &criteria, "P-3", 20_000_00, [60_00, 60_00]);
    scored(&mut w, &criteria, "P-4", 5_000_00, [30_00, 39_00]);
    let waiting = w.project("P-5", "M1", 20_000_00, 10_000_00);
    let waiting = w.create(&waiting);
    w.db.store
        .change_project_status(&waiting, ProjectStatus::Admissible, "2024-03-20", "")
        .unwrap();
    let item = selection_meeting(&mut w, &ids);

    // C2 represents the applicant of every application and sits in the meeting.
    let err =
        w.db.store
            .record_decision(&item, &selection_decision(&ids, &[]))
            .unwrap_err();
    assert_eq!(problem_codes(err)[0].1, "linked-not-recused");
    // P-5 is admissible but has no score sheet: the ranking is not complete.
    let err =
        w.db.store
            .record_decision(&item, &selection_decision(&ids, &["c2"]))
            .unwrap_err();
    assert_eq!(
        problem_codes(err),
        [("selection".into(), "applications-unscored".into(), false)]
    );
    assert_eq!(status(&w, "P-1"), ProjectStatus::Admissible);
    assert!(w.db.store.meetings().unwrap()[0].items[0]
        .decision
        .is_none());

    w.db.store
        .change_project_status(&waiting, ProjectStatus::Withdrawn, "2024-04-01", "")
        .unwrap();
    let meeting =
        w.db.store
            .record_decision(&item, &selection_decision(&ids, &["c2"]))
            .unwrap();
    let moved: Vec<(&str, ProjectStatus)> = meeting.items[0]
        .decision
        .as_ref()
        .unwrap()
        .moved
        .iter()
        .map(|m| (m.number.as_str(), m.status))
        .collect();
    assert_eq!(
        moved,
        [
            ("P-1", ProjectStatus::Selected),
            ("P-2", ProjectStatus::Selected),
            ("P-3", ProjectStatus::Reserve),
            ("P-4", ProjectStatus::Rejected),
        ]
    );
    let history = w.db.store.project_history(&project_id(&w, "P-3")).unwrap();
    let last = history.last().unwrap();
    assert_eq!(
        (last.status, last.changed_on.as_str()),
        (ProjectStatus::Reserve, "2024-04-15")
    );
    let at = last.decided_at.as_ref().unwrap();
    assert_eq!(
        (at.kind, at.number.as_str()),
        (MeetingKind::SelectionCommittee, "2024-2")
    );
    assert_eq!(history[history.len() - 2].status, ProjectStatus::Evaluated);

    // Taking the decision back restores every status while nothing moved on.
    w.db.store.delete_decision(&item).unwrap();
    for number in ["P-1", "P-2", "P-3", "P-4"] {
        assert_eq!(status(&w, number), ProjectStatus::Admissible, "{number}");
    }

    w.db.store
        .record_decision(&item, &selection_decision(&ids, &["c2"]))
        .unwrap();
    let p2 = project_id(&w, "P-2");
    let mut approved = to_input(&w.db.store.project(&p2).unwrap());
    approved.awarded_aid = Some(Money(25_000_00));
    w.db.store.update_project(&p2, &approved).unwrap();
    w.db.store
        .change_project_status(&p2, ProjectStatus::Approved, "2024-04-20", "")
        .unwrap();
    let err = w.db.store.delete_decision(&item).unwrap_err();
    assert_eq!(
        problem_codes(err),
        [("selection".into(), "moved-on".into(), false)]
    );
    assert_eq!(status(&w, "P-1"), ProjectStatus::Selected);
}

#[test]
fn the_demo_call_2025_2_was_scored_ranked_and_decided_with_a_reserve_list() {
    let mut db = lagdesk_tests::TestDb::new();
    let strategy = db.store.load_demo().unwrap();
    let call = db.store.call_by_number(&strategy, "2025-2").unwrap();
    let selection = db.store.selection(&call.id).unwrap();
    assert_eq!(selection.rules.criteria.len(), 4);
    let m1 = &selection.measures[0];
    let placed: Vec<(&str, Proposal, ProjectStatus)> = m1
        .lines
        .iter()
        .map(|l| (&l.number[17..], l.ranked.proposal, l.status))
        .collect();
    // Ranked by score, not by registration; after the decision the best went on to a contract.
    assert_eq!(
        placed,
        [
            ("043", Proposal::Selected, ProjectStatus::Contracted),
            ("045", Proposal::Selected, ProjectStatus::Approved),
            ("044", Proposal::Selected, ProjectStatus::Selected),
            ("046", Proposal::Reserve, ProjectStatus::Reserve),
            ("047", Proposal::Reserve, ProjectStatus::Reserve),
            ("048", Proposal::BelowThreshold, ProjectStatus::Rejected),
        ]
    );
    assert!(m1.selected <= m1.available);
    assert!(m1.selected + m1.lines[3].requested_aid > m1.available);
    assert!(m1.lines.iter().all(|l| l.sheets.len() == 3));

    let meeting = db
        .store
        .meetings()
        .unwrap()
        .into_iter()
        .find(|m| m.number == "2026-1")
        .unwrap();
    let decision = meeting.items[0].decision.as_ref().unwrap();
    assert_eq!(meeting.items[0].call_number.as_deref(), Some("2025-2"));
    // Alantos bendruomenė and Molėtų kultūros centras sit on the board and applied.
    assert_eq!(decision.recusals.len(), 2);
    assert_eq!(decision.moved.len(), 10);
}
