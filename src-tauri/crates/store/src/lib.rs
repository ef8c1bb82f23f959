//! LAG Desk's SQLite store: the only crate that knows rusqlite.
//!
//! A [`Store`] owns one connection to one database file. Reads go straight to the connection;
//! every write goes through [`Store::write`], one immediate transaction, so bad input or a
//! failure half-way changes nothing. Sums of money are computed in SQL.

mod applicants;
mod archive;
mod audit;
mod backup;
mod calls;
mod closed;
mod cooperation;
mod dashboard;
pub mod demo;
mod documents;
mod error;
mod events;
mod history;
mod import;
mod import_setup;
mod indicators;
mod meetings;
mod members;
mod migrate;
mod open;
mod plan;
mod profile;
mod projects;
mod rows;
mod selection;
mod splits;
mod strategy;
mod structure;
mod undo;

use std::path::{Path, PathBuf};

use lagdesk_domain::BackupReason;
use rusqlite::{Connection, Transaction, TransactionBehavior};

pub use backup::{backup_dir_for, list_backups, replace_damaged};
pub use error::{Result, StoreError};
pub use import::{Progress, Staged};
pub use migrate::LATEST_VERSION;
pub use open::{resolve_db_path, APP_IDENTIFIER, DB_ENV};
pub use plan::MoneyViewSql;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Committed writes since the store was opened, so a shell can tell whether anything
    /// changed since its last backup.
    writes: u64,
}

impl Store {
    /// Opens the database at `path`, creating and migrating it as needed. A file that is not a
    /// LAG Desk database, or one written by a newer version, is refused untouched.
    pub fn open(path: &Path) -> Result<Store> {
        let version = open::vet_existing(path)?;
        if version.is_some_and(|v| v < LATEST_VERSION) {
            // The upgrade rewrites the schema: keep the file as it was first.
            let old =
                Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            backup::back_up_into(&old, &backup_dir_for(path), BackupReason::Migration)?;
        }
        let mut conn = open::connect(path)?;
        migrate::migrate(&mut conn)?;
        Ok(Store {
            conn,
            path: path.to_owned(),
            writes: 0,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many writes were committed since the store was opened.
    pub fn writes(&self) -> u64 {
        self.writes
    }

    /// Runs `f` in one immediate transaction: committed when it returns `Ok`, rolled back otherwise.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        audit::next_batch(&tx)?;
        let value = f(&tx)?;
        tx.commit()?;
        self.writes += 1;
        Ok(value)
    }

    /// True while the database holds no strategy: the window then offers the first-start screen.
    pub fn is_empty(&self) -> Result<bool> {
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM strategy", [], |r| r.get(0))?;
        Ok(count == 0)
    }
}

/// Now, as stored in `created_at` / `updated_at`.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

pub(crate) fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_connection_enforces_foreign_keys_and_full_sync() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("t.sqlite3")).unwrap();
        let pragma = |name: &str| {
            store
                .conn
                .query_row(&format!("PRAGMA {name}"), [], |r| r.get::<_, i64>(0))
                .unwrap()
        };
        assert_eq!(pragma("foreign_keys"), 1);
        // 2 = FULL: a committed write is on disk before the commit returns.
        assert_eq!(pragma("synchronous"), 2);
    }

    #[test]
    fn a_failed_write_is_rolled_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("t.sqlite3")).unwrap();
        let result: Result<()> = store.write(|tx| {
            tx.execute(
                "INSERT INTO setting (key, value) VALUES ('language', 'lt')",
                [],
            )?;
            Err(StoreError::NotFound {
                entity: "strategy",
                id: "x".into(),
            })
        });
        assert!(result.is_err());
        assert_eq!(
            store.settings().unwrap().language,
            lagdesk_domain::Locale::En
        );
    }
}
