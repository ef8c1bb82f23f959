//! The money view by calendar year and by funding source, and the fund splits stored with
//! projects and claims; every figure is computed by hand in the comments, to the cent.

use lagdesk_domain::{
    Bp, FundingSource, Money, PaymentClaimInput, ProjectStatus, StrategyInput, YearAllocation,
    YearLine,
};

use crate::projects::{claim, problem_codes, to_input, world, World};

fn year(year: i32, euros: i64) -> YearAllocation {
    YearAllocation {
        year,
        amount: Money(euros * 100),
    }
}

fn paid_on(number: &str, paid: i64, on: &str) -> PaymentClaimInput {
    PaymentClaimInput {
        paid_on: Some(on.into()),
        ..claim(number, paid)
    }
}

/// Spreads M1 (100 000,00) over 2024 and 2025.
fn spread_m1(w: &mut World, yearly: Vec<YearAllocation>) -> Result<(), lagdesk_store::StoreError> {
    let m1 =
        w.db.store
            .measures(&w.strategy)
            .unwrap()
            .into_iter()
            .find(|m| m.id == w.m1)
            .unwrap();
    let input = lagdesk_domain::MeasureInput {
        priority_id: m1.priority_id,
        code: m1.code,
        title: m1.title,
        kind: m1.kind,
        allocation: m1.allocation,
        planned_projects: m1.planned_projects,
        max_intensity: m1.max_intensity,
        max_grant: m1.max_grant,
        yearly,
    };
    w.db.store.update_measure(&w.m1, &input).map(|_| ())
}

/// P-1 (M1, 23 500,50) approved in 2024, P-4 (M2, 21 000,01) approved in 2025, P-2 (M1,
/// 25 000,00) only selected; claims paid 10 000,00 (2024), 13 500,50 and 5 000,00 (2025).
fn funded_world() -> World {
    let mut w = world();
    spread_m1(&mut w, vec![year(2024, 40_000), year(2025, 60_000)]).unwrap();
    let p1 = w.project("P-1", "M1", 30_000_00, 24_000_00);
    let p1 = w.create(&p1);
    let p2 = w.project("P-2", "M1", 40_000_00, 25_000_00);
    let p2 = w.create(&p2);
    let p4 = w.project("P-4", "M2", 30_000_00, 21_000_01);
    let p4 = w.create(&p4);
    w.award_and_move(&p1, 23_500_50, ProjectStatus::Contracted);
    w.award_and_move(&p2, 25_000_00, ProjectStatus::Selected);
    w.award_and_move_in(&p4, 21_000_01, ProjectStatus::Approved, 2025);
    let claims = [
        (&p1, paid_on("MP-1", 10_000_00, "2024-07-01")),
        (&p1, paid_on("MP-2", 13_500_50, "2025-02-10")),
        (&p4, paid_on("MP-1", 5_000_00, "2025-07-01")),
    ];
    for (project, input) in claims {
        w.db.store.create_payment_claim(project, &input).unwrap();
    }
    w
}

fn figures(line: &YearLine) -> (Option<i32>, Money, Money, Money, Money) {
    (
        line.year,
        line.allocated,
        line.committed,
        line.paid,
        line.available,
    )
}

#[test]
fn the_money_view_by_year_matches_a_hand_computation() {
    let w = funded_world();
    let plan = w.db.store.financial_plan(&w.strategy).unwrap();
    let zero = Money::ZERO;
    let years: Vec<_> = plan.years.iter().map(figures).collect();
    assert_eq!(
        years,
        vec![
            (Some(2023), zero, zero, zero, zero),
            // M1's 40 000,00; P-1 approved 2024-04-04; MP-1 paid 2024-07-01.
            (
                Some(2024),
                Money(40_000_00),
                Money(23_500_50),
                Money(10_000_00),
                Money(16_499_50)
            ),
            // M1's 60 000,00; P-4 approved 2025-04-04; MP-2 13 500,50 + MP-1 5 000,00.
            (
                Some(2025),
                Money(60_000_00),
                Money(21_000_01),
                Money(18_500_50),
                Money(38_999_99)
            ),
            (Some(2026), zero, zero, zero, zero),
            (Some(2027), zero, zero, zero, zero),
            (Some(2028), zero, zero, zero, zero),
            (Some(2029), zero, zero, zero, zero),
            // M2 (50 000,00) and the running line (10 000,00) are not spread over years.
            (None, Money(60_000_00), zero, zero, Money(60_000_00)),
        ]
    );
}

