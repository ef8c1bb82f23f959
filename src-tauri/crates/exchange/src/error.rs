//! The exchange crate's one error type. A problem in a file names its row (as a spreadsheet
//! numbers it: the header is row 1) and its column.

use std::path::PathBuf;

use lagdesk_domain::ImportProblem;

#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("{}: {}", path.display(), problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  "))]
    Invalid {
        path: PathBuf,
        problems: Vec<ImportProblem>,
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
    pub(crate) fn invalid(path: &std::path::Path, problem: ImportProblem) -> Self {
        ExchangeError::Invalid {
            path: path.to_owned(),
            problems: vec![problem],
        }
    }
}
