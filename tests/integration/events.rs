//! Events, cooperation projects and documents: totals by kind, group and gender for a period,
//! event costs in the money view (by line, year and fund, to the cent), and the refusals that
//! leave everything as it was.

use lagdesk_domain::{
    CooperationInput, DocumentOwner, EventInput, EventKind, GroupCount, Money, ParticipantGroup,
    Partner, PlannedResult, ResultStatus,
};
use lagdesk_store::StoreError;

use crate::projects::{problem_codes, world, World};

fn event(kind: EventKind, starts_at: &str, participants: i64) -> EventInput {
    EventInput {
        kind,
        title: format!("{} {starts_at}", kind.code()),
        starts_at: starts_at.into(),
        ends_at: None,
        place: "Molėtai".into(),
        organiser: "VVG".into(),
        participants,
        ..EventInput::default()
    }
}

fn groups(counts: &[(ParticipantGroup, i64)]) -> Vec<GroupCount> {
    counts
        .iter()
        .map(|&(group, count)| GroupCount { group, count })
        .collect()
}

fn running_line(w: &World) -> String {
    let measures = w.db.store.measures(&w.strategy).unwrap();
    measures.into_iter().find(|m| m.code == "R").unwrap().id
}

#[test]
fn event_totals_add_up_by_kind_group_and_gender_within_the_period() {
    let mut w = world();
    let line = running_line(&w);
    let store = &mut w.db.store;
    let mut training = event(EventKind::Training, "2024-03-05T10:00", 20);
    training.by_group = groups(&[
        (ParticipantGroup::Businesses, 12),
        (ParticipantGroup::Youth, 5),
    ]);
    training.women = Some(11);
    training.men = Some(9);
    training.cost = Some(Money(450_50));
    training.cost_measure_id = Some(line.clone());
    store.create_event(&training).unwrap();
    let mut seminar = event(EventKind::Seminar, "2024-03-20T10:00", 31);
    seminar.by_group = groups(&[
        (ParticipantGroup::Communities, 25),
        (ParticipantGroup::Youth, 3),
    ]);
    seminar.women = Some(20);
    seminar.men = Some(11);
    store.create_event(&seminar).unwrap();
    let mut second = event(EventKind::Training, "2024-06-30T23:00", 8);
    second.cost = Some(Money(99_49));
    second.cost_measure_id = Some(line);
    store.create_event(&second).unwrap();
    // Outside the period: counted neither in the totals nor by day boundaries.
    store
        .create_event(&event(EventKind::Training, "2024-07-01T00:00", 100))
        .unwrap();

    let totals = store.event_totals("2024-03-01", "2024-06-30").unwrap();
    assert_eq!(
        (totals.events, totals.participants, totals.women, totals.men),
        (3, 59, 31, 20)
    );
    assert_eq!(totals.cost, Money(549_99));
    let kind = |k: EventKind| {
        let t = totals.by_kind.iter().find(|t| t.kind == k).unwrap();
        (t.events, t.participants, t.cost)
    };
    assert_eq!(kind(EventKind::Training), (2, 28, Money(549_99)));
    assert_eq!(kind(EventKind::Seminar), (1, 31, Money(0)));
    assert_eq!(kind(EventKind::Conference), (0, 0, Money(0)));
    assert_eq!(totals.by_kind.len(), 8);
    let group = |g: ParticipantGroup| totals.by_group.iter().find(|c| c.group == g).unwrap().count;
    assert_eq!(group(ParticipantGroup::Youth), 8);
    assert_eq!(group(ParticipantGroup::Businesses), 12);
    assert_eq!(group(ParticipantGroup::Seniors), 0);
    assert_eq!(store.events(Some("2024-06-30"), None).unwrap().len(), 2);
}

