//! The command line, declared once; `--help` on every command comes from these doc comments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// LAG Desk from the command line: strategies, plans and exports of a Local Action Group.
#[derive(Debug, Parser)]
#[command(name = "lagdesk-cli", version)]
pub struct Cli {
    /// The database file (default: $LAGDESK_DB, else the app's data folder).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database, or upgrade it to this version's schema.
    Init,
    /// Load the demo LAG (a fictional Lithuanian LAG with a 2023-2029 strategy), or with
    /// --scale that many generated LAGs' strategies and records, for benchmarks.
    Demo {
        /// Generate N typical LAGs (each: a strategy with 8 measures, 30 calls, 600
        /// applications, 300 events, 100 meetings; 100: a national network) instead of the
        /// demo LAG.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
        scale: Option<u32>,
        /// The generator's seed: the same scale and seed give the same records.
        #[arg(long, value_name = "SEED", default_value_t = 1, requires = "scale")]
        seed: u64,
    },
    /// Add, edit, delete and list strategies.
    #[command(subcommand)]
    Strategy(StrategyCommand),
    /// Add, edit, reorder and delete a strategy's priorities.
    #[command(subcommand)]
    Priority(PriorityCommand),
    /// Add, edit, reorder and delete a strategy's measures (and running / animation lines).
    #[command(subcommand)]
    Measure(MeasureCommand),
    /// Show a strategy's financial plan with totals, shares and warnings.
    Plan {
        /// The strategy's code.
        #[arg(long, value_name = "CODE")]
        strategy: String,
    },
    /// Import records from a CSV or XLSX file (all rows or none).
    #[command(subcommand)]
    Import(ImportCommand),
    /// Export records as CSV, XLSX or JSON.
    Export(ExportArgs),
    /// Print a board-ready report as PDF in Lithuanian, Latvian or English.
    Report(ReportArgs),
    /// Copy the database with SQLite's backup API: into the backups folder beside it, or to
    /// --out.
    Backup {
        /// Where to write the copy (for example a USB stick).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace --out when it exists.
        #[arg(long)]
        replace: bool,
    },
    /// List the copies in the backups folder, newest first.
    Backups,
    /// Replace the database with a backup, after checking it. The database as it was is kept
    /// as a backup first, so restoring that one undoes this; a damaged database is kept
    /// beside it under a new name.
    Restore {
        /// The backup to restore.
        file: PathBuf,
    },
    /// Check the whole database: every page and index, and every reference between records.
    Check,
    /// The audit trail: who changed which record when, each field from what to what; newest
    /// first, or into a CSV or XLSX file with one row per field.
    Log(LogArgs),
    /// Close or reopen a year's books: money records dated in a closed year cannot change.
    #[command(subcommand)]
    Year(YearCommand),
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// From this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// To this day (YYYY-MM-DD), included.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only this kind of record (project, payment_claim, measure, event, ...).
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Only changes made under this coordinator's name.
    #[arg(long, value_name = "NAME")]
    pub who: Option<String>,
    /// Only changes with this text in a value before or after.
    #[arg(long)]
    pub text: Option<String>,
    /// Only this record's history (its id), oldest first.
    #[arg(long, value_name = "ID")]
    pub record: Option<String>,
    /// At most this many entries.
    #[arg(long, default_value_t = 1000)]
    pub limit: u32,
    /// Write the entries to this file instead of printing them.
    #[arg(long, value_name = "FILE", requires = "format")]
    pub out: Option<PathBuf>,
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}

