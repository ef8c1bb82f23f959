//! Reading a strategy's financial plan from a spreadsheet.
//!
//! Columns: `priority_code, priority_title, measure_code, measure_title, kind, allocation`, and
//! optionally `planned_projects, max_intensity, max_grant` and one `allocation_<YEAR>` column per
//! year (`allocation_2024`, ...) that spreads the allocation over years. Every problem in the file is
//! reported at once with its row and column; rows come back only when there is none.

use std::collections::HashMap;

use lagdesk_domain::import::PlanImport;
use lagdesk_domain::{MeasureInput, MeasureKind, PlanEntry, PriorityInput, YearAllocation};

use crate::cells::RowReader;

/// The plan's columns, as LAG Desk's export writes them; year columns follow.
pub(crate) const PLAN_COLUMNS: [&str; 9] = [
    "priority_code",
    "priority_title",
    "measure_code",
    "measure_title",
    "kind",
    "allocation",
    "planned_projects",
    "max_intensity",
    "max_grant",
];

pub(crate) fn parse_plan(r: &mut RowReader<'_>) -> Vec<PlanImport> {
    let mut entries = Vec::new();
    let mut measure_rows: HashMap<String, usize> = HashMap::new();
    let mut priority_titles: HashMap<String, (String, usize)> = HashMap::new();
    let table = r.table;
    for (row, cells) in &table.rows {
        let row = *row;
        let Some(entry) = r.entry(row, cells) else {
            continue;
        };
        let code = entry.measure.code.clone();
        if let Some(first) = measure_rows.insert(code.clone(), row) {
            let problem = r
                .at(
                    row,
                    "measure_code",
                    "used-in-row",
                    format!("'{code}' is already used in row {first}"),
                )
                .arg("value", &code)
                .arg("first", first);
            r.push(problem);
        }
        if let Some(priority) = &entry.priority {
            match priority_titles.get(&priority.code) {
                Some((title, first)) if !priority.title.is_empty() && *title != priority.title => {
                    let problem = r
                        .at(
                            row,
                            "priority_title",
                            "priority-differs",
                            format!(
                                "priority '{}' is titled '{title}' in row {first}",
                                priority.code
                            ),
                        )
                        .arg("priority", &priority.code)
                        .arg("first", first);
                    r.push(problem);
                }
                Some(_) => {}
                None if priority.title.is_empty() => {
                    r.problem(row, "priority_title", "required", "is required".into())
                }
                None => {
                    priority_titles.insert(priority.code.clone(), (priority.title.clone(), row));
                }
            }
        }
        entries.push(PlanImport { row, entry });
    }
    for PlanImport { entry, .. } in &mut entries {
        if let Some(priority) = &mut entry.priority {
            if let Some((title, _)) = priority_titles.get(&priority.code) {
                priority.title.clone_from(title);
            }
        }
    }
    entries
}

impl RowReader<'_> {
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
                let problem = self
                    .at(
                        row,
                        "kind",
                        "unknown-value",
                        format!("'{kind_text}' is not a kind (use project, cooperation, running or animation)"),
                    )
                    .arg("value", &kind_text);
                self.push(problem);
                MeasureKind::Project
            })
        };
        let allocation = self.required_money(row, cells, "allocation");
        let planned_projects = self.whole_number(row, cells, "planned_projects");
        let max_intensity = self.percent(row, cells, "max_intensity");
        let max_grant = self.money(row, cells, "max_grant");
        let yearly = self.yearly(row, cells);
        if !kind.is_running_cost() && priority_code.is_empty() {
            self.problem(
                row,
                "priority_code",
                "priority-required",
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
            allocation,
            planned_projects,
            max_intensity,
            max_grant,
            yearly,
        };
        if self.problems.len() == problems_before {
            if let Err(invalid) = measure.validate() {
                for p in invalid.0 {
                    let mut problem = self.at(row, column_of(&p.field), &p.code, p.message);
                    problem.args = p.args;
                    self.push(problem);
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

    /// The amounts in the `allocation_<YEAR>` columns; empty cells are years without money.
    fn yearly(&mut self, row: usize, cells: &[String]) -> Vec<YearAllocation> {
        let mut years: Vec<(String, i32)> = self
            .table
            .keys()
            .filter_map(|k| Some((k.to_owned(), year_column(k)?)))
            .collect();
        years.sort_by_key(|(_, year)| *year);
        years
            .into_iter()
            .filter_map(|(column, year)| {
                let amount = self.money(row, cells, &column)?;
                Some(YearAllocation { year, amount })
            })
            .collect()
    }
}

/// `2024` for the column `allocation_2024`.
fn year_column(header: &str) -> Option<i32> {
    let year = header.strip_prefix("allocation_")?;
    (year.len() == 4).then(|| year.parse().ok()).flatten()
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
        "yearly" => "allocation",
        other => other,
    }
}