#[test]
fn an_event_cost_is_committed_and_spent_on_its_line_by_year_and_by_fund() {
    let mut w = world();
    let line = running_line(&w);
    let mut info = event(EventKind::Information, "2025-05-14T17:00", 40);
    info.cost = Some(Money(1_000_01));
    info.cost_measure_id = Some(line);
    let id = w.db.store.create_event(&info).unwrap().id;
    let plan = w.db.store.financial_plan(&w.strategy).unwrap();
    let r = plan.running_lines.iter().find(|l| l.code == "R").unwrap();
    assert_eq!((r.committed, r.paid), (Money(1_000_01), Money(1_000_01)));
    let year = plan.years.iter().find(|y| y.year == Some(2025)).unwrap();
    assert_eq!(
        (year.committed, year.paid),
        (Money(1_000_01), Money(1_000_01))
    );
    // 85 % of 1 000,01 is 850,0085: the cent goes to the larger remainder, EAFRD.
    let fund = |code: &str| {
        let f = plan.funding_parts.iter().find(|f| f.code == code).unwrap();
        (f.committed, f.paid)
    };
    assert_eq!(fund("EAFRD"), (Money(850_01), Money(850_01)));
    assert_eq!(fund("NAT"), (Money(150_00), Money(150_00)));

    // Lowering the cost rewrites the split.
    info.cost = Some(Money(200_00));
    w.db.store.update_event(&id, &info).unwrap();
    let plan = w.db.store.financial_plan(&w.strategy).unwrap();
    let eafrd = plan
        .funding_parts
        .iter()
        .find(|f| f.code == "EAFRD")
        .unwrap();
    assert_eq!(eafrd.paid, Money(170_00));
}

#[test]
fn a_bad_event_is_refused_with_its_field_and_nothing_is_saved() {
    let mut w = world();
    let mut bad = event(EventKind::Seminar, "2024-03-05T10:00", 10);
    bad.ends_at = Some("2024-03-05T09:00".into());
    let err = w.db.store.create_event(&bad).unwrap_err();
    assert_eq!(
        problem_codes(err),
        [("endsAt".into(), "ends-before-start".into(), false)]
    );
    let negative = event(EventKind::Seminar, "2024-03-05T10:00", -3);
    let err = w.db.store.create_event(&negative).unwrap_err();
    assert_eq!(
        problem_codes(err),
        [("participants".into(), "negative".into(), false)]
    );
    // A project measure is not a budget line for the LAG's own costs.
    let mut misbooked = event(EventKind::Seminar, "2024-03-05T10:00", 10);
    misbooked.cost = Some(Money(50_00));
    misbooked.cost_measure_id = Some(w.m1.clone());
    let err = w.db.store.create_event(&misbooked).unwrap_err();
    assert_eq!(
        problem_codes(err),
        [("costMeasureId".into(), "not-a-budget-line".into(), false)]
    );
    assert!(w.db.store.events(None, None).unwrap().is_empty());
}

fn cooperation() -> CooperationInput {
    let partner = |organisation: &str, country: &str, lead: bool| Partner {
        organisation: organisation.into(),
        country: country.into(),
        role: if lead { "Koordinatorius" } else { "Partneris" }.into(),
        lead,
    };
    CooperationInput {
        code: "COOP-1".into(),
        title: "Ežerų kraštų amatų keliai".into(),
        starts_on: "2024-05-01".into(),
        ends_on: Some("2026-04-30".into()),
        budget: Money(60_000_00),
        goals: "Bendras amatų maršrutas".into(),
        partners: vec![
            partner("Žaliųjų ežerų krašto VVG", "LT", true),
            partner("Biedrība „Latgales partnerība“", "LV", false),
            partner("MTÜ Võrumaa Partnerluskogu", "EE", false),
        ],
        results: vec![PlannedResult {
            description: "Amatų maršrutas".into(),
            status: ResultStatus::InProgress,
        }],
    }
}

