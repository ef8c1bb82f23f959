//! `backup`, `backups`, `restore` and `check`: the same copies, restore and integrity check as
//! the window's backups screen. A restore always says how to undo it.

use std::path::Path;

use lagdesk_domain::BackupReason;
use lagdesk_store::{replace_damaged, Store, StoreError};

use crate::error::CliError;

pub fn back_up(store: &Store, out: Option<&Path>, replace: bool) -> Result<(), CliError> {
    match out {
        Some(target) => {
            store.back_up_to(target, replace)?;
            println!("Wrote a copy of the database to {}", target.display());
        }
        None => {
            let copy = store.back_up(BackupReason::Manual)?;
            println!("Wrote a copy of the database to {}", copy.path);
        }
    }
    Ok(())
}

pub fn list(store: &Store) -> Result<(), CliError> {
    let copies = store.backups()?;
    if copies.is_empty() {
        println!("No backups yet in {}", store.backup_dir().display());
    }
    for copy in copies {
        println!(
            "{}  {:<9}  {:>7} KB  {}",
            copy.made_at.replace('T', " "),
            copy.reason.code(),
            copy.size.div_ceil(1024),
            copy.path
        );
    }
    Ok(())
}

/// Restores `file` over the database at `db`; a damaged database is moved aside instead.
pub fn restore(db: &Path, file: &Path) -> Result<(), CliError> {
    match Store::open(db) {
        Ok(mut store) => {
            let safety = store.restore_from(file)?;
            println!("Restored {}", file.display());
            println!(
                "The database as it was is kept in {0}; `lagdesk-cli restore {0}` undoes this.",
                safety.path
            );
        }
        Err(StoreError::Damaged { .. }) => {
            let (_, kept) = replace_damaged(db, file)?;
            println!("Restored {}", file.display());
            println!(
                "The damaged database is kept, unchanged, in {}",
                kept.display()
            );
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

pub fn check(store: &Store) -> Result<(), CliError> {
    let report = store.check()?;
    if report.is_sound() {
        println!(
            "{}: sound (every page, index and reference checked)",
            store.path().display()
        );
        return Ok(());
    }
    Err(CliError::Damaged(report.problems.join("\n")))
}
