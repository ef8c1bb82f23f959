//! Numbered schema migrations, embedded in the binary and applied in one transaction.
//!
//! `PRAGMA user_version` holds the number of migrations applied; `PRAGMA application_id` marks
//! the file as LAG Desk's so that other SQLite files are never mistaken for ours.

use rusqlite::{Connection, Transaction};

use crate::audit;
use crate::error::Result;
use crate::splits;

/// "LAGD" in ASCII.
pub const APPLICATION_ID: i64 = 0x4C41_4744;

/// One schema step: its SQL, then (rarely) Rust that fills what SQL cannot compute.
struct Migration {
    sql: &'static str,
    then: Option<fn(&Transaction<'_>) -> Result<()>>,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: include_str!("migrations/0001_strategy.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0002_calls_projects.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0003_indicators.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0004_money_breakdown.sql"),
        // The fund splits follow the domain's largest-remainder rule, which lives in Rust.
        then: Some(|tx| splits::resplit_projects(tx, None)),
    },
    Migration {
        sql: include_str!("migrations/0005_partnership.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0006_selection.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0007_events.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0008_logo.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0009_import_setup.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0010_closed_year.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0011_audit.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("migrations/0012_lookup_indexes.sql"),
        then: None,
    },
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
    for migration in MIGRATIONS
        .iter()
        .skip(usize::try_from(current).unwrap_or(0))
    {
        tx.execute_batch(migration.sql)?;
        if let Some(then) = migration.then {
            then(&tx)?;
        }
    }
    // The schema may have new tables or columns: the audit follows them.
    audit::install_triggers(&tx)?;
    tx.execute_batch(&format!(
        "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {LATEST_VERSION};"
    ))?;
    tx.commit()?;
    Ok(())
}
