//! Spreadsheets in and out: reading plan files (CSV or XLSX) into validated rows, and writing
//! lists as CSV, XLSX or JSON. Knows no database: the CLI (and later the window) pass what it
//! reads to the store, and what the store returns to the writers here.

mod cells;
mod error;
mod events;
mod export;
mod partnership;
mod plan;
mod records;
mod table;

pub use error::{ExchangeError, FileProblem};
pub use events::{events_sheet, read_events};
pub use export::{
    budget_sheet, calls_sheet, funds_sheet, indicators_sheet, payments_sheet, plan_sheet,
    projects_sheet, write_sheet, years_sheet, Cell, ExportFormat, Sheet,
};
pub use partnership::{meetings_sheet, members_sheet};
pub use plan::read_plan;
pub use records::{read_calls, read_payments, read_projects};
