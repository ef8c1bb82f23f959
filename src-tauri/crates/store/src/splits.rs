//! The fund splits stored beside projects, payment claims and events.
//!
//! A project's awarded aid, a claim's paid amount and an event's cost are split over the strategy's funding sources
//! by the domain's rule ([`lagdesk_domain::fund_shares`]) and stored, so the money view sums each
//! fund in SQL. Every write that changes an amount, or the strategy's funding sources, calls one
//! of these functions in the same transaction; the split is never edited on its own.

use lagdesk_domain::{fund_shares, Money};
use rusqlite::{params, Connection, Transaction};

use crate::error::Result;
use crate::strategy::funding_sources;

/// Rewrites the split of the project's awarded aid (none when no aid is awarded).
pub(crate) fn split_project(tx: &Transaction<'_>, project_id: &str) -> Result<()> {
    let (strategy_id, awarded): (String, Option<i64>) = tx.query_row(
        "SELECT strategy_id, awarded_cents FROM project WHERE id = ?1",
        [project_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    write_split(tx, Split::Project, project_id, &strategy_id, awarded)
}

/// Rewrites the split of what the claim was paid (none while it is unpaid).
pub(crate) fn split_claim(tx: &Transaction<'_>, claim_id: &str) -> Result<()> {
    let (strategy_id, paid): (String, Option<i64>) = tx
        .prepare_cached(
            "SELECT p.strategy_id, c.paid_cents FROM payment_claim c
             JOIN project p ON p.id = c.project_id WHERE c.id = ?1",
        )?
        .query_row([claim_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    write_split(tx, Split::Claim, claim_id, &strategy_id, paid)
}

/// Rewrites the split of the event's cost over the funding sources of the strategy of the line
/// it is booked to (none without a cost or a line).
pub(crate) fn split_event(tx: &Transaction<'_>, event_id: &str) -> Result<()> {
    let (strategy_id, cost): (Option<String>, Option<i64>) = tx.query_row(
        "SELECT m.strategy_id, e.cost_cents FROM event e
         LEFT JOIN measure m ON m.id = e.cost_measure_id WHERE e.id = ?1",
        [event_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let strategy_id = strategy_id.unwrap_or_default();
    write_split(tx, Split::Event, event_id, &strategy_id, cost)
}

/// Which amount a split belongs to: its table and the column naming the record.
#[derive(Clone, Copy)]
enum Split {
    Project,
    Claim,
    Event,
}

impl Split {
    fn table_and_key(self) -> (&'static str, &'static str) {
        match self {
            Split::Project => ("project_fund_share", "project_id"),
            Split::Claim => ("claim_fund_share", "claim_id"),
            Split::Event => ("event_fund_share", "event_id"),
        }
    }
}

fn write_split(
    tx: &Transaction<'_>,
    split: Split,
    id: &str,
    strategy_id: &str,
    cents: Option<i64>,
) -> Result<()> {
    let (table, key) = split.table_and_key();
    // Cached: imports write thousands of splits in one go.
    tx.prepare_cached(&format!("DELETE FROM {table} WHERE {key} = ?1"))?
        .execute([id])?;
    let Some(cents) = cents else {
        return Ok(());
    };
    let sources = funding_sources(tx, strategy_id)?;
    for (position, part) in (0_i64..).zip(fund_shares(Money(cents), &sources)) {
        tx.prepare_cached(&format!(
            "INSERT INTO {table} ({key}, fund_code, position, amount_cents)
             VALUES (?1, ?2, ?3, ?4)"
        ))?
        .execute(params![id, part.code, position, part.amount.0])?;
    }
    Ok(())
}

/// Rewrites every split of the strategy's projects, claims and events, after its funding
/// sources changed.
pub(crate) fn resplit(tx: &Transaction<'_>, strategy_id: &str) -> Result<()> {
    resplit_projects(tx, Some(strategy_id))?;
    let events = ids(
        tx,
        "SELECT e.id FROM event e JOIN measure m ON m.id = e.cost_measure_id
         WHERE m.strategy_id = ?1",
        Some(strategy_id),
    )?;
    for id in &events {
        split_event(tx, id)?;
    }
    Ok(())
}

/// Rewrites the splits of projects and claims; `None` does so for every strategy (when the
/// splits are first introduced, before events exist).
pub(crate) fn resplit_projects(tx: &Transaction<'_>, strategy_id: Option<&str>) -> Result<()> {
    let projects = ids(
        tx,
        "SELECT id FROM project WHERE ?1 IS NULL OR strategy_id = ?1",
        strategy_id,
    )?;
    for id in &projects {
        split_project(tx, id)?;
    }
    let claims = ids(
        tx,
        "SELECT c.id FROM payment_claim c JOIN project p ON p.id = c.project_id
         WHERE ?1 IS NULL OR p.strategy_id = ?1",
        strategy_id,
    )?;
    for id in &claims {
        split_claim(tx, id)?;
    }
    Ok(())
}

fn ids(conn: &Connection, sql: &str, strategy_id: Option<&str>) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([strategy_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
