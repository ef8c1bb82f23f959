//! Calls, projects and payment claims feeding the money view: every figure below is computed by
//! hand in the comments, to the cent.

use lagdesk_domain::{
    fund_shares, CallInput, CallMeasure, CallStatus, MeasureInput, MeasureKind, Money,
    PaymentClaimInput, PlanWarning, ProjectInput, ProjectStatus, StrategyInput,
};
use lagdesk_store::StoreError;
use lagdesk_tests::{applicant_input, priority_input, project_input, strategy_input, TestDb};

pub(crate) struct World {
    pub db: TestDb,
    pub strategy: String,
    pub m1: String,
    pub m2: String,
    pub call: String,
    pub applicant: String,
}

/// P1 with M1 (100 000,00; max grant 30 000,00; max intensity 80 %) and M2 (50 000,00), a
/// running line of 10 000,00, and call C1 offering M1 60 000,00 (max grant 25 000,00) and
/// M2 20 000,00.
pub(crate) fn world() -> World {
    let mut db = TestDb::new();
    let s = db
        .store
        .create_strategy(&StrategyInput {
            envelope: Money::ZERO,
            ..strategy_input("VPS")
        })
        .unwrap();
    let p = db
        .store
        .create_priority(&s.id, &priority_input("P1"))
        .unwrap();
    let measure =
        |code: &str, euros: i64, grant: Option<i64>, intensity: Option<i64>| MeasureInput {
            priority_id: Some(p.id.clone()),
            code: code.into(),
            title: code.into(),
            kind: MeasureKind::Project,
            allocation: Money(euros * 100),
            planned_projects: None,
            max_intensity: intensity.map(lagdesk_domain::Bp),
            max_grant: grant.map(|g| Money(g * 100)),
            yearly: Vec::new(),
        };
    let m1 = db
        .store
        .create_measure(&s.id, &measure("M1", 100_000, Some(30_000), Some(8000)))
        .unwrap()
        .id;
    let m2 = db
        .store
        .create_measure(&s.id, &measure("M2", 50_000, None, None))
        .unwrap()
        .id;
    let running = MeasureInput {
        priority_id: None,
        kind: MeasureKind::Running,
        ..measure("R", 10_000, None, None)
    };
    db.store.create_measure(&s.id, &running).unwrap();
    let call = CallInput {
        number: "C1".into(),
        title: "Kvietimas Nr. 1".into(),
        opens_at: "2024-02-01T09:00".into(),
        closes_at: "2024-03-15T16:00".into(),
        status: CallStatus::Open,
        measures: vec![
            CallMeasure {
                measure_id: m1.clone(),
                available: Money(60_000_00),
                max_grant: Some(Money(25_000_00)),
                max_intensity: None,
            },
            CallMeasure {
                measure_id: m2.clone(),
                available: Money(20_000_00),
                max_grant: None,
                max_intensity: None,
            },
        ],
    };
    let call = db.store.create_call(&s.id, &call).unwrap().id;
    let applicant = db
        .store
        .create_applicant(&applicant_input("Alantos bendruomenė"))
        .unwrap()
        .id;
    World {
        db,
        strategy: s.id,
        m1,
        m2,
        call,
        applicant,
    }
}

impl World {
    pub fn project(
        &mut self,
        number: &str,
        measure: &str,
        eligible: i64,
        requested: i64,
    ) -> ProjectInput {
        let m = if measure == "M1" {
            self.m1.clone()
        } else {
            self.m2.clone()
        };
        project_input(
            number,
            &self.applicant,
            Some(&self.call),
            &m,
            eligible,
            requested,
        )
    }

    pub fn create(&mut self, input: &ProjectInput) -> String {
        self.db
            .store
            .create_project(&self.strategy, input)
            .unwrap()
            .id
    }

    /// Awards `awarded` and walks the project up to `target`, one dated step at a time in April 2024.
    pub fn award_and_move(&mut self, id: &str, awarded: i64, target: ProjectStatus) {
        self.award_and_move_in(id, awarded, target, 2024);
    }

    /// As [`World::award_and_move`], with the steps in April of `year`.
    pub fn award_and_move_in(&mut self, id: &str, awarded: i64, target: ProjectStatus, year: i32) {
        let mut input = self.db.store.project(id).map(|p| to_input(&p)).unwrap();
        input.awarded_aid = Some(Money(awarded));
        self.db.store.update_project(id, &input).unwrap();
        let path = [
            ProjectStatus::Admissible,
            ProjectStatus::Evaluated,
            ProjectStatus::Selected,
            ProjectStatus::Approved,
            ProjectStatus::Contracted,
            ProjectStatus::Implementing,
            ProjectStatus::Completed,
        ];
        for (day, status) in path.iter().enumerate() {
            self.db
                .store
                .change_project_status(id, *status, &format!("{year}-04-{:02}", day + 1), "")
                .unwrap();
            if *status == target {
                break;
            }
        }
    }
}

