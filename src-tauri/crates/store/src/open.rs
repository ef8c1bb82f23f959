//! Finding, vetting and opening the database file.
//!
//! A file is looked at read-only before anything writes to it: a file that is not a LAG Desk
//! database, or one written by a newer version, is refused and left byte-for-byte as it was.
//! Only then is it opened for writing, with WAL, foreign keys and `synchronous=FULL` (an
//! acknowledged write survives a power cut), and migrated.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::error::{Result, StoreError};
use crate::migrate::{APPLICATION_ID, LATEST_VERSION};

/// The app's identifier; its data folder is named after it on every OS.
pub const APP_IDENTIFIER: &str = "eu.lagdesk.desk";
/// Points the app and the CLI at another database.
pub const DB_ENV: &str = "LAGDESK_DB";
const DB_FILE: &str = "lagdesk.sqlite3";

/// The database to use: `--db PATH`, else `LAGDESK_DB`, else the OS app-data folder
/// (`~/.local/share/eu.lagdesk.desk/lagdesk.sqlite3` on Linux).
pub fn resolve_db_path(explicit: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(path) = explicit {
        return Ok(path);
    }
    if let Some(path) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    let data = dirs::data_dir().ok_or_else(|| StoreError::Io {
        path: PathBuf::from("~"),
        source: std::io::Error::other("the OS reports no application data folder"),
    })?;
    Ok(data.join(APP_IDENTIFIER).join(DB_FILE))
}

/// Refuses a file that exists but is not a sound LAG Desk database this version can open.
/// Returns the schema version of an existing LAG Desk database, `None` for a new or empty file.
pub(crate) fn vet_existing(path: &Path) -> Result<Option<i64>> {
    let io = |source| StoreError::Io {
        path: path.to_owned(),
        source,
    };
    let len = match std::fs::metadata(path) {
        Ok(meta) => meta.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(e)),
    };
    if len == 0 {
        return Ok(None);
    }
    let mut header = [0u8; 16];
    let is_sqlite = File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .map(|()| &header == b"SQLite format 3\0")
        .unwrap_or(false);
    let not_ours = || StoreError::NotLagDesk {
        path: path.to_owned(),
    };
    if !is_sqlite {
        return Err(not_ours());
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|_| not_ours())?;
    let read = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
    let (app_id, version, objects) = match (
        read("PRAGMA application_id"),
        read("PRAGMA user_version"),
        read("SELECT count(*) FROM sqlite_master"),
    ) {
        (Ok(a), Ok(v), Ok(o)) => (a, v, o),
        _ => return Err(not_ours()),
    };
    if app_id == APPLICATION_ID {
        if version > LATEST_VERSION {
            return Err(StoreError::NewerDatabase {
                path: path.to_owned(),
                found: version,
                supported: LATEST_VERSION,
            });
        }
        // The quick check reads every page once; it does not compare indexes with tables.
        let verdict: String = conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
            .unwrap_or_else(|e| e.to_string());
        if verdict != "ok" {
            return Err(StoreError::Damaged {
                path: path.to_owned(),
                detail: verdict,
            });
        }
        return Ok(Some(version));
    }
    if app_id == 0 && objects == 0 {
        return Ok(None);
    }
    Err(not_ours())
}

/// Opens (creating when missing) and configures a connection; the file was vetted first.
pub(crate) fn connect(path: &Path) -> Result<Connection> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|source| StoreError::Io {
            path: parent.to_owned(),
            source,
        })?;
    }
    let conn = Connection::open(path)?;
    configure(&conn)?;
    Ok(conn)
}

pub(crate) fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // Room for the statements a row of an import runs, so none is parsed again per row.
    conn.set_prepared_statement_cache_capacity(64);
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
    // The journal of each imported row's savepoint stays in memory rather than in a file.
    conn.execute_batch(
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY;",
    )?;
    Ok(())
}
