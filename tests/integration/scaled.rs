//! The generated LAGs the benchmarks run on (`lagdesk-cli demo --scale N`): a typical LAG at
//! scale 1 and N of them at N, the same records from the same seed, and data that keeps the
//! store's rules (sound database, money that adds up).

use lagdesk_domain::{Money, ProjectStatus};
use lagdesk_store::demo::scaled::{Generated, TODAY};
use lagdesk_tests::TestDb;

use crate::projects::problem_codes;

fn generated(scale: u32, seed: u64) -> (TestDb, Generated) {
    let mut db = TestDb::new();
    let generated = db.store.load_scaled(scale, seed).unwrap();
    (db, generated)
}

/// The first LAG's strategy.
fn first(g: &Generated) -> &str {
    &g.strategies[0].0
}

fn count(db: &TestDb, label: &str) -> i64 {
    db.store
        .record_counts()
        .unwrap()
        .into_iter()
        .find(|(l, _)| *l == label)
        .map(|(_, n)| n)
        .unwrap_or_else(|| panic!("no count of {label}"))
}

/// What a reader of the register sees of each project: everything but its id.
fn register(db: &TestDb, g: &Generated) -> Vec<(String, String, String, ProjectStatus, Money)> {
    db.store
        .projects(first(g))
        .unwrap()
        .into_iter()
        .map(|p| {
            let aid = p.aid();
            (p.number, p.title, p.submitted_on, p.status, aid)
        })
        .collect()
}

#[test]
fn scale_one_is_a_typical_lag_whose_money_adds_up() {
    let (db, g) = generated(1, 1);
    for (label, expected) in [
        ("strategies", 1),
        ("measures", 8),
        ("calls", 30),
        ("applicants", 200),
        ("applications", 600),
        ("events", 300),
        ("meetings", 100),
        ("members", 30),
    ] {
        assert_eq!(count(&db, label), expected, "{label}");
    }
    let funded = count(&db, "funded projects");
    assert!((120..=180).contains(&funded), "{funded} funded projects");
    let claims = count(&db, "payment claims");
    assert!((350..=650).contains(&claims), "{claims} payment claims");
    assert!(
        count(&db, "audit entries") > 1000,
        "every record is in the audit trail"
    );
    assert!(db.store.check().unwrap().is_sound());

    let projects = db.store.projects(first(&g)).unwrap();
    for status in [
        ProjectStatus::Submitted,
        ProjectStatus::Rejected,
        ProjectStatus::Reserve,
        ProjectStatus::Contracted,
        ProjectStatus::Implementing,
        ProjectStatus::Completed,
    ] {
        assert!(projects.iter().any(|p| p.status == status), "{status:?}");
    }
    assert!(projects.iter().all(|p| p.submitted_on.as_str() < TODAY));
    assert!(projects
        .iter()
        .all(|p| p.awarded_aid.is_none_or(|a| p.paid <= a)));

    let plan = db.store.financial_plan(first(&g)).unwrap();
    assert!(plan.committed_total > Money(0));
    assert!(plan.paid_total > Money(0) && plan.paid_total <= plan.committed_total);
    assert!(
        plan.committed_total <= plan.plan_total,
        "the LAG is not over-committed"
    );
    assert_eq!(plan.unallocated, Money(0));
    let projects_paid: Money = projects.iter().map(|p| p.paid).sum();
    let events_paid = plan.paid_total - projects_paid;
    assert!(
        events_paid > Money(0),
        "events' costs are paid on the running lines"
    );
}

#[test]
fn scale_two_holds_twice_the_records_of_scale_one() {
    let (one, _) = generated(1, 3);
    let (two, _) = generated(2, 3);
    for label in [
        "measures",
        "calls",
        "applicants",
        "applications",
        "events",
        "meetings",
    ] {
        assert_eq!(count(&two, label), 2 * count(&one, label), "{label}");
    }
}

#[test]
fn the_same_seed_gives_the_same_lag_and_another_seed_another() {
    let (a, ga) = generated(1, 5);
    let (b, gb) = generated(1, 5);
    let (c, gc) = generated(1, 6);
    let codes = |g: &Generated| {
        g.strategies
            .iter()
            .map(|(_, c)| c.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(&ga), vec!["GEN-5-1"]);
    assert_eq!(codes(&ga), codes(&gb));
    assert_eq!(register(&a, &ga), register(&b, &gb));
    let plan = |db: &TestDb, g: &Generated| {
        let p = db.store.financial_plan(first(g)).unwrap();
        (p.plan_total, p.committed_total, p.paid_total)
    };
    assert_eq!(plan(&a, &ga), plan(&b, &gb));
    assert_ne!(register(&a, &ga), register(&c, &gc));
    assert_ne!(plan(&a, &ga), plan(&c, &gc));
}

#[test]
fn a_scale_out_of_range_is_refused_and_writes_nothing() {
    let mut db = TestDb::new();
    for scale in [0, 1001] {
        let err = db.store.load_scaled(scale, 1).unwrap_err();
        assert_eq!(
            problem_codes(err),
            vec![("scale".into(), "out-of-range".into(), false)]
        );
    }
    assert!(db.store.is_empty().unwrap());
}