pub(crate) fn to_input(p: &lagdesk_domain::Project) -> ProjectInput {
    ProjectInput {
        number: p.number.clone(),
        title: p.title.clone(),
        applicant_id: p.applicant_id.clone(),
        call_id: p.call_id.clone(),
        measure_id: p.measure_id.clone(),
        submitted_on: p.submitted_on.clone(),
        eligible_cost: p.eligible_cost,
        requested_aid: p.requested_aid,
        awarded_aid: p.awarded_aid,
        jobs_created: p.jobs_created,
        implementation_end: p.implementation_end.clone(),
        confirm_warnings: true,
    }
}

pub(crate) fn claim(number: &str, paid: i64) -> PaymentClaimInput {
    PaymentClaimInput {
        number: number.into(),
        submitted_on: "2024-06-01".into(),
        claimed: Money(paid),
        paid: Some(Money(paid)),
        paid_on: Some("2024-07-01".into()),
    }
}

pub(crate) fn problem_codes(err: StoreError) -> Vec<(String, String, bool)> {
    match err {
        StoreError::Invalid(invalid) => invalid
            .0
            .into_iter()
            .map(|p| (p.field, p.code, p.warning))
            .collect(),
        other => panic!("expected invalid input, got {other}"),
    }
}

#[test]
fn the_money_view_and_the_call_match_a_hand_computation() {
    let mut w = world();
    let p1 = w.project("P-1", "M1", 30_000_00, 24_000_00);
    let p1 = w.create(&p1);
    let p2 = w.project("P-2", "M1", 40_000_00, 25_000_00);
    let p2 = w.create(&p2);
    // 17 000 of 20 000 is 85 %, above M1's 80 %: saved only once the warning is confirmed.
    let mut p3 = w.project("P-3", "M1", 20_000_00, 17_000_00);
    assert_eq!(
        problem_codes(w.db.store.create_project(&w.strategy, &p3).unwrap_err()),
        vec![(
            "requestedAid".to_owned(),
            "intensity-above-max".to_owned(),
            true
        )]
    );
    p3.confirm_warnings = true;
    w.create(&p3);
    let p4 = w.project("P-4", "M2", 30_000_00, 21_000_01);
    let p4 = w.create(&p4);

    w.award_and_move(&p1, 23_500_50, ProjectStatus::Contracted);
    w.award_and_move(&p2, 25_000_00, ProjectStatus::Selected);
    w.award_and_move(&p4, 21_000_01, ProjectStatus::Approved);
    w.db.store
        .create_payment_claim(&p1, &claim("MP-1", 10_000_00))
        .unwrap();
    w.db.store
        .create_payment_claim(&p1, &claim("MP-2", 13_500_50))
        .unwrap();
    w.db.store
        .create_payment_claim(&p4, &claim("MP-1", 5_000_00))
        .unwrap();

    // Call C1: M1 asked 24 000 + 25 000 + 17 000 = 66 000,00 of 60 000,00; M2 21 000,01 of 20 000,00.
    let call = w.db.store.call_summary(&w.call).unwrap();
    let per_measure: Vec<(&str, i64, Money, Money)> = call
        .measures
        .iter()
        .map(|m| {
            (
                m.measure_code.as_str(),
                m.applications,
                m.requested,
                m.difference,
            )
        })
        .collect();
    assert_eq!(
        per_measure,
        vec![
            ("M1", 3, Money(66_000_00), Money(-6_000_00)),
            ("M2", 1, Money(21_000_01), Money(-1_000_01)),
        ]
    );
    assert_eq!(
        (
            call.applications,
            call.requested,
            call.available,
            call.difference
        ),
        (4, Money(87_000_01), Money(80_000_00), Money(-7_000_01))
    );

    // Committed: only approved and later. M1 23 500,50 (P-1; P-2 is only selected), M2 21 000,01.
    let plan = w.db.store.financial_plan(&w.strategy).unwrap();
    let line = |code: &str| {
        plan.budget_lines()
            .into_iter()
            .find(|l| l.code == code)
            .unwrap()
    };
    let figures = |code: &str| {
        let l = line(code);
        (l.allocated, l.committed, l.paid, l.available)
    };
    assert_eq!(
        figures("M1"),
        (
            Money(100_000_00),
            Money(23_500_50),
            Money(23_500_50),
            Money(76_499_50)
        )
    );
    assert_eq!(
        figures("M2"),
        (
            Money(50_000_00),
            Money(21_000_01),
            Money(5_000_00),
            Money(28_999_99)
        )
    );
    assert_eq!(
        figures("P1"),
        (
            Money(150_000_00),
            Money(44_500_51),
            Money(28_500_50),
            Money(105_499_49)
        )
    );
    assert_eq!(
        figures("R"),
        (Money(10_000_00), Money::ZERO, Money::ZERO, Money(10_000_00))
    );
    assert_eq!(
        figures("VPS"),
        (
            Money(160_000_00),
            Money(44_500_51),
            Money(28_500_50),
            Money(115_499_49)
        )
    );

    // 23 500,50 split 85/15: 19 975,425 and 3 525,075; the tied half cent goes to the first.
    let strategy = w.db.store.strategy(&w.strategy).unwrap();
    let shares: Vec<Money> = fund_shares(Money(23_500_50), &strategy.funding_sources)
        .into_iter()
        .map(|f| f.amount)
        .collect();
    assert_eq!(shares, vec![Money(19_975_43), Money(3_525_07)]);
}

