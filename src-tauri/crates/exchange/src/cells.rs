//! Reading typed values out of a table's text cells, row by row, collecting every problem with
//! its row and column instead of stopping at the first, so a user fixes a file in one pass.

use std::path::Path;

use chrono::NaiveDate;
use lagdesk_domain::{Bp, Money};

use crate::error::{ExchangeError, FileProblem};
use crate::table::Table;

pub(crate) struct RowReader<'t> {
    pub table: &'t Table,
    pub problems: Vec<FileProblem>,
}

impl<'t> RowReader<'t> {
    /// A reader over `table`, or every required column the header lacks.
    pub fn new(path: &Path, table: &'t Table, required: &[&str]) -> Result<Self, ExchangeError> {
        let missing: Vec<FileProblem> = required
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
        Ok(RowReader {
            table,
            problems: Vec::new(),
        })
    }

    /// Every problem found, or none.
    pub fn finish(self, path: &Path) -> Result<(), ExchangeError> {
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(ExchangeError::Invalid {
                path: path.to_owned(),
                problems: self.problems,
            })
        }
    }

    pub fn problem(&mut self, row: usize, column: &str, message: String) {
        self.problems.push(FileProblem {
            row: Some(row),
            column: Some(column.to_owned()),
            message,
        });
    }

    pub fn text(&self, cells: &[String], column: &str) -> String {
        self.table
            .column(column)
            .and_then(|i| cells.get(i))
            .map(|c| c.trim().to_owned())
            .unwrap_or_default()
    }

    pub fn required(&mut self, row: usize, cells: &[String], column: &str) -> String {
        let value = self.text(cells, column);
        if value.is_empty() {
            self.problem(row, column, "is required".into());
        }
        value
    }

    /// An optional amount; negative amounts are refused.
    pub fn money(&mut self, row: usize, cells: &[String], column: &str) -> Option<Money> {
        let text = self.text(cells, column);
        if text.is_empty() {
            return None;
        }
        match Money::parse(&text) {
            Ok(m) if m.0 < 0 => {
                self.problem(row, column, format!("'{text}' is negative"));
                None
            }
            Ok(m) => Some(m),
            Err(e) => {
                self.problem(row, column, e.to_string());
                None
            }
        }
    }

    pub fn required_money(&mut self, row: usize, cells: &[String], column: &str) -> Money {
        if self.text(cells, column).is_empty() {
            self.problem(row, column, "is required".into());
        }
        self.money(row, cells, column).unwrap_or_default()
    }

    pub fn percent(&mut self, row: usize, cells: &[String], column: &str) -> Option<Bp> {
        let text = self.text(cells, column);
        if text.is_empty() {
            return None;
        }
        let parsed = Bp::parse_percent(&text);
        if parsed.is_none() {
            self.problem(row, column, format!("'{text}' is not a percentage"));
        }
        parsed
    }

    pub fn whole_number(&mut self, row: usize, cells: &[String], column: &str) -> Option<i64> {
        let text = self.text(cells, column);
        if text.is_empty() {
            return None;
        }
        match text.parse::<i64>() {
            Ok(n) if n >= 0 => Some(n),
            _ => {
                self.problem(row, column, format!("'{text}' is not a whole number"));
                None
            }
        }
    }

    /// An optional date written `YYYY-MM-DD` or `DD.MM.YYYY`, as ISO text.
    pub fn date(&mut self, row: usize, cells: &[String], column: &str) -> Option<String> {
        let text = self.text(cells, column);
        if text.is_empty() {
            return None;
        }
        let parsed = NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(text.trim_end_matches('.'), "%d.%m.%Y"));
        match parsed {
            Ok(date) => Some(date.format("%Y-%m-%d").to_string()),
            Err(_) => {
                self.problem(
                    row,
                    column,
                    format!("'{text}' is not a date (YYYY-MM-DD or DD.MM.YYYY)"),
                );
                None
            }
        }
    }

    pub fn required_date(&mut self, row: usize, cells: &[String], column: &str) -> String {
        if self.text(cells, column).is_empty() {
            self.problem(row, column, "is required".into());
        }
        self.date(row, cells, column).unwrap_or_default()
    }
}
