//! Backups, restore and the integrity check. Copies are made with SQLite's online backup API
//! (a consistent snapshot even while the app writes, never a file copy) into `backups/` beside
//! the database, written under a temporary name and renamed, then thinned by the domain's
//! policy. A restore first checks the copy, keeps the current database as a safety copy (so the
//! restore can be undone) and replaces the content in one step, then upgrades it if it is older.

use std::path::{Path, PathBuf};

use chrono::{Local, NaiveDateTime};
use lagdesk_domain::backup::{backup_file_name, backups_to_remove, parse_backup_file_name};
use lagdesk_domain::{Backup, BackupReason, IntegrityReport};
use rusqlite::backup::{Backup as SqliteBackup, StepResult};
use rusqlite::{Connection, OpenFlags};

use crate::error::{Result, StoreError};
use crate::{migrate, open, Store};

const BACKUP_DIR: &str = "backups";

/// The folder of automatic copies of the database at `db`.
pub fn backup_dir_for(db: &Path) -> PathBuf {
    db.parent()
        .map_or_else(|| PathBuf::from(BACKUP_DIR), |p| p.join(BACKUP_DIR))
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_owned(),
        source,
    }
}

/// Copies everything `from` holds into `to`, in one step so that a failure changes nothing.
fn copy_database(from: &Connection, to: &mut Connection) -> Result<()> {
    let backup = SqliteBackup::new(from, to)?;
    loop {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            // Another connection holds a lock for a moment: try again.
            StepResult::Busy | StepResult::Locked => {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            // More pages to go (or a state a newer SQLite adds): step again.
            _ => {}
        }
    }
}

/// Writes a copy of `conn`'s database to `target` through a temporary file, so `target` is
/// either the whole copy or absent.
pub(crate) fn write_copy(conn: &Connection, target: &Path) -> Result<()> {
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    let mut partial = target.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let _ = std::fs::remove_file(&partial);
    let written = (|| -> Result<()> {
        let mut dest = Connection::open(&partial)?;
        copy_database(conn, &mut dest)?;
        dest.close().map_err(|(_, e)| StoreError::Sqlite(e))?;
        std::fs::File::open(&partial)
            .and_then(|f| f.sync_all())
            .map_err(io(&partial))?;
        std::fs::rename(&partial, target).map_err(io(target))
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written
}

/// The copies in `dir` with when each was made, newest first; other files are ignored.
fn scan(dir: &Path) -> Result<Vec<(NaiveDateTime, Backup)>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io(dir)(e)),
    };
    let mut found: Vec<(NaiveDateTime, Backup)> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let (made_at, reason) = parse_backup_file_name(&name)?;
            let size = entry.metadata().ok()?.len();
            Some((
                made_at,
                Backup {
                    path: entry.path().display().to_string(),
                    made_at: made_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
                    reason,
                    size,
                },
            ))
        })
        .collect();
    found.sort_by_key(|(made_at, _)| std::cmp::Reverse(*made_at));
    Ok(found)
}

/// The copies in `dir`, newest first; other files are ignored.
pub fn list_backups(dir: &Path) -> Result<Vec<Backup>> {
    Ok(scan(dir)?.into_iter().map(|(_, b)| b).collect())
}

/// Deletes the copies the policy no longer keeps.
fn thin(dir: &Path) -> Result<()> {
    let copies = scan(dir)?;
    let stamps: Vec<(NaiveDateTime, BackupReason)> =
        copies.iter().map(|(at, b)| (*at, b.reason)).collect();
    for i in backups_to_remove(&stamps) {
        let path = Path::new(&copies[i].1.path);
        std::fs::remove_file(path).map_err(io(path))?;
    }
    Ok(())
}

/// Makes a copy of `conn`'s database in `dir` for `reason` and thins the folder.
pub(crate) fn back_up_into(conn: &Connection, dir: &Path, reason: BackupReason) -> Result<Backup> {
    let made_at = Local::now().naive_local();
    let target = dir.join(backup_file_name(made_at, reason));
    write_copy(conn, &target)?;
    thin(dir)?;
    let size = std::fs::metadata(&target).map_err(io(&target))?.len();
    Ok(Backup {
        path: target.display().to_string(),
        made_at: made_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
        reason,
        size,
    })
}

