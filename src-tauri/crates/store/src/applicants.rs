//! Applicants, shared by all strategies and found again by name or code.

use lagdesk_domain::{Applicant, ApplicantInput, ApplicantKind};
use rusqlite::{params, OptionalExtension, Row, Transaction};

use crate::error::{Result, StoreError};
use crate::{new_id, now, Store};

/// The applicant's fields and its number of applications.
const SELECT: &str = "SELECT id, name, kind, code, municipality, eldership,
        (SELECT count(*) FROM project p WHERE p.applicant_id = applicant.id)
    FROM applicant";

fn applicant(r: &Row<'_>) -> rusqlite::Result<Applicant> {
    let kind: String = r.get(2)?;
    Ok(Applicant {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: ApplicantKind::from_code(&kind).unwrap_or_default(),
        code: r.get(3)?,
        municipality: r.get(4)?,
        eldership: r.get(5)?,
        project_count: r.get(6)?,
    })
}

impl Store {
    /// Applicants whose name or code contains `query` (case-insensitive), by name.
    pub fn applicants(&self, query: &str) -> Result<Vec<Applicant>> {
        let pattern = format!("%{}%", query.trim());
        let mut stmt = self.conn.prepare(&format!(
            "{SELECT} WHERE name LIKE ?1 OR code LIKE ?1 ORDER BY name COLLATE NOCASE"
        ))?;
        let rows = stmt.query_map([pattern], applicant)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn applicant(&self, id: &str) -> Result<Applicant> {
        self.conn
            .query_row(&format!("{SELECT} WHERE id = ?1"), [id], applicant)
            .optional()?
            .ok_or_else(|| not_found(id))
    }

    pub fn create_applicant(&mut self, input: &ApplicantInput) -> Result<Applicant> {
        let id = self.write(|tx| insert_applicant(tx, input))?;
        self.applicant(&id)
    }

    /// Changes the applicant everywhere it is used: its projects show the new name.
    pub fn update_applicant(&mut self, id: &str, input: &ApplicantInput) -> Result<Applicant> {
        input.validate()?;
        self.write(|tx| {
            if !write_applicant(tx, id, input)? {
                return Err(not_found(id));
            }
            Ok(())
        })?;
        self.applicant(id)
    }

    /// Refused while any application names the applicant.
    pub fn delete_applicant(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            let (name, count): (String, i64) = tx
                .query_row(
                    "SELECT name, (SELECT count(*) FROM project WHERE applicant_id = ?1)
                     FROM applicant WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or_else(|| not_found(id))?;
            if count > 0 {
                return Err(StoreError::StillReferenced {
                    entity: "applicant",
                    code: name,
                    count,
                    dependants: "applications",
                });
            }
            tx.execute("DELETE FROM applicant WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}

fn not_found(id: &str) -> StoreError {
    StoreError::NotFound {
        entity: "applicant",
        id: id.to_owned(),
    }
}

pub(crate) fn insert_applicant(tx: &Transaction<'_>, input: &ApplicantInput) -> Result<String> {
    input.validate()?;
    let id = new_id();
    // The row gets its identity here; `write_applicant` is the one place that writes its fields.
    tx.execute(
        "INSERT INTO applicant (id, name, kind, created_at, updated_at)
         VALUES (?1, '', 'ngo', ?2, ?2)",
        params![id, now()],
    )?;
    write_applicant(tx, &id, input)?;
    Ok(id)
}

/// Writes the applicant's fields; false when there is no such applicant.
fn write_applicant(tx: &Transaction<'_>, id: &str, input: &ApplicantInput) -> Result<bool> {
    let changed = tx.execute(
        "UPDATE applicant SET name = ?2, kind = ?3, code = ?4, municipality = ?5,
             eldership = ?6, updated_at = ?7
         WHERE id = ?1",
        params![
            id,
            input.name.trim(),
            input.kind.code(),
            input.code.trim(),
            input.municipality.trim(),
            input.eldership.trim(),
            now()
        ],
    )?;
    Ok(changed > 0)
}