#[test]
fn a_project_is_never_paid_more_than_awarded() {
    let mut w = world();
    let input = w.project("P-1", "M1", 30_000_00, 24_000_00);
    let p = w.create(&input);
    assert_eq!(
        problem_codes(
            w.db.store
                .create_payment_claim(&p, &claim("MP-1", 1_00))
                .unwrap_err()
        ),
        vec![("paid".to_owned(), "not-awarded".to_owned(), false)]
    );
    w.award_and_move(&p, 20_000_00, ProjectStatus::Contracted);
    w.db.store
        .create_payment_claim(&p, &claim("MP-1", 19_999_99))
        .unwrap();
    let err =
        w.db.store
            .create_payment_claim(&p, &claim("MP-2", 2))
            .unwrap_err();
    assert!(
        err.to_string()
            .contains("brings the project's payments to 20000.01, more than the 20000.00 awarded"),
        "{err}"
    );
    assert_eq!(w.db.store.payment_claims(&p).unwrap().len(), 1);
    // Lowering the award below what was paid is refused too.
    let mut lower = to_input(&w.db.store.project(&p).unwrap());
    lower.awarded_aid = Some(Money(19_000_00));
    assert_eq!(
        problem_codes(w.db.store.update_project(&p, &lower).unwrap_err()),
        vec![("awardedAid".to_owned(), "below-paid".to_owned(), false)]
    );
}

#[test]
fn the_status_follows_the_lifecycle_with_a_date_for_every_step() {
    let mut w = world();
    let input = w.project("P-1", "M1", 30_000_00, 24_000_00);
    let p = w.create(&input);
    let skip =
        w.db.store
            .change_project_status(&p, ProjectStatus::Contracted, "2024-04-01", "")
            .unwrap_err();
    assert_eq!(
        problem_codes(skip),
        vec![("status".to_owned(), "status-not-allowed".to_owned(), false)]
    );
    let early =
        w.db.store
            .change_project_status(&p, ProjectStatus::Admissible, "2024-02-28", "")
            .unwrap_err();
    assert_eq!(
        problem_codes(early),
        vec![(
            "changedOn".to_owned(),
            "before-last-change".to_owned(),
            false
        )]
    );
    for (status, on) in [
        (ProjectStatus::Admissible, "2024-03-10"),
        (ProjectStatus::Evaluated, "2024-03-20"),
        (ProjectStatus::Selected, "2024-03-25"),
    ] {
        w.db.store
            .change_project_status(&p, status, on, "")
            .unwrap();
    }
    let unawarded =
        w.db.store
            .change_project_status(&p, ProjectStatus::Approved, "2024-04-01", "NMA")
            .unwrap_err();
    assert_eq!(
        problem_codes(unawarded),
        vec![("awardedAid".to_owned(), "required".to_owned(), false)]
    );
    let history: Vec<(ProjectStatus, String)> =
        w.db.store
            .project_history(&p)
            .unwrap()
            .into_iter()
            .map(|c| (c.status, c.changed_on))
            .collect();
    assert_eq!(
        history,
        vec![
            (ProjectStatus::Submitted, "2024-03-01".to_owned()),
            (ProjectStatus::Admissible, "2024-03-10".to_owned()),
            (ProjectStatus::Evaluated, "2024-03-20".to_owned()),
            (ProjectStatus::Selected, "2024-03-25".to_owned()),
        ]
    );
}

