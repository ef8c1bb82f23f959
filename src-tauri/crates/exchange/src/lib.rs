//! Spreadsheets in and out: reading CSV or XLSX files (in whatever encoding, delimiter, number
//! and date format they come) into records with every problem named by row and column, and
//! writing lists as CSV, XLSX or JSON. Knows no database: the CLI and the window pass what it
//! reads to the store, and what the store returns to the writers here.

mod audit;
mod cells;
mod detect;
mod error;
mod events;
mod export;
mod fields;
mod intake;
mod labels;
mod partnership;
mod plan;
mod records;
mod source;
mod table;

pub use audit::audit_sheet;
pub use error::ExchangeError;
pub use events::events_sheet;
pub use export::{
    budget_sheet, calls_sheet, funds_sheet, indicators_sheet, payments_sheet, plan_sheet,
    projects_sheet, write_sheet, years_sheet, Cell, ExportFormat, Sheet,
};
pub use fields::{fields, suggest_mapping};
pub use intake::{read_file, read_records, Parsed};
pub use partnership::{meetings_sheet, members_sheet};
pub use source::{read_source, Source};