#[test]
fn a_cooperation_project_sums_its_events_and_keeps_them() {
    let mut w = world();
    let line = running_line(&w);
    let coop = w.db.store.create_cooperation(&cooperation()).unwrap();
    assert_eq!(coop.input.partners[2].country, "EE");
    for (day, participants, cost) in [("2024-06-05", 18, 2_380_00), ("2024-10-23", 26, 1_870_50)] {
        let mut visit = event(EventKind::StudyVisit, &format!("{day}T09:00"), participants);
        visit.cooperation_id = Some(coop.id.clone());
        visit.cost = Some(Money(cost));
        visit.cost_measure_id = Some(line.clone());
        w.db.store.create_event(&visit).unwrap();
    }
    let coop = w.db.store.cooperation(&coop.id).unwrap();
    assert_eq!(
        (coop.events, coop.participants, coop.event_cost),
        (2, 44, Money(4_250_50))
    );
    assert!(matches!(
        w.db.store.delete_cooperation(&coop.id).unwrap_err(),
        StoreError::StillReferenced { count: 2, .. }
    ));

    let mut two_leads = cooperation();
    two_leads.code = "COOP-2".into();
    two_leads.partners[1].lead = true;
    let err = w.db.store.create_cooperation(&two_leads).unwrap_err();
    assert_eq!(
        problem_codes(err),
        [("partners".into(), "one-lead".into(), false)]
    );
    assert_eq!(w.db.store.cooperations().unwrap().len(), 1);
}

#[test]
fn an_attached_document_is_a_copy_that_outlives_its_original() {
    let mut w = world();
    let id =
        w.db.store
            .create_event(&event(EventKind::Training, "2024-03-05T10:00", 12))
            .unwrap()
            .id;
    let outside = tempfile::tempdir().unwrap();
    let original = outside.path().join("Dalyvių sąrašas.pdf");
    std::fs::write(&original, b"%PDF-1.4 attendance").unwrap();
    let doc =
        w.db.store
            .attach_document(DocumentOwner::Event, &id, &original)
            .unwrap();
    assert_eq!(
        (doc.file_name.as_str(), doc.size),
        ("Dalyvių sąrašas.pdf", 19)
    );
    std::fs::remove_file(&original).unwrap();
    let copy = w.db.store.document_path(&doc.id).unwrap();
    assert!(copy.starts_with(w.db.dir.path().join("documents")));
    assert_eq!(std::fs::read(&copy).unwrap(), b"%PDF-1.4 attendance");
    assert_eq!(w.db.store.event(&id).unwrap().documents, 1);

    // The event keeps its evidence: it cannot be deleted while the document is attached.
    assert!(matches!(
        w.db.store.delete_event(&id).unwrap_err(),
        StoreError::StillReferenced { .. }
    ));

    // A file that cannot be read is named, and nothing is attached.
    let err =
        w.db.store
            .attach_document(DocumentOwner::Event, &id, &original)
            .unwrap_err();
    let problems = problem_codes(err);
    assert_eq!(
        (problems[0].0.as_str(), problems[0].1.as_str()),
        ("file", "unreadable")
    );
    assert_eq!(
        w.db.store
            .documents(DocumentOwner::Event, &id)
            .unwrap()
            .len(),
        1
    );

    w.db.store.delete_document(&doc.id).unwrap();
    assert!(!copy.exists());
    w.db.store.delete_event(&id).unwrap();
}

#[test]
fn the_demo_has_25_events_of_every_kind_and_a_cooperation_across_three_countries() {
    let mut db = lagdesk_tests::TestDb::new();
    db.store.load_demo().unwrap();
    let events = db.store.events(None, None).unwrap();
    assert_eq!(events.len(), 25);
    for kind in EventKind::ALL {
        assert!(events.iter().any(|e| e.input.kind == kind), "{kind:?}");
    }
    let totals = db.store.event_totals("2025-01-01", "2025-12-31").unwrap();
    let participants: i64 = events
        .iter()
        .filter(|e| e.input.starts_at.starts_with("2025"))
        .map(|e| e.input.participants)
        .sum();
    assert_eq!((totals.events, totals.participants), (15, participants));
    let coops = db.store.cooperations().unwrap();
    let countries: Vec<&str> = coops[0]
        .input
        .partners
        .iter()
        .map(|p| p.country.as_str())
        .collect();
    assert_eq!(countries, ["LT", "LV", "EE"]);
    assert_eq!(coops[0].events, 5);
}