#[test]
fn bad_project_input_is_named_and_changes_nothing() {
    let mut w = world();
    let input = w.project("P-1", "M1", 30_000_00, 24_000_00);
    w.create(&input);
    let duplicate = w.db.store.create_project(&w.strategy, &input).unwrap_err();
    assert_eq!(duplicate.to_string(), "project code 'P-1' is already used");

    let mut bad = w.project("P-2", "M1", 30_000_00, 24_000_00);
    bad.submitted_on = "2024-02-30".into();
    bad.awarded_aid = Some(Money(30_000_01));
    assert_eq!(
        problem_codes(w.db.store.create_project(&w.strategy, &bad).unwrap_err()),
        vec![
            ("submittedOn".to_owned(), "not-a-date".to_owned(), false),
            (
                "awardedAid".to_owned(),
                "aid-above-eligible".to_owned(),
                false
            ),
        ]
    );
    let mut above_requested = w.project("P-2", "M1", 30_000_00, 20_000_00);
    above_requested.awarded_aid = Some(Money(20_000_01));
    above_requested.confirm_warnings = true;
    assert_eq!(
        problem_codes(
            w.db.store
                .create_project(&w.strategy, &above_requested)
                .unwrap_err()
        ),
        vec![(
            "awardedAid".to_owned(),
            "awarded-above-requested".to_owned(),
            false
        )]
    );
    let mut unknown = w.project("P-2", "M1", 30_000_00, 20_000_00);
    unknown.measure_id = "no-such-measure".into();
    assert_eq!(
        problem_codes(
            w.db.store
                .create_project(&w.strategy, &unknown)
                .unwrap_err()
        ),
        vec![("measureId".to_owned(), "unknown-measure".to_owned(), false)]
    );
    // The call's own grant limit (25 000,00) wins over the measure's (30 000,00).
    let over_grant = w.project("P-2", "M1", 40_000_00, 26_000_00);
    assert_eq!(
        problem_codes(
            w.db.store
                .create_project(&w.strategy, &over_grant)
                .unwrap_err()
        ),
        vec![(
            "requestedAid".to_owned(),
            "grant-above-max".to_owned(),
            true
        )]
    );
    assert_eq!(w.db.store.projects(&w.strategy).unwrap().len(), 1);
}

#[test]
fn what_projects_use_cannot_be_deleted() {
    let mut w = world();
    let input = w.project("P-1", "M1", 30_000_00, 24_000_00);
    w.create(&input);
    let err = w.db.store.delete_measure(&w.m1).unwrap_err();
    assert!(matches!(err, StoreError::StillReferenced { .. }), "{err}");
    let err = w.db.store.delete_call(&w.call).unwrap_err();
    assert!(matches!(err, StoreError::StillReferenced { .. }), "{err}");
    let err = w.db.store.delete_strategy(&w.strategy).unwrap_err();
    assert!(matches!(err, StoreError::StillReferenced { .. }), "{err}");
    assert_eq!(w.db.store.projects(&w.strategy).unwrap().len(), 1);
}

#[test]
fn over_commitment_is_flagged_with_the_difference() {
    let mut w = world();
    // M2 gives 50 000,00; two approved projects hold 30 000,00 + 25 000,00.
    for (number, aid) in [("P-1", 30_000_00), ("P-2", 25_000_00)] {
        let mut input = w.project(number, "M2", aid, aid);
        input.confirm_warnings = true;
        let id = w.create(&input);
        w.award_and_move(&id, aid, ProjectStatus::Approved);
    }
    let plan = w.db.store.financial_plan(&w.strategy).unwrap();
    assert!(plan.warnings.contains(&PlanWarning::OverCommitted {
        code: "M2".into(),
        allocated: Money(50_000_00),
        committed: Money(55_000_00),
        difference: Money(5_000_00),
    }));
}

