//! Numbered schema migrations, embedded in the binary and applied in one transaction.
//!
//! `PRAGMA user_version` holds the number of migrations applied; `PRAGMA application_id` marks
//! the file as LAG Desk's so that other SQLite files are never mistaken for ours.

use rusqlite::Connection;

use crate::error::Result;

/// "LAGD" in ASCII.
pub const APPLICATION_ID: i64 = 0x4C41_4744;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_strategy.sql"),
    include_str!("migrations/0002_calls_projects.sql"),
    include_str!("migrations/0003_indicators.sql"),
];

/// The schema version this binary writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to `LATEST_VERSION`; all of it or none of it.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current >= LATEST_VERSION {
        return Ok(());
    }
    let tx = conn.transaction()?;
    for sql in MIGRATIONS
        .iter()
        .skip(usize::try_from(current).unwrap_or(0))
    {
        tx.execute_batch(sql)?;
    }
    tx.execute_batch(&format!(
        "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {LATEST_VERSION};"
    ))?;
    tx.commit()?;
    Ok(())
}
