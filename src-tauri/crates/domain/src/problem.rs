//! What is wrong with a piece of input, said so that every shell can show it next to the right
//! field: a stable `code` the UI translates (Fluent id `problem-<code>`), its arguments, the
//! field (or `row N, column C` for files) and an English message for the CLI and logs.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One problem with one field of an input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FieldProblem {
    /// The input field, as the UI names it (`code`, `fundingSources.1.share`, ...).
    pub field: String,
    /// Stable identifier of the problem, e.g. `required` or `shares-not-100`.
    pub code: String,
    /// Values the translated message needs (`{ "min": "2000" }`).
    pub args: BTreeMap<String, String>,
    /// The message in English.
    pub message: String,
    /// A warning the user may confirm (and then save anyway) rather than an error.
    pub warning: bool,
}

impl FieldProblem {
    pub fn new(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code: code.to_owned(),
            args: BTreeMap::new(),
            message: message.into(),
            warning: false,
        }
    }

    /// The same problem as a warning the user may confirm.
    pub fn into_warning(self) -> Self {
        Self {
            warning: true,
            ..self
        }
    }

    pub fn arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }
}

impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Input that breaks one or more rules. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct Invalid(pub Vec<FieldProblem>);

impl Invalid {
    /// The same problems with each field naming the record it belongs to (`measure M1, yearly`),
    /// for inputs that write many records at once.
    pub fn about(mut self, record: &str) -> Invalid {
        for problem in &mut self.0 {
            problem.field = format!("{record}, {}", problem.field);
        }
        self
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("; "))
    }
}

/// Collects problems while a validator walks an input.
#[derive(Debug, Default)]
pub struct Problems(Vec<FieldProblem>);

impl Problems {
    pub fn push(&mut self, problem: FieldProblem) {
        self.0.push(problem);
    }

    pub fn require(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(FieldProblem::new(field, "required", "is required"));
        }
    }

    pub fn into_result(self) -> Result<(), Invalid> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Invalid(self.0))
        }
    }
}

impl Problems {
    /// Reads an ISO date (`YYYY-MM-DD`), naming the field when it is not one.
    pub fn date(&mut self, field: &str, text: &str) -> Option<chrono::NaiveDate> {
        let parsed = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
        if parsed.is_none() {
            self.push(
                FieldProblem::new(
                    field,
                    "not-a-date",
                    format!("'{}' is not a date (YYYY-MM-DD)", text.trim()),
                )
                .arg("value", text.trim()),
            );
        }
        parsed
    }

    /// Reads a local date and time (`YYYY-MM-DDTHH:MM`), naming the field when it is not one.
    pub fn date_time(&mut self, field: &str, text: &str) -> Option<chrono::NaiveDateTime> {
        let parsed = chrono::NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M").ok();
        if parsed.is_none() {
            self.push(
                FieldProblem::new(
                    field,
                    "not-a-date-time",
                    format!(
                        "'{}' is not a date and time (YYYY-MM-DDTHH:MM)",
                        text.trim()
                    ),
                )
                .arg("value", text.trim()),
            );
        }
        parsed
    }
}
