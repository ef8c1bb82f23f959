//! Reading typed values out of a table's text cells, row by row, in the file's number and date
//! formats, collecting every problem with its row and column instead of stopping at the first,
//! so a user fixes a file in one pass.

use lagdesk_domain::{Bp, DateFormat, ImportProblem, Money, ReadSettings};

use crate::labels::code_for;
use crate::table::Table;

pub(crate) struct RowReader<'t> {
    pub table: &'t Table,
    settings: ReadSettings,
    pub problems: Vec<ImportProblem>,
}

impl<'t> RowReader<'t> {
    pub fn new(table: &'t Table, settings: ReadSettings) -> Self {
        RowReader {
            table,
            settings,
            problems: Vec::new(),
        }
    }

    /// A problem at `row` in the column that gives `key`.
    pub fn at(&self, row: usize, key: &str, code: &str, message: String) -> ImportProblem {
        let mut problem = ImportProblem::new(Some(row), Some(key), code, message);
        problem.column = self.table.header(key).map(str::to_owned);
        problem
    }

    pub fn push(&mut self, problem: ImportProblem) {
        self.problems.push(problem);
    }

    pub fn problem(&mut self, row: usize, key: &str, code: &str, message: String) {
        let problem = self.at(row, key, code, message);
        self.push(problem);
    }

    pub fn text(&self, cells: &[String], key: &str) -> String {
        self.table
            .column(key)
            .and_then(|i| cells.get(i))
            .map(|c| c.trim().to_owned())
            .unwrap_or_default()
    }

    pub fn required(&mut self, row: usize, cells: &[String], key: &str) -> String {
        let value = self.text(cells, key);
        if value.is_empty() {
            self.problem(row, key, "required", "is required".into());
        }
        value
    }

    /// The code among `codes` the cell names, by code or by its label in any language; `None`
    /// for an empty cell. An unknown value is a problem that says what it should be (`noun`)
    /// and lists the codes.
    pub fn choice<'c>(
        &mut self,
        (row, cells, key): (usize, &[String], &str),
        (noun, label_prefix): (&str, &str),
        codes: &[&'c str],
    ) -> Option<&'c str> {
        let text = self.text(cells, key);
        if text.is_empty() {
            return None;
        }
        let found = code_for(label_prefix, &text, codes);
        if found.is_none() {
            let problem = self
                .at(
                    row,
                    key,
                    "unknown-value",
                    format!("'{text}' is not {noun} ({})", codes.join(", ")),
                )
                .arg("value", &text);
            self.push(problem);
        }
        found
    }

    /// An optional amount in the file's number format; negative amounts are refused.
    pub fn money(&mut self, row: usize, cells: &[String], key: &str) -> Option<Money> {
        let text = self.text(cells, key);
        if text.is_empty() {
            return None;
        }
        let parsed = self.settings.number_format.amount(&text);
        match parsed {
            Ok(m) if m.0 < 0 => {
                self.problem(row, key, "negative", format!("'{text}' is negative"));
                None
            }
            Ok(m) => Some(m),
            Err(e) => {
                self.problem(row, key, e.code(), e.to_string());
                None
            }
        }
    }

    pub fn required_money(&mut self, row: usize, cells: &[String], key: &str) -> Money {
        if self.text(cells, key).is_empty() {
            self.problem(row, key, "required", "is required".into());
        }
        self.money(row, cells, key).unwrap_or_default()
    }

    pub fn percent(&mut self, row: usize, cells: &[String], key: &str) -> Option<Bp> {
        let text = self.text(cells, key);
        if text.is_empty() {
            return None;
        }
        let parsed = Bp::parse_percent(&text);
        if parsed.is_none() {
            self.problem(
                row,
                key,
                "not-a-percent",
                format!("'{text}' is not a percentage"),
            );
        }
        parsed
    }

    pub fn whole_number(&mut self, row: usize, cells: &[String], key: &str) -> Option<i64> {
        let text = self.text(cells, key);
        if text.is_empty() {
            return None;
        }
        match text.parse::<i64>() {
            Ok(n) if n >= 0 => Some(n),
            _ => {
                self.problem(
                    row,
                    key,
                    "not-a-whole-number",
                    format!("'{text}' is not a whole number"),
                );
                None
            }
        }
    }

    /// An optional date in the file's date format (or ISO), as ISO text.
    pub fn date(&mut self, row: usize, cells: &[String], key: &str) -> Option<String> {
        let text = self.text(cells, key);
        if text.is_empty() {
            return None;
        }
        let format = self.settings.date_format;
        match format.parse(&text) {
            Some(date) => Some(date.format("%Y-%m-%d").to_string()),
            None => {
                let example = example_date(format);
                let problem = self
                    .at(
                        row,
                        key,
                        "not-a-date",
                        format!("'{text}' is not a date (write it as {example})"),
                    )
                    .arg("value", &text)
                    .arg("example", example);
                self.push(problem);
                None
            }
        }
    }

    pub fn required_date(&mut self, row: usize, cells: &[String], key: &str) -> String {
        if self.text(cells, key).is_empty() {
            self.problem(row, key, "required", "is required".into());
        }
        self.date(row, cells, key).unwrap_or_default()
    }

    /// `end` must not be before `start` (both ISO); a problem at `key` otherwise.
    pub fn not_before(&mut self, row: usize, key: &str, end: &str, start: &str) {
        if !end.is_empty() && !start.is_empty() && end < start {
            let problem = self
                .at(
                    row,
                    key,
                    "ends-before-start",
                    format!("{end} is before {start}"),
                )
                .arg("start", start);
            self.push(problem);
        }
    }
}

/// The last day of May 2024 as `format` writes it: the example a problem gives.
fn example_date(format: DateFormat) -> &'static str {
    match format {
        DateFormat::Iso => "2024-05-31",
        DateFormat::DayMonthYear => "31.05.2024",
        DateFormat::YearMonthDay => "2024.05.31",
        DateFormat::DaySlashMonth => "31/05/2024",
        DateFormat::MonthSlashDay => "05/31/2024",
    }
}
