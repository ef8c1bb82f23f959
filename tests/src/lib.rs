//! Seed builders shared by the integration tests: a store in a temporary folder and a strategy
//! with sensible defaults that a test overrides only where it matters.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use lagdesk_domain::{
    Bp, FundingSource, MeasureInput, MeasureKind, Money, PriorityInput, StrategyInput,
    StrategyStatus,
};
use lagdesk_store::Store;
use tempfile::TempDir;

/// A database file in its own temporary folder, removed when dropped.
pub struct TestDb {
    pub dir: TempDir,
    pub store: Store,
}

impl TestDb {
    pub fn new() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&dir.path().join("lagdesk.sqlite3")).expect("open store");
        TestDb { dir, store }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("lagdesk.sqlite3")
    }
}

impl Default for TestDb {
    fn default() -> Self {
        Self::new()
    }
}

pub fn strategy_input(code: &str) -> StrategyInput {
    StrategyInput {
        code: code.into(),
        title: format!("Strategy {code}"),
        start_year: 2023,
        end_year: 2029,
        status: StrategyStatus::Draft,
        envelope: Money(1_000_000_00),
        running_cap: Bp(2000),
        funding_sources: vec![
            FundingSource {
                code: "EAFRD".into(),
                name: "EAFRD".into(),
                share: Bp(8500),
            },
            FundingSource {
                code: "NAT".into(),
                name: "National budget".into(),
                share: Bp(1500),
            },
        ],
    }
}

pub fn priority_input(code: &str) -> PriorityInput {
    PriorityInput {
        code: code.into(),
        title: format!("Priority {code}"),
    }
}

pub fn measure_input(
    priority_id: Option<&str>,
    code: &str,
    kind: MeasureKind,
    euros: i64,
) -> MeasureInput {
    MeasureInput {
        priority_id: priority_id.map(Into::into),
        code: code.into(),
        title: format!("Measure {code}"),
        kind,
        allocation: Money(euros * 100),
        planned_projects: None,
        max_intensity: None,
        max_grant: None,
        yearly: Vec::new(),
    }
}

pub fn applicant_input(name: &str) -> lagdesk_domain::ApplicantInput {
    lagdesk_domain::ApplicantInput {
        name: name.into(),
        kind: lagdesk_domain::ApplicantKind::Community,
        code: String::new(),
        municipality: "Molėtų r. sav.".into(),
        eldership: String::new(),
    }
}

/// A project input under `measure_id` (and `call_id`), amounts in cents, submitted on 2024-03-01.
pub fn project_input(
    number: &str,
    applicant_id: &str,
    call_id: Option<&str>,
    measure_id: &str,
    eligible: i64,
    requested: i64,
) -> lagdesk_domain::ProjectInput {
    lagdesk_domain::ProjectInput {
        number: number.into(),
        title: format!("Project {number}"),
        applicant_id: applicant_id.into(),
        call_id: call_id.map(Into::into),
        measure_id: measure_id.into(),
        submitted_on: "2024-03-01".into(),
        eligible_cost: Money(eligible),
        requested_aid: Money(requested),
        awarded_aid: None,
        jobs_created: None,
        implementation_end: None,
        confirm_warnings: false,
    }
}
