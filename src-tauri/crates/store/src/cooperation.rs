//! Cooperation projects with their partners and planned results, and the totals of the events
//! linked to them.

use lagdesk_domain::{Cooperation, CooperationInput, Money, Partner, PlannedResult, ResultStatus};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::error::{Result, StoreError};
use crate::rows::bad_text;
use crate::{new_id, now, Store};

impl Store {
    /// Every cooperation project, the latest start first.
    pub fn cooperations(&self) -> Result<Vec<Cooperation>> {
        let ids: Vec<String> = self
            .conn
            .prepare("SELECT id FROM cooperation ORDER BY starts_on DESC, code")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.iter()
            .map(|id| read_cooperation(&self.conn, id))
            .collect()
    }

    pub fn cooperation(&self, id: &str) -> Result<Cooperation> {
        read_cooperation(&self.conn, id)
    }

    pub fn create_cooperation(&mut self, input: &CooperationInput) -> Result<Cooperation> {
        let id = self.write(|tx| insert_cooperation(tx, input))?;
        self.cooperation(&id)
    }

    pub fn update_cooperation(
        &mut self,
        id: &str,
        input: &CooperationInput,
    ) -> Result<Cooperation> {
        self.write(|tx| {
            read_cooperation(tx, id)?;
            write_cooperation(tx, id, input)
        })?;
        self.cooperation(id)
    }

    /// Refused while events are linked or documents attached.
    pub fn delete_cooperation(&mut self, id: &str) -> Result<()> {
        self.write(|tx| {
            let c = read_cooperation(tx, id)?;
            for (count, dependants) in [(c.events, "events"), (c.documents, "documents")] {
                if count > 0 {
                    return Err(StoreError::StillReferenced {
                        entity: "cooperation project",
                        code: c.input.code,
                        count,
                        dependants,
                    });
                }
            }
            tx.execute("DELETE FROM cooperation WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}

pub(crate) fn insert_cooperation(tx: &Transaction<'_>, input: &CooperationInput) -> Result<String> {
    let id = new_id();
    // The row gets its identity here; `write_cooperation` writes its fields.
    tx.execute(
        "INSERT INTO cooperation (id, code, title, starts_on, budget_cents, created_at, updated_at)
         VALUES (?1, ?1, '', '', 0, ?2, ?2)",
        params![id, now()],
    )?;
    write_cooperation(tx, &id, input)?;
    Ok(id)
}

fn write_cooperation(tx: &Transaction<'_>, id: &str, input: &CooperationInput) -> Result<()> {
    input.validate()?;
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM cooperation WHERE code = ?1 AND id <> ?2)",
        params![input.code.trim(), id],
        |r| r.get(0),
    )?;
    if taken {
        return Err(StoreError::DuplicateCode {
            entity: "cooperation project",
            code: input.code.trim().to_owned(),
        });
    }
    tx.execute(
        "UPDATE cooperation SET code = ?2, title = ?3, starts_on = ?4, ends_on = ?5,
             budget_cents = ?6, goals = ?7, updated_at = ?8
         WHERE id = ?1",
        params![
            id,
            input.code.trim(),
            input.title.trim(),
            input.starts_on.trim(),
            input.ends_on.as_deref().map(str::trim),
            input.budget.0,
            input.goals.trim(),
            now()
        ],
    )?;
    tx.execute(
        "DELETE FROM cooperation_partner WHERE cooperation_id = ?1",
        [id],
    )?;
    for (position, p) in (0_i64..).zip(&input.partners) {
        tx.execute(
            "INSERT INTO cooperation_partner (cooperation_id, position, organisation, country,
                 role, lead)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id,
                position,
                p.organisation.trim(),
                p.country.trim(),
                p.role.trim(),
                p.lead
            ],
        )?;
    }
    tx.execute(
        "DELETE FROM cooperation_result WHERE cooperation_id = ?1",
        [id],
    )?;
    for (position, r) in (0_i64..).zip(&input.results) {
        tx.execute(
            "INSERT INTO cooperation_result (cooperation_id, position, description, status)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, position, r.description.trim(), r.status.code()],
        )?;
    }
    Ok(())
}

fn read_cooperation(conn: &Connection, id: &str) -> Result<Cooperation> {
    let row = conn
        .query_row(
            "SELECT c.code, c.title, c.starts_on, c.ends_on, c.budget_cents, c.goals,
                 (SELECT count(*) FROM event e WHERE e.cooperation_id = c.id),
                 (SELECT coalesce(sum(e.participants), 0) FROM event e
                  WHERE e.cooperation_id = c.id),
                 (SELECT coalesce(sum(e.cost_cents), 0) FROM event e
                  WHERE e.cooperation_id = c.id),
                 (SELECT count(*) FROM document d
                  WHERE d.owner = 'cooperation' AND d.owner_id = c.id)
             FROM cooperation c WHERE c.id = ?1",
            [id],
            |r| {
                Ok((
                    CooperationInput {
                        code: r.get(0)?,
                        title: r.get(1)?,
                        starts_on: r.get(2)?,
                        ends_on: r.get(3)?,
                        budget: Money(r.get(4)?),
                        goals: r.get(5)?,
                        partners: Vec::new(),
                        results: Vec::new(),
                    },
                    (r.get(6)?, r.get(7)?, Money(r.get(8)?), r.get(9)?),
                ))
            },
        )
        .optional()?
        .ok_or_else(|| StoreError::NotFound {
            entity: "cooperation project",
            id: id.to_owned(),
        })?;
    let (mut input, (events, participants, event_cost, documents)) = row;
    input.partners = conn
        .prepare(
            "SELECT organisation, country, role, lead FROM cooperation_partner
             WHERE cooperation_id = ?1 ORDER BY position",
        )?
        .query_map([id], |r| {
            Ok(Partner {
                organisation: r.get(0)?,
                country: r.get(1)?,
                role: r.get(2)?,
                lead: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    input.results = conn
        .prepare(
            "SELECT description, status FROM cooperation_result
             WHERE cooperation_id = ?1 ORDER BY position",
        )?
        .query_map([id], |r| {
            let status: String = r.get(1)?;
            Ok(PlannedResult {
                description: r.get(0)?,
                status: ResultStatus::from_code(&status).ok_or_else(|| bad_text(1, &status))?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Cooperation {
        id: id.to_owned(),
        input,
        events,
        participants,
        event_cost,
        documents,
    })
}
