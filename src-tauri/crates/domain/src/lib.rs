//! The LAG's own vocabulary as Rust types: strategies, funding sources, priorities, measures, money
//! and shares, with the rules that make a record valid. No IO lives here, so every rule can be unit
//! tested and reused by the store, the CLI, the window and (later) the reports.
//!
//! Types that cross IPC derive `ts_rs::TS`; `cargo test` regenerates their TypeScript bindings in
//! `ui/src/lib/bindings`.

pub mod locale;
pub mod money;
pub mod plan;
pub mod problem;
pub mod settings;
pub mod share;
pub mod strategy;

pub use locale::Locale;
pub use money::Money;
pub use plan::{FinancialPlan, FundingPart, PlanLine, PlanLineLevel, PlanSums, PlanWarning};
pub use problem::{FieldProblem, Invalid};
pub use settings::{MoveDirection, Settings};
pub use share::Bp;
pub use strategy::{
    FundingSource, Measure, MeasureInput, MeasureKind, Organisation, PlanEntry, Priority,
    PriorityInput, Strategy, StrategyInput, StrategyStatus, StrategySummary,
};