/// What `PRAGMA integrity_check` and `foreign_key_check` find in `conn`'s database.
pub(crate) fn integrity(conn: &Connection) -> Result<IntegrityReport> {
    let mut problems: Vec<String> = conn
        .prepare("PRAGMA integrity_check")?
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|line| line != "ok")
        .collect();
    let orphans = conn
        .prepare("PRAGMA foreign_key_check")?
        .query_map([], |r| {
            Ok(format!(
                "{} row {} refers to a missing {}",
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                r.get::<_, String>(2)?
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    problems.extend(orphans);
    Ok(IntegrityReport { problems })
}

impl Store {
    /// Where this database's automatic copies go: `backups/` beside it.
    pub fn backup_dir(&self) -> PathBuf {
        backup_dir_for(&self.path)
    }

    /// Makes a copy in the backups folder and thins the older ones.
    pub fn back_up(&self, reason: BackupReason) -> Result<Backup> {
        back_up_into(&self.conn, &self.backup_dir(), reason)
    }

    /// Writes a copy to `target` (a USB stick, another folder); an existing file is replaced
    /// only with `replace`.
    pub fn back_up_to(&self, target: &Path, replace: bool) -> Result<()> {
        if target.exists() && !replace {
            return Err(StoreError::Exists {
                path: target.to_owned(),
            });
        }
        write_copy(&self.conn, target)
    }

    /// The copies in the backups folder, newest first.
    pub fn backups(&self) -> Result<Vec<Backup>> {
        list_backups(&self.backup_dir())
    }

    /// The full check: every page and index, and every reference between records.
    pub fn check(&self) -> Result<IntegrityReport> {
        integrity(&self.conn)
    }

    /// Replaces the database's content with the copy at `source`, after checking it, and returns
    /// the safety copy of what was there, which restoring undoes this. A copy that is damaged,
    /// not LAG Desk's or from a newer version is refused and nothing changes.
    pub fn restore_from(&mut self, source: &Path) -> Result<Backup> {
        let from = open_copy(source)?;
        let safety = self.back_up(BackupReason::Restore)?;
        copy_database(&from, &mut self.conn)?;
        migrate::migrate(&mut self.conn)?;
        Ok(safety)
    }
}

/// Opens a copy read-only, refusing one that is not a sound LAG Desk database this version reads.
fn open_copy(source: &Path) -> Result<Connection> {
    // No version means no LAG Desk database: a missing or empty file, or an empty SQLite one.
    if open::vet_existing(source)?.is_none() {
        return Err(StoreError::NotLagDesk {
            path: source.to_owned(),
        });
    }
    let conn = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let report = integrity(&conn)?;
    if !report.is_sound() {
        return Err(StoreError::Damaged {
            path: source.to_owned(),
            detail: report.problems.join("; "),
        });
    }
    Ok(conn)
}

/// For a database that cannot be opened because it is damaged: keeps the damaged file (with its
/// `-wal` and `-shm`) beside it under a new name, creates the database at `path` from the copy
/// at `source` and opens it. Returns the store and where the damaged file now is. Nothing is
/// moved when the copy itself is refused.
pub fn replace_damaged(path: &Path, source: &Path) -> Result<(Store, PathBuf)> {
    let from = open_copy(source)?;
    let stamp = Local::now().format("%Y%m%d-%H%M%S");
    let mut kept = path.as_os_str().to_owned();
    kept.push(format!(".damaged-{stamp}"));
    let kept = PathBuf::from(kept);
    // The journal files go along: a stale `-wal` beside the new file would be replayed into it.
    for suffix in ["-wal", "-shm", ""] {
        let mut from_name = path.as_os_str().to_owned();
        from_name.push(suffix);
        let from_name = PathBuf::from(from_name);
        if from_name.exists() {
            let mut to_name = kept.as_os_str().to_owned();
            to_name.push(suffix);
            std::fs::rename(&from_name, PathBuf::from(to_name)).map_err(io(&from_name))?;
        }
    }
    write_copy(&from, path)?;
    Ok((Store::open(path)?, kept))
}
