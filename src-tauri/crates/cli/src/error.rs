//! The CLI's error: which exit code a failure gets.

use lagdesk_exchange::ExchangeError;
use lagdesk_report::ReportError;
use lagdesk_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// An argument that clap accepted but the domain does not.
    #[error("{0}")]
    Input(String),
    /// What the integrity check found, one problem a line.
    #[error("the database has problems:\n{0}")]
    Damaged(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Exchange(#[from] ExchangeError),
    #[error(transparent)]
    Report(#[from] ReportError),
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        let user_input = match self {
            CliError::Input(_) => true,
            CliError::Damaged(_) => false,
            CliError::Store(e) => e.is_user_input(),
            CliError::Exchange(e) => matches!(e, ExchangeError::Invalid { .. }),
            CliError::Report(e) => matches!(e, ReportError::Exists { .. }),
        };
        if user_input {
            2
        } else {
            1
        }
    }
}
