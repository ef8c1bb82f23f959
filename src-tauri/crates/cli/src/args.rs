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
    /// Load the demo LAG (a fictional Lithuanian LAG with a 2023-2029 strategy).
    Demo,
    /// Add and list strategies.
    #[command(subcommand)]
    Strategy(StrategyCommand),
    /// Import records from a CSV or XLSX file (all rows or none).
    #[command(subcommand)]
    Import(ImportCommand),
    /// Export records as CSV, XLSX or JSON.
    Export(ExportArgs),
}

#[derive(Debug, Subcommand)]
pub enum StrategyCommand {
    /// Add a strategy.
    Add(StrategyAddArgs),
    /// List the strategies.
    List,
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

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Import a strategy's financial plan. Columns: priority_code, priority_title, measure_code,
    /// measure_title, kind (project, cooperation, running, animation; default project),
    /// allocation; optional planned_projects, max_intensity (%), max_grant. Priorities and
    /// measures already in the strategy are updated by code.
    Plan {
        /// A .csv (comma or semicolon, UTF-8) or .xlsx file with one header row.
        file: PathBuf,
        /// The strategy's code.
        #[arg(long, value_name = "CODE")]
        strategy: String,
    },
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export: the plan (the import's columns) or the budget (allocated, committed,
    /// paid, available and share per strategy, priority and measure).
    pub what: ExportWhat,
    /// The strategy's code.
    #[arg(long, value_name = "CODE")]
    pub strategy: String,
    #[arg(long, value_enum)]
    pub format: Format,
    /// The file to write; it is replaced only when the export succeeds.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExportWhat {
    Plan,
    Budget,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    Csv,
    Xlsx,
    Json,
}
