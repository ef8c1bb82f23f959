//! Moving a LAG: the whole database and its documents as one portable file (a zip with a
//! manifest, a copy made with SQLite's backup API, and the documents), and taking such a file
//! in. Taking it in merges record by record by id, in one transaction after a backup: a record
//! whose id is here already stays as it is here and is counted, never doubled; the archive's
//! history comes along; a record that clashes with another one here (the same code under
//! another id) refuses the whole file and changes nothing.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use lagdesk_domain::{
    ArchiveCount, ArchiveImport, BackupReason, FieldProblem, Invalid, ARCHIVE_FORMAT,
};
use rusqlite::ErrorCode;
use serde::{Deserialize, Serialize};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::backup::write_copy;
use crate::error::{Result, StoreError};
use crate::migrate::LATEST_VERSION;
use crate::{now, Store};

const MANIFEST: &str = "manifest.json";
const DATABASE: &str = "lagdesk.sqlite3";
const DOCUMENTS: &str = "documents/";

/// Bookkeeping of one laptop, not carried to another (the history is, separately).
const LOCAL: &[&str] = &["audit_log", "audit_batch", "audit_undo", "import_setup"];

#[derive(Serialize, Deserialize)]
struct Manifest {
    format: String,
    schema: i64,
    made_at: String,
    organisation: String,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_owned(),
        source,
    }
}

fn not_an_archive(path: &Path, why: impl std::fmt::Display) -> StoreError {
    StoreError::Invalid(Invalid(vec![FieldProblem::new(
        "file",
        "not-an-archive",
        format!("{} is not a LAG Desk archive ({why})", path.display()),
    )
    .arg("path", path.display())]))
}

/// A folder beside the database that is removed however the import ends.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Store {
    /// Writes the database and its documents to `target` as one file; an existing file is
    /// replaced only with `replace`. Returns how many documents went in.
    pub fn export_archive(&self, target: &Path, replace: bool) -> Result<usize> {
        if target.exists() && !replace {
            return Err(StoreError::Exists {
                path: target.to_owned(),
            });
        }
        let scratch = Scratch(target.with_extension("archive-partial"));
        std::fs::create_dir_all(&scratch.0).map_err(io(&scratch.0))?;
        let copy = scratch.0.join(DATABASE);
        write_copy(&self.conn, &copy)?;
        let zipped = scratch.0.join("archive.zip");
        let file = File::create(&zipped).map_err(io(&zipped))?;
        let mut zip = ZipWriter::new(file);
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        let zip_error = |e: zip::result::ZipError| StoreError::Io {
            path: target.to_owned(),
            source: std::io::Error::other(e),
        };
        let manifest = Manifest {
            format: ARCHIVE_FORMAT.into(),
            schema: LATEST_VERSION,
            made_at: now(),
            organisation: self.organisation()?.map(|o| o.name).unwrap_or_default(),
        };
        zip.start_file(MANIFEST, options).map_err(zip_error)?;
        let json = serde_json::to_vec_pretty(&manifest).unwrap_or_default();
        zip.write_all(&json).map_err(io(target))?;
        zip.start_file(DATABASE, options).map_err(zip_error)?;
        std::io::copy(&mut File::open(&copy).map_err(io(&copy))?, &mut zip).map_err(io(&copy))?;
        let stored: Vec<String> = self
            .conn
            .prepare("SELECT stored_name FROM document ORDER BY stored_name")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let folder = self.documents_folder();
        for name in &stored {
            let path = folder.join(name);
            zip.start_file(format!("{DOCUMENTS}{name}"), options)
                .map_err(zip_error)?;
            std::io::copy(&mut File::open(&path).map_err(io(&path))?, &mut zip)
                .map_err(io(&path))?;
        }
        let file = zip.finish().map_err(zip_error)?;
        file.sync_all().map_err(io(&zipped))?;
        drop(file);
        std::fs::rename(&zipped, target).map_err(io(target))?;
        Ok(stored.len())
    }

    /// Takes in the archive at `source`: every record whose id is not here yet, its history,
    /// and the documents not here yet. All of it, after a backup, or none of it.
    pub fn import_archive(&mut self, source: &Path) -> Result<ArchiveImport> {
        let file = File::open(source).map_err(io(source))?;
        let mut zip = ZipArchive::new(file).map_err(|e| not_an_archive(source, e))?;
        let manifest: Manifest = {
            let mut entry = zip
                .by_name(MANIFEST)
                .map_err(|_| not_an_archive(source, "it has no manifest"))?;
            let mut text = String::new();
            entry.read_to_string(&mut text).map_err(io(source))?;
            serde_json::from_str(&text).map_err(|e| not_an_archive(source, e))?
        };
        if manifest.format != ARCHIVE_FORMAT {
            return Err(not_an_archive(source, "its manifest names another format"));
        }
        if manifest.schema > LATEST_VERSION {
            return Err(StoreError::NewerDatabase {
                path: source.to_owned(),
                found: manifest.schema,
                supported: LATEST_VERSION,
            });
        }
        let folder = self
            .path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let scratch = Scratch(folder.join(".archive-import"));
        let _ = std::fs::remove_dir_all(&scratch.0);
        std::fs::create_dir_all(&scratch.0).map_err(io(&scratch.0))?;
        let copy = scratch.0.join(DATABASE);
        {
            let mut entry = zip
                .by_name(DATABASE)
                .map_err(|_| not_an_archive(source, "it has no database"))?;
            let mut out = File::create(&copy).map_err(io(&copy))?;
            std::io::copy(&mut entry, &mut out).map_err(io(&copy))?;
        }
        // Checked and brought up to this version's schema, as any database LAG Desk opens.
        drop(Store::open(&copy)?);
        self.back_up(BackupReason::Import)?;
        self.conn.execute(
            "ATTACH DATABASE ?1 AS archive",
            [copy.display().to_string()],
        )?;
        let merged = self.write(merge);
        self.conn.execute("DETACH DATABASE archive", [])?;
        let mut summary = merged?;
        let documents = self.documents_folder();
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).map_err(|e| not_an_archive(source, e))?;
            let entry_name = entry.name().map_err(|e| not_an_archive(source, e))?;
            let Some(name) = entry_name.strip_prefix(DOCUMENTS).map(str::to_owned) else {
                continue;
            };
            // Only plain file names: an entry never writes outside the documents folder.
            if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
                continue;
            }
            let target = documents.join(&name);
            if target.exists() {
                summary.documents_already_here += 1;
                continue;
            }
            std::fs::create_dir_all(&documents).map_err(io(&documents))?;
            let mut out = File::create(&target).map_err(io(&target))?;
            std::io::copy(&mut entry, &mut out).map_err(io(&target))?;
            summary.documents_added += 1;
        }
        Ok(summary)
    }
}

