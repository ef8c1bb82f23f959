//! The exchange crate's one error type. A problem in a file names its row (as a spreadsheet
//! numbers it: the header is row 1) and its column.

use std::fmt;
use std::path::PathBuf;

/// One problem at one place of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    pub row: Option<usize>,
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.row, &self.column) {
            (Some(row), Some(column)) => write!(f, "row {row}, column {column}: {}", self.message),
            (Some(row), None) => write!(f, "row {row}: {}", self.message),
            (None, Some(column)) => write!(f, "column {column}: {}", self.message),
            (None, None) => f.write_str(&self.message),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("{}: {}", path.display(), problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  "))]
    Invalid {
        path: PathBuf,
        problems: Vec<FileProblem>,
    },
    #[error("cannot read or write {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {}: {message}", path.display())]
    Write { path: PathBuf, message: String },
}

impl ExchangeError {
    pub(crate) fn invalid(path: &std::path::Path, problem: FileProblem) -> Self {
        ExchangeError::Invalid {
            path: path.to_owned(),
            problems: vec![problem],
        }
    }
}
