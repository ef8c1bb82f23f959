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
}

impl FieldProblem {
    pub fn new(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code: code.to_owned(),
            args: BTreeMap::new(),
            message: message.into(),
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