/// The archive's records that are not here, table by table; its history after them.
fn merge(tx: &rusqlite::Transaction<'_>) -> Result<ArchiveImport> {
    tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let tables: Vec<String> = tx
        .prepare(
            "SELECT name FROM main.sqlite_master WHERE type = 'table'
             AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut summary = ArchiveImport::default();
    for table in tables.iter().filter(|t| !LOCAL.contains(&t.as_str())) {
        let columns: Vec<(String, i64)> = tx
            .prepare(&format!("PRAGMA main.table_info(\"{table}\")"))?
            .query_map([], |r| Ok((r.get(1)?, r.get(5)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let names: Vec<String> = columns.iter().map(|(n, _)| format!("\"{n}\"")).collect();
        let same: Vec<String> = columns
            .iter()
            .filter(|(_, pk)| *pk > 0)
            .map(|(n, _)| format!("m.\"{n}\" IS a.\"{n}\""))
            .collect();
        let here = format!(
            "EXISTS (SELECT 1 FROM main.\"{table}\" m WHERE {})",
            same.join(" AND ")
        );
        let already_here: i64 = tx.query_row(
            &format!("SELECT count(*) FROM archive.\"{table}\" a WHERE {here}"),
            [],
            |r| r.get(0),
        )?;
        let added = tx
            .execute(
                &format!(
                    "INSERT INTO main.\"{table}\" ({0}) SELECT {0} FROM archive.\"{table}\" a
                     WHERE NOT ({here})",
                    names.join(", ")
                ),
                [],
            )
            .map_err(|e| clash(table, e))?;
        let added = i64::try_from(added).unwrap_or(i64::MAX);
        if added + already_here > 0 {
            summary.counts.push(ArchiveCount {
                entity: table.clone(),
                added,
                already_here,
            });
        }
    }
    carry_history(tx)?;
    Ok(summary)
}

/// A constraint the archive's records break here (the same code under another id): named.
fn clash(table: &str, error: rusqlite::Error) -> StoreError {
    match error.sqlite_error_code() {
        Some(ErrorCode::ConstraintViolation) => {
            StoreError::Invalid(Invalid(vec![FieldProblem::new(
                "file",
                "archive-clash",
                format!(
                    "the archive's {table} records clash with this database's (the same code or \
                     number under another id): {error}; nothing was imported"
                ),
            )
            .arg("entity", table)]))
        }
        _ => error.into(),
    }
}

/// The archive's history entries that are not here, in their order. Their batches are made
/// negative: history from elsewhere is read here, never undone.
fn carry_history(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    let known: BTreeSet<(String, String, String, String)> = tx
        .prepare("SELECT at, entity, record_id, action FROM main.audit_log")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut read = tx.prepare(
        "SELECT batch, at, who, entity, record_id, key, action, changes FROM archive.audit_log
         ORDER BY id",
    )?;
    let mut rows = read.query([])?;
    while let Some(r) = rows.next()? {
        let batch: i64 = r.get(0)?;
        let at: String = r.get(1)?;
        let entity: String = r.get(3)?;
        let record_id: String = r.get(4)?;
        let action: String = r.get(6)?;
        if known.contains(&(
            at.clone(),
            entity.clone(),
            record_id.clone(),
            action.clone(),
        )) {
            continue;
        }
        tx.execute(
            "INSERT INTO main.audit_log (batch, at, who, entity, record_id, key, action, changes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            rusqlite::params![
                -batch.abs(),
                at,
                r.get::<_, String>(2)?,
                entity,
                record_id,
                r.get::<_, String>(5)?,
                action,
                r.get::<_, String>(7)?
            ],
        )?;
    }
    Ok(())
}
