//! The one error type of the store. Every variant says what the user can do about it; the shells
//! turn it into an exit code (CLI) or the `{code, message, fields}` shape (IPC).

use std::path::PathBuf;

use lagdesk_domain::Invalid;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0}")]
    Invalid(#[from] Invalid),
    #[error("{entity} code '{code}' is already used")]
    DuplicateCode { entity: &'static str, code: String },
    #[error("{entity} '{id}' does not exist")]
    NotFound { entity: &'static str, id: String },
    #[error(
        "{entity} '{code}' still has {dependants} under it ({count}): move or delete them first"
    )]
    StillReferenced {
        entity: &'static str,
        code: String,
        count: i64,
        dependants: &'static str,
    },
    #[error(
        "{path} was written by a newer LAG Desk (database version {found}, this program knows \
         up to {supported}); update LAG Desk to open it. The file was not changed."
    )]
    NewerDatabase {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error(
        "{path} is damaged ({detail}); it was left untouched. Restore a backup to go on working."
    )]
    Damaged { path: PathBuf, detail: String },
    #[error("{path} is not a LAG Desk database; it was left untouched")]
    NotLagDesk { path: PathBuf },
    #[error("{path} already exists; choose another name or allow replacing it")]
    Exists { path: PathBuf },
    #[error("cannot use {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// A stable code for the UI and for exit codes: input the user can correct, or not.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Invalid(_) => "invalid",
            StoreError::DuplicateCode { .. } => "duplicate-code",
            StoreError::NotFound { .. } => "not-found",
            StoreError::StillReferenced { .. } => "still-referenced",
            StoreError::NewerDatabase { .. } => "database-newer",
            StoreError::NotLagDesk { .. } => "not-a-lagdesk-database",
            StoreError::Damaged { .. } => "database-damaged",
            StoreError::Exists { .. } => "file-exists",
            StoreError::Io { .. } => "io",
            StoreError::Sqlite(_) => "database",
        }
    }

    /// True when the user's input (not the machine) is at fault.
    pub fn is_user_input(&self) -> bool {
        matches!(
            self,
            StoreError::Invalid(_)
                | StoreError::DuplicateCode { .. }
                | StoreError::NotFound { .. }
                | StoreError::StillReferenced { .. }
                | StoreError::NotLagDesk { .. }
                | StoreError::Exists { .. }
        )
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