#[derive(Debug, Subcommand)]
pub enum YearCommand {
    /// List the closed years.
    List,
    /// Close a year, in the name of the coordinator set in the settings.
    Close { year: i32 },
    /// Reopen a closed year.
    Reopen { year: i32 },
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// summary: the strategy implementation summary (the board pack); budget: budget execution
    /// by measure, year and funding source; call: one call's applications, ranking and reserve
    /// list (--call); register: every project with its amounts and status; project: one
    /// project's sheet (--project); events: the events of --from..--to by kind and group;
    /// minutes: one meeting's minutes (--meeting).
    pub what: ReportWhat,
    /// The strategy's code; may be left out when the database holds one strategy.
    #[arg(long, value_name = "CODE")]
    pub strategy: Option<String>,
    /// The report's language.
    #[arg(long, value_enum)]
    pub lang: Lang,
    /// The meeting's number, for the minutes.
    #[arg(long, value_name = "NUMBER")]
    pub meeting: Option<String>,
    /// The call's number, for the call report.
    #[arg(long, value_name = "NUMBER")]
    pub call: Option<String>,
    /// The project's number, for the project sheet.
    #[arg(long, value_name = "NUMBER")]
    pub project: Option<String>,
    /// First day of the period (YYYY-MM-DD) for the events; with --to.
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,
    /// Last day of the period (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,
    /// The PDF to write; an existing file is kept unless --replace is given.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Replace the file at --out if it exists.
    #[arg(long)]
    pub replace: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ReportWhat {
    Summary,
    Budget,
    Call,
    Register,
    Project,
    Events,
    Minutes,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Lang {
    Lt,
    Lv,
    En,
}

#[derive(Debug, Subcommand)]
pub enum StrategyCommand {
    /// Add a strategy.
    Add(StrategyAddArgs),
    /// Change a strategy; options left out keep their value.
    Edit(StrategyEditArgs),
    /// Delete a strategy with its priorities and measures.
    Delete {
        /// The strategy's code.
        code: String,
        /// Confirm the deletion; without it, the command says what would be deleted.
        #[arg(long)]
        yes: bool,
    },
    /// List the strategies.
    List,
}

#[derive(Debug, Args)]
pub struct StrategyEditArgs {
    /// The strategy's current code.
    pub code: String,
    #[arg(long, value_name = "CODE")]
    pub new_code: Option<String>,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long, value_name = "YEAR")]
    pub start: Option<i32>,
    #[arg(long, value_name = "YEAR")]
    pub end: Option<i32>,
    /// draft, approved, implementing or closed.
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long, value_name = "AMOUNT")]
    pub envelope: Option<String>,
    /// Replaces all funding sources when given at least once, e.g. --fund EAFRD=85 --fund NAT=15.
    #[arg(long = "fund", value_name = "CODE=PERCENT")]
    pub funds: Vec<String>,
    #[arg(long, value_name = "PERCENT")]
    pub running_cap: Option<String>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Direction {
    Up,
    Down,
}

#[derive(Debug, Subcommand)]
pub enum PriorityCommand {
    /// Add a priority at the end of the strategy's list.
    Add {
        #[arg(long, value_name = "CODE")]
        strategy: String,
        #[arg(long)]
        code: String,
        #[arg(long)]
        title: String,
    },
    /// Change a priority's code or title.
    Edit {
        #[arg(long, value_name = "CODE")]
        strategy: String,
        /// The priority's current code.
        code: String,
        #[arg(long, value_name = "CODE")]
        new_code: Option<String>,
        #[arg(long)]
        title: Option<String>,
    },
    /// Delete a priority; refused while measures are still under it.
    Delete {
        #[arg(long, value_name = "CODE")]
        strategy: String,
        code: String,
    },
    /// Move a priority up or down the list.
    Move {
        #[arg(long, value_name = "CODE")]
        strategy: String,
        code: String,
        direction: Direction,
    },
}

/// A measure's fields. On `edit`, options left out keep their value and an empty value ("")
/// clears an optional one.
#[derive(Debug, Args)]
pub struct MeasureFields {
    /// The priority's code; empty for a running or animation line outside any priority.
    #[arg(long, value_name = "CODE")]
    pub priority: Option<String>,
    #[arg(long)]
    pub title: Option<String>,
    /// project, cooperation, running or animation (default project).
    #[arg(long)]
    pub kind: Option<String>,
    /// Allocation in EUR, e.g. "1 100 000,00".
    #[arg(long, value_name = "AMOUNT")]
    pub allocation: Option<String>,
    #[arg(long, value_name = "N")]
    pub planned_projects: Option<String>,
    /// Maximum aid intensity in %.
    #[arg(long, value_name = "PERCENT")]
    pub max_intensity: Option<String>,
    /// Maximum grant per project in EUR.
    #[arg(long, value_name = "AMOUNT")]
    pub max_grant: Option<String>,
    /// The allocation of one year, e.g. --year "2025=150 000"; repeat for each year. Given
    /// years replace the measure's spread, and must add up to the allocation.
    #[arg(long = "year", value_name = "YEAR=AMOUNT")]
    pub years: Vec<String>,
    /// Remove the measure's spread over years.
    #[arg(long, conflicts_with = "years")]
    pub no_years: bool,
}

#[derive(Debug, Subcommand)]
pub enum MeasureCommand {
    /// Add a measure at the end of its priority (or of the lines without a priority).
    Add {
        #[arg(long, value_name = "CODE")]
        strategy: String,
        #[arg(long)]
        code: String,
        #[command(flatten)]
        fields: MeasureFields,
    },
    /// Change a measure.
    Edit {
        #[arg(long, value_name = "CODE")]
        strategy: String,
        /// The measure's current code.
        code: String,
        #[arg(long, value_name = "CODE")]
        new_code: Option<String>,
        #[command(flatten)]
        fields: MeasureFields,
    },
    /// Delete a measure.
    Delete {
        #[arg(long, value_name = "CODE")]
        strategy: String,
        code: String,
    },
    /// Move a measure up or down within its priority.
    Move {
        #[arg(long, value_name = "CODE")]
        strategy: String,
        code: String,
        direction: Direction,
    },
}