#[test]
fn the_money_view_by_fund_sums_the_stored_splits() {
    let mut w = funded_world();
    let plan = w.db.store.financial_plan(&w.strategy).unwrap();
    let funds: Vec<_> = plan
        .funding_parts
        .iter()
        .map(|f| (f.code.as_str(), f.amount, f.committed, f.paid, f.available))
        .collect();
    // Allocated 160 000,00 × 85 / 15 %. Committed: P-1 23 500,50 → 19 975,43 + 3 525,07 (the
    // tied half cent goes to the first fund); P-4 21 000,01 → 17 850,01 + 3 150,00 (the larger
    // remainder, 0,85 of a cent, takes the cent). Paid: 10 000,00 → 8 500,00 + 1 500,00;
    // 13 500,50 → 11 475,43 + 2 025,07; 5 000,00 → 4 250,00 + 750,00.
    assert_eq!(
        funds,
        vec![
            (
                "EAFRD",
                Money(136_000_00),
                Money(37_825_44),
                Money(24_225_43),
                Money(98_174_56)
            ),
            (
                "NAT",
                Money(24_000_00),
                Money(6_675_07),
                Money(4_275_07),
                Money(17_324_93)
            ),
        ]
    );
    let committed: Money = plan.funding_parts.iter().map(|f| f.committed).sum();
    let paid: Money = plan.funding_parts.iter().map(|f| f.paid).sum();
    assert_eq!((committed, paid), (plan.committed_total, plan.paid_total));

    // New shares 80 / 20: every split is redone, and still adds up.
    let strategy = w.db.store.strategy(&w.strategy).unwrap();
    let input = StrategyInput {
        code: strategy.code.clone(),
        title: strategy.title.clone(),
        start_year: strategy.start_year,
        end_year: strategy.end_year,
        status: strategy.status,
        envelope: strategy.envelope,
        running_cap: strategy.running_cap,
        funding_sources: vec![
            FundingSource {
                share: Bp(8000),
                ..strategy.funding_sources[0].clone()
            },
            FundingSource {
                share: Bp(2000),
                ..strategy.funding_sources[1].clone()
            },
        ],
    };
    w.db.store.update_strategy(&w.strategy, &input).unwrap();
    let p1 =
        w.db.store
            .projects(&w.strategy)
            .unwrap()
            .into_iter()
            .find(|p| p.number == "P-1")
            .unwrap();
    let parts: Vec<Money> = p1.fund_shares.iter().map(|f| f.amount).collect();
    assert_eq!(parts, vec![Money(18_800_40), Money(4_700_10)]);
    let plan = w.db.store.financial_plan(&w.strategy).unwrap();
    let committed: Money = plan.funding_parts.iter().map(|f| f.committed).sum();
    assert_eq!(committed, Money(44_500_51));
}

#[test]
fn a_lower_award_rewrites_the_split() {
    let mut w = funded_world();
    let p2 =
        w.db.store
            .projects(&w.strategy)
            .unwrap()
            .into_iter()
            .find(|p| p.number == "P-2")
            .unwrap();
    let mut input = to_input(&p2);
    input.awarded_aid = Some(Money(1));
    let p2 = w.db.store.update_project(&p2.id, &input).unwrap();
    let parts: Vec<Money> = p2.fund_shares.iter().map(|f| f.amount).collect();
    assert_eq!(parts, vec![Money(1), Money::ZERO]);
}

#[test]
fn a_yearly_spread_must_add_up_and_stay_in_the_period() {
    let mut w = funded_world();
    let before = w.db.store.financial_plan(&w.strategy).unwrap();
    let mismatch = spread_m1(&mut w, vec![year(2024, 40_000), year(2025, 59_999)]);
    assert_eq!(
        problem_codes(mismatch.unwrap_err()),
        vec![("yearly".into(), "yearly-sum-mismatch".into(), false)]
    );
    let outside = spread_m1(&mut w, vec![year(2022, 40_000), year(2025, 60_000)]);
    assert_eq!(
        problem_codes(outside.unwrap_err()),
        vec![("yearly".into(), "year-outside-period".into(), false)]
    );
    assert_eq!(w.db.store.financial_plan(&w.strategy).unwrap(), before);

    // A period that would leave 2024 out is refused on the start year, naming the measure.
    let strategy = w.db.store.strategy(&w.strategy).unwrap();
    let shorter = StrategyInput {
        code: strategy.code.clone(),
        title: strategy.title.clone(),
        start_year: 2025,
        end_year: strategy.end_year,
        status: strategy.status,
        envelope: strategy.envelope,
        running_cap: strategy.running_cap,
        funding_sources: strategy.funding_sources.clone(),
    };
    let err =
        w.db.store
            .update_strategy(&w.strategy, &shorter)
            .unwrap_err();
    assert!(err.to_string().contains("M1"), "{err}");
    assert_eq!(
        problem_codes(err),
        vec![("startYear".into(), "period-leaves-out-year".into(), false)]
    );
    assert_eq!(w.db.store.strategy(&w.strategy).unwrap(), strategy);
}

#[test]
fn a_project_with_claims_is_kept_and_one_without_goes_with_its_history() {
    let mut w = funded_world();
    let projects = w.db.store.projects(&w.strategy).unwrap();
    let id = |number: &str| {
        projects
            .iter()
            .find(|p| p.number == number)
            .map(|p| p.id.clone())
            .unwrap()
    };
    let err = w.db.store.delete_project(&id("P-1")).unwrap_err();
    assert!(matches!(
        err,
        lagdesk_store::StoreError::StillReferenced { count: 2, .. }
    ));
    w.db.store.delete_project(&id("P-2")).unwrap();
    assert_eq!(w.db.store.projects(&w.strategy).unwrap().len(), 2);
    assert!(w.db.store.project_history(&id("P-2")).unwrap().is_empty());
}

#[test]
fn an_applicant_is_edited_everywhere_and_deleted_only_when_unused() {
    let mut w = funded_world();
    let mut input = lagdesk_tests::applicant_input("Alantos kaimo bendruomenė");
    input.code = "300111222".into();
    let edited = w.db.store.update_applicant(&w.applicant, &input).unwrap();
    assert_eq!(edited.project_count, 3);
    let names: Vec<String> =
        w.db.store
            .projects(&w.strategy)
            .unwrap()
            .into_iter()
            .map(|p| p.applicant_name)
            .collect();
    assert!(names.iter().all(|n| n == "Alantos kaimo bendruomenė"));
    assert_eq!(w.db.store.applicants("300111").unwrap().len(), 1);
    assert!(matches!(
        w.db.store.delete_applicant(&w.applicant).unwrap_err(),
        lagdesk_store::StoreError::StillReferenced { count: 3, .. }
    ));
    let unused =
        w.db.store
            .create_applicant(&lagdesk_tests::applicant_input("Klaida"))
            .unwrap();
    w.db.store.delete_applicant(&unused.id).unwrap();
    assert!(w.db.store.applicants("Klaida").unwrap().is_empty());
}
