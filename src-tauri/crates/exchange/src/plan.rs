//! Reading a strategy's financial plan from a spreadsheet.
//!
//! Columns: `priority_code, priority_title, measure_code, measure_title, kind, allocation`, and
//! optionally `planned_projects, max_intensity, max_grant`. Every problem in the file is
//! reported at once with its row and column; rows come back only when there is none.

use std::collections::HashMap;
use std::path::Path;

use lagdesk_domain::{Bp, MeasureInput, MeasureKind, Money, PlanEntry, PriorityInput};

use crate::error::{ExchangeError, FileProblem};
use crate::table::{read_table, Table};

const REQUIRED: [&str; 6] = [
    "priority_code",
    "priority_title",
    "measure_code",
    "measure_title",
    "kind",
    "allocation",
];

pub fn read_plan(path: &Path) -> Result<Vec<PlanEntry>, ExchangeError> {
    let table = read_table(path)?;
    let missing: Vec<FileProblem> = REQUIRED
        .iter()
        .filter(|c| table.column(c).is_none())
        .map(|c| FileProblem {
            row: Some(1),
            column: Some((*c).to_owned()),
            message: "this column is missing from the header row".into(),
        })
        .collect();
    if !missing.is_empty() {
        return Err(ExchangeError::Invalid {
            path: path.to_owned(),
            problems: missing,
        });
    }
    let mut reader = RowReader {
        table: &table,
        problems: Vec::new(),
    };
    let mut entries = Vec::new();
    let mut measure_rows: HashMap<String, usize> = HashMap::new();
    let mut priority_titles: HashMap<String, (String, usize)> = HashMap::new();
    for (row, cells) in &table.rows {
        let row = *row;
        let Some(entry) = reader.entry(row, cells) else {
            continue;
        };
        let code = entry.measure.code.clone();
        if let Some(first) = measure_rows.insert(code.clone(), row) {
            reader.problem(
                row,
                "measure_code",
                format!("'{code}' is already used in row {first}"),
            );
        }
        if let Some(priority) = &entry.priority {
            match priority_titles.get(&priority.code) {
                Some((title, first)) if !priority.title.is_empty() && *title != priority.title => {
                    reader.problem(
                        row,
                        "priority_title",
                        format!(
                            "priority '{}' is titled '{title}' in row {first}",
                            priority.code
                        ),
                    )
                }
                Some(_) => {}
                None if priority.title.is_empty() => {
                    reader.problem(row, "priority_title", "is required".into())
                }
                None => {
                    priority_titles.insert(priority.code.clone(), (priority.title.clone(), row));
                }
            }
        }
        entries.push(entry);
    }
    if !reader.problems.is_empty() {
        return Err(ExchangeError::Invalid {
            path: path.to_owned(),
            problems: reader.problems,
        });
    }
    for entry in &mut entries {
        if let Some(priority) = &mut entry.priority {
            if let Some((title, _)) = priority_titles.get(&priority.code) {
                priority.title.clone_from(title);
            }
        }
    }
    Ok(entries)
}

struct RowReader<'t> {
    table: &'t Table,
    problems: Vec<FileProblem>,
}

impl RowReader<'_> {
    fn problem(&mut self, row: usize, column: &str, message: String) {
        self.problems.push(FileProblem {
            row: Some(row),
            column: Some(column.to_owned()),
            message,
        });
    }

    fn text(&self, cells: &[String], column: &str) -> String {
        self.table
            .column(column)
            .and_then(|i| cells.get(i))
            .map(|c| c.trim().to_owned())
            .unwrap_or_default()
    }

    fn required(&mut self, row: usize, cells: &[String], column: &str) -> String {
        let value = self.text(cells, column);
        if value.is_empty() {
            self.problem(row, column, "is required".into());
        }
        value
    }

    fn money(&mut self, row: usize, cells: &[String], column: &str) -> Option<Money> {
        let text = self.text(cells, column);
        if text.is_empty() {
            return None;
        }
        match Money::parse(&text) {
            Ok(m) => Some(m),
            Err(e) => {
                self.problem(row, column, e.to_string());
                None
            }
        }
    }

    fn entry(&mut self, row: usize, cells: &[String]) -> Option<PlanEntry> {
        let problems_before = self.problems.len();
        let priority_code = self.text(cells, "priority_code");
        let priority_title = self.text(cells, "priority_title");
        let code = self.required(row, cells, "measure_code");
        let title = self.required(row, cells, "measure_title");
        let kind_text = self.text(cells, "kind").to_lowercase();
        let kind = if kind_text.is_empty() {
            MeasureKind::Project
        } else {
            MeasureKind::from_code(&kind_text).unwrap_or_else(|| {
                self.problem(
                    row,
                    "kind",
                    format!("'{kind_text}' is not a kind (use project, cooperation, running or animation)"),
                );
                MeasureKind::Project
            })
        };
        let allocation = self.money(row, cells, "allocation");
        if self.text(cells, "allocation").is_empty() {
            self.problem(row, "allocation", "is required".into());
        }
        let planned_text = self.text(cells, "planned_projects");
        let planned_projects = if planned_text.is_empty() {
            None
        } else {
            planned_text.parse::<i64>().map(Some).unwrap_or_else(|_| {
                self.problem(
                    row,
                    "planned_projects",
                    format!("'{planned_text}' is not a whole number"),
                );
                None
            })
        };
        let intensity_text = self.text(cells, "max_intensity");
        let max_intensity = if intensity_text.is_empty() {
            None
        } else {
            Bp::parse_percent(&intensity_text)
                .map(Some)
                .unwrap_or_else(|| {
                    self.problem(
                        row,
                        "max_intensity",
                        format!("'{intensity_text}' is not a percentage"),
                    );
                    None
                })
        };
        let max_grant = self.money(row, cells, "max_grant");
        if !kind.is_running_cost() && priority_code.is_empty() {
            self.problem(
                row,
                "priority_code",
                format!("is required for a {} measure", kind.code()),
            );
        }
        let measure = MeasureInput {
            // Stands in for the priority's id, which the store resolves from the code; here it
            // only tells the shared rules whether there is a priority.
            priority_id: (!priority_code.is_empty()).then(|| priority_code.clone()),
            code,
            title,
            kind,
            allocation: allocation.unwrap_or_default(),
            planned_projects,
            max_intensity,
            max_grant,
        };
        if self.problems.len() == problems_before {
            if let Err(invalid) = measure.validate() {
                for p in invalid.0 {
                    self.problem(row, column_of(&p.field), p.message);
                }
            }
        }
        if self.problems.len() > problems_before {
            return None;
        }
        let priority = (!priority_code.is_empty()).then_some(PriorityInput {
            code: priority_code,
            title: priority_title,
        });
        Some(PlanEntry {
            priority,
            measure: MeasureInput {
                priority_id: None,
                ..measure
            },
        })
    }
}

/// The file column that holds a `MeasureInput` field.
fn column_of(field: &str) -> &str {
    match field {
        "priorityId" => "priority_code",
        "code" => "measure_code",
        "title" => "measure_title",
        "plannedProjects" => "planned_projects",
        "maxIntensity" => "max_intensity",
        "maxGrant" => "max_grant",
        other => other,
    }
}