#[derive(Debug, Args)]
pub struct StrategyAddArgs {
    /// Short code, unique in the database, e.g. VPS-2023-2029.
    #[arg(long)]
    pub code: String,
    #[arg(long)]
    pub title: String,
    /// First year of the programming period.
    #[arg(long, value_name = "YEAR")]
    pub start: i32,
    /// Last year of the programming period.
    #[arg(long, value_name = "YEAR")]
    pub end: i32,
    /// Awarded envelope in EUR, e.g. "4 200 000,00" or 4200000.
    #[arg(long, value_name = "AMOUNT")]
    pub envelope: Option<String>,
    /// A funding source and its share, e.g. EAFRD=85; repeat for each. Shares must sum to 100.
    /// Without any: EAFRD=85 and NAT=15.
    #[arg(long = "fund", value_name = "CODE=PERCENT")]
    pub funds: Vec<String>,
    /// Cap of running + animation costs in % of the strategy (default 20).
    #[arg(long, value_name = "PERCENT")]
    pub running_cap: Option<String>,
}

/// Every import reads CSV (UTF-8, UTF-16 or Windows-1257; comma, semicolon or tab, all
/// detected) or the first sheet of an XLSX workbook. Headers may be LAG Desk's own column names
/// or their usual Lithuanian, Latvian or English names; a file of a shape last imported in the
/// window is read as it was set up there. Amounts as 1 234,56, 1.234,56 or 1,234.56; dates as
/// 2024-05-31, 31.05.2024 or 2024.05.31. A record that exists is updated, one that is the same
/// is left alone, and a file with any problem imports nothing.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Import a strategy's financial plan. Columns: measure_code, measure_title, allocation;
    /// optional priority_code and priority_title (required for project and cooperation
    /// measures), kind (project, cooperation, running, animation; default project),
    /// planned_projects, max_intensity (%), max_grant and allocation_<YEAR>. Priorities and
    /// measures already in the strategy are updated by code.
    Plan {
        /// A .csv or .xlsx file with one header row.
        file: PathBuf,
        /// The strategy's code.
        #[arg(long, value_name = "CODE")]
        strategy: String,
    },
    /// Import calls for proposals, one row per call and measure. Columns: call_number, title,
    /// opens_on, closes_on, measure_code, available; optional max_grant, max_intensity.
    /// Calls already in the strategy are updated by number.
    Calls {
        file: PathBuf,
        #[arg(long, value_name = "CODE")]
        strategy: String,
    },
    /// Import applications and projects. Columns: number, title, applicant, measure_code,
    /// eligible_cost, requested, submitted_on; optional applicant_type, call_number, status
    /// (codes or their names, e.g. approved or Patvirtinta), awarded, status_on, jobs_created.
    /// Applicants are found by name or created; a project number already in the strategy is
    /// updated, and a new status becomes a step of its history.
    Projects {
        file: PathBuf,
        #[arg(long, value_name = "CODE")]
        strategy: String,
    },
    /// Import payment claims. Columns: project_number, claim_number, claimed; optional
    /// submitted_on, paid, paid_on. A claim number the project already has is updated.
    Payments { file: PathBuf },
    /// Take in an archive made by `export archive` on another laptop: every record not here yet
    /// (by id), its history and documents; records already here are counted, not doubled. All
    /// or nothing, after a backup.
    Archive { file: PathBuf },
    /// Import events. Columns: date, title, type (board-meeting, general-meeting, training,
    /// seminar, information, study-visit, consultation, conference, or their names), place,
    /// participants; optional time and end_time (HH:MM), organiser, description, cost,
    /// measure_code, budget_code, women, men and participants_<group> for municipality,
    /// communities, ngos, businesses, youth, seniors and other. A running or animation line in
    /// measure_code carries the cost. An event with the same date and title is updated.
    Events {
        file: PathBuf,
        /// The strategy whose measure codes the file uses.
        #[arg(long, value_name = "CODE")]
        strategy: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export: the plan (the import's columns), the budget (allocated, committed, paid,
    /// available and share per strategy, priority and measure), the calls (requested against
    /// available per measure, with a total row per call), the projects (with the awarded aid
    /// split over the funding sources in fund_<CODE> columns), the payment claims, or the
    /// indicators (target, achieved and performance).
    pub what: ExportWhat,
    /// The strategy's code; not needed for members, meetings and events.
    #[arg(long, value_name = "CODE")]
    pub strategy: Option<String>,
    /// Required, except for an archive, which is one file of its own kind.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// The file to write; it is replaced only when the export succeeds.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExportWhat {
    Plan,
    Budget,
    /// The money view per calendar year.
    Years,
    /// The money view per funding source.
    Funds,
    Calls,
    Projects,
    Payments,
    Indicators,
    /// The member register with sectors and board terms.
    Members,
    /// One row per agenda item with its decision, votes, quorum and recusals.
    Meetings,
    /// One row per event with its participants in total, by group and by gender.
    Events,
    /// The whole database with its documents and history, as one file to take to another
    /// laptop (`import archive`).
    Archive,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    Csv,
    Xlsx,
    Json,
}
