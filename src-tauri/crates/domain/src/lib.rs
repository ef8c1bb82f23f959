//! The LAG's own vocabulary as Rust types: strategies, funding sources, priorities, measures, money
//! and shares, with the rules that make a record valid. No IO lives here, so every rule can be unit
//! tested and reused by the store, the CLI, the window and (later) the reports.
//!
//! Types that cross IPC derive `ts_rs::TS`; `cargo test` regenerates their TypeScript bindings in
//! `ui/src/lib/bindings`.

pub mod applicant;
pub mod archive;
pub mod audit;
pub mod backup;
pub mod call;
pub mod closed;
pub mod cooperation;
pub mod dashboard;
pub mod document;
pub mod event;
pub mod import;
pub mod indicator;
pub mod intake;
pub mod locale;
pub mod logo;
pub mod meeting;
pub mod money;
pub mod partnership;
pub mod plan;
pub mod problem;
pub mod project;
pub mod selection;
pub mod settings;
pub mod share;
pub mod strategy;
pub mod undo;
pub mod yearly;

pub use applicant::{Applicant, ApplicantInput, ApplicantKind};
pub use archive::{ArchiveCount, ArchiveImport, ARCHIVE_FORMAT};
pub use audit::{AuditAction, AuditEntry, AuditFilter, FieldChange};
pub use backup::{Backup, BackupReason, IntegrityReport};
pub use call::{Call, CallInput, CallMeasure, CallMeasureSummary, CallStatus, CallSummary};
pub use closed::{year_closed, ClosedYear};
pub use cooperation::{Cooperation, CooperationInput, Partner, PlannedResult, ResultStatus};
pub use dashboard::{AwaitedClaim, Dashboard, DueCall, DueProject, RecentChange, StatusCount};
pub use document::{Document, DocumentOwner};
pub use event::{
    Event, EventInput, EventKind, EventKindTotal, EventTotals, GroupCount, ParticipantGroup,
};
pub use indicator::{
    Indicator, IndicatorInput, IndicatorSource, IndicatorValue, Performance, Quantity,
};
pub use intake::{
    DateFormat, Delimiter, ImportField, ImportKind, ImportPreview, ImportProblem, ImportSetup,
    NumberFormat, PreviewRow, ReadSettings, RowOutcome, TextEncoding,
};
pub use locale::Locale;
pub use logo::{Logo, LOGO_MAX_BYTES};
pub use meeting::{
    AgendaItem, AgendaItemInput, Decision, DecisionContext, DecisionInput, Meeting, MeetingInput,
    MeetingKind, MemberVote, MovedProject, Recusal, Tally, Vote,
};
pub use money::Money;
pub use partnership::{
    BoardComposition, BoardTerm, Member, MemberInput, MemberKind, Sector, SectorBalance,
    SectorCount, PUBLIC_SECTOR_LIMIT,
};
pub use plan::{
    Amounts, FinancialPlan, FundingPart, MeasureYear, PlanLine, PlanLineLevel, PlanSums,
    PlanWarning, YearLine,
};
pub use problem::{FieldProblem, Invalid};
pub use project::{
    fund_shares, AidLimits, DecidedAt, FundShare, PaymentClaim, PaymentClaimInput, Project,
    ProjectInput, ProjectStatus, StatusChange,
};
pub use selection::{
    rank, Candidate, Criterion, CriterionInput, CriterionScore, MeasureRanking, Points, Proposal,
    Ranked, RankingLine, ScoreSheet, ScoreSheetInput, Selection, SelectionRules,
    SelectionRulesInput, Unscored,
};
pub use settings::{MoveDirection, Settings};
pub use share::Bp;
pub use strategy::{
    FundingSource, Measure, MeasureInput, MeasureKind, Organisation, PlanEntry, Priority,
    PriorityInput, Strategy, StrategyInput, StrategyStatus, StrategySummary,
};
pub use undo::Undone;
pub use yearly::{year_outside_period, YearAllocation};
