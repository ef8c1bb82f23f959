//! Documents attached to meetings, events, projects, calls and cooperation projects. Attaching
//! copies the file into the `documents` folder beside the database, under a new name, so the
//! record keeps its document when the original is moved or deleted. The copy is made under a
//! temporary name and renamed into place before the row is written, so a failed copy leaves
//! neither a half file nor a row pointing at nothing.

use std::fs;
use std::path::{Path, PathBuf};

use lagdesk_domain::{Document, DocumentOwner, FieldProblem, Invalid};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{Result, StoreError};
use crate::rows::bad_text;
use crate::{new_id, now, Store};

const DOCUMENT_SELECT: &str = "SELECT id, owner, owner_id, file_name, size, added_at FROM document";

fn document(r: &Row<'_>) -> rusqlite::Result<Document> {
    let owner: String = r.get(1)?;
    Ok(Document {
        id: r.get(0)?,
        owner: DocumentOwner::from_code(&owner).ok_or_else(|| bad_text(1, &owner))?,
        owner_id: r.get(2)?,
        file_name: r.get(3)?,
        size: r.get(4)?,
        added_at: r.get(5)?,
    })
}

fn unreadable(path: &Path, error: &std::io::Error) -> StoreError {
    StoreError::Invalid(Invalid(vec![FieldProblem::new(
        "file",
        "unreadable",
        format!("cannot read {}: {error}", path.display()),
    )
    .arg("path", path.display())]))
}

impl Store {
    /// The folder attached files are kept in: `documents` beside the database.
    pub fn documents_folder(&self) -> PathBuf {
        self.path()
            .parent()
            .map_or_else(|| PathBuf::from("documents"), |p| p.join("documents"))
    }

    pub fn documents(&self, owner: DocumentOwner, owner_id: &str) -> Result<Vec<Document>> {
        let mut stmt = self.conn.prepare(&format!(
            "{DOCUMENT_SELECT} WHERE owner = ?1 AND owner_id = ?2 ORDER BY added_at, file_name"
        ))?;
        let rows = stmt.query_map(params![owner.code(), owner_id], document)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Copies `source` into the documents folder and attaches it to the record.
    pub fn attach_document(
        &mut self,
        owner: DocumentOwner,
        owner_id: &str,
        source: &Path,
    ) -> Result<Document> {
        owner_exists(&self.conn, owner, owner_id)?;
        let metadata = fs::metadata(source).map_err(|e| unreadable(source, &e))?;
        if !metadata.is_file() {
            return Err(StoreError::Invalid(Invalid(vec![FieldProblem::new(
                "file",
                "not-a-file",
                format!("{} is not a file", source.display()),
            )
            .arg("path", source.display())])));
        }
        let file_name = source.file_name().map_or_else(
            || "document".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let folder = self.documents_folder();
        fs::create_dir_all(&folder).map_err(|source| StoreError::Io {
            path: folder.clone(),
            source,
        })?;
        let id = new_id();
        let extension = source
            .extension()
            .map(|e| format!(".{}", e.to_string_lossy()))
            .unwrap_or_default();
        let stored_name = format!("{id}{extension}");
        let partial = folder.join(format!("{stored_name}.partial"));
        let target = folder.join(&stored_name);
        let size = fs::copy(source, &partial).map_err(|e| {
            let _ = fs::remove_file(&partial);
            unreadable(source, &e)
        })?;
        fs::rename(&partial, &target).map_err(|source| StoreError::Io {
            path: target.clone(),
            source,
        })?;
        let written = self.write(|tx| {
            tx.execute(
                "INSERT INTO document (id, owner, owner_id, file_name, stored_name, size, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    id,
                    owner.code(),
                    owner_id,
                    file_name,
                    stored_name,
                    i64::try_from(size).unwrap_or(i64::MAX),
                    now()
                ],
            )?;
            Ok(())
        });
        if let Err(error) = written {
            let _ = fs::remove_file(&target);
            return Err(error);
        }
        self.document(&id)
    }

    pub fn document(&self, id: &str) -> Result<Document> {
        self.conn
            .query_row(&format!("{DOCUMENT_SELECT} WHERE id = ?1"), [id], document)
            .optional()?
            .ok_or_else(|| StoreError::NotFound {
                entity: "document",
                id: id.to_owned(),
            })
    }

    /// Where the document's copy is, for the system's viewer.
    pub fn document_path(&self, id: &str) -> Result<PathBuf> {
        let stored: String = self
            .conn
            .query_row(
                "SELECT stored_name FROM document WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound {
                entity: "document",
                id: id.to_owned(),
            })?;
        Ok(self.documents_folder().join(stored))
    }

    /// Removes the row, then the copy (a copy already gone is no error).
    pub fn delete_document(&mut self, id: &str) -> Result<()> {
        let path = self.document_path(id)?;
        self.write(|tx| {
            tx.execute("DELETE FROM document WHERE id = ?1", [id])?;
            Ok(())
        })?;
        match fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(StoreError::Io { path, source: e })
            }
            _ => Ok(()),
        }
    }
}

fn owner_exists(conn: &Connection, owner: DocumentOwner, owner_id: &str) -> Result<()> {
    let known: bool = conn.query_row(
        &format!(
            "SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1)",
            owner.table()
        ),
        [owner_id],
        |r| r.get(0),
    )?;
    if known {
        Ok(())
    } else {
        Err(StoreError::NotFound {
            entity: "record",
            id: owner_id.to_owned(),
        })
    }
}

/// Refuses to delete a record that still has documents or linked events: deleting it would
/// lose them or leave them pointing at nothing.
pub(crate) fn still_referenced(
    conn: &Connection,
    entity: &'static str,
    code: &str,
    owner: DocumentOwner,
    owner_id: &str,
) -> Result<()> {
    let documents: i64 = conn.query_row(
        "SELECT count(*) FROM document WHERE owner = ?1 AND owner_id = ?2",
        params![owner.code(), owner_id],
        |r| r.get(0),
    )?;
    let events: i64 = match owner {
        DocumentOwner::Project => conn.query_row(
            "SELECT count(*) FROM event WHERE project_id = ?1",
            [owner_id],
            |r| r.get(0),
        )?,
        _ => 0,
    };
    for (count, dependants) in [(documents, "documents"), (events, "events")] {
        if count > 0 {
            return Err(StoreError::StillReferenced {
                entity,
                code: code.to_owned(),
                count,
                dependants,
            });
        }
    }
    Ok(())
}