#[test]
fn the_dashboard_shows_what_is_due_and_what_changed() {
    let mut w = world();
    let mut input = w.project("P-1", "M1", 30_000_00, 24_000_00);
    input.implementation_end = Some("2024-06-30".into());
    let p = w.create(&input);
    w.award_and_move(&p, 24_000_00, ProjectStatus::Contracted);
    let awaited = PaymentClaimInput {
        paid: None,
        paid_on: None,
        ..claim("MP-1", 5_000_00)
    };
    w.db.store.create_payment_claim(&p, &awaited).unwrap();

    // On 1 March the call (closing 15 March) is due; the project ends beyond 90 days.
    let early = w.db.store.dashboard(&w.strategy, "2024-03-01").unwrap();
    assert_eq!(
        early
            .calls_closing
            .iter()
            .map(|c| c.number.as_str())
            .collect::<Vec<_>>(),
        ["C1"]
    );
    assert!(early.projects_ending.is_empty());
    // On 15 April the call is past; the project's end (30 June) is within 90 days.
    let later = w.db.store.dashboard(&w.strategy, "2024-04-15").unwrap();
    assert!(later.calls_closing.is_empty());
    assert_eq!(
        later
            .projects_ending
            .iter()
            .map(|p| p.number.as_str())
            .collect::<Vec<_>>(),
        ["P-1"]
    );
    assert_eq!(
        later
            .claims_awaited
            .iter()
            .map(|c| (
                c.project_number.as_str(),
                c.claim_number.as_str(),
                c.claimed
            ))
            .collect::<Vec<_>>(),
        [("P-1", "MP-1", Money(5_000_00))]
    );
    // 24 000,00 committed of 160 000,00 allocated: 15 %.
    assert_eq!(
        (later.allocated, later.committed, later.paid),
        (Money(160_000_00), Money(24_000_00), Money::ZERO)
    );
    assert_eq!(later.committed_share, lagdesk_domain::Bp(1500));
    assert_eq!(later.recent_changes[0].status, ProjectStatus::Contracted);
    assert_eq!(later.projects_by_status.len(), 1);
    assert_eq!(
        w.db.store
            .dashboard(&w.strategy, "15.04.2024")
            .unwrap_err()
            .code(),
        "invalid"
    );
}

#[test]
fn indicators_count_from_projects_or_take_the_latest_entry() {
    use lagdesk_domain::{Bp, IndicatorInput, IndicatorSource, IndicatorValue, Quantity};
    let mut w = world();
    for (number, jobs, status) in [
        ("P-1", 3, ProjectStatus::Contracted),
        ("P-2", 2, ProjectStatus::Completed),
    ] {
        let mut input = w.project(number, "M1", 30_000_00, 24_000_00);
        input.jobs_created = Some(jobs);
        let id = w.create(&input);
        w.award_and_move(&id, 24_000_00, status);
    }
    let indicator = |code: &str, measure: Option<&str>, target: i64, source| IndicatorInput {
        measure_id: measure.map(Into::into),
        code: code.into(),
        name: code.into(),
        unit: "vnt.".into(),
        baseline: Quantity(0),
        target: Quantity::count(target),
        source,
    };
    let jobs = indicator("R1", None, 10, IndicatorSource::JobsCreated);
    let completed = indicator(
        "R2",
        Some(w.m1.as_str()),
        4,
        IndicatorSource::ProjectsCompleted,
    );
    let people = indicator("R3", None, 250, IndicatorSource::Manual);
    let jobs = w.db.store.create_indicator(&w.strategy, &jobs).unwrap();
    w.db.store
        .create_indicator(&w.strategy, &completed)
        .unwrap();
    let people = w.db.store.create_indicator(&w.strategy, &people).unwrap();
    for (value, on) in [(40, "2024-05-01"), (120, "2024-09-01")] {
        let entry = IndicatorValue {
            value: Quantity::count(value),
            measured_on: on.into(),
            note: String::new(),
        };
        w.db.store.add_indicator_value(&people.id, &entry).unwrap();
    }
    let figures: Vec<(String, Quantity, Bp)> =
        w.db.store
            .indicators(&w.strategy)
            .unwrap()
            .into_iter()
            .map(|i| (i.code, i.achieved, i.performance))
            .collect();
    // Jobs 3 + 2 of 10; one completed project of 4; the latest entry, 120 of 250 people.
    assert_eq!(
        figures,
        vec![
            ("R1".to_owned(), Quantity::count(5), Bp(5000)),
            ("R2".to_owned(), Quantity::count(1), Bp(2500)),
            ("R3".to_owned(), Quantity::count(120), Bp(4800)),
        ]
    );
    let derived = IndicatorValue {
        value: Quantity::count(9),
        measured_on: "2024-09-01".into(),
        note: String::new(),
    };
    assert_eq!(
        problem_codes(
            w.db.store
                .add_indicator_value(&jobs.id, &derived)
                .unwrap_err()
        ),
        vec![("value".to_owned(), "derived-indicator".to_owned(), false)]
    );
    let performance = w.db.store.performance(&w.strategy).unwrap();
    assert_eq!(
        (performance.jobs, performance.projects_completed),
        (Bp(5000), 1)
    );
    // Committed 48 000,00 of 160 000,00 allocated.
    assert_eq!(performance.committed, Bp(3000));
}
