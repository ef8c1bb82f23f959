//! Taking a file in: read it (as detected or as the user chose), map its columns to fields
//! (as suggested or as the user chose), and read its rows into records, keeping every problem.
//! The window shows the problems beside the rows; the command line refuses a file that has any.

use std::collections::BTreeSet;
use std::path::Path;

use lagdesk_domain::import::{CallImport, ImportRecords};
use lagdesk_domain::{ImportKind, ImportProblem};

use crate::cells::RowReader;
use crate::error::ExchangeError;
use crate::events::parse_events;
use crate::fields::suggest_mapping;
use crate::plan::parse_plan;
use crate::records::{parse_calls, parse_payments, parse_projects};
use crate::source::{read_source, Source};
use crate::table::Table;

/// The records of the rows without problems, and every problem.
pub struct Parsed {
    pub records: ImportRecords,
    pub problems: Vec<ImportProblem>,
}

/// Reads `source`'s rows as `kind` under `mapping`. A mapping that leaves out a required field
/// (or gives one twice) is a problem with the whole file and reads no row.
pub fn read_records(kind: ImportKind, source: &Source, mapping: &[Option<String>]) -> Parsed {
    let empty = || match kind {
        ImportKind::Plan => ImportRecords::Plan(Vec::new()),
        ImportKind::Calls => ImportRecords::Calls(Vec::new()),
        ImportKind::Projects => ImportRecords::Projects(Vec::new()),
        ImportKind::Payments => ImportRecords::Payments(Vec::new()),
        ImportKind::Events => ImportRecords::Events(Vec::new()),
    };
    let table = match Table::new(kind, source, mapping) {
        Ok(table) => table,
        Err(problems) => {
            return Parsed {
                records: empty(),
                problems,
            }
        }
    };
    let mut r = RowReader::new(&table, source.settings);
    let mut records = match kind {
        ImportKind::Plan => ImportRecords::Plan(parse_plan(&mut r)),
        ImportKind::Calls => ImportRecords::Calls(parse_calls(&mut r)),
        ImportKind::Projects => ImportRecords::Projects(parse_projects(&mut r)),
        ImportKind::Payments => ImportRecords::Payments(parse_payments(&mut r)),
        ImportKind::Events => ImportRecords::Events(parse_events(&mut r)),
    };
    let mut problems = r.problems;
    problems.extend(oversized_cells(&table));
    problems.extend(cells_beyond_header(source));
    if source.rows.is_empty() {
        problems.push(ImportProblem::new(
            None,
            None,
            "no-rows",
            "the file has no rows under its header".into(),
        ));
    }
    let bad: BTreeSet<u32> = problems.iter().filter_map(|p| p.row).collect();
    let bad = |row: usize| u32::try_from(row).is_ok_and(|r| bad.contains(&r));
    match &mut records {
        ImportRecords::Plan(v) => v.retain(|p| !bad(p.row)),
        ImportRecords::Calls(v) => {
            v.retain(|c: &CallImport| !bad(c.row) && c.measures.iter().all(|m| !bad(m.row)))
        }
        ImportRecords::Projects(v) => v.retain(|p| !bad(p.row)),
        ImportRecords::Payments(v) => v.retain(|p| !bad(p.row)),
        ImportRecords::Events(v) => v.retain(|e| !bad(e.row)),
    }
    Parsed { records, problems }
}

/// No field holds more than this many characters: a longer cell is a paste gone wrong.
const MAX_CELL: usize = 10_000;

fn oversized_cells(table: &Table) -> Vec<ImportProblem> {
    let mut problems = Vec::new();
    for (row, cells) in &table.rows {
        for (key, column) in table.keys().filter_map(|k| Some((k, table.column(k)?))) {
            if cells
                .get(column)
                .is_some_and(|c| c.chars().count() > MAX_CELL)
            {
                let mut problem = ImportProblem::new(
                    Some(*row),
                    Some(key),
                    "cell-too-long",
                    format!("is longer than {MAX_CELL} characters"),
                )
                .arg("max", MAX_CELL);
                problem.column = table.header(key).map(str::to_owned);
                problems.push(problem);
            }
        }
    }
    problems
}

/// Text in a row past the last header: a row that slipped, or a column without a name.
fn cells_beyond_header(source: &Source) -> Vec<ImportProblem> {
    let width = source.headers.len();
    source
        .rows
        .iter()
        .filter_map(|(row, cells)| {
            let extra = cells
                .iter()
                .skip(width)
                .position(|c| !c.trim().is_empty())?;
            let column = width + extra + 1;
            let mut problem = ImportProblem::new(
                Some(*row),
                None,
                "beyond-header",
                format!("has text in column {column}, which has no header"),
            )
            .arg("column", column);
            problem.column = Some(column.to_string());
            Some(problem)
        })
        .collect()
}

/// `path` read as detected and mapped as suggested, or every problem it has.
pub fn read_file(kind: ImportKind, path: &Path) -> Result<ImportRecords, ExchangeError> {
    let source = read_source(path, None)?;
    let mapping = suggest_mapping(kind, &source.headers);
    let parsed = read_records(kind, &source, &mapping);
    if parsed.problems.is_empty() {
        Ok(parsed.records)
    } else {
        Err(ExchangeError::Invalid {
            path: path.to_owned(),
            problems: parsed.problems,
        })
    }
}
